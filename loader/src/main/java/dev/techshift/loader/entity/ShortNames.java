package dev.techshift.loader.entity;

import dev.techshift.loader.article.Article;
import dev.techshift.loader.article.Sentence;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Short forms of Latin-script names found whole elsewhere in the same article, read as the same unlinked entity:
 * a company by the first word of its name ("Globex Dynamics" ... "Globex raised"), a person by the last
 * ("Maria Lindqvist" ... "Lindqvist said"). Only names the registry does not know, only a capitalised whole word
 * not already part of a mention, and never a word two different names would share.
 * <pre>
 *   List&lt;Mention&gt; all = ShortNames.add(article, mentions, stopWords);
 * </pre>
 */
final class ShortNames {

    private static final Pattern LATIN_WORD = Pattern.compile("\\p{Lu}[\\p{IsLatin}'’-]*\\p{IsLatin}");

    private ShortNames() {}

    /** The mentions with the article's short forms added, in text order. */
    static List<Mention> add(Article a, List<Mention> mentions, Set<String> stopWords) {
        Map<String, EntityRef> shortForm = new LinkedHashMap<>();
        Map<String, Boolean> ambiguous = new LinkedHashMap<>();
        for (Mention m : mentions) {
            EntityRef e = m.entity();
            if (e.linked() || (e.kind() != EntityKind.ORG && e.kind() != EntityKind.PERSON)) {
                continue;
            }
            String[] words = m.surface().trim().split(" ");
            if (words.length < 2) {
                continue;
            }
            String w = e.kind() == EntityKind.ORG ? words[0] : words[words.length - 1];
            if (w.length() < 3 || !LATIN_WORD.matcher(w).matches() || stopWords.contains(w)
                    || w.chars().filter(Character::isUpperCase).count() == w.length()) {
                continue;
            }
            EntityRef seen = shortForm.putIfAbsent(w, e);
            if (seen != null && !seen.iri().equals(e.iri())) {
                ambiguous.put(w, true);
            }
        }
        ambiguous.keySet().forEach(shortForm::remove);
        if (shortForm.isEmpty()) {
            return mentions;
        }
        BitSet taken = new BitSet();
        mentions.forEach(m -> taken.set(m.begin(), m.end()));
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) {
            // a one-word unlinked organisation found on its own ("Globex said it…") that is the short form of a
            // longer name of the article ("Globex Dynamics") is that organisation
            EntityRef whole = shortForm.get(m.surface());
            boolean shortOrg = whole != null && whole.kind() == EntityKind.ORG && !m.entity().linked()
                    && m.entity().kind() == EntityKind.ORG && !whole.iri().equals(m.entity().iri());
            out.add(shortOrg ? m.as(whole) : m);
        }
        Pattern p = Pattern.compile("(?<![\\p{L}\\p{Nd}])(?:" + String.join("|", shortForm.keySet().stream().map(Pattern::quote).toList())
                + ")(?![\\p{L}\\p{Nd}]|-\\p{L})");
        for (Sentence s : a.sentences()) {
            if (s.boilerplate() || s.language().startsWith("zh") && s.text().codePoints().noneMatch(c -> c < 128 && Character.isLetter(c))) {
                continue;
            }
            Matcher m = p.matcher(s.text());
            while (m.find()) {
                int b = s.begin() + s.text().codePointCount(0, m.start());
                int e = b + s.text().codePointCount(m.start(), m.end());
                if (taken.get(b, e).isEmpty()) {
                    taken.set(b, e);
                    out.add(new Mention(b, e, s.index(), m.group(), shortForm.get(m.group())));
                }
            }
        }
        out.sort(Comparator.comparingInt(Mention::begin));
        return out;
    }
}
