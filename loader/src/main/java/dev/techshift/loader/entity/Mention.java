package dev.techshift.loader.entity;

/**
 * A span of an article's text that names an entity.
 * <pre>
 *   Mention m = mentions.get(0);
 *   article.slice(m.begin(), m.end()).equals(m.surface());   // true
 * </pre>
 *
 * @param begin    first code point in the article text
 * @param end      code point after the mention
 * @param sentence index of the sentence it is in
 * @param surface  the words as written
 * @param entity   what it refers to
 */
public record Mention(int begin, int end, int sentence, String surface, EntityRef entity) {

    /** The same words naming another entity. */
    public Mention as(EntityRef other) {
        return new Mention(begin, end, sentence, surface, other);
    }
}
