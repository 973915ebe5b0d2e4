package dev.techshift.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A market the registry lacks, named in Chinese in one article and in English in another, is one market in the
 * graph: the same IRI for both observations, an English preferred label, the Chinese words as an alternative label.
 * The articles are invented.
 */
class MarketAcrossLanguagesTest {

    @TempDir
    static Path dir;

    private static Pipeline pipeline;

    @BeforeAll
    static void loadRules() {
        pipeline = ProjectPipeline.get();
    }

    /** The graph of a one-sentence article. */
    private static Graph build(String stem, String language, String text) throws Exception {
        return pipeline.process(TestArticles.write(dir, stem, language, text)).graph();
    }

    /** The market IRIs of an article's market-share observations. */
    private static List<String> markets(Graph g) {
        TreeSet<String> out = new TreeSet<>();
        g.find(Node.ANY, NodeFactory.createURI("https://w3id.org/techshift/ns#market"), Node.ANY)
                .forEach(t -> out.add(t.getObject().getURI()));
        return List.copyOf(out);
    }

    private static List<String> labels(Graph g, String market, Node property) {
        TreeSet<String> out = new TreeSet<>();
        g.find(NodeFactory.createURI(market), property, Node.ANY).mapWith(Triple::getObject)
                .forEach(o -> out.add(o.getLiteralLexicalForm() + "@" + o.getLiteralLanguage()));
        return List.copyOf(out);
    }

    @Test
    void oneMarketWhicheverLanguageNamesIt() throws Exception {
        Graph zh = build("mkt-zh", "zh-Hans", "据调研机构鼎言咨询统计,2025年中国边缘计算网关市场中,岱川科技以11%的份额位居第二。");
        Graph en = build("mkt-en", "en", "Daichuan Technology held 11% of the Chinese edge computing gateway market in 2025.");
        List<String> zhMarkets = markets(zh);
        assertEquals(1, zhMarkets.size());
        assertEquals(zhMarkets, markets(en));
        String market = zhMarkets.get(0);
        assertEquals(List.of("edge computing gateways@en"), labels(zh, market, SKOS.prefLabel.asNode()));
        assertEquals(List.of("边缘计算网关@zh-Hans"), labels(zh, market, SKOS.altLabel.asNode()));
        assertEquals(List.of("edge computing gateways@en"), labels(en, market, SKOS.prefLabel.asNode()));
        assertEquals(List.of("edge computing gateway@en"), labels(en, market, SKOS.altLabel.asNode()));
    }

    @Test
    void aMarketNoTermCoversKeepsItsWordsInItsLanguage() throws Exception {
        Graph zh = build("mkt-kept", "zh-Hant", "岱川科技在台灣澜珀概念市場的市佔率約為9%,排名第三。");
        String market = markets(zh).get(0);
        assertEquals(List.of("澜珀概念@zh-Hant"), labels(zh, market, SKOS.prefLabel.asNode()));
        assertEquals(List.of(), labels(zh, market, SKOS.altLabel.asNode()));
    }
}
