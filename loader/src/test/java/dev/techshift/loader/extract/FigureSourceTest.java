package dev.techshift.loader.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.techshift.loader.Pipeline;
import dev.techshift.loader.ProjectPipeline;
import dev.techshift.loader.fact.FactStatement;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which market-share figures a research house named in an earlier sentence is the source of (context
 * {@code ownedWith} of the figurePublisher slot): a source named with a figure of its own keeps to that sentence,
 * a source named in a sentence without a figure, in the headline, or in a clause the next one goes on (；) covers the
 * figures after it. Invented articles; the companies and the research house are registry entries.
 */
class FigureSourceTest {

    private static Pipeline pipeline;

    @TempDir
    static Path dir;

    @BeforeAll
    static void setUp() {
        pipeline = ProjectPipeline.get();
    }

    /** company IRI tail → its figurePublisher IRI tail ("-" when none), for the market-share facts of the text. */
    private static Map<String, String> sources(String stem, String headline, String body) throws Exception {
        Path txt = dir.resolve(stem + ".txt");
        Files.writeString(txt, headline + "\n\n" + body + "\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(stem + ".meta.json"), """
                {"title": "Test", "titleLanguage": "zh-Hans", "publisher": null, "url": null,
                 "published": {"value": "2026-03-04", "status": "stated"},
                 "languages": ["zh-Hans"], "encoding": "UTF-8"}
                """, StandardCharsets.UTF_8);
        Map<String, String> companyOf = new TreeMap<>();
        Map<String, Set<String>> publishersOf = new TreeMap<>();
        for (FactStatement s : pipeline.process(txt).facts().statements()) {
            if (!s.family().equals("market-share")) {
                continue;
            }
            String v = s.object().isURI() ? s.object().getURI().replaceAll(".*/", "") : s.object().toString();
            if (s.predicate().getLocalName().equals("company")) {
                companyOf.put(s.fact(), v);
            } else if (s.predicate().getLocalName().equals("figurePublisher")) {
                publishersOf.computeIfAbsent(s.fact(), k -> new TreeSet<>()).add(v);
            }
        }
        Map<String, String> out = new TreeMap<>();
        companyOf.forEach((fact, company) -> out.put(company, String.join(",", publishersOf.getOrDefault(fact, Set.of("-")))));
        return out;
    }

    @Test
    void aSourceNamedWithAFigureOfItsOwnIsNotTheSourceOfTheNextSentence() throws Exception {
        Map<String, String> s = sources("own", "云厂商格局生变",
                "据Canalys数据,2025年第三季度金山云在中国公有云市场的份额为4.1%,排名第六。"
                        + "同期位列前两名的阿里云和华为云,份额分别为33.2%和17.5%。");
        assertEquals("canalys", s.get("kingsoft-cloud"), s.toString());
        assertEquals("-", s.get("alibaba-cloud"), s.toString());
        assertEquals("-", s.get("huawei-cloud"), s.toString());
    }

    @Test
    void aSourceNamedWithoutAFigureCoversTheFiguresAfterIt() throws Exception {
        Map<String, String> s = sources("intro", "云厂商格局生变",
                "Canalys最新发布的报告显示,中国公有云市场集中度继续上升。阿里云以33.2%的份额位居第一。华为云以17.5%的份额排名第二。");
        assertEquals("canalys", s.get("alibaba-cloud"), s.toString());
        assertEquals("canalys", s.get("huawei-cloud"), s.toString());
    }

    @Test
    void aSourceTheHeadlineNamesCoversTheWholeArticle() throws Exception {
        Map<String, String> s = sources("headline", "Canalys:阿里云领跑中国公有云市场",
                "据Canalys数据,2025年第三季度金山云在中国公有云市场的份额为4.1%,排名第六。阿里云以33.2%的份额位居第一。");
        assertEquals("canalys", s.get("alibaba-cloud"), s.toString());
    }

    @Test
    void aClauseEndedBySemicolonIsGoneOnByTheNext() throws Exception {
        Map<String, String> s = sources("clause", "云厂商格局生变",
                "据Canalys统计,2025年第三季度中国公有云市场中,金山云的份额为4.1%；阿里云和华为云分别以33.2%、17.5%的份额位列前两名。");
        assertEquals("canalys", s.get("alibaba-cloud"), s.toString());
    }
}
