package dev.techshift.loader.article;

/**
 * A sentence (or a heading line) of an article.
 *
 * @param index       position in the article, from 0
 * @param begin       first code point, inclusive, into the article text
 * @param end         last code point, exclusive
 * @param text        the sentence text, equal to the article text between begin and end
 * @param language    BCP 47 tag: {@code en}, {@code zh-Hans} or {@code zh-Hant}
 * @param boilerplate true for disclaimers, newsletter prompts, ads: stored, but no facts are drawn from it
 */
public record Sentence(int index, int begin, int end, String text, String language, boolean boilerplate) {
}
