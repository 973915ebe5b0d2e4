package dev.techshift.cli.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;
import org.junit.jupiter.api.Test;

/** Display widths of mixed Chinese and Latin text, and parameter value parsing. */
class DisplayWidthTest {

    @Test
    void wideCharactersCountTwice() {
        assertEquals(3, DisplayWidth.of("IBM"));
        assertEquals(6, DisplayWidth.of("上海AI"));
        assertEquals(4, DisplayWidth.of("約，"));
        assertEquals(2, DisplayWidth.of("\uD840\uDC00"));   // CJK Extension B: one code point, two columns
    }

    @Test
    void truncateAndPadByColumns() {
        assertEquals("上海…", DisplayWidth.truncate("上海人工智能研究院", 5));
        assertEquals("上海 ", DisplayWidth.pad("上海", 5));
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
