package dev.techshift.loader.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.techshift.loader.ArticleReport;
import dev.techshift.loader.BuildListener;
import dev.techshift.loader.BuildReport;
import dev.techshift.loader.Loader;
import dev.techshift.loader.LoaderOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input: each broken article is reported with a sentence naming file and problem, the others still load,
 * the exit code says something failed, and a re-run after fixing succeeds; a re-run with nothing changed changes
 * nothing; a vanished article's graph goes.
 * <pre>
 *   BuildReport r = Loader.buildStore(options, store, BuildListener.NONE);
 *   r.exitCode();   // 1 when an article failed
 * </pre>
 */
class BadInputTest {

    static final Path ROOT = Loader.projectRoot();
    static final String GOOD = "003_88a10c980630acae";

    static LoaderOptions project(Path tmp) throws Exception {
        Path data = Files.createDirectories(tmp.resolve("data"));
        for (String d : List.of("entities", "links", "rules")) {
            Files.createSymbolicLink(data.resolve(d), ROOT.resolve("data").resolve(d));
        }
        Path articles = Files.createDirectories(data.resolve("articles"));
        Files.copy(ROOT.resolve("data/articles/" + GOOD + ".txt"), articles.resolve(GOOD + ".txt"));
        Files.copy(ROOT.resolve("data/articles/" + GOOD + ".meta.json"), articles.resolve(GOOD + ".meta.json"));
        return new LoaderOptions(tmp, LoaderOptions.DEFAULT_BASE);
    }

    static Map<String, ArticleReport> byStem(BuildReport r) {
        return r.articles().stream().collect(Collectors.toMap(ArticleReport::stem, Function.identity()));
    }

    @Test
    void brokenArticlesFailAloneAndARerunAfterFixingSucceeds(@TempDir Path tmp) throws Exception {
        LoaderOptions o = project(tmp);
        Path a = o.articles();
        Files.write(a.resolve("100_empty.txt"), new byte[0]);
        Files.write(a.resolve("101_binary.txt"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0, 7, 8, 0, 0x1b, 0});
        Files.write(a.resolve("102_undecodable.txt"), new byte[] {'I', 'B', 'M', ' ', (byte) 0xc3, (byte) 0x28, ' ', 'c', 'u', 't'});
        Files.writeString(a.resolve("103_nosidecar.txt"), "IBM laid off more than 1,000 China-based R&D staff in 2024.\n");
        Files.writeString(a.resolve("104_badsidecar.txt"), "Amazon has shut down its Shanghai AI lab.\n");
        Files.writeString(a.resolve("104_badsidecar.meta.json"), "{\"title\": \"x\", \"published\": {\"status\": \"sometime\"}}");
        Files.copy(a.resolve(GOOD + ".txt"), a.resolve("105_duplicate.txt"));
        Files.copy(a.resolve(GOOD + ".meta.json"), a.resolve("105_duplicate.meta.json"));
        Files.writeString(a.resolve("106_noentity.txt"), "The weather was mild and the river ran slowly past the old mill.\n");
        Path store = tmp.resolve("store");
        BuildReport first = Loader.buildStore(o, store, BuildListener.NONE);
        Map<String, ArticleReport> r = byStem(first);
        assertEquals(1, first.exitCode(), "an article failed: exit code 1");
        assertEquals(ArticleReport.Status.LOADED, r.get(GOOD).status());
        assertTrue(r.get(GOOD).factCount() > 0);
        for (String broken : List.of("100_empty", "101_binary", "102_undecodable", "104_badsidecar")) {
            assertEquals(ArticleReport.Status.FAILED, r.get(broken).status(), broken);
            assertTrue(r.get(broken).error().contains(broken), "the error names the file: " + r.get(broken).error());
        }
        assertTrue(r.get("104_badsidecar").error().contains("status"), "names the field: " + r.get("104_badsidecar").error());
        assertEquals(ArticleReport.Status.LOADED, r.get("103_nosidecar").status());
        assertTrue(r.get("103_nosidecar").warnings().stream().anyMatch(w -> w.contains("sidecar")), r.get("103_nosidecar").warnings().toString());
        assertEquals(ArticleReport.Status.DUPLICATE, r.get("105_duplicate").status());
        assertTrue(r.get("105_duplicate").warnings().get(0).contains(GOOD));
        assertEquals(ArticleReport.Status.LOADED, r.get("106_noentity").status());
        assertEquals(0, r.get("106_noentity").factCount());
        assertTrue(r.get("106_noentity").warnings().stream().anyMatch(w -> w.contains("no entity")));

        Files.delete(a.resolve("100_empty.txt"));
        Files.delete(a.resolve("101_binary.txt"));
        Files.writeString(a.resolve("102_undecodable.txt"), "IBM cut jobs.\n");
        Files.writeString(a.resolve("104_badsidecar.meta.json"), "{\"title\": \"x\", \"titleLanguage\": \"en\", \"published\": "
                + "{\"status\": \"unknown\"}, \"languages\": [\"en\"], \"encoding\": \"UTF-8\"}");
        Files.delete(a.resolve("105_duplicate.txt"));
        Files.delete(a.resolve("105_duplicate.meta.json"));
        BuildReport second = Loader.buildStore(o, store, BuildListener.NONE);
        assertEquals(0, second.count(ArticleReport.Status.FAILED), second.toString());
        assertEquals(3, second.exitCode(), "loaded, with warnings left (missing sidecar, no entity)");
        assertEquals(ArticleReport.Status.UNCHANGED, byStem(second).get(GOOD).status());

        List<String> before = Loader.dumpLines(Loader.openStore(store));
        BuildReport third = Loader.buildStore(o, store, BuildListener.NONE);
        assertEquals(third.articles().size(), third.count(ArticleReport.Status.UNCHANGED));
        assertEquals(before, Loader.dumpLines(Loader.openStore(store)), "a re-run with nothing changed changes nothing");
        assertTrue(!Loader.isStale(o, store), "the store is up to date");

        Files.delete(a.resolve("106_noentity.txt"));
        assertTrue(Loader.isStale(o, store), "an article vanished");
        BuildReport fourth = Loader.buildStore(o, store, BuildListener.NONE);
        assertEquals(ArticleReport.Status.REMOVED, byStem(fourth).get("106_noentity").status());
        DatasetGraph dsg = Loader.openStore(store);
        assertTrue(Loader.dumpLines(dsg).stream().noneMatch(l -> l.contains("106_noentity")), "its graph and meta entries are gone");
    }

    @Test
    void aTwentyMegabyteArticleLoads(@TempDir Path tmp) throws Exception {
        LoaderOptions o = project(tmp);
        String para = Files.readString(ROOT.resolve("data/articles/" + GOOD + ".txt"), StandardCharsets.UTF_8);
        // 20 MB of UTF-8, the size the issue names (the seed paragraph repeated).
        int paraBytes = (para + "\n").getBytes(StandardCharsets.UTF_8).length;
        StringBuilder sb = new StringBuilder();
        for (long bytes = 0; bytes < 20_000_000L; bytes += paraBytes) {
            sb.append(para).append('\n');
        }
        Files.writeString(o.articles().resolve("200_huge.txt"), sb.toString());
        long t0 = System.nanoTime();
        DatasetGraph dsg = Loader.buildInMemory(o);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf("A %.1f MB article (%d characters) built in memory in %d ms, %d quads.%n",
                Files.size(o.articles().resolve("200_huge.txt")) / 1e6, sb.length(), ms, dsg.stream().count());
        assertTrue(dsg.containsGraph(org.apache.jena.graph.NodeFactory.createURI(o.base() + "graph/article/200_huge")));
    }
}
