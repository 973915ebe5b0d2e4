package dev.techshift.server.web;

import dev.techshift.vocab.TS;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;

/**
 * The facts (events and observations) an entity takes part in, in time order: found as any
 * node that {@link Store#isFact} and that points to the entity.
 * <pre>
 *   List&lt;Facts.Fact&gt; l = Facts.about(st, ibm);
 *   l.get(0).when();   // the earliest time the fact refers to
 * </pre>
 */
final class Facts {

    /** A fact with its family name and its earliest time value. */
    record Fact(Node iri, String family, Optional<Times.When> when) {}

    private Facts() {}

    /** Whether a node is a fact. */
    static boolean isFact(Store st, Node n) {
        return st.isFact(n);
    }

    /** The facts pointing to the entity, sorted by earliest date (undated last), then IRI. */
    static List<Fact> about(Store st, Node entity) {
        Set<Node> seen = new LinkedHashSet<>();
        for (Triple t : st.incoming(entity)) {
            if (!t.getPredicate().equals(RDF.object.asNode()) && isFact(st, t.getSubject())) {
                seen.add(t.getSubject());
            }
        }
        List<Fact> out = new ArrayList<>();
        for (Node f : seen) {
            out.add(fact(st, f));
        }
        out.sort(Comparator.comparing((Fact f) -> f.when().flatMap(Times.When::earliest).orElse("9999"))
                .thenComparing(f -> f.iri().toString()));
        return out;
    }

    /** One fact with its family and earliest time. */
    static Fact fact(Store st, Node f) {
        String family = st.string(f, TS.family.asNode()).orElseGet(() -> typeName(st, f));
        Optional<Times.When> when = Optional.empty();
        for (Triple t : st.outgoing(f)) {
            Optional<Times.When> w = Times.of(st, t.getObject());
            if (w.isPresent() && (when.isEmpty() || earlier(w.get(), when.get()))) {
                when = w;
            }
        }
        return new Fact(f, family, when);
    }

    /** The label of the most specific-looking type: the first non-ts:Fact type in sort order. */
    static String typeName(Store st, Node n) {
        for (Node t : st.objects(n, RDF.type.asNode())) {
            if (!t.equals(TS.Fact.asNode())) {
                return st.label(t);
            }
        }
        return "fact";
    }

    private static boolean earlier(Times.When a, Times.When b) {
        return a.earliest().orElse("9999").compareTo(b.earliest().orElse("9999")) < 0;
    }
}
