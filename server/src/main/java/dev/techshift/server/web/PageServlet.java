package dev.techshift.server.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Serves {@code /page/..}: the HTML page of a resource (an article's page shows its whole text
 * with the extracted spans marked), or a 404 page.
 * <pre>
 *   GET /page/org/ibm                 -&gt; entity page
 *   GET /page/article/000_01d2…       -&gt; article page
 * </pre>
 */
final class PageServlet extends BaseServlet {

    PageServlet(Supplier<DatasetGraph> data, WebConfig cfg) {
        super(data, cfg);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String rest = rest(req, "/page/");
        Optional<String> html = read(st -> resolve(st, rest).map(n -> ArticlePage.isArticle(st, n)
                ? ArticlePage.render(st, iris, cfg, n) : EntityPage.render(st, iris, cfg, n)));
        if (html.isEmpty()) {
            notFound(resp, iris.iri(rest));
            return;
        }
        sendHtml(resp, HttpServletResponse.SC_OK, html.get());
    }
}
