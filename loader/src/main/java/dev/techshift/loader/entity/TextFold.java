package dev.techshift.loader.entity;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.text.Normalizer;

/**
 * Folds text for matching, one code point for one code point, so offsets into the folded text are offsets
 * into the original: Traditional to Simplified Chinese (opencc4j), NFKC where it keeps one code point, lower case.
 * <pre>
 *   String f = TextFold.fold("亞馬遜ＡＷＳ");   // 亚马逊aws
 *   f.codePointCount(0, f.length());          // 5, as the original
 * </pre>
 */
public final class TextFold {

    private TextFold() {}

    /** The folded text, with exactly as many code points as {@code text}. */
    public static String fold(String text) {
        String simple = toSimple(text);
        StringBuilder sb = new StringBuilder(simple.length());
        simple.codePoints().forEach(c -> sb.appendCodePoint(foldCodePoint(c)));
        return sb.toString();
    }

    /** Whether the code point is a Han character. */
    public static boolean isHan(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** Whether the text holds a Han character. */
    public static boolean hasHan(CharSequence text) {
        return text.codePoints().anyMatch(TextFold::isHan);
    }

    private static String toSimple(String text) {
        if (!hasHan(text)) {
            return text;
        }
        String whole = ZhConverterUtil.toSimple(text);
        if (whole.codePointCount(0, whole.length()) == text.codePointCount(0, text.length())) {
            return whole;
        }
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            String one = new String(Character.toChars(c));
            String s = isHan(c) ? ZhConverterUtil.toSimple(one) : one;
            sb.append(s.codePointCount(0, s.length()) == 1 ? s : one);
        });
        return sb.toString();
    }

    private static int foldCodePoint(int c) {
        if (c < 0x80) {
            return Character.toLowerCase(c);
        }
        String s = Normalizer.normalize(new String(Character.toChars(c)), Normalizer.Form.NFKC);
        int n = s.codePointAt(0);
        if (s.codePointCount(0, s.length()) != 1) {
            n = c;
        }
        return Character.toLowerCase(n);
    }

    /** True for letters and digits of Latin-like scripts, where a match must not cut a word. */
    public static boolean isWordChar(int c) {
        return Character.isLetterOrDigit(c) && !isHan(c);
    }
}
