package dev.techshift.server.export;

import dev.techshift.vocab.SCHEMA;
import dev.techshift.vocab.TS;

import dev.techshift.server.web.Iris;
import dev.techshift.server.web.Store;
import dev.techshift.server.web.Times;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/**
 * Turns the dataset (union of its graphs) into a node/edge graph for graph tools: entities of
 * the registry, unlinked entities and facts as nodes; the properties between them as edges; and
 * undirected co-mention edges weighted by the number of sentences that name both entities.
 * <pre>
 *   ExportGraph g = GraphExporter.build(dsg, "http://localhost:3030/");
 *   ExportFormat.GEXF.write(g, out);
 * </pre>
 */
public final class GraphExporter {

    /** The relation of co-mention edges. */
    public static final String CO_MENTION = TS.coMention.getURI();

    private GraphExporter() {}

    /** Builds the export graph inside a read transaction. */
    public static ExportGraph build(DatasetGraph dsg, String base) {
        return Txn.calculateRead(dsg, () -> build(new Store(dsg), dsg, base));
    }

    private static ExportGraph build(Store st, DatasetGraph dsg, String base) {
        Graph union = st.union();
        Set<Node> entities = new TreeSet<>(GraphExporter::cmp);
        Set<Node> facts = new TreeSet<>(GraphExporter::cmp);
        Node registry = NodeFactory.createURI(base + "graph/registry");
        if (dsg.containsGraph(registry)) {
            dsg.getGraph(registry).find(Node.ANY, RDF.type.asNode(), Node.ANY)
               .forEachRemaining(t -> entities.add(t.getSubject()));
        }
        entities.addAll(st.subjects(RDF.type.asNode(), TS.UnlinkedEntity.asNode()));
        union.find(Node.ANY, TS.refersTo.asNode(), Node.ANY).forEachRemaining(t -> entities.add(t.getObject()));
        facts.addAll(st.subjects(RDF.type.asNode(), TS.Fact.asNode()));
        union.find(Node.ANY, TS.family.asNode(), Node.ANY).forEachRemaining(t -> {
            if (st.isFact(t.getSubject())) {
                facts.add(t.getSubject());
            }
        });
        entities.removeAll(facts);
        entities.removeIf(n -> !n.isURI());

        Map<Node, ExportGraph.GNode> nodes = new TreeMap<>(GraphExporter::cmp);
        SortedSet<String> langs = new TreeSet<>();
        for (Node e : entities) {
            nodes.put(e, node(st, e, ExportGraph.Kind.ENTITY, langs));
        }
        for (Node f : facts) {
            nodes.put(f, node(st, f, ExportGraph.Kind.FACT, langs));
        }
        List<ExportGraph.GEdge> edges = new ArrayList<>();
        for (Node s : nodes.keySet()) {
            for (Triple t : st.outgoing(s)) {
                if (!t.getPredicate().equals(RDF.type.asNode()) && nodes.containsKey(t.getObject())) {
                    edges.add(new ExportGraph.GEdge(s.getURI(), t.getObject().getURI(), t.getPredicate().getURI(),
                            st.label(t.getPredicate()), 1, true));
                }
            }
        }
        edges.addAll(coMentions(st, nodes.keySet()));
        edges.sort(Comparator.comparing(ExportGraph.GEdge::source).thenComparing(ExportGraph.GEdge::target)
                .thenComparing(ExportGraph.GEdge::relation));
        return new ExportGraph(List.copyOf(nodes.values()), List.copyOf(edges), langs);
    }

    private static ExportGraph.GNode node(Store st, Node n, ExportGraph.Kind kind, SortedSet<String> langs) {
        SortedMap<String, String> labels = new TreeMap<>();
        for (Node l : st.objects(n, SKOS.prefLabel.asNode())) {
            if (l.isLiteral() && !l.getLiteralLanguage().isEmpty()) {
                labels.putIfAbsent(l.getLiteralLanguage(), l.getLiteralLexicalForm());
            }
        }
        langs.addAll(labels.keySet());
        List<String> types = st.objects(n, RDF.type.asNode()).stream().filter(Node::isURI).map(Node::getURI).toList();
        String type = kind == ExportGraph.Kind.FACT
                ? st.string(n, TS.family.asNode()).orElse(typeName(st, n))
                : typeName(st, n);
        String start = null;
        String end = null;
        if (kind == ExportGraph.Kind.FACT) {
            for (Triple t : st.outgoing(n)) {
                for (Node e : st.objects(t.getObject(), TS.earliest.asNode())) {
                    start = min(start, e.getLiteralLexicalForm());
                }
                for (Node e : st.objects(t.getObject(), TS.latest.asNode())) {
                    end = max(end, e.getLiteralLexicalForm());
                }
            }
        } else {
            // An organisation or unit lives from its founding to its dissolution, as far as the registry knows.
            start = st.string(n, SCHEMA.foundingDate.asNode()).map(d -> Times.day(d, false)).orElse(null);
            end = st.string(n, SCHEMA.dissolutionDate.asNode()).map(d -> Times.day(d, true)).orElse(null);
        }
        return new ExportGraph.GNode(n.getURI(), st.displayLabel(n), kind, type, types, labels, start, end);
    }

    private static String typeName(Store st, Node n) {
        return st.objects(n, RDF.type.asNode()).stream()
                .filter(t -> !t.equals(TS.Fact.asNode()) && !t.equals(TS.UnlinkedEntity.asNode()))
                .findFirst().map(Iris::lastSegment).orElse("Thing");
    }

    /** One undirected edge per pair of entities named in one sentence, weighted by sentences. */
    private static List<ExportGraph.GEdge> coMentions(Store st, Set<Node> nodes) {
        Map<Node, SortedSet<String>> bySentence = new TreeMap<>(GraphExporter::cmp);
        st.union().find(Node.ANY, TS.refersTo.asNode(), Node.ANY).forEachRemaining(t -> {
            if (nodes.contains(t.getObject())) {
                for (Node s : st.objects(t.getSubject(), TS.sentence.asNode())) {
                    bySentence.computeIfAbsent(s, k -> new TreeSet<>()).add(t.getObject().getURI());
                }
            }
        });
        Map<List<String>, Integer> counts = new HashMap<>();
        for (SortedSet<String> names : bySentence.values()) {
            List<String> l = new ArrayList<>(names);
            for (int i = 0; i < l.size(); i++) {
                for (int j = i + 1; j < l.size(); j++) {
                    counts.merge(List.of(l.get(i), l.get(j)), 1, Integer::sum);
                }
            }
        }
        List<ExportGraph.GEdge> out = new ArrayList<>();
        counts.forEach((pair, c) -> out.add(new ExportGraph.GEdge(pair.get(0), pair.get(1), CO_MENTION,
                "coMention", c, false)));
        return out;
    }

    private static int cmp(Node a, Node b) {
        return a.toString().compareTo(b.toString());
    }

    private static String min(String a, String b) {
        return a == null || b.compareTo(a) < 0 ? b : a;
    }

    private static String max(String a, String b) {
        return a == null || b.compareTo(a) > 0 ? b : a;
    }
}
