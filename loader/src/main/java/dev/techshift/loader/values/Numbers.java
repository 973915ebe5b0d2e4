package dev.techshift.loader.values;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads small whole numbers written as digits, Chinese numerals, English words or ordinals
 * ("32", "六", "six", "第四", "首位", "No.1", "third"). Of the ranking words, 居冠 and 龙头 (the leader: "稳居龙头") are first
 * and 居次 / 次席 second; an English superlative alone ("the largest supplier") is first, and so is a verb of leading
 * ("led", "topped").
 * <pre>
 *   Numbers.parse("第四");   // Optional[4]
 *   Numbers.parse("six-year");   // Optional[6]
 * </pre>
 */
public final class Numbers {

    private static final List<String> WORDS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen", "twenty");
    private static final List<String> ORDINALS = List.of("", "first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth");
    /** Verbs of leading a market, the first place ("X led the market with 28%"). */
    private static final List<String> LEADS = List.of("led", "leads", "topped", "tops");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern HAN = Pattern.compile("[零一二两兩三四五六七八九十百]+");
    /** "次", "居次", "次席", "其次": the second place, when no numeral is written. */
    private static final Pattern SECOND = Pattern.compile("[居位]?[其]?次[席位]?");

    private Numbers() {}

    public static Optional<Long> parse(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        Matcher d = DIGITS.matcher(t);
        if (d.find()) {
            return Optional.of(Long.parseLong(d.group()));
        }
        if (t.contains("首") || t.contains("冠") || t.contains("龙头") || t.contains("龍頭")) {
            return Optional.of(1L);
        }
        Matcher h = HAN.matcher(t);
        if (h.find()) {
            return Optional.of(han(h.group()));
        }
        if (SECOND.matcher(t.strip()).matches()) {
            return Optional.of(2L);
        }
        for (String w : t.split("[^a-z]+")) {
            // "the largest supplier of …": a superlative alone is the first place ("second-largest" met "second" first)
            // "X led the market with 28%", "X topped the ranking": leading is the first place too
            if (w.equals("largest") || w.equals("biggest") || LEADS.contains(w)) {
                return Optional.of(1L);
            }
            int i = WORDS.indexOf(w);
            if (i >= 0) {
                return Optional.of((long) i);
            }
            int o = ORDINALS.indexOf(w);
            if (o > 0) {
                return Optional.of((long) o);
            }
        }
        return Optional.empty();
    }

    private static long han(String s) {
        long total = 0;
        long cur = 0;
        for (char c : s.toCharArray()) {
            int v = "零一二三四五六七八九".indexOf(c);
            if (c == '两' || c == '兩') {
                v = 2;
            }
            if (v >= 0) {
                cur = v;
            } else {
                total += (cur == 0 ? 1 : cur) * (c == '十' ? 10 : 100);
                cur = 0;
            }
        }
        return total + cur;
    }
}
