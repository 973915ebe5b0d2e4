package dev.techshift.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The query library shown as examples: /queries, /queries/NAME.rq and the home page's list. */
class QueriesPageTest {

    @TempDir
    static Path dir;

    private static FixtureServer server;

    private static final String SHARES = """
            # 01 Shares of a company: every observation, largest first.
            # EN: Which shares does a company hold,
            #     in which markets?
            # ZH: 某公司在哪些市场占有多少份额?
            # @param company = <http://localhost:3030/id/org/acme>  (the company)
            # Answer: ?market ?share
            PREFIX ts: <https://w3id.org/techshift/ns#>
            SELECT ?market ?share WHERE { ?o ts:company ?company ; ts:share ?share . OPTIONAL { ?o ts:market ?market } }
            ORDER BY DESC(?share)
            """;

    @BeforeAll
    static void start() throws Exception {
        Files.writeString(dir.resolve("01_shares.rq"), SHARES);
        Files.writeString(dir.resolve("notes.txt"), "not a query");
        server = FixtureServer.start(WebConfig.defaults().withQueries(dir));
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void listShowsTitleQuestionsAndParameters() throws Exception {
        String html = server.get("/queries", "text/html").body();
        assertTrue(html.contains("<h3>01 Shares of a company: every observation, largest first.</h3>"), html);
        assertTrue(html.contains("<p lang=\"en\">Which shares does a company hold, in which markets?</p>"), html);
        assertTrue(html.contains("<p lang=\"zh\">某公司在哪些市场占有多少份额?</p>"), html);
        assertTrue(html.contains("<code>company</code>"), html);
        assertFalse(html.contains("notes.txt"));
    }

    @Test
    void uiLinkCarriesTheQueryWithItsDefaultBound() throws Exception {
        String html = server.get("/queries", "text/html").body();
        Matcher m = Pattern.compile("href=\"(/ui/#/dataset/kg/query\\?query=[^\"]+)\"").matcher(html);
        assertTrue(m.find(), html);
        String query = URLDecoder.decode(m.group(1).substring(m.group(1).indexOf('=') + 1).replace("&amp;", "&"),
                StandardCharsets.UTF_8);
        assertTrue(query.startsWith("# 01 Shares of a company"), query);
        assertTrue(query.contains("<http://localhost:3030/id/org/acme>"), "default bound: " + query);
        assertFalse(query.contains("?company"), "the parameter variable is replaced: " + query);
    }

    @Test
    void queryFileIsServedAsWritten() throws Exception {
        HttpResponse<String> r = server.get("/queries/01_shares.rq", null);
        assertEquals(200, r.statusCode());
        assertEquals(SHARES, r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-query"));
        assertEquals(404, server.get("/queries/notes.txt", null).statusCode());
    }

    @Test
    void homePageListsTheLibraryAndANewFileShowsWithoutRestart() throws Exception {
        Files.writeString(dir.resolve("02_more.rq"), SHARES.replace("# 01 Shares of a company", "# 02 More shares"));
        try {
            String home = server.get("/", "text/html").body();
            assertTrue(home.contains("href=\"/queries\""), home);
            assertTrue(home.contains("01 Shares of a company") && home.contains("02 More shares"), home);
        } finally {
            Files.delete(dir.resolve("02_more.rq"));
        }
    }
}
