package dev.techshift.server.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.techshift.server.web.FixtureServer;
import dev.techshift.server.web.WebConfig;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.gexf.SimpleGEXFImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.jgrapht.util.SupplierUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Each export format read back by a real reader of that format. */
class ExportTest {

    private static final String ID = WebConfig.DEFAULT_BASE + "id/";
    private static DatasetGraph dsg;
    private static ExportGraph graph;

    @BeforeAll
    static void build() {
        dsg = FixtureServer.fixture();
        graph = GraphExporter.build(dsg, WebConfig.DEFAULT_BASE);
    }

    private static Element byId(NodeList nodes, String id) {
        for (int i = 0; i < nodes.getLength(); i++) {
            Element n = (Element) nodes.item(i);
            if (n.getAttribute("id").equals(id)) {
                return n;
            }
        }
        throw new AssertionError("no node " + id);
    }

    private static byte[] bytes(ExportFormat f) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        f.write(graph, out);
        return out.toByteArray();
    }

    @Test
    void nodesAreEntitiesAndFactsAndEdgesIncludeStructureFactsAndCoMentions() {
        Set<String> ids = new HashSet<>();
        graph.nodes().forEach(n -> ids.add(n.id()));
        assertTrue(ids.containsAll(List.of(ID + "org/acme", ID + "unit/acme-shanghai-lab",
                ID + "unlinked/person/5d41402abc4b", ID + "fact/closure/aaaaaaaaaaa1")), ids.toString());
        assertEquals(7 + 1 + 5, graph.nodes().size(), "7 registry entities, 1 unlinked, 5 facts");
        assertTrue(graph.edges().contains(new ExportGraph.GEdge(ID + "unit/acme-shanghai-lab", ID + "org/acme",
                "http://www.w3.org/ns/org#subOrganizationOf", "subOrganizationOf", 1, true)));
        assertTrue(graph.edges().stream().anyMatch(e -> e.source().equals(ID + "fact/closure/aaaaaaaaaaa1")
                && e.target().equals(ID + "org/acme")));
        ExportGraph.GEdge co = graph.edges().stream().filter(e -> e.relation().equals(GraphExporter.CO_MENTION)
                && e.source().equals(ID + "org/acme") && e.target().equals(ID + "org/globex")).findFirst().orElseThrow();
        assertEquals(1, co.weight());
        ExportGraph.GNode closure = graph.nodes().stream().filter(n -> n.id().endsWith("closure/aaaaaaaaaaa1"))
                .findFirst().orElseThrow();
        assertEquals("2018-09-01", closure.start());
        assertEquals("2018-11-30", closure.end());
    }

    @Test
    void graphMlIsReadByJGraphT() throws Exception {
        var g = GraphTypeBuilder.<String, DefaultWeightedEdge>directed().allowingMultipleEdges(true)
                .allowingSelfLoops(true).weighted(true)
                .edgeSupplier(SupplierUtil.createDefaultWeightedEdgeSupplier()).buildGraph();
        GraphMLImporter<String, DefaultWeightedEdge> importer = new GraphMLImporter<>();
        importer.setVertexFactory(id -> id);
        Map<String, String> labels = new HashMap<>();
        Map<String, String> vertexOf = new HashMap<>();
        importer.addVertexAttributeConsumer((p, a) -> {
            if (p.getSecond().equals("label")) {
                labels.put(p.getFirst(), a.getValue());
            } else if (p.getSecond().equals("iri")) {
                vertexOf.put(a.getValue(), p.getFirst());
            }
        });
        importer.importGraph(g, new ByteArrayInputStream(bytes(ExportFormat.GRAPHML)));
        assertEquals(graph.nodes().size(), g.vertexSet().size());
        assertEquals(graph.edges().size(), g.edgeSet().size());
        assertEquals("Acme Corp", labels.get(vertexOf.get(ID + "org/acme")));
        assertTrue(g.containsEdge(vertexOf.get(ID + "unit/acme-shanghai-lab"), vertexOf.get(ID + "org/acme")));
    }

    /** The dynamic-graph structure, checked on a DOM (the schema check is the next test). */
    @Test
    void gexfIsADynamicGexf13GraphWithDatedFacts() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes(ExportFormat.GEXF)));
        Element root = doc.getDocumentElement();
        assertEquals("http://gexf.net/1.3", root.getNamespaceURI());
        assertEquals("gexf", root.getLocalName());
        assertEquals("1.3", root.getAttribute("version"));
        Element g = (Element) root.getElementsByTagNameNS(GexfWriter.NS, "graph").item(0);
        assertEquals("dynamic", g.getAttribute("mode"));
        assertEquals("date", g.getAttribute("timeformat"));
        NodeList nodes = root.getElementsByTagNameNS(GexfWriter.NS, "node");
        assertEquals(graph.nodes().size(), nodes.getLength());
        Set<String> ids = new HashSet<>();
        int dated = 0;
        for (int i = 0; i < nodes.getLength(); i++) {
            Element n = (Element) nodes.item(i);
            ids.add(n.getAttribute("id"));
            if (n.hasAttribute("start")) {
                dated++;
                assertTrue(n.getAttribute("start").matches("\\d{4}-\\d{2}-\\d{2}"));
                assertTrue(!n.hasAttribute("end") || n.getAttribute("start").compareTo(n.getAttribute("end")) <= 0);
            }
        }
        assertEquals(4, dated, "closure, workforce reduction and market share have resolved times, the lab its founding");
        Element lab = byId(nodes, ID + "unit/acme-shanghai-lab");
        assertEquals("2016-01-01", lab.getAttribute("start"), "from the registry's founding year");
        assertEquals("2019-02-28", lab.getAttribute("end"), "to the last day of the dissolution month");
        NodeList edges = root.getElementsByTagNameNS(GexfWriter.NS, "edge");
        assertEquals(graph.edges().size(), edges.getLength());
        for (int i = 0; i < edges.getLength(); i++) {
            Element e = (Element) edges.item(i);
            assertTrue(ids.contains(e.getAttribute("source")) && ids.contains(e.getAttribute("target")));
            Double.parseDouble(e.getAttribute("weight"));
        }
    }

    /**
     * GEXF 1.3 and 1.2draft differ in namespace and version number; the elements and attributes
     * this writer uses are common to both. So, with those two renamed, the file must validate
     * against the GEXF 1.2draft XSD that JGraphT ships (no 1.3 XSD is on Maven Central) and be
     * read by JGraphT's GEXF importer, which validates against it too.
     */
    @Test
    void gexfValidatesAgainstTheGexfSchemaShippedWithJGraphTAndIsReadByItsImporter() throws Exception {
        String gexf = new String(bytes(ExportFormat.GEXF), StandardCharsets.UTF_8);
        assertTrue(gexf.contains("xmlns=\"http://gexf.net/1.3\"") && gexf.contains("version=\"1.3\""));
        String as12 = gexf.replace("http://gexf.net/1.3/gexf.xsd", "http://www.gexf.net/1.2draft/gexf.xsd")
                .replace("http://gexf.net/1.3", "http://www.gexf.net/1.2draft").replace("version=\"1.3\"", "version=\"1.2\"");
        var schema = javax.xml.validation.SchemaFactory.newInstance(javax.xml.XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(SimpleGEXFImporter.class.getResource("/gexf.xsd"));
        schema.newValidator().validate(new javax.xml.transform.stream.StreamSource(new StringReader(as12)));
        var g = GraphTypeBuilder.<String, DefaultWeightedEdge>directed().allowingMultipleEdges(true)
                .allowingSelfLoops(true).weighted(true).vertexSupplier(SupplierUtil.createStringSupplier())
                .edgeSupplier(SupplierUtil.createDefaultWeightedEdgeSupplier()).buildGraph();
        SimpleGEXFImporter<String, DefaultWeightedEdge> importer = new SimpleGEXFImporter<>();
        importer.setSchemaValidation(true);
        importer.importGraph(g, new StringReader(as12));
        assertEquals(graph.nodes().size(), g.vertexSet().size());
        assertEquals(graph.edges().size(), g.edgeSet().size());
    }

    @Test
    void csvZipAndFolderParseWithHeadersAndKnownEndpoints(@TempDir Path dir) throws Exception {
        Map<String, String> files = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes(ExportFormat.CSV)))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                files.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        CsvWriter.writeDir(graph, dir);
        assertEquals(files.get(CsvWriter.NODES), Files.readString(dir.resolve(CsvWriter.NODES)));
        assertEquals(files.get(CsvWriter.EDGES), Files.readString(dir.resolve(CsvWriter.EDGES)));
        List<CSVRecord> nodes = parse(new StringReader(files.get(CsvWriter.NODES)));
        List<CSVRecord> edges = parse(new StringReader(files.get(CsvWriter.EDGES)));
        assertEquals(graph.nodes().size(), nodes.size());
        assertEquals(graph.edges().size(), edges.size());
        Set<String> ids = new HashSet<>();
        nodes.forEach(r -> ids.add(r.get("id")));
        assertTrue(nodes.stream().anyMatch(r -> r.get("label@zh-Hant").equals("阿克米軟體")));
        assertTrue(nodes.stream().anyMatch(r -> r.get("label").equals("Evil <script>alert(1)</script> Ltd")));
        for (CSVRecord r : edges) {
            assertTrue(ids.contains(r.get("source")) && ids.contains(r.get("target")), r.toString());
            Integer.parseInt(r.get("weight"));
        }
    }

    private static List<CSVRecord> parse(Reader r) throws Exception {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
    }

    @Test
    void jsonLdIsReadBackByJenaAsTheSameGraph() throws Exception {
        Graph read = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(bytes(ExportFormat.JSONLD))).lang(Lang.JSONLD).parse(read);
        assertTrue(read.isIsomorphicWith(JsonLdWriter.asRdf(graph)));
        assertTrue(read.size() > graph.nodes().size());
    }

    @Test
    void everyFormatIsByteIdenticalAcrossRuns() throws Exception {
        ExportGraph again = GraphExporter.build(FixtureServer.fixture(), WebConfig.DEFAULT_BASE);
        assertEquals(graph, again);
        for (ExportFormat f : ExportFormat.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            f.write(again, out);
            assertArrayEquals(bytes(f), out.toByteArray(), f.name());
        }
    }

    @Test
    void exportsAreServed() throws Exception {
        FixtureServer s = FixtureServer.start();
        try {
            for (ExportFormat f : ExportFormat.values()) {
                var r = s.getBytes("/export/" + f.name().toLowerCase(java.util.Locale.ROOT));
                assertEquals(200, r.statusCode(), f.name());
                assertArrayEquals(bytes(f), r.body(), f.name());
            }
            assertEquals(404, s.getBytes("/export/pdf").statusCode());
        } finally {
            s.stop();
        }
    }
}
