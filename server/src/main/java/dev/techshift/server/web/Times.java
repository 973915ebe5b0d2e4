package dev.techshift.server.web;

import dev.techshift.vocab.TS;

import java.util.Optional;
import org.apache.jena.graph.Node;

/**
 * A time value of the model ({@code ts:TimeSpec}) as shown on pages: its label as written
 * ("2018 autumn", "2025-03"), its earliest day for sorting, and whether it was resolved.
 * <pre>
 *   Optional&lt;Times.When&gt; w = Times.of(st, node);
 *   w.get().label();   // "2018 autumn"
 * </pre>
 */
public final class Times {

    /** A shown time: label, earliest day (ISO, for sorting) when known, resolved or not. */
    record When(Node node, String label, Optional<String> earliest, Optional<String> latest, boolean resolved) {}

    private Times() {}

    /**
     * The first (or last) day of an xsd:gYear, xsd:gYearMonth or xsd:date lexical form, as an ISO date:
     * {@code 2025-07} gives 2025-07-01 (or 2025-07-31); null for anything else.
     */
    public static String day(String lexical, boolean last) {
        String d = lexical.strip();
        if (d.matches("\\d{4}")) {
            return d + (last ? "-12-31" : "-01-01");
        }
        if (d.matches("\\d{4}-\\d{2}")) {
            java.time.YearMonth ym = java.time.YearMonth.parse(d);
            return (last ? ym.atEndOfMonth() : ym.atDay(1)).toString();
        }
        return d.matches("\\d{4}-\\d{2}-\\d{2}.*") ? d.substring(0, 10) : null;
    }

    /** The time a node stands for, if it is a time value. */
    static Optional<When> of(Store st, Node n) {
        if (!n.isURI() && !n.isBlank()) {
            return Optional.empty();
        }
        Optional<String> earliest = st.string(n, TS.earliest.asNode());
        Optional<String> latest = st.string(n, TS.latest.asNode());
        Optional<String> phrase = st.string(n, TS.phrase.asNode());
        boolean unresolved = st.string(n, TS.resolved.asNode()).map("false"::equals).orElse(false);
        if (earliest.isEmpty() && phrase.isEmpty() && !st.hasType(n, TS.TimeSpec.asNode())) {
            return Optional.empty();
        }
        String label = st.label(n);
        if (unresolved && phrase.isPresent() && !label.contains(phrase.get())) {
            label = phrase.get() + " (unresolved)";
        }
        return Optional.of(new When(n, label, earliest, latest, !unresolved && earliest.isPresent()));
    }
}
