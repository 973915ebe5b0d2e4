package dev.techshift.loader.values;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A date as a source gives it, at the precision it gives: "2018年9月17日", "2023 年 9 月", "2018年秋",
 * "2024下半年", "5月下旬", "earlier this year", "昨日", "本週一".
 *
 * @param precision   how fine the date is
 * @param canonical   the canonical form used in IRIs and labels: {@code 2018-09-17}, {@code 2023-09},
 *                    {@code 2025}, {@code 2018-autumn}, {@code 2024-H2}, {@code 2025-05-late},
 *                    {@code 2025-early}, {@code 2025-W30}, {@code 2012-circa}; empty when unresolved
 * @param earliest    first day the date can mean; empty when unresolved
 * @param latest      last day the date can mean; empty when unresolved
 * @param relative    true when the words are relative to the publication date ("昨日", "今年3月")
 * @param resolved    false when relative and the publication date is unknown: then nothing is guessed
 * @param begin       first code point of the date's words in the text parsed
 * @param end         code point after them
 * @param surface     the words as written
 * @param approximate true when the source hedges the date ("2012年前后", "around 2012"): the canonical form
 *                    ends in {@code -circa} and earliest/latest widen by a year on each side
 */
public record TimeValue(Precision precision, Optional<String> canonical, Optional<LocalDate> earliest,
                        Optional<LocalDate> latest, boolean relative, boolean resolved,
                        int begin, int end, String surface, boolean approximate) {

    /** The grain of a date. */
    public enum Precision { DAY, WEEK, PART_OF_MONTH, MONTH, SEASON, HALF_YEAR, PART_OF_YEAR, YEAR }

    /**
     * The year this date falls in, for words that name a year by a day or month in it: a fiscal year "ended June 30,
     * 2025" or 截至2025年12月31日止年度 is fiscal 2025. Itself when it is a year already or has no year.
     */
    public TimeValue year() {
        if (precision == Precision.YEAR || canonical.isEmpty() || !canonical.get().matches("\\d{4}-.*")) {
            return this;
        }
        int y = Integer.parseInt(canonical.get().substring(0, 4));
        return new TimeValue(Precision.YEAR, Optional.of(String.valueOf(y)), Optional.of(LocalDate.of(y, 1, 1)),
                Optional.of(LocalDate.of(y, 12, 31)), relative, resolved, begin, end, surface, approximate);
    }

    /** A date the source does not hedge. */
    public TimeValue(Precision precision, Optional<String> canonical, Optional<LocalDate> earliest,
                     Optional<LocalDate> latest, boolean relative, boolean resolved,
                     int begin, int end, String surface) {
        this(precision, canonical, earliest, latest, relative, resolved, begin, end, surface, false);
    }
}
