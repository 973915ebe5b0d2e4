package dev.techshift.loader.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.techshift.loader.Loader;
import dev.techshift.loader.ProjectPipeline;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A statement's confidence is its rule's precision measured on the development sets ({@code calibration.json}, written
 * by QualityTest with {@code -Dquality.calibrate=true}), smoothed so that a rule seen a few times is not certain; a
 * rule never measured keeps its file's confidence.
 */
class CalibrationTest {

    @Test
    void aMeasuredRuleGetsItsSmoothedPrecisionAndAnUnmeasuredOneItsFilesConfidence(@TempDir Path dir) throws Exception {
        Rule r = RuleEdgeTest.only(dir, "(?<organization>{ORG}) opened");
        assertEquals(0.8, RuleSet.load(dir).confidence(r), 1e-9, "no calibration file: the rule file's default");
        Files.writeString(dir.resolve(RuleSet.CALIBRATION), """
                {"rules": {"t.edge": {"right": 3, "read": 3}, "t.gone": {"right": 1, "read": 9}}}
                """);
        // (3 + 1) / (3 + 2): three right of three is not certainty; a measured id no rule has is passed over
        assertEquals(0.8, RuleSet.load(dir).confidence(r), 1e-9);
        Files.writeString(dir.resolve(RuleSet.CALIBRATION), """
                {"rules": {"t.edge": {"right": 98, "read": 98}}}
                """);
        assertEquals(0.99, RuleSet.load(dir).confidence(r), 1e-9);
        Files.writeString(dir.resolve(RuleSet.CALIBRATION), """
                {"rules": {"t.edge": {"right": 0, "read": 40}}}
                """);
        assertEquals(1.0 / 42, RuleSet.load(dir).confidence(r), 1e-9);
    }

    @Test
    void aCountThatIsNoCountStopsTheLoadWithASentenceNamingTheRule(@TempDir Path dir) throws Exception {
        RuleEdgeTest.only(dir, "(?<organization>{ORG}) opened");
        Files.writeString(dir.resolve(RuleSet.CALIBRATION), """
                {"rules": {"t.edge": {"right": 5, "read": 2}}}
                """);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RuleSet.load(dir));
        assertTrue(e.getMessage().contains("'t.edge'") && e.getMessage().contains("right 5 and read 2"), e.getMessage());
    }

    /**
     * The project's file names only rules that exist: a rule renamed or removed since it was written means the file
     * is older than the rules and should be written again.
     */
    @Test
    void theProjectsCalibrationNamesOnlyRulesThatExist() throws Exception {
        Path file = Loader.projectRoot().resolve("data/rules").resolve(RuleSet.CALIBRATION);
        assertTrue(Files.isRegularFile(file), "data/rules/calibration.json is missing");
        Set<String> ids = ProjectPipeline.get()
                .rules().rules().stream().map(Rule::id).collect(Collectors.toSet());
        List<String> stale = new ArrayList<>();
        new ObjectMapper().readTree(file.toFile()).path("rules").fieldNames().forEachRemaining(id -> {
            if (!ids.contains(id)) {
                stale.add(id);
            }
        });
        assertEquals(List.of(), stale, "calibration.json measures rules no rule file has; write it again with "
                + "mvn -pl loader -am verify -Dtest=QualityTest -Dsurefire.failIfNoSpecifiedTests=false -Dquality.calibrate=true");
    }
}
