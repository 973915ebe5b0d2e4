package dev.techshift.server.web;

import dev.techshift.vocab.TS;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.NodeCmp;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;

/**
 * Read access to the union of a dataset's named graphs, with sorted results and label choice;
 * call it inside a read transaction.
 * <pre>
 *   Store st = new Store(dsg);
 *   String name = st.label(iri);    // prefLabel@en, else rdfs:label, else any label, else local name
 * </pre>
 */
public final class Store {

    private static final Node[] LABEL_PROPS = {
        SKOS.prefLabel.asNode(), RDFS.label.asNode(), DCTerms.title.asNode(), SKOS.altLabel.asNode()
    };

    private static final int UNTITLED_WORDS = 30;

    private final DatasetGraph dsg;
    private final Graph union;

    public Store(DatasetGraph dsg) {
        this.dsg = dsg;
        this.union = dsg.getUnionGraph();
    }

    public DatasetGraph dataset() {
        return dsg;
    }

    /** The union of all named graphs. */
    public Graph union() {
        return union;
    }

    /** Whether the node is the subject of any triple. */
    public boolean exists(Node s) {
        return union.contains(s, Node.ANY, Node.ANY);
    }

    /** All triples with this subject, sorted by predicate then object. */
    public List<Triple> outgoing(Node s) {
        return sorted(union.find(s, Node.ANY, Node.ANY).toList().stream().distinct().toList());
    }

    /** All triples with this object, sorted by subject then predicate. */
    public List<Triple> incoming(Node o) {
        List<Triple> l = new ArrayList<>(union.find(Node.ANY, Node.ANY, o).toList().stream().distinct().toList());
        l.sort(Comparator.comparing(Triple::getSubject, NodeCmp::compareRDFTerms)
                .thenComparing(Triple::getPredicate, NodeCmp::compareRDFTerms));
        return l;
    }

    /** The sorted objects of (s, p). */
    public List<Node> objects(Node s, Node p) {
        TreeSet<Node> set = new TreeSet<>(NodeCmp::compareRDFTerms);
        union.find(s, p, Node.ANY).forEachRemaining(t -> set.add(t.getObject()));
        return new ArrayList<>(set);
    }

    /** The first object of (s, p) in sort order. */
    public Optional<Node> object(Node s, Node p) {
        List<Node> l = objects(s, p);
        return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
    }

    /** The sorted subjects of (?, p, o). */
    public List<Node> subjects(Node p, Node o) {
        TreeSet<Node> set = new TreeSet<>(NodeCmp::compareRDFTerms);
        union.find(Node.ANY, p, o).forEachRemaining(t -> set.add(t.getSubject()));
        return new ArrayList<>(set);
    }

    /** The lexical form of the first object of (s, p), if a literal. */
    public Optional<String> string(Node s, Node p) {
        return object(s, p).filter(Node::isLiteral).map(Node::getLiteralLexicalForm);
    }

    /** Whether s has rdf:type t. */
    public boolean hasType(Node s, Node t) {
        return union.contains(s, RDF.type.asNode(), t);
    }

    /**
     * The best human label of a node: English first, then any language; for an article without a
     * title, its first words ({@link #untitled}); else its local name.
     */
    public String label(Node n) {
        if (n.isLiteral()) {
            return n.getLiteralLexicalForm();
        }
        for (String lang : new String[] {"en", ""}) {
            for (Node p : LABEL_PROPS) {
                for (Node l : objects(n, p)) {
                    if (l.isLiteral() && !l.getLiteralLexicalForm().isBlank()
                            && (lang.isEmpty() || lang.equalsIgnoreCase(l.getLiteralLanguage()))) {
                        return l.getLiteralLexicalForm();
                    }
                }
            }
        }
        if (hasType(n, SchemaDO.NewsArticle.asNode())) {
            Optional<String> text = string(n, TS.text.asNode()).map(String::strip).filter(t -> !t.isEmpty());
            if (text.isPresent()) {
                return untitled(text.get());
            }
        }
        return n.isURI() ? Iris.lastSegment(n) : n.toString();
    }

    /** How an article without a title is named: "Untitled: " and its first words (cut at 30 code points). */
    static String untitled(String text) {
        String first = text.lines().findFirst().orElse("").strip();
        int cut = first.codePointCount(0, first.length()) > UNTITLED_WORDS
                ? first.offsetByCodePoints(0, UNTITLED_WORDS) : -1;
        return "Untitled: " + (cut < 0 ? first : first.substring(0, cut) + "\u2026");
    }

    /**
     * Whether a node is a fact (event or observation): typed {@code ts:Fact}, or carrying a
     * {@code ts:family} without being a {@code ts:ExtractionRule} (a rule names the family it
     * extracts with the same property, but is no fact).
     */
    public boolean isFact(Node n) {
        if (hasType(n, TS.Fact.asNode())) {
            return true;
        }
        return object(n, TS.family.asNode()).isPresent() && !hasType(n, TS.ExtractionRule.asNode());
    }

    /**
     * The label to show for a node in lists and graphs: for a fact, its family and its earliest
     * time as written ("closure · 2018 autumn"), since facts have no name; else {@link #label}.
     */
    public String displayLabel(Node n) {
        Optional<String> family = string(n, TS.family.asNode());
        if (family.isEmpty() || !isFact(n)) {
            return label(n);
        }
        String when = null;
        String earliest = null;
        for (Triple t : outgoing(n)) {
            Node o = t.getObject();
            Optional<String> e = string(o, TS.earliest.asNode()).or(() -> string(o, TS.phrase.asNode()).map(p -> "9999"));
            if (e.isPresent() && (earliest == null || e.get().compareTo(earliest) < 0)) {
                earliest = e.get();
                when = label(o);
            }
        }
        return when == null ? family.get() : family.get() + " · " + when;
    }

    private static List<Triple> sorted(List<Triple> in) {
        List<Triple> l = new ArrayList<>(in);
        l.sort(Comparator.comparing(Triple::getPredicate, NodeCmp::compareRDFTerms)
                .thenComparing(Triple::getObject, NodeCmp::compareRDFTerms));
        return l;
    }
}
