package dev.techshift.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import picocli.CommandLine;

/** {@code kg export} over a small TriG dump: files written, bad usage refused with exit code 2. */
class ExportCommandTest {

    private static final String TRIG = """
            PREFIX ts: <https://w3id.org/techshift/ns#>
            PREFIX org: <http://www.w3.org/ns/org#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            <http://localhost:3030/graph/registry> {
              <http://localhost:3030/id/org/a> a org:FormalOrganization ; skos:prefLabel "A"@en .
              <http://localhost:3030/id/unit/b> a org:OrganizationalUnit ; skos:prefLabel "B"@en ;
                  org:subOrganizationOf <http://localhost:3030/id/org/a> .
            }
            <http://localhost:3030/graph/article/x> {
              <http://localhost:3030/id/fact/closure/1> a ts:Closure , ts:Fact ; ts:family "closure" ;
                  ts:organization <http://localhost:3030/id/org/a> ; ts:unit <http://localhost:3030/id/unit/b> .
            }
            """;

    private static int run(StringWriter err, String... args) {
        CommandLine cl = Kg.commandLine();
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void writesGraphMlAndCsv(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("dump.trig");
        Files.writeString(in, TRIG);
        Path graphml = dir.resolve("kg.graphml");
        StringWriter err = new StringWriter();
        assertEquals(0, run(err, "export", "--format", "graphml", "--input", in.toString(), "--out", graphml.toString()),
                err.toString());
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(graphml.toFile());
        assertEquals(3, doc.getElementsByTagName("node").getLength());
        assertEquals(3, doc.getElementsByTagName("edge").getLength());
        Path csv = dir.resolve("csv");
        assertEquals(0, run(err, "export", "--format", "csv", "--input", in.toString(), "--out", csv.toString()));
        List<String> edges = Files.readAllLines(csv.resolve("edges.csv"));
        assertEquals("source,target,relation,label,weight,directed", edges.get(0));
        assertEquals(4, edges.size());
    }

    @Test
    void readsTheCurrentGenerationOfAStoreFolderAndRefusesAFolderWithoutOne(@TempDir Path dir) throws Exception {
        Path root = dir.resolve("store");
        Path tdb = root.resolve("gen-0001").resolve("tdb2");
        Dataset ds = TDB2Factory.connectDataset(tdb.toString());
        Txn.executeWrite(ds, () -> RDFParser.create().source(new StringReader(TRIG)).lang(Lang.TRIG)
                .parse(ds.asDatasetGraph()));
        TDBInternal.expel(ds.asDatasetGraph());
        Files.writeString(root.resolve("CURRENT"), "gen-0001\n");
        Path gexf = dir.resolve("kg.gexf");
        StringWriter err = new StringWriter();
        try {
            assertEquals(0, run(err, "export", "--format", "gexf", "--store", root.toString(), "--out", gexf.toString()),
                    err.toString());
            assertTrue(err.toString().contains("Wrote 3 nodes"), err.toString());
            Path empty = Files.createDirectories(dir.resolve("empty"));
            StringWriter err2 = new StringWriter();
            assertEquals(1, run(err2, "export", "--format", "gexf", "--store", empty.toString(),
                    "--out", dir.resolve("x.gexf").toString()));
            assertTrue(err2.toString().contains("run ./kg build first"), err2.toString());
            try (var files = Files.list(empty)) {
                assertEquals(0, files.count(), "no empty database created in the folder");
            }
        } finally {
            TDBInternal.reset();
        }
    }

    @Test
    void badUsageExitsWithTwoAndASentence(@TempDir Path dir) {
        StringWriter err = new StringWriter();
        assertEquals(2, run(err, "export", "--format", "pdf", "--input", "x"));
        assertTrue(err.toString().contains("no export format \"pdf\""));
        assertEquals(2, run(new StringWriter(), "export", "--format", "csv", "--input", "x"));
        StringWriter err2 = new StringWriter();
        assertEquals(1, run(err2, "export", "--format", "gexf", "--input", dir.resolve("missing.nq").toString()));
        assertTrue(err2.toString().contains("cannot be read"));
    }
}
