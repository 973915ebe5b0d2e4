package dev.techshift.server.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.Properties;

/**
 * Serves the few static files of the pages from the classpath: the stylesheet, the graph script
 * and Cytoscape.js from its WebJar, so that no page loads anything from elsewhere.
 * <pre>
 *   GET /assets/cytoscape.min.js   -&gt; from META-INF/resources/webjars/cytoscape/{version}/dist/
 * </pre>
 */
final class AssetServlet extends HttpServlet {

    private static final String OWN = "/dev/techshift/server/web/";
    private final Map<String, String[]> files;

    AssetServlet() {
        String cy = "/META-INF/resources/webjars/cytoscape/" + webjarVersion("cytoscape") + "/dist/cytoscape.min.js";
        files = Map.of(
                "kg.css", new String[] {OWN + "kg.css", "text/css; charset=utf-8"},
                "graph.js", new String[] {OWN + "graph.js", "text/javascript; charset=utf-8"},
                "cytoscape.min.js", new String[] {cy, "text/javascript; charset=utf-8"});
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = BaseServlet.rest(req, "/assets/");
        String[] f = files.get(name);
        InputStream in = f == null ? null : AssetServlet.class.getResourceAsStream(f[0]);
        if (in == null) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "No asset " + name + ".");
            return;
        }
        resp.setContentType(f[1]);
        resp.setHeader("Cache-Control", "public, max-age=3600");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        try (in; OutputStream out = resp.getOutputStream()) {
            in.transferTo(out);
        }
    }

    /** The version of an npm WebJar on the classpath, read from its Maven properties. */
    static String webjarVersion(String artifact) {
        String path = "/META-INF/maven/org.webjars.npm/" + artifact + "/pom.properties";
        try (InputStream in = AssetServlet.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("The WebJar " + artifact + " is not on the classpath (no " + path + ").");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new IllegalStateException("The WebJar " + artifact + " could not be read: " + e.getMessage(), e);
        }
    }
}
