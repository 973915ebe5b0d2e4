package dev.techshift.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.update.UpdateAction;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/** The shapes accept the hand-written example and report exactly the faults planted in its broken copy. */
class ShapesValidatorTest {

    private static final String BASE = "http://example.org/ts/id/";

    static DatasetGraph example(String name) {
        return RDFDataMgr.loadDatasetGraph(ShapesValidatorTest.class.getClassLoader()
                .getResource("examples/" + name).toString());
    }

    /** "focus | path" for each result, IRIs of the example shortened to what follows {@link #BASE}. */
    static Set<String> results(ValidationReport report) {
        Set<String> results = new TreeSet<>();
        for (ReportEntry e : report.getEntries()) {
            String path = e.resultPath() == null ? "-" : e.resultPath().toString();
            results.add(e.focusNode().getURI().replace(BASE, "") + " | " + path);
        }
        return results;
    }

    @Test
    void theExampleConforms() {
        ValidationReport report = ShapesValidator.create().validate(example("example.trig"));
        assertEquals(List.of(), report.getEntries().stream().map(ReportEntry::toString).toList());
        assertTrue(report.conforms());
    }

    @Test
    void theBrokenCopyFailsWithTheFaultsPlantedInIt() {
        ValidationReport report = ShapesValidator.create().validate(example("example-broken.trig"));
        assertFalse(report.conforms());
        String ts = Ontology.graph().getPrefixMapping().getNsPrefixURI("ts");
        String oa = "http://www.w3.org/ns/oa#";
        assertEquals(new TreeSet<>(Set.of(
                "article/900_example_en | <http://purl.org/dc/terms/title>",
                "article/900_example_en/ev/001 | <" + oa + "hasSelector>",
                "quantity/approximate/300/person | <" + ts + "qualifier>",
                "stmt/002 | <" + ts + "evidence>",
                "article/900_example_en/ev/003/pos | <" + oa + "start>",
                "article/900_example_en/ev/003 | <" + oa + "hasSelector>",
                "article/900_example_en/ev/004 | <" + oa + "hasSelector>",
                "time/2024-autumn | <" + ts + "earliest>",
                "article/901_example_zh/m/43-53 | <" + ts + "refersTo>",
                "fact/closure/nimbus-shanghai-ai-lab | <" + ts + "reason>",
                "time/unresolved/4be1c0a2d9f3 | <" + ts + "anchor>",
                "org/nimbus-orbital | <http://www.w3.org/2002/07/owl#sameAs>",
                "product/stratus-db | <" + ts + "ambiguous>")), results(report));
        String text = ValidationReportPrinter.withProjectPrefixes().format(report);
        assertTrue(text.contains("A piece of evidence has exactly one position selector"), text);
        assertTrue(text.contains("is marked ts:linked false but refers to"), text);
        assertTrue(text.contains("lacks the article it is relative to (ts:anchor)"), text);
        assertTrue(text.contains("states ts:reason no statement backs this without a ts:Statement"), text);
    }

    @Test
    void quotesAndSentencesAreCheckedAgainstTheArticleText() {
        DatasetGraph data = example("example.trig");
        // One character changed in the article text: its hash and the sentence holding it no longer match.
        // (Quotes and anchors are checked against their sentence, so the chain quote - sentence - text holds.)
        UpdateAction.parseExecute("""
                PREFIX ts: <https://w3id.org/techshift/ns#>
                DELETE { GRAPH ?g { ?a ts:text ?t } } INSERT { GRAPH ?g { ?a ts:text ?changed } }
                WHERE { GRAPH ?g { ?a ts:text ?t FILTER (STRENDS(STR(?a), "901_example_zh"))
                        BIND (REPLACE(?t, "约500人", "约600人") AS ?changed) } }""", data);
        assertEquals(Set.of("article/901_example_zh | <https://w3id.org/techshift/ns#textHash>",
                        "article/901_example_zh/s/0 | <https://w3id.org/techshift/ns#text>"),
                results(ShapesValidator.create().validate(data)));
        // The same change made in the sentence text: now the quote and the anchor inside it fail.
        UpdateAction.parseExecute("""
                PREFIX ts: <https://w3id.org/techshift/ns#>
                DELETE { GRAPH ?g { ?s ts:text ?t } } INSERT { GRAPH ?g { ?s ts:text ?changed } }
                WHERE { GRAPH ?g { ?s ts:text ?t FILTER (STRENDS(STR(?s), "901_example_zh/s/0"))
                        BIND (STRLANG(REPLACE(STR(?t), "约500人", "约600人"), LANG(?t)) AS ?changed) } }""", data);
        Set<String> results = results(ShapesValidator.create().validate(data));
        assertTrue(results.contains("article/901_example_zh | <https://w3id.org/techshift/ns#textHash>"), results::toString);
        assertTrue(results.stream().anyMatch(r -> r.startsWith("article/901_example_zh/ev/") && r.endsWith("#hasSelector>")),
                results::toString);
        assertTrue(results.stream().noneMatch(r -> r.startsWith("article/900_example_en")), results::toString);
    }

