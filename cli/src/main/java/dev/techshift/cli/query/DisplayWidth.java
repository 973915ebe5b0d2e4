package dev.techshift.cli.query;

/**
 * How many terminal columns text takes: East Asian wide and full-width characters take two.
 * <pre>
 *   DisplayWidth.of("IBM");     // 3
 *   DisplayWidth.of("上海AI");  // 6
 * </pre>
 */
public final class DisplayWidth {

    private DisplayWidth() {}

    /** The display width of a string, counting code points, wide ones twice, combining marks not at all. */
    public static int of(String s) {
        return s.codePoints().map(DisplayWidth::ofCodePoint).sum();
    }

    /** The display width of one code point: 0, 1 or 2. */
    public static int ofCodePoint(int cp) {
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT
                || cp == 0x200B) {
            return 0;
        }
        return isWide(cp) ? 2 : 1;
    }

    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F)          // Hangul Jamo initials
                || (cp >= 0x2E80 && cp <= 0x303E)      // CJK radicals, punctuation
                || (cp >= 0x3041 && cp <= 0x33FF)      // kana, CJK compatibility
                || (cp >= 0x3400 && cp <= 0x4DBF)      // CJK extension A
                || (cp >= 0x4E00 && cp <= 0x9FFF)      // CJK unified ideographs
                || (cp >= 0xA000 && cp <= 0xA4CF)      // Yi
                || (cp >= 0xAC00 && cp <= 0xD7A3)      // Hangul syllables
                || (cp >= 0xF900 && cp <= 0xFAFF)      // CJK compatibility ideographs
                || (cp >= 0xFE30 && cp <= 0xFE4F)      // CJK compatibility forms
                || (cp >= 0xFF00 && cp <= 0xFF60)      // full-width forms
                || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x1F300 && cp <= 0x1F64F)    // pictographs, emoticons
                || (cp >= 0x1F900 && cp <= 0x1F9FF)
                || (cp >= 0x20000 && cp <= 0x3FFFD);   // CJK extensions B and beyond
    }

    /** Cuts text to at most {@code max} columns, ending with an ellipsis when it had to cut. */
    public static String truncate(String s, int max) {
        if (max <= 0 || of(s) <= max) {
            return s;
        }
        StringBuilder b = new StringBuilder();
        int w = 0;
        for (int cp : s.codePoints().toArray()) {
            int cw = ofCodePoint(cp);
            if (w + cw > max - 1) {
                break;
            }
            b.appendCodePoint(cp);
            w += cw;
        }
        return b.append('…').toString();
    }

    /** Pads text with spaces on the right to {@code width} columns. */
    public static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - of(s)));
    }
}
