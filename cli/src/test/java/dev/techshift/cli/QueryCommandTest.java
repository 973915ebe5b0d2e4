package dev.techshift.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.techshift.cli.query.DisplayWidth;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code kg query} against a small TDB2 store: parameters, formats, CJK-aligned tables, errors. */
class QueryCommandTest {

    private static final String DATA = """
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            <http://localhost:3030/graph/registry> {
              <http://localhost:3030/id/org/ibm> skos:prefLabel "IBM"@en , "国际商业机器公司"@zh-Hans .
              <http://localhost:3030/id/org/amazon> skos:prefLabel "Amazon"@en , "亚马逊"@zh-Hans .
            }
            """;

    private static final String QUERY = """
            # Labels of one organisation.
            # @param org = <http://localhost:3030/id/org/ibm>  (the organisation)
            # @param lang = zh-Hans  (a language tag, as a plain string)
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT ?label WHERE { ?org skos:prefLabel ?label FILTER(LANG(?label) = ?lang) }
            """;

    @TempDir
    Path dir;
    Path store;
    Path query;
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    @BeforeEach
    void setUp() throws Exception {
        store = dir.resolve("store");
        Dataset ds = TDB2Factory.connectDataset(store.toString());
        Txn.executeWrite(ds, () -> RDFParser.create().source(new StringReader(DATA)).lang(Lang.TRIG).parse(ds.asDatasetGraph()));
        TDBInternal.expel(ds.asDatasetGraph());
        query = dir.resolve("labels.rq");
        Files.writeString(query, QUERY, StandardCharsets.UTF_8);
    }

    @AfterEach
    void tearDown() {
        TDBInternal.reset();
    }

    private int run(String... args) {
        CommandLine cl = Kg.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void defaultsGiveAnAlignedTableOverTheUnionGraph() {
        assertEquals(0, run("query", query.toString(), "--store", store.toString()), err::toString);
        List<String> lines = out.toString().lines().toList();
        assertEquals("| 国际商业机器公司 |", lines.get(2));
        assertEquals("1 row", lines.get(3));
        int w = DisplayWidth.of(lines.get(0));
        assertTrue(lines.subList(0, 3).stream().allMatch(l -> DisplayWidth.of(l) == w), out::toString);
    }

    @Test
    void paramsOverrideDefaults() {
        assertEquals(0, run("query", query.toString(), "--store", store.toString(),
                "--param", "org=<http://localhost:3030/id/org/amazon>", "--param", "lang=en", "--format", "csv"), err::toString);
        assertEquals(List.of("label", "Amazon"), out.toString().lines().toList());
    }

    @Test
    void jsonIsSparqlResultsJson() {
        assertEquals(0, run("query", query.toString(), "--store", store.toString(), "--format", "json"), err::toString);
        assertTrue(out.toString().contains("\"xml:lang\": \"zh-Hans\""), out::toString);
    }

    @Test
    void unknownParameterIsBadUsage() {
        assertEquals(2, run("query", query.toString(), "--store", store.toString(), "--param", "period=2025"));
        assertTrue(err.toString().contains("has no parameter 'period'; it has org, lang."), err::toString);
    }

    @Test
    void missingStoreSaysToBuildFirst() {
        assertEquals(1, run("query", query.toString(), "--store", dir.resolve("nowhere").toString()));
        assertTrue(err.toString().contains("run ./kg build first"), err::toString);
    }

    @Test
    void aStoreFolderAsKgBuildLaysItOutIsReadThroughItsCurrentGeneration() throws Exception {
        Path root = dir.resolve("layout");
        Path tdb = root.resolve("gen-0001").resolve("tdb2");
        Files.createDirectories(tdb.getParent());
        Files.move(store, tdb);
        Files.writeString(root.resolve("CURRENT"), "gen-0001\n", StandardCharsets.UTF_8);
        assertEquals(0, run("query", query.toString(), "--store", root.toString(), "--format", "tsv",
                "--param", "lang=en", "--param", "org=<http://localhost:3030/id/org/ibm>"), err::toString);
        assertEquals(List.of("?label", "\"IBM\"@en"), out.toString().lines().toList());
    }

    @Test
    void aFolderThatHoldsNoStoreIsRefusedAndLeftAsItWas() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertEquals(1, run("query", query.toString(), "--store", empty.toString()));
        assertTrue(err.toString().contains("run ./kg build first"), err::toString);
        try (var files = Files.list(empty)) {
            assertEquals(0, files.count(), "no empty database created in the folder");
        }
    }

    @Test
    void helpShowsAnExample() {
        assertEquals(0, run("query", "--help"));
        assertTrue(out.toString().contains("./kg query queries/"), out::toString);
    }

    @Test
    void endpointModeQueriesARunningServer() {
        Dataset ds = TDB2Factory.connectDataset(store.toString());
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);   // as the server presents it
        FusekiServer server = FusekiServer.create().fusekiModules(FusekiModules.empty()).loopback(true).port(0)
                .add("/ds", ds).build().start();
        try {
            String url = "http://127.0.0.1:" + server.getPort() + "/ds/sparql";
            assertEquals(0, run("query", query.toString(), "--endpoint", url, "--format", "tsv",
                    "--param", "lang=en", "--param", "org=<http://localhost:3030/id/org/ibm>"), err::toString);
            assertEquals(List.of("?label", "\"IBM\"@en"), out.toString().lines().toList());
        } finally {
            server.stop();
        }
    }
}
