package dev.techshift.server.web;

import dev.techshift.vocab.TS;

import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.OA;

/**
 * Shows one evidence node: the sentence it comes from with the quoted span in {@code <mark>},
 * and a link to the span in the whole article.
 * <pre>
 *   EvidenceView.render(h, st, iris, evidence);
 *   // &lt;blockquote&gt;… &lt;mark&gt;导致约1800人被裁员&lt;/mark&gt; …&lt;/blockquote&gt;
 * </pre>
 */
final class EvidenceView {

    private EvidenceView() {}

    static void render(Html h, Store st, Iris iris, Node ev) {
        Optional<String> exact = Optional.empty();
        int start = -1;
        int end = -1;
        for (Node sel : st.objects(ev, OA.hasSelector.asNode())) {
            exact = exact.or(() -> st.string(sel, OA.exact.asNode()));
            if (start < 0) {
                start = Values.intValue(st.object(sel, OA.start.asNode()).orElse(null));
                end = Values.intValue(st.object(sel, OA.end.asNode()).orElse(null));
            }
        }
        Optional<Node> sentence = st.object(ev, TS.sentence.asNode());
        Optional<String> stext = sentence.flatMap(s -> st.string(s, TS.text.asNode()));
        int sStart = sentence.map(s -> Values.intValue(st.object(s, OA.start.asNode()).orElse(null))).orElse(-1);
        h.open("blockquote", "class", "evidence");
        if (stext.isPresent()) {
            highlight(h, stext.get(), exact, start < 0 || sStart < 0 ? -1 : start - sStart,
                    end < 0 || sStart < 0 ? -1 : end - sStart);
        } else {
            h.open("mark").text(exact.orElse("")).close("mark");
        }
        h.close("blockquote");
        h.open("p", "class", "source");
        Optional<Node> article = st.object(ev, OA.hasSource.asNode());
        if (article.isPresent()) {
            h.text("Source: ");
            Optional<String> href = iris.pageHref(article.get()).map(p -> p + "#ev-" + Iris.lastSegment(ev));
            h.link(href, st.label(article.get()));
        }
        st.string(ev, TS.surfaceForm.asNode()).ifPresent(s -> h.text(" · as written: ").el("q", s));
        st.object(ev, TS.rule.asNode()).ifPresent(r -> h.text(" · rule ").link(iris.pageHref(r), Iris.lastSegment(r)));
        st.string(ev, TS.confidence.asNode()).ifPresent(c -> h.text(" · confidence " + c));
        h.close("p");
    }

    /**
     * The sentence with the quote marked: at its position when that position holds the quote,
     * else at the first place the quote occurs, else the quote shown after the sentence.
     */
    static void highlight(Html h, String sentence, Optional<String> exact, int relStart, int relEnd) {
        int len = Values.cpLen(sentence);
        boolean posOk = relStart >= 0 && relStart <= relEnd && relEnd <= len
                && (exact.isEmpty() || Values.cpSub(sentence, relStart, relEnd).equals(exact.get()));
        if (!posOk && exact.isPresent()) {
            int i = sentence.indexOf(exact.get());
            if (i >= 0) {
                relStart = sentence.codePointCount(0, i);
                relEnd = relStart + Values.cpLen(exact.get());
                posOk = true;
            }
        }
        if (posOk) {
            h.text(Values.cpSub(sentence, 0, relStart))
             .open("mark").text(Values.cpSub(sentence, relStart, relEnd)).close("mark")
             .text(Values.cpSub(sentence, relEnd, len));
        } else {
            h.text(sentence);
            exact.ifPresent(q -> h.raw(" ").open("mark").text(q).close("mark"));
        }
    }
}
