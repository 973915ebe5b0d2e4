package dev.techshift.server.web;

import dev.techshift.vocab.TS;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;

/**
 * The neighbourhood of a resource for the graph view: the resources it points to, those that
 * point to it, and through facts the other participants of those facts; encoded as Cytoscape
 * elements JSON.
 * <pre>
 *   Neighbourhood n = Neighbourhood.of(st, iris, ibm, 60);
 *   String json = n.toJson();   // {"nodes":[{"data":{"id":..,"label":..,"type":..,"href":..}}],"edges":[..]}
 * </pre>
 */
final class Neighbourhood {

    /** A node of the view. */
    record GNode(Node iri, String label, String type, String href) {}

    /** A directed, labelled edge of the view. */
    record GEdge(Node source, Node target, String relation) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<Node, GNode> nodes = new LinkedHashMap<>();
    private final Set<GEdge> edges = new LinkedHashSet<>();
    private final Store st;
    private final Iris iris;
    private final int limit;

    private Neighbourhood(Store st, Iris iris, int limit) {
        this.st = st;
        this.iris = iris;
        this.limit = limit;
    }

    /** Builds the neighbourhood of a resource with at most {@code limit} nodes. */
    static Neighbourhood of(Store st, Iris iris, Node center, int limit) {
        Neighbourhood n = new Neighbourhood(st, iris, limit);
        n.add(center);
        List<Node> facts = new ArrayList<>();
        for (Triple t : st.outgoing(center)) {
            n.edge(t);
        }
        for (Triple t : st.incoming(center)) {
            Node p = t.getPredicate();
            if (!p.equals(RDF.subject.asNode()) && !p.equals(RDF.object.asNode()) && !p.equals(TS.refersTo.asNode())) {
                if (n.edge(t) && Facts.isFact(st, t.getSubject())) {
                    facts.add(t.getSubject());
                }
            }
        }
        if (Facts.isFact(st, center)) {
            facts.add(center);
        }
        for (Node f : facts) {
            for (Triple t : st.outgoing(f)) {
                if (Times.of(st, t.getObject()).isEmpty() && !st.hasType(t.getObject(), TS.Quantity.asNode())) {
                    n.edge(t);
                }
            }
        }
        return n;
    }

    /** Adds an edge between our resources (not types); false when left out. */
    private boolean edge(Triple t) {
        Node s = t.getSubject();
        Node o = t.getObject();
        if (t.getPredicate().equals(RDF.type.asNode()) || !iris.isOurs(s) || !iris.isOurs(o)) {
            return false;
        }
        if (!add(s) || !add(o)) {
            return false;
        }
        edges.add(new GEdge(s, o, st.label(t.getPredicate())));
        return true;
    }

    private boolean add(Node n) {
        if (nodes.containsKey(n)) {
            return true;
        }
        if (nodes.size() >= limit) {
            return false;
        }
        String type = Facts.isFact(st, n) ? "fact" : Facts.typeName(st, n);
        nodes.put(n, new GNode(n, st.displayLabel(n), type, iris.pageHref(n).orElse(null)));
        return true;
    }

    List<GNode> nodes() {
        return new ArrayList<>(nodes.values());
    }

    List<GEdge> edges() {
        return new ArrayList<>(edges);
    }

    /** The Cytoscape elements JSON; the first node is the centre. */
    String toJson() {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode ns = root.putArray("nodes");
        boolean first = true;
        for (GNode n : nodes.values()) {
            ObjectNode d = ns.addObject().putObject("data");
            d.put("id", n.iri().getURI());
            d.put("label", n.label());
            d.put("type", n.type());
            d.put("href", n.href());
            d.put("center", first);
            first = false;
        }
        ArrayNode es = root.putArray("edges");
        int i = 0;
        for (GEdge e : edges) {
            ObjectNode d = es.addObject().putObject("data");
            d.put("id", "e" + i++);
            d.put("source", e.source().getURI());
            d.put("target", e.target().getURI());
            d.put("label", e.relation());
        }
        return root.toString();
    }
}
