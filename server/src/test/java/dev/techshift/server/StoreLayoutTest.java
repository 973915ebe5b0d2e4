package dev.techshift.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.techshift.server.store.StoreBuilder;
import dev.techshift.server.store.StoreLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generations, the pointer, pruning, copy-forward and staleness. */
class StoreLayoutTest {

    private static long graphs(Path tdb) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(tdb.toString());
        try {
            return Txn.calculateRead(dsg, () -> org.apache.jena.atlas.iterator.Iter.count(dsg.listGraphNodes()));
        } finally {
            TDBInternal.expel(dsg);
        }
    }

    @Test
    void generationsPointerAndPruning(@TempDir Path tmp) {
        StoreLayout layout = new StoreLayout(tmp.resolve("store"));
        assertTrue(layout.current().isEmpty());
        assertTrue(layout.needsBuild(Fixtures.loading("gen-a.trig")));
        Path g1 = layout.publish(Fixtures.loading("gen-a.trig"));
        Path g2 = layout.publish(Fixtures.loading("gen-b.trig"));
        assertEquals(g2, layout.current().orElseThrow());
        assertTrue(Files.isDirectory(g1), "the generation served until now is kept");
        Path g3 = layout.publish(Fixtures.loading("gen-a.trig"));
        assertFalse(Files.exists(g1), "older generations are deleted");
        assertTrue(Files.isDirectory(g2) && Files.isDirectory(g3));
        assertEquals("gen-0003", g3.getFileName().toString());
        assertFalse(layout.needsBuild(Fixtures.loading("gen-a.trig")));
        assertTrue(layout.needsBuild(StoreBuilder.of(dir -> true, dir -> { })));
    }

    @Test
    void copyForwardKeepsTheCurrentData(@TempDir Path tmp) {
        StoreLayout layout = Fixtures.store(tmp, "gen-a.trig");
        AtomicInteger before = new AtomicInteger();
        StoreBuilder addOne = StoreBuilder.of(dir -> false, dir -> {
            DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
            try {
                Txn.executeWrite(dsg, () -> {
                    before.set((int) org.apache.jena.atlas.iterator.Iter.count(dsg.listGraphNodes()));
                    dsg.add(NodeFactory.createURI("http://example.org/g"), NodeFactory.createURI("http://example.org/s"),
                            NodeFactory.createURI("http://example.org/p"), NodeFactory.createLiteralString("o"));
                });
            } finally {
                TDBInternal.expel(dsg);
            }
        });
        Path next = layout.publish(addOne, false);
        assertEquals(2, before.get(), "the builder saw the current generation's graphs");
        assertEquals(3, graphs(StoreLayout.tdb(next)));
        Path fresh = layout.publish(addOne, true);
        assertEquals(1, graphs(StoreLayout.tdb(fresh)));
    }
}
