package dev.techshift.server.web;

import dev.techshift.vocab.TS;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * The bounded description of one resource served at {@code /data/..}: its triples across all
 * graphs (following blank nodes), the statements about it with their evidence and selectors, and
 * the labels of the resources it points to.
 * <pre>
 *   Graph g = Description.of(new Store(dsg), iri);
 *   RDFDataMgr.write(out, g, Lang.TURTLE);
 * </pre>
 */
public final class Description {

    private Description() {}

    /** Builds the description; call inside a read transaction. */
    public static Graph of(Store st, Node iri) {
        Graph out = GraphFactory.createDefaultGraph();
        Set<Node> done = new HashSet<>();
        closure(st, iri, out, done);
        for (Node stmt : st.subjects(RDF.subject.asNode(), iri)) {
            closure(st, stmt, out, done);
            for (Node ev : st.objects(stmt, TS.evidence.asNode())) {
                closure(st, ev, out, done);
                for (Node sel : st.objects(ev, OA.hasSelector.asNode())) {
                    closure(st, sel, out, done);
                }
            }
        }
        for (Triple t : st.outgoing(iri)) {
            Node o = t.getObject();
            if (o.isURI() && !done.contains(o)) {
                for (Node p : new Node[] {RDFS.label.asNode(), SKOS.prefLabel.asNode()}) {
                    st.objects(o, p).forEach(l -> out.add(Triple.create(o, p, l)));
                }
            }
        }
        return out;
    }

    /** Adds the triples of a node and, transitively, of the blank nodes it points to. */
    private static void closure(Store st, Node start, Graph out, Set<Node> done) {
        Deque<Node> todo = new ArrayDeque<>();
        todo.push(start);
        while (!todo.isEmpty()) {
            Node n = todo.pop();
            if (!done.add(n)) {
                continue;
            }
            for (Triple t : st.outgoing(n)) {
                out.add(t);
                if (t.getObject().isBlank()) {
                    todo.push(t.getObject());
                }
            }
        }
    }
}
