package dev.techshift.loader.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.techshift.loader.article.Sentence;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Products the registry does not know ({@code products} of unlinked.json), against the real registry and cue files:
 * quoted and Latin-script names after launch verbs or before product nouns in Chinese, capitalised names after
 * launch and discontinuation verbs in English, and the names that are no product (documents, campaigns, people,
 * months, quarters, acronyms, the organisation itself). Invented names.
 * <pre>
 * mvn -B -ntp -q -o -pl loader -am verify -Dtest=UnlinkedProductsTest -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
class UnlinkedProductsTest {

    private static EntityLinker linker;

    @BeforeAll
    static void load() {
        linker = ProjectLinking.get().linker();
    }

    /** The unlinked products of a sentence, by label. */
    private static List<String> products(String text, String language) {
        return linker.link(new Sentence(0, 0, text.length(), text, language, false)).stream()
                .filter(m -> m.entity().kind() == EntityKind.PRODUCT && !m.entity().linked())
                .map(m -> m.entity().label()).collect(Collectors.toList());
    }

    @Test
    void chineseNamesInQuotesOrLatinScriptAfterLaunchVerbsOrBeforeProductNouns() {
        assertEquals(List.of("星河"), products("泓岩科技推出了新游戏《星河》。", "zh-Hans"));
        assertEquals(List.of("灵犀"), products("星澜微电子推出一款名为“灵犀”的AI助手。", "zh-Hans"));
        assertEquals(List.of("Qwenix 3"), products("云岫数据正式发布了 Qwenix 3 大模型。", "zh-Hans"));
        assertEquals(List.of("Lumora"), products("据悉,Lumora大模型的参数量达到千亿。", "zh-Hans"));
        assertEquals(List.of("雲鯨"), products("凌渡半導體今日發表「雲鯨」車用晶片。", "zh-Hant"));
        assertEquals(List.of("星圖"), products("鼎澄科技宣布將於明年停止營運手遊《星圖》。", "zh-Hant"));
    }

    @Test
    void aModelNameEndingTheObjectOfALaunchOrStopVerbIsAProduct() {
        assertEquals(List.of("KX-64", "KX-Mini"),
                products("澜岳科技已停售面向出租车市场的旋转式激光雷达KX-64,并推出用于仓储机器人的补盲雷达KX-Mini。", "zh-Hans"));
        assertEquals(List.of("VT500"), products("岚汐电子将于明年量产新一代车规级控制器VT500。", "zh-Hans"));
        // a model inside a description, before the noun it qualifies, is no product of the verb
        assertEquals(List.of(), products("岚汐电子发布Q3财报。", "zh-Hans"));
    }

    @Test
    void aLatinNameAfterAProductNounIsAProductAndTheNounItsDescription() {
        String text = "泓岩科技将停止销售旗下办公软件Lumora的独立版本。";
        assertEquals(List.of("Lumora"), products(text, "zh-Hans"));
        // the words before the name describe it: no company "办公软件"
        assertEquals(List.of("泓岩科技"), linker.link(new Sentence(0, 0, text.length(), text, "zh-Hans", false)).stream()
                .filter(m -> m.entity().kind() == EntityKind.ORG).map(m -> m.entity().label()).toList());
        assertEquals(List.of(), products("泓岩科技发布了新款芯片AI。", "zh-Hans"));
    }

    @Test
    void aLatinNameAfterAChineseCompanyDescriptorIsAnOrganisationButATitleIsNot() {
        String text = "荷兰设备商Orvane宣布裁员,美国芯片公司CEO表示关注。";
        assertEquals(List.of("Orvane"), linker.link(new Sentence(0, 0, text.length(), text, "zh-Hans", false)).stream()
                .filter(m -> m.entity().kind() == EntityKind.ORG).map(m -> m.entity().label()).toList());
    }

