package dev.techshift.server.web;

/**
 * The frame every HTML page shares: head with local stylesheet and scripts, a header with the
 * search box, and the body given by the page.
 * <pre>
 *   String html = Layout.page("IBM", body, true);
 *   // a full HTML document; the graph script is included when asked for
 * </pre>
 */
public final class Layout {

    private Layout() {}

    /** A complete page; {@code title} is escaped, {@code body} must have been built with {@link Html}. */
    public static String page(String title, Html body, boolean withGraph) {
        Html h = new Html();
        h.raw("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
         .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
         .el("title", title + " · techshift")
         .raw("<link rel=\"stylesheet\" href=\"/assets/kg.css\">");
        if (withGraph) {
            h.raw("<script src=\"/assets/cytoscape.min.js\" defer></script>")
             .raw("<script src=\"/assets/graph.js\" defer></script>");
        }
        h.raw("</head><body><header><a class=\"home\" href=\"/\">techshift</a>")
         .raw("<form class=\"search\" action=\"/search\" method=\"get\" role=\"search\">")
         .raw("<input type=\"search\" name=\"q\" placeholder=\"Search organisations, people, sentences\" aria-label=\"Search\">")
         .raw("<button type=\"submit\">Search</button></form>")
         .raw("<nav><a href=\"/list/organisations\">Organisations</a> <a href=\"/list/articles\">Articles</a></nav>")
         .raw("</header><main>")
         .add(body)
         .raw("</main></body></html>\n");
        return h.toString();
    }
}
