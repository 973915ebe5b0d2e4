package dev.techshift.loader.article;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tells English, Simplified and Traditional Chinese apart in a sentence or a line.
 * Latin letters against Han characters decide English or Chinese; opencc4j decides the script:
 * text whose conversion to Simplified changes characters is Traditional.
 * <pre>
 *   LanguageDetector.detect("雲計算領導者亞馬遜");   // Optional[zh-Hant]
 *   LanguageDetector.detect("2025-07-23");            // Optional.empty: no letters to judge by
 * </pre>
 */
public final class LanguageDetector {

    public static final String ENGLISH = "en";
    public static final String SIMPLIFIED = "zh-Hans";
    public static final String TRADITIONAL = "zh-Hant";

    /** A Han character weighs as much as this many Latin letters (a word of English is ~5 letters, ~2 Han). */
    private static final int HAN_WEIGHT = 2;

    /** Punctuation only Chinese writing uses (full-width stops, commas, brackets, quotes). */
    private static final String CHINESE_PUNCTUATION = "。，、；：！？（）「」『』《》【】";

    /** The Han characters a sentence heavy with Latin letters needs, with Chinese punctuation, to count as Chinese. */
    private static final int MIN_HAN = 3;

    private static final Map<Integer, Boolean> TRADITIONAL_ONLY = new ConcurrentHashMap<>();

    private LanguageDetector() {}

    /** The language of a piece of text, or empty when it has neither Latin letters nor Han characters. */
    public static Optional<String> detect(CharSequence text) {
        int latin = 0;
        int han = 0;
        int fullWidth = 0;
        boolean traditional = false;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (script == Character.UnicodeScript.HAN) {
                han++;
                traditional = traditional || TRADITIONAL_ONLY.computeIfAbsent(cp, LanguageDetector::convertsToSimplified);
            } else if (script == Character.UnicodeScript.LATIN && Character.isLetter(cp)) {
                latin++;
            } else if (CHINESE_PUNCTUATION.indexOf(cp) >= 0) {
                fullWidth++;
            }
        }
        if (latin == 0 && han == 0) {
            return Optional.empty();
        }
        // "邓某此前是Google的Senior Staff Engineer。": a Chinese sentence heavy with Latin names is still written
        // in Chinese; its full-width punctuation and a few Han words between the names say so
        if (latin > HAN_WEIGHT * han && !(han >= MIN_HAN && fullWidth > 0)) {
            return Optional.of(ENGLISH);
        }
        return Optional.of(traditional ? TRADITIONAL : SIMPLIFIED);
    }

    /**
     * True when converting the Han characters to Simplified Chinese changes any of them. Conversion is
     * asked of opencc4j once per distinct character and remembered: whole-sentence conversion costs
     * ~70 µs a sentence, too slow for a 20 MB article.
     */
    static boolean isTraditional(String han) {
        for (int i = 0; i < han.length(); ) {
            int cp = han.codePointAt(i);
            i += Character.charCount(cp);
            if (TRADITIONAL_ONLY.computeIfAbsent(cp, LanguageDetector::convertsToSimplified)) {
                return true;
            }
        }
        return false;
    }

    private static boolean convertsToSimplified(int cp) {
        String c = new String(Character.toChars(cp));
        return !ZhConverterUtil.toSimple(c).equals(c);
    }
}
