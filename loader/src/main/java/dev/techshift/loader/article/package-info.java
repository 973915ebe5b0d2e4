/**
 * The loader's first stage: article files and sidecars become {@link dev.techshift.loader.article.Article}s,
 * decoded strictly, NFC-normalised, cut into sentences with code-point offsets, boilerplate flagged.
 * <pre>
 *   ArticleReader reader = new ArticleReader(options);
 *   for (Path p : reader.list(options.articles())) { Article a = reader.read(p); }
 * </pre>
 */
package dev.techshift.loader.article;
