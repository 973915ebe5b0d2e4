package dev.techshift.cli;

import dev.techshift.loader.ArticleReport;
import dev.techshift.loader.BuildListener;
import dev.techshift.loader.Loader;
import dev.techshift.loader.LoaderOptions;
import dev.techshift.server.KgServer;
import dev.techshift.server.web.WebConfig;
import dev.techshift.server.safety.ServiceAllowlist;
import dev.techshift.server.store.LoaderStoreBuilder;
import dev.techshift.server.store.StoreBuilder;
import dev.techshift.server.store.StoreLayout;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code kg serve}: builds the store when it is missing or out of date, then serves it over
 * SPARQL until stopped, picking up later builds without a restart.
 * <pre>
 *   ./kg serve
 *   ./kg serve --port 8080 --timeout 10s --auth-file users.txt
 * </pre>
 */
@Command(name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Builds the graph if needed, then serves it with SPARQL 1.1 (query, Graph Store read), "
            + "full-text search and the Fuseki UI. Read-only unless --auth-file is given. "
            + "A './kg build' in another terminal is served as soon as it finishes."
        },
        footer = {
            "%nExamples:",
            "  ./kg serve                                   http://localhost:3030/kg/sparql, UI at /ui/",
            "  ./kg serve --timeout 30s --max-rows 50000    longer queries, bigger results",
            "  ./kg serve --auth-file users.txt             enable /kg/update for the users in users.txt (user:password lines)",
            "  ./kg serve --host 0.0.0.0 --base http://kg.example.org/   serve on all interfaces under another base",
            "%nExit codes: 0 stopped normally, 1 the store could not be built or the server could not start, 2 bad usage."
        })
public final class ServeCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(names = "--port", defaultValue = "3030", description = "Port to listen on (default ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Interface to bind (default ${DEFAULT-VALUE}, loopback only; 0.0.0.0 for all).")
    String host;

    @Option(names = "--store", description = "Store folder (default: store/ under the project root).")
    Path store;

    @Option(names = "--timeout", defaultValue = "5s", converter = Durations.class,
            description = "Time limit of each query, e.g. 5s, 500ms, 1m (default ${DEFAULT-VALUE}).")
    Duration timeout;

    @Option(names = "--max-rows", defaultValue = "10000", description = "Most solutions one query returns (default ${DEFAULT-VALUE}).")
    long maxRows;

    @Option(names = "--auth-file", paramLabel = "FILE", description = "Password file of user:password lines: enables update, upload and admin for those users (HTTP Basic).")
    Path authFile;

    @Option(names = "--service-allow", split = ",", paramLabel = "HOST[:PORT]",
            description = "Hosts a federated SERVICE may call (default query.wikidata.org).")
    List<String> serviceAllow = ServiceAllowlist.DEFAULT;

    @Option(names = "--base", defaultValue = LoaderOptions.DEFAULT_BASE, description = "Base of minted IRIs when building (default ${DEFAULT-VALUE}).")
    String base;

    /** How the store is built; tests replace it. */
    StoreBuilder builder;

    @Override
    public Integer call() {
        Path root = Loader.projectRoot();
        StoreLayout layout = new StoreLayout(store != null ? store : root.resolve("store"));
        try {
            PrintWriter err = spec.commandLine().getErr();
            StoreBuilder b = builder != null ? builder : LoaderStoreBuilder.of(new LoaderOptions(root, base), BuildListener.NONE,
                    r -> err.printf("Built: %d articles loaded, %d unchanged, %d failed (./kg build shows the details).%n",
                            r.count(ArticleReport.Status.LOADED), r.count(ArticleReport.Status.UNCHANGED), r.count(ArticleReport.Status.FAILED)));
            if (layout.needsBuild(b)) {
                err.println("Building the store in " + layout.root() + " ...");
                err.flush();
                Path gen = layout.publish(b, false);
                err.println("Serving " + gen.getFileName() + ".");
            }
            KgServer server = KgServer.builder(layout).port(port).host(host).timeout(timeout).maxRows(maxRows)
                    .authFile(authFile).serviceAllow(serviceAllow).web(WebConfig.withBase(base).withQueries(root.resolve("queries"))).build().start();
            spec.commandLine().getOut().print(server.describe());
            spec.commandLine().getOut().flush();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "techshift-shutdown"));
            server.join();
            return 0;
        } catch (RuntimeException e) {
            spec.commandLine().getErr().println("kg serve: " + e.getMessage());
            return 1;
        }
    }
}
