package dev.techshift.loader.values;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.techshift.loader.Loader;
import dev.techshift.loader.LoaderOptions;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class QuantityParserTest {

    static final QuantityParser PARSER =
            new QuantityParser(new LoaderOptions(Loader.projectRoot(), LoaderOptions.DEFAULT_BASE));

    static Stream<Arguments> cases() {
        return Tsv.rows(QuantityParserTest.class, "quantities.tsv").map(c -> Arguments.of(c[0], c.length > 1 ? c[1] : ""));
    }

    /** The same notation as quantities.tsv's expected column. */
    static String describe(Quantity q) {
        return q.surface() + " -> " + q.qualifier() + " " + q.value().map(BigDecimal::toPlainString).orElse("-") + " ["
                + q.min().map(BigDecimal::toPlainString).orElse("") + ".." + q.max().map(BigDecimal::toPlainString).orElse("")
                + "] " + (q.unit().isEmpty() ? "-" : q.unit());
    }

    @ParameterizedTest
    @MethodSource("cases")
    void finds(String text, String expected) {
        List<Quantity> got = PARSER.find(text);
        assertEquals(expected, got.stream().map(QuantityParserTest::describe).collect(Collectors.joining(" ; ")), text);
        for (Quantity q : got) {
            assertEquals(q.surface(), Tsv.slice(text, q.begin(), q.end()), "offsets of " + q.surface());
        }
    }

    @Test
    void offsetsAreCodePointsPastExtensionBAndEmoji() {
        String text = "𠀀😀 导致约1800人被裁员,😀𠀁 nearly $1 billion";
        List<Quantity> got = PARSER.find(text);
        assertEquals(2, got.size());
        assertEquals(5, got.get(0).begin());
        assertEquals(11, got.get(0).end());
        assertEquals("约1800人", Tsv.slice(text, got.get(0).begin(), got.get(0).end()));
        assertEquals("nearly $1 billion", Tsv.slice(text, got.get(1).begin(), got.get(1).end()));
    }

    @Test
    void datesAreNotAmounts() {
        assertTrue(PARSER.find("2018年9月17日的大会,2023 年 9 月,in 2024, July 23, 2025").isEmpty());
        assertEquals(Optional.of(new BigDecimal("1800")), PARSER.find("2025年3月约1800人").get(0).value());
    }

    /** "supply 60,000 Haldr tags": a bare number right before a product's name counts its units; not one with a unit. */
    @Test
    void aBareNumberBeforeAProductCountsItsUnits() {
        String text = "It will supply 60,000 Haldr tags and about 1,500 Veyo kiosks; the 12 people Krell hired.";
        java.util.Set<Integer> products = java.util.Set.of(text.indexOf("Haldr"), text.indexOf("Veyo"), text.indexOf("Krell"));
        List<Quantity> got = PARSER.withProductCounts(text, PARSER.find(text), List.of(), products);
        assertEquals("60,000 -> EXACT 60000 [..] unit ; about 1,500 -> APPROXIMATE 1500 [..] unit ; 12 people -> EXACT 12 [..] person",
                got.stream().map(QuantityParserTest::describe).collect(Collectors.joining(" ; ")));
        String year = "In 2026 Haldr grew.";
        assertEquals(List.of(), PARSER.withProductCounts(year, PARSER.find(year), DateParser.find(year, Optional.empty()),
                java.util.Set.of(8)));
    }
}
