package dev.techshift.cli;

import dev.techshift.server.library.QueryFile;
import dev.techshift.cli.query.TextTable;
import dev.techshift.loader.Loader;
import java.io.PrintWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code kg query}: runs a query file of the library against the store or a SPARQL endpoint.
 * <pre>
 *   ./kg query queries/01_closures_and_layoffs.rq
 *   ./kg query queries/09_timeline_for_organisation.rq --param org=tsid:org/ibm --format csv
 * </pre>
 */
@Command(name = "query",
        mixinStandardHelpOptions = true,
        description = {
            "Runs a SPARQL query file (one of queries/*.rq) against the TDB2 store",
            "or a running endpoint. Parameters the file declares ('# @param name = default')",
            "take their defaults or the --param values. The default graph is the union",
            "of all graphs."
        },
        footer = {
            "%nParameter values: <http://...> an IRI; prefix:name (a prefix the query",
            "declares); \"text\", \"text\"@zh, \"5\"^^xsd:integer a literal; anything else",
            "is a plain string.",
            "%nExamples:",
            "  ./kg query queries/01_closures_and_layoffs.rq",
            "  ./kg query queries/09_organisation_timeline.rq \\",
            "      --param org=\"<http://localhost:3030/id/org/ibm>\" --format csv",
            "  ./kg query queries/12_full_text_search.rq --param q=研究院 \\",
            "      --endpoint http://localhost:3030/kg/sparql",
            "%nExit codes: 0 the query ran, 1 the store, endpoint or query failed,",
            "2 bad usage."
        })
public final class QueryCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { table, csv, tsv, json }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The query file (.rq).")
    Path file;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "Overrides a parameter's default; repeatable.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
            description = "table (aligned, default), csv, tsv or json (SPARQL results JSON).")
    Format format;

    @Option(names = "--store", paramLabel = "DIR",
            description = "The store folder (default: store/ under the project root, as ./kg build makes it), or a TDB2 database folder.")
    Path store;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "Query this SPARQL endpoint (e.g. the server's /kg/sparql) instead of the store.")
    String endpoint;

    @Option(names = "--width", defaultValue = "60", paramLabel = "N",
            description = "Widest table column in display columns, 0 for no limit (default: ${DEFAULT-VALUE}).")
    int width;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Query query;
        try {
            query = QueryFile.read(file).bind(params);
        } catch (RuntimeException e) {
            err.println(e.getMessage());
            return 2;
        }
        if (!query.isSelectType()) {
            err.println("kg query runs SELECT queries; " + file + " is not one.");
            return 2;
        }
        try {
            if (endpoint != null) {
                try (QueryExecution qe = QueryExecutionHTTP.service(endpoint, query)) {
                    write(qe.execSelect(), query);
                }
                return 0;
            }
            Path tdb;
            try {
                tdb = StoreDir.tdb(store != null ? store : Loader.projectRoot().resolve("store"));
            } catch (IllegalArgumentException e) {
                err.println("There is no store to query: " + e.getMessage() + ".");
                return 1;
            }
            Dataset ds = TDB2Factory.connectDataset(tdb.toString());
            ds.begin(ReadWrite.READ);
            try (QueryExecution qe = QueryExecution.dataset(ds).query(query)
                    .set(TDB2.symUnionDefaultGraph, true).build()) {
                write(qe.execSelect(), query);
            } finally {
                ds.end();
            }
            return 0;
        } catch (RuntimeException e) {
            err.println("The query " + file + " failed: " + StoreDir.explain(e));
            return 1;
        }
    }

    private void write(ResultSet rs, Query query) {
        PrintWriter out = spec.commandLine().getOut();
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        switch (format) {
            case table -> new TextTable(query.getPrefixMapping(), width).print(rs, out);
            case csv -> ResultSetFormatter.outputAsCSV(raw, rs);
            case tsv -> ResultSetFormatter.outputAsTSV(raw, rs);
            case json -> ResultSetFormatter.outputAsJSON(raw, rs);
            default -> throw new IllegalStateException(format.name());
        }
        out.print(raw.toString(StandardCharsets.UTF_8));
        out.flush();
    }
}
