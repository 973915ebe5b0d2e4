package dev.techshift.loader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a test article: the text after a title line "Test", with a meta file that states its language and the
 * publication date 2026-03-04 (so "2月下旬" resolves to 2026).
 * <pre>
 *   Path txt = TestArticles.write(dir, "p001", "zh-Hans", "英特尔宣布裁员。");
 * </pre>
 */
final class TestArticles {

    private TestArticles() {}

    static Path write(Path dir, String stem, String language, String text) throws IOException {
        Path txt = dir.resolve(stem + ".txt");
        Files.writeString(txt, "Test\n" + text + "\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(stem + ".meta.json"), """
                {"title": "Test", "titleLanguage": "en", "publisher": null, "url": null,
                 "published": {"value": "2026-03-04", "status": "stated"},
                 "languages": ["%s"], "encoding": "UTF-8"}
                """.formatted(language), StandardCharsets.UTF_8);
        return txt;
    }
}
