package dev.techshift.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mod.admin.FMod_Admin;
import org.apache.jena.fuseki.mod.ui.FMod_UI;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pages live beside the Fuseki UI: home at "/", the UI at /index.html, where "open in SPARQL UI" points. */
class WithFusekiUiTest {

    @Test
    void homeAndUiCoexist(@TempDir Path base) throws Exception {
        System.setProperty("FUSEKI_BASE", base.toString());
        DatasetGraph dsg = FixtureServer.fixture();
        FusekiServer.Builder b = FusekiServer.create().port(0).loopback(true)
                .fusekiModules(FusekiModules.create(FMod_Admin.create(), FMod_UI.create())).add("/kg", dsg);
        WebModule.install(b, () -> dsg, new WebConfig(WebConfig.DEFAULT_BASE, "/kg", "/index.html#/dataset/kg/query?query="));
        FusekiServer s = b.build();
        s.start();
        try {
            HttpClient http = HttpClient.newHttpClient();
            String root = "http://localhost:" + s.getPort();
            HttpResponse<String> home = http.send(HttpRequest.newBuilder(URI.create(root + "/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, home.statusCode());
            assertTrue(home.body().contains("action=\"/search\""));
            HttpResponse<String> ui = http.send(HttpRequest.newBuilder(URI.create(root + "/index.html")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, ui.statusCode());
            assertTrue(ui.body().contains("/static/"), "the Fuseki UI's index page");
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(root + "/page/org/acme")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(page.body().contains("href=\"/index.html#/dataset/kg/query?query=DESCRIBE"));
        } finally {
            s.stop();
        }
    }
}
