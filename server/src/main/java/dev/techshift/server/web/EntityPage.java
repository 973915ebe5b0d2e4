package dev.techshift.server.web;

import dev.techshift.vocab.TS;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.util.NodeCmp;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * The HTML page of one resource: labels in every language, types, parent and units, outside
 * links (or the nearest linked parent's, said to be the parent's), other properties, the graph view, timeline, market-share chart, facts with their quoted
 * sources, and where it is mentioned.
 * <pre>
 *   String html = EntityPage.render(st, iris, cfg, ibm);
 * </pre>
 */
final class EntityPage {

    /** The properties that link an entity to the same thing elsewhere (Wikidata, DBpedia). */
    private static final List<Node> OUTSIDE = List.of(OWL.sameAs.asNode(), SKOS.exactMatch.asNode());

    private static final Set<Node> SHOWN_APART = Set.of(RDF.type.asNode(), SKOS.prefLabel.asNode(),
            SKOS.altLabel.asNode(), TS.contextualLabel.asNode(), RDFS.label.asNode(), OWL.sameAs.asNode(), SKOS.exactMatch.asNode(),
            ORG.subOrganizationOf.asNode());

    private EntityPage() {}

    static String render(Store st, Iris iris, WebConfig cfg, Node n) {
        String title = st.displayLabel(n);
        Html h = new Html();
        h.el("h1", title).el("p", n.getURI(), "class", "iri");
        links(h, iris, cfg, n);
        labels(h, st, n);
        types(h, st, iris, n);
        structure(h, st, iris, n);
        external(h, st, iris, n);
        properties(h, st, iris, n);
        graph(h, st, iris, n);
        List<Facts.Fact> facts = Facts.about(st, n);
        Timeline.render(h, st, iris, n, facts);
        ShareChart.render(h, st, facts);
        if (!facts.isEmpty()) {
            h.el("h2", "Facts");
            facts.forEach(f -> FactView.render(h, st, iris, f));
        }
        FactView.sources(h, st, iris, n);
        mentions(h, st, iris, n);
        return Layout.page(title, h, true);
    }

    private static void links(Html h, Iris iris, WebConfig cfg, Node n) {
        String describe = "DESCRIBE <" + n.getURI() + ">";
        String select = "SELECT ?g ?p ?o WHERE { GRAPH ?g { <" + n.getURI() + "> ?p ?o } } ORDER BY ?g ?p ?o";
        h.open("p", "class", "links");
        for (RdfFormat f : RdfFormat.values()) {
            h.link(iris.dataHref(n, f.extension()), f.name().toLowerCase(java.util.Locale.ROOT)).text(" ");
        }
        h.text("· ").link(cfg.sparqlUiUrl() + enc(describe), "open in SPARQL UI", "class", "sparql-ui")
         .text(" · ").link(cfg.endpoint() + "?query=" + enc(select), "run SELECT");
        h.close("p");
    }

    private static void labels(Html h, Store st, Node n) {
        h.el("h2", "Labels").open("table", "class", "labels")
         .raw("<tr><th>property</th><th>language</th><th>label</th></tr>");
        for (Node p : new Node[] {SKOS.prefLabel.asNode(), SKOS.altLabel.asNode(), TS.contextualLabel.asNode(), RDFS.label.asNode(),
                DCTerms.title.asNode()}) {
            for (Node l : st.objects(n, p)) {
                if (l.isLiteral()) {
                    String lang = l.getLiteralLanguage();
                    h.open("tr").el("td", st.label(p)).el("td", lang.isEmpty() ? "-" : lang)
                     .open("td", "lang", lang.isEmpty() ? null : lang).text(l.getLiteralLexicalForm()).close("td")
                     .close("tr");
                }
            }
        }
        h.close("table");
    }

    private static void types(Html h, Store st, Iris iris, Node n) {
        List<Node> types = st.objects(n, RDF.type.asNode());
        if (!types.isEmpty()) {
            h.open("p", "class", "types").text("Types: ");
            for (Node t : types) {
                Values.term(h, st, iris, t);
                h.text(" ");
            }
            h.close("p");
        }
    }

    private static void structure(Html h, Store st, Iris iris, Node n) {
        List<Node> parents = st.objects(n, ORG.subOrganizationOf.asNode());
        List<Node> units = st.subjects(ORG.subOrganizationOf.asNode(), n);
        if (!parents.isEmpty()) {
            h.open("p", "class", "parents").text("Part of: ");
            parents.forEach(p -> Values.term(h, st, iris, p));
            h.close("p");
        }
        if (!units.isEmpty()) {
            h.el("h2", "Units").open("ul", "class", "units");
            units.forEach(u -> {
                h.open("li");
                Values.term(h, st, iris, u);
                h.close("li");
            });
            h.close("ul");
        }
    }

