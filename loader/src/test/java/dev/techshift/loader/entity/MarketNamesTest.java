package dev.techshift.loader.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * English names of unregistered markets composed from {@code data/rules/market-terms.json} and the registry's market
 * labels (the project's own files); phrases are invented.
 * <pre>
 * mvn -B -ntp -q -o -pl loader -am verify -Dtest=MarketNamesTest -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
class MarketNamesTest {

    private static MarketNames names;

    @BeforeAll
    static void load() {
        names = ProjectLinking.get().markets();
    }

    @Test
    void chineseTermsComposeInTheirOrderWithTheHeadInItsPlural() {
        assertEquals("SME finance software", names.label("中小企业财务软件"));
        assertEquals("automotive gallium nitride power modules", names.label("車規級氮化鎵功率模組"));
        assertEquals("smart cockpit systems", names.label("智能座舱系统"));
        // both scripts and the Taiwan word for a thing name one market
        assertEquals(names.label("边缘计算网关"), names.label("邊緣運算閘道器"));
        // a term's form before another word: "liquid-cooling", and a registry name's singular ("AI chips" -> "AI chip")
        assertEquals("liquid-cooling servers", names.label("液冷服务器"));
        assertEquals("AI chip design", names.label("AI芯片设计"));
    }

    @Test
    void latinWordsStayAsWrittenUnlessATermCoversThem() {
        assertEquals("SME CRM", names.label("中小企业CRM"));
        assertEquals("enterprise AI agents", names.label("企业级AI Agent"));
        assertEquals("console action RPGs", names.label("家用主机动作RPG"));
        assertEquals("Mini LED backlight modules", names.label("Mini LED 背光模组"));
    }

    @Test
    void aPhraseWithAWordNoTermCoversKeepsItsWords() {
        assertEquals("澜珀概念", names.label("澜珀概念"));
        assertEquals("港澳地区手游", names.label("港澳地区手游"));
    }

    @Test
    void englishPhrasesTakeTheirCountedHeadsPlural() {
        assertEquals("industrial IoT gateways", names.label("industrial IoT gateway"));
        assertEquals("industrial IoT gateways", names.label("industrial IoT gateways"));
        assertEquals("webcomic apps", names.label("webcomic app"));
        assertEquals("liquid-cooling CDUs", names.label("liquid-cooling CDU"));
        // uncounted heads stay
        assertEquals("warehouse automation software", names.label("warehouse automation software"));
        assertEquals("cloud gaming", names.label("cloud gaming"));
        assertEquals("electric outboards", names.label("electric outboard"));
    }

    @Test
    void aChannelWordNamesNoMarketOfGoods() {
        assertEquals("electric toothbrushes", names.label("线上电动牙刷"));
        assertEquals("electric toothbrushes", names.label("online electric toothbrush"));
        assertEquals("smart speakers", names.label("線上智慧音箱"));
        // a service, an activity, a thing that is online itself, or a term of its own keeps it
        assertEquals("online concert ticketing", names.label("網上演唱會票務"));
        assertEquals("online payments", names.label("线上支付"));
        assertEquals("online property rental apps", names.label("網上物業租賃App"));
        assertEquals("online games", names.label("online game"));
        assertEquals("online games", names.label("线上游戏"));
    }

    @Test
    void whatProductsAreForGoesBeforeThem() {
        // "RV reducers for industrial robots" composes as 工业机器人RV减速器 did before the registry held that market
        // (market/rv-reducers, merged from the registry lever: its label is the name now)
        assertEquals("RV reducers", names.label("工业机器人RV减速器"));
        assertEquals("industrial robot RV reducers", names.label("RV reducers for industrial robots"));
        assertEquals("electronic shelf labels", names.label("電子貨架標籤"));
        assertEquals("vertical machining centre exports", names.label("立式加工中心機出口"));
        assertEquals("smart electricity meters", names.label("smart electricity meter"));
        assertEquals("CMP slurries", names.label("CMP slurry"));
    }

    @Test
    void tradeWordsOfToolsAndShopsCompose() {
        // how a tool is held and what it works with come before it: 手持式, 激光 (the word before 器 is the laser itself)
        assertEquals("handheld laser welding equipment", names.label("手持式激光焊接设备"));
        assertEquals("handheld laser welding equipment", names.label("手持雷射焊接設備"));
        assertEquals("MEMS probe cards", names.label("MEMS探針卡"));
        // 機車 is a motorcycle in Taiwan news; a dashboard is an instrument cluster
        assertEquals("motorcycle instrument clusters", names.label("機車儀表盤"));
        assertEquals("electric two-wheeler instrument clusters", names.label("電動機車儀錶板"));
        assertEquals("smart bird feeders", names.label("智慧餵鳥器"));
        assertEquals("self-service laundromats", names.label("自助式洗衣店"));
        assertEquals("marine fishfinders", names.label("marine fishfinder"));
    }

    @Test
    void termsBeforeAPhraseExtendItUpToAnotherName() {
        String folded = TextFold.fold("全球电子雾化设备代工市场");
        boolean[] stop = new boolean[folded.length() + 1];
        // HanLP's phrase 设备代工 (at 6..10): 电子雾化 before it is made of terms, 全球 is not
        assertEquals(2, names.termsBefore(folded, 6, 10, stop));
        // the last term may run into the phrase: 光伏逆变 + HanLP's 器代工
        String pv = TextFold.fold("全球光伏逆变器代工市场");
        assertEquals(2, names.termsBefore(pv, 6, 9, new boolean[pv.length() + 1]));
        // a word that is also a verb does not start the name: 服务 in "长期服务中小企业CRM"
        String served = TextFold.fold("公司长期服务中小企业CRM市场");
        assertEquals(6, names.termsBefore(served, 10, 13, new boolean[served.length() + 1]));
        // a name (stop) inside the words before ends the extension: 雾化 alone is no term
        stop[3] = true;
        assertEquals(6, names.termsBefore(folded, 6, 10, stop));
    }
}
