package dev.techshift.server.web;

import dev.techshift.vocab.TS;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.util.NodeCmp;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;

/**
 * The page of one article: its metadata and whole text with every extracted span marked —
 * evidence spans in {@code <mark id="ev-…">}, mentions linked to their entity, sentence anchors.
 * <pre>
 *   String html = ArticlePage.render(st, iris, cfg, article);   // article has ts:text
 * </pre>
 */
final class ArticlePage {

    /** A span of the text in code points: an evidence, a mention or a sentence start. */
    private record Span(int begin, int end, String kind, String id, Node target) {}

    private ArticlePage() {}

    /** Whether the node is an article with its text. */
    static boolean isArticle(Store st, Node n) {
        return st.hasType(n, SchemaDO.NewsArticle.asNode()) && st.string(n, TS.text.asNode()).isPresent();
    }

    static String render(Store st, Iris iris, WebConfig cfg, Node article) {
        String title = st.label(article);
        String text = st.string(article, TS.text.asNode()).orElse("");
        Html h = new Html();
        h.el("h1", title).el("p", article.getURI(), "class", "iri");
        h.open("dl", "class", "props");
        for (Node p : new Node[] {DCTerms.publisher.asNode(), DCTerms.issued.asNode(),
                DCTerms.language.asNode(), SchemaDO.url.asNode()}) {
            for (Node o : st.objects(article, p)) {
                h.el("dt", st.label(p)).open("dd");
                Values.term(h, st, iris, o);
                h.close("dd");
            }
        }
        h.close("dl");
        facts(h, st, iris, article);
        h.open("p", "class", "links").link(iris.dataHref(article, ".ttl"), "turtle").text(" · ")
         .link(cfg.sparqlUiUrl() + EntityPage.enc("DESCRIBE <" + article.getURI() + ">"), "open in SPARQL UI")
         .close("p");
        List<Span> spans = spans(st, iris, article, Values.cpLen(text));
        h.el("h2", "Text").open("div", "class", "article-text", "lang", textLanguage(st, article));
        text(h, st, iris, text, spans);
        h.close("div");
        return Layout.page(title, h, false);
    }

    /**
     * The language tag of the whole text for the browser (fonts, line breaking): the article's
     * only dcterms:language, or "mul" when it has several, "und" when none.
     */
    static String textLanguage(Store st, Node article) {
        List<Node> langs = st.objects(article, DCTerms.language.asNode());
        if (langs.size() > 1) {
            return "mul";
        }
        return langs.stream().filter(Node::isLiteral).map(Node::getLiteralLexicalForm)
                .filter(l -> l.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*")).findFirst().orElse("und");
    }

    /** The facts this article gives evidence for, each linked to its page. */
    private static void facts(Html h, Store st, Iris iris, Node article) {
        TreeSet<Node> facts = new TreeSet<>(NodeCmp::compareRDFTerms);
        for (Node ev : st.subjects(OA.hasSource.asNode(), article)) {
            for (Node stmt : st.subjects(TS.evidence.asNode(), ev)) {
                st.objects(stmt, RDF.subject.asNode()).forEach(facts::add);
            }
        }
        if (facts.isEmpty()) {
            return;
        }
        h.el("h2", "Facts from this article").open("ul", "class", "facts");
        for (Node f : facts) {
            h.open("li").link(iris.pageHref(f), st.displayLabel(f)).close("li");
        }
        h.close("ul");
    }

    private static List<Span> spans(Store st, Iris iris, Node article, int len) {
        List<Span> out = new ArrayList<>();
        for (Node ev : st.subjects(OA.hasSource.asNode(), article)) {
            for (Node sel : st.objects(ev, OA.hasSelector.asNode())) {
                int b = Values.intValue(st.object(sel, OA.start.asNode()).orElse(null));
                int e = Values.intValue(st.object(sel, OA.end.asNode()).orElse(null));
                if (b >= 0 && b <= e && e <= len) {
                    out.add(new Span(b, e, "ev", "ev-" + Iris.lastSegment(ev), ev));
                }
            }
        }
        for (Node s : st.subjects(DCTerms.isPartOf.asNode(), article)) {
            int sb = Values.intValue(st.object(s, OA.start.asNode()).orElse(null));
            if (sb >= 0 && sb <= len) {
                out.add(new Span(sb, sb, "s", "s-" + Iris.lastSegment(s), s));
            }
            for (Node m : st.subjects(TS.sentence.asNode(), s)) {
                if (!st.hasType(m, TS.Mention.asNode())) {
                    continue;
                }
                int b = Values.intValue(st.object(m, OA.start.asNode()).orElse(null));
                int e = Values.intValue(st.object(m, OA.end.asNode()).orElse(null));
                Optional<Node> ref = st.object(m, TS.refersTo.asNode());
                if (b >= 0 && b <= e && e <= len) {
                    out.add(new Span(b, e, "m", null, ref.orElse(null)));
                }
            }
        }
        return out;
    }

    /** Cuts the text at every span boundary and wraps each piece in what covers it. */
    private static void text(Html h, Store st, Iris iris, String text, List<Span> spans) {
        int len = Values.cpLen(text);
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, len));
        spans.forEach(s -> {
            cuts.add(s.begin());
            cuts.add(s.end());
        });
        List<Integer> points = new ArrayList<>(cuts);
        for (int i = 0; i < points.size(); i++) {
            int a = points.get(i);
            spans.stream().filter(s -> s.begin() == a && s.id() != null)
                 .map(Span::id).distinct().sorted().forEach(id -> h.open("span", "id", id, "class", "anchor").close("span"));
            if (i + 1 == points.size()) {
                break;
            }
            int b = points.get(i + 1);
            List<Span> cover = spans.stream().filter(s -> s.begin() <= a && s.end() >= b && s.begin() < s.end()).toList();
            long evs = cover.stream().filter(s -> s.kind().equals("ev")).count();
            Optional<Span> mention = cover.stream().filter(s -> s.kind().equals("m")).findFirst();
            String piece = Values.cpSub(text, a, b);
            if (evs > 0) {
                h.open("mark", "class", "ev", "title", evs + " extracted fact value(s)");
            }
            Optional<String> href = mention.map(Span::target).flatMap(iris::pageHref);
            if (href.isPresent()) {
                h.link(href.get(), piece, "class", "mention", "title", st.label(mention.get().target()));
            } else if (mention.isPresent()) {
                h.el("span", piece, "class", "mention");
            } else {
                h.text(piece);
            }
            if (evs > 0) {
                h.close("mark");
            }
        }
    }
}
