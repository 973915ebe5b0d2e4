package dev.techshift.server.web;

import dev.techshift.server.library.QueryFile;
import dev.techshift.server.library.QueryParameter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Serves the query library as examples: {@code /queries} lists every {@code .rq} file of the
 * configured folder with its question in English and Chinese and its parameters, each with a link
 * that opens it in the SPARQL UI (parameters bound to their defaults, header comments kept);
 * {@code /queries/NAME.rq} returns the file as written.
 * <pre>
 *   GET /queries                       -&gt; the list
 *   GET /queries/07_disagreements.rq   -&gt; application/sparql-query
 * </pre>
 * The folder is read on each request, so a query added to {@code queries/} shows at once.
 */
final class QueriesServlet extends BaseServlet {

    QueriesServlet(Supplier<DatasetGraph> data, WebConfig cfg) {
        super(data, cfg);
    }

    /** The library's query files in name order; empty when no folder is configured or it is missing. */
    static List<QueryFile> library(WebConfig cfg) {
        Path dir = cfg.queries();
        if (dir == null || !Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".rq")).sorted().map(QueryFile::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the query library in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The query text to open in the UI: the header comments, then the query with defaults bound. */
    static String uiText(QueryFile qf) {
        StringBuilder sb = new StringBuilder();
        for (String line : qf.text().split("\\R")) {
            if (!line.strip().startsWith("#")) {
                break;
            }
            sb.append(line).append('\n');
        }
        return sb.append(qf.bind(Map.of())).toString();
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String rest = rest(req, "/queries/");
        List<QueryFile> all = library(cfg);
        if (!rest.isEmpty()) {
            for (QueryFile qf : all) {
                if (qf.path().getFileName().toString().equals(rest)) {
                    send(resp, HttpServletResponse.SC_OK, "application/sparql-query; charset=utf-8", qf.text());
                    return;
                }
            }
            notFound(resp, "/queries/" + rest);
            return;
        }
        Html h = new Html().el("h1", "Query library")
                .el("p", "The researchers' questions, each a SPARQL file of queries/ whose answer on the seed "
                        + "articles is tested. Open one in the SPARQL UI (parameters set to their defaults; "
                        + "change them there), or run it with ./kg query FILE --param name=value.");
        if (all.isEmpty()) {
            h.el("p", "No query library is configured on this server.");
        }
        h.open("ol", "class", "library");
        for (QueryFile qf : all) {
            String file = qf.path().getFileName().toString();
            h.open("li", "id", qf.name()).el("h3", qf.title());
            for (String lang : List.of("en", "zh")) {
                String q = qf.question(lang.toUpperCase(java.util.Locale.ROOT));
                if (!q.isEmpty()) {
                    h.el("p", q, "lang", lang);
                }
            }
            if (!qf.parameters().isEmpty()) {
                h.open("ul", "class", "params");
                for (QueryParameter p : qf.parameters()) {
                    h.open("li").el("code", p.name()).text(" = ").el("code", p.defaultValue())
                     .text(p.description().isEmpty() ? "" : "  (" + p.description() + ")").close("li");
                }
                h.close("ul");
            }
            h.open("p").link(cfg.sparqlUiUrl() + EntityPage.enc(uiText(qf)), "Open in the SPARQL UI")
             .text(" · ").link("/queries/" + file, file).close("p").close("li");
        }
        h.close("ol");
        sendHtml(resp, HttpServletResponse.SC_OK, Layout.page("Query library", h, false));
    }
}
