package dev.techshift.cli;

import dev.techshift.loader.Loader;
import dev.techshift.loader.LoaderOptions;
import dev.techshift.server.KgServer;
import dev.techshift.server.bench.Bench;
import dev.techshift.server.bench.BenchQuery;
import dev.techshift.server.store.LoaderStoreBuilder;
import dev.techshift.server.store.StoreLayout;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.atlas.logging.LogCtl;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code kg bench}: times the query library over HTTP (an in-process server on a free port)
 * and in-process on the same store, at each concurrency level, in one run.
 * <pre>
 *   ./kg bench
 *   ./kg bench --requests 500 --concurrency 1,4,8
 *   ./kg bench load              (loading, not queries: {@link BenchLoadCommand})
 * </pre>
 */
@Command(name = "bench",
        mixinStandardHelpOptions = true,
        subcommands = BenchLoadCommand.class,
        description = {
            "Runs each .rq of the query library (or built-in queries when it has none) over HTTP and in-process "
            + "on the same store; prints requests per second and p50/p99 latency per mode, and the HTTP/in-process ratio. "
            + "Queries with SERVICE are skipped."
        },
        footer = {
            "%nExamples:",
            "  ./kg bench                                 200 requests per query at concurrency 1 and 8",
            "  ./kg bench --requests 50 --concurrency 1   a quick look",
            "  ./kg bench load --size 5                   time loading instead: a 5 MB synthetic article (see bench load --help)",
            "%nExit codes: 0 the table was printed, 1 the store could not be built or opened, 2 bad usage."
        })
public final class BenchCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(names = "--store", description = "Store folder (default: store/ under the project root; built when missing).")
    Path store;

    @Option(names = "--queries", paramLabel = "DIR", description = "Folder of .rq files (default: queries/ under the project root).")
    Path queries;

    @Option(names = "--requests", defaultValue = "200", description = "Requests per query, mode and concurrency (default ${DEFAULT-VALUE}).")
    int requests;

    @Option(names = "--concurrency", split = ",", defaultValue = "1,8", description = "Concurrency levels (default ${DEFAULT-VALUE}).")
    List<Integer> concurrency;

    @Override
    public Integer call() {
        Path root = Loader.projectRoot();
        StoreLayout layout = new StoreLayout(store != null ? store : root.resolve("store"));
        try {
            if (layout.current().isEmpty()) {
                spec.commandLine().getErr().println("Building the store in " + layout.root() + " ...");
                layout.publish(LoaderStoreBuilder.of(new LoaderOptions(root, LoaderOptions.DEFAULT_BASE)));
            }
            List<BenchQuery> qs = BenchQuery.load(queries != null ? queries : root.resolve("queries"));
            LogCtl.setLevel("org.apache.jena.fuseki.Fuseki", "warn");
            LogCtl.setLevel("org.apache.jena.fuseki.Server", "warn");
            KgServer server = KgServer.builder(layout).port(0).build().start();
            try {
                new Bench(server, requests, concurrency).run(qs, spec.commandLine().getOut());
            } finally {
                server.stop();
            }
            spec.commandLine().getOut().flush();
            return 0;
        } catch (RuntimeException e) {
            spec.commandLine().getErr().println("kg bench: " + e.getMessage());
            return 1;
        }
    }
}
