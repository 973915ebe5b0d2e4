package dev.techshift.loader.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rule never begins or ends its match inside a Latin word; Chinese text is matched as before. */
class RuleEdgeTest {

    static Rule only(Path dir, String pattern) throws Exception {
        Files.copy(dev.techshift.loader.Loader.projectRoot().resolve("data/rules/families.json"),
                dir.resolve("families.json"));
        Files.writeString(dir.resolve("founding.json"), """
                {"family": "founding", "rules": [{"id": "t.edge", "comment": "test", "languages": ["en", "zh"],
                 "pattern": "%s"}]}
                """.formatted(pattern.replace("\\", "\\\\")), StandardCharsets.UTF_8);
        return RuleSet.load(dir).rules().get(0);
    }

    @Test
    void noMatchStartsOrEndsInsideALatinWord(@TempDir Path dir) throws Exception {
        Rule r = only(dir, "in (?<date>{DATE})|(?<organization>{ORG}) opened|成立于(?<date2>{DATE})");
        String date = Placeholders.token("DATE", 0);
        String org = Placeholders.token("ORG", 0);
        // "within 2019": the "in" is the tail of another word.
        assertFalse(r.pattern().matcher("the lab was built within " + date).find());
        Matcher m = r.pattern().matcher("the lab was set up in " + date);
        assertTrue(m.find());
        assertEquals("in " + date, m.group());
        // "opened" must not be read out of "openedness"-like longer words.
        assertFalse(r.pattern().matcher(org + " openedx").find());
        assertTrue(r.pattern().matcher(org + " opened, then").find());
        // Chinese next to Latin letters is not a Latin word edge.
        assertTrue(r.pattern().matcher("AWS成立于" + date).find());
    }
}
