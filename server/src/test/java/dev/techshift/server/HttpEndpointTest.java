package dev.techshift.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.techshift.server.safety.CappedQueryService;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.sse.SSE;
import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.sparql.SPARQLRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The read-only endpoint over HTTP: formats, two clients, limits, CORS, SERVICE allowlist, text search. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HttpEndpointTest {

    private static final String PROLOGUE = KgPrefixes.sparqlPrologue("http://localhost:3030/");
    private static final String LABELS = PROLOGUE
            + "SELECT ?s ?label { ?s skos:prefLabel ?label } ORDER BY ?s ?label";
    private static final long MAX_ROWS = 25;

    private KgServer server;
    private FusekiServer standIn;
    private final AtomicReference<String> standInUserAgent = new AtomicReference<>();
    private String endpoint;

    @BeforeAll
    void start(@TempDir Path tmp) {
        DatasetGraph remote = DatasetGraphFactory.createTxnMem();
        remote.add(SSE.parseQuad("(_ <http://example.org/s> <http://example.org/p> 'from the stand-in')"));
        standIn = FusekiServer.create().port(0).loopback(true).add("/sparql", remote)
                .addFilter("/*", (req, resp, chain) -> {
                    String ua = ((jakarta.servlet.http.HttpServletRequest) req).getHeader("User-Agent");
                    if (ua != null) {
                        standInUserAgent.set(ua);
                    }
                    chain.doFilter(req, resp);
                })
                .build().start();
        server = KgServer.builder(Fixtures.store(tmp, "gen-a.trig"))
                .port(0).timeout(Duration.ofSeconds(3)).maxRows(MAX_ROWS)
                .serviceAllow(List.of("127.0.0.1:" + standIn.getPort()))
                .customize((fuseki, dsg) -> fuseki.addServlet("", new HomeStub(dsg)))
                .build().start();
        endpoint = server.endpoint();
    }

    @AfterAll
    void stop() {
        try {
            server.stop();
        } finally {
            standIn.stop();
        }
    }

    private Set<List<String>> jenaRows(String query) {
        Set<List<String>> rows = new HashSet<>();
        try (QueryExecHTTP qe = QueryExecHTTP.service(endpoint).query(query).build()) {
            RowSet rs = qe.select();
            rs.forEachRemaining(b -> rows.add(List.of(b.get("s").getURI(), b.get("label").getLiteralLexicalForm())));
        }
        return rows;
    }

    @Test
    void jenaAndRdf4jClientsAgree() {
        Set<List<String>> jena = jenaRows(LABELS);
        Set<List<String>> rdf4j = new HashSet<>();
        SPARQLRepository repo = new SPARQLRepository(endpoint);
        repo.init();
        try (RepositoryConnection c = repo.getConnection(); TupleQueryResult r = c.prepareTupleQuery(LABELS).evaluate()) {
            for (BindingSet b : r) {
                rdf4j.add(List.of(b.getValue("s").stringValue(), b.getValue("label").stringValue()));
            }
        } finally {
            repo.shutDown();
        }
        assertEquals(5, jena.size());
        assertEquals(jena, rdf4j);
    }

    @Test
    void everySelectFormatParses() {
        for (var f : List.of(List.of("application/sparql-results+json", ResultSetLang.RS_JSON),
                             List.of("application/sparql-results+xml", ResultSetLang.RS_XML),
                             List.of("text/csv", ResultSetLang.RS_CSV),
                             List.of("text/tab-separated-values", ResultSetLang.RS_TSV))) {
            HttpResponse<String> r = Http.query(endpoint, LABELS, (String) f.get(0));
            assertEquals(200, r.statusCode(), () -> f.get(0) + ": " + r.body());
            ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), (Lang) f.get(1));
            int n = 0;
            for (; rs.hasNext(); rs.next()) {
                n++;
            }
            assertEquals(5, n, () -> "rows in " + f.get(0));
        }
        HttpResponse<String> ask = Http.query(endpoint, PROLOGUE + "ASK { ?s skos:altLabel \"DGL\"@en }", "application/sparql-results+json");
        assertTrue(ResultSetMgr.readBoolean(new ByteArrayInputStream(ask.body().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON));
    }

    @Test
    void everyGraphFormatParsesToTheSameGraph() {
        String construct = PROLOGUE + "CONSTRUCT { ?s skos:prefLabel ?l } WHERE { ?s skos:prefLabel ?l }";
        Graph expected;
        try (QueryExecHTTP qe = QueryExecHTTP.service(endpoint).query(construct).build()) {
            expected = qe.construct();
        }
        assertEquals(5, expected.size());
        for (Lang lang : List.of(Lang.TURTLE, Lang.NTRIPLES, Lang.JSONLD, Lang.RDFXML)) {
            HttpResponse<String> r = Http.query(endpoint, construct, lang.getHeaderString());
            assertEquals(200, r.statusCode(), lang::getName);
            Graph g = RDFParser.fromString(r.body(), lang).toGraph();
            assertTrue(g.isIsomorphicWith(expected), lang::getName);
        }
        HttpResponse<String> describe = Http.query(endpoint, "DESCRIBE <http://localhost:3030/id/product/example-graph-lib>", "text/turtle");
        assertEquals(3, RDFParser.fromString(describe.body(), Lang.TURTLE).toGraph().size());
    }

    @Test
    void graphStoreReadAndUnionDefaultGraph() {
        HttpResponse<String> named = Http.get(endpoint + "?graph=" + "http://localhost:3030/graph/registry", "text/turtle");
        assertEquals(200, named.statusCode());
        long registry = RDFParser.fromString(named.body(), Lang.TURTLE).toGraph().size();
        assertTrue(registry > 0);
        HttpResponse<String> dflt = Http.get(endpoint + "?default", "application/n-triples");
        long union = RDFParser.fromString(dflt.body(), Lang.NTRIPLES).toGraph().size();
        HttpResponse<String> count = Http.query(endpoint, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }", "text/csv");
        assertEquals(Long.parseLong(count.body().lines().skip(1).findFirst().orElseThrow().strip()), union);
        assertTrue(union > registry);
    }

    @Test
    void textSearchOverHttp() {
        Set<String> hits = new HashSet<>();
        String q = PROLOGUE + "SELECT ?s { ?s text:query (rdfs:label \"研究院\") }";
        try (QueryExecHTTP qe = QueryExecHTTP.service(endpoint).query(q).build()) {
            qe.select().forEachRemaining(b -> hits.add(b.get("s").getURI()));
        }
        assertEquals(Set.of("http://localhost:3030/id/unit/example-lab", "http://localhost:3030/id/unit/example-asia-lab"), hits);
    }

    @Test
    void rowCapLimitsAndSaysSo() {
        HttpResponse<String> r = Http.query(endpoint, "SELECT * { ?s ?p ?o }", "text/csv");
        assertEquals(200, r.statusCode());
        assertEquals(MAX_ROWS, r.body().lines().count() - 1);
        assertEquals(Long.toString(MAX_ROWS), r.headers().firstValue(CappedQueryService.ROW_CAP_HEADER).orElse(null));
        HttpResponse<String> small = Http.query(endpoint, "SELECT * { ?s ?p ?o } LIMIT 3", "text/csv");
        assertEquals(3, small.body().lines().count() - 1);
        assertTrue(small.headers().firstValue(CappedQueryService.ROW_CAP_HEADER).isEmpty());
    }

    @Test
    void runawayQueryIsCutWhileOthersAnswer() throws Exception {
        String runaway = "SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n ?o . ?p ?q ?r FILTER(concat(str(?a), str(?r)) = 'x') }";
        CompletableFuture<HttpResponse<String>> slow = CompletableFuture.supplyAsync(
                () -> Http.query(endpoint, runaway, "application/sparql-results+json"));
        Thread.sleep(300);
        HttpResponse<String> quick = Http.query(endpoint, LABELS, "application/sparql-results+json");
        assertEquals(200, quick.statusCode());
        assertFalse(slow.isDone(), "the runaway query should still be running while the quick one answers");
        HttpResponse<String> cut = slow.get();
        assertEquals(503, cut.statusCode(), cut::body);
        assertTrue(cut.body().contains("limit of 3000 ms"), cut::body);
        String count = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }";
        assertEquals(503, Http.query(endpoint, count, "application/sparql-results+json").statusCode());
        assertEquals(200, Http.query(endpoint, LABELS, "text/csv").statusCode());
    }

    @Test
    void updateIsRefusedAndChangesNothing() {
        String update = "INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/x> <http://example.org/y> 1 } }";
        HttpResponse<String> r1 = Http.post(endpoint + "/update", "application/sparql-update", update, null, null);
        HttpResponse<String> r2 = Http.post(endpoint, "application/sparql-update", update, null, null);
        assertTrue(r1.statusCode() >= 400 && r1.statusCode() < 500, () -> "status " + r1.statusCode());
        assertTrue(r2.statusCode() >= 400 && r2.statusCode() < 500, () -> "status " + r2.statusCode());
        HttpResponse<String> upload = Http.post(endpoint + "/data", "text/turtle", "<http://example.org/x> <http://example.org/y> 1 .", null, null);
        assertTrue(upload.statusCode() >= 400 && upload.statusCode() < 500, () -> "status " + upload.statusCode());
        HttpResponse<String> ask = Http.query(endpoint, "ASK { <http://example.org/x> ?p ?o }", "text/csv");
        assertTrue(ask.body().contains("false"), ask::body);
        HttpResponse<String> admin = Http.post(server.endpoint().replace("/kg", "/$/datasets"), "application/x-www-form-urlencoded", "dbName=x&dbType=mem", null, null);
        assertTrue(admin.statusCode() >= 400 && admin.statusCode() < 500, () -> "status " + admin.statusCode());
    }

    @Test
    void postedQueriesWorkOnEveryQueryPath() {
        for (String path : List.of("", "/sparql", "/query")) {
            HttpResponse<String> direct = Http.post(endpoint + path, "application/sparql-query", "ASK {}", null, null);
            assertEquals(200, direct.statusCode(), () -> path + " " + direct.body());
            HttpResponse<String> form = Http.post(endpoint + path, "application/x-www-form-urlencoded", "query=ASK%20%7B%7D", null, null);
            assertEquals(200, form.statusCode(), () -> path + " " + form.body());
        }
    }

    @Test
    void corsHeaderOnReads() {
        HttpResponse<String> r = Http.get(endpoint + "?query=ASK%7B%7D", "application/sparql-results+json", "Origin", "http://example.org");
        assertEquals(200, r.statusCode());
        assertNotNull(r.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
    }

    @Test
    void serviceToAnotherHostIsRefused() {
        String q = "SELECT * { SERVICE <http://example.org/sparql> { ?s ?p ?o } }";
        HttpResponse<String> r = Http.query(endpoint, q, "application/sparql-results+json");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("allowlist"), r::body);
    }

    @Test
    void serviceToAnAllowedHostWorksWithUserAgent() {
        String q = "SELECT ?o { SERVICE <http://127.0.0.1:" + standIn.getPort() + "/sparql> { ?s ?p ?o } }";
        HttpResponse<String> r = Http.query(endpoint, q, "text/csv");
        assertEquals(200, r.statusCode(), r::body);
        assertTrue(r.body().contains("from the stand-in"), r::body);
        assertEquals(KgServer.USER_AGENT, standInUserAgent.get());
    }

    /** Stands in for the home page another part of the server registers at {@code /}. */
    static final class HomeStub extends jakarta.servlet.http.HttpServlet {
        private static final long serialVersionUID = 1L;
        private final transient DatasetGraph dsg;

        HomeStub(DatasetGraph dsg) {
            this.dsg = dsg;
        }

        @Override
        protected void doGet(jakarta.servlet.http.HttpServletRequest req, jakarta.servlet.http.HttpServletResponse resp)
                throws java.io.IOException {
            long graphs = org.apache.jena.system.Txn.calculateRead(dsg, () -> org.apache.jena.atlas.iterator.Iter.count(dsg.listGraphNodes()));
            resp.setContentType("text/plain");
            resp.getWriter().print("home: " + graphs + " graphs");
        }
    }

    @Test
    void extensionPointServesTheRootWithTheData() {
        HttpResponse<String> home = Http.get(server.endpoint().replace("/kg", "/"), "text/html");
        assertEquals(200, home.statusCode());
        assertEquals("home: 2 graphs", home.body());
    }

    @Test
    void uiIsServedUnderUi() {
        HttpResponse<String> ui = Http.get(server.endpoint().replace("/kg", "/ui/"), "text/html");
        assertEquals(200, ui.statusCode());
        assertTrue(ui.body().contains("Fuseki"));
        HttpResponse<String> status = Http.get(server.endpoint().replace("/kg", "/$/server"), "application/json");
        assertEquals(200, status.statusCode());
        assertTrue(status.body().contains("/kg"));
    }
}
