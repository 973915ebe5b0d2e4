package dev.techshift.loader.entity;

import com.fasterxml.jackson.databind.JsonNode;
import dev.techshift.loader.article.Article;
import dev.techshift.loader.article.Sentence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The administrative committee (管委会) of an industrial park or development zone, which Chinese investment releases
 * name in full once ("来源：X产业园管委会", "X经济技术开发区与Y公司举行签约仪式") and then only by the body's noun and a
 * short qualifier ("园区管委会主任郑国栋", "经开区管委会副主任钱敏", "管委会主任林国栋"). The park and its committee are
 * one organisation here: the bare noun names the one park body the article names in full, so that the officials
 * titled by it hold their post there. Configured by {@code unlinked.json} {@code parkBodies}: the last words of a
 * park's name ({@code finals}), the body's noun ({@code body}), the words a full name is followed by where the park
 * acts as a party ({@code partyAfter}), the qualifiers written before the bare noun ({@code qualifiers}) and the
 * nouns of the park's other governing body that name it the same way ({@code otherNouns}: "园区党工委书记X").
 * Only in an article that writes the body's noun, and only when it names exactly one park in full: a full name starts
 * after a character that is no Han character (a line's start, a colon, a comma), so that words before it are no part of it.
 */
final class ParkBodies {
    private final Pattern full;
    private final String body;
    private final List<String> nouns = new ArrayList<>();
    private final List<String> qualifiers = new ArrayList<>();

    private ParkBodies(Pattern full, String body, List<String> nouns, List<String> qualifiers) {
        this.full = full;
        this.body = body;
        this.nouns.addAll(nouns);
        this.qualifiers.addAll(qualifiers);
        this.qualifiers.sort(Comparator.comparingInt(String::length).reversed());
    }

    static ParkBodies of(JsonNode n) {
        if (n.isMissingNode() || n.path("body").asText().isEmpty()) {
            return null;
        }
        List<String> finals = new ArrayList<>();
        n.path("finals").forEach(f -> finals.add(Pattern.quote(TextFold.fold(f.asText()))));
        finals.sort(Comparator.comparingInt(String::length).reversed());
        String body = TextFold.fold(n.path("body").asText());
        List<String> after = new ArrayList<>();
        n.path("partyAfter").forEach(f -> after.add(Pattern.quote(TextFold.fold(f.asText()))));
        List<String> nouns = new ArrayList<>(List.of(body));
        n.path("otherNouns").forEach(f -> nouns.add(TextFold.fold(f.asText())));
        List<String> qualifiers = new ArrayList<>();
        n.path("qualifiers").forEach(f -> qualifiers.add(TextFold.fold(f.asText())));
        Pattern full = Pattern.compile("(?<![\\p{IsHan}])(?<name>\\p{IsHan}{2,10}?(?:" + String.join("|", finals) + "))(?:(?<body>"
                + Pattern.quote(body) + ")|(?=" + String.join("|", after) + "))");
        return new ParkBodies(full, body, nouns, qualifiers);
    }

    /** The article's mentions with the park body's mentions added (mentions inside them give way); unchanged without one. */
    void add(Article article, List<List<Mention>> bySentence, java.util.function.BiFunction<EntityKind, String, String> iri) {
        List<String> folded = new ArrayList<>();
        article.sentences().forEach(s -> folded.add(TextFold.fold(s.text())));
        if (folded.stream().noneMatch(f -> f.contains(body))) {
            return;
        }
        Set<String> parks = new LinkedHashSet<>();
        String label = null;
        for (String f : folded) {
            Matcher m = full.matcher(f);
            while (m.find()) {
                parks.add(m.group("name"));
                if (m.group("body") != null && (label == null || label.length() < m.group().length())) {
                    label = m.group("name") + m.group("body");
                }
            }
        }
        // "航天基地管委会主任孙立" after "西安航天基地管委会": the end of the park's name, written again, is the same park
        Set<String> whole = new LinkedHashSet<>(parks);
        whole.removeIf(p -> parks.stream().anyMatch(o -> o.length() > p.length() && o.endsWith(p)));
        parks.retainAll(whole);
        if (label != null && whole.stream().noneMatch(label::startsWith)) {
            label = null;
        }
        if (parks.size() != 1) {
            return;
        }
        String park = parks.iterator().next();
        Sentence named = null;
        String written = null;
        for (Sentence s : article.sentences()) {
            Matcher m = full.matcher(folded.get(s.index()));
            if (m.find() && m.group("name").equals(park)) {
                named = s;
                written = s.text().substring(s.text().offsetByCodePoints(0, folded.get(s.index()).codePointCount(0, m.start())),
                        s.text().offsetByCodePoints(0, folded.get(s.index()).codePointCount(0, m.end())));
                break;
            }
        }
        if (named == null) {
            return;
        }
        String name = label != null ? label : written;
        EntityRef ref = new EntityRef(iri.apply(EntityKind.ORG, name), EntityKind.ORG, name, false);
        for (Sentence s : article.sentences()) {
            String f = folded.get(s.index());
            List<int[]> spans = new ArrayList<>();
            Matcher m = full.matcher(f);
            while (m.find()) {
                // the end of the park's name written again before the noun ("航天基地管委会主任孙立" after
                // "西安航天基地管委会") is a qualifier like "园区": the loop below takes it, the noun staying in the title
                boolean shortened = m.group("body") != null && !m.group("name").equals(park) && park.endsWith(m.group("name"));
                if (!shortened) {
                    spans.add(new int[] {m.start(), m.end()});
                }
            }
            for (String noun : nouns) {
                for (int i = f.indexOf(noun); i >= 0; i = f.indexOf(noun, i + noun.length())) {
                    int at = i;
                    if (spans.stream().anyMatch(sp -> sp[0] <= at && at < sp[1])) {
                        continue;
                    }
                    // the qualifier before the noun ("园区", "经开区") or the end of the park's own name ("航天基地") is part of it
                    String before = f.substring(0, i);
                    String q = qualifiers.stream().filter(before::endsWith).findFirst().orElse(null);
                    for (int k = Math.min(park.length() - 1, before.length()); k >= 2 && q == null; k--) {
                        if (before.endsWith(park.substring(park.length() - k))) {
                            q = park.substring(park.length() - k);
                        }
                    }
                    // the qualifier names the park, and the noun stays words of the title written after it: "园区管委会副主任X"
                    // holds the post 管委会副主任 at the park, as gold files it; a bare noun names nothing
                    if (q != null) {
                        spans.add(new int[] {at - q.length(), at});
                    }
                }
            }
            if (spans.isEmpty()) {
                continue;
            }
            List<Mention> ms = bySentence.get(s.index());
            boolean added = false;
            for (int[] sp : spans) {
                int b = f.codePointCount(0, sp[0]);
                int e = f.codePointCount(0, sp[1]);
                int ab = s.begin() + b;
                int ae = s.begin() + e;
                // a mention that runs over the span's edge is a name of its own: the span is left as it is
                if (ms.stream().anyMatch(x -> x.begin() < ae && x.end() > ab && (x.begin() < ab || x.end() > ae))) {
                    continue;
                }
                ms.removeIf(x -> x.begin() >= ab && x.end() <= ae);
                String surface = s.text().substring(s.text().offsetByCodePoints(0, b), s.text().offsetByCodePoints(0, e));
                ms.add(new Mention(ab, ae, s.index(), surface, ref));
                added = true;
            }
            if (added) {
                ms.sort(Comparator.comparingInt(Mention::begin));
            }
        }
    }
}
