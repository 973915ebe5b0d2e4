package dev.techshift.server;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Fuseki UI under {@code /ui/} in a real browser (headless Chromium, skipped when it is not
 * installed): the app loads and lists the {@code /kg} dataset it fetched through the redirects.
 */
class UiBrowserTest {

    private static String chromium() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
                File f = new File(dir, name);
                if (f.canExecute()) {
                    return f.getPath();
                }
            }
        }
        return null;
    }

    @Test
    void uiListsTheDataset(@TempDir Path tmp) throws Exception {
        String browser = chromium();
        assumeTrue(browser != null, "no Chromium on PATH");
        KgServer server = KgServer.builder(Fixtures.store(tmp, "gen-a.trig")).port(0).build().start();
        try {
            Process p = new ProcessBuilder(browser, "--headless", "--no-sandbox", "--disable-gpu",
                    "--user-data-dir=" + tmp.resolve("chromium"), "--virtual-time-budget=15000", "--dump-dom",
                    server.serverUrl() + "/ui/#/")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String dom = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "Chromium did not finish");
            assertTrue(dom.contains(">/kg<"), () -> "the dataset list shows /kg: " + dom.substring(0, Math.min(dom.length(), 2000)));
        } finally {
            server.stop();
        }
    }
}
