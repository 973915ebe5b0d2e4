package dev.techshift.server.export;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Serves {@code /export/{format}}: the whole graph as GraphML, GEXF, CSV (zip) or JSON-LD.
 * <pre>
 *   GET /export/gexf   -&gt; application/gexf+xml, techshift.gexf
 * </pre>
 */
public final class ExportServlet extends HttpServlet {

    private final transient Supplier<DatasetGraph> data;
    private final String base;

    public ExportServlet(Supplier<DatasetGraph> data, String base) {
        this.data = data;
        this.base = base;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        String name = path.substring(path.lastIndexOf('/') + 1);
        Optional<ExportFormat> fmt = ExportFormat.of(name);
        if (fmt.isEmpty()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND,
                    "There is no export format " + name + "; use graphml, gexf, csv or jsonld.");
            return;
        }
        ExportGraph g = GraphExporter.build(data.get(), base);
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(fmt.get().mediaType());
        resp.setHeader("Content-Disposition", "attachment; filename=\"techshift" + fmt.get().extension() + "\"");
        try (OutputStream out = resp.getOutputStream()) {
            fmt.get().write(g, out);
        }
    }
}
