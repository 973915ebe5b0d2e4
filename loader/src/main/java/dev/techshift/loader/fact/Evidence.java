package dev.techshift.loader.fact;

/**
 * Where and how a statement was read: a quote span in one sentence, the rule, the confidence, the words.
 * <pre>
 *   Evidence e = statement.evidence();
 *   article.slice(e.begin(), e.end());   // the quote
 * </pre>
 *
 * @param sentence   the sentence index
 * @param begin      first code point of the quote in the article text
 * @param end        code point after it
 * @param rule       the rule id
 * @param confidence 0 to 1
 * @param surface    the value's words as written
 */
public record Evidence(int sentence, int begin, int end, String rule, double confidence, String surface) {
}
