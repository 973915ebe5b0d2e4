package dev.techshift.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.techshift.server.store.Generation;
import dev.techshift.server.store.StoreLayout;
import dev.techshift.server.store.SwitchingDatasetGraph;
import dev.techshift.server.text.KgTextIndex;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Full-text search over labels and sentences, in Chinese (both scripts) and English. */
class TextSearchTest {

    private static final String ID = "http://localhost:3030/id/";

    @TempDir Path tmp;
    private StoreLayout layout;
    private SwitchingDatasetGraph dsg;

    @BeforeEach
    void open() {
        layout = Fixtures.store(tmp, "gen-a.trig");
        dsg = new SwitchingDatasetGraph(Generation.open(layout.current().orElseThrow(), c -> {}));
    }

    @AfterEach
    void close() {
        dsg.close();
    }

    private Set<String> search(String pattern) {
        String q = KgPrefixes.sparqlPrologue("http://localhost:3030/") + "SELECT DISTINCT ?s { " + pattern + " }";
        Set<String> found = new TreeSet<>();
        Txn.executeRead(dsg, () -> {
            try (QueryExecution qe = QueryExecution.create(q, DatasetFactory.wrap(dsg))) {
                qe.execSelect().forEachRemaining(r -> found.add(r.getResource("s").getURI()));
            }
        });
        return found;
    }

    @Test
    void labelSearchFindsBothScripts() {
        assertEquals(Set.of(ID + "unit/example-lab", ID + "unit/example-asia-lab"),
                search("?s text:query (rdfs:label \"研究院\")"));
    }

    @Test
    void simplifiedQueryFindsTraditionalOnlyLabel() {
        // 範例亞洲研究院 is only written in Traditional; 范例 is the Simplified form of 範例.
        assertEquals(Set.of(ID + "unit/example-asia-lab"), search("?s text:query (skos:prefLabel \"范例\")"));
    }

    @Test
    void englishWordsFindTheLibraryByAnyLabel() {
        assertEquals(Set.of(ID + "product/example-graph-lib"), search("?s text:query \"Deep Graph\""));
        assertEquals(Set.of(ID + "product/example-graph-lib"), search("?s text:query (rdfs:label \"dgl\")"));
    }

    @Test
    void sentenceTextSearch() {
        Set<String> hits = search("?s text:query (ts:text \"裁员\") . ?s a ts:Sentence");
        assertEquals(Set.of(ID + "article/a01/s/0"), hits);
    }

    @Test
    void scoreAndLimitForm() {
        assertEquals(1, rows("(?s ?score) text:query (ts:text \"裁员\" 1)"));
        assertEquals(2, rows("(?s ?score) text:query (ts:text \"裁员\" 20)"));
    }

    @Test
    void rebuildingTheIndexDoesNotDuplicateHits() {
        String pattern = "?s text:query (ts:text \"裁员\") . ?s a ts:Sentence";
        assertEquals(1, rows(pattern));
        Path gen = layout.current().orElseThrow();
        dsg.close();
        var tdb = org.apache.jena.tdb2.DatabaseMgr.connectDatasetGraph(StoreLayout.tdb(gen).toString());
        try {
            assertTrue(KgTextIndex.rebuild(tdb, StoreLayout.text(gen)) > 0);
            assertTrue(KgTextIndex.rebuild(tdb, StoreLayout.text(gen)) > 0);
        } finally {
            org.apache.jena.tdb2.sys.TDBInternal.expel(tdb);
        }
        dsg = new SwitchingDatasetGraph(Generation.open(gen, c -> {}));
        assertEquals(1, rows(pattern));
    }

    private long rows(String pattern) {
        String q = KgPrefixes.sparqlPrologue("http://localhost:3030/") + "SELECT ?s { " + pattern + " }";
        return Txn.calculateRead(dsg, () -> {
            try (QueryExecution qe = QueryExecution.create(q, DatasetFactory.wrap(dsg))) {
                long n = 0;
                for (var rs = qe.execSelect(); rs.hasNext(); rs.next()) {
                    n++;
                }
                return n;
            }
        });
    }
}
