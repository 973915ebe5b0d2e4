package dev.techshift.cli;

import dev.techshift.loader.Loader;
import dev.techshift.loader.LoaderOptions;
import dev.techshift.server.export.CsvWriter;
import dev.techshift.server.export.ExportFormat;
import dev.techshift.server.export.ExportGraph;
import dev.techshift.server.export.GraphExporter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2Factory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code kg export}: writes the graph of entities, facts and their relations for graph tools.
 * <pre>
 *   ./kg export --format gexf --out kg.gexf --store store
 *   ./kg export --format csv --out export/          (nodes.csv + edges.csv; or --out kg.zip)
 * </pre>
 */
@Command(name = "export",
        mixinStandardHelpOptions = true,
        description = "Export entities, facts and their relations (with co-mentions weighted by sentences) "
                + "as GraphML, GEXF 1.3 (dynamic, dated facts), CSV or JSON-LD.%n",
        footer = {
            "%nExamples:",
            "  ./kg export --format graphml --out kg.graphml --store store",
            "  ./kg export --format csv --out export/      (nodes.csv, edges.csv)",
            "  ./kg export --format gexf --input dump.nq   (from a dump)",
            "%nExit codes: 0 written, 1 the export failed (see the message), 2 bad usage."
        })
public final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "graphml, gexf, csv or jsonld.")
    String format;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Where to write; standard output when absent. For csv: a folder, or a file ending in .zip.")
    Path out;

    @Option(names = "--store", paramLabel = "DIR",
            description = "A store folder to read (as ./kg build makes it, e.g. store), or a TDB2 database folder.")
    Path store;

    @Option(names = "--input", paramLabel = "FILE", description = "An RDF dataset dump (N-Quads, TriG) to read instead of a store.")
    Path input;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = LoaderOptions.DEFAULT_BASE,
            description = "The IRI base B of the graph (default: ${DEFAULT-VALUE}).")
    String base;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ExportFormat fmt = ExportFormat.of(format).orElse(null);
        if (fmt == null) {
            err.println("There is no export format \"" + format + "\": use graphml, gexf, csv or jsonld.");
            return 2;
        }
        if (fmt == ExportFormat.CSV && out == null) {
            err.println("A CSV export is two files: give --out DIR or --out FILE.zip.");
            return 2;
        }
        try {
            ExportGraph g = GraphExporter.build(dataset(), base);
            write(fmt, g);
            if (out != null) {
                err.println("Wrote " + g.nodes().size() + " nodes and " + g.edges().size() + " edges to " + out + ".");
            }
            return 0;
        } catch (IOException | RuntimeException e) {
            err.println("The export failed: " + StoreDir.explain(e));
            return 1;
        }
    }

    private DatasetGraph dataset() {
        if (input != null) {
            if (!Files.isReadable(input)) {
                throw new IllegalArgumentException("the input file " + input + " cannot be read");
            }
            try {
                return RDFDataMgr.loadDatasetGraph(input.toString());
            } catch (RiotException e) {
                throw new IllegalArgumentException("the input file " + input + " is not valid RDF: " + e.getMessage(), e);
            }
        }
        if (store != null) {
            return TDB2Factory.connectDataset(StoreDir.tdb(store).toString()).asDatasetGraph();
        }
        return Loader.buildInMemory(new LoaderOptions(Loader.projectRoot(), base));
    }

    private void write(ExportFormat fmt, ExportGraph g) throws IOException {
        if (fmt == ExportFormat.CSV && !out.toString().endsWith(".zip")) {
            CsvWriter.writeDir(g, out);
            return;
        }
        if (out == null) {
            OutputStream o = System.out;
            fmt.write(g, o);
            o.flush();
            return;
        }
        if (out.toAbsolutePath().getParent() != null) {
            Files.createDirectories(out.toAbsolutePath().getParent());
        }
        try (OutputStream o = Files.newOutputStream(out)) {
            fmt.write(g, o);
        }
    }
}
