package dev.techshift.loader.extract;

import java.util.List;
import java.util.Map;

/**
 * A fact family as {@code data/rules/families.json} describes it: its class, identity key and how slots become
 * properties.
 * <pre>
 *   FamilySpec f = ruleSet.family("closure");
 *   f.key();   // [organization, unit|area]
 * </pre>
 *
 * @param name       the family name (IRI segment), e.g. {@code workforce-reduction}
 * @param type       the class, as a prefixed name ({@code ts:WorkforceReduction})
 * @param key        identity key slots; {@code a|b} takes the first present
 * @param properties slot name to property
 * @param derive     slot filled from another slot's registry organisation when missing (organization from unit)
 * @param constants  property values every fact of the family has ({@code qb:dataSet})
 * @param joinsWhole whether, within one article, a fact stated without an optional key part joins the one fact that
 *                   has it ("IBM cut jobs" + "IBM cut jobs in China"); false where the fact without it is another fact
 *                   (a company's revenue is not the revenue of one of its products)
 * @param wholeOrganisation which posts belong to a site's whole organisation, or null ({@link WholeOrganisation})
 * @param nationwide  how a fact says it covers its organisation's whole country, or null ({@link Nationwide})
 */
public record FamilySpec(String name, String type, List<String> key, Map<String, Property> properties,
                         Map<String, String> derive, Map<String, String> constants, boolean joinsWhole,
                         WholeOrganisation wholeOrganisation, Nationwide nationwide) {

    /**
     * A fact over the whole of its organisation's country ({@code nationwide} in families.json): when the fact's own
     * matched words hold {@code words} ("在全国范围内裁员", "全国裁员") and it has neither unit nor {@code slot}, the slot
     * holds the organisation's country: the registry's headquarters country, else the country of the place the article
     * says the organisation is headquartered or was founded in, in a sentence that names it ({@code home}: a pattern
     * found in the sentence's text with the place written {@code {PLACE}}: "总部位于深圳", "于2013年在深圳宝安创立").
     */
    public record Nationwide(String slot, java.util.regex.Pattern words, java.util.regex.Pattern home) {
        /** What stands for the place in the sentence text {@code home} is found in. */
        public static final String PLACE = "\uE000";
    }

    /** The slots one element of the key may take, first present first ({@code "unit|area?"} → unit, area). */
    public static List<String> alternatives(String element) {
        return List.of(element.replace("?", "").split("\\|"));
    }

    /** Whether an element of the key may be missing ({@code "product?"}). */
    public static boolean optional(String element) {
        return element.endsWith("?");
    }

    /** Whether the slot is one of the identity key's, optional ones included. */
    public boolean inKey(String slot) {
        return key.stream().anyMatch(element -> alternatives(element).contains(slot));
    }

    /**
     * A post of the whole organisation is never a post of one of its sites ({@code wholeOrganisation} in families.json):
     * when {@code slot} holds a site found in the article (an unlinked unit named by its place: "新竹研发中心"; not a
     * regional unit such as "联想中国区", which has its own president)
     * and {@code role} a registry role with one of {@code categories} (a chief officer, a founder, the board, a
     * president), the slot holds the site's organisation instead. A regional unit ("英飞凌中国区", "Salesforce Asia
     * Pacific") holds no post at all: the post is the organisation's, and the region's words as written go to the front of
     * the literal slot {@code regionTitle} ("中国区技术总监"), when the title follows the unit's name. Null: the family has none.
     */
    public record WholeOrganisation(String slot, String role, java.util.Set<String> categories, String regionTitle) {}

    /**
     * How a slot becomes a property.
     *
     * @param predicate the property, prefixed ({@code ts:peopleAffected})
     * @param as        {@code iri} (entities, quantities, times), {@code literal} (surface as written, language-tagged),
     *                  {@code decimal} (a percentage's number), {@code integer} (ranks), {@code quantity} (a number
     *                  with {@link #unit})
     * @param unit      the unit for {@code as: quantity} when the text gives a bare number
     * @param entityTo  when the slot holds a registry entity but is written as a literal, the slot that gets the IRI
     * @param entityKind the kind of registry entity {@link #entityTo} takes ({@code role}), or empty for any: a title's
     *                  other names are no value of it ("台灣工程師" names a place and no role)
     * @param units     units of the parsed amount that mean {@link #unit} here ("jobs" cut are persons)
     * @param qualifier for {@code as: decimal}, the property that carries the amount's qualifier when it is not exact
     *                  ("不足1%" → {@code ts:shareQualifier ts:AtMost}); empty when the family keeps none
     * @param accepts   the units an amount may have here, after {@link #units} are read as {@link #unit}; an extraction
     *                  whose amount has another ("has 300 customers" read as a headcount) yields no fact. Empty: any
     * @param joined    for {@code as: literal}, where a written value holds several values, or null: each match's group
     *                  {@code joiner} separates two of them ("创始人兼首席执行官", "founder and chief executive" are two
     *                  titles, each a value of its own, {@link RuleEngine#parts})
     */
    public record Property(String predicate, String as, String unit, String entityTo, String entityKind,
                           java.util.Set<String> units, String qualifier, java.util.Set<String> accepts,
                           java.util.regex.Pattern joined) {}
}
