package dev.techshift.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The HTML pages, graph data, search and assets, read as a client would. */
class PagesTest {

    private static FixtureServer server;

    @BeforeAll
    static void start() {
        server = FixtureServer.start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static String page(String path) throws Exception {
        HttpResponse<String> r = server.get(path, "text/html");
        assertEquals(200, r.statusCode(), path);
        assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
        return r.body();
    }

    @Test
    void entityPageShowsLabelsInEveryLanguageTypesAndOutsideLinks() throws Exception {
        String html = page("/page/org/acme");
        assertTrue(html.contains("<h1>Acme Corp</h1>"));
        assertTrue(html.contains("阿克米软件") && html.contains("阿克米軟體") && html.contains(">ACME<"));
        assertTrue(html.contains("lang=\"zh-Hant\""));
        assertTrue(html.contains("href=\"http://www.wikidata.org/entity/Q99999901\""), "Wikidata link");
        String elsewhere = html.substring(html.indexOf("<h2>Elsewhere</h2>"));
        elsewhere = elsewhere.substring(0, elsewhere.indexOf("</ul>"));
        assertTrue(elsewhere.contains("href=\"http://dbpedia.org/resource/Acme_Corp\""),
                "DBpedia link (skos:exactMatch) listed with the outside links: " + elsewhere);
        assertTrue(html.contains("href=\"/page/unit/acme-shanghai-lab\""), "unit link");
        assertTrue(html.contains("open in SPARQL UI"));
    }

    @Test
    void aUnitWithoutItsOwnWikidataLinkOffersItsParentsSaidToBeTheParents() throws Exception {
        String html = page("/page/unit/acme-shanghai-lab");
        String elsewhere = html.substring(html.indexOf("<h2>Elsewhere</h2>"));
        elsewhere = elsewhere.substring(0, elsewhere.indexOf("</ul>"));
        assertTrue(elsewhere.contains("No Wikidata or DBpedia link has been verified for this entity"), elsewhere);
        assertTrue(elsewhere.contains("<a href=\"/page/org/acme\">Acme Corp</a>"), elsewhere);
        assertTrue(elsewhere.contains("href=\"http://www.wikidata.org/entity/Q99999901\""), elsewhere);
        assertFalse(page("/page/org/globex").contains("No Wikidata or DBpedia link"), "own link shown as such");
    }

    @Test
    void aRulePageIsTitledByTheRuleNotByTheFamilyItExtracts() throws Exception {
        String html = page("/page/rule/fixture.en.rule");
        assertTrue(html.contains("<h1>fixture.en.rule</h1>"), html);
        assertFalse(html.contains("<h2>Facts</h2>"));
    }

    @Test
    void unlabelledVocabularyTypesShowAsPrefixedNames() throws Exception {
        String html = page("/page/unit/acme-shanghai-lab");
        assertTrue(html.contains(">org:OrganizationalUnit</a>"), html);
    }

    @Test
    void factsShowTheQuoteHighlightedInsideItsSentenceWithALinkToTheArticle() throws Exception {
        String html = page("/page/org/acme");
        assertTrue(html.contains("Acme <mark>closed its Shanghai lab</mark> in autumn 2018, affecting about 120 people."),
                "quote marked in its sentence");
        assertTrue(html.contains("said Acme held <mark>12.5%</mark> of the widgets market"));
        assertTrue(html.contains("href=\"/page/article/900_fixture#ev-111111111111\""));
    }

    /** The timeline list of a page. */
    private static String timeline(String path) throws Exception {
        String html = page(path);
        String tl = html.substring(html.indexOf("<ol class=\"timeline\">"));
        return tl.substring(0, tl.indexOf("</ol>"));
    }

    @Test
    void timelineIsInDateOrderWithFuzzyAndUnresolvedDatesAsWritten() throws Exception {
        String tl = timeline("/page/org/acme");
        int y2017 = tl.indexOf(">2017<");
        int autumn = tl.indexOf(">2018 autumn<");
        int unresolved = tl.indexOf("last March");
        assertTrue(y2017 >= 0 && autumn > y2017 && unresolved > autumn, tl);
    }

    @Test
    void timelineShowsTheRegistryFoundingAndDissolutionInOrder() throws Exception {
        String tl = timeline("/page/unit/acme-shanghai-lab");
        int founded = tl.indexOf(">2016</span> founded");
        int dissolved = tl.indexOf(">2019-02</span> dissolved");
        assertTrue(founded >= 0 && dissolved > founded, tl);
        assertTrue(tl.contains("(registry)"), tl);
    }

    @Test
    void marketSharesAreChartedAsSvg() throws Exception {
        String html = page("/page/org/acme");
        assertTrue(html.contains("<svg class=\"shares\""));
        assertTrue(html.contains("12.5 %"));
    }

    @Test
    void valuesFromTheDataAreEscaped() throws Exception {
        String html = page("/page/org/evil");
        assertFalse(html.contains("<script>alert(1)</script>"), "raw script tag in page");
        assertFalse(html.contains("<img src=x"), "raw img tag in page");
        assertFalse(html.contains("href=\"javascript:"), "only http(s) and local links");
        assertTrue(html.contains("Evil &lt;script&gt;alert(1)&lt;/script&gt; Ltd"));
        assertTrue(html.contains("&lt;img src=x onerror=&quot;window.kgInjected=1&quot;&gt;"));
        String unit = page("/page/unit/acme-shanghai-lab");
        assertFalse(unit.contains("<script>alert"));
    }

    @Test
    void articlePageMarksEveryExtractedSpanWithAnAnchor() throws Exception {
        String html = page("/page/article/900_fixture");
        for (String h : new String[] {"1", "2", "3", "4", "5", "6"}) {
            assertTrue(html.contains("id=\"ev-" + h.repeat(12) + "\""), "anchor for evidence " + h);
        }
        assertTrue(html.contains("<mark class=\"ev\""));
        assertTrue(html.contains("<mark class=\"ev\" title=\"1 extracted fact value(s)\">12.5%</mark>"));
        assertTrue(html.contains("href=\"/page/person/jane-doe\""), "mention linked to its entity");
        assertTrue(html.contains("href=\"/page/fact/closure/aaaaaaaaaaa1\">closure · 2018 autumn</a>"), "facts listed");
    }

    @Test
    void anUntitledArticleIsNamedByItsFirstWordsAndItsTextCarriesItsLanguage() throws Exception {
        String html = page("/page/article/901_untitled");
        assertTrue(html.contains("<h1>Untitled: “刚收到通知,阿克米上海实验室正式解散,这是阿克米在华最后一…</h1>"), html);
        assertTrue(html.contains("class=\"article-text\" lang=\"zh-Hans\""));
        assertTrue(page("/page/article/900_fixture").contains("class=\"article-text\" lang=\"en\""));
        assertTrue(page("/list/articles").contains(">Untitled: “刚收到通知"));
    }

    @Test
    void graphDataIsJsonOfTheNeighbourhood() throws Exception {
        HttpResponse<String> r = server.get("/graph-data/org/acme", null);
        assertEquals(200, r.statusCode());
        JsonNode json = new ObjectMapper().readTree(r.body());
        Set<String> ids = new HashSet<>();
        json.get("nodes").forEach(n -> ids.add(n.get("data").get("id").asText()));
        String b = WebConfig.DEFAULT_BASE + "id/";
        assertTrue(ids.contains(b + "org/acme") && ids.contains(b + "unit/acme-shanghai-lab")
                && ids.contains(b + "fact/closure/aaaaaaaaaaa1") && ids.contains(b + "org/globex"), ids.toString());
        json.get("edges").forEach(e -> {
            assertTrue(ids.contains(e.get("data").get("source").asText()));
            assertTrue(ids.contains(e.get("data").get("target").asText()));
        });
        assertEquals("/page/org/acme", json.get("nodes").get(0).get("data").get("href").asText());
    }

    @Test
    void searchFindsLabelsAndSentencesWithoutATextIndex() throws Exception {
        String html = page("/search?q=" + java.net.URLEncoder.encode("上海实验室", "UTF-8"));
        assertTrue(html.contains("href=\"/page/unit/acme-shanghai-lab\""), html);
        String lab = page("/search?q=widgets");
        int entity = lab.indexOf("href=\"/page/market/widgets\"");
        int sentence = lab.indexOf("href=\"/page/article/900_fixture#s-1\"");
        assertTrue(entity > 0 && sentence > entity, "entities before the sentences that name them: " + lab);
        assertTrue(page("/search?q=Shanghai+lab").contains("<small>article</small>"), "an article is called an article");
        String sentences = page("/search?q=widgets+market");
        assertTrue(sentences.contains("href=\"/page/article/900_fixture#s-1\""));
        String evil = page("/search?q=%3Cscript%3E");
        assertFalse(evil.contains("<script>"));
    }

    @Test
    void exampleQueriesOfTheHomePageParseAndAnswerOverTheUnionGraph() {
        var dsg = FixtureServer.fixture();
        var union = org.apache.jena.rdf.model.ModelFactory.createModelForGraph(dsg.getUnionGraph());
        for (String q : HomeServlet.exampleQueries()) {
            try (var qe = org.apache.jena.query.QueryExecutionFactory.create(q, union)) {
                var rs = qe.execSelect();
                assertTrue(rs.hasNext(), "no answer to " + q);
            }
        }
    }

    @Test
    void homeListsAndAssetsAreServedLocally() throws Exception {
        String home = page("/");
        assertTrue(home.contains("action=\"/search\"") && home.contains("/list/organisations"));
        assertFalse(home.contains("https://cdn") || home.contains("//unpkg"));
        assertTrue(page("/list/organisations").contains("href=\"/page/org/globex\""));
        assertTrue(page("/list/articles").contains("href=\"/page/article/900_fixture\""));
        HttpResponse<byte[]> cy = server.getBytes("/assets/cytoscape.min.js");
        assertEquals(200, cy.statusCode());
        assertTrue(cy.body().length > 100_000);
        assertEquals(200, server.getBytes("/assets/graph.js").statusCode());
        assertEquals(200, server.getBytes("/assets/kg.css").statusCode());
    }
}
