package dev.techshift.loader.values;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DateParserTest {

    static Stream<Arguments> cases() throws IOException {
        return Tsv.rows(DateParserTest.class, "dates.tsv").map(c -> Arguments.of(c[0],
                c[1].equals("-") ? Optional.empty() : Optional.of(LocalDate.parse(c[1])), c.length > 2 ? c[2] : ""));
    }

    /** The same notation as dates.tsv's expected column. */
    static String describe(TimeValue t) {
        if (!t.resolved()) {
            return t.surface() + " -> ? " + t.precision() + " unresolved";
        }
        return t.surface() + " -> " + t.canonical().orElseThrow() + " " + t.precision() + " "
                + t.earliest().orElseThrow() + ".." + t.latest().orElseThrow() + (t.relative() ? " rel" : "")
                + (t.approximate() ? " circa" : "");
    }

    @ParameterizedTest
    @MethodSource("cases")
    void finds(String text, Optional<LocalDate> anchor, String expected) {
        List<TimeValue> got = DateParser.find(text, anchor);
        assertEquals(expected, got.stream().map(DateParserTest::describe).collect(Collectors.joining(" ; ")), text);
        for (TimeValue t : got) {
            assertEquals(t.surface(), Tsv.slice(text, t.begin(), t.end()), "offsets of " + t.surface());
            if (!t.resolved()) {
                assertTrue(t.canonical().isEmpty() && t.earliest().isEmpty() && t.latest().isEmpty());
                assertTrue(t.relative());
            }
        }
    }

    @Test
    void offsetsAreCodePointsPastExtensionBAndEmoji() {
        String text = "𠀀😀𠀁 成立于2018年秋季,😀 closed in March 2025.";
        List<TimeValue> got = DateParser.find(text, Optional.empty());
        assertEquals(2, got.size());
        assertEquals(7, got.get(0).begin());
        assertEquals(14, got.get(0).end());
        assertEquals("2018年秋季", got.get(0).surface());
        assertEquals("March 2025", Tsv.slice(text, got.get(1).begin(), got.get(1).end()));
        assertEquals(text.codePointCount(0, text.indexOf("March")), got.get(1).begin());
    }

    @Test
    void unresolvedNeverGuesses() {
        for (TimeValue t : DateParser.find("昨日、今年、去年、本週一、上个月、this week、last year、5月下旬", Optional.empty())) {
            assertFalse(t.resolved(), t.surface());
            assertTrue(t.canonical().isEmpty(), t.surface());
        }
    }
}
