package dev.techshift.server.web;

import dev.techshift.vocab.TS;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;

/**
 * Shows one fact: its kind and time, its plain properties, and for each statement about it the
 * evidence that supports it, quote in sentence.
 * <pre>
 *   FactView.render(h, st, iris, Facts.fact(st, f));
 *   FactView.sources(h, st, iris, f);   // only the statements and their evidence
 * </pre>
 */
final class FactView {

    private FactView() {}

    static void render(Html h, Store st, Iris iris, Facts.Fact f) {
        h.open("section", "class", "fact", "id", "fact-" + Iris.lastSegment(f.iri()));
        h.open("h3").link(iris.pageHref(f.iri()), f.family());
        f.when().ifPresent(w -> h.text(" · ").el("span", w.label(), "class", "when"));
        h.close("h3");
        h.open("dl", "class", "props");
        for (Triple t : st.outgoing(f.iri())) {
            Node p = t.getPredicate();
            if (p.equals(RDF.type.asNode()) || p.equals(TS.family.asNode())) {
                continue;
            }
            h.el("dt", st.label(p)).open("dd");
            Values.term(h, st, iris, t.getObject());
            h.close("dd");
        }
        h.close("dl");
        sources(h, st, iris, f.iri());
        h.close("section");
    }

    /** The statements about a node with all their evidence; nothing when there are none. */
    static void sources(Html h, Store st, Iris iris, Node subject) {
        boolean any = false;
        for (Node stmt : st.subjects(RDF.subject.asNode(), subject)) {
            if (!any) {
                h.open("div", "class", "sources").el("h4", "Sources");
                any = true;
            }
            h.open("div", "class", "statement").open("p", "class", "claim");
            st.object(stmt, RDF.predicate.asNode()).ifPresent(p -> h.el("span", st.label(p), "class", "pred"));
            h.text(": ");
            st.object(stmt, RDF.object.asNode()).ifPresent(o -> Values.term(h, st, iris, o));
            h.close("p");
            for (Node ev : st.objects(stmt, TS.evidence.asNode())) {
                EvidenceView.render(h, st, iris, ev);
            }
            h.close("div");
        }
        if (any) {
            h.close("div");
        }
    }
}
