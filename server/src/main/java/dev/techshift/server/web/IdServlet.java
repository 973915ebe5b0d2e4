package dev.techshift.server.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Dereferences {@code /id/..}: a 303 to the HTML page for browsers, to the RDF description in the
 * negotiated format for RDF clients, a 404 page when nothing is known about the IRI.
 * <pre>
 *   GET /id/org/ibm  Accept: text/turtle   -&gt;  303 Location: /data/org/ibm.ttl
 *   GET /id/org/ibm  Accept: text/html     -&gt;  303 Location: /page/org/ibm
 * </pre>
 */
final class IdServlet extends BaseServlet {

    IdServlet(Supplier<DatasetGraph> data, WebConfig cfg) {
        super(data, cfg);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String rest = rest(req, "/id/");
        Optional<Node> iri = read(st -> resolve(st, rest));
        if (iri.isEmpty()) {
            notFound(resp, iris.iri(rest));
            return;
        }
        Optional<RdfFormat> fmt = RdfFormat.negotiate(req.getHeader("Accept"));
        String target = fmt.map(f -> "/data/" + rest + f.extension()).orElse("/page/" + rest);
        seeOther(req, resp, target);
    }
}
