package dev.techshift.loader.article;

import java.util.List;
import java.util.Optional;

/** Builds in-memory articles for tests. */
final class TestArticles {

    private TestArticles() {}

    static Article of(String text, List<Sentence> sentences) {
        ArticleMeta meta = new ArticleMeta("", "en", Optional.empty(), Optional.empty(), PublicationDate.unknown(),
                List.of("en"), "UTF-8", true);
        return new Article("test", "test.txt", meta, text, ArticleReader.hash(text), sentences, List.of());
    }
}
