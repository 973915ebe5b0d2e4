package dev.techshift.server.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Header reading, parameter binding and parameter values of query files. */
class QueryFileTest {

    @TempDir
    Path dir;

    private QueryFile write(String text) throws Exception {
        Path p = dir.resolve("05_x.rq");
        Files.writeString(p, text);
        return QueryFile.read(p);
    }

    @Test
    void headerGivesTitleQuestionsParametersAndOrder() throws Exception {
        QueryFile qf = write("""
                # 05 Everything one article states.
                # EN: What does this article state,
                #     in text order?
                # ZH: 这篇文章陈述了哪些事实,
                #     按文中顺序?
                # @param article = <http://x/a>  (the article)
                # @ordered
                # Answer: ?s
                SELECT ?s WHERE { ?s ?p ?article } ORDER BY ?s
                """);
        assertEquals("05_x", qf.name());
        assertEquals("05 Everything one article states.", qf.title());
        assertEquals("What does this article state, in text order?", qf.question("EN"));
        assertEquals("这篇文章陈述了哪些事实,按文中顺序?", qf.question("ZH"));
        assertEquals(1, qf.parameters().size());
        assertEquals("the article", qf.parameters().get(0).description());
        assertTrue(qf.ordered());
        assertTrue(qf.bind(Map.of()).toString().contains("<http://x/a>"));
        assertTrue(qf.bind(Map.of("article", "<http://x/b>")).toString().contains("<http://x/b>"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> qf.bind(Map.of("nope", "1")));
        assertTrue(e.getMessage().contains("has no parameter 'nope'; it has article"), e.getMessage());
    }

    @Test
    void malformedParameterLineIsReportedWithFileAndLine() throws Exception {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> write("# 01 T\n# @param = x\nSELECT * {}\n"));
        assertTrue(e.getMessage().contains("05_x.rq line 2"), e.getMessage());
    }

    @Test
    void paramValues() {
        PrefixMapping pm = PrefixMapping.Factory.create().setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#");
        assertEquals(NodeFactory.createURI("http://x/a"), ParamValue.parse("<http://x/a>", pm));
        assertEquals(NodeFactory.createLiteralString("2024"), ParamValue.parse("2024", pm));
        assertEquals(NodeFactory.createLiteralString("上海"), ParamValue.parse("上海", pm));
        assertEquals(NodeFactory.createLiteralLang("上海", "zh"), ParamValue.parse("\"上海\"@zh", pm));
        assertEquals("2", ParamValue.parse("\"2\"^^xsd:integer", pm).getLiteralLexicalForm());
        assertEquals(NodeFactory.createLiteralString("ns:x"), ParamValue.parse("ns:x", pm));
    }
}
