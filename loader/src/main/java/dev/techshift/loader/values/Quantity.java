package dev.techshift.loader.values;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * An amount as a source gives it: "约1800人", "more than 1,000", "数百名", "$1 billion", "30% 到 40%".
 *
 * @param qualifier how exact the source is
 * @param value     the stated value (for RANGE and VAGUE: empty unless a central value is stated)
 * @param min       lower bound when known (RANGE, VAGUE, AT_LEAST)
 * @param max       upper bound when known (RANGE, VAGUE, AT_MOST)
 * @param unit      what is counted or measured: {@code person}, {@code paper}, {@code hour}, {@code percent},
 *                  a currency code ({@code USD}, {@code CNY}), or empty when the text does not say
 * @param begin     first code point of the quantity's words in the text parsed
 * @param end       code point after them
 * @param surface   the words as written
 */
public record Quantity(Qualifier qualifier, Optional<BigDecimal> value, Optional<BigDecimal> min,
                       Optional<BigDecimal> max, String unit, int begin, int end, String surface) {

    /** How exact a stated amount is. */
    public enum Qualifier { EXACT, APPROXIMATE, AT_LEAST, AT_MOST, RANGE, VAGUE }

    /** Whether the unit is a currency's ISO 4217 code ("USD", "CNY"): the quantity is an amount of money. */
    public boolean money() {
        return unit.length() == 3 && unit.chars().allMatch(c -> c >= 'A' && c <= 'Z');
    }
}
