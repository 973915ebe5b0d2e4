package dev.techshift.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

/** Every ts: term is defined and documented; every ts: term the shapes and the contract use exists. */
class OntologyTermsTest {

    private static final Graph ONTOLOGY = Ontology.graph();
    private static final String NS = ONTOLOGY.getPrefixMapping().getNsPrefixURI("ts");
    private static final Node DEFINED_BY = NodeFactory.createURI(NS.substring(0, NS.length() - 1));

    /** Terms with at least one triple about them in kg.ttl. */
    private static Set<String> defined() {
        Set<String> terms = new TreeSet<>();
        ONTOLOGY.find().forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(NS)) {
                terms.add(t.getSubject().getURI());
            }
        });
        return terms;
    }

    /** Terms in the ts: namespace used anywhere in a graph. */
    private static Set<String> used(Graph graph) {
        Set<String> terms = new TreeSet<>();
        graph.find().forEachRemaining(t -> {
            for (Node n : List.of(t.getSubject(), t.getPredicate(), t.getObject())) {
                if (n.isURI() && n.getURI().startsWith(NS)) {
                    terms.add(n.getURI());
                }
            }
        });
        return terms;
    }

    @Test
    void everyMintedTermHasLabelsInEnglishAndChineseACommentAndIsDefinedBy() {
        List<String> problems = new java.util.ArrayList<>();
        for (String term : defined()) {
            Node s = NodeFactory.createURI(term);
            if (!hasLabel(s, "en")) {
                problems.add(term + " has no rdfs:label @en");
            }
            if (!hasLabel(s, "zh-Hans")) {
                problems.add(term + " has no rdfs:label @zh-Hans");
            }
            if (!has(s, RDFS.comment.asNode())) {
                problems.add(term + " has no rdfs:comment");
            }
            if (!ONTOLOGY.contains(s, RDFS.isDefinedBy.asNode(), DEFINED_BY)) {
                problems.add(term + " has no rdfs:isDefinedBy " + DEFINED_BY);
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(defined().size() > 100, "expected the whole vocabulary, found " + defined().size() + " terms");
    }

    @Test
    void everyTermUsedInTheOntologyIsDefinedThere() {
        Set<String> missing = new TreeSet<>(used(ONTOLOGY));
        missing.removeAll(defined());
        assertEquals(Set.of(), missing);
    }

    @Test
    void everyTermUsedInTheShapesIsDefinedInTheOntology() {
        Set<String> missing = new TreeSet<>(used(Ontology.shapesGraph()));
        missing.removeAll(defined());
        assertEquals(Set.of(), missing);
    }

    @Test
    void everyTermInTheContractIsDefinedInTheOntology() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        Matcher m = Pattern.compile("(?<![\\w/.#-])ts:([A-Za-z][A-Za-z0-9]*)").matcher(readme);
        Set<String> mentioned = new TreeSet<>();
        while (m.find()) {
            mentioned.add(NS + m.group(1));
        }
        assertTrue(mentioned.size() > 80, "the contract should mention most terms, found " + mentioned.size());
        mentioned.removeAll(defined());
        assertEquals(Set.of(), mentioned);
    }

    @Test
    void classesAndPropertiesAreTyped() {
        List<String> untyped = new java.util.ArrayList<>();
        for (String term : defined()) {
            if (!has(NodeFactory.createURI(term), RDF.type.asNode())) {
                untyped.add(term);
            }
        }
        assertEquals(List.of(), untyped);
    }

    @Test
    void propertiesSuggestedByTheFieldNotesAreMappedToWikidata() {
        Set<String> linked = new TreeSet<>();
        ONTOLOGY.find().forEachRemaining((Triple t) -> {
            if (t.getObject().isURI() && t.getObject().getURI().startsWith("http://www.wikidata.org/entity/P")) {
                linked.add(t.getObject().getLocalName());
            }
        });
        for (String p : List.of("P39", "P108", "P169", "P1128", "P571", "P576", "P159", "P17", "P580", "P582")) {
            assertTrue(linked.contains(p), "kg.ttl should map a term to Wikidata " + p + "; maps " + linked);
        }
    }

    private static boolean hasLabel(Node s, String lang) {
        return ONTOLOGY.find(s, RDFS.label.asNode(), Node.ANY).toList().stream()
                .anyMatch(t -> t.getObject().isLiteral() && t.getObject().getLiteralLanguage().equals(lang));
    }

    private static boolean has(Node s, Node p) {
        return ONTOLOGY.contains(s, p, Node.ANY);
    }
}
