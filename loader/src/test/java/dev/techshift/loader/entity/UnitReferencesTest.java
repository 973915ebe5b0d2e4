package dev.techshift.loader.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
    void aUnitDescribedByItsPlaceIsTheRegistryUnitThere() {
        List<String> ms = mentions("微软将调整其位于北京的研究院的方向。");
        assertEquals(List.of("微软=org/microsoft", "北京的研究院=unit/microsoft-research-asia"), ms);
    }

    @Test
    void aSiteTheRegistryLacksIsAnUnlinkedUnitOfItsOrganisation() {
        List<String> ms = mentions("微软将调整其位于深圳的研究院的方向。");
        assertEquals(List.of("微软=org/microsoft", "深圳的研究院=unlinked/unit/" + hash("深圳的研究院")), ms);
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
    void aPlaceAndPlantIsASiteButAContractManufacturerOrPlantAreaIsNot() {
        // 厂 (plant) after a place names a site of the company in context; 代工厂, 厂区, 厂商 name none
        List<String> ms = mentions("英伟达宣布关闭台南厂。");
        assertEquals(1, ms.stream().filter(m -> m.startsWith("台南厂=unlinked/unit/")).count(), ms.toString());
        ms = mentions("英伟达并非唯一调整台湾产能的代工厂。英伟达把产线移往越南与泰国的厂区。");
        assertEquals(0, ms.stream().filter(m -> m.contains("/unit/")).count(), ms.toString());
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
