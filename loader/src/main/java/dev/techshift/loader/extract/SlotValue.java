package dev.techshift.loader.extract;

import dev.techshift.loader.entity.EntityRef;
import dev.techshift.loader.entity.Mention;

/**
 * What fills one slot of a rule match: an entity mention, an amount, a date, words as written, or a constant.
 * <pre>
 *   SlotValue v = extraction.slots().get("peopleAffected");
 *   v.kind();   // QUANTITY
 * </pre>
 *
 * @param kind        what it is
 * @param value       the {@code Mention}, {@code Quantity}, {@code TimeValue}, text, or prefixed constant
 * @param begin       first code point of the words in the article (for constants: the match's)
 * @param end         code point after them
 * @param surface     the words as written
 * @param sentence    the sentence the words are in
 * @param quoteBegin  where the evidence quote for this value begins (the rule match, or the context match)
 * @param quoteEnd    where it ends
 * @param fromContext true when the value came from a preceding sentence or outside the match
 */
public record SlotValue(Kind kind, Object value, int begin, int end, String surface, int sentence,
                        int quoteBegin, int quoteEnd, boolean fromContext) {

    /** The kinds of slot value. */
    public enum Kind { ENTITY, QUANTITY, TIME, TEXT, CONSTANT }

    /** An entity value over the same words, quote and origin, naming the given entity ("its Shanghai lab" → the unit). */
    public SlotValue naming(EntityRef e) {
        return new SlotValue(Kind.ENTITY, new Mention(begin, end, sentence, surface, e),
                begin, end, surface, sentence, quoteBegin, quoteEnd, fromContext);
    }
}
