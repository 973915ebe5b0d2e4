package dev.techshift.loader;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.techshift.loader.fact.FactStatement;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.riot.out.NodeFmtLib;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each line of {@code phrasings/phrasings.tsv} is one sentence the extraction rules must read: it is loaded as a
 * one-sentence article, and some fact of the named family must carry every expected property value. A family written
 * {@code !market-share} (expected values {@code -}) says the sentence must yield no fact of that family: a growth rate
 * is not a share. An expected item written {@code !temporalStatus~} says the fact must have no such value (a departure
 * is not read as a "former" post), {@code !rank~} no rank (a list under 分别以…位列前三 gives shares, not places);
 * {@code !share~1.1} no value of it containing those characters. A sentence column may hold several paragraphs, each
 * after {@code " ¶ "} (a Q&amp;A answer is a paragraph that starts with its speaker's label).
 * <pre>
 *   en  post  member~person/jensen-huang organization~org/nvidia  Nvidia chief executive Jensen Huang said ...
 *   mvn -pl loader -am verify -Dtest=RulePhrasingTest -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
class RulePhrasingTest {

    private static Pipeline pipeline;

    @TempDir
    static Path dir;

    @BeforeAll
    static void setUp() {
        pipeline = Pipeline.create(new LoaderOptions(Loader.projectRoot(), LoaderOptions.DEFAULT_BASE));
    }

    @TestFactory
    Stream<DynamicTest> everyPhrasingYieldsItsFact() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        int n = 0;
        for (String line : lines()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length != 4) {
                throw new IllegalArgumentException("phrasings.tsv: the line \"" + line + "\" does not have the 4 tab-separated"
                        + " columns language, family, expected values and sentence.");
            }
            String stem = String.format("p%03d", ++n);
            tests.add(DynamicTest.dynamicTest(f[1] + ": " + f[3], () -> check(stem, f[0], f[1], f[2], f[3])));
        }
        return tests.stream();
    }

    private static void check(String stem, String language, String familyColumn, String expected, String sentence)
            throws Exception {
        boolean negative = familyColumn.startsWith("!");
        String family = negative ? familyColumn.substring(1) : familyColumn;
        // " ¶ " starts a new paragraph: a Q&A turn ("Ekdahl: We…") is read per paragraph
        Path txt = TestArticles.write(dir, stem, language.equals("zh") ? "zh-Hans" : "en", sentence.replace(" ¶ ", "\n\n"));
        Map<String, List<String>> facts = new LinkedHashMap<>();
        Pipeline.Result result = pipeline.process(txt);
        // an unlinked entity's value also shows its label, "<…/unlinked/market/…>|smartphone|", so that a case can say
        // which words were read as the name
        Map<String, String> labels = new HashMap<>();
        result.mentions().stream().filter(m -> !m.entity().linked()).forEach(m -> labels.put(m.entity().iri(), m.entity().label()));
        for (FactStatement s : result.facts().statements()) {
            if (s.family().equals(family)) {
                String label = s.object().isURI() && labels.containsKey(s.object().getURI()) ? "|" + labels.get(s.object().getURI()) + "|" : "";
                facts.computeIfAbsent(s.fact(), k -> new ArrayList<>())
                        .add(s.predicate().getLocalName() + "~" + NodeFmtLib.strNT(s.object()) + label);
            }
        }
        if (negative) {
            assertTrue(facts.isEmpty(), "No " + family + " fact should be read from \"" + sentence + "\"; the facts read were "
                    + facts.values() + ".");
            return;
        }
        boolean found = facts.values().stream().anyMatch(values -> covers(values, expected.split(" (?=!?[A-Za-z]+~)")));
        assertTrue(found, "No " + family + " fact with " + expected + " was read from \"" + sentence + "\"; the facts read were "
                + facts.values() + ".");
    }

    private static boolean covers(List<String> values, String[] expected) {
        for (String e : expected) {
            boolean absent = e.startsWith("!");
            String key = e.substring(absent ? 1 : 0, e.indexOf('~') + 1);
            String part = e.substring(e.indexOf('~') + 1);
            if (values.stream().anyMatch(v -> v.startsWith(key) && v.contains(part)) == absent) {
                return false;
            }
        }
        return true;
    }

    private static List<String> lines() throws IOException {
        try (InputStream in = RulePhrasingTest.class.getResourceAsStream("/phrasings/phrasings.tsv")) {
            if (in == null) {
                throw new IOException("The test resource phrasings/phrasings.tsv is missing.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}
