package dev.techshift.server.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Serves {@code /data/..}: the bounded description of a resource, in the format named by the
 * extension ({@code .ttl .nt .jsonld .rdf}) or else negotiated from Accept (Turtle by default).
 * <pre>
 *   GET /data/org/ibm.ttl                         -&gt; text/turtle
 *   GET /data/org/ibm  Accept: application/ld+json  -&gt; JSON-LD
 * </pre>
 */
final class DataServlet extends BaseServlet {

    DataServlet(Supplier<DatasetGraph> data, WebConfig cfg) {
        super(data, cfg);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = rest(req, "/data/");
        Optional<RdfFormat> byExt = RdfFormat.ofPath(path);
        Optional<Node> iri = Optional.empty();
        RdfFormat fmt = null;
        if (byExt.isPresent()) {
            String stripped = path.substring(0, path.length() - byExt.get().extension().length());
            iri = read(st -> resolve(st, stripped));
            fmt = byExt.get();
        }
        if (iri.isEmpty()) {
            // No extension, or a rest that itself ends like one.
            iri = read(st -> resolve(st, path));
            fmt = RdfFormat.negotiate(req.getHeader("Accept")).orElse(RdfFormat.TURTLE);
        }
        if (iri.isEmpty()) {
            notFound(resp, iris.iri(path));
            return;
        }
        Node subject = iri.get();
        Graph g = read(st -> Description.of(st, subject));
        // Prefixed names in Turtle (and JSON-LD's context) make the description readable by people too.
        g.getPrefixMapping().setNsPrefixes(dev.techshift.vocab.Prefixes.mapping()).setNsPrefix("id", cfg.idBase());
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(fmt.mediaType() + (fmt == RdfFormat.RDFXML ? "" : "; charset=utf-8"));
        resp.setHeader("Vary", "Accept");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        try (OutputStream out = resp.getOutputStream()) {
            RDFWriter.source(g).format(fmt.format()).output(out);
        }
    }
}
