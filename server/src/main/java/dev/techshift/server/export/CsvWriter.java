package dev.techshift.server.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes an {@link ExportGraph} as two RFC 4180 CSV tables, {@code nodes.csv} and
 * {@code edges.csv}, into a folder or a zip file with fixed entry times.
 * <pre>
 *   CsvWriter.writeDir(graph, Path.of("out"));
 *   CsvWriter.writeZip(graph, outputStream);
 * </pre>
 */
public final class CsvWriter {

    public static final String NODES = "nodes.csv";
    public static final String EDGES = "edges.csv";

    private CsvWriter() {}

    /** Writes nodes.csv and edges.csv into a folder, creating it. */
    public static void writeDir(ExportGraph g, Path dir) throws IOException {
        Files.createDirectories(dir);
        try (Writer w = Files.newBufferedWriter(dir.resolve(NODES), StandardCharsets.UTF_8)) {
            nodes(g, w);
        }
        try (Writer w = Files.newBufferedWriter(dir.resolve(EDGES), StandardCharsets.UTF_8)) {
            edges(g, w);
        }
    }

    /** Writes a zip holding nodes.csv and edges.csv. */
    public static void writeZip(ExportGraph g, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        Writer w = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
        zip.putNextEntry(entry(NODES));
        nodes(g, w);
        w.flush();
        zip.closeEntry();
        zip.putNextEntry(entry(EDGES));
        edges(g, w);
        w.flush();
        zip.closeEntry();
        zip.finish();
    }

    private static ZipEntry entry(String name) {
        ZipEntry e = new ZipEntry(name);
        e.setTimeLocal(LocalDateTime.of(2000, 1, 1, 0, 0));
        return e;
    }

    static void nodes(ExportGraph g, Writer w) throws IOException {
        List<String> header = new ArrayList<>(List.of("id", "label", "kind", "type", "start", "end"));
        g.languages().forEach(l -> header.add("label@" + l));
        CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get());
        for (ExportGraph.GNode n : g.nodes()) {
            List<String> row = new ArrayList<>(List.of(n.id(), n.label(), n.kind().name().toLowerCase(Locale.ROOT),
                    n.type(), n.start() == null ? "" : n.start(), n.end() == null ? "" : n.end()));
            g.languages().forEach(l -> row.add(n.labels().getOrDefault(l, "")));
            p.printRecord(row);
        }
        p.flush();
    }

    static void edges(ExportGraph g, Writer w) throws IOException {
        CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180.builder()
                .setHeader("source", "target", "relation", "label", "weight", "directed").get());
        for (ExportGraph.GEdge e : g.edges()) {
            p.printRecord(e.source(), e.target(), e.relation(), e.label(), e.weight(), e.directed());
        }
        p.flush();
    }
}
