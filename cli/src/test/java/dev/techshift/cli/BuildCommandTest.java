package dev.techshift.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.techshift.loader.Loader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code kg build}: exit codes, the report table, the dump, and help with an example.
 * <pre>
 *   int code = Kg.commandLine().execute("build", "--store", dir, "--data", root);
 *   assertEquals(0, code);
 * </pre>
 */
class BuildCommandTest {

    static final Path ROOT = Loader.projectRoot();

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Kg.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    static Path project(Path tmp, String... stems) throws Exception {
        Path data = Files.createDirectories(tmp.resolve("data"));
        for (String d : List.of("entities", "links", "rules")) {
            Files.createSymbolicLink(data.resolve(d), ROOT.resolve("data").resolve(d));
        }
        Path articles = Files.createDirectories(data.resolve("articles"));
        for (String s : stems) {
            Files.copy(ROOT.resolve("data/articles/" + s + ".txt"), articles.resolve(s + ".txt"));
            Files.copy(ROOT.resolve("data/articles/" + s + ".meta.json"), articles.resolve(s + ".meta.json"));
        }
        return tmp;
    }

    @Test
    void buildsReportsAndDumps(@TempDir Path tmp) throws Exception {
        Path root = project(tmp.resolve("p"), "003_88a10c980630acae");
        Path dump = tmp.resolve("out.nq");
        Run r = run("build", "--store", tmp.resolve("store").toString(), "--data", root.toString(), "--dump", dump.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("003_88a10c980630acae") && r.out().contains("loaded"), r.out());
        assertTrue(Files.size(dump) > 0);
        Run again = run("build", "--store", tmp.resolve("store").toString(), "--data", root.toString());
        assertEquals(0, again.code());
        assertTrue(again.out().contains("unchanged"), again.out());
    }

    @Test
    void aFailingArticleGivesExitCodeOneAndAWarningThree(@TempDir Path tmp) throws Exception {
        Path root = project(tmp.resolve("p"), "003_88a10c980630acae");
        Files.write(root.resolve("data/articles/900_empty.txt"), new byte[0]);
        Run r = run("build", "--store", tmp.resolve("store").toString(), "--data", root.toString());
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("900_empty"), r.err());
        Files.delete(root.resolve("data/articles/900_empty.txt"));
        Files.writeString(root.resolve("data/articles/901_nosidecar.txt"), "IBM laid off more than 1,000 staff in 2024.\n");
        Run w = run("build", "--store", tmp.resolve("store").toString(), "--data", root.toString());
        assertEquals(3, w.code(), w.out() + w.err());
    }

    @Test
    void helpHasAnExample() {
        Run r = run("build", "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("./kg build --dump out.nq") && r.out().contains("Exit codes"), r.out());
    }
}
