package dev.techshift.loader.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.techshift.loader.article.Sentence;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Markets the registry does not know ({@code markets} of unlinked.json), against the real registry and cue files:
 * the words before 市场/market, a place left off their start, a narrower phrase over the registry market inside it,
 * and the 市场/market words that name no market.
 * <pre>
 * mvn -B -ntp -q -o -pl loader -am verify -Dtest=UnlinkedMarketsTest -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
class UnlinkedMarketsTest {

    private static EntityLinker linker;

    @BeforeAll
    static void load() {
        linker = ProjectLinking.get().linker();
    }

    /** The markets of a sentence: "label" for unlinked ones, "=market/slug" for registry ones. */
    private static List<String> markets(String text, String language) {
        return linker.link(new Sentence(0, 0, text.length(), text, language, false)).stream()
                .filter(m -> m.entity().kind() == EntityKind.MARKET)
                .map(m -> m.entity().linked() ? "=" + m.entity().iri().substring(m.entity().iri().indexOf("/id/") + 4) : m.entity().label())
                .collect(Collectors.toList());
    }

    private static List<String> kinds(String text, String language) {
        return linker.link(new Sentence(0, 0, text.length(), text, language, false)).stream()
                .map(m -> m.entity().kind() + ":" + m.surface()).collect(Collectors.toList());
    }

    @Test
    void chineseMarketsEndAtThePlaceAndTheVerbBeforeThem() {
        assertEquals(List.of("foldable tablets"), markets("在中国折叠屏平板市场,澜骁科技以21%的份额位居第一。", "zh-Hans"));
        assertTrue(kinds("在中国折叠屏平板市场,澜骁科技以21%的份额位居第一。", "zh-Hans").contains("PLACE:中国"));
        assertEquals(List.of("=market/power-semiconductors"), markets("朔川电子在全球功率器件市场的份额升至9%。", "zh-Hans"));
        // a phrase that is, whole, a registry label bound to context is that market (封装测试 = OSAT)
        assertEquals(List.of("=market/osat"), markets("朔川电子在全球封装测试市场的份额升至9%。", "zh-Hans"));
        assertEquals(List.of("enterprise networking equipment"), markets("霁岚科技在国内企业级网络设备市场排名第二。", "zh-Hans"));
        assertEquals(List.of("distributed databases"), markets("泓岩科技占据了分布式数据库市场的两成。", "zh-Hans"));
        assertEquals(List.of("foldable tablets"), markets("澜骁科技进军折叠屏平板市场。", "zh-Hans"));
        assertEquals(List.of("=market/energy-storage-batteries"), markets("中国已成为全球最大储能电池市场。", "zh-Hans"));
        assertEquals(List.of("cloud ERP"), markets("鼎澄科技在台灣雲端ERP市場的市佔率約22%。", "zh-Hant"));
        // a market's name written right before 市占率, without 市场
        assertEquals(List.of("foldable tablets"), markets("澜骁科技第3季全球折疊平板市佔率為20%,居冠。", "zh-Hant"));
        assertEquals(List.of(), markets("澜骁科技的市占率为20%。", "zh-Hans"));
        assertEquals(List.of("=market/ai-servers"), markets("朔川電子在全球AI伺服器市場的市佔率約為12%。", "zh-Hant"));
        // HanLP reads 全/球手游: a phrase starting inside a leadStop word (全球) starts after it
        assertEquals(List.of("=market/mobile-games"), markets("在全球手游市场中,澜骁科技的份额为6%。", "zh-Hans"));
        assertEquals(List.of("=market/ride-hailing"), markets("在全球网约车市场中,澜骁出行的份额为6%。", "zh-Hans"));
    }

    @Test
    void aLongerPhraseIsANarrowerMarketThanTheRegistryOneInside() {
        assertEquals(List.of("AI public cloud services"), markets("在单独统计的AI公有云服务细分市场,澜骁科技位居第一。", "zh-Hans"));
        assertEquals(List.of("public cloud databases"), markets("Veltrix Systems held 14% of the public cloud database market.", "en"));
        // a registry label that says 市场/"market" leaves the word to a longer phrase before it
        assertEquals(List.of("edge servers"), markets("在全球边缘服务器市场,澜骁科技位居第一。", "zh-Hans"));
        assertEquals(List.of("edge servers"), markets("Veltrix held 14% of the global edge server market.", "en"));
        // registry markets alone stay the registry ones
        assertEquals(List.of("=market/servers"), markets("在全球服务器市场,澜骁科技位居第一。", "zh-Hans"));
        assertEquals(List.of("=market/public-cloud"), markets("在中国公有云市场,澜骁科技位居第一。", "zh-Hans"));
        assertEquals(List.of("=market/public-cloud"), markets("Veltrix held 14% of the Nordic public cloud market.", "en"));
        assertEquals(List.of("=market/iaas"), markets("Veltrix held 14% of the global cloud infrastructure market.", "en"));
    }

