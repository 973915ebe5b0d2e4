package dev.techshift.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.techshift.loader.fact.FactStatement;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bare 公司 opening a sentence means the company a notice or a one-firm report is about (families.json, references,
 * {@code subjectsNamedNear} and zh {@code sentenceStart}): its headline names that company before any other and four
 * sentences name it. Elsewhere a bare 公司 with no company named near it stays unread. Invented articles.
 */
class HeadlineCompanyTest {

    private static final Pipeline PIPELINE = Pipeline.create(new LoaderOptions(Loader.projectRoot(), LoaderOptions.DEFAULT_BASE));

    @TempDir
    static Path dir;

    private static final String BODY = """
            岚川微电子股份有限公司董事会审议通过了关闭成都研发中心的议案。

            岚川微电子表示,上述调整不会对正常经营产生重大影响。

            岚川微电子董事长为邵景行。

            一、其他事项

            本次会议还审议了其他议案。

            上述议案均获全票通过。

            2025年8月3日,公司物联网云平台发生故障,服务中断约3小时。
            """;

    /** The organisations of the outage facts of an article with this headline and body. */
    private static List<String> outages(String stem, String headline, String body) throws Exception {
        return slot(stem, headline, body, "outage", "organization");
    }

    /** The values of one slot of one family's facts of an article with this headline and body. */
    private static List<String> slot(String stem, String headline, String body, String family, String slot) throws Exception {
        Path txt = dir.resolve(stem + ".txt");
        Files.writeString(txt, headline + "\n\n" + body, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(stem + ".meta.json"), """
                {"title": "%s", "titleLanguage": "zh-Hans", "publisher": null, "url": null,
                 "published": {"value": "2025-09-01", "status": "stated"},
                 "languages": ["zh-Hans"], "encoding": "UTF-8"}
                """.formatted(headline), StandardCharsets.UTF_8);
        return PIPELINE.process(txt).facts().statements().stream()
                .filter(s -> s.family().equals(family) && s.predicate().getLocalName().equals(slot))
                .map(FactStatement::object).map(o -> o.isURI() ? o.getURI() : o.toString()).distinct().toList();
    }

    @Test
    void aNoticesBareCompanyIsTheCompanyItsHeadlineNames() throws Exception {
        List<String> orgs = outages("notice", "岚川微电子关于关闭成都研发中心的公告", BODY);
        assertEquals(1, orgs.size(), orgs.toString());
        assertTrue(orgs.get(0).contains("/unlinked/org/"), orgs.toString());
        // a broker's note opens its sections with a bracketed label: 公司 still opens the sentence
        assertEquals(orgs, outages("note", "岚川微电子关于关闭成都研发中心的公告",
                BODY.replace("2025年8月3日,公司物联网云平台", "【经营数据】2025年8月3日,公司物联网云平台")));
    }

    @Test
    void aBareCompanyFollowsTheNoticesCompanyPastASentenceItOpens() throws Exception {
        List<String> orgs = outages("notice", "岚川微电子关于关闭成都研发中心的公告", BODY);
        // the sentence before names another company after 与, but its own subject is the bare 公司 read as the notice's
        // company; the sentence may open with the agreement it follows, and 2026年度 is a date
        assertEquals(orgs, slot("agreement", "岚川微电子关于关闭成都研发中心的公告",
                BODY.replace("2025年8月3日,公司物联网云平台发生故障,服务中断约3小时。",
                        "公司于近日与海信集团签署采购框架协议。\n\n根据协议,2026年度公司将向海信集团供应约5万颗AI芯片。"),
                "supply-deal", "supplier"));
    }

    @Test
    void aBareCompanyInsideASentenceOrUnderAnotherHeadlineStaysUnread() throws Exception {
        // the headline names another company first: the article is not about 岚川微电子 alone
        assertEquals(List.of(), outages("other", "华为与岚川微电子签署合作协议", BODY));
        // 公司 after other words of its sentence is not read from the headline
        assertEquals(List.of(), outages("inside", "岚川微电子关于关闭成都研发中心的公告",
                BODY.replace("2025年8月3日,公司物联网云平台", "据悉,由于供电中断,公司物联网云平台")));
    }
}
