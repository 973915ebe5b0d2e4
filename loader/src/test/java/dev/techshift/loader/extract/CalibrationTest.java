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
 * by QualityTest with {@code -Dquality.calibrate=true}), smoothed so that a rule seen a few times is not certain, and
 * scaled by how much its family's precision falls from those sets to the held-out brakes; a rule never measured keeps
 * its file's confidence.
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
    void aFamilyThatFallsOnUnseenNewsScalesItsRulesAndOneThatDoesNotLeavesThemAlone(@TempDir Path dir) throws Exception {
        Rule r = RuleEdgeTest.only(dir, "(?<organization>{ORG}) opened");
        // the rule: 98 of 98 → 0.99; its family: 0.9 tuned ((89 + 1) / (98 + 2)), 0.6 unseen ((29 + 1) / (48 + 2))
        Files.writeString(dir.resolve(RuleSet.CALIBRATION), """
                {"families": {"%s": {"tuned": {"right": 89, "read": 98}, "unseen": {"right": 29, "read": 48}}},
                 "rules": {"t.edge": {"right": 98, "read": 98}}}
                """.formatted(r.family()));
        assertEquals(0.99 * 0.6 / 0.9, RuleSet.load(dir).confidence(r), 1e-9);
        // a family as right on unseen news as on the tuned sets (or more) does not raise its rules
        Files.writeString(dir.resolve(RuleSet.CALIBRATION), """
                {"families": {"%s": {"tuned": {"right": 29, "read": 48}, "unseen": {"right": 89, "read": 98}}},
                 "rules": {"t.edge": {"right": 98, "read": 98}}}
                """.formatted(r.family()));
        assertEquals(0.99, RuleSet.load(dir).confidence(r), 1e-9);
        // another family's shift is not this rule's
        Files.writeString(dir.resolve(RuleSet.CALIBRATION), """
                {"families": {"not-%s": {"tuned": {"right": 89, "read": 98}, "unseen": {"right": 0, "read": 48}}},
                 "rules": {"t.edge": {"right": 98, "read": 98}}}
                """.formatted(r.family()));
        assertEquals(0.99, RuleSet.load(dir).confidence(r), 1e-9);
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

    @Test
    void aFamilyCountThatIsNoCountStopsTheLoadWithASentenceNamingTheFamily(@TempDir Path dir) throws Exception {
        RuleEdgeTest.only(dir, "(?<organization>{ORG}) opened");
        Files.writeString(dir.resolve(RuleSet.CALIBRATION), """
                {"families": {"closure": {"tuned": {"right": 3, "read": 4}, "unseen": {"right": 3}}}}
                """);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RuleSet.load(dir));
        assertTrue(e.getMessage().contains("family 'closure' (unseen)") && e.getMessage().contains("right 3 and read -1"),
                e.getMessage());
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
