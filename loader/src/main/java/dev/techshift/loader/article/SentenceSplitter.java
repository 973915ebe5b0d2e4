package dev.techshift.loader.article;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Cuts a text into sentences with code-point offsets. Every line break ends a sentence (so a heading
 * is a sentence of its own); inside a line, Chinese sentences end at 。！？；… and English ones at
 * . ! ? followed by a space and a capital, except after abbreviations, initials (but not a funding round's letter:
 * "Series A.") and inside numbers.
 * Closing quotes and brackets stay with the sentence they close.
 * <pre>
 *   List&lt;Sentence&gt; ss = new SentenceSplitter().split("市场持续承压\nIBM laid off staff. It said so.");
 *   ss.get(2).text();   // "It said so."
 * </pre>
 * Sentences come back with {@code boilerplate=false}; {@link BoilerplateRules} marks them.
 */
public final class SentenceSplitter {

    private static final String RESOURCE = "abbreviations.txt";
    private static final String CLOSERS = "”’」』）)]】》〉\"'";
    private static final String OPENERS = "“‘「『（(【《〈\"'";
    private static final String CJK_TERMINATORS = "。！？；";

    private static final Pattern DOTTED_ACRONYM = Pattern.compile("(?:\\p{L}\\.)+\\p{L}");

    private final Set<String> abbreviations;

    /** A splitter with the English abbreviations shipped with the loader. */
    public SentenceSplitter() {
        this.abbreviations = loadAbbreviations();
    }

    /** The sentences of {@code text}, in order, indexed from 0, not yet marked as boilerplate. */
    public List<Sentence> split(String text) {
        List<int[]> spans = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            splitLine(text, lineStart, lineEnd, spans);
            if (nl < 0) {
                break;
            }
            lineStart = nl + 1;
        }
        return toSentences(text, spans);
    }

    private void splitLine(String text, int start, int end, List<int[]> spans) {
        int segStart = start;
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            int cut = -1;
            if (CJK_TERMINATORS.indexOf(c) >= 0 || c == '…' || c == '!' || c == '?') {
                int j = skipClosers(text, skipTerminators(text, i, end), end);
                if (c != '!' && c != '?' || j == end || !isAsciiAlnum(text.charAt(j))) {
                    cut = j;
                }
            } else if (c == '.') {
                int j = skipClosers(text, skipDots(text, i, end), end);
                if (endsEnglishSentence(text, i, j, end)) {
                    cut = j;
                }
            }
            if (cut > 0) {
                addTrimmed(text, segStart, cut, spans);
                segStart = cut;
                i = cut;
            } else {
                i++;
            }
        }
        addTrimmed(text, segStart, end, spans);
    }

    /** Whether the full stop at {@code dot} (its run of dots and closers ending at {@code after}) ends a sentence. */
    private boolean endsEnglishSentence(String text, int dot, int after, int end) {
        if (after == end) {
            return true;
        }
        int next = text.codePointAt(after);
        boolean single = after == dot + 1 || CLOSERS.indexOf(text.charAt(dot + 1)) >= 0;
        if (single && isAbbreviation(text, dot)) {
            return false;
        }
        if (Character.UnicodeScript.of(next) == Character.UnicodeScript.HAN) {
            return true;
        }
        if (!isSpace(text.charAt(after))) {
            return false;
        }
        int k = after;
        while (k < end && isSpace(text.charAt(k))) {
            k++;
        }
        if (k == end) {
            return true;
        }
        int cp = text.codePointAt(k);
        return Character.isUpperCase(cp) || Character.isDigit(cp) || OPENERS.indexOf(text.charAt(k)) >= 0
                || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    /** True when the word before the dot is a known abbreviation, an initial or a dotted acronym. */
    private boolean isAbbreviation(String text, int dot) {
        int b = dot;
        while (b > 0 && (Character.isLetter(text.charAt(b - 1)) || text.charAt(b - 1) == '.')) {
            b--;
        }
        String word = text.substring(b, dot);
        if (word.isEmpty()) {
            return false;
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            // "we closed a $9 million Series A. Northgate led it": a funding round's letter ends the sentence
            return !text.regionMatches(true, Math.max(0, b - 7), "series ", 0, 7);
        }
        if (DOTTED_ACRONYM.matcher(word).matches()) {
            return true;
        }
        return abbreviations.contains(word);
    }

    private static int skipTerminators(String text, int i, int end) {
        int j = i;
        while (j < end && (CJK_TERMINATORS.indexOf(text.charAt(j)) >= 0 || "!?…".indexOf(text.charAt(j)) >= 0)) {
            j++;
        }
        return j;
    }

    private static int skipDots(String text, int i, int end) {
        int j = i;
        while (j < end && text.charAt(j) == '.') {
            j++;
        }
        return j;
    }

    private static int skipClosers(String text, int j, int end) {
        while (j < end && CLOSERS.indexOf(text.charAt(j)) >= 0) {
            j++;
        }
        return j;
    }

    private static boolean isAsciiAlnum(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }

    private static void addTrimmed(String text, int b, int e, List<int[]> spans) {
        while (b < e && isSpace(text.charAt(b))) {
            b++;
        }
        while (e > b && isSpace(text.charAt(e - 1))) {
            e--;
        }
        if (b < e) {
            spans.add(new int[] {b, e});
        }
    }

    private static List<Sentence> toSentences(String text, List<int[]> spans) {
        List<Optional<String>> langs = new ArrayList<>(spans.size());
        Map<String, Integer> counts = new TreeMap<>();
        for (int[] s : spans) {
            Optional<String> lang = LanguageDetector.detect(text.subSequence(s[0], s[1]));
            langs.add(lang);
            lang.ifPresent(l -> counts.merge(l, 1, Integer::sum));
        }
        String main = LanguageDetector.ENGLISH;
        int most = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > most) {
                main = e.getKey();
                most = e.getValue();
            }
        }
        List<Sentence> out = new ArrayList<>(spans.size());
        int cp = 0;
        int at = 0;
        for (int i = 0; i < spans.size(); i++) {
            int[] s = spans.get(i);
            cp += Character.codePointCount(text, at, s[0]);
            int begin = cp;
            cp += Character.codePointCount(text, s[0], s[1]);
            at = s[1];
            out.add(new Sentence(i, begin, cp, text.substring(s[0], s[1]), langs.get(i).orElse(main), false));
        }
        return List.copyOf(out);
    }

    private static Set<String> loadAbbreviations() {
        Set<String> set = new HashSet<>();
        try (InputStream in = SentenceSplitter.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The loader jar lacks its resource " + RESOURCE + ".");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    set.add(t);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the abbreviation list " + RESOURCE + ".", e);
        }
        return Set.copyOf(set);
    }
}
