package dev.techshift.server.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mod.admin.FMod_Admin;
import org.apache.jena.fuseki.mod.ui.FMod_UI;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * A Fuseki server on a free loopback port over the hand-written TriG fixture, with the web
 * module installed, for the tests.
 * <pre>
 *   FixtureServer s = FixtureServer.start();  …  s.stop();
 * </pre>
 */
public final class FixtureServer {

    public static final String FIXTURE = "/web/fixture.trig";

    private final FusekiServer server;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private FixtureServer(FusekiServer server) {
        this.server = server;
    }

    /** The fixture as an in-memory transactional dataset. */
    public static DatasetGraph fixture() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFParser.source(FixtureServer.class.getResourceAsStream(FIXTURE))
                 .lang(org.apache.jena.riot.Lang.TRIG).parse(dsg);
        return dsg;
    }

    public static FixtureServer start() {
        return start(false);
    }

    /**
     * Starts the server; with the Fuseki UI (admin and UI modules) when asked, which needs
     * the system property FUSEKI_BASE set to a folder it may write.
     */
    public static FixtureServer start(boolean withUi) {
        return start(withUi, withUi
                ? new WebConfig(WebConfig.DEFAULT_BASE, "/kg", "/index.html#/dataset/kg/query?query=")
                : WebConfig.defaults());
    }

    /** Starts the server without the Fuseki UI, with the given page settings. */
    public static FixtureServer start(WebConfig cfg) {
        return start(false, cfg);
    }

    private static FixtureServer start(boolean withUi, WebConfig cfg) {
        DatasetGraph dsg = fixture();
        FusekiServer.Builder b = FusekiServer.create().port(0).loopback(true).add("/kg", dsg);
        if (withUi) {
            b.fusekiModules(FusekiModules.create(FMod_Admin.create(), FMod_UI.create()));
        }
        WebModule.install(b, () -> dsg, cfg);
        FusekiServer s = b.build();
        s.start();
        return new FixtureServer(s);
    }

    public String url(String path) {
        return "http://localhost:" + server.getPort() + path;
    }

    public HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(url(path))).GET();
        if (accept != null) {
            r.header("Accept", accept);
        }
        return http.send(r.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public HttpResponse<byte[]> getBytes(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    public void stop() {
        server.stop();
    }
}
