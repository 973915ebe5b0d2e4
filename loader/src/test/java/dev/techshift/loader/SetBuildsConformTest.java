package dev.techshift.loader;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.techshift.ontology.ShapesValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shapes cover everything the loader writes, not only what the seeds make it write: the build of every quality
 * set's articles (the dev sets and the held-out sets present in the checkout) conforms. A rank-only market-share
 * observation, which the seeds never produce, failed here first. A failure prints, per message, how many results
 * the set gave (no focus node, so that a held-out set's names stay unread).
 */
class SetBuildsConformTest {

    static final Path RESOURCES = Loader.projectRoot().resolve("loader/src/test/resources");

    @TempDir
    static Path tmp;

    @TestFactory
    Stream<DynamicTest> everySetsBuildConformsToTheShapes() throws IOException {
        List<Path> sets;
        try (Stream<Path> dirs = Files.list(RESOURCES)) {
            sets = dirs.filter(d -> Files.isDirectory(d.resolve("articles"))).sorted().toList();
        }
        assertTrue(sets.size() >= 8, "quality sets found: " + sets);
        return sets.stream().map(set -> DynamicTest.dynamicTest(set.getFileName().toString(), () -> {
            ValidationReport report = ShapesValidator.create().validate(build(set));
            Map<String, Integer> byMessage = new TreeMap<>();
            for (ReportEntry e : report.getEntries()) {
                byMessage.merge(e.message(), 1, Integer::sum);
            }
            assertTrue(report.conforms(), () -> "the build of " + set.getFileName() + " violates the shapes: " + byMessage);
        }));
    }

    /** A build of one set's articles with the project's registry, links and rules. */
    private static DatasetGraph build(Path set) throws IOException {
        Path root = Files.createDirectories(tmp.resolve(set.getFileName().toString()));
        Path data = Files.createDirectories(root.resolve("data"));
        for (String d : List.of("entities", "links", "rules")) {
            Files.createSymbolicLink(data.resolve(d), Loader.projectRoot().resolve("data").resolve(d));
        }
        Files.createSymbolicLink(data.resolve("articles"), set.resolve("articles"));
        return Loader.buildInMemory(new LoaderOptions(root, LoaderOptions.DEFAULT_BASE));
    }
}
