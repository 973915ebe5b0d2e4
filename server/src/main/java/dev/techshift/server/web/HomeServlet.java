package dev.techshift.server.web;

import dev.techshift.server.library.QueryFile;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Serves the home page {@code /}: what the knowledge graph is, a search box, entry lists and
 * example queries that open in the SPARQL UI.
 * <pre>
 *   GET /   -&gt; home page
 * </pre>
 */
final class HomeServlet extends BaseServlet {

    /** Example queries: a title and a query, generic over the model, nothing about one article. */
    private static final String[][] EXAMPLES = {
        {"Closures with organisation, unit and date", """
            SELECT ?closure ?org ?unit ?when WHERE {
              ?closure a ts:Closure ; ts:organization ?org .
              OPTIONAL { ?closure ts:unit ?unit }
              OPTIONAL { ?closure ts:date/rdfs:label ?when }
            } ORDER BY ?org"""},
        {"Every fact value with the sentence that says so", """
            SELECT ?fact ?property ?value ?quote ?sentence WHERE {
              ?st rdf:subject ?fact ; rdf:predicate ?property ; rdf:object ?value ; ts:evidence ?ev .
              ?ev oa:hasSelector/oa:exact ?quote ; ts:sentence/ts:text ?sentence .
            } LIMIT 100"""},
        {"Market shares by company, market and period", """
            SELECT ?company ?market ?period ?share WHERE {
              ?o a ts:MarketShareObservation ; ts:company ?company ; ts:share ?share .
              OPTIONAL { ?o ts:market ?market } OPTIONAL { ?o ts:refPeriod ?period }
            } ORDER BY DESC(?share)"""},
    };

    /** The example queries with their PREFIX lines, in the order shown. */
    static List<String> exampleQueries() {
        return Arrays.stream(EXAMPLES).map(e -> query(e[1])).toList();
    }

    /** The example with its PREFIX lines. */
    private static String query(String body) {
        return Prefixes.SPARQL + body.strip();
    }

    HomeServlet(Supplier<DatasetGraph> data, WebConfig cfg) {
        super(data, cfg);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (!path.isEmpty() && !path.equals("/")) {
            notFound(resp, path);
            return;
        }
        Html h = new Html();
        h.el("h1", "techshift")
         .el("p", "A knowledge graph of the technology industry built from news articles: "
                 + "every fact linked to the sentence that states it.")
         .raw("<form class=\"search big\" action=\"/search\" method=\"get\">")
         .raw("<input type=\"search\" name=\"q\" aria-label=\"Search\" placeholder=\"Search\">")
         .raw("<button type=\"submit\">Search</button></form>")
         .el("h2", "Browse")
         .open("ul").open("li").link("/list/organisations", "Organisations").close("li")
         .open("li").link("/list/articles", "Articles").close("li")
         .open("li").link(cfg.endpoint(), "SPARQL endpoint " + cfg.endpoint()).close("li")
         .open("li").link("/export/graphml", "Export: GraphML").text(" · ").link("/export/gexf", "GEXF")
         .text(" · ").link("/export/csv", "CSV (zip)").text(" · ").link("/export/jsonld", "JSON-LD").close("li")
         .close("ul")
         .el("h2", "Example queries");
        List<QueryFile> library = QueriesServlet.library(cfg);
        if (!library.isEmpty()) {
            // The query library of queries/, the same files kg query runs and the tests check.
            h.open("p").link("/queries", "The query library").text(": the researchers' questions with "
                    + "their parameters; each opens in the SPARQL UI.").close("p").open("ul", "class", "examples");
            for (QueryFile qf : library) {
                h.open("li").link(cfg.sparqlUiUrl() + EntityPage.enc(QueriesServlet.uiText(qf)), qf.title()).close("li");
            }
            h.close("ul");
        } else {
            h.open("ul", "class", "examples");
            for (String[] ex : EXAMPLES) {
                h.open("li").link(cfg.sparqlUiUrl() + EntityPage.enc(query(ex[1])), ex[0]).open("pre").text(query(ex[1]))
                 .close("pre").close("li");
            }
            h.close("ul");
        }
        sendHtml(resp, HttpServletResponse.SC_OK, Layout.page("Home", h, false));
    }
}
