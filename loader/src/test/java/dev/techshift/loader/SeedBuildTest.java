package dev.techshift.loader;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.techshift.ontology.ShapesValidator;
import java.io.FileInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed build as a whole: quotes re-anchor, dumps are byte-identical, parse with Jena and RDF4J Rio, conform
 * to the SHACL shapes, and disagreeing sources stay side by side on one fact.
 * <pre>
 *   mvn -pl loader -am verify -Dtest=SeedBuildTest -Dsurefire.failIfNoSpecifiedTests=false
 *   DatasetGraph dsg = Loader.buildInMemory(options);
 * </pre>
 */
class SeedBuildTest {

    static final String PREFIXES = "PREFIX ts: <https://w3id.org/techshift/ns#> PREFIX oa: <http://www.w3.org/ns/oa#> "
            + "PREFIX org: <http://www.w3.org/ns/org#> PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> "
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ";
    static final LoaderOptions OPTIONS = new LoaderOptions(Loader.projectRoot(), LoaderOptions.DEFAULT_BASE);
    static DatasetGraph dsg;

    @BeforeAll
    static void build() {
        dsg = Loader.buildInMemory(OPTIONS);
    }

    static List<QuerySolution> select(String query) {
        List<QuerySolution> out = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(dsg)).query(PREFIXES + query).build()) {
            ResultSet rs = qe.execSelect();
            rs.forEachRemaining(out::add);
        }
        return out;
    }

    @Test
    void everyQuoteEqualsTheTextAtItsOffsets() {
        List<QuerySolution> rows = select("SELECT ?text ?exact ?start ?end { GRAPH ?g { ?ev oa:hasSource ?a ; oa:hasSelector ?q , ?p . "
                + "?q oa:exact ?exact . ?p oa:start ?start ; oa:end ?end . ?a ts:text ?text } }");
        assertTrue(rows.size() > 100, "evidence found: " + rows.size());
        for (QuerySolution r : rows) {
            String text = r.getLiteral("text").getString();
            int b = text.offsetByCodePoints(0, r.getLiteral("start").getInt());
            int e = text.offsetByCodePoints(b, r.getLiteral("end").getInt() - r.getLiteral("start").getInt());
            assertEquals(r.getLiteral("exact").getString(), text.substring(b, e));
        }
    }

    /** A build of one invented article with the project's registry, links and rules. */
    private static DatasetGraph buildOne(Path tmp, String text, String language) throws Exception {
        Path data = Files.createDirectories(tmp.resolve("data"));
        for (String d : List.of("entities", "links", "rules")) {
            Files.createSymbolicLink(data.resolve(d), OPTIONS.root().resolve("data").resolve(d));
        }
        Path articles = Files.createDirectories(data.resolve("articles"));
        Files.writeString(articles.resolve("x1.txt"), text);
        Files.writeString(articles.resolve("x1.meta.json"), "{\"title\": \"" + text.substring(0, text.indexOf('\n')) + "\", "
                + "\"titleLanguage\": \"" + language + "\", \"publisher\": \"test\", \"url\": null, \"published\": {\"value\": "
                + "\"2026-05-14\", \"status\": \"stated\"}, \"languages\": [\"" + language + "\"], \"encoding\": \"UTF-8\"}");
        return Loader.buildInMemory(new LoaderOptions(tmp, LoaderOptions.DEFAULT_BASE));
    }

    @Test
    void aSiteTheRegistryLacksIsAUnitOfItsOrganisationLocatedThere(@TempDir Path tmp) throws Exception {
        DatasetGraph built = buildOne(tmp, "英伟达将关闭苏州研发中心\n"
                + "英伟达宣布,将于今年9月关闭其苏州研发中心,涉及员工约三百名。苏州研发中心成立于2015年。\n", "zh-Hans");
        String id = LoaderOptions.DEFAULT_BASE + "id/";
        List<String> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(built))
                .query(PREFIXES + "PREFIX schema: <https://schema.org/> SELECT ?label ?parent ?place ?family { GRAPH ?g {"
                        + " ?u a ts:UnlinkedEntity , org:OrganizationalUnit ; rdfs:label ?label ; org:unitOf ?parent ;"
                        + " schema:location ?place . ?f ts:family ?family . { ?f ts:unit ?u } UNION { ?f ts:organization ?u } } }"
                        + " ORDER BY ?family").build()) {
            qe.execSelect().forEachRemaining(r -> rows.add(r.getLiteral("label").getString() + " " + r.getResource("parent").getURI()
                    .substring(id.length()) + " " + r.getResource("place").getURI().substring(id.length()) + " "
                    + r.getLiteral("family").getString()));
        }
        assertEquals(List.of("苏州研发中心 org/nvidia place/suzhou closure", "苏州研发中心 org/nvidia place/suzhou founding",
                "苏州研发中心 org/nvidia place/suzhou workforce-reduction"), rows);
        ValidationReport report = ShapesValidator.create().validate(built);
        if (!report.conforms()) {
            ShLib.printReport(report);
        }
        assertTrue(report.conforms(), "the build of the invented article violates the shapes (report printed above)");
    }

    @Test
    void unlinkedEntitiesAreTypedByTheirKindAsRegistryEntitiesAre(@TempDir Path tmp) throws Exception {
        // the seeds name no entity the registry lacks, so an invented article does
        DatasetGraph built = buildOne(tmp, "Brightwater Labs moves engineers to Tartu\n"
                + "Brightwater Labs, the Denver-based maker of sensor software, said on Monday it would move 40 engineers "
                + "to Tartu. Its chief executive, Marta Kellinger, said the Tartu office would open in May.\n", "en");
        Map<String, String> expected = Map.of("place", "https://w3id.org/techshift/ns#Place",
                "person", "https://schema.org/Person", "org", "http://www.w3.org/ns/org#Organization",
                "unit", "http://www.w3.org/ns/org#OrganizationalUnit", "product", "https://schema.org/Product",
                "market", "https://w3id.org/techshift/ns#Market");
        Map<String, List<String>> types = new java.util.TreeMap<>();
        try (QueryExecution qe = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(built))
                .query(PREFIXES + "SELECT ?e ?t { GRAPH ?g { ?e a ts:UnlinkedEntity , ?t } }").build()) {
            qe.execSelect().forEachRemaining(r -> types.computeIfAbsent(r.getResource("e").getURI(), k -> new ArrayList<>())
                    .add(r.getResource("t").getURI()));
        }
        assertTrue(types.keySet().stream().anyMatch(e -> e.contains("/unlinked/place/")), "no unlinked place: " + types);
        for (Map.Entry<String, List<String>> e : types.entrySet()) {
            String kind = e.getKey().replaceFirst(".*/unlinked/([a-z]+)/.*", "$1");
            assertTrue(e.getValue().contains(expected.get(kind)), e.getKey() + " is not typed " + expected.get(kind) + ": " + e.getValue());
            if (!kind.equals("org") && !kind.equals("unit")) {
                assertFalse(e.getValue().contains("http://www.w3.org/ns/org#Organization"), e.getKey() + " is typed as an organisation");
            }
        }
    }

    @Test
    void mentionsAnchorTooAndSentencesHaveNoFactsWhenBoilerplate() {
        for (QuerySolution r : select("SELECT ?text ?anchor ?start ?end { GRAPH ?g { ?m a ts:Mention ; ts:anchor ?anchor ; "
                + "oa:start ?start ; oa:end ?end ; ts:sentence/<http://purl.org/dc/terms/isPartOf> ?a . ?a ts:text ?text } }")) {
            String text = r.getLiteral("text").getString();
            int b = text.offsetByCodePoints(0, r.getLiteral("start").getInt());
            int e = text.offsetByCodePoints(b, r.getLiteral("end").getInt() - r.getLiteral("start").getInt());
            assertEquals(r.getLiteral("anchor").getString(), text.substring(b, e));
        }
        List<QuerySolution> bad = select("SELECT * { GRAPH ?g { ?ev a ts:Evidence ; ts:sentence ?s . ?s ts:boilerplate true } }");
        assertTrue(bad.isEmpty(), "evidence in boilerplate: " + bad);
    }

    @Test
    void twoBuildsGiveByteIdenticalDumps(@TempDir Path tmp) throws Exception {
        Loader.dump(dsg, tmp.resolve("a.nq"));
        Loader.dump(Loader.buildInMemory(OPTIONS), tmp.resolve("b.nq"));
        assertArrayEquals(Files.readAllBytes(tmp.resolve("a.nq")), Files.readAllBytes(tmp.resolve("b.nq")));
        Loader.dump(dsg, tmp.resolve("a.trig"));
        Loader.dump(Loader.buildInMemory(OPTIONS), tmp.resolve("b.trig"));
        assertArrayEquals(Files.readAllBytes(tmp.resolve("a.trig")), Files.readAllBytes(tmp.resolve("b.trig")));
    }

    @Test
    void dumpsParseWithJenaAndRio(@TempDir Path tmp) throws Exception {
        long quads = dsg.stream().count();
        for (String name : List.of("d.nq", "d.trig")) {
            Path f = tmp.resolve(name);
            Loader.dump(dsg, f);
            DatasetGraph back = DatasetGraphFactory.create();
            RDFDataMgr.read(back, f.toString());
            assertEquals(quads, back.stream().count(), "Jena reads back " + name);
            try (InputStream in = new FileInputStream(f.toFile())) {
                Model m = Rio.parse(in, "", name.endsWith(".nq") ? RDFFormat.NQUADS : RDFFormat.TRIG);
                assertEquals(quads, m.size(), "Rio reads back " + name);
            }
        }
    }

    @Test
    void conformsToTheShapes() {
        ValidationReport report = ShapesValidator.create().validate(dsg);
        if (!report.conforms()) {
            ShLib.printReport(report);
        }
        assertTrue(report.conforms(), "the seed build violates the SHACL shapes (report printed above)");
    }

    @Test
    void ibmLayoffIsOneFactWithCompetingFiguresAndDates() {
        List<QuerySolution> facts = select("SELECT DISTINCT ?f { GRAPH ?g { ?f a ts:WorkforceReduction ; "
                + "ts:organization <http://localhost:3030/id/org/ibm> } }");
        assertEquals(1, facts.size(), "one IBM workforce reduction: " + facts);
        String f = "<" + facts.get(0).getResource("f").getURI() + ">";
        List<QuerySolution> people = select("SELECT DISTINCT ?o { GRAPH ?g { ?s rdf:subject " + f + " ; rdf:predicate ts:peopleAffected ; rdf:object ?o } }");
        assertTrue(people.size() >= 2, "competing figures: " + people);
        List<QuerySolution> dates = select("SELECT DISTINCT ?o { GRAPH ?g { ?s rdf:subject " + f + " ; rdf:predicate ts:date ; rdf:object ?o } }");
        assertTrue(dates.size() >= 2, "competing dates: " + dates);
        List<QuerySolution> agreeing = select("SELECT ?s (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?s rdf:subject " + f
                + " ; rdf:predicate ts:peopleAffected ; ts:evidence ?ev } } GROUP BY ?s HAVING (COUNT(DISTINCT ?g) > 1)");
        assertFalse(agreeing.isEmpty(), "the ~1800 figure of 000 and 001 shares one statement with evidence from both");
    }

    @Test
    void wangMinjieHasOnePostWithTwoRoleTitles() {
        List<QuerySolution> rows = select("SELECT DISTINCT ?f ?title { GRAPH ?g { ?f a ts:PostHolding ; "
                + "org:member <http://localhost:3030/id/person/wang-minjie> ; "
                + "org:organization <http://localhost:3030/id/unit/aws-shanghai-ai-lab> ; ts:roleTitle ?title } }");
        assertEquals(1, rows.stream().map(r -> r.getResource("f").getURI()).distinct().count(), rows.toString());
        assertTrue(rows.size() >= 2, "two competing role titles: " + rows);
    }

    @Test
    void relativeDatesWithoutPublicationDateStayUnresolved() {
        assertFalse(select("SELECT * { GRAPH ?g { ?t ts:resolved false ; ts:phrase ?p ; ts:anchor "
                + "<http://localhost:3030/id/article/001_83c9367e45a6ebcb> } }").isEmpty());
    }

    @Test
    void everyEvidenceNamesItsRule() {
        assertTrue(select("SELECT * { GRAPH ?g { ?ev a ts:Evidence . FILTER NOT EXISTS { ?ev ts:rule ?r } } }").isEmpty());
        assertTrue(select("SELECT * { GRAPH ?g { ?ev ts:rule ?r } FILTER NOT EXISTS { GRAPH ?m { ?r a ts:ExtractionRule } } }").isEmpty());
    }
}
