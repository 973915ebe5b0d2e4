package dev.techshift.loader.extract;

import dev.techshift.loader.article.Sentence;
import dev.techshift.loader.entity.EntityKind;
import dev.techshift.loader.entity.EntityRef;
import dev.techshift.loader.entity.Mention;
import dev.techshift.loader.entity.TextFold;
import dev.techshift.loader.values.Quantity;
import dev.techshift.loader.values.TimeValue;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence as rules see it: folded text (Simplified, lower case) where every mention, date and amount is
 * replaced by a token of its type, with a map from the typed text back to article code points.
 * <pre>
 *   TypedSentence t = TypedSentence.of(sentence, mentions, quantities, dates);
 *   t.text();   // "\uE000ORG\uE0010\uE002关闭了...", a role "\uE000ROLE\uE103\uE0011\uE002"
 * </pre>
 */
public final class TypedSentence {

    /**
     * A typed span: its type (ORG, DATE, QTY, ...), article offsets, what was recognised, and the mark of its
     * categories that its token carries ({@link Categories#mark}: a role's founder, chief, ...; "" for most spans).
     */
    public record Span(String type, int begin, int end, String surface, Object value, String mark) {

        Span(String type, int begin, int end, String surface, Object value) {
            this(type, begin, end, surface, value, "");
        }
    }

    /**
     * Words read as other words: "our" in a company speaker's answer read as "its" (article offsets, the words they
     * are read as, folded).
     */
    public record Rewrite(int begin, int end, String text) {}

    private final Sentence sentence;
    private final String text;
    private final int[] startMap;
    private final int[] endMap;
    private final List<Span> spans;

    private TypedSentence(Sentence sentence, String text, int[] startMap, int[] endMap, List<Span> spans) {
        this.sentence = sentence;
        this.text = text;
        this.startMap = startMap;
        this.endMap = endMap;
        this.spans = spans;
    }

    /**
     * Builds the typed view. Dates win over mentions, mentions over amounts, where they overlap.
     *
     * @param mentions   the sentence's mentions, article offsets
     * @param quantities amounts found in the sentence text, offsets relative to the sentence
     * @param dates      dates found in the sentence text, offsets relative to the sentence
     */
    public static TypedSentence of(Sentence s, List<Mention> mentions, List<Quantity> quantities, List<TimeValue> dates) {
        return of(s, mentions, quantities, dates, e -> "");
    }

    /**
     * Builds the typed view, each mention's token carrying the mark of its entity's categories ({@code {ROLE:founder}}).
     *
     * @param marks an entity's category mark ({@link Categories#mark} of the registry's {@code ts:roleCategory} values)
     */
    public static TypedSentence of(Sentence s, List<Mention> mentions, List<Quantity> quantities, List<TimeValue> dates,
                                   Function<EntityRef, String> marks) {
        return of(s, mentions, quantities, dates, marks, List.of());
    }

