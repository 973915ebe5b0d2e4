package dev.techshift.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;

/** The ontology files parse with Jena and with RDF4J Rio, and the ontology header is complete. */
class OntologyFilesTest {

    private static final String VANN = "http://purl.org/vocab/vann/";

    @Test
    void jenaReadsBothFiles() {
        assertTrue(Ontology.graph().size() > 500, "kg.ttl should hold the whole ontology");
        assertTrue(Ontology.shapesGraph().size() > 500, "shapes.ttl should hold the whole shape set");
        assertFalse(Ontology.shapes().getTargetShapes().isEmpty(), "shapes.ttl should have targeted shapes");
    }

    @Test
    void rdf4jRioReadsBothFilesToTheSameNumberOfTriples() throws IOException {
        for (String resource : List.of(Ontology.ONTOLOGY_RESOURCE, Ontology.SHAPES_RESOURCE)) {
            try (InputStream in = Ontology.open(resource)) {
                Model model = Rio.parse(in, "", RDFFormat.TURTLE);
                Graph jena = resource.equals(Ontology.ONTOLOGY_RESOURCE) ? Ontology.graph() : Ontology.shapesGraph();
                assertEquals(jena.size(), model.size(), resource + ": Jena and Rio disagree on the triple count");
            }
        }
    }

    @Test
    void rdf4jRioReadsTheExamples() throws IOException {
        for (String example : List.of("examples/example.trig", "examples/example-broken.trig")) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(example)) {
                assertFalse(Rio.parse(in, "", RDFFormat.TRIG).isEmpty(), example);
            }
        }
    }

    @Test
    void headerHasTitleLicenceVersionAndPreferredPrefix() {
        Graph g = Ontology.graph();
        String ns = g.getPrefixMapping().getNsPrefixURI("ts");
        Node ontology = NodeFactory.createURI(ns.substring(0, ns.length() - 1));
        assertTrue(g.contains(ontology, RDF.type.asNode(), OWL.Ontology.asNode()));
        for (Node p : List.of(DCTerms.title.asNode(), DCTerms.description.asNode(), OWL.versionIRI.asNode(),
                OWL.versionInfo.asNode())) {
            assertTrue(g.contains(ontology, p, Node.ANY), "the ontology header lacks " + p);
        }
        assertTrue(g.contains(ontology, DCTerms.license.asNode(),
                NodeFactory.createURI("https://creativecommons.org/licenses/by/4.0/")));
        assertTrue(g.contains(ontology, NodeFactory.createURI(VANN + "preferredNamespacePrefix"),
                NodeFactory.createLiteralString("ts")));
        assertTrue(g.contains(ontology, NodeFactory.createURI(VANN + "preferredNamespaceUri"),
                NodeFactory.createLiteralString(ns)));
    }

    @Test
    void reusedVocabulariesAreDeclared() {
        Graph g = Ontology.graph();
        for (String prefix : List.of("org", "prov", "time", "qb", "oa", "schema", "skos", "foaf", "dcterms")) {
            assertTrue(g.getPrefixMapping().getNsPrefixURI(prefix) != null, "kg.ttl should declare " + prefix + ":");
        }
        assertEquals(FOAF.NS, g.getPrefixMapping().getNsPrefixURI("foaf"));
    }
}
