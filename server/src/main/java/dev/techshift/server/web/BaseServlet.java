package dev.techshift.server.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * What every servlet of the linked-data pages shares: the dataset supplier, the configuration,
 * the path-to-IRI mapping, read transactions and safe HTML responses.
 * <pre>
 *   String rest = rest(req, "/page/");                 // "org/ibm"
 *   Optional&lt;Node&gt; iri = read(st -&gt; resolve(st, rest));
 * </pre>
 */
abstract class BaseServlet extends HttpServlet {

    /** Scripts only from this server, nothing from elsewhere. */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'self'";

    protected final transient Supplier<DatasetGraph> data;
    protected final WebConfig cfg;
    protected final Iris iris;

    BaseServlet(Supplier<DatasetGraph> data, WebConfig cfg) {
        this.data = data;
        this.cfg = cfg;
        this.iris = new Iris(cfg);
    }

    /** The raw (still percent-encoded) request path after the given prefix, e.g. {@code /page/}. */
    static String rest(HttpServletRequest req, String prefix) {
        String uri = req.getRequestURI();
        String path = uri.substring(req.getContextPath().length());
        return path.length() <= prefix.length() ? "" : path.substring(prefix.length());
    }

    /** The IRI for a path rest when some triple has it as subject: raw first, then decoded. */
    Optional<Node> resolve(Store st, String rest) {
        if (rest.isEmpty()) {
            return Optional.empty();
        }
        Node raw = NodeFactory.createURI(iris.iri(rest));
        if (st.exists(raw)) {
            return Optional.of(raw);
        }
        Node decoded = NodeFactory.createURI(iris.decodedIri(rest));
        return st.exists(decoded) ? Optional.of(decoded) : Optional.empty();
    }

    /** Runs a function over the store in a read transaction of the current dataset. */
    <T> T read(Function<Store, T> f) {
        DatasetGraph dsg = data.get();
        return Txn.calculateRead(dsg, () -> f.apply(new Store(dsg)));
    }

    /** Sends a complete HTML document with the safety headers. */
    static void sendHtml(HttpServletResponse resp, int status, String html) throws IOException {
        send(resp, status, "text/html; charset=utf-8", html);
    }

    /** Sends text of a content type with the safety headers. */
    static void send(HttpServletResponse resp, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        resp.setStatus(status);
        resp.setContentType(contentType);
        resp.setHeader("Content-Security-Policy", CSP);
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setContentLength(bytes.length);
        try (OutputStream out = resp.getOutputStream()) {
            out.write(bytes);
        }
    }

    /** The 404 page naming what was asked for. */
    static void notFound(HttpServletResponse resp, String what) throws IOException {
        Html body = new Html().el("h1", "Not found")
                .el("p", "Nothing in the knowledge graph is called " + what + ".")
                .raw("<p><a href=\"/\">Home</a></p>");
        sendHtml(resp, HttpServletResponse.SC_NOT_FOUND, Layout.page("Not found", body, false));
    }

    /** A 303 See Other to a local path. */
    static void seeOther(HttpServletRequest req, HttpServletResponse resp, String path) {
        resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
        resp.setHeader("Location", req.getContextPath() + path);
        resp.setHeader("Vary", "Accept");
    }
}
