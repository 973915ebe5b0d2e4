package dev.techshift.loader.values;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WidthsTest {

    @Test
    void narrowsDigitsLettersAndNumberSignsOneForOne() {
        assertEquals("2025年12月，26.1%，AWS", Widths.fold("２０２５年１２月，２６．１％，ＡＷＳ"));
    }

    @Test
    void makesUnicodeSpacesPlain() {
        assertEquals("about 1,200 jobs in 2025", Widths.fold("about\u00A01,200\u202Fjobs\u3000in\u20092025"));
    }

    @Test
    void keepsFullWidthCommasSoTwoNumbersStayTwo() {
        List<Quantity> qs = QuantityParserTest.PARSER.find(Widths.fold("裁员３００，２００人转岗"));
        assertEquals(List.of(new BigDecimal("200")), qs.stream().map(q -> q.value().orElseThrow()).toList(), qs.toString());
    }

    @Test
    void leavesPlainTextAlone() {
        String s = "Drennic cut 300 jobs.";
        assertSame(s, Widths.fold(s));
    }

    @Test
    void datesInFullWidthDigitsAreRead() {
        assertEquals(Optional.of("2025-12"),
                DateParser.find(Widths.fold("将于２０２５年１２月关闭"), Optional.empty()).get(0).canonical());
    }
}
