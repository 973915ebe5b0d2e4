package dev.techshift.loader.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.techshift.loader.article.Article;
import dev.techshift.loader.article.Sentence;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Unit references that do not name the unit, against the real registry and cue file: a demonstrative with a unit
 * noun ("该研究院") and a unit described by its place after a possessive ("其位于北京的研究院"). The sentences are
 * invented; the units are registry entries.
 * <pre>
 * mvn -B -ntp -q -pl loader -am verify -Dtest=UnitReferencesTest -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
class UnitReferencesTest {

    private static EntityLinker linker;
    private static UnitReferences refs;

    @BeforeAll
    static void load() {
        linker = ProjectLinking.get().linker();
        refs = ProjectLinking.get().units();
    }

    /** "surface=kind/slug" for every mention, sentence by sentence ("。" ends a sentence). */
    private static List<String> mentions(String text) {
        return mentions(text, "(?<=。)", "zh-Hans");
    }

    private static List<String> english(String text) {
        return mentions(text, "(?<=\\. )", "en");
    }

    private static List<String> mentions(String text, String split, String language) {
        List<Sentence> ss = new ArrayList<>();
        int b = 0;
        for (String part : text.split(split)) {
            ss.add(new Sentence(ss.size(), b, b + part.length(), part, language, false));
            b += part.length();
        }
        Article a = new Article("t", "t.txt", null, text, "", ss, List.of());
        return refs.resolve(a, linker.link(a)).stream()
                .map(m -> m.surface() + "=" + m.entity().iri().substring(m.entity().iri().indexOf("/id/") + 4)).toList();
    }

    @Test
    void aDemonstrativeIsTheUnitMentionedLast() {
        List<String> ms = mentions("微软亚洲研究院今年招收了一批新研究员。该研究院的一位院长表示将扩大规模。");
        assertEquals(1, ms.stream().filter("该研究院=unit/microsoft-research-asia"::equals).count(), ms.toString());
    }

    @Test
    void aDemonstrativeIsTheUnitItsNounFits() {
        List<String> ms = mentions("微软亚洲研究院今年招收了一批新研究员。他们来自IBM中国研发部门。该研究院表示将扩大规模。");
        assertEquals(1, ms.stream().filter("该研究院=unit/microsoft-research-asia"::equals).count(), ms.toString());
    }

    @Test
    void aDemonstrativeWithNoUnitBeforeIsNoMention() {
        List<String> ms = mentions("一家初创公司今年招收了一批新研究员。该研究院的院长表示将扩大规模。");
        assertEquals(0, ms.stream().filter(m -> m.startsWith("该研究院")).count(), ms.toString());
    }

    @Test
    void aDemonstrativeLooksOnlyAFewSentencesBack() {
        List<String> ms = mentions("微软亚洲研究院今年招收了新人。第二句。第三句。第四句。该研究院表示将扩大规模。");
        assertEquals(0, ms.stream().filter(m -> m.startsWith("该研究院")).count(), ms.toString());
    }

    @Test
    void englishTheLabIsTheLabNamedBefore() {
        List<String> ms = english("Staff of the AWS Shanghai AI Lab were told on Monday. The lab will close in June. ");
        assertEquals(1, ms.stream().filter("The lab=unit/aws-shanghai-ai-lab"::equals).count(), ms.toString());
        List<String> none = english("Staff were told on Monday. The lab will close in June. ");
        assertEquals(0, none.stream().filter(m -> m.startsWith("The lab")).count(), none.toString());
        List<String> name = english("Staff of the AWS Shanghai AI Lab were told. Then the Lab for Robotics hired them. ");
        assertEquals(0, name.stream().filter(m -> m.startsWith("the Lab")).count(), name.toString());
    }

    @Test
    void aHeadlineShortensTheUnitTheBodyNames() {
        List<String> ms = english("Tarvo Systems to shut Leeds hub. Tarvo Systems will close its Leeds engineering hub in May. ");
        List<String> units = ms.stream().filter(m -> m.contains("unit/")).map(m -> m.substring(m.indexOf('=') + 1)).distinct().toList();
        assertEquals(1, units.size(), ms.toString());
        // another place is another unit
        List<String> two = english("Tarvo Systems to shut York hub. Tarvo Systems will close its Leeds engineering hub in May. ");
        assertEquals(2, two.stream().filter(m -> m.contains("unit/")).map(m -> m.substring(m.indexOf('=') + 1)).distinct().count(),
                two.toString());
    }

