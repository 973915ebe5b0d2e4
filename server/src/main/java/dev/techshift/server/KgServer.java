package dev.techshift.server;

import dev.techshift.server.safety.AdminGuard;
import dev.techshift.server.safety.AuthFile;
import dev.techshift.server.safety.CappedQueryService;
import dev.techshift.server.safety.ServiceAllowlist;
import dev.techshift.server.store.Generation;
import dev.techshift.server.store.GenerationWatcher;
import dev.techshift.server.store.StoreLayout;
import dev.techshift.server.store.SwitchingDatasetGraph;
import dev.techshift.server.ui.FusekiUiServlet;
import dev.techshift.server.web.WebConfig;
import dev.techshift.server.web.WebModule;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.validation.IRIValidator;
import org.apache.jena.fuseki.validation.LangTagValidator;
import org.apache.jena.fuseki.validation.QueryValidator;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The techshift SPARQL server: embedded Fuseki serving the store's current generation at
 * {@code /kg}, read-only unless a password file is given, with a time limit and a row cap on
 * every query, CORS, full-text search, a SERVICE allowlist, the Fuseki UI at {@code /ui/},
 * and a switch to each new generation a build publishes.
 * <pre>
 *   KgServer s = KgServer.builder(new StoreLayout(Path.of("store"))).port(0).build().start();
 *   try { ... s.port() ... } finally { s.stop(); }
 * </pre>
 * Other parts of the server (HTML pages, exports) add servlets or filters through
 * {@link Builder#customize}; {@code /} and everything outside {@code /kg}, {@code /ui/} and
 * {@code /$/} is theirs.
 */
public final class KgServer implements AutoCloseable {

    /** The dataset path. */
    public static final String DATASET = "/kg";
    /** Sent on federated SERVICE calls. */
    public static final String USER_AGENT = "techshift/0.1 (knowledge graph of the technology industry; Apache Jena)";

    private final FusekiServer fuseki;
    private final SwitchingDatasetGraph dataset;
    private final GenerationWatcher watcher;
    private final Builder settings;

    private KgServer(FusekiServer fuseki, SwitchingDatasetGraph dataset, GenerationWatcher watcher, Builder settings) {
        this.fuseki = fuseki;
        this.dataset = dataset;
        this.watcher = watcher;
        this.settings = settings;
    }

    public static Builder builder(StoreLayout layout) {
        return new Builder(layout);
    }

    public KgServer start() {
        fuseki.start();
        watcher.start();
        return this;
    }

    public int port() {
        return fuseki.getPort();
    }

    /** The SPARQL endpoint URL, e.g. {@code http://127.0.0.1:3030/kg}. */
    public String endpoint() {
        return serverUrl() + DATASET;
    }

    /** The server's root URL, e.g. {@code http://127.0.0.1:3030}. */
    public String serverUrl() {
        String host = settings.host.equals("0.0.0.0") ? "localhost" : settings.host;
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port();
    }

    /** The most solutions a query returns. */
    public long maxRows() {
        return settings.maxRows;
    }

    /** A plain-text description of the endpoints, limits and settings, printed at start. */
    public String describe() {
        String root = serverUrl();
        StringBuilder sb = new StringBuilder();
        sb.append("techshift SPARQL endpoint (store generation ").append(dataset.current().name()).append(")\n");
        sb.append("  SPARQL query  ").append(root).append("/kg/sparql   (also /kg/query and /kg?query=; GET or POST)\n");
        sb.append("  Graph Store   ").append(root).append("/kg?graph=IRI   (read; /kg?default is the union of the named graphs)\n");
        sb.append("  Fuseki UI     ").append(root).append("/ui/#/dataset/kg/query\n");
        if (settings.web != null) {
            sb.append("  Browse        ").append(root).append("/   (search, entity pages /page/..., IRIs /id/... dereference, exports /export/{graphml,gexf,csv,jsonld})\n");
        }
        sb.append("  Limits        ").append(settings.timeout.toMillis()).append(" ms per query, ")
          .append(settings.maxRows).append(" rows per result; SERVICE only to ").append(settings.serviceAllow).append("\n");
        sb.append(settings.authFile == null
                ? "  Read-only     start with --auth-file FILE to enable /kg/update, /kg/data and /kg/upload\n"
                : "  Writable      /kg/update, /kg/data, /kg/upload for the users in " + settings.authFile + " (HTTP Basic)\n");
        return sb.toString();
    }

    /** The dataset behind {@code /kg}; in-process readers use it like any transactional dataset. */
    public SwitchingDatasetGraph dataset() {
        return dataset;
    }

    public FusekiServer fuseki() {
        return fuseki;
    }

    /** Checks the store pointer now instead of waiting for the next poll; true when it switched. */
    public boolean refresh() {
        return watcher.check();
    }

    public void join() {
        fuseki.join();
    }

    public void stop() {
        watcher.close();
        fuseki.stop();
        dataset.close();
    }

    @Override
    public void close() {
        stop();
    }

    /** Settings of a {@link KgServer}; the defaults are the safe ones. */
    public static final class Builder {
        private final StoreLayout layout;
        private int port = 3030;
        private String host = "127.0.0.1";
        private Duration timeout = Duration.ofSeconds(5);
        private long maxRows = 10_000;
        private Path authFile;
        private List<String> serviceAllow = ServiceAllowlist.DEFAULT;
        private Duration pollInterval = Duration.ofSeconds(1);
        private WebConfig web = WebConfig.defaults();
        private final List<BiConsumer<FusekiServer.Builder, DatasetGraph>> customizers = new ArrayList<>();

        private Builder(StoreLayout layout) {
            this.layout = layout;
        }

        /** Port; 0 picks a free one. Default 3030. */
        public Builder port(int port) { this.port = port; return this; }

        /** Interface to bind; default 127.0.0.1 (loopback only), {@code 0.0.0.0} for all. */
        public Builder host(String host) { this.host = host; return this; }

        /** Time limit of every query. Default 5 s. */
        public Builder timeout(Duration timeout) { this.timeout = timeout; return this; }

        /** Most solutions a query returns. Default 10000. */
        public Builder maxRows(long maxRows) { this.maxRows = maxRows; return this; }

        /** Password file ({@code user:password} lines): enables update, upload and admin for those users. */
        public Builder authFile(Path authFile) { this.authFile = authFile; return this; }

        /** Hosts ({@code host} or {@code host:port}) SERVICE may call. Default query.wikidata.org. */
        public Builder serviceAllow(List<String> hosts) { this.serviceAllow = List.copyOf(hosts); return this; }

        /** How often the store pointer is checked for a new generation. Default 1 s. */
        public Builder pollInterval(Duration interval) { this.pollInterval = interval; return this; }

        /**
         * The linked-data pages, search, graph view and exports ({@link WebModule}): their base IRI
         * and links. Default: base http://localhost:3030/, UI links to /ui/. {@code null} serves no pages.
         */
        public Builder web(WebConfig web) { this.web = web; return this; }

        /** The extension point: called with the Fuseki builder after the SPARQL services are set up. */
        public Builder customize(Consumer<FusekiServer.Builder> customizer) {
            customizers.add((b, dsg) -> customizer.accept(b));
            return this;
        }

        /**
         * The extension point for servlets that read the data: also given the served dataset, which
         * always shows the current generation (use it inside transactions, e.g. {@code Txn.executeRead}).
         * <pre>
         *   builder.customize((fuseki, dsg) -&gt; WebModule.install(fuseki, () -&gt; dsg, config));
         * </pre>
         */
        public Builder customize(BiConsumer<FusekiServer.Builder, DatasetGraph> customizer) {
            customizers.add(customizer);
            return this;
        }

        public KgServer build() {
            Path gen = layout.current().orElseThrow(() -> new IllegalStateException(
                    "The store at " + layout.root() + " has no built generation yet; run ./kg build first."));
            ServiceAllowlist allow = new ServiceAllowlist(serviceAllow, USER_AGENT);
            long timeoutMs = timeout.toMillis();
            Consumer<Context> settings = cxt -> {
                cxt.set(ARQ.queryTimeout, Long.toString(timeoutMs));
                allow.applyTo(cxt);
            };
            SwitchingDatasetGraph dsg = new SwitchingDatasetGraph(Generation.open(gen, settings));

            FusekiServer.Builder fb = FusekiServer.create()
                    .port(port).loopback(false)
                    .enableCors(true, null).enablePing(true).enableStats(true)
                    .registerOperation(Operation.Query, org.apache.jena.riot.WebContent.contentTypeSPARQLQuery,
                            new CappedQueryService(maxRows, timeoutMs, allow));
            DataService.Builder ds = DataService.newBuilder(dsg)
                    .addEndpoint(Operation.Query).addEndpoint(Operation.Query, "query").addEndpoint(Operation.Query, "sparql")
                    .addEndpoint(Operation.GSP_R).addEndpoint(Operation.GSP_R, "get");
            Set<String> users = Set.of();
            if (authFile != null) {
                users = new LinkedHashSet<>(AuthFile.users(authFile));
                AuthPolicy writers = Auth.policyAllowSpecific(users);
                fb.passwordFile(authFile.toString()).auth(AuthScheme.BASIC).realm("techshift");
                // Named endpoints only: an auth policy on the unnamed one would make Jetty ask for
                // credentials on every request to /kg, queries included.
                ds.addEndpoint(Operation.Update, "update", writers)
                  .addEndpoint(Operation.GSP_RW, "data", writers).addEndpoint(Operation.Upload, "upload", writers);
            }
            fb.add(DATASET, ds.build());
            fb.addProcessor("/$/server", new ActionServerStatus());
            fb.addServlet("/$/validate/query", new QueryValidator());
            fb.addServlet("/$/validate/iri", new IRIValidator());
            fb.addServlet("/$/validate/langtag", new LangTagValidator());
            fb.addFilter("/$/*", new AdminGuard(users));
            fb.addServlet("/ui/*", new FusekiUiServlet());
            if (web != null) {
                WebModule.install(fb, () -> dsg, web);
            }
            customizers.forEach(c -> c.accept(fb, dsg));
            FusekiServer server = fb.build();
            for (Connector c : server.getJettyServer().getConnectors()) {
                if (c instanceof ServerConnector sc) {
                    sc.setHost(host);
                }
            }
            GenerationWatcher watcher = new GenerationWatcher(layout, dsg, settings, pollInterval);
            return new KgServer(server, dsg, watcher, this);
        }
    }
}
