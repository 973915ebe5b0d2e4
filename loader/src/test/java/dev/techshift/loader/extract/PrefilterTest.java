package dev.techshift.loader.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.techshift.loader.BuildListener;
import dev.techshift.loader.Loader;
import dev.techshift.loader.LoaderOptions;
import dev.techshift.loader.Pipeline;
import dev.techshift.loader.article.Article;
import dev.techshift.loader.regex.Prefilter;
import dev.techshift.loader.store.StoreUpdater;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rule prefilter asks only what a pattern cannot match without, and the loader's output is the same with it on
 * and off.
 * <pre>
 *   mvn -pl loader -am verify -Dtest=PrefilterTest -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
class PrefilterTest {

    static final Path ROOT = Loader.projectRoot();

    static List<List<String>> req(String regex) {
        return Prefilter.of(regex).requirements();
    }


    @Test
    void requiresWhatEveryMatchContains() {
        assertEquals(List.of(List.of("关闭了")), req("关闭了"));
        assertEquals(List.of(List.of("关闭", "停止运营")), req("(?:关闭|停止运营)"));
        // Optional parts give alternatives that include the shorter string, or nothing at all.
        assertEquals(List.of(List.of("已关闭", "关闭")), req("已?关闭"));
        assertEquals(List.of(), req("(?:已经)?"));
        assertEquals(List.of(), req("x*"));
        assertEquals(List.of(), req("x{0,3}"));
        assertEquals(List.of(List.of("x")), req("x{2,3}"));
        // An alternative that requires nothing makes the whole requirement nothing.
        assertEquals(List.of(), req("关闭|\\s+"));
        // Lookarounds and classes are not required; negated classes never.
        assertEquals(List.of(List.of("ab")), req("(?<!据)(?=c)ab"));
        assertEquals(Set.of(Set.of("a"), Set.of("b")),
                Set.copyOf(req("a[^x]b").stream().map(Set::copyOf).toList()));
        // Flags change what literals match: nothing inside their group, nothing at all when unscoped or in comments mode.
        assertEquals(List.of(), req("(?i:abc)"));
        assertEquals(List.of(), req("(?i)abc"));
        assertEquals(List.of(List.of("d")), req("(?i:abc)d"));
        assertEquals(List.of(), req("(?x:a b)d"));
        // Escaped punctuation is literal; \\d etc. are not.
        assertEquals(List.of(List.of("(a)")), req("\\(a\\)"));
        assertEquals(Set.of(Set.of("a"), Set.of("b")),
                Set.copyOf(req("a\\d+b").stream().map(Set::copyOf).toList()));
        // A run of literals after an unknown part stays one string.
        assertEquals(Set.of(Set.of("a"), Set.of("关闭")),
                Set.copyOf(req("a\\s*关闭").stream().map(Set::copyOf).toList()));
    }

    @Test
    void placeholdersOfAnyTypeBecomeTokenRequirements() {
        List<List<String>> r = req(Placeholders.expand("(?<organization>{ORG|UNIT})\\s*关闭"));
        assertTrue(r.contains(List.of("关闭")), r.toString());
        // a token is OPEN type [category mark]? MID index CLOSE; the optional mark cuts the known string after the
        // type, so the requirement is the type name (upper case occurs in the folded typed text only in tokens)
        assertTrue(r.stream().anyMatch(c -> c.size() == 2 && c.stream().anyMatch(x -> x.contains("ORG"))
                && c.stream().anyMatch(x -> x.contains("UNIT"))), r.toString());
        // A type the engine has never heard of is just as good: nothing here lists types.
        List<List<String>> n = req(Placeholders.expand("{NEWKIND}加入"));
        assertTrue(n.stream().anyMatch(c -> c.stream().allMatch(s -> s.contains("NEWKIND"))), n.toString());
        // "No organisation token starts here" requires nothing.
        assertEquals(List.of(List.of("加入")), req(Placeholders.expand("{!ORG}加入")));
    }

    @Test
    void neverRejectsATextThePatternMatches() {
        String org = Placeholders.token("ORG", 0);
        String person = Placeholders.token("PERSON", 1);
        for (String[] c : new String[][] {
                {"(?<a>{ORG})\\s*(?:的|之)?\\s*(?:首席执行官|CEO)\\s*(?<b>{PERSON})", org + "的ceo" + person},
                {"(?<a>{ORG})\\s*(?:的|之)?\\s*(?:首席执行官|ceo)\\s*(?<b>{PERSON})", org + " ceo " + person},
                {"(?:已|已经)?(?:关闭|关停)了?(?<a>{ORG|UNIT})", "关停" + org},
                {"[关停]+(?<a>{ORG+})", "停停" + org + "、" + org}}) {
            Pattern p = Pattern.compile(RuleSet.LATIN_EDGE + "(?:" + Placeholders.expand(c[0]) + ")" + RuleSet.LATIN_EDGE);
            assertEquals(p.matcher(c[1]).find(), Prefilter.of(p.pattern()).mayMatch(c[1]), c[0] + " on " + c[1]);
        }
        assertFalse(Prefilter.of(Placeholders.expand("(?<a>{ORG})关闭")).mayMatch(person + "关闭"));
    }

    /** Every rule on every typed sentence of the seeds and the dev set: rejected sentences are never matched. */
    @Test
    void rejectsOnlySentencesNoRuleMatchesAndTheDumpIsTheSame(@TempDir Path tmp) throws Exception {
        Path dev = Files.createDirectories(tmp.resolve("dev/data"));
        for (String d : List.of("entities", "links", "rules")) {
            Files.createSymbolicLink(dev.resolve(d), ROOT.resolve("data").resolve(d));
        }
        Files.createSymbolicLink(dev.resolve("articles"), ROOT.resolve("loader/src/test/resources/devset/articles"));
        int rejected = 0;
        for (Path root : List.of(ROOT, tmp.resolve("dev"))) {
            LoaderOptions o = new LoaderOptions(root, LoaderOptions.DEFAULT_BASE);
            Pipeline p = Pipeline.create(o);
            List<Prefilter> filters = p.rules().rules().stream().map(r -> Prefilter.of(r.pattern().pattern())).toList();
            for (Path f : p.reader().list(o.articles())) {
                Article a = p.reader().read(f);
                for (TypedSentence t : p.engine().typed(a, p.process(a, System.nanoTime()).mentions())) {
                    for (int i = 0; i < filters.size(); i++) {
                        Rule r = p.rules().rules().get(i);
                        if (!filters.get(i).mayMatch(t.text())) {
                            rejected++;
                            assertFalse(r.pattern().matcher(t.text()).find(), r.id() + " on " + t.text());
                        }
                    }
                }
            }
        }
        LoaderOptions seeds = new LoaderOptions(ROOT, LoaderOptions.DEFAULT_BASE);
        assertEquals(dump(seeds, false), dump(seeds, true), "the same seed quads with the prefilter off and on");
        assertTrue(rejected > 1000, "the prefilter spares the regex engine most rule/sentence pairs: " + rejected);
    }

    static List<String> dump(LoaderOptions o, boolean prefilter) {
        Pipeline p = Pipeline.create(o, prefilter);
        DatasetGraph dsg = DatasetGraphFactory.create();
        new StoreUpdater(p).update(dsg, p.reader().list(o.articles()), BuildListener.NONE);
        return Loader.dumpLines(dsg);
    }
}