    @Test
    void englishMarkets() {
        assertEquals(List.of("foldable tablets"), markets("Corvane held 19% of the global foldable tablet market in the third quarter.", "en"));
        assertEquals(List.of("enterprise networking"), markets("Quenby Networks' share of the enterprise networking market rose to 11%.", "en"));
        assertEquals(List.of("cloud ERP"), markets("Halmora Software had a 17% share of the European cloud ERP market.", "en"));
        assertEquals(List.of("chip packaging"), markets("Tarnby's chip packaging market share climbed to 8%.", "en"));
        // a counted head in the plural, as market names are written ("e-reader" is a market term)
        assertEquals(List.of("e-readers"), markets("Corvane gained ground in the fiercely contested e-reader market.", "en"));
        assertEquals(List.of("electric outboards"), markets("Corvane held 12% of Norway's electric outboard market last year.", "en"));
    }

    @Test
    void aTermRunningIntoThePhraseOrPastAVerbStartsTheMarket() {
        // HanLP reads 割 as a verb and 自动 as an adverb: the whole term before the phrase is the market's first word
        assertEquals(List.of("robotic lawnmowers"), markets("2025年欧洲割草机器人市场中,岱川科技以12%的份额排名第三。", "zh-Hans"));
        assertEquals(List.of("vending machine IoT modules"), markets("2024年韩国自动售货机IoT模块市场中,岱川科技以约20%的份额居首。", "zh-Hans"));
        // 训练台 is an organisation to HanLP; the terms before 市场 still name the market
        assertEquals(List.of("smart bike trainers"), markets("2025年全球智慧騎行訓練台市場中,岱川以15%排名第二。", "zh-Hant"));
        assertEquals(List.of("heat pumps"), markets("在欧洲热泵市场,岱川科技的份额约为8%。", "zh-Hans"));
    }

    @Test
    void aChannelWordBeforeGoodsIsNotPartOfTheMarket() {
        // 线上 says where the share of electric toothbrushes is counted; the same market in English
        assertEquals(List.of("electric toothbrushes"), markets("2025年中国线上电动牙刷市场中,岱川科技以14%的份额居首。", "zh-Hans"));
        assertEquals(List.of("electric toothbrushes"), markets("Corvane held 14% of China's online electric toothbrush market.", "en"));
        assertEquals(List.of("hair dryers"), markets("岱川電器在台灣線上吹風機市場的市佔率約為11%。", "zh-Hant"));
        // before a service, an activity or a thing that is online itself, it is part of the name
        assertEquals(List.of("online concert ticketing"), markets("去年本港網上演唱會票務市場中,岱川以約40%的市佔率居首。", "zh-Hant"));
    }

    /**
     * Markets read from the sentence's structure where no term list names them whole (invented firms): a customer
     * segment before a registry market a measure follows is a narrower market; a registry market's contextual label
     * before 市场 or a retail measure is that market; a place between the opener and an English market's words; a
     * hyphenated English head in the plural.
     */
    @Test
    void marketsFromTheSentencesStructure() {
        String[][] cases = {
            {"commercial and industrial energy storage systems", "zh-Hans", "2025年国内工商业储能系统出货量中,澜骁科技以12%的份额排名第二。"},
            {"residential energy storage systems", "zh-Hans", "霁岚科技户用储能系统装机量全国第三。"},
            {"=market/energy-storage-systems", "zh-Hans", "2025年国内储能系统出货量中,澜骁科技以12%的份额排名第二。"},
            {"=market/energy-storage-systems", "zh-Hans", "澜骁科技为工商业客户提供储能系统。"},
            {"=market/smart-locks", "zh-Hans", "2025年中国智能门锁线上零售额中,霁岚科技以9%的份额排名第三。"},
            {"=market/data-labeling", "zh-Hans", "2025年东南亚数据标注服务市场中,朔川电子以约11%的份额排名第一。"},
            {"", "zh-Hans", "霁岚科技推出数据标注服务。"},
            {"=market/online-grocery", "zh-Hant", "霁岚科技2024年佔香港網上生鮮雜貨市場約14%,排名第三。"},
            {"shared micromobility", "zh-Hans", "2026年上半年曼谷共享微出行市场中,澜骁出行份额为31%。"},
            {"fitness trackers", "en", "Corvane's share of the US fitness-tracker market slipped to 6.1% in 2025."},
            {"smart thermostats", "en", "In the Nordic smart-thermostat market, Halmora ranked first with 24%."},
            {"", "en", "Corvane said the US market was weak."},
            {"industrial controllers", "zh-Hans", "在工业控制器领域,澜骁科技以18%位居第二。"},
            {"", "zh-Hans", "在该领域,澜骁科技以18%位居第二。"},
            {"", "zh-Hans", "澜骁科技将继续在工业控制器领域加大投入。"},
        };
        for (String[] c : cases) {
            assertEquals(c[0].isEmpty() ? List.of() : List.of(c[0]), markets(c[2], c[1]), c[2]);
        }
    }