    @Test
    void aMarketShareObservationHasAShareOrARank() {
        // News ranks firms without a figure ('依次位列前三', 'came third'): the rank alone makes an observation.
        DatasetGraph data = example("example.trig");
        String share = "fact/market-share/nimbus-cloud-cloud-china-2024 | <https://w3id.org/techshift/ns#share>";
        dropValue(data, "share");
        assertEquals(Set.of(), results(ShapesValidator.create().validate(data)));
        dropValue(data, "rank");
        Set<String> results = results(ShapesValidator.create().validate(data));
        assertEquals(Set.of("fact/market-share/nimbus-cloud-cloud-china-2024 | -"), results, () -> results + " " + share);
        assertTrue(ValidationReportPrinter.withProjectPrefixes().format(ShapesValidator.create().validate(data))
                .contains("has a share (ts:share) or a rank (ts:rank)"));
    }

    /** Removes the observation's value of ts:{@code property} and the statement and evidence links that carry it. */
    private static void dropValue(DatasetGraph data, String property) {
        UpdateAction.parseExecute("""
                PREFIX ts: <https://w3id.org/techshift/ns#>
                PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
                DELETE { GRAPH ?g { ?f ts:%1$s ?v . ?st ?p ?o } }
                WHERE { GRAPH ?g { ?f ts:%1$s ?v FILTER (STRENDS(STR(?f), "nimbus-cloud-cloud-china-2024"))
                        OPTIONAL { ?st rdf:subject ?f ; rdf:predicate ts:%1$s ; ?p ?o } } }""".formatted(property), data);
    }

    @Test
    void aGraphAndTheSameDataAsADatasetGiveTheSameReport() {
        DatasetGraph dataset = example("example-broken.trig");
        Graph union = GraphFactory.createDefaultGraph();
        dataset.find().forEachRemaining(q -> union.add(q.asTriple()));
        assertEquals(results(ShapesValidator.create().validate(dataset)),
                results(ShapesValidator.create().validate(union)));
    }

    @Test
    void everyTargetClassOfTheShapesHasAnInstanceInTheExample() {
        Dataset data = DatasetFactory.wrap(example("example.trig"));
        Ontology.graph().find().forEachRemaining(t -> data.asDatasetGraph().getDefaultGraph().add(t));
        List<String> uncovered = new ArrayList<>();
        Ontology.shapesGraph().find(Node.ANY, SHACL.targetClass, Node.ANY).forEachRemaining(t -> {
            String c = t.getObject().getURI();
            if (!ask(data, "ASK { GRAPH ?g { ?x a ?c } ?c rdfs:subClassOf* <" + c + "> }")
                    && !ask(data, "ASK { GRAPH ?g { ?x a <" + c + "> } }")) {
                uncovered.add(c);
            }
        });
        assertEquals(List.of(), uncovered);
    }

    @Test
    void everyMintedClassHasAnInstanceOrAnIndividualInUseInTheExample() {
        Graph ontology = Ontology.graph();
        String ns = ontology.getPrefixMapping().getNsPrefixURI("ts");
        Dataset data = DatasetFactory.wrap(example("example.trig"));
        List<String> uncovered = new ArrayList<>();
        ontology.find(Node.ANY, RDF.type.asNode(), OWL.Class.asNode()).forEachRemaining(t -> {
            if (!t.getSubject().isURI()) {
                return; // a class expression (the union a property's domain names) is no minted class
            }
            String c = t.getSubject().getURI();
            if (!c.startsWith(ns) || c.equals(ns + "Fact")) {
                return; // ts:Fact is abstract: its subclasses are checked one by one
            }
            List<Node> individuals = ontology.find(Node.ANY, RDF.type.asNode(), t.getSubject())
                    .mapWith(x -> x.getSubject()).toList();
            boolean covered = individuals.isEmpty()
                    ? ask(data, "ASK { GRAPH ?g { ?x a <" + c + "> } }")
                    : individuals.stream().anyMatch(i -> ask(data, "ASK { GRAPH ?g { ?x ?p <" + i.getURI() + "> } }"));
            if (!covered) {
                uncovered.add(c);
            }
        });
        assertEquals(List.of(), uncovered);
    }

    private static boolean ask(Dataset data, String query) {
        String prefixed = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n" + query;
        try (QueryExecution qe = QueryExecution.dataset(data).query(prefixed).build()) {
            return qe.execAsk();
        }
    }
}
