package dev.techshift.loader.values;

/**
 * The text the value parsers read: full-width digits, Latin letters, per cent, full stop, plus, minus and dollar
 * signs in their ASCII form, and no-break, thin and ideographic spaces as a plain space, one code point for one
 * code point, so offsets into the result are offsets into the original. Scraped pages write "２０２５年１２月",
 * "２６．１％" and "1,200&nbsp;jobs"; the parsers' patterns are written for ASCII digits and plain spaces.
 * Full-width commas and colons are kept: "300，200人" is two numbers, not 300,200.
 * <pre>
 *   Widths.fold("２０２５年１２月");   // "2025年12月"
 * </pre>
 */
public final class Widths {

    private Widths() {}

    /** {@code text} with full-width digits, letters and number signs narrowed and Unicode spaces made plain. */
    public static String fold(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char n = narrow(c);
            if (n != c && sb == null) {
                sb = new StringBuilder(text);
            }
            if (sb != null) {
                sb.setCharAt(i, n);
            }
        }
        return sb == null ? text : sb.toString();
    }

    private static char narrow(char c) {
        if (c >= '０' && c <= '９' || c >= 'Ａ' && c <= 'Ｚ' || c >= 'ａ' && c <= 'ｚ'
                || c == '％' || c == '．' || c == '＋' || c == '－' || c == '＄') {
            return (char) (c - 0xFEE0);
        }
        if (c == '\u00A0' || c >= '\u2000' && c <= '\u200A' || c == '\u202F' || c == '\u205F' || c == '\u3000') {
            return ' ';
        }
        return c;
    }
}
