package dev.techshift.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code kg bench load}: its usage, and a small run whose two modes give the same quads. */
class BenchLoadCommandTest {

    private static String run(int expected, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Kg.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        assertEquals(expected, cl.execute(args), out + "\n" + err);
        return out.toString();
    }

    @Test
    void helpShowsOptionsAndAnExample() {
        String help = run(0, "bench", "load", "--help");
        assertTrue(help.contains("--size") && help.contains("./kg bench load --size") && help.contains("Exit codes"), help);
        assertTrue(run(0, "bench", "--help").contains("bench load"));
    }

    @Test
    void aSmallArticleLoadsTheSameWithThePrefilterOnAndOff() {
        String out = run(0, "bench", "load", "--size", "0.05", "--warmup", "0");
        assertTrue(out.contains("prefilter on") && out.contains("prefilter off") && out.contains("ratio on/off"), out);
        assertTrue(out.contains("same quads with the prefilter on and off: yes"), out);
    }

    @Test
    void badSizeIsBadUsage() {
        run(2, "bench", "load", "--size", "0");
    }
}
