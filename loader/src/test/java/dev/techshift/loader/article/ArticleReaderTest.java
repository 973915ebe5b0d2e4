package dev.techshift.loader.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.techshift.loader.Loader;
import dev.techshift.loader.LoaderOptions;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {

    private static final LoaderOptions OPTIONS = new LoaderOptions(Loader.projectRoot(), LoaderOptions.DEFAULT_BASE);
    private final ArticleReader reader = new ArticleReader(OPTIONS);

    @TempDir
    Path dir;

    private Article seed(String stem) throws ArticleException {
        return reader.read(OPTIONS.articles().resolve(stem + ".txt"));
    }

    private static List<String> texts(Article a) {
        return a.sentences().stream().map(Sentence::text).collect(Collectors.toList());
    }

    @Test
    void listsTheSeedArticlesSortedByName() {
        List<Path> files = reader.list(OPTIONS.articles());
        assertEquals(List.of("000_01d29408068e9ebd.txt", "001_83c9367e45a6ebcb.txt", "002_1d98cf37c3aa8780.txt",
                "003_88a10c980630acae.txt"), files.stream().map(p -> p.getFileName().toString()).collect(Collectors.toList()));
    }

    @Test
    void everySeedSentenceIsTheSliceAtItsOffsets() throws ArticleException {
        for (Path p : reader.list(OPTIONS.articles())) {
            Article a = reader.read(p);
            assertFalse(a.sentences().isEmpty(), p.toString());
            int previousEnd = 0;
            for (Sentence s : a.sentences()) {
                assertEquals(s.text(), a.slice(s.begin(), s.end()), p + " sentence " + s.index());
                assertEquals(s.text(), s.text().strip(), p + " sentence " + s.index() + " is trimmed");
                assertFalse(s.text().contains("\n"), p + " sentence " + s.index() + " spans a line break");
                assertTrue(s.begin() >= previousEnd, "sentences do not overlap");
                previousEnd = s.end();
            }
            assertTrue(previousEnd <= a.length());
            assertTrue(a.textHash().matches("sha256:[0-9a-f]{64}"));
        }
    }

    @Test
    void headingsAreSentencesOfTheirOwn() throws ArticleException {
        assertTrue(texts(seed("000_01d29408068e9ebd")).contains("市场持续承压"));
        assertTrue(texts(seed("000_01d29408068e9ebd")).contains("亚马逊中国“挽歌”"));
        assertTrue(texts(seed("001_83c9367e45a6ebcb")).contains("科技大撤离"));
        assertTrue(texts(seed("003_88a10c980630acae")).contains("Amazon has closed its Shanghai AI lab"));
        assertTrue(texts(seed("002_1d98cf37c3aa8780")).contains("AI 競賽起步慢,錯失先機"));
    }

    @Test
    void traditionalArticleWithEnglishTitle() throws ArticleException {
        Article a = seed("002_1d98cf37c3aa8780");
        List<Sentence> title = a.sentences().stream()
                .filter(s -> a.text().substring(0, a.text().indexOf("雲計算")).contains(s.text()))
                .collect(Collectors.toList());
        assertFalse(title.isEmpty());
        title.forEach(s -> assertEquals("en", s.language(), s.text()));
        a.sentences().stream().filter(s -> !title.contains(s))
                .forEach(s -> assertEquals("zh-Hant", s.language(), s.text()));
        assertEquals("Internal bureaucratism, AI is lackluster! What happened to Amazon AWS?", a.meta().title());
    }

    @Test
    void simplifiedArticlesAreSimplified() throws ArticleException {
        for (String stem : List.of("000_01d29408068e9ebd", "001_83c9367e45a6ebcb")) {
            seed(stem).sentences().forEach(s -> assertEquals("zh-Hans", s.language(), s.text()));
        }
    }

    @Test
    void trailerOfAdsAndDisclaimersIsBoilerplateAndTheBodyIsNot() throws ArticleException {
        Article a = seed("003_88a10c980630acae");
        int ad = texts(a).indexOf("KEY Difference Wire helps crypto brands break through and dominate headlines fast");
        assertTrue(ad > 0);
        for (Sentence s : a.sentences()) {
            // the page's time stamp on a line of its own, above the headline, is page furniture too
            boolean stamp = s.text().matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
            assertEquals(s.index() >= ad || stamp, s.boilerplate(), s.text());
        }
        assertTrue(a.sentences().stream().anyMatch(s -> s.boilerplate() && s.index() < ad));
        assertTrue(texts(a).contains("获取加密通讯"));
        Article b = seed("001_83c9367e45a6ebcb");
        List<Sentence> bp = b.sentences().stream().filter(Sentence::boilerplate).collect(Collectors.toList());
        assertEquals(3, bp.size());
        assertTrue(bp.get(0).text().startsWith("注:本文"));
        assertTrue(seed("000_01d29408068e9ebd").sentences().stream().noneMatch(Sentence::boilerplate));
        assertTrue(seed("002_1d98cf37c3aa8780").sentences().stream().noneMatch(Sentence::boilerplate));
    }

    /** A copy of a seed article without its sidecar. */
    private Article withoutSidecar(String stem) throws Exception {
        Path copy = dir.resolve(stem + ".txt");
        Files.copy(OPTIONS.articles().resolve(stem + ".txt"), copy);
        return reader.read(copy);
    }

    @Test
    void missingSidecarMeansInferredMetadataAndAWarning() throws Exception {
        Article a = withoutSidecar("003_88a10c980630acae");
        ArticleMeta m = a.meta();
        assertTrue(m.inferred());
        assertEquals(Optional.of("Cryptopolitan"), m.publisher());
        assertEquals("Amazon has closed its Shanghai AI lab", m.title());
        assertEquals(Optional.of("2025-07-23T09:50:44"), m.published().value());
        assertEquals(PublicationDate.Status.INFERRED, m.published().status());
        assertEquals(Optional.of("date line at the top of the text"), m.published().basis());
        assertEquals(List.of("en", "zh-Hans"), m.languages());
        assertEquals(1, a.warnings().size());
        assertTrue(a.warnings().get(0).contains("no sidecar"), a.warnings().get(0));

        ArticleMeta zero = withoutSidecar("000_01d29408068e9ebd").meta();
        assertEquals("", zero.title(), "a first line ending in 。 is not a title");
        assertEquals(PublicationDate.Status.UNKNOWN, zero.published().status());
        assertEquals(Optional.empty(), zero.publisher());
        assertEquals("硅谷鸿沟:AWS关闭在华最后一家AI实验室,科技脱钩加速", withoutSidecar("001_83c9367e45a6ebcb").meta().title());
        assertEquals("en", withoutSidecar("002_1d98cf37c3aa8780").meta().titleLanguage());
    }

    private Path write(String stem, byte[] bytes) throws IOException {
        Path p = dir.resolve(stem + ".txt");
        Files.write(p, bytes);
        return p;
    }

    private Path write(String stem, String text) throws IOException {
        return write(stem, text.getBytes(StandardCharsets.UTF_8));
    }

    private void sidecar(String stem, String json) throws IOException {
        Files.writeString(dir.resolve(stem + ".meta.json"), json);
    }

    private static String sidecarJson(String encoding) {
        return "{\n  \"title\": \"标题\",\n  \"titleLanguage\": \"zh-Hans\",\n  \"publisher\": \"Example\",\n"
                + "  \"url\": \"https://example.org/a\",\n  \"published\": { \"value\": \"2025-07-23\", \"status\": \"stated\" },\n"
                + "  \"languages\": [\"zh-Hans\"],\n  \"encoding\": \"" + encoding + "\"\n}\n";
    }

    private String failure(Path p) {
        return assertThrows(ArticleException.class, () -> reader.read(p)).getMessage();
    }

    @Test
    void sidecarIsRead() throws Exception {
        Path p = write("a", "标题\n正文第一句。第二句。");
        sidecar("a", sidecarJson("UTF-8"));
        Article a = reader.read(p);
        assertFalse(a.meta().inferred());
        assertEquals("标题", a.meta().title());
        assertEquals(Optional.of("Example"), a.meta().publisher());
        assertEquals(Optional.of("https://example.org/a"), a.meta().url());
        assertEquals(PublicationDate.Status.STATED, a.meta().published().status());
        assertEquals(List.of(), a.warnings());
        assertEquals(3, a.sentences().size());
    }

    @Test
    void emptyAndWhitespaceOnlyFilesAreErrors() throws Exception {
        assertTrue(failure(write("empty", "")).contains("empty"));
        assertTrue(failure(write("blank", " \n\t\r\n　\n")).contains("only whitespace"));
    }

    @Test
    void binaryFilesAreErrors() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        assertTrue(failure(write("bin", png)).contains("looks like a binary file, not text"));
        byte[] controls = new byte[200];
        for (int i = 0; i < controls.length; i++) {
            controls[i] = (byte) (1 + i % 7);
        }
        assertTrue(failure(write("ctl", controls)).contains("looks like a binary file, not text"));
        byte[] utf16 = {(byte) 0xFF, (byte) 0xFE, 0x07, 0x68, (byte) 0x98, (byte) 0x98};
        assertTrue(failure(write("u16", utf16)).contains("is UTF-16"));
    }

    @Test
    void undecodableUtf8GivesTheByteOffset() throws Exception {
        byte[] good = "第一行\nabc".getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[good.length + 2];
        System.arraycopy(good, 0, bad, 0, good.length);
        bad[good.length] = (byte) 0xC3;
        bad[good.length + 1] = (byte) 0x28;
        String msg = failure(write("bad", bad));
        assertTrue(msg.contains("byte offset " + good.length), msg);
        assertTrue(msg.contains("line 2"), msg);
        assertTrue(msg.contains("not valid UTF-8"), msg);
        assertTrue(msg.contains("bad.txt"), msg);
    }

    @Test
    void gb18030AndBig5AreReadWhenDeclared() throws Exception {
        String zh = "亚马逊关闭上海研究院。𠀀字也在。";
        Path gb = write("gb", zh.getBytes(Charset.forName("GB18030")));
        assertThrows(ArticleException.class, () -> reader.read(gb), "GB18030 bytes are not UTF-8");
        sidecar("gb", sidecarJson("GB18030"));
        Article a = reader.read(gb);
        assertEquals(zh, a.text());
        assertEquals("GB18030", a.meta().encoding());

        String hant = "雲計算領導者亞馬遜。";
        Path big5 = write("big5", hant.getBytes(Charset.forName("Big5")));
        sidecar("big5", sidecarJson("big5"));
        Article b = reader.read(big5);
        assertEquals(hant, b.text());
        assertEquals("Big5", b.meta().encoding());
        assertEquals("zh-Hant", b.sentences().get(0).language());
    }

    @Test
    void otherEncodingsAreRefused() throws Exception {
        Path p = write("latin", "text");
        sidecar("latin", sidecarJson("ISO-8859-1"));
        String msg = failure(p);
        assertTrue(msg.contains("field 'encoding' must be one of UTF-8, GB18030, Big5, not 'ISO-8859-1'"), msg);
    }

    @Test
    void malformedSidecarsGetPreciseMessages() throws Exception {
        Path p = write("m", "正文。");
        sidecar("m", "{\n  \"title\": \"x\",\n  \"published\": { \"status\": \"stated\" \"value\": \"2025-07-23\" }\n}");
        String msg = failure(p);
        assertTrue(msg.contains("m.meta.json"), msg);
        assertTrue(msg.contains("line 3, column"), msg);

        sidecar("m", sidecarJson("UTF-8").replace("\"stated\"", "\"maybe\""));
        assertTrue(failure(p).contains("field 'published.status' must be one of stated, inferred, unknown, not 'maybe'"));

        sidecar("m", sidecarJson("UTF-8").replace("2025-07-23", "2025-02-30"));
        assertTrue(failure(p).contains("field 'published.value' must be a real date"));

        sidecar("m", sidecarJson("UTF-8").replace("\"title\": \"标题\",", ""));
        assertTrue(failure(p).contains("field 'title' must be a string, but it is missing"));

        sidecar("m", sidecarJson("UTF-8").replace("[\"zh-Hans\"]", "[\"Chinese\"]"));
        assertTrue(failure(p).contains("field 'languages[0]' must be a BCP 47 language tag"));

        sidecar("m", sidecarJson("UTF-8").replace("\"stated\"", "\"inferred\""));
        assertTrue(failure(p).contains("field 'published.basis'"));

        sidecar("m", "[1, 2]");
        assertTrue(failure(p).contains("must be a JSON object"));
    }

    @Test
    void bomIsStrippedAndLineEndsNormalised() throws Exception {
        byte[] body = "Title line\r\nFirst sentence. Second one.\r\nLast\rline".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Article a = reader.read(write("bom", withBom));
        assertEquals("Title line\nFirst sentence. Second one.\nLast\nline", a.text());
        assertEquals(List.of("Title line", "First sentence.", "Second one.", "Last", "line"), texts(a));
        assertEquals(0, a.sentences().get(0).begin());
        assertEquals(ArticleReader.hash(a.text()), a.textHash());
    }

    @Test
    void textIsNfcNormalised() throws Exception {
        Article a = reader.read(write("nfc", "Cafe\u0301 opened."));
        assertEquals("Café opened.", a.text());
        assertEquals(12, a.length());
    }

    @Test
    void twentyMegabyteArticleReads() throws Exception {
        String para = "亚马逊云科技官网显示,AWS上研院于2018年秋成立,隶属于亚马逊云科技机器学习。𠀀 The lab published more "
                + "than 100 papers, e.g. on graphs. 😀 雲計算領導者亞馬遜正陷入困境。\n";
        int bytesPerPara = para.getBytes(StandardCharsets.UTF_8).length;
        StringBuilder sb = new StringBuilder();
        for (long bytes = 0; bytes < 20_000_000L; bytes += bytesPerPara) {
            sb.append(para);
        }
        Path p = write("big", sb.toString());
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long t0 = System.nanoTime();
        long c0 = mx.getCurrentThreadCpuTime();
        Article a = reader.read(p);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        long cpu = (mx.getCurrentThreadCpuTime() - c0) / 1_000_000;
        System.out.printf("ArticleReader: %,d bytes, %,d code points, %,d sentences read in %,d ms (%,d ms CPU)%n",
                Files.size(p), a.length(), a.sentences().size(), ms, cpu);
        Sentence last = a.sentences().get(a.sentences().size() - 1);
        assertEquals(last.text(), a.slice(last.begin(), last.end()));
        assertEquals(a.length(), last.end() + 1);
    }
}
