package dev.techshift.server.web;

import dev.techshift.server.export.ExportServlet;
import java.util.function.Supplier;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Installs the linked-data side of the server on a Fuseki builder: dereferenceable {@code /id/..}
 * IRIs, HTML pages, RDF descriptions, graph data, search, entry lists, exports and local assets.
 * <pre>
 *   FusekiServer.Builder b = FusekiServer.create().port(3030).add("/kg", dsg);
 *   WebModule.install(b, () -&gt; dsg, WebConfig.defaults());
 * </pre>
 */
public final class WebModule {

    /** The path specs this module serves, in registration order. */
    public static final String[] PATHS = {
        "/id/*", "/data/*", "/page/*", "/graph-data/*", "/search", "/list/*", "/export/*", "/assets/*", "/queries/*", ""
    };

    private WebModule() {}

    /**
     * Registers the servlets. The supplier is asked for the dataset on every request, so the
     * dataset behind the server may be swapped on rebuild.
     */
    public static void install(FusekiServer.Builder b, Supplier<DatasetGraph> data, WebConfig cfg) {
        b.addServlet("/id/*", new IdServlet(data, cfg));
        b.addServlet("/data/*", new DataServlet(data, cfg));
        b.addServlet("/page/*", new PageServlet(data, cfg));
        b.addServlet("/graph-data/*", new GraphDataServlet(data, cfg));
        b.addServlet("/search", new SearchServlet(data, cfg));
        b.addServlet("/list/*", new ListServlet(data, cfg));
        b.addServlet("/export/*", new ExportServlet(data, cfg.base()));
        b.addServlet("/assets/*", new AssetServlet());
        b.addServlet("/queries/*", new QueriesServlet(data, cfg));
        // "" is the servlet spec's exact match for the root "/".
        b.addServlet("", new HomeServlet(data, cfg));
    }
}
