package dev.techshift.server.store;

import java.nio.file.Path;

/**
 * What the server needs from the loader: whether a generation is out of date, and how to
 * write a fresh TDB2 database into an empty directory. {@code kg serve} passes an adapter over
 * the loader; tests pass hand-written fixtures.
 * <pre>
 *   StoreBuilder b = StoreBuilder.of(dir -> false, dir -> TDB2Factory.connectDataset(dir.toString()));
 *   new StoreLayout(Path.of("store")).publish(b);
 * </pre>
 */
public interface StoreBuilder {

    /** True when the TDB2 database at {@code tdbDir} no longer matches its inputs. */
    boolean isStale(Path tdbDir);

    /** Writes a complete TDB2 database into {@code tdbDir} (an empty directory) and closes it. */
    void build(Path tdbDir);

    /** A builder from two functions. */
    static StoreBuilder of(java.util.function.Predicate<Path> isStale, java.util.function.Consumer<Path> build) {
        return new StoreBuilder() {
            @Override public boolean isStale(Path tdbDir) { return isStale.test(tdbDir); }
            @Override public void build(Path tdbDir) { build.accept(tdbDir); }
        };
    }
}
