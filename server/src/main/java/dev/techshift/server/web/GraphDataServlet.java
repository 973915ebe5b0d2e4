package dev.techshift.server.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Serves {@code /graph-data/..}: the neighbourhood of a resource as Cytoscape elements JSON,
 * fed to the graph view of its page.
 * <pre>
 *   GET /graph-data/org/ibm   -&gt;  {"nodes":[…],"edges":[…]}
 * </pre>
 */
final class GraphDataServlet extends BaseServlet {

    /** The most nodes a view shows. */
    static final int LIMIT = 60;

    GraphDataServlet(Supplier<DatasetGraph> data, WebConfig cfg) {
        super(data, cfg);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String rest = rest(req, "/graph-data/");
        Optional<String> json = read(st -> resolve(st, rest).map(n -> Neighbourhood.of(st, iris, n, LIMIT).toJson()));
        if (json.isEmpty()) {
            send(resp, HttpServletResponse.SC_NOT_FOUND, "application/json", "{\"error\":\"not found\"}");
            return;
        }
        send(resp, HttpServletResponse.SC_OK, "application/json; charset=utf-8", json.get());
    }
}