    @Test
    void aUnitDescribedByItsPlaceIsTheRegistryUnitThere() {
        List<String> ms = mentions("微软将调整其位于北京的研究院的方向。");
        assertEquals(List.of("微软=org/microsoft", "北京的研究院=unit/microsoft-research-asia"), ms);
    }

    @Test
    void aSiteTheRegistryLacksIsAnUnlinkedUnitOfItsOrganisation() {
        // written only as a description (位于深圳的研究院), the site is named as a name is written: 深圳研究院
        List<String> ms = mentions("微软将调整其位于深圳的研究院的方向。");
        assertEquals(List.of("微软=org/microsoft", "深圳的研究院=unlinked/unit/" + hash("深圳研究院")), ms);
        // a Traditional spelling and the organisation's name written before the place are one site, named by its
        // fullest spelling: the one that starts with the organisation's name
        List<String> joined = mentions("英伟达将关闭位于深圳的研究院。英伟达深圳研究院约有两百人。");
        String site = "unlinked/unit/" + hash("英伟达深圳研究院");
        assertEquals(List.of("英伟达=org/nvidia", "深圳的研究院=" + site, "英伟达深圳研究院=" + site), joined);
        assertEquals("org/nvidia", parentOf("英伟达将关闭位于深圳的研究院。", "深圳的研究院"));
    }

    @Test
    void aPlaceWithoutAnEstablishmentNounOrOrganisationStaysAPlace() {
        assertEquals(List.of("微软=org/microsoft", "深圳=place/shenzhen"), mentions("微软将扩大在深圳的业务。"));
        assertEquals(List.of("深圳=place/shenzhen"), mentions("深圳研究院今年扩大了规模。"));
    }

    @Test
    void aSiteOpeningASentenceThatNamesNoOrganisationIsTheTopicsSite() {
        // the article is about one company (named three times); a site that opens a sentence is its subject
        List<String> ms = mentions("英伟达公布季度财报。英伟达表示需求强劲。英伟达将扩大产能。杭州工厂现有员工约300人。");
        assertEquals(1, ms.stream().filter(m -> m.startsWith("杭州工厂=unlinked/unit/")).count(), ms.toString());
        // with no topic it stays a place
        assertEquals(List.of("杭州=place/hangzhou"), mentions("杭州工厂现有员工约300人。"));
    }

    @Test
    void aPlaceAndPlantIsASiteButAContractManufacturerOrPlantAreaIsNot() {
        // 厂 (plant) after a place names a site of the company in context; 代工厂, 厂区, 厂商 name none
        List<String> ms = mentions("英伟达宣布关闭台南厂。");
        assertEquals(1, ms.stream().filter(m -> m.startsWith("台南厂=unlinked/unit/")).count(), ms.toString());
        ms = mentions("英伟达并非唯一调整台湾产能的代工厂。英伟达把产线移往越南与泰国的厂区。");
        assertEquals(0, ms.stream().filter(m -> m.contains("/unit/")).count(), ms.toString());
    }

    @Test
    void aPlaceBeforeAVerbOfSettingUpIsNoSite() {
        // "在首尔设立办公室": an office being set up is no site, and place + verb + noun is no name of one
        List<String> ms = mentions("英伟达表示将在首尔设立办公室。英伟达计划在班加罗尔成立研发中心。");
        assertEquals(0, ms.stream().filter(m -> m.contains("/unit/")).count(), ms.toString());
        assertTrue(ms.contains("首尔=place/seoul") || ms.stream().anyMatch(m -> m.startsWith("首尔=place/")), ms.toString());
    }