    /**
     * A market the registry lacks is named in English from the market terms (market-terms.json), so that the same
     * market written in Chinese in one article and in English in another is one entity (one IRI); the Chinese words
     * stay its mention's surface. A phrase with a word no term covers keeps the words as written.
     */
    @Test
    void unregisteredMarketsAreOneEntityAcrossLanguages() {
        String zhHans = iri("2025年中国储能温控系统市场中,岱川科技以11%的份额位居第二。", "zh-Hans");
        String zhHant = iri("岱川科技在台灣儲能溫控系統市場的市佔率約為9%。", "zh-Hant");
        assertEquals(zhHans, zhHant);
        assertEquals(List.of("energy storage temperature control systems"),
                markets("2025年中国储能温控系统市场中,岱川科技以11%的份额位居第二。", "zh-Hans"));
        assertEquals(List.of("SME finance software"), markets("在印尼中小企业财务软件市场,岱川科技排名第三。", "zh-Hans"));
        assertEquals(List.of("automotive gallium nitride power modules"), markets("岱川科技在全球車規級氮化鎵功率模組市場排名第五。", "zh-Hant"));
        assertEquals(List.of("enterprise AI agents"), markets("据IDC数据,中国企业级AI Agent市场中,岱川科技排名第三。", "zh-Hans"));
        // Latin words stay as written, a counted head takes its plural, as an English article's phrase does
        String en = iri("Daichuan held 6% of the global industrial IoT gateway market.", "en");
        assertEquals(en, iri("岱川科技在全球工業物聯網閘道器市場排名第四。", "zh-Hant"));
        assertEquals(List.of("industrial IoT gateways"), markets("Daichuan held 6% of the global industrial IoT gateway market.", "en"));
        assertEquals(List.of("automotive millimeter-wave radars"), markets("岱川科技在国内车载毫米波雷达市场排名第一。", "zh-Hans"));
        assertEquals(List.of("automotive millimeter-wave radars"), markets("Daichuan led the Japanese automotive millimeter-wave radar market with 15%.", "en"));
        // a word no term covers: the words as written
        assertEquals(List.of("澜珀概念"), markets("岱川科技在澜珀概念市场排名第一。", "zh-Hans"));
    }

    /** Market terms before the words HanLP reads as a market's name are words of that name, whatever their part of speech. */
    @Test
    void marketTermsBeforeThePhraseBelongToIt() {
        // 搜尋 and 租賃 are verbs to HanLP: without the terms the market would be "App"
        assertEquals(List.of("online property rental apps"), markets("在本港網上物業租賃App市場,樓匯科技佔約31%,排名第一。", "zh-Hant"));
        assertEquals(List.of("PV inverter contract manufacturing"), markets("2025年全球光伏逆变器代工市场中,晟澜新能以9%的份额排名第三。", "zh-Hans"));
        // a place or a company before them still ends the phrase
        assertTrue(kinds("在本港網上物業租賃App市場,樓匯科技佔約31%,排名第一。", "zh-Hant").stream().noneMatch(k -> k.contains("本港") && k.startsWith("MARKET")));
        // a registry market with modifiers before it stays the registry market
        assertEquals(List.of("=market/food-delivery"), markets("在本港網上外賣平台市場,飯團科技佔約31%。", "zh-Hant"));
    }