    @Test
    void chineseDocumentsCampaignsAndAcronymsAreNoProducts() {
        assertEquals(List.of(), products("泓岩科技发布了《2025年可持续发展报告》。", "zh-Hans"));
        assertEquals(List.of(), products("泓岩科技推出“以旧换新”活动。", "zh-Hans"));
        assertEquals(List.of(), products("泓岩科技推出AI芯片。", "zh-Hans"));
        assertEquals(List.of(), products("泓岩科技发布Q3财报。", "zh-Hans"));
        assertEquals(List.of(), products("市场对AWS云服务的需求上升。", "zh-Hans"));
        assertEquals(List.of(), products("凌渡半導體宣布終止與「雲鯨」的合作。", "zh-Hant"));
    }

    @Test
    void englishCapitalisedNamesAfterLaunchAndDiscontinuationVerbs() {
        assertEquals(List.of("Cobalt Vault"), products("Halvio Systems unveiled its new Cobalt Vault on Tuesday.", "en"));
        assertEquals(List.of("Lumio 2.5 Pro"), products("Kelvane Cloud on Wednesday released Lumio 2.5 Pro to paying customers.", "en"));
        assertEquals(List.of("Brightwave"), products("Osterwind Cloud rolled out a video conferencing app called Brightwave.", "en"));
        assertEquals(List.of("Zentor X2"), products("Zentor X2, its first edge AI chip, ships in May.", "en"));
        assertEquals(List.of("Pixora 4"), products("Tavrix Networks said it will end support for Pixora 4 in June.", "en"));
    }

    @Test
    void englishPeopleMonthsQuartersAndTheOrganisationItselfAreNoProducts() {
        assertEquals(List.of(), products("Halvio Systems released Q3 results on Monday.", "en"));
        assertEquals(List.of(), products("Tavrix Networks introduced Maria Lenz as its new chief executive.", "en"));
        assertEquals(List.of(), products("The service launched March 3 in Europe.", "en"));
        assertEquals(List.of(), products("Kelvane Cloud launched AI features for Chinese customers.", "en"));
        assertEquals(List.of(), products("Corvane Technologies launched Corvane Technologies Ventures last year.", "en"));
        assertTrue(products("Kelvane Cloud launched Halvio's new storage service.", "en").isEmpty());
        assertEquals(List.of(), products("Tavrix Networks will shut down its Quzhou plant next year.", "en"));
        assertEquals(List.of(), products("Kelvane Cloud launched Chinese-language versions of its apps.", "en"));
    }

    @Test
    void anEnglishNameEndingInAVersionNumberBeforeANounIsAModel() {
        assertEquals(List.of("Velo 4"), products("Halvio will stop making its entry-level Velo 4 fishfinder next year.", "en"));
        assertEquals(List.of("Quaybot 3"), products("The port ordered 25 Quaybot 3 trolleys last month.", "en"));
        // stages, ranks and places are numbered so too
        assertEquals(List.of(), products("The drug entered the Phase 2 trial while its Tier 1 suppliers waited.", "en"));
    }

    @Test
    void anEnglishProductNameMayStartWithItsMakersName() {
        assertEquals(List.of("Halvio Pulse"), products("Halvio launched Halvio Pulse, its new analytics app.", "en"));
        assertEquals(List.of("Velora Route"), products("Velora will supply its Velora Route platform to Nordhavn Lines.", "en"));
    }