    @Test
    void aSiteWrittenAfterAnUnlinkedCompanyIsNamedWithIt() {
        // the company stays a mention of its own; the site's label is the fullest spelling, with the company's name
        List<String> ms = mentions("手机厂商岚图通讯正在收缩。岚图通讯将关闭成都研发中心。岚图通讯成都研发中心成立于2016年。");
        String unit = ProjectLinking.get().finder().iri(EntityKind.UNIT, "岚图通讯成都研发中心");
        String slug = unit.substring(unit.indexOf("/id/") + 4);
        assertEquals(2, ms.stream().filter(m -> m.equals("成都研发中心=" + slug)).count(), ms.toString());
        assertEquals(3, ms.stream().filter(m -> m.startsWith("岚图通讯=unlinked/org/")).count(), ms.toString());
    }

    @Test
    void twoPlacesSharingOneNounStayPlaces() {
        List<String> ms = mentions("英伟达宣布关闭上海和北京的研究院。");
        assertEquals(List.of("英伟达=org/nvidia", "上海=place/shanghai", "北京=place/beijing"), ms);
    }

    @Test
    void anEnglishSiteIsAUnitAndTheUnitNamedElsewhereWhenThereIsOne() {
        List<String> ms = english("Nvidia will close its Xiamen development centre. ");
        assertEquals(List.of("Nvidia=org/nvidia", "Xiamen development centre=unlinked/unit/" + hash("Xiamen development centre")), ms);
        List<String> named = english("Nvidia will close its Xiamen development centre. Staff of the Nvidia Xiamen Software Center were told. ");
        String center = named.get(named.size() - 1);
        assertEquals("Xiamen development centre=" + center.substring(center.indexOf('=') + 1), named.get(1), named.toString());
        // no possessive, an office (a destination more often than a site), a capitalised name: places stay places
        assertEquals(List.of("Nvidia=org/nvidia", "Xiamen=place/xiamen"), english("Nvidia hired staff in Xiamen development hubs. "));
        assertEquals(List.of("Nvidia=org/nvidia", "Xiamen=place/xiamen"), english("Nvidia moved staff to its Xiamen office. "));
    }

    @Test
    void anEnglishOfficeIsASiteOnlyWhenItIsClosed() {
        String office = "Warsaw office=unlinked/unit/" + hash("Warsaw office");
        assertEquals(List.of("Nvidia=org/nvidia", office), english("Nvidia will close the Warsaw office. "));
        assertEquals(List.of("Nvidia=org/nvidia", office), english("Nvidia to cut jobs, shut Warsaw office. "));
        // the noun written first is the same site, named by the place-first spelling the article also writes
        List<String> both = english("Nvidia will shut its office in Warsaw. Nvidia will close the Warsaw office by June. ");
        assertEquals(List.of("Nvidia=org/nvidia", "office in Warsaw=unlinked/unit/" + hash("Warsaw office"), "Nvidia=org/nvidia", office),
                both, both.toString());
        assertEquals(List.of("Nvidia=org/nvidia", "office in Warsaw=unlinked/unit/" + hash("office in Warsaw")),
                english("Nvidia cut jobs and closed a small office in Warsaw. "));
        // a destination keeps its place: moved to, opened, expanded
        assertEquals(List.of("Nvidia=org/nvidia", "Warsaw=place/warsaw"), english("Nvidia will move staff to its Warsaw office. "));
        assertEquals(List.of("Nvidia=org/nvidia", "Warsaw=place/warsaw"), english("Nvidia opened an office in Warsaw. "));
        assertEquals(List.of("Nvidia=org/nvidia", "Warsaw=place/warsaw"), english("Nvidia will expand the Warsaw office. "));
    }

    @Test
    void anEnglishSiteMayHaveOneAdjectiveAfterItsPossessive() {
        assertEquals(List.of("Nvidia=org/nvidia", "Warsaw design studio=unlinked/unit/" + hash("Warsaw design studio")),
                english("Nvidia said its smaller Warsaw design studio will be wound down. "));
    }

