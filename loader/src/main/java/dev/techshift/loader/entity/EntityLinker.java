package dev.techshift.loader.entity;

import dev.techshift.loader.article.Article;
import dev.techshift.loader.article.Sentence;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the entity mentions of an article: registry aliases first (linked), then unknown names (unlinked)
 * where no registry match is.
 * <pre>
 *   EntityLinker linker = new EntityLinker(AliasIndex.of(registry), finder);
 *   List&lt;Mention&gt; ms = linker.link(article);
 * </pre>
 */
public final class EntityLinker {

    private final AliasIndex index;
    private final UnlinkedFinder finder;

    public EntityLinker(AliasIndex index, UnlinkedFinder finder) {
        this.index = index;
        this.finder = finder;
    }

    /** All mentions of the article in text order, offsets in code points of the article text. */
    public List<Mention> link(Article article) {
        List<Mention> out = new ArrayList<>();
        for (Sentence s : article.sentences()) {
            out.addAll(link(s));
        }
        return out;
    }

    /** The mentions of one sentence. */
    public List<Mention> link(Sentence s) {
        List<Mention> out = new ArrayList<>();
        BitSet taken = new BitSet();
        for (AliasIndex.Hit h : index.find(s.text())) {
            taken.set(h.begin(), h.end());
            out.add(mention(s, h));
        }
        if (finder != null) {
            List<AliasIndex.Hit> found = new ArrayList<>(finder.find(s.text(), s.language()));
            found.sort(Comparator.comparingInt(AliasIndex.Hit::begin).thenComparing(h -> -h.end()));
            for (AliasIndex.Hit h : found) {
                if (taken.get(h.begin(), h.end()).isEmpty()) {
                    taken.set(h.begin(), h.end());
                    out.add(mention(s, h));
                }
            }
        }
        out.sort(Comparator.comparingInt(Mention::begin));
        return out;
    }

    private static Mention mention(Sentence s, AliasIndex.Hit h) {
        int b = s.text().offsetByCodePoints(0, h.begin());
        int e = s.text().offsetByCodePoints(b, h.end() - h.begin());
        return new Mention(s.begin() + h.begin(), s.begin() + h.end(), s.index(), s.text().substring(b, e), h.entity());
    }
}
