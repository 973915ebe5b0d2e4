/**
 * Amounts and dates as sources give them, with how exact they are and code-point offsets:
 * {@link dev.techshift.loader.values.QuantityParser} (lexicon in {@code data/rules/values.json}) and
 * {@link dev.techshift.loader.values.DateParser} (relative dates resolved against the publication date).
 * <pre>
 *   List&lt;Quantity&gt; qs = new QuantityParser(options).find(sentence.text());
 *   List&lt;TimeValue&gt; ts = DateParser.find(sentence.text(), article.meta().published().date());
 * </pre>
 */
package dev.techshift.loader.values;