    @Test
    void aUnitNamedOverRegistryNamesIsAUnitOfItsOrganisationLocatedAtItsPlace() {
        String text = "Staff of the Nvidia Xiamen Software Center were told on Monday.";
        List<Sentence> ss = List.of(new Sentence(0, 0, text.length(), text, "en", false));
        Article a = new Article("t", "t.txt", null, text, "", ss, List.of());
        EntityRef unit = refs.resolve(a, linker.link(a)).stream().map(Mention::entity)
                .filter(e -> e.kind() == EntityKind.UNIT).findFirst().orElseThrow();
        assertEquals("Nvidia Xiamen Software Center", unit.label());
        assertEquals(List.of("org/nvidia", "place/xiamen"), List.of(unit.parent().replaceAll(".*/id/", ""),
                unit.location().replaceAll(".*/id/", "")));
    }

    @Test
    void aMixedArticleWritesOneSiteInBothLanguagesAndItsHeadline() {
        // an English headline over a Chinese body with an English quote; invented company
        String[][] parts = {
            {"Orvane to shut Xiamen R&D centre", "en"}, {"\n\n", null},
            {"荷兰设备商Orvane宣布将关闭Orvane厦门研发中心。", "zh-Hans"},
            {"该公司未披露成本。", "zh-Hans"},
            {"厦门研发中心于2010年落成。", "zh-Hans"},
            {"The company said: \"Orvane will close its Xiamen R&D centre.\"", "en"}};
        StringBuilder text = new StringBuilder();
        List<Sentence> ss = new ArrayList<>();
        for (String[] p : parts) {
            if (p[1] != null) {
                ss.add(new Sentence(ss.size(), text.length(), text.length() + p[0].length(), p[0], p[1], false));
            }
            text.append(p[0]);
        }
        Article a = new Article("t", "t.txt", null, text.toString(), "", ss, List.of());
        List<Mention> ms = refs.resolve(a, linker.link(a));
        List<EntityRef> units = ms.stream().map(Mention::entity).filter(e -> e.kind() == EntityKind.UNIT).distinct().toList();
        // the glued organisation names the site (and stays a mention of its own), every spelling is that one unit
        assertEquals(1, units.size(), ms.toString());
        assertEquals("Orvane厦门研发中心", units.get(0).label());
        assertEquals(List.of("Xiamen R&D centre", "厦门研发中心", "厦门研发中心", "Xiamen R&D centre"),
                ms.stream().filter(m -> m.entity().kind() == EntityKind.UNIT).map(Mention::surface).toList());
        assertTrue(ms.stream().anyMatch(m -> m.surface().equals("Orvane") && m.sentence() == 1 && m.entity().kind() == EntityKind.ORG));
        assertEquals(units.get(0).parent(), ms.stream().filter(m -> m.surface().equals("Orvane")).findFirst().orElseThrow().entity().iri());
        // a plain English sentence (not a headline) without a possessive keeps its place
        assertEquals(List.of("Xiamen=place/xiamen"), english("Staff said they will shut Xiamen R&D centre. "));
        // a headline's "R&D hub" and the body's "其厦门研发中心" are one unit, named as the Chinese body writes it
        String head = "Nvidia to close Xiamen R&D hub";
        String body = "英伟达将关闭其厦门研发中心。";
        String both = head + "\n\n" + body;
        Article b = new Article("t", "t.txt", null, both, "", List.of(new Sentence(0, 0, head.length(), head, "en", false),
                new Sentence(1, head.length() + 2, both.length(), body, "zh-Hans", false)), List.of());
        List<EntityRef> sites = refs.resolve(b, linker.link(b)).stream().map(Mention::entity)
                .filter(e -> e.kind() == EntityKind.UNIT).toList();
        assertEquals(2, sites.size(), sites.toString());
        assertEquals(sites.get(0), sites.get(1));
        assertEquals("厦门研发中心", sites.get(0).label());
    }

    private static String hash(String surface) {
        return ProjectLinking.get().finder().iri(EntityKind.UNIT, surface).replaceAll(".*/", "");
    }

    private static String parentOf(String text, String surface) {
        List<Sentence> ss = List.of(new Sentence(0, 0, text.length(), text, "zh-Hans", false));
        Article a = new Article("t", "t.txt", null, text, "", ss, List.of());
        String p = refs.resolve(a, linker.link(a)).stream().filter(m -> m.surface().equals(surface)).findFirst()
                .orElseThrow().entity().parent();
        return p.substring(p.indexOf("/id/") + 4);
    }
}
