package dev.techshift.server.store;

import java.util.concurrent.atomic.AtomicReference;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.JenaTransactionException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;

/**
 * The dataset behind {@code /kg}: delegates to the current store generation and can be pointed
 * at a new one while queries run. A transaction stays on the generation it began on (pinned per
 * thread) to its end, so no request ever sees half of one generation and half of another;
 * new transactions start on the new generation, and the old one closes after its last reader.
 * The default graph is the union of the named graphs.
 * <pre>
 *   SwitchingDatasetGraph dsg = new SwitchingDatasetGraph(Generation.open(gen1, c -> {}));
 *   dsg.switchTo(Generation.open(gen2, c -> {}));
 * </pre>
 */
public final class SwitchingDatasetGraph extends DatasetGraphWrapper {

    private final AtomicReference<Generation> current;
    private final ThreadLocal<Generation> pinned = new ThreadLocal<>();

    public SwitchingDatasetGraph(Generation initial) {
        super(initial.dataset());
        this.current = new AtomicReference<>(initial);
    }

    /** The generation new transactions start on. */
    public Generation current() {
        return current.get();
    }

    /** Makes {@code next} current; the previous generation closes once no transaction uses it. */
    public void switchTo(Generation next) {
        current.getAndSet(next).retire();
    }

    @Override
    protected DatasetGraph get() {
        Generation g = pinned.get();
        return (g != null ? g : current.get()).dataset();
    }

    /** The context of the generation in use: its text index, time limit and SERVICE settings. */
    @Override
    public org.apache.jena.sparql.util.Context getContext() {
        return get().getContext();
    }

    /** The union of the named graphs, as with TDB2's {@code unionDefaultGraph}. */
    @Override
    public Graph getDefaultGraph() {
        return get().getUnionGraph();
    }

    @Override
    public void begin() {
        begin(TxnType.READ_PROMOTE);
    }

    @Override
    public void begin(ReadWrite mode) {
        begin(TxnType.convert(mode));
    }

    @Override
    public void begin(TxnType type) {
        if (pinned.get() != null) {
            throw new JenaTransactionException("Already in a transaction on this thread.");
        }
        Generation g = acquire();
        pinned.set(g);
        try {
            g.dataset().begin(type);
        } catch (RuntimeException e) {
            finish(g);
            throw e;
        }
    }

    @Override
    public void commit() {
        Generation g = requirePinned();
        try {
            g.dataset().commit();
        } finally {
            g.dataset().end();
            finish(g);
        }
    }

    @Override
    public void abort() {
        Generation g = requirePinned();
        try {
            g.dataset().abort();
        } finally {
            g.dataset().end();
            finish(g);
        }
    }

    @Override
    public void end() {
        Generation g = pinned.get();
        if (g == null) {
            return;
        }
        try {
            g.dataset().end();
        } finally {
            finish(g);
        }
    }

    @Override
    public boolean isInTransaction() {
        Generation g = pinned.get();
        return g != null && g.dataset().isInTransaction();
    }

    @Override
    public void close() {
        current.get().retire();
    }

    private Generation acquire() {
        while (true) {
            Generation g = current.get();
            if (g.tryAcquire()) {
                return g;
            }
        }
    }

    private Generation requirePinned() {
        Generation g = pinned.get();
        if (g == null) {
            throw new JenaTransactionException("Not in a transaction.");
        }
        return g;
    }

    private void finish(Generation g) {
        pinned.remove();
        g.release();
    }
}