    /**
     * As above, with words read as other words ({@link Rewrite}): each is written in the typed text as its
     * replacement, every character of it mapped to the words' whole range. A rewrite gives way to any span it overlaps.
     */
    public static TypedSentence of(Sentence s, List<Mention> mentions, List<Quantity> quantities, List<TimeValue> dates,
                                   Function<EntityRef, String> marks, List<Rewrite> rewrites) {
        List<Span> candidates = new ArrayList<>();
        for (TimeValue t : dates) {
            candidates.add(new Span("DATE", s.begin() + t.begin(), s.begin() + t.end(), t.surface(), t));
        }
        for (Mention m : mentions) {
            // "US$22 million": a place written as the mark of a currency is part of the amount, not a place
            if (m.entity().kind() == EntityKind.PLACE && quantities.stream().anyMatch(q -> q.money()
                    && s.begin() + q.begin() <= m.begin() && m.end() <= s.begin() + q.end())) {
                continue;
            }
            candidates.add(new Span(m.entity().placeholder(), m.begin(), m.end(), m.surface(), m, marks.apply(m.entity())));
        }
        for (Quantity q : quantities) {
            String type = q.unit().equals("percent") ? "PCT" : q.money() ? "MONEY" : "QTY";
            candidates.add(new Span(type, s.begin() + q.begin(), s.begin() + q.end(), q.surface(), q));
        }
        // Bits relative to the sentence (or the earliest span): article offsets would make every sentence of a
        // long article allocate and clear a bit set as large as the article up to that sentence.
        int base = s.begin();
        for (Span c : candidates) {
            base = Math.min(base, c.begin());
        }
        BitSet taken = new BitSet();
        List<Span> spans = new ArrayList<>();
        for (Span c : candidates) {
            if (c.end() > c.begin() && taken.get(c.begin() - base, c.end() - base).isEmpty()) {
                taken.set(c.begin() - base, c.end() - base);
                spans.add(c);
            } else if (c.value() instanceof Quantity && !taken.get(c.begin() - base)) {
                // "more than 1,000 China-based staff": keep the amount, give the words after it to the mention.
                int nextTaken = taken.nextSetBit(c.begin() - base);
                int cut = nextTaken < 0 ? -1 : nextTaken + base;
                String head = c.surface().substring(0, c.surface().offsetByCodePoints(0, cut - c.begin())).stripTrailing();
                if (head.codePoints().anyMatch(Character::isDigit) || head.codePoints().anyMatch(ch -> "十百千万萬亿億".indexOf(ch) >= 0)) {
                    int end = c.begin() + head.codePointCount(0, head.length());
                    taken.set(c.begin() - base, end - base);
                    spans.add(new Span(c.type(), c.begin(), end, head, c.value()));
                }
            }
        }
        List<Rewrite> words = new ArrayList<>();
        for (Rewrite r : rewrites) {
            if (r.end() > r.begin() && r.begin() >= base && taken.get(r.begin() - base, r.end() - base).isEmpty()) {
                taken.set(r.begin() - base, r.end() - base);
                words.add(r);
            }
        }
        words.sort(Comparator.comparingInt(Rewrite::begin));
        spans.sort(Comparator.comparingInt(Span::begin));
        int[] folded = TextFold.fold(s.text()).codePoints().toArray();
        StringBuilder sb = new StringBuilder();
        List<int[]> map = new ArrayList<>();
        int next = 0;
        int nextWord = 0;
        for (int i = 0; i < folded.length; ) {
            int abs = s.begin() + i;
            if (nextWord < words.size() && words.get(nextWord).begin() == abs) {
                Rewrite r = words.get(nextWord++);
                for (int k = 0; k < r.text().length(); k++) {
                    map.add(new int[] {r.begin(), r.end()});
                }
                sb.append(r.text());
                i = r.end() - s.begin();
            } else if (next < spans.size() && spans.get(next).begin() == abs) {
                Span sp = spans.get(next);
                String tok = Placeholders.token(sp.type(), sp.mark(), next);
                for (int k = 0; k < tok.length(); k++) {
                    map.add(new int[] {sp.begin(), sp.end()});
                }
                sb.append(tok);
                i = sp.end() - s.begin();
                next++;
            } else {
                int before = sb.length();
                sb.appendCodePoint(folded[i]);
                for (int k = before; k < sb.length(); k++) {
                    map.add(new int[] {abs, abs + 1});
                }
                i++;
            }
        }
        int[] starts = new int[map.size()];
        int[] ends = new int[map.size()];
        for (int i = 0; i < map.size(); i++) {
            starts[i] = map.get(i)[0];
            ends[i] = map.get(i)[1];
        }
        return new TypedSentence(s, sb.toString(), starts, ends, List.copyOf(spans));
    }

    public Sentence sentence() {
        return sentence;
    }

    public String text() {
        return text;
    }

    public List<Span> spans() {
        return spans;
    }

    /** What stands between a parent organisation's token and its own organisation's ("Garmin旗下Tacx"). */
    private static final Pattern PARENT = Pattern.compile("\\s*旗下\\s*");

    /** The article offset where typed index {@code i} begins. */
    public int begin(int i) {
        return i < startMap.length ? startMap[i] : sentence.end();
    }

    /** The article offset where the typed range ending (exclusive) at {@code i} ends. */
    public int end(int i) {
        return i == 0 ? sentence.begin() : endMap[i - 1];
    }

    /**
     * The spans whose tokens lie in the typed range, as values: a place whose token is followed straight by another
     * place's gives way to it, Chinese writing the wider area first ("印度班加罗尔", "美国加州" = Bengaluru, California).
     */
    public List<Span> valueSpansIn(int from, int to) {
        List<Span> out = new ArrayList<>();
        Matcher m = Placeholders.TOKEN.matcher(text).region(from, to);
        int lastEnd = -1;
        while (m.find()) {
            Span s = spans.get(Integer.parseInt(m.group("index")));
            if (!out.isEmpty() && m.start() == lastEnd && s.type().equals("PLACE")
                    && out.get(out.size() - 1).type().equals("PLACE")) {
                out.remove(out.size() - 1);
            }
            // "Wahoo與Garmin旗下Tacx分居前二": the organisation after 旗下 is the one named, its parent only says whose
            if (!out.isEmpty() && lastEnd >= 0 && s.type().equals("ORG") && out.get(out.size() - 1).type().equals("ORG")
                    && PARENT.matcher(text).region(lastEnd, m.start()).matches()) {
                out.remove(out.size() - 1);
            }
            out.add(s);
            lastEnd = m.end();
        }
        return out;
    }

    /** The original sentence text between two article offsets. */
    public String original(int begin, int end) {
        String t = sentence.text();
        int b = t.offsetByCodePoints(0, begin - sentence.begin());
        return t.substring(b, t.offsetByCodePoints(b, end - begin));
    }
}
