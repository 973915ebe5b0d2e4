package dev.techshift.loader.extract;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One extraction rule from {@code data/rules/{family}.json}: a regular expression over the typed view of a
 * sentence whose named groups are the fact's slots.
 * <pre>
 *   Rule r = RuleSet.load(Path.of("data/rules")).rules().get(0);
 *   r.pattern().matcher(typed.text()).find();
 * </pre>
 *
 * @param id         the rule's id, unique over all files; recorded on every evidence it yields
 * @param comment    what the rule is for, in words
 * @param family     the fact family it yields
 * @param languages  language prefixes it applies to ({@code zh} covers zh-Hans and zh-Hant; {@code en})
 * @param source     the pattern as written, placeholders unexpanded
 * @param pattern    the compiled pattern, placeholders expanded
 * @param slots      the named groups of the pattern, in order
 * @param context    slots that may come from the same or preceding sentences of the paragraph: per slot, the ways to
 *                   look for it, tried in order until one finds a value
 * @param constants  slot values the rule sets whenever it matches (e.g. {@code temporalStatus: ts:Former})
 * @param literal    slots taken as words as written even when they hold a mention; the value names the slot
 *                   that gets the single registry entity inside, if any ({@code roleTitle: role})
 * @param confidence how far the rule is trusted, 0 to 1
 * @param file       the rule file, relative to the project root
 * @param keepsPartial whether a fact it reads without an optional key part, joining no fact of the article that has
 *                   it, is kept; false for staff moving to a place, which the model counts from the site or area they
 *                   leave ("About 30 engineers have moved to Zurich" alone is no relocation)
 */
public record Rule(String id, String comment, String family, Set<String> languages, String source, Pattern pattern,
                   List<String> slots, Map<String, List<ContextSlot>> context, Map<String, String> constants,
                   Map<String, String> literal, double confidence, String file, boolean keepsPartial) {

    /**
     * A slot filled from context: the nearest match of {@code pattern} (group {@code v}) within {@code sentences}
     * before; when the words matched are a key of {@code values}, the value is that entity (an IRI relative to
     * {@code B id/}), for words that name a thing without being its name ("国内" for the home country). When nothing
     * is found before and {@code ahead} is 0 or more, the rest of the sentence and then {@code ahead} sentences after
     * are looked at, nearest first (-1, the default: never), for a thing named only later ("the research unit established in 2018 ... a scientist at the X Lab").
     * {@code inside}: the look ahead starts at the match itself, for words the match read without a slot of their own
     * ("held 31% of the Nordic public cloud market": "Nordic" is an area through {@code values}).
     * {@code topic}: when nothing is found either way, the organisation the article names most often (its first
     * mention), for a title in a paragraph about that company that names none ("人事方面,共同创办人X已卸下技术长职务").
     * {@code sameOrganisation}: a slot of the match ("unit"); a context match counts only when it names an entity of the
     * same organisation as that slot's entity (the entity itself, a unit of it, or its organisation), so a date lent by
     * the sentence before ("5月下旬关于“X中国大裁员”的消息…。X中国大规模裁员,涉及A团队") comes from words about the same
     * company; empty: any match counts.
     * {@code evidenceInMatch}: the value found is quoted by the rule's own match, not where it is named, for words that
     * refer to it without naming it ("AWS关闭在华最后一家AI实验室": the lab the lead names is the one the headline closes,
     * and the headline is the evidence of that closure).
     * {@code ownedWith} (null: none): looking back, an earlier sentence that holds the value and also matches this
     * pattern keeps the value to itself and ends the search ("据赛迪顾问数据,X的份额约为2.7%。同期位列前三的…": a
     * source named with a figure of its own is not the source of the next sentence's figures), unless the headline
     * names the same value (an article about one report) or that sentence is a clause ended by ；/; that the next one
     * goes on. A sentence with a figure and no source is looked through ("IDC报告显示…。X以26%居首。Y以9%…").
     * {@code sentenceWith} (null: any): an earlier sentence counts only when this pattern matches in it, so that a
     * share's period is not the date of a founding or an outage two sentences back ("founded Kestrel in 2006").
     * {@code namedHere} (null: none): when this pattern matches the match's own sentence, that sentence names the value
     * in words of its own, and only that sentence is looked at: a share "在工业控制器领域" or "in the controller segment"
     * is not of the market named sentences before.
     * {@code year}: a date found is read as its year, for words that name a fiscal year by its last day or month ("the
     * fiscal year ended June 30, 2025", 截至2025年12月31日止年度: fiscal 2025).
     * {@code makerOf} (null: none): the slot whose value names what the organisation made; this way finds the
     * organisation the article names whose name's first word opens that value's name ("AirLoom Edge, a solar-powered
     * node, went live": AirLoom Technologies, not the rival named in the sentence before), the nearest before the match
     * first, and finds nothing when no organisation's name opens it.
     */
    public record ContextSlot(String source, Pattern pattern, int sentences, Map<String, String> values, int ahead,
                              boolean inside, boolean topic, String sameOrganisation, boolean evidenceInMatch,
                              Pattern ownedWith, Pattern sentenceWith, Pattern namedHere, boolean year,
                              boolean passOverEarlier, String makerOf) {}

    /** True when the rule applies to a sentence in this language. */
    public boolean appliesTo(String language) {
        return languages.isEmpty() || languages.stream().anyMatch(language::startsWith);
    }
}
