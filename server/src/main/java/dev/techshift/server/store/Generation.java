package dev.techshift.server.store;

import dev.techshift.server.text.KgTextIndex;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One opened store generation: its TDB2 database with the text index attached, and a count of
 * the transactions using it, so that a retired generation closes when its last reader ends.
 * <pre>
 *   Generation g = Generation.open(Path.of("store/gen-0001"), cxt -> {});
 *   if (g.tryAcquire()) { try { ... } finally { g.release(); } }
 * </pre>
 */
public final class Generation {

    private static final Logger LOG = LoggerFactory.getLogger(Generation.class);

    private final String name;
    private final DatasetGraph tdb;
    private final DatasetGraph dataset;
    private int users;
    private boolean retired;
    private boolean closed;

    private Generation(String name, DatasetGraph tdb, DatasetGraph dataset) {
        this.name = name;
        this.tdb = tdb;
        this.dataset = dataset;
    }

    /** Opens a generation (indexing its text first if needed); {@code settings} adjusts its query context. */
    public static Generation open(Path generation, Consumer<Context> settings) {
        StoreLayout.ensureIndexed(generation);
        KgTextIndex.warmUp();
        DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(Location.create(StoreLayout.tdb(generation)));
        tdb.getContext().set(TDB2.symUnionDefaultGraph, true);
        DatasetGraph dsg = KgTextIndex.attach(tdb, StoreLayout.text(generation));
        settings.accept(dsg.getContext());
        return new Generation(generation.getFileName().toString(), tdb, dsg);
    }

    public String name() { return name; }

    /** The text-enabled dataset of this generation. */
    public DatasetGraph dataset() { return dataset; }

    /** Registers a user; false when the generation is already closed. */
    public synchronized boolean tryAcquire() {
        if (closed) {
            return false;
        }
        users++;
        return true;
    }

    public synchronized void release() {
        users--;
        if (retired && users == 0) {
            closeNow();
        }
    }

    /** Marks the generation as replaced: it closes now if unused, else when its last user releases it. */
    public synchronized void retire() {
        retired = true;
        if (users == 0) {
            closeNow();
        }
    }

    private void closeNow() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            dataset.close();
        } catch (RuntimeException e) {
            LOG.warn("Closing the text index of {} failed: {}", name, e.getMessage());
        }
        TDBInternal.expel(tdb);
        LOG.info("Closed store generation {}", name);
    }

    @Override
    public String toString() { return name; }
}
