package dev.techshift.loader.values;

import dev.techshift.loader.values.Quantity.Qualifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds lexicon words next to a position in a text, for {@link QuantityParser}: the longest word
 * starting or ending there, an English unit noun a few words on, a noun after a counter.
 * Latin words match case-insensitively and only as whole words; Chinese ones match as written.
 * <pre>
 *   WordMatch.Hit&lt;String&gt; unit = WordMatch.after("1800人被裁员", 4, Map.of("人", "person"));
 *   unit.value();   // "person"
 * </pre>
 */
final class WordMatch {

    /** A word matched at [begin, end) in UTF-16 units, with what the lexicon says it means. */
    record Hit<T>(int begin, int end, T value) {}

    private WordMatch() {}

    /** The longest lexicon word starting at {@code at} (after optional spaces). */
    static <T> Hit<T> after(String text, int at, Map<String, T> words) {
        int b = at;
        while (b < text.length() && isSpace(text.charAt(b))) {
            b++;
        }
        Hit<T> best = null;
        for (Map.Entry<String, T> w : words.entrySet()) {
            String k = w.getKey();
            if (text.regionMatches(isLatin(k), b, k, 0, k.length()) && (best == null || k.length() > best.end() - b)) {
                boolean latin = isLatin(k);
                int end = b + k.length();
                if (latin && Character.isLetter(k.charAt(k.length() - 1)) && end < text.length()
                        && isLatinAlnum(text.charAt(end))) {
                    continue;
                }
                if (latin && Character.isLetter(k.charAt(0)) && b == at && b > 0 && isLatinAlnum(text.charAt(b - 1))
                        && !Character.isDigit(text.charAt(b - 1))) {
                    continue;
                }
                best = new Hit<>(b, end, w.getValue());
            }
        }
        return best;
    }

    static Hit<Qualifier> afterExact(String text, int at, List<String> words) {
        for (String w : words) {
            if (text.startsWith(w, at)) {
                return new Hit<>(at, at + w.length(), Qualifier.AT_LEAST);
            }
        }
        return null;
    }

    /** The longest lexicon word ending at {@code at}. */
    static <T> Hit<T> before(String text, int at, Map<String, T> words) {
        Hit<T> best = null;
        for (Map.Entry<String, T> w : words.entrySet()) {
            String k = w.getKey();
            int b = at - k.length();
            if (b >= 0 && text.regionMatches(isLatin(k), b, k, 0, k.length()) && (best == null || b < best.begin())) {
                if (isLatin(k) && Character.isLetter(k.charAt(0)) && b > 0 && isLatinAlnum(text.charAt(b - 1))) {
                    continue;
                }
                best = new Hit<>(b, at, w.getValue());
            }
        }
        return best;
    }

    /** An English unit noun among the next three words ("100 academic papers"). */
    static Hit<String> englishUnit(String text, int at, Map<String, String> units, List<String> stopWords) {
        if (at + 1 < text.length() && text.charAt(at) == '-') {
            Hit<String> hyphened = after(text, at + 1, units);
            if (hyphened != null && hyphened.begin() == at + 1) {
                return hyphened;
            }
        }
        int i = at;
        for (int word = 0; word < 4; word++) {
            int b = i;
            while (b < text.length() && text.charAt(b) == ' ') {
                b++;
            }
            if (b == i && word > 0 || b >= text.length() || !Character.isLetter(text.charAt(b)) || isCjk(text.charAt(b))) {
                return null;
            }
            if (word == 0 && b == at && at > 0 && Character.isLetter(text.charAt(at - 1))) {
                return null;
            }
            Hit<String> unit = after(text, b, units);
            if (unit != null) {
                return unit;
            }
            if (word == 0 && b == at && at > 0 && Character.isDigit(text.charAt(at - 1))) {
                // letters glued to the number are its own unit ("3nm chips", "16GB modules"), not a count of the noun after
                return null;
            }
            int e = b;
            while (e < text.length() && (Character.isLetterOrDigit(text.charAt(e)) || "-&'’".indexOf(text.charAt(e)) >= 0)
                    && !isCjk(text.charAt(e))) {
                e++;
            }
            if (stopWords.contains(text.substring(b, e).toLowerCase(java.util.Locale.ROOT))) {
                return null;
            }
            i = e;
        }
        return null;
    }

    static Hit<String> nearestNoun(String text, int at, Map<String, String> nouns) {
        int limit = Math.min(text.length(), at + 12);
        for (int i = at; i < limit; i++) {
            char c = text.charAt(i);
            if ("，,。；;：:、！？!?".indexOf(c) >= 0) {
                return null;
            }
            for (Map.Entry<String, String> w : nouns.entrySet()) {
                if (text.startsWith(w.getKey(), i)) {
                    return new Hit<>(i, i + w.getKey().length(), w.getValue());
                }
            }
        }
        return null;
    }

    static int skipSpaceBack(String text, int b) {
        while (b > 0 && isSpace(text.charAt(b - 1))) {
            b--;
        }
        return b;
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u3000';
    }

    static boolean isLatinAlnum(char c) {
        return c < 0x250 && Character.isLetterOrDigit(c);
    }

    static boolean isLatin(String w) {
        return w.chars().allMatch(c -> c < 0x3000);
    }

    static boolean isCjk(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    static Map<String, String> toMap(List<String> words) {
        return words.stream().collect(Collectors.toMap(w -> w, w -> w, (a, b) -> a));
    }

    static Collection<String> cjkOnly(Collection<String> words) {
        return words.stream().filter(w -> !isLatin(w)).collect(Collectors.toList());
    }

    static Collection<String> latinOnly(Collection<String> words) {
        return words.stream().filter(WordMatch::isLatin).collect(Collectors.toList());
    }

    /** A regex alternation of the words, longest first, quoted; whitespace inside words matches any spaces. */
    static String alternation(Collection<String> words, boolean flexibleSpace) {
        if (words.isEmpty()) {
            return "(?!)";
        }
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(w -> w))
                .map(w -> flexibleSpace ? String.join("\\s+", quoteEach(w.split("\\s+"))) : Pattern.quote(w))
                .collect(Collectors.joining("|"));
    }

    private static List<String> quoteEach(String[] parts) {
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            out.add(Pattern.quote(p));
        }
        return out;
    }
}
