package dev.techshift.loader.values;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Reads Chinese numerals: 三十 = 30, 二十一 = 21, 一千八百 = 1800, 十二万三千 = 123000, 三十亿 = 3000000000, 两 = 2.
 * <pre>
 *   ChineseNumerals.parse("一千八百");   // Optional[1800]
 *   ChineseNumerals.parse("两三");       // Optional.empty: not one number (a range, see {@link #adjacentRange})
 * </pre>
 */
final class ChineseNumerals {

    static final String DIGITS = "零〇一二两兩三四五六七八九";
    static final String CHARS = DIGITS + "十百千万萬亿億";

    private ChineseNumerals() {}

    static int digit(char c) {
        switch (c) {
            case '零': case '〇': return 0;
            case '一': return 1;
            case '二': case '两': case '兩': return 2;
            case '三': return 3;
            case '四': return 4;
            case '五': return 5;
            case '六': return 6;
            case '七': return 7;
            case '八': return 8;
            case '九': return 9;
            default: return -1;
        }
    }

    /** The value of a numeral, or empty when the characters do not form one number. */
    static Optional<BigDecimal> parse(String s) {
        if (s.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal result = BigDecimal.ZERO;
        BigDecimal section = BigDecimal.ZERO;
        int number = -1;
        boolean lastWasDigit = false;
        for (char c : s.toCharArray()) {
            int d = digit(c);
            if (d >= 0) {
                if (lastWasDigit && d != 0 && number != 0) {
                    return Optional.empty();
                }
                number = d;
                lastWasDigit = true;
                continue;
            }
            lastWasDigit = false;
            int small = c == '十' ? 10 : c == '百' ? 100 : c == '千' ? 1000 : 0;
            if (small > 0) {
                section = section.add(BigDecimal.valueOf((long) (number < 0 ? 1 : number) * small));
                number = -1;
            } else if (c == '万' || c == '萬') {
                BigDecimal base = section.add(BigDecimal.valueOf(Math.max(number, 0)));
                if (base.signum() == 0 && result.signum() == 0) {
                    base = BigDecimal.ONE;
                }
                result = result.add(base.multiply(BigDecimal.valueOf(10_000)));
                section = BigDecimal.ZERO;
                number = -1;
            } else if (c == '亿' || c == '億') {
                BigDecimal base = result.add(section).add(BigDecimal.valueOf(Math.max(number, 0)));
                if (base.signum() == 0) {
                    base = BigDecimal.ONE;
                }
                result = base.multiply(BigDecimal.valueOf(100_000_000));
                section = BigDecimal.ZERO;
                number = -1;
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(result.add(section).add(BigDecimal.valueOf(Math.max(number, 0))));
    }

    /** A range a numeral states, and where its reading ends (in the text {@link #tensAndSome} was given; else the numeral's length). */
    record Range(BigDecimal min, BigDecimal max, int end) {}

    /**
     * Two consecutive digits read as a range, with the magnitude written after them: "两三" = {2, 3}, "五六十" = {50, 60},
     * "两三百" = {200, 300}, "一两万" = {10000, 20000}; else empty.
     */
    static Optional<Range> adjacentRange(String s) {
        if (s.length() < 2) {
            return Optional.empty();
        }
        int a = digit(s.charAt(0));
        int b = digit(s.charAt(1));
        if (a <= 0 || b != a + 1) {
            return Optional.empty();
        }
        String magnitude = s.substring(2);
        BigDecimal scale = BigDecimal.ONE;
        if (!magnitude.isEmpty()) {
            if (magnitude.chars().anyMatch(c -> digit((char) c) >= 0)) {
                return Optional.empty();
            }
            Optional<BigDecimal> m = parse(magnitude);
            if (m.isEmpty()) {
                return Optional.empty();
            }
            scale = m.get();
        }
        return Optional.of(new Range(scale.multiply(BigDecimal.valueOf(a)), scale.multiply(BigDecimal.valueOf(b)), s.length()));
    }

    /**
     * Tens followed by 几 (an unstated digit) and an optional magnitude: "十几" = {11, 19}, "二十几" = {21, 29}, "十几万" =
     * {110000, 199999}, ending where the reading ends in {@code text}. {@code begin} and {@code end} bound the numeral
     * before 几 ("十", "二十").
     */
    static Optional<Range> tensAndSome(String text, int begin, int end) {
        String tens = text.substring(begin, end);
        if (end >= text.length() || (text.charAt(end) != '几' && text.charAt(end) != '幾') || !tens.endsWith("十")
                || tens.length() > 2 || (tens.length() == 2 && digit(tens.charAt(0)) <= 1)) {
            return Optional.empty();
        }
        BigDecimal base = parse(tens).orElseThrow();
        int at = end + 1;
        int scaleEnd = at;
        while (scaleEnd < text.length() && "十百千万萬亿億".indexOf(text.charAt(scaleEnd)) >= 0) {
            scaleEnd++;
        }
        BigDecimal scale = scaleEnd > at ? parse(text.substring(at, scaleEnd)).orElse(BigDecimal.ONE) : BigDecimal.ONE;
        return Optional.of(new Range(base.add(BigDecimal.ONE).multiply(scale),
                base.add(BigDecimal.TEN).multiply(scale).subtract(BigDecimal.ONE), scaleEnd));
    }
}