    /**
     * What a share counts (零售额, 出货量) and the channel it is counted in (线上), written last before 市场, are no part of
     * the market's name; a count (三个市场) names no market. 包裹柜 composes to "parcel lockers", a registry label.
     */
    @Test
    void measuresBeforeTheMarketWordAreNotItsName() {
        assertEquals(List.of("smart pet feeders"), markets("2025年岱川科技在国内智能喂食器线上零售额市场中的份额为16%。", "zh-Hans"));
        assertEquals(List.of("=market/smart-parcel-lockers"), markets("岱川物流在本地包裹柜出货量市场的份额约为21%。", "zh-Hans"));
        // the registry holds this market now (market/online-pre-owned-luxury): 交易額 is still no part of its name
        assertEquals(List.of("=market/online-pre-owned-luxury"), markets("岱川在香港網上二手奢侈品市場的交易額佔比約12%。", "zh-Hant"));
        assertEquals(List.of(), markets("岱川科技目前在三个市场运营约两千台设备。", "zh-Hans"));
        assertEquals(List.of(), markets("岱川科技创始人表示,过去两年市场环境急转直下。", "zh-Hans"));
        assertEquals(List.of(), markets("岱川科技創辦人表示,過去兩年市場環境急轉直下。", "zh-Hant"));
        assertEquals(List.of(), markets("岱川科技的线上零售额市场份额未披露。", "zh-Hans"));
        // HanLP reads 问诊 as a verb and takes no word before 市场: the market terms before it still name the market,
        // unless the name would end in a customer group (企业市场)
        assertEquals(List.of("virtual care"), markets("2025年岱川健康在加拿大虚拟问诊市场的份额约为21%。", "zh-Hans"));
        assertEquals(List.of(), markets("岱川科技正在进入企业市场。", "zh-Hans"));
    }

    private static String iri(String text, String language) {
        return linker.link(new Sentence(0, 0, text.length(), text, language, false)).stream()
                .filter(m -> m.entity().kind() == EntityKind.MARKET).map(m -> m.entity().iri()).findFirst().orElse("");
    }

    /** The common technology markets of markets.ttl take over from the unlinked reading, in both scripts and English. */
    @Test
    void commonMarketsAreRegistryMarkets() {
        assertEquals(List.of("=market/smartphones"), markets("在中国智能手机市场,澜骁科技以21%的份额位居第一。", "zh-Hans"));
        assertEquals(List.of("=market/smartphones"), markets("澜骁科技第3季全球智慧型手機市佔率為20%,居冠。", "zh-Hant"));
        assertEquals(List.of("=market/foundry"), markets("朔川电子在全球晶圆代工市场的份额升至9%。", "zh-Hans"));
        assertEquals(List.of("=market/notebook-odm"), markets("全球筆電代工市場中,澜骁以三成居冠。", "zh-Hant"));
        assertEquals(List.of("=market/mobile-games"), markets("台灣手遊市場中,澜骁互娛居次。", "zh-Hant"));
        assertEquals(List.of("=market/ai-chips"), markets("在中国AI加速芯片市场中,朔川份额约为20%。", "zh-Hans"));
        assertEquals(List.of("=market/smartphones"), markets("Corvane held 19% of the global smartphone market in the third quarter.", "en"));
        assertEquals(List.of("=market/personal-computers"), markets("Corvane gained ground in the fiercely contested PC market.", "en"));
        assertEquals(List.of("=market/workflow-automation"), markets("Its share of the workflow automation market fell to 7%.", "en"));
    }

    @Test
    void marketWordsThatNameNoMarket() {
        assertEquals(List.of(), markets("澜骁科技市场部负责人表示,出货量增长了20%。", "zh-Hans"));
        assertEquals(List.of(), markets("市场人士认为,澜骁科技的估值偏高。", "zh-Hans"));
        assertEquals(List.of(), markets("资本市场对澜骁科技的估值上调了15%。", "zh-Hans"));
        assertEquals(List.of(), markets("澜骁科技加大了对中国市场的投入。", "zh-Hans"));
        assertEquals(List.of(), markets("澜骁科技近年主打中小企业市场。", "zh-Hans"));
        assertEquals(List.of(), markets("市场研究机构弘岩咨询发布报告。", "zh-Hans"));
        assertEquals(List.of(), markets("其首席技术官表示,该公司的 AI 模型市場 Veltra 未能满足需求。", "zh-Hant"));
        assertEquals(List.of(), markets("Shares of Corvane fell 4% as the stock market slid.", "en"));
        assertEquals(List.of(), markets("Corvane hired a market research firm.", "en"));
        assertEquals(List.of(), markets("Corvane plans to market its phones in the Chinese market.", "en"));
        assertEquals(List.of(), markets("The market grew 12% last year.", "en"));
    }
}
