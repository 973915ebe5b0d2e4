package dev.techshift.queries;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.techshift.server.library.QueryFile;
import dev.techshift.loader.Loader;
import dev.techshift.loader.LoaderOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.eclipse.rdf4j.query.parser.sparql.SPARQLParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The query library's data-driven test: every {@code queries/*.rq} is parsed by Jena and by
 * RDF4J, then run against the hand-written fixture and against the graph built from the seed
 * articles, and its solutions compared with the reviewed expected file.
 * <pre>
 *   mvn -B -ntp -pl queries -am verify
 *   mvn -B -ntp -pl queries -am verify -Dqueries.write=true -Dqueries.only=06_   # rewrite for REVIEW
 * </pre>
 * A new query needs only its {@code .rq} and expected files: {@code queries/expected/NAME.srj}
 * (seed build) and {@code src/test/resources/fixture/expected/NAME.srj} (fixture). An optional
 * {@code NAME.params} beside an expected file holds {@code name=value} overrides for that
 * dataset. A parameter named {@code wikidata} is pointed at a local Wikidata stand-in.
 * A {@code NAME.pending} file beside an expected file names a known loader defect: the expected
 * file holds the reviewed right answer, and while the loader still differs the test is skipped
 * (with the diff) rather than failed; once they agree the test fails until the marker is removed.
 * With {@code -Dqueries.write=true} the current output is written over the expected files and
 * printed, and the comparison is skipped: review every row against the articles before committing.
 */
class QueryLibraryTest {

    private static final Path ROOT = Loader.projectRoot();
    private static final Path QUERIES = ROOT.resolve("queries");
    private static final Path SEED_EXPECTED = QUERIES.resolve("expected");
    private static final Path FIXTURE = QUERIES.resolve("src/test/resources/fixture");
    private static final boolean WRITE = Boolean.getBoolean("queries.write");

    private static WikidataStandIn wikidata;
    private static DatasetGraph seed;
    private static RuntimeException seedFailure;

    @AfterAll
    static void stopStandIn() {
        if (wikidata != null) {
            wikidata.close();
        }
    }

