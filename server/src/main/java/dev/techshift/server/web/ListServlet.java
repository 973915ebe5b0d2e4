package dev.techshift.server.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.NodeCmp;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;

/**
 * Serves the entry lists {@code /list/organisations} (organisations and units, registry and
 * unlinked) and {@code /list/articles}, sorted by label.
 * <pre>
 *   GET /list/organisations
 * </pre>
 */
final class ListServlet extends BaseServlet {

    private static final List<Node> ORG_TYPES = List.of(ORG.Organization.asNode(), ORG.FormalOrganization.asNode(),
            ORG.OrganizationalUnit.asNode(), SchemaDO.Organization.asNode(), SchemaDO.Corporation.asNode());

    ListServlet(Supplier<DatasetGraph> data, WebConfig cfg) {
        super(data, cfg);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String which = rest(req, "/list/");
        List<Node> types = switch (which) {
            case "organisations" -> ORG_TYPES;
            case "articles" -> List.of(SchemaDO.NewsArticle.asNode());
            default -> List.of();
        };
        if (types.isEmpty()) {
            notFound(resp, "/list/" + which);
            return;
        }
        String title = which.equals("articles") ? "Articles" : "Organisations";
        Html h = new Html().el("h1", title);
        read(st -> {
            Set<Node> all = new TreeSet<>(NodeCmp::compareRDFTerms);
            types.forEach(t -> all.addAll(st.subjects(RDF.type.asNode(), t)));
            List<Node> sorted = all.stream().filter(iris::isOurs)
                    .sorted(Comparator.comparing(st::label).thenComparing(Node::getURI)).toList();
            h.open("ul", "class", "list");
            sorted.forEach(n -> h.open("li").link(iris.pageHref(n), st.label(n)).text(" ")
                    .el("small", Facts.typeName(st, n)).close("li"));
            h.close("ul");
            return null;
        });
        sendHtml(resp, HttpServletResponse.SC_OK, Layout.page(title, h, false));
    }
}
