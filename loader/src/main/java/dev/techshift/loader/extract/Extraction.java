package dev.techshift.loader.extract;

import java.util.Map;

/**
 * One fact as one rule match states it, before identity and IRIs: the family, the slots filled, where.
 * <pre>
 *   for (Extraction x : engine.extract(article, mentions)) { x.slots().keySet(); }
 *   Extraction x0 = extractions.get(0);
 * </pre>
 *
 * @param rule       the rule that matched
 * @param sentence   the sentence of the match
 * @param quoteBegin first code point of the match in the article
 * @param quoteEnd   code point after it
 * @param slots      slot name to value (one value per slot; enumerations become several extractions)
 */
public record Extraction(Rule rule, int sentence, int quoteBegin, int quoteEnd, Map<String, SlotValue> slots) {
}
