package dev.techshift.server.store;

import dev.techshift.loader.Loader;
import dev.techshift.loader.LoaderOptions;
import java.nio.file.Path;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The {@link StoreBuilder} over the real loader: builds {@code data/} into a generation's TDB2
 * directory. {@code kg serve} and {@code kg build} both publish through it, so a build made
 * while the server runs is picked up without a restart.
 * <pre>
 *   new StoreLayout(Path.of("store")).publish(LoaderStoreBuilder.of(options));
 * </pre>
 */
public final class LoaderStoreBuilder {

    private LoaderStoreBuilder() {}

    public static StoreBuilder of(LoaderOptions options) {
        return StoreBuilder.of(tdb -> false, tdb -> build(options, tdb));
    }

    private static void build(LoaderOptions options, Path tdb) {
        DatasetGraph built = Loader.buildInMemory(options);
        DatasetGraph store = DatabaseMgr.connectDatasetGraph(Location.create(tdb));
        try {
            Txn.executeWrite(store, () -> {
                built.find().forEachRemaining(store::add);
                store.prefixes().putAll(built.prefixes());
            });
        } finally {
            TDBInternal.expel(store);
        }
    }
}
