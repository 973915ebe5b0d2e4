package dev.techshift.loader.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.techshift.loader.Pipeline;
import dev.techshift.loader.ProjectPipeline;
import dev.techshift.loader.article.Article;
import dev.techshift.loader.fact.Evidence;
import dev.techshift.loader.fact.FactStatement;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every evidence quote drawn from the seed articles and the dev set begins and ends at a word edge for Latin text:
 * a quote "d developed an open-source ..." (the tail of "and") is a rule matching inside a word.
 */
class QuoteEdgeTest {

    static boolean word(int cp) {
        return Character.isDigit(cp)
                || Character.isLetter(cp) && Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN;
    }

    /** The quotes of the articles in {@code articles} that cut a Latin word. */
    static List<String> cuts(Path articles) throws Exception {
        Pipeline p = ProjectPipeline.get();
        List<String> bad = new ArrayList<>();
        int quotes = 0;
        for (Path f : p.reader().list(articles)) {
            Pipeline.Result r = p.process(f);
            Article a = r.article();
            int[] cps = a.text().codePoints().toArray();
            for (FactStatement s : r.facts().statements()) {
                Evidence e = s.evidence();
                quotes++;
                boolean cutBegin = e.begin() > 0 && e.begin() < cps.length && word(cps[e.begin() - 1]) && word(cps[e.begin()]);
                boolean cutEnd = e.end() > 0 && e.end() < cps.length && word(cps[e.end() - 1]) && word(cps[e.end()]);
                if (cutBegin || cutEnd) {
                    bad.add(a.stem() + " " + e.rule() + " [" + e.begin() + "," + e.end() + ") " + a.slice(e.begin(), e.end()));
                }
            }
        }
        assertTrue(quotes > 0, "no quotes at all under " + articles);
        return bad;
    }

    @Test
    void seedQuotesKeepWordsWhole() throws Exception {
        assertEquals(List.of(), cuts(QualityTest.ROOT.resolve("data/articles")));
    }

    @Test
    void devsetQuotesKeepWordsWhole() throws Exception {
        assertEquals(List.of(), cuts(QualityTest.RESOURCES.resolve("devset/articles")));
    }
}
