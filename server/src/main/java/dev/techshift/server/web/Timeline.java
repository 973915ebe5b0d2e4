package dev.techshift.server.web;

import java.util.List;

/**
 * The timeline of an entity's facts: dated facts in order of their earliest day, fuzzy dates
 * shown as written ("2018 autumn"), unresolved ones with their phrase, undated last.
 * <pre>
 *   Timeline.render(h, st, iris, Facts.about(st, ibm));
 * </pre>
 */
final class Timeline {

    private Timeline() {}

    static void render(Html h, Store st, Iris iris, List<Facts.Fact> facts) {
        List<Facts.Fact> dated = facts.stream().filter(f -> f.when().isPresent()).toList();
        if (dated.isEmpty()) {
            return;
        }
        h.el("h2", "Timeline").open("ol", "class", "timeline");
        for (Facts.Fact f : dated) {
            Times.When w = f.when().get();
            h.open("li", "class", w.resolved() ? "resolved" : "unresolved");
            h.el("span", w.label(), "class", "when");
            h.text(" ").link(iris.pageHref(f.iri()).map(p -> "#fact-" + Iris.lastSegment(f.iri())), f.family());
            h.close("li");
        }
        h.close("ol");
    }
}
