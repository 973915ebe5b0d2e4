package dev.techshift.server.web;

import dev.techshift.vocab.SCHEMA;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;

/**
 * The timeline of an entity: its dated facts in order of their earliest day, fuzzy dates shown
 * as written ("2018 autumn"), unresolved ones with their phrase after the resolved ones; and the
 * founding and dissolution dates the registry holds, marked as from the registry.
 * <pre>
 *   Timeline.render(h, st, iris, ibm, Facts.about(st, ibm));
 * </pre>
 */
final class Timeline {

    private Timeline() {}

    /** One line: its sort key (earliest ISO day, or "~" after all days) and how it is drawn. */
    private record Entry(String key, Consumer<Html> draw) {}

    static void render(Html h, Store st, Iris iris, Node entity, List<Facts.Fact> facts) {
        List<Entry> entries = new ArrayList<>();
        for (Facts.Fact f : facts) {
            f.when().ifPresent(w -> entries.add(new Entry(w.resolved() ? w.earliest().orElse("~") : "~", x -> {
                x.open("li", "class", w.resolved() ? "resolved" : "unresolved");
                x.el("span", w.label(), "class", "when");
                x.text(" ").link(iris.pageHref(f.iri()).map(p -> "#fact-" + Iris.lastSegment(f.iri())), f.family());
                x.close("li");
            })));
        }
        registry(entries, st, entity, SCHEMA.foundingDate.asNode(), "founded", false);
        registry(entries, st, entity, SCHEMA.dissolutionDate.asNode(), "dissolved", true);
        if (entries.isEmpty()) {
            return;
        }
        h.el("h2", "Timeline").open("ol", "class", "timeline");
        entries.stream().sorted(Comparator.comparing(Entry::key)).forEach(e -> e.draw().accept(h));
        h.close("ol");
    }

    private static void registry(List<Entry> entries, Store st, Node entity, Node property, String what, boolean last) {
        st.string(entity, property).ifPresent(d -> {
            String day = Times.day(d, last);
            entries.add(new Entry(day == null ? "~" : day, x -> x.open("li", "class", "registry")
                    .el("span", d, "class", "when").text(" " + what + " ").el("small", "(registry)").close("li")));
        });
    }
}
