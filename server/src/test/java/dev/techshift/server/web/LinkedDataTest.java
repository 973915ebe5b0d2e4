package dev.techshift.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Dereferencing: content negotiation, 303s, descriptions in each format, 404s. */
class LinkedDataTest {

    private static FixtureServer server;

    @BeforeAll
    static void start() {
        server = FixtureServer.start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void browsersAreSentToThePage() throws Exception {
        HttpResponse<String> r = server.get("/id/org/acme", "text/html,application/xhtml+xml,*/*;q=0.8");
        assertEquals(303, r.statusCode());
        assertEquals("/page/org/acme", r.headers().firstValue("Location").orElseThrow());
        assertEquals(303, server.get("/id/org/acme", null).statusCode());
        assertEquals("/page/org/acme", server.get("/id/org/acme", null).headers().firstValue("Location").orElseThrow());
    }

    @Test
    void rdfClientsAreSentToTheDataInTheirFormat() throws Exception {
        for (RdfFormat f : RdfFormat.values()) {
            HttpResponse<String> r = server.get("/id/org/acme", f.mediaType());
            assertEquals(303, r.statusCode(), f.name());
            assertEquals("/data/org/acme" + f.extension(), r.headers().firstValue("Location").orElseThrow());
            HttpResponse<String> d = server.get("/data/org/acme" + f.extension(), null);
            assertEquals(200, d.statusCode(), f.name());
            assertTrue(d.headers().firstValue("Content-Type").orElseThrow().startsWith(f.mediaType()));
            Graph g = parse(d.body(), f.lang());
            Node acme = iri("id/org/acme");
            assertTrue(g.contains(acme, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang("阿克米軟體", "zh-Hant")),
                    f.name());
        }
    }

    @Test
    void descriptionWithoutExtensionIsNegotiatedAndEqualsTheTurtle() throws Exception {
        String text = server.get("/data/unit/acme-shanghai-lab.ttl", null).body();
        assertTrue(text.matches("(?s).*PREFIX id:\\s+<http://localhost:3030/id/>.*")
                && text.matches("(?s).*PREFIX skos:\\s+<http://www.w3.org/2004/02/skos/core#>.*")
                && text.contains("skos:prefLabel"), "Turtle with the project's prefixes: " + text);
        Graph ttl = parse(text, Lang.TURTLE);
        HttpResponse<String> r = server.get("/data/unit/acme-shanghai-lab", "application/ld+json");
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("application/ld+json"));
        assertTrue(ttl.isIsomorphicWith(parse(r.body(), Lang.JSONLD)));
    }

    @Test
    void aFactDescriptionHoldsItsStatementsEvidenceAndSelectors() throws Exception {
        Graph g = parse(server.get("/data/fact/closure/aaaaaaaaaaa1.nt", null).body(), Lang.NTRIPLES);
        Node fact = iri("id/fact/closure/aaaaaaaaaaa1");
        assertEquals(2, g.find(Node.ANY, RDF.subject.asNode(), fact).toList().size());
        assertTrue(g.contains(Node.ANY, OA.exact.asNode(), NodeFactory.createLiteralString("closed its Shanghai lab")));
        assertTrue(g.contains(Node.ANY, OA.start.asNode(), Node.ANY));
    }

    @Test
    void unknownIrisAreNotFound() throws Exception {
        for (String p : new String[] {"/id/org/no-such-thing", "/page/org/no-such-thing", "/data/org/no-such-thing.ttl",
                "/graph-data/org/no-such-thing"}) {
            HttpResponse<String> r = server.get(p, "text/html");
            assertEquals(404, r.statusCode(), p);
        }
        assertTrue(server.get("/page/org/no-such-thing", null).body().contains("Not found"));
    }

    static Graph parse(String body, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(body, lang).parse(g);
        assertFalse(g.isEmpty(), "empty " + lang);
        return g;
    }

    static Node iri(String rest) {
        return NodeFactory.createURI(WebConfig.DEFAULT_BASE + rest);
    }
}