    /** Every query file, or with -Dqueries.only=REGEX those whose name contains a match (for -Dqueries.write). */
    static List<QueryFile> library() throws IOException {
        Pattern only = Pattern.compile(System.getProperty("queries.only", ""));
        try (Stream<Path> files = Files.list(QUERIES)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".rq"))
                    .filter(p -> only.matcher(p.getFileName().toString()).find())
                    .sorted().map(QueryFile::read).toList();
        }
    }

    @TestFactory
    Stream<DynamicNode> everyQueryParses() throws IOException {
        assertTrue(library().size() > 0, "No query files found in " + QUERIES);
        return library().stream().map(qf -> DynamicContainer.dynamicContainer(qf.name(), Stream.of(
                DynamicTest.dynamicTest("Jena ARQ parses it", () -> qf.parse()),
                DynamicTest.dynamicTest("RDF4J parses it (plain SPARQL 1.1)", () -> {
                    Assumptions.assumeTrue(qf.arqOnly() == null, () -> "ARQ-only: " + qf.arqOnly());
                    new SPARQLParser().parseQuery(qf.text(), "http://localhost:3030/");
                }),
                DynamicTest.dynamicTest("header gives a title and the question in English and Chinese", () -> {
                    assertTrue(qf.title().startsWith(qf.name().substring(0, 2) + " "),
                            "The first header line should start with the file's number: " + qf.title());
                    assertTrue(!qf.question("EN").isEmpty() && !qf.question("ZH").isEmpty(),
                            qf.name() + " needs '# EN:' and '# ZH:' question lines (shown on /queries).");
                }),
                DynamicTest.dynamicTest("header declares each parameter as a variable", () -> {
                    String body = qf.text();
                    qf.parameters().forEach(p -> assertTrue(body.contains("?" + p.name()),
                            "The parameter " + p.name() + " is not used as ?" + p.name()));
                }))));
    }

    @TestFactory
    Stream<DynamicNode> againstFixture() throws IOException {
        DatasetGraph fixture = TextIndexedCopy.of(RDFDataMgr.loadDatasetGraph(FIXTURE.resolve("fixture.trig").toString()));
        return library().stream().map(qf -> DynamicTest.dynamicTest(qf.name(),
                () -> check(qf, fixture, FIXTURE.resolve("expected"))));
    }

    @TestFactory
    Stream<DynamicNode> againstSeedBuild() throws IOException {
        return library().stream().map(qf -> DynamicTest.dynamicTest(qf.name(),
                () -> check(qf, seed(), SEED_EXPECTED)));
    }

    private static synchronized DatasetGraph seed() {
        if (seed == null && seedFailure == null) {
            try {
                seed = TextIndexedCopy.of(Loader.buildInMemory(new LoaderOptions(ROOT, LoaderOptions.DEFAULT_BASE)));
            } catch (UnsupportedOperationException e) {
                seedFailure = e;
            }
        }
        Assumptions.assumeTrue(seedFailure == null, () -> "The loader cannot build yet: " + seedFailure.getMessage());
        return seed;
    }

    private static void check(QueryFile qf, DatasetGraph dsg, Path expectedDir) throws IOException {
        Map<String, String> params = params(expectedDir.resolve(qf.name() + ".params"));
        qf.parameters().stream().filter(p -> p.name().equals("wikidata"))
                .forEach(p -> params.put("wikidata", "<" + standIn().endpoint() + ">"));
        Query query = qf.bind(params);
        ResultSetRewindable actual = Txn.calculateRead(dsg, () -> {
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(query).build()) {
                return ResultSetFactory.copyResults(qe.execSelect());
            }
        });
        Path expected = expectedFile(expectedDir, qf.name());
        if (WRITE) {
            SolutionTable.write(actual, expected);
            PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
            out.println("== " + qf.name() + " -> " + expected);
            new dev.techshift.cli.query.TextTable(query.getPrefixMapping(), 0).print(actual, out);
            Assumptions.abort("Wrote " + expected + " for review; nothing compared.");
        }
        if (!Files.exists(expected)) {
            fail("There is no expected result " + expected + " for " + qf.name()
                    + ": write one with -Dqueries.write=true and review every row.");
        }
        SolutionTable want = SolutionTable.read(expected);
        SolutionTable got = SolutionTable.of(actual, SolutionTable.langOf(expected)
                == org.apache.jena.riot.resultset.ResultSetLang.RS_CSV);
        String diff = want.diff(got, qf.ordered() && query.hasOrderBy());
        Path pending = expectedDir.resolve(qf.name() + ".pending");
        if (Files.exists(pending)) {
            String why = Files.readString(pending, StandardCharsets.UTF_8).strip();
            if (diff.isEmpty()) {
                fail(pending + " says the loader gets this wrong, but the result now matches the reviewed "
                        + "expected file: delete " + pending.getFileName() + ".");
            }
            Assumptions.abort(qf.name() + " waits for a loader fix (" + pending.getFileName() + "): " + why
                    + "\n" + diff);
        }
        if (!diff.isEmpty()) {
            fail(qf.name() + " does not give the expected result " + expected + ":\n" + diff);
        }
    }

    private static Path expectedFile(Path dir, String name) {
        for (String ext : new String[] {".srj", ".tsv", ".csv"}) {
            if (Files.exists(dir.resolve(name + ext))) {
                return dir.resolve(name + ext);
            }
        }
        return dir.resolve(name + ".srj");
    }

    private static Map<String, String> params(Path file) throws IOException {
        Map<String, String> m = new LinkedHashMap<>();
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String l = line.strip();
                if (!l.isEmpty() && !l.startsWith("#")) {
                    int eq = l.indexOf('=');
                    m.put(l.substring(0, eq).strip(), l.substring(eq + 1).strip());
                }
            }
        }
        return m;
    }

    private static synchronized WikidataStandIn standIn() {
        if (wikidata == null) {
            wikidata = WikidataStandIn.start(FIXTURE.resolve("wikidata-standin.ttl"));
        }
        return wikidata;
    }
}
