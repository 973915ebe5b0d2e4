package dev.techshift.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** Search uses the text index when there is one, and SPARQL CONTAINS when there is none. */
class SearchTest {

    @Test
    void textIndexAnswersWordsInAnyOrder() {
        EntityDefinition def = new EntityDefinition("uri", "text", RDFS.label);
        def.set("text", SKOS.prefLabel.asNode());
        Dataset ds = TextDatasetFactory.createLucene(DatasetFactory.createTxnMem(), new ByteBuffersDirectory(),
                new TextIndexConfig(def));
        DatasetGraph dsg = ds.asDatasetGraph();
        Txn.executeWrite(dsg, () -> RDFParser.source(getClass().getResourceAsStream(FixtureServer.FIXTURE))
                .lang(Lang.TRIG).parse(dsg));
        List<Node> hits = Txn.calculateRead(dsg, () -> Search.find(new Store(dsg), "Corp Acme", 10));
        assertTrue(hits.contains(LinkedDataTest.iri("id/org/acme")), hits.toString());
    }

    @Test
    void withoutAnIndexContainsIsUsed() {
        DatasetGraph dsg = FixtureServer.fixture();
        assertEquals(List.of(), Txn.calculateRead(dsg, () -> Search.find(new Store(dsg), "Corp Acme", 10)));
        List<Node> hits = Txn.calculateRead(dsg, () -> Search.find(new Store(dsg), "acme corp", 10));
        assertEquals(List.of(LinkedDataTest.iri("id/org/acme")), hits);
    }
}
