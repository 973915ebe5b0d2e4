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
        assertEquals(List.of("折叠屏平板"), markets("在中国折叠屏平板市场,澜骁科技以21%的份额位居第一。", "zh-Hans"));
        assertTrue(kinds("在中国折叠屏平板市场,澜骁科技以21%的份额位居第一。", "zh-Hans").contains("PLACE:中国"));
        assertEquals(List.of("=market/power-semiconductors"), markets("朔川电子在全球功率器件市场的份额升至9%。", "zh-Hans"));
        // a phrase that is, whole, a registry label bound to context is that market (封装测试 = OSAT)
        assertEquals(List.of("=market/osat"), markets("朔川电子在全球封装测试市场的份额升至9%。", "zh-Hans"));
        assertEquals(List.of("企业级网络设备"), markets("霁岚科技在国内企业级网络设备市场排名第二。", "zh-Hans"));
        assertEquals(List.of("分布式数据库"), markets("泓岩科技占据了分布式数据库市场的两成。", "zh-Hans"));
        assertEquals(List.of("折叠屏平板"), markets("澜骁科技进军折叠屏平板市场。", "zh-Hans"));
        assertEquals(List.of("=market/energy-storage-batteries"), markets("中国已成为全球最大储能电池市场。", "zh-Hans"));
        assertEquals(List.of("雲端ERP"), markets("鼎澄科技在台灣雲端ERP市場的市佔率約22%。", "zh-Hant"));
        // a market's name written right before 市占率, without 市场
        assertEquals(List.of("折疊平板"), markets("澜骁科技第3季全球折疊平板市佔率為20%,居冠。", "zh-Hant"));
        assertEquals(List.of(), markets("澜骁科技的市占率为20%。", "zh-Hans"));
        assertEquals(List.of("=market/ai-servers"), markets("朔川電子在全球AI伺服器市場的市佔率約為12%。", "zh-Hant"));
        // HanLP reads 全/球手游: a phrase starting inside a leadStop word (全球) starts after it
        assertEquals(List.of("=market/mobile-games"), markets("在全球手游市场中,澜骁科技的份额为6%。", "zh-Hans"));
        assertEquals(List.of("=market/ride-hailing"), markets("在全球网约车市场中,澜骁出行的份额为6%。", "zh-Hans"));
    }

    @Test
    void aLongerPhraseIsANarrowerMarketThanTheRegistryOneInside() {
        assertEquals(List.of("AI公有云服务"), markets("在单独统计的AI公有云服务细分市场,澜骁科技位居第一。", "zh-Hans"));
        assertEquals(List.of("public cloud database"), markets("Veltrix Systems held 14% of the public cloud database market.", "en"));
        // a registry label that says 市场/"market" leaves the word to a longer phrase before it
        assertEquals(List.of("边缘服务器"), markets("在全球边缘服务器市场,澜骁科技位居第一。", "zh-Hans"));
        assertEquals(List.of("edge server"), markets("Veltrix held 14% of the global edge server market.", "en"));
        // registry markets alone stay the registry ones
        assertEquals(List.of("=market/servers"), markets("在全球服务器市场,澜骁科技位居第一。", "zh-Hans"));
        assertEquals(List.of("=market/public-cloud"), markets("在中国公有云市场,澜骁科技位居第一。", "zh-Hans"));
        assertEquals(List.of("=market/public-cloud"), markets("Veltrix held 14% of the Nordic public cloud market.", "en"));
        assertEquals(List.of("=market/iaas"), markets("Veltrix held 14% of the global cloud infrastructure market.", "en"));
    }

    @Test
    void englishMarkets() {
        assertEquals(List.of("foldable tablet"), markets("Corvane held 19% of the global foldable tablet market in the third quarter.", "en"));
        assertEquals(List.of("enterprise networking"), markets("Quenby Networks' share of the enterprise networking market rose to 11%.", "en"));
        assertEquals(List.of("cloud ERP"), markets("Halmora Software had a 17% share of the European cloud ERP market.", "en"));
        assertEquals(List.of("chip packaging"), markets("Tarnby's chip packaging market share climbed to 8%.", "en"));
        assertEquals(List.of("e-reader"), markets("Corvane gained ground in the fiercely contested e-reader market.", "en"));
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
