package dev.techshift.cli.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Display widths of mixed Chinese and Latin text, the columns of the query table. */
class DisplayWidthTest {

    @Test
    void wideCharactersCountTwice() {
        assertEquals(3, DisplayWidth.of("IBM"));
        assertEquals(6, DisplayWidth.of("上海AI"));
        assertEquals(4, DisplayWidth.of("約，"));
        assertEquals(2, DisplayWidth.of("\uD840\uDC00"));   // CJK Extension B: one code point, two columns
    }

    @Test
    void truncateAndPadByColumns() {
        assertEquals("上海…", DisplayWidth.truncate("上海人工智能研究院", 5));
        assertEquals("上海 ", DisplayWidth.pad("上海", 5));
    }
}
