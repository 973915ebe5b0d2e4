package dev.techshift.loader.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** The evaluator compares a part of a year by its span, not by which of the two spellings a gold writer chose. */
class QualityEvaluatorTest {

    @Test
    void partsOfAYearCompareAcrossSpellings() {
        assertEquals(QualityEvaluator.partOfYear("2025-end"), QualityEvaluator.partOfYear("2025-late"));
        assertEquals(QualityEvaluator.partOfYear("2026-start"), QualityEvaluator.partOfYear("2026-early"));
        assertNotEquals(QualityEvaluator.partOfYear("2025-end"), QualityEvaluator.partOfYear("2025-early"));
    }

    @Test
    void otherDatesAreLeftAlone() {
        assertEquals("2025-05-late", QualityEvaluator.partOfYear("2025-05-late"));
        assertEquals("2025-Q3", QualityEvaluator.partOfYear("2025-Q3"));
        assertEquals("2018-autumn", QualityEvaluator.partOfYear("2018-autumn"));
        assertEquals("2025-mid", QualityEvaluator.partOfYear("2025-mid"));
    }
}
