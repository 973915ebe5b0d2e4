package dev.techshift.loader.article;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.util.Optional;

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

    private LanguageDetector() {}

    /** The language of a piece of text, or empty when it has neither Latin letters nor Han characters. */
    public static Optional<String> detect(CharSequence text) {
        int latin = 0;
        int han = 0;
        StringBuilder hanText = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (script == Character.UnicodeScript.HAN) {
                han++;
                hanText.appendCodePoint(cp);
            } else if (script == Character.UnicodeScript.LATIN && Character.isLetter(cp)) {
                latin++;
            }
        }
        if (latin == 0 && han == 0) {
            return Optional.empty();
        }
        if (latin > HAN_WEIGHT * han) {
            return Optional.of(ENGLISH);
        }
        return Optional.of(isTraditional(hanText.toString()) ? TRADITIONAL : SIMPLIFIED);
    }

    /** True when converting the Han characters to Simplified Chinese changes any of them. */
    static boolean isTraditional(String han) {
        return !ZhConverterUtil.toSimple(han).equals(han);
    }
}