    /**
     * The entity's own outside links (owl:sameAs, skos:exactMatch); for an organisation or unit
     * without one, the links of its nearest ancestor that has some, said to be the ancestor's.
     */
    private static void external(Html h, Store st, Iris iris, Node n) {
        List<Node> own = outsideLinks(st, n);
        if (!own.isEmpty()) {
            h.el("h2", "Elsewhere");
            externalList(h, own);
            return;
        }
        Optional<Node> ancestor = linkedAncestor(st, n);
        if (ancestor.isEmpty()) {
            return;
        }
        h.el("h2", "Elsewhere").open("p", "class", "external-note")
         .text("No Wikidata or DBpedia link has been verified for this entity. It is part of ");
        Values.term(h, st, iris, ancestor.get());
        h.text(", which is:").close("p");
        externalList(h, outsideLinks(st, ancestor.get()));
    }

    private static void externalList(Html h, List<Node> links) {
        h.open("ul", "class", "external");
        for (Node s : links) {
            String u = s.getURI();
            String site = u.contains("wikidata.org") ? "Wikidata" : u.contains("dbpedia.org") ? "DBpedia" : "Link";
            h.open("li").text(site + ": ").link(u, u, "rel", "noopener nofollow", "class", "external").close("li");
        }
        h.close("ul");
    }

    private static List<Node> outsideLinks(Store st, Node n) {
        Set<Node> out = new TreeSet<>(NodeCmp::compareRDFTerms);
        for (Node p : OUTSIDE) {
            st.objects(n, p).stream().filter(Node::isURI).forEach(out::add);
        }
        return List.copyOf(out);
    }

    /** The nearest organisation above n (breadth first along org:subOrganizationOf) with an outside link. */
    private static Optional<Node> linkedAncestor(Store st, Node n) {
        Set<Node> seen = new HashSet<>(Set.of(n));
        List<Node> level = List.of(n);
        while (!level.isEmpty()) {
            List<Node> next = new ArrayList<>();
            for (Node c : level) {
                for (Node p : st.objects(c, ORG.subOrganizationOf.asNode())) {
                    if (p.isURI() && seen.add(p)) {
                        if (!outsideLinks(st, p).isEmpty()) {
                            return Optional.of(p);
                        }
                        next.add(p);
                    }
                }
            }
            level = next;
        }
        return Optional.empty();
    }

    private static void properties(Html h, Store st, Iris iris, Node n) {
        List<Triple> rest = st.outgoing(n).stream().filter(t -> !SHOWN_APART.contains(t.getPredicate())).toList();
        if (rest.isEmpty()) {
            return;
        }
        h.el("h2", "Properties").open("table", "class", "props");
        for (Triple t : rest) {
            h.open("tr").el("th", st.label(t.getPredicate())).open("td");
            Values.term(h, st, iris, t.getObject());
            h.close("td").close("tr");
        }
        h.close("table");
    }

    private static void graph(Html h, Store st, Iris iris, Node n) {
        Neighbourhood nb = Neighbourhood.of(st, iris, n, GraphDataServlet.LIMIT);
        h.el("h2", "Neighbourhood");
        h.open("div", "id", "graph", "class", "graph", "data-src", iris.graphDataHref(n).orElse("")).close("div");
        h.open("ul", "class", "neighbours", "id", "neighbours");
        for (Neighbourhood.GNode g : nb.nodes()) {
            if (!g.iri().equals(n)) {
                h.open("li").link(g.href(), g.label(), "data-iri", g.iri().getURI()).text(" ")
                 .el("small", g.type()).close("li");
            }
        }
        h.close("ul");
    }

    private static void mentions(Html h, Store st, Iris iris, Node n) {
        Set<Node> sentences = new TreeSet<>(NodeCmp::compareRDFTerms);
        for (Node m : st.subjects(TS.refersTo.asNode(), n)) {
            sentences.addAll(st.objects(m, TS.sentence.asNode()));
        }
        if (sentences.isEmpty()) {
            return;
        }
        h.el("h2", "Mentioned in").open("ul", "class", "mentions");
        for (Node s : sentences) {
            h.open("li");
            for (Node a : st.objects(s, DCTerms.isPartOf.asNode())) {
                h.link(iris.pageHref(a).map(p -> p + "#s-" + Iris.lastSegment(s)), st.label(a)).text(": ");
            }
            h.text(st.string(s, TS.text.asNode()).orElse("")).close("li");
        }
        h.close("ul");
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
