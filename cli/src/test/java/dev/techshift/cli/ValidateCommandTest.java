package dev.techshift.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code kg validate}: exit codes, report text and error messages, through the real command line. */
class ValidateCommandTest {

    private static final String PREFIXES = """
            @prefix ts: <https://w3id.org/techshift/ns#> .
            @prefix schema: <https://schema.org/> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            """;

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int kg(String... args) {
        CommandLine kg = Kg.commandLine();
        kg.setOut(new PrintWriter(out));
        kg.setErr(new PrintWriter(err));
        return kg.execute(args);
    }

    private String file(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file.toString();
    }

    @Test
    void conformingDataExitsZero() throws IOException {
        String data = file("ok.ttl", PREFIXES + """
                <http://example.org/q> a ts:Quantity ; ts:qualifier ts:Approximate ;
                    schema:value 1800 ; schema:unitText "person" ; rdfs:label "about 1800 person" .
                """);
        assertEquals(0, kg("validate", data), err::toString);
        assertTrue(out.toString().contains("The data conforms to the shapes: no violations."), out::toString);
    }

    @Test
    void violationsExitOneWithAReadableReport() throws IOException {
        String data = file("bad.ttl", PREFIXES + """
                <http://example.org/q> a ts:Quantity ; ts:qualifier ts:Approximate , ts:Exact ;
                    schema:unitText "person" ; rdfs:label "about 1800 person" .
                """);
        assertEquals(1, kg("validate", data), err::toString);
        String report = out.toString();
        assertTrue(report.contains("The data does not conform to the shapes:"), report);
        assertTrue(report.contains("<http://example.org/q>"), report);
        assertTrue(report.contains("Violation ts:qualifier"), report);
        assertTrue(report.contains("A quantity has exactly one qualifier (ts:qualifier)"), report);
        assertTrue(report.contains("Quantity <http://example.org/q> is ts:Approximate but has no value (schema:value)."), report);
    }

    @Test
    void filesAreValidatedTogetherAcrossGraphsAndSyntaxes() throws IOException {
        // The quantity is typed in one file's named graph and described in another file: only the union conforms.
        String quads = file("part.nq", "<http://example.org/q> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
                + "<https://w3id.org/techshift/ns#Quantity> <http://example.org/graph/a> .\n");
        String jsonld = file("rest.jsonld", """
                { "@id": "http://example.org/q",
                  "https://w3id.org/techshift/ns#qualifier": { "@id": "https://w3id.org/techshift/ns#Vague" },
                  "http://www.w3.org/2000/01/rdf-schema#label": "hundreds of person" }
                """);
        assertEquals(1, kg("validate", quads), err::toString);
        out.getBuffer().setLength(0);
        assertEquals(0, kg("validate", quads, jsonld), () -> out + "\n" + err);
        assertTrue(out.toString().startsWith("Read 2 files: 3 triples and quads, 1 named graph."), out::toString);
    }

    @Test
    void aParseErrorExitsTwoNamingTheFileAndLine() throws IOException {
        String data = file("broken.ttl", PREFIXES + "<http://example.org/q> a ts:Quantity ;\n    ts:qualifier .\n");
        assertEquals(2, kg("validate", data));
        assertTrue(err.toString().contains(data + " is not readable RDF (line 5, column"), err::toString);
        assertEquals("", out.toString());
    }

    @Test
    void anUnknownExtensionOrAMissingFileExitsTwo() throws IOException {
        String data = file("notes.txt", "hello");
        assertEquals(2, kg("validate", data));
        assertTrue(err.toString().contains("Cannot tell the RDF syntax of " + data + " from its extension"), err::toString);
        err.getBuffer().setLength(0);
        assertEquals(2, kg("validate", dir.resolve("absent.ttl").toString()));
        assertTrue(err.toString().contains("absent.ttl: there is no such file."), err::toString);
    }

    @Test
    void otherShapesCanBeGiven() throws IOException {
        String shapes = file("shapes.ttl", """
                @prefix sh: <http://www.w3.org/ns/shacl#> .
                @prefix ex: <http://example.org/> .
                ex:ThingShape a sh:NodeShape ; sh:targetClass ex:Thing ;
                    sh:property [ sh:path ex:name ; sh:minCount 1 ; sh:message "A thing has a name (ex:name)." ] .
                """);
        String data = file("thing.nt", "<http://example.org/t> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
                + "<http://example.org/Thing> .\n");
        assertEquals(1, kg("validate", "--shapes", shapes, data), err::toString);
        assertTrue(out.toString().contains("A thing has a name (ex:name)."), out::toString);
    }

    @Test
    void relativeIrisResolveAgainstTheBaseGivenSoFilesLinkUp() throws IOException {
        // An entity marked "not verified" in one file and linked to Wikidata in another: only a shared base
        // makes the two files talk about the same entity.
        Path entities = Files.createDirectories(dir.resolve("entities"));
        Path links = Files.createDirectories(dir.resolve("links"));
        Files.writeString(entities.resolve("orgs.ttl"), PREFIXES + """
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                <org/acme> a ts:Company ; skos:prefLabel "Acme"@en ; ts:linkStatus ts:NotVerified .
                """);
        Files.writeString(links.resolve("wikidata.ttl"),
                "<org/acme> <http://www.w3.org/2002/07/owl#sameAs> <http://www.wikidata.org/entity/Q1> .\n");
        String a = entities.resolve("orgs.ttl").toString();
        String b = links.resolve("wikidata.ttl").toString();
        assertEquals(0, kg("validate", a, b), out::toString);
        assertEquals(1, kg("validate", "--base", "http://localhost:3030/id/", a, b), out::toString);
        assertTrue(out.toString().contains("<http://localhost:3030/id/org/acme>"), out::toString);
        assertTrue(out.toString().contains("is marked ts:linkStatus ts:NotVerified but still claims identity"),
                out::toString);
    }

    @Test
    void helpShowsAnExampleAndTheExitCodes() {
        assertEquals(0, kg("validate", "--help"));
        assertTrue(out.toString().contains("./kg validate out.nq"), out::toString);
        assertTrue(out.toString().contains("Exit codes: 0 the data conforms"), out::toString);
    }
}
