package dev.techshift.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fingerprint (and with it every run IRI and the decision to rebuild an article) follows what the loader reads:
 * an edited rule file changes it, an edited README beside the rules does not.
 */
class FingerprintTest {

    @Test
    void aRuleEditChangesTheFingerprintAndAReadmeEditDoesNot(@TempDir Path tmp) throws Exception {
        Path root = Loader.projectRoot();
        Path data = Files.createDirectories(tmp.resolve("data"));
        for (String d : List.of("entities", "links", "articles")) {
            Files.createSymbolicLink(data.resolve(d), root.resolve("data").resolve(d));
        }
        Path rules = Files.createDirectories(data.resolve("rules"));
        try (Stream<Path> s = Files.list(root.resolve("data/rules"))) {
            for (Path f : s.toList()) {
                Files.copy(f, rules.resolve(f.getFileName()));
            }
        }
        String before = fingerprint(tmp);
        Files.writeString(rules.resolve("README.md"), "\nA note for curators.\n", StandardOpenOption.APPEND);
        assertEquals(before, fingerprint(tmp));
        Files.writeString(rules.resolve("closure.json"), "\n", StandardOpenOption.APPEND);
        assertNotEquals(before, fingerprint(tmp));
    }

    private static String fingerprint(Path root) {
        return Pipeline.create(new LoaderOptions(root, LoaderOptions.DEFAULT_BASE)).fingerprint();
    }
}