    @Test
    void englishNamesInAnIndefiniteAppositionOrBetweenADeterminerAndAKindNoun() {
        assertEquals(List.of("Beacon"), products("Halvio will also retire Beacon, a standalone reporting app it launched in 2020.", "en"));
        assertEquals(List.of("Halvio Sheets"), products("A second product, the Halvio Sheets builder, will close next month.", "en"));
        assertEquals(List.of("Quill-3"), products("Halvio plans to release Quill-3 in the autumn.", "en"));
        assertEquals(List.of("Quill"), products("It succeeds its open-weight Quill model.", "en"));
        // a company described by a kind noun and what it does is no product
        assertEquals(List.of(), products("Brindle, a chip designer based in Oslo, raised $40 million.", "en"));
        assertEquals(List.of(), products("Brindle, a chip start-up, raised $40 million.", "en"));
    }
    @Test
    void chineseNamesAfterAProductNounOrATitleAsTheSubjectOfALaunchOrDiscontinuationVerb() {
        assertEquals(List.of("岚川T8"), products("岚川科技发布了新一代推理芯片岚川T8。", "zh-Hans"));
        assertEquals(List.of("DataLite"), products("星澜云将下线轻量数据服务DataLite。", "zh-Hans"));
        assertEquals(List.of("曜石S7"), products("澄星電子推出首款自有品牌AI筆電「曜石S7」。", "zh-Hant"));
        assertEquals(List.of("云阙"), products("公司推出大模型服务平台“云阙”。", "zh-Hans"));
        assertEquals(List.of("星途"), products("《星途》2月底停服。", "zh-Hans"));
        assertEquals(List.of("雲闕"), products("《雲闕》於2019年6月上線後，營收逐年下滑。", "zh-Hant"));
        // a verb between the noun and a Latin name is no brand: the name is the Latin one alone
        assertEquals(List.of("Lumen-5"), products("岚川科技的平台上线Lumen-5。", "zh-Hans"));
        // a title not followed by a launch or discontinuation verb in its clause is no product
        assertEquals(List.of(), products("《星途》的玩家反应热烈,公司随后推出了新活动。", "zh-Hans"));
    }
    @Test
    void aKindAfterALaunchVerbThenItsNameIsAProduct() {
        assertEquals(List.of("Lumo Edge"), products("Orvane would launch a wireless door sensor, the Lumo Edge, in April.", "en"));
        assertEquals(List.of("Tolo 8"), products("Later we released a budget tablet, the Tolo 8.", "en"));
        // an appositive after a kind that no launch verb introduces names no product
        assertEquals(List.of(), products("Orvane builds a wireless door sensor, the best seller in its range.", "en"));
    }

    @Test
    void twoKindsSharingTheHeadOfASupplyAreOneKind() {
        assertEquals(List.of("compute and storage services"), products("Velmora will provide compute and storage services to Pellarine.", "en"));
    }

    @Test
    void aModelCodeAProductNounEndsIsAProduct() {
        assertEquals(List.of("KT-7"), products("Orvane has stopped taking orders for its KT-7 three-phase meter.", "en"));
        assertEquals(List.of("RX-40"), products("Brindle agreed to supply 30,000 RX-40 inverters to Pellarine.", "en"));
        assertEquals(List.of("Nimbus-Z"), products("Halvex will supply its Nimbus-Z coating to a Korean fab.", "en"));
        // a code no product noun follows, or one after no determiner or supply verb, names no product
        assertEquals(List.of(), products("Leaders met at the G-7 summit in May.", "en"));
        assertEquals(List.of(), products("The firm kept its A-1 rating for a third year.", "en"));
        assertEquals(List.of(), products("Pellarine hired 40 H-1B engineers.", "en"));
    }

    @Test
    void aLatinBrandAndModelInChineseTextIsOneProductAndAHanRunNoLatinCompanyName() {
        // the capitalised words before "AI" run over Han characters back to "Pelora": no company, a product after its noun
        assertEquals(List.of("Pelora Ledger AI", "Pelora Till 2"),
                products("Pelora本月推出AI记账助手Pelora Ledger AI,并宣布旧款Pelora Till 2终端将于明年停止支持。", "zh-Hans"));
        assertEquals(List.of("Quiro S1"), products("第一代手持扫描仪Quiro S1则已停止接单。", "zh-Hans"));
        assertEquals(List.of("Quiro Scan 3"), products("舊版Quiro Scan 3將於年底停止服務。", "zh-Hant"));
        // a company's Latin name after a descriptor that opens with capitals ("POS服务商") is the Latin words alone
        String text = "POS服务商Pelora Pte Ltd宣布裁员。";
        assertEquals(List.of("Pelora Pte Ltd"), linker.link(new Sentence(0, 0, text.length(), text, "zh-Hans", false)).stream()
                .filter(m -> m.entity().kind() == EntityKind.ORG).map(m -> m.entity().label()).toList());
    }
}
