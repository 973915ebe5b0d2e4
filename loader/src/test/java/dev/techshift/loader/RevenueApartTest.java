package dev.techshift.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.techshift.loader.fact.FactStatement;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A company's revenue and the part one of its products brought in, stated in one article, are two revenue facts
 * ({@code joinsWhole: false} in families.json): the company's figure does not join the product's fact, while a
 * family that joins (a layoff stated with and without its unit) still does. Invented articles.
 */
class RevenueApartTest {

    private static Pipeline pipeline;

    @TempDir
    static Path dir;

    @BeforeAll
    static void setUp() {
        pipeline = Pipeline.create(new LoaderOptions(Loader.projectRoot(), LoaderOptions.DEFAULT_BASE));
    }

    /** fact IRI → the local names of its predicates with their values, for one family's facts of the text. */
    private static Map<String, Set<String>> facts(String stem, String family, String body) throws Exception {
        Path txt = TestArticles.write(dir, stem, "zh-Hans", body);
        Map<String, Set<String>> out = new TreeMap<>();
        for (FactStatement s : pipeline.process(txt).facts().statements()) {
            if (s.family().equals(family)) {
                String v = s.object().isURI() ? s.object().getURI().replaceAll(".*/(?=[^/]+/[^/]+$)", "") : s.object().toString();
                out.computeIfAbsent(s.fact(), k -> new TreeSet<>()).add(s.predicate().getLocalName() + "=" + v);
            }
        }
        return out;
    }

    @Test
    void aCompanysRevenueStaysApartFromOneProducts() throws Exception {
        Map<String, Set<String>> f = facts("rev", "revenue",
                "手游开发商岚星互动(Lanxing Interactive)去年收入为12亿元人民币,其中手游《星海纪元》贡献约7亿元。");
        assertEquals(2, f.size(), f.toString());
        long withProduct = f.values().stream().filter(v -> v.stream().anyMatch(p -> p.startsWith("product="))).count();
        assertEquals(1, withProduct, f.toString());
        assertEquals(1, f.values().stream().filter(v -> v.stream().noneMatch(p -> p.startsWith("product="))
                && v.stream().anyMatch(p -> p.contains("1200000000"))).count(), f.toString());
    }

    @Test
    void aLayoffStatedWithoutItsUnitStillJoinsTheOneWithIt() throws Exception {
        Map<String, Set<String>> f = facts("cut", "workforce-reduction",
                "英特尔宣布将裁员约2,000人。英特尔中国研究院裁员约200人。");
        assertEquals(1, f.size(), f.toString());
    }
}
