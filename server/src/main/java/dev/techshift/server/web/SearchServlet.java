package dev.techshift.server.web;

import dev.techshift.vocab.TS;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCTerms;

/**
 * Serves {@code /search?q=..}: a list of matching resources with their type, linked to their pages;
 * a sentence hit links to its place in the article.
 * <pre>
 *   GET /search?q=Amazon
 * </pre>
 */
final class SearchServlet extends BaseServlet {

    private static final int LIMIT = 100;

    SearchServlet(Supplier<DatasetGraph> data, WebConfig cfg) {
        super(data, cfg);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String q = req.getParameter("q") == null ? "" : req.getParameter("q").strip();
        Html h = new Html().el("h1", "Search");
        if (q.isEmpty()) {
            h.el("p", "Type a name, an alias in any language, or words of a sentence.");
        } else {
            read(st -> {
                List<Node> hits = new ArrayList<>(Search.find(st, q, LIMIT));
                // Things with a page of their own (entities, articles) before the sentences that name them.
                hits.sort(Comparator.comparing((Node n) -> st.hasType(n, TS.Sentence.asNode())));
                h.el("p", hits.size() + " result(s) for \u201c" + q + "\u201d", "class", "count");
                h.open("ol", "class", "results");
                for (Node n : hits) {
                    h.open("li");
                    if (st.hasType(n, TS.Sentence.asNode())) {
                        for (Node a : st.objects(n, DCTerms.isPartOf.asNode())) {
                            h.link(iris.pageHref(a).map(p -> p + "#s-" + Iris.lastSegment(n)), st.label(a))
                             .text(": ");
                        }
                        h.text(st.string(n, TS.text.asNode()).orElse(""));
                    } else {
                        h.link(iris.pageHref(n), st.label(n)).text(" ")
                         .el("small", ArticlePage.isArticle(st, n) ? "article" : Facts.typeName(st, n));
                    }
                    h.close("li");
                }
                h.close("ol");
                return null;
            });
        }
        sendHtml(resp, HttpServletResponse.SC_OK, Layout.page("Search", h, false));
    }
}
