package dev.techshift.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The serve and bench commands' usage, and the duration syntax of --timeout. */
class ServeCommandTest {

    private static String run(String... args) {
        StringWriter out = new StringWriter();
        CommandLine cl = Kg.commandLine();
        cl.setOut(new PrintWriter(out));
        assertEquals(0, cl.execute(args));
        return out.toString();
    }

    @Test
    void helpShowsOptionsAndExamples() {
        String serve = run("serve", "--help");
        assertTrue(serve.contains("--timeout") && serve.contains("--auth-file") && serve.contains("Examples"), serve);
        String bench = run("bench", "--help");
        assertTrue(bench.contains("--concurrency") && bench.contains("Exit codes"), bench);
    }

    @Test
    void durations() {
        Durations d = new Durations();
        assertEquals(Duration.ofSeconds(5), d.convert("5s"));
        assertEquals(Duration.ofMillis(500), d.convert("500ms"));
        assertEquals(Duration.ofMinutes(2), d.convert("2m"));
        assertEquals(Duration.ofSeconds(7), d.convert("7"));
        assertThrows(CommandLine.TypeConversionException.class, () -> d.convert("soon"));
    }

    @Test
    void badUsageExitsWithTwo() {
        CommandLine cl = Kg.commandLine();
        cl.setErr(new PrintWriter(new StringWriter()));
        assertEquals(2, cl.execute("serve", "--timeout", "soon"));
    }
}
