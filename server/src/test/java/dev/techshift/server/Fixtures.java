package dev.techshift.server;

import dev.techshift.server.store.StoreBuilder;
import dev.techshift.server.store.StoreLayout;
import java.nio.file.Path;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;

/** Test stores built from the TriG fixtures in {@code src/test/resources/fixtures}. */
final class Fixtures {

    private Fixtures() {}

    /** A store builder that loads one fixture file into the new TDB2 database. */
    static StoreBuilder loading(String fixture) {
        return StoreBuilder.of(dir -> false, dir -> {
            DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(dir));
            try {
                Txn.executeWrite(dsg, () -> RDFDataMgr.read(dsg, "fixtures/" + fixture));
            } finally {
                TDBInternal.expel(dsg);
            }
        });
    }

    /** A store under {@code dir} whose current generation holds {@code fixture}. */
    static StoreLayout store(Path dir, String fixture) {
        StoreLayout layout = new StoreLayout(dir.resolve("store"));
        layout.publish(loading(fixture));
        return layout;
    }
}
