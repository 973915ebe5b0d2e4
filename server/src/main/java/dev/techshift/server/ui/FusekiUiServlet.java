package dev.techshift.server.ui;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * Serves the Fuseki UI (jena-fuseki-ui's {@code webapp/} on the classpath) under {@code /ui/},
 * leaving {@code /} to the home page. The UI addresses the server relative to its own path
 * ({@code /ui/$/server}, {@code /ui/kg/query}); those requests are answered with a 307 redirect
 * to the real path, which keeps the method and body.
 * <pre>
 *   builder.addServlet("/ui/*", new FusekiUiServlet());
 *   // http://localhost:3030/ui/#/dataset/kg/query
 * </pre>
 */
public final class FusekiUiServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String ROOT = "webapp/";
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8", "ico", "image/x-icon", "svg", "image/svg+xml",
            "woff", "font/woff", "woff2", "font/woff2", "ttf", "font/ttf", "map", "application/json");

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo();
        if (path.isEmpty()) {
            resp.sendRedirect(req.getRequestURI() + "/");
            return;
        }
        String rel = path.substring(1);
        if (rel.isEmpty() || rel.equals("index.html") || rel.equals("favicon.ico") || rel.startsWith("static/")) {
            if (!"GET".equals(req.getMethod()) && !"HEAD".equals(req.getMethod())) {
                resp.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
                return;
            }
            serve(rel.isEmpty() ? "index.html" : rel, resp);
            return;
        }
        String target = req.getContextPath() + "/" + rel + (req.getQueryString() == null ? "" : "?" + req.getQueryString());
        resp.setStatus(307);
        resp.setHeader("Location", target);
    }

    private void serve(String rel, HttpServletResponse resp) throws IOException {
        if (rel.contains("..")) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (InputStream in = FusekiUiServlet.class.getClassLoader().getResourceAsStream(ROOT + rel)) {
            if (in == null) {
                resp.sendError(HttpServletResponse.SC_NOT_FOUND, "No such UI file: " + rel);
                return;
            }
            String ext = rel.substring(rel.lastIndexOf('.') + 1);
            resp.setContentType(TYPES.getOrDefault(ext, "application/octet-stream"));
            resp.setHeader("Cache-Control", rel.startsWith("static/") ? "public, max-age=86400" : "no-cache");
            in.transferTo(resp.getOutputStream());
        }
    }
}
