package dev.techshift.loader.store;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * Writes a whole dataset so that the same data gives the same bytes: N-Quads lines sorted by code point, or,
 * for a file ending in {@code .trig}, the same statements grouped per graph in TriG.
 * <pre>
 *   Dump.write(dsg, Path.of("out.nq"));
 *   Dump.write(dsg, Path.of("out.trig"));
 * </pre>
 */
public final class Dump {

    /** Orders strings by Unicode code point (String.compareTo orders UTF-16 units). */
    public static final Comparator<String> CODE_POINT_ORDER = Dump::compareCodePoints;

    private Dump() {}

    static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    /** The dataset's quads as sorted N-Quads lines. */
    public static List<String> sortedLines(DatasetGraph dsg) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Txn.executeRead(dsg, () -> RDFDataMgr.write(out, dsg, Lang.NQUADS));
        List<String> lines = new ArrayList<>(out.toString(StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList());
        lines.sort(CODE_POINT_ORDER);
        return lines;
    }

    public static void write(DatasetGraph dsg, Path file) {
        List<String> lines = sortedLines(dsg);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            if (file.getFileName().toString().endsWith(".trig")) {
                writeTrig(lines, w);
            } else {
                for (String l : lines) {
                    w.write(l);
                    w.write('\n');
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the dump " + file + ": " + e.getMessage(), e);
        }
    }

    /** Each N-Quads line is "s p o g ." with g last; TriG wants "g { s p o . }". */
    private static void writeTrig(List<String> lines, BufferedWriter w) throws IOException {
        List<String[]> quads = new ArrayList<>();
        for (String l : lines) {
            String body = l.substring(0, l.length() - 1).stripTrailing();
            int g = body.lastIndexOf(" <");
            boolean named = body.endsWith(">") && g > 0 && !isObjectEnd(body, g);
            quads.add(named ? new String[] {body.substring(g + 1), body.substring(0, g)} : new String[] {"", body});
        }
        quads.sort(Comparator.comparing((String[] q) -> q[0], CODE_POINT_ORDER).thenComparing(q -> q[1], CODE_POINT_ORDER));
        String current = null;
        for (String[] q : quads) {
            if (!q[0].equals(current)) {
                if (current != null) {
                    w.write("}\n\n");
                }
                w.write(q[0].isEmpty() ? "{\n" : q[0] + " {\n");
                current = q[0];
            }
            w.write("    " + q[1] + " .\n");
        }
        if (current != null) {
            w.write("}\n");
        }
    }

    /** True when the IRI at {@code g} is the object of a triple in the default graph (three terms only). */
    private static boolean isObjectEnd(String body, int g) {
        return countTerms(body) == 3;
    }

    private static int countTerms(String body) {
        int terms = 0;
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c == ' ') {
                i++;
                continue;
            }
            terms++;
            if (c == '<') {
                i = body.indexOf('>', i) + 1;
            } else if (c == '"') {
                i++;
                while (i < body.length() && body.charAt(i) != '"') {
                    i += body.charAt(i) == '\\' ? 2 : 1;
                }
                i++;
                while (i < body.length() && body.charAt(i) != ' ') {
                    i++;
                }
            } else {
                while (i < body.length() && body.charAt(i) != ' ') {
                    i++;
                }
            }
        }
        return terms;
    }
}
