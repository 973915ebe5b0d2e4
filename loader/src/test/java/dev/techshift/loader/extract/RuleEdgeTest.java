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

    static Rule only(Path dir, String pattern) {
        return only(dir, pattern, Categories.NONE);
    }

    static Rule only(Path dir, String pattern, Categories categories) {
        try {
            Files.copy(dev.techshift.loader.Loader.projectRoot().resolve("data/rules/families.json"),
                    dir.resolve("families.json"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(dir.resolve("founding.json"), """
                    {"family": "founding", "rules": [{"id": "t.edge", "comment": "test", "languages": ["en", "zh"],
                     "pattern": "%s"}]}
                    """.formatted(pattern.replace("\\", "\\\\")), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return RuleSet.load(dir, categories).rules().get(0);
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

    @Test
    void aPlaceListTakesAPlaceWrittenStraightAfterAnotherAsOneElement() {
        String p0 = Placeholders.token("PLACE", 0);
        String p1 = Placeholders.token("PLACE", 1);
        String p2 = Placeholders.token("PLACE", 2);
        // "移往新加坡及印度班加罗尔": the list is the whole run, the wider area before its city included
        Matcher m = java.util.regex.Pattern.compile("移往(?<to>" + Placeholders.expand("{PLACE+}") + ")").matcher(
                "移往" + p0 + "及" + p1 + p2 + "。");
        assertTrue(m.find());
        assertEquals(p0 + "及" + p1 + p2, m.group("to"));
        // a single place stays one token, and other lists still need a separator between their elements
        Matcher one = java.util.regex.Pattern.compile("(?<to>" + Placeholders.expand("{PLACE}") + ")").matcher(p1 + p2);
        assertTrue(one.find());
        assertEquals(p1, one.group("to"));
        String q0 = Placeholders.token("PCT", 0);
        String q1 = Placeholders.token("PCT", 1);
        Matcher pct = java.util.regex.Pattern.compile("^" + Placeholders.expand("{PCT+}") + "$").matcher(q0 + q1);
        assertFalse(pct.find());
    }

    @Test
    void roleCategoriesAreRequiredOrExcludedAndABareRoleMatchesAny(@TempDir Path dir) throws Exception {
        Categories c = Categories.of(java.util.List.of("founder", "chief", "executive", "expert")); // expert: families.json expertEmployers names it
        String founder = Placeholders.token("ROLE", c.mark(java.util.List.of("founder")), 0);
        String ceo = Placeholders.token("ROLE", c.mark(java.util.List.of("chief", "executive")), 1);
        String plain = Placeholders.token("ROLE", 2);
        assertEquals(founder.length(), plain.length() + 1, "a mark is one character whatever it carries");
        assertEquals(ceo.length(), plain.length() + 1);
        java.util.function.Predicate<String> onlyFounder = t -> matches(dir, "^{ROLE:founder}$", c, t);
        assertTrue(onlyFounder.test(founder));
        assertFalse(onlyFounder.test(ceo));
        assertFalse(onlyFounder.test(plain));
        for (String t : java.util.List.of(founder, ceo, plain)) {
            assertTrue(matches(dir, "^{ROLE}$", c, t), t);
            assertTrue(matches(dir, "^{ENT}$", c, t), t);
            assertFalse(matches(dir, "^{!ROLE}" + "\\S", c, t), t);
        }
        assertTrue(matches(dir, "^{ROLE:executive:chief}$", c, ceo));
        assertFalse(matches(dir, "^{ROLE:executive:founder}$", c, ceo));
        assertTrue(matches(dir, "^{ROLE:founder|ROLE:chief}{ROLE:founder|ROLE:chief}$", c, founder + ceo));
        assertTrue(matches(dir, "^{ROLE:founder+}$", c, founder + "和" + founder));
        assertFalse(matches(dir, "^{ROLE:!founder}$", c, founder));
        assertTrue(matches(dir, "^{ROLE:!founder}$", c, ceo));
        assertTrue(matches(dir, "^{ROLE:!founder}$", c, plain));
        // a category no entity has is an error naming the rule, not a rule that silently never matches
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> matches(dir, "{ROLE:foundr}", c, founder));
        assertTrue(e.getMessage().contains("t.edge") && e.getMessage().contains("foundr"), e.getMessage());
    }

    @Test
    void aTitlesEntityKindMustBeAKindOfRegistryEntity(@TempDir Path dir) throws Exception {
        only(dir, "成立");
        assertEquals("role", RuleSet.load(dir).family("post").properties().get("roleTitle").entityKind());
        Path families = dir.resolve("families.json");
        Files.writeString(families, Files.readString(families).replace("\"entityKind\": \"role\"", "\"entityKind\": \"rôle\""));
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> RuleSet.load(dir));
        assertTrue(e.getMessage().contains("roleTitle") && e.getMessage().contains("rôle"), e.getMessage());
    }

    private static boolean matches(Path dir, String pattern, Categories c, String text) {
        return only(dir, pattern, c).pattern().matcher(text).find();
    }
    @Test
    void aJoinedTitleIsOneValuePerTitleAndACoordinatedTitleStaysOne(@TempDir Path dir) {
        only(dir, "成立");
        java.util.regex.Pattern joined = RuleSet.load(dir).family("post").properties().get("roleTitle").joined();
        String r0 = Placeholders.token("ROLE", 0);
        String r1 = Placeholders.token("ROLE", 1);
        String r2 = Placeholders.token("ROLE", 2);
        java.util.function.Function<String, java.util.List<String>> parts = t -> RuleEngine.parts(joined, t, 0, t.length())
                .stream().map(p -> t.substring(p[0], p[1])).toList();
        assertEquals(java.util.List.of(r0, r1), parts.apply(r0 + "兼" + r1));
        assertEquals(java.util.List.of(r0, r1, r2), parts.apply(r0 + "、" + r1 + "兼" + r2));
        assertEquals(java.util.List.of(r0, "基础设施" + r1), parts.apply(r0 + "兼基础设施" + r1));
        // "outgoing" says when, not what: it goes with the joiner
        assertEquals(java.util.List.of(r0, r1), parts.apply(r0 + " and outgoing " + r1));
        assertEquals(java.util.List.of(r0, "senior " + r1), parts.apply(r0 + " and senior " + r1));
        assertEquals(java.util.List.of("president", r0, r1), parts.apply("president, " + r0 + " and " + r1));
        assertEquals(java.util.List.of("执行董事", "营运总监"), parts.apply("执行董事兼营运总监"));
        // one title whose words are coordinated: no whole title before the joiner
        assertEquals(java.util.List.of("机器学习和深度学习总监"), parts.apply("机器学习和深度学习总监"));
        assertEquals(java.util.List.of("研发及运营" + r0), parts.apply("研发及运营" + r0));
        assertEquals(java.util.List.of("head of sales and marketing"), parts.apply("head of sales and marketing"));
        assertEquals(java.util.List.of(r0), parts.apply(r0));
    }
}
