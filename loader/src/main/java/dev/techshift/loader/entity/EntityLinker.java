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
        return finder == null ? out : ShortNames.add(article, out, finder.nameStartStop());
    }

    /** The mentions of one sentence. */
    public List<Mention> link(Sentence s) {
        List<Mention> out = new ArrayList<>();
        BitSet taken = new BitSet();
        List<AliasIndex.Hit> registry = hits(s.text());
        List<AliasIndex.Hit> found = finder == null ? List.of() : new ArrayList<>(finder.find(s.text(), s.language()));
        for (AliasIndex.Hit u : found) {
            if ((u.entity().kind() == EntityKind.UNIT || finder.overRegistry(u)) && registry.stream().anyMatch(r -> r.begin() == u.begin() && r.end() < u.end())
                    && registry.stream().noneMatch(r -> r.begin() < u.end() && r.end() > u.end())) {
                registry.removeIf(r -> r.begin() >= u.begin() && r.end() <= u.end());
            }
        }
        for (AliasIndex.Hit h : registry) {
            taken.set(h.begin(), h.end());
            out.add(mention(s, h));
        }
        if (finder != null) {
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

    /**
     * Registry matches; an organisation name right after a possessive ("其上海AI实验室", "its Shanghai AI Lab")
     * is a part of the organisation in context, not that organisation, so its words are matched again alone
     * (a place inside it stays a place, and the rules turn "its {PLACE} lab" into the unit located there).
     */
    private List<AliasIndex.Hit> hits(String text) {
        List<AliasIndex.Hit> out = new ArrayList<>();
        for (AliasIndex.Hit h : index.find(text)) {
            if (h.entity().kind() == EntityKind.ORG && finder != null && finder.afterPossessive(text, h.begin())) {
                int b = text.offsetByCodePoints(0, h.begin());
                String inner = text.substring(b, text.offsetByCodePoints(b, h.end() - h.begin()));
                for (AliasIndex.Hit i : index.find(inner, e -> e.kind() != EntityKind.ORG && e.kind() != EntityKind.UNIT)) {
                    out.add(new AliasIndex.Hit(h.begin() + i.begin(), h.begin() + i.end(), i.entity()));
                }
            } else {
                out.add(h);
            }
        }
        return out;
    }

    private static Mention mention(Sentence s, AliasIndex.Hit h) {
        int b = s.text().offsetByCodePoints(0, h.begin());
        int e = s.text().offsetByCodePoints(b, h.end() - h.begin());
        return new Mention(s.begin() + h.begin(), s.begin() + h.end(), s.index(), s.text().substring(b, e), h.entity());
    }
}
