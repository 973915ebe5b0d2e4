package dev.techshift.server.web;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.XSD;

/**
 * Renders one RDF term as HTML: our IRIs as links to their pages with their label, other
 * http(s) IRIs as outside links, literals as escaped text with their language.
 * <pre>
 *   Values.term(h, st, iris, node);
 *   // &lt;a href="/page/org/ibm"&gt;IBM&lt;/a&gt;
 * </pre>
 */
final class Values {

    private Values() {}

    static void term(Html h, Store st, Iris iris, Node n) {
        if (n.isURI()) {
            if (iris.isOurs(n)) {
                h.link(iris.pageHref(n), st.displayLabel(n));
            } else {
                // Without a label, a vocabulary term shows as its prefixed name (org:OrganizationalUnit).
                h.link(n.getURI(), st.label(n).equals(Iris.lastSegment(n))
                        ? dev.techshift.vocab.Prefixes.mapping().shortForm(n.getURI()) : st.label(n),
                        "rel", "noopener nofollow");
            }
        } else if (n.isLiteral()) {
            h.text(n.getLiteralLexicalForm());
            String lang = n.getLiteralLanguage();
            if (lang != null && !lang.isEmpty()) {
                h.el("small", lang, "class", "lang");
            } else if (!n.getLiteralDatatypeURI().equals(XSD.xstring.getURI())) {
                h.el("small", Iris.lastSegment(NodeFactory.createURI(n.getLiteralDatatypeURI())), "class", "dt");
            }
        } else {
            h.text(n.toString());
        }
    }

    /** A substring counted in Unicode code points, as the Web Annotation selectors count. */
    static String cpSub(String s, int begin, int end) {
        return s.substring(s.offsetByCodePoints(0, begin), s.offsetByCodePoints(0, end));
    }

    /** The number of code points of a string. */
    static int cpLen(String s) {
        return s.codePointCount(0, s.length());
    }

    /** An integer literal's value, or -1. */
    static int intValue(Node n) {
        try {
            return n != null && n.isLiteral() ? Integer.parseInt(n.getLiteralLexicalForm().trim()) : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
