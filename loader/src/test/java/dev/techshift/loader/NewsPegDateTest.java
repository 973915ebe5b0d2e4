package dev.techshift.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.techshift.loader.fact.FactStatement;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A layoff sentence without a date takes the date of the sentence before only when that sentence is the news of the
 * same company's layoff ({@code sameOrganisation} in a rule's context): the news about another company lends nothing.
 */
class NewsPegDateTest {

    @TempDir
    static Path dir;

    private static Pipeline pipeline;

    @BeforeAll
    static void loadRules() {
        pipeline = Pipeline.create(new LoaderOptions(Loader.projectRoot(), LoaderOptions.DEFAULT_BASE));
    }

    /** The dates of the layoff facts read from the text, as "fact-organisation date" lines. */
    private static List<String> layoffDates(String stem, String language, String text) throws Exception {
        Path txt = TestArticles.write(dir, stem, language, text);
        TreeSet<String> out = new TreeSet<>();
        for (FactStatement s : pipeline.process(txt).facts().statements()) {
            if (s.family().equals("workforce-reduction") && s.predicate().getLocalName().equals("date")) {
                out.add(s.object().getURI().replaceAll(".*/time/", ""));
            }
        }
        return List.copyOf(out);
    }

    @Test
    void theNewsOfTheSameCompanysLayoffDatesTheUnitsCut() throws Exception {
        assertEquals(List.of("2026-02-late"), layoffDates("same", "zh-Hans",
                "2月下旬关于“联想大裁员”的消息在网上发酵。多家媒体报道称,联想大规模裁员,涉及联想成都研发中心等多个部门。"));
    }

    @Test
    void theNewsOfAnotherCompanysLayoffLendsNoDate() throws Exception {
        assertEquals(List.of(), layoffDates("other", "zh-Hans",
                "2月下旬关于“华为大裁员”的消息在网上发酵。多家媒体报道称,联想大规模裁员,涉及联想成都研发中心等多个部门。"));
        assertEquals(List.of(), layoffDates("other-en", "en",
                "Word of mass layoffs spread in late February, with reports naming Dell. Several outlets said the layoffs at Lenovo hit its sales teams."));
    }

    @Test
    void aSentenceBeforeThatIsNoNewsOfALayoffLendsNoDate() throws Exception {
        assertEquals(List.of(), layoffDates("no-peg", "zh-Hans",
                "2月下旬,联想发布了新款笔记本电脑。多家媒体报道称,联想大规模裁员,涉及联想成都研发中心等多个部门。"));
    }
}
