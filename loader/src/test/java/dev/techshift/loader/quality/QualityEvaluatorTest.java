package dev.techshift.loader.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.techshift.loader.ProjectPipeline;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The evaluator compares a part of a year by its span, not by which of the two spellings a gold writer chose, and a
 * market the registry lacks by the name the loader gives it, not by the language gold wrote it in.
 */
class QualityEvaluatorTest {

    @TempDir
    Path dir;

    /** The market identity fields of gold lines naming the given markets. */
    private Set<String> goldMarkets(String... markets) throws Exception {
        StringBuilder jsonl = new StringBuilder();
        for (String m : markets) {
            jsonl.append("{\"article\": \"a\", \"family\": \"market-share\", \"fields\": {\"company\": \"Daichuan\", \"market\": \"")
                    .append(m).append("\", \"share\": \"5\"}, \"quote\": \"q\"}\n");
        }
        Path f = Files.writeString(dir.resolve("gold.jsonl"), jsonl);
        QualityEvaluator ev = new QualityEvaluator(ProjectPipeline.get());
        return ev.gold(f).stream().map(QualityEvaluator.Stmt::identity).collect(Collectors.toSet());
    }

    @Test
    void anUnregisteredMarketIsOneWhicheverLanguageGoldNamesItIn() throws Exception {
        assertEquals(1, goldMarkets("雲端ERP", "云端ERP", "cloud ERP").size());
        assertEquals(1, goldMarkets("edge computing gateway", "edge computing gateways", "邊緣運算閘道器").size());
        assertEquals(2, goldMarkets("cloud ERP", "cloud CRM").size());
        // a phrase no term covers compares as written
        assertEquals(2, goldMarkets("澜珀概念", "cloud ERP").size());
    }

    /**
     * Gold's English for a market the registry lacks is a reader's gloss; the loader's market is the one whose words
     * a quote of gold's lines with that name holds, and then every line with the name reads it, also one whose quote
     * names no market ("respectively" lists). A line whose quote holds no market's words keeps gold's name.
     */
    @Test
    void anUnregisteredMarketIsReadByTheWordsItsQuoteHolds(@TempDir Path tmp) throws Exception {
        Path articles = Files.createDirectories(tmp.resolve("articles"));
        String text = "Brightvale reports results\nNordic Markets Daily, 6 November 2025\n\n"
                + "Brightvale Oy held 12% of the European market for orchard frost fans in 2025, according to Nordlys Insight. "
                + "Rivals Kauko and Pelto held 30% and 20% respectively.\n";
        Files.writeString(articles.resolve("a.txt"), text);
        Files.writeString(articles.resolve("a.meta.json"), "{\"title\": \"Brightvale reports results\", \"titleLanguage\": \"en\", "
                + "\"publisher\": \"Nordic Markets Daily\", \"url\": null, \"published\": {\"value\": \"2025-11-06\", "
                + "\"status\": \"stated\"}, \"languages\": [\"en\"], \"encoding\": \"UTF-8\"}");
        dev.techshift.loader.Pipeline p = ProjectPipeline.get();
        QualityEvaluator ev = new QualityEvaluator(p);
        Set<String> built = ev.predicted(java.util.List.of(p.process(articles.resolve("a.txt")))).stream()
                .filter(st -> st.family().equals("market-share")).map(QualityEvaluator.Stmt::identity).collect(Collectors.toSet());
        String line = "{\"article\": \"a\", \"family\": \"market-share\", \"fields\": {\"company\": \"%s\", "
                + "\"market\": \"%s\", \"refArea\": \"Europe\", \"refPeriod\": \"2025\", \"share\": \"12\"}, \"quote\": \"%s\"}\n";
        Path gold = Files.writeString(tmp.resolve("gold.jsonl"),
                String.format(line, "Brightvale Oy", "frost protection fans", "Brightvale Oy held 12% of the European market for orchard frost fans")
                        + String.format(line, "Kauko", "frost protection fans", "Rivals Kauko and Pelto held 30% and 20% respectively")
                        + String.format(line, "Pelto", "wind machines", "Rivals Kauko and Pelto held 30% and 20% respectively"));
        Set<String> read = ev.gold(gold).stream().map(QualityEvaluator.Stmt::identity).collect(Collectors.toSet());
        String market = built.stream().filter(i -> i.contains("brightvale")).findFirst().orElseThrow()
                .replaceAll(".*(market=\\S+).*", "$1");
        assertTrue(read.stream().anyMatch(i -> i.contains("brightvale") && i.contains(market)), read + " " + market);
        assertTrue(read.stream().anyMatch(i -> i.contains("kauko") && i.contains(market)), read.toString());
        assertTrue(read.stream().anyMatch(i -> i.contains("pelto") && i.contains("market=unlinked:windmachines")), read.toString());
    }

    @Test
    void aRevenuePeriodIsScoredOnlyAgainstGoldThatRecordsOne(@TempDir Path tmp) throws Exception {
        String undated = "{\"article\": \"a\", \"family\": \"revenue\", \"fields\": {\"organization\": \"X\", "
                + "\"amount\": \"exact 5 USD\"}, \"quote\": \"q\"}\n";
        String dated = undated.replace("\"amount\"", "\"refPeriod\": \"2025\", \"amount\"");
        QualityEvaluator ev = new QualityEvaluator(ProjectPipeline.get());
        ev.scoreFieldsOf(Files.writeString(tmp.resolve("old.jsonl"), undated));
        assertFalse(ev.scores("revenue", "refPeriod"));
        assertTrue(ev.scores("market-share", "refPeriod"));
        ev.scoreFieldsOf(Files.writeString(tmp.resolve("new.jsonl"), undated + dated));
        assertTrue(ev.scores("revenue", "refPeriod"));
        // a dated gold line names the period in the fact's identity
        assertTrue(ev.gold(tmp.resolve("new.jsonl")).stream().anyMatch(st -> st.identity().endsWith("refPeriod=2025")));
    }

    @Test
    void aShareIsANumberHoweverGoldWritesIt() throws Exception {
        Path f = Files.writeString(dir.resolve("shares.jsonl"), String.join("\n",
                "{\"article\": \"a\", \"family\": \"market-share\", \"fields\": {\"company\": \"A\", \"market\": \"cloud ERP\", \"share\": \"24.0\"}, \"quote\": \"q\"}",
                "{\"article\": \"a\", \"family\": \"market-share\", \"fields\": {\"company\": \"B\", \"market\": \"cloud ERP\", \"share\": \"approximate 46.50\"}, \"quote\": \"q\"}",
                "{\"article\": \"a\", \"family\": \"market-share\", \"fields\": {\"company\": \"C\", \"market\": \"cloud ERP\", \"share\": \"range 30-40\"}, \"quote\": \"q\"}"));
        Set<String> shares = new QualityEvaluator(ProjectPipeline.get()).gold(f).stream()
                .filter(st -> st.field().equals("share")).map(QualityEvaluator.Stmt::value).collect(Collectors.toSet());
        assertEquals(Set.of("24", "approximate 46.5", "range 30-40"), shares);
    }

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
