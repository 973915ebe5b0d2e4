package dev.techshift.server.store;

import dev.techshift.loader.BuildListener;
import dev.techshift.loader.BuildReport;
import dev.techshift.loader.Loader;
import dev.techshift.loader.LoaderOptions;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The {@link StoreBuilder} over the real loader: builds (or, in a generation copied from the
 * served one, updates) {@code data/} into a generation's TDB2 directory. {@code kg serve} and
 * {@code kg build} both publish through it, so a build made while the server runs is picked up
 * without a restart.
 * <pre>
 *   new StoreLayout(Path.of("store")).publish(LoaderStoreBuilder.of(options, BuildListener.NONE, r -&gt; {}), false);
 * </pre>
 */
public final class LoaderStoreBuilder {

    private LoaderStoreBuilder() {}

    /** A builder that reports progress to {@code listener} and the finished build to {@code report}. */
    public static StoreBuilder of(LoaderOptions options, BuildListener listener, Consumer<BuildReport> report) {
        return new StoreBuilder() {
            @Override
            public boolean isStale(Path tdbDir) {
                return Loader.isStale(options, tdbDir);
            }

            @Override
            public void build(Path tdbDir) {
                report.accept(Loader.build(options, Loader.openStore(tdbDir), listener));
            }
        };
    }

    /** A builder without progress or report. */
    public static StoreBuilder of(LoaderOptions options) {
        return of(options, BuildListener.NONE, r -> { });
    }
}
