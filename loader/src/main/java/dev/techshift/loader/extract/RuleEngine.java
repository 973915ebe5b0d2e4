package dev.techshift.loader.extract;

import dev.techshift.loader.article.Article;
import dev.techshift.loader.article.Sentence;
import dev.techshift.loader.entity.EntityKind;
import dev.techshift.loader.entity.EntityRef;
import dev.techshift.loader.entity.Mention;
import dev.techshift.loader.entity.TextFold;
import dev.techshift.loader.regex.Prefilter;
import dev.techshift.loader.values.DateParser;
import dev.techshift.loader.values.Numbers;
import dev.techshift.loader.values.Quantity;
import dev.techshift.loader.values.QuantityParser;
import dev.techshift.loader.values.TimeValue;
import dev.techshift.loader.values.Widths;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the rules of a {@link RuleSet} over an article's typed sentences and returns what they state.
 * Boilerplate sentences yield nothing; enumerations are paired element by element.
 * <pre>
 *   RuleEngine engine = new RuleEngine(RuleSet.load(Path.of("data/rules")), new QuantityParser(options));
 *   List&lt;Extraction&gt; xs = engine.extract(article, mentions);
 * </pre>
 */
public final class RuleEngine {

    private final RuleSet rules;
    private final QuantityParser quantities;
    private final Function<EntityRef, String> marks;
    /** An entity's organisation (itself when it is one), for context slots that must name the same organisation. */
    private final Function<EntityRef, String> organisation;
    /** Per rule (same order as {@code rules.rules()}): what a typed sentence must contain for its pattern to match. */
    private final Prefilter[] prefilters;
    /** Per language seen: which rules apply to it. */
    private final Map<String, boolean[]> applies = new ConcurrentHashMap<>();
    /** Whether "the company" may mean an organisation ({@link References#notReferredTo}: not a government, an outlet). */
    private final Predicate<EntityRef> referable;

    public RuleEngine(RuleSet rules, QuantityParser quantities) {
        this(rules, quantities, e -> "", true);
    }

    /**
     * An engine that runs a rule's pattern only on sentences that hold what it requires ({@code prefilter}), or on
     * every sentence; the extractions are the same either way (the switch is for benchmarks and tests).
     *
     * @param marks an entity's category mark for its token ({@code {ROLE:founder}}, {@link Categories#mark})
     */
    public RuleEngine(RuleSet rules, QuantityParser quantities, Function<EntityRef, String> marks, boolean prefilter) {
        this(rules, quantities, marks, e -> e.parent() != null ? e.parent() : e.iri(), prefilter);
    }

    /**
     * As above, with the organisation an entity belongs to (the registry's {@code org:subOrganizationOf} chain), which
     * a context slot with {@code sameOrganisation} compares.
     */
    public RuleEngine(RuleSet rules, QuantityParser quantities, Function<EntityRef, String> marks,
                      Function<EntityRef, String> organisation, boolean prefilter) {
        this(rules, quantities, marks, organisation, e -> true, prefilter);
    }

    /**
     * As above, with which organisations a reference without a name ("the company", "we") may mean
     * ({@link References}).
     */
    public RuleEngine(RuleSet rules, QuantityParser quantities, Function<EntityRef, String> marks,
                      Function<EntityRef, String> organisation, Predicate<EntityRef> referable, boolean prefilter) {
        this.referable = referable;
        this.rules = rules;
        this.organisation = organisation;
        this.quantities = quantities;
        this.marks = marks;
        this.prefilters = rules.rules().stream()
                .map(r -> prefilter ? Prefilter.of(r.pattern().pattern()) : Prefilter.NONE)
                .toArray(Prefilter[]::new);
    }

    /** The typed views of every sentence of the article. */
    public List<TypedSentence> typed(Article a, List<Mention> mentions) {
        Optional<LocalDate> anchor = a.meta().published().date();
        String bareYuan = quantities.bareYuanCurrency(a.text());
        List<TypedSentence> out = new ArrayList<>();
        int m = 0;
        for (Sentence s : a.sentences()) {
            List<Mention> own = new ArrayList<>();
            while (m < mentions.size() && mentions.get(m).sentence() < s.index()) {
                m++;
            }
            for (int k = m; k < mentions.size() && mentions.get(k).sentence() == s.index(); k++) {
                own.add(mentions.get(k));
            }
            out.add(typed(s, own, anchor, List.of(), bareYuan));
        }
        return out;
    }

    /**
     * The dates of a sentence without the date of a dateline it opens with ("STUTTGART, Feb 11 (Newswire) - X said on
     * Tuesday…"): the day the report was filed dates no fact, so it stays words ({@link RuleSet#datelineDate}).
     */
    private List<TimeValue> withoutDateline(Sentence s, List<TimeValue> dates) {
        int[] d = rules.datelineDate(s.text());
        if (d == null) {
            return dates;
        }
        int b = s.text().codePointCount(0, d[0]);
        int e = s.text().codePointCount(0, d[1]);
        return dates.stream().filter(t -> t.end() <= b || t.begin() >= e).toList();
    }

    private TypedSentence typed(Sentence s, List<Mention> own, Optional<LocalDate> anchor, List<TypedSentence.Rewrite> rewrites,
                                String bareYuan) {
        String values = Widths.fold(s.text());
        DateParser.Readings dates = DateParser.read(values, anchor);
        List<Quantity> qs = quantities.find(values, dates.unanchored(), bareYuan);
        // "supply 60,000 Haldr tags": a bare number right before a product's name counts its units
        Set<Integer> productStarts = new HashSet<>();
        for (Mention m : own) {
            if (m.entity().kind() == EntityKind.PRODUCT) {
                productStarts.add(m.begin() - s.begin());
            }
        }
        qs = quantities.withProductCounts(values, qs, dates.unanchored(), productStarts);
        return TypedSentence.of(s, own, qs, withoutDateline(s, dates.anchored()), marks, rewrites);
    }

    /**
     * The sentences whose references without a name resolve ({@link References}), each typed with them read as the
     * organisation they mean; for {@code Explain}.
     */
    public Map<Integer, TypedSentence> resolved(Article a, List<Mention> mentions) {
        List<TypedSentence> typed = typed(a, mentions);
        List<Extraction> first = new ArrayList<>();
        firstReading(typed).forEach(first::addAll);
        Map<Integer, TypedSentence> out = new LinkedHashMap<>();
        resolve(a, typed, first).forEach((i, f) -> out.put(i, variant(a, typed.get(i), f)));
        return out;
    }

    /** Each sentence's extractions as its own words give them (none from boilerplate), in sentence order. */
    private List<List<Extraction>> firstReading(List<TypedSentence> typed) {
        List<List<Extraction>> out = new ArrayList<>();
        for (TypedSentence t : typed) {
            out.add(t.sentence().boilerplate() ? new ArrayList<>() : new ArrayList<>(run(t, typed)));
        }
        return out;
    }

    private Map<Integer, References.Found> resolve(Article a, List<TypedSentence> typed, List<Extraction> first) {
        References refs = rules.references();
        return refs.resolve(a, typed, refs.posts(first, e -> {
            String mark = marks.apply(e);
            return mark.isEmpty() ? List.of() : rules.categories().decode(mark.charAt(0));
        }), referable, rules.notActors().or(rules.rivals()), rules.pastEmployers());
    }

    /** A sentence typed again with its resolved references: each an organisation's token, "our" read as "its". */
    private TypedSentence variant(Article a, TypedSentence t, References.Found f) {
        List<Mention> own = new ArrayList<>();
        for (TypedSentence.Span s : t.spans()) {
            if (s.value() instanceof Mention m) {
                own.add(m);
            }
        }
        own.addAll(f.mentions());
        own.sort(Comparator.comparingInt(Mention::begin));
        return typed(t.sentence(), own, a.meta().published().date(), f.rewrites(), quantities.bareYuanCurrency(a.text()));
    }

    /**
     * Every extraction of the article, in sentence and rule order. A sentence with references without a name that
     * resolve ({@link References}: "the company", "该公司", a speaker's "we") is read again with them typed as the
     * organisation they mean; that reading adds the facts of each family the sentence's own reading gave none of, when
     * they read a reference, and those that are another fact than each it gave ({@link #another}); a family the own
     * reading gave only with an organisation taken from another sentence takes the reference's ({@link #rebind}).
     */
    public List<Extraction> extract(Article a, List<Mention> mentions) {
        List<TypedSentence> typed = typed(a, mentions);
        List<List<Extraction>> bySentence = firstReading(typed);
        if (!rules.references().isEmpty()) {
            Optional<Mention> topic = topicMention(typed, rules.pastEmployers());
            List<Extraction> first = new ArrayList<>();
            bySentence.forEach(first::addAll);
            for (Map.Entry<Integer, References.Found> e : resolve(a, typed, first).entrySet()) {
                int idx = e.getKey();
                TypedSentence v = variant(a, typed.get(idx), e.getValue());
                // the article as before with this one sentence re-read (a view: copying the list for every such sentence
                // would be quadratic in a long article)
                List<TypedSentence> view = new AbstractList<>() {
                    @Override
                    public TypedSentence get(int i) {
                        return i == idx ? v : typed.get(i);
                    }

                    @Override
                    public int size() {
                        return typed.size();
                    }
                };
                Set<String> read = new HashSet<>();
                bySentence.get(idx).stream().filter(this::identified).forEach(x -> read.add(x.rule().family()));
                // "截至9月30日，公司员工总数为1,136人" in a notice that declared 公司 its short name: a family the sentence's
                // own reading gave only with an organisation taken from its context (another sentence, or a name before
                // the declared 公司 in "会议由公司董事长X主持") is read with the declared one where the re-reading takes it
                Set<String> replaced = new HashSet<>();
                Set<String> rebound = new HashSet<>();
                List<Extraction> again = run(v, view);
                // an enumeration is several extractions of one match: all of them when one reads a reference ("Tom
                // Whitcombe and I founded it": both founders)
                Set<String> matches = new HashSet<>();
                again.stream().filter(x -> readsReference(x, e.getValue().mentions())).forEach(x -> matches.add(match(x)));
                for (Extraction x : again) {
                    String family = x.rule().family();
                    boolean declared = readsReference(x, e.getValue().declared());
                    // another fact than the own reading's, judged on the own reading as it was read (before a rebinding)
                    boolean other = another(bySentence.get(idx), x, e.getValue().mentions());
                    // "…由深创投领投，兴业国信资管跟投。5月20日，公司远程运维平台发生故障": a sentence whose subject is a reference
                    // names its organisation; a family its own reading gave only with an organisation a rule took from another
                    // sentence (the co-investor named last) takes the one the reference resolves to when that is the article's
                    // topic (a reference read as the subject of the sentence before, "今年初，X亦以3,000萬港元入股。公司上月推出…",
                    // may be an investor the rule's own context passed over), its other values as its own reading found them
                    if (!declared && read.contains(family) && !rebound.contains(family) && readsTopic(x, e.getValue().mentions(), topic)
                            && bySentence.get(idx).stream().filter(y -> y.rule().family().equals(family))
                                    .allMatch(y -> !identified(y) || elsewhere(y, x, e.getValue().mentions(), idx))) {
                        bySentence.get(idx).replaceAll(y -> y.rule().family().equals(family)
                                ? rebind(y, x, e.getValue().mentions()) : y);
                        rebound.add(family);
                    }
                    if (read.contains(family) && declared && !replaced.contains(family)
                            && bySentence.get(idx).stream().filter(y -> y.rule().family().equals(family))
                                    .allMatch(y -> !identified(y) || contextWhere(y, x, e.getValue().declared()))) {
                        bySentence.get(idx).removeIf(y -> y.rule().family().equals(family));
                        replaced.add(family);
                    }
                    // "据X统计,2025年公司在国内…市场的份额为23.6%,位居行业第二,仅次于Y(份额约31%)" in a notice that declared
                    // 公司 its short name: the sentence's own reading gave Y's share, the re-reading the declared company's,
                    // in words Y's reading does not quote; both stand (a 公司 read from the sentences before may be any
                    // organisation named there, and stays behind the sentence's own reading)
                    // "the firm remained the largest supplier of X, with a 31% share …; its closest rival, Y, held 19%": so
                    // does an English reference's reading in other words than the own reading's, in a family whose key
                    // names no person (a person's second reading is another post only as {@link #another} says); not
                    // an undeclared 公司, which in "据X统计,2025年公司…" is the article's company more often than the
                    // organisation named last (dev 9: three wrong statements)
                    boolean apart = (declared || !holdsPerson(x) && !TextFold.hasHan(typed.get(idx).sentence().text()))
                            && bySentence.get(idx).stream().filter(y -> y.rule().family().equals(family))
                            .noneMatch(y -> y.quoteBegin() < x.quoteEnd() && x.quoteBegin() < y.quoteEnd());
                    if ((!read.contains(family) || replaced.contains(family) || apart
                            || other) && matches.contains(match(x))) {
                        bySentence.get(idx).add(x);
                    }
                }
                goOnClause(typed, view, idx, e.getValue().mentions(), bySentence);
            }
        }
        List<Extraction> out = new ArrayList<>();
        bySentence.forEach(out::addAll);
        return shadow(out);
    }

    /**
     * "据X统计,2025年公司在国内…市场的占有率为34.6%,位居第一；较2024年的30.2%提升4.4个百分点": the clause after one ended by
     * ；/; goes on from its subject, and when that subject is a reference (公司, "the company") only the re-read clause
     * names it. The next clause is read again with the one before it as re-read, and adds the facts of each family its
     * own reading gave none of, when they take a resolved reference from that clause (a context slot: the figure's
     * company).
     */
    private void goOnClause(List<TypedSentence> typed, List<TypedSentence> view, int idx, List<Mention> references,
                            List<List<Extraction>> bySentence) {
        int next = idx + 1;
        if (next >= typed.size() || !clauseGoesOn(typed.get(idx)) || typed.get(next).sentence().boilerplate()) {
            return;
        }
        Set<String> read = new HashSet<>();
        bySentence.get(next).stream().filter(this::identified).forEach(x -> read.add(x.rule().family()));
        for (Extraction x : run(typed.get(next), view)) {
            if (!read.contains(x.rule().family()) && identified(x) && readsReference(x, references)) {
                bySentence.get(next).add(x);
            }
        }
    }

    /**
     * Whether an extraction binds every part of its family's identity key that is not optional ({@code unit|area}: one
     * of them; an organisation the family derives from a unit: the unit): "we stopped selling X" read with no
     * organisation found is no fact, and the sentence read again with "we" as the company may give it.
     */
    private boolean identified(Extraction x) {
        FamilySpec f = rules.family(x.rule().family());
        if (f == null) {
            return true;
        }
        for (String part : f.key()) {
            if (FamilySpec.optional(part)) {
                continue;
            }
            boolean bound = false;
            for (String slot : FamilySpec.alternatives(part)) {
                String from = f.derive() == null ? null : f.derive().get(slot);
                bound |= x.slots().containsKey(slot) || from != null && x.slots().containsKey(from);
            }
            if (!bound) {
                return false;
            }
        }
        return true;
    }

    /** One rule match: the rule and the quote's span. */
    private static String match(Extraction x) {
        return x.rule().id() + "@" + x.quoteBegin() + "-" + x.quoteEnd();
    }

    /** Whether an extraction names a person in a slot of its family's identity key. */
    private boolean holdsPerson(Extraction x) {
        FamilySpec spec = rules.family(x.rule().family());
        return x.slots().entrySet().stream().anyMatch(e -> e.getValue().value() instanceof Mention m
                && m.entity().kind() == EntityKind.PERSON && (spec == null || spec.inKey(e.getKey())));
    }

    /**
     * Whether a re-reading's extraction is another fact of the same person than every one the sentence's own reading
     * gave of its family: each of those holds the person the extraction's key holds and names, in its own words, an
     * organisation of its identity key that is not the one the reference resolves to. "In January we hired X, who was
     * chief financial officer at Rain, as our CFO" reads X's post at Rain on its own and X's post at the speaker's
     * company only with "we" read; the second is no second reading of the first. An own reading that took its
     * organisation from context is left as it is, and so is every family whose key holds no person (a market share
     * read again with "we" as the company is a second reading of the one the sentence gave: it cost dev 9 and held-out
     * 2 five wrong statements). A person whom no identified fact of the family in the own reading names is another fact
     * too: the own reading found another person's post and none of this one's, whose organisation only the reference gives.
     */
    private boolean another(List<Extraction> own, Extraction x, List<Mention> references) {
        String family = x.rule().family();
        FamilySpec spec = rules.family(family);
        Set<String> resolved = new HashSet<>();
        Set<String> persons = new HashSet<>();
        for (Map.Entry<String, SlotValue> e : x.slots().entrySet()) {
            if (e.getValue().value() instanceof Mention m && (spec == null || spec.inKey(e.getKey()))) {
                if (references.contains(m) && m.entity().kind() == EntityKind.ORG) {
                    resolved.add(m.entity().iri());
                } else if (m.entity().kind() == EntityKind.PERSON) {
                    persons.add(m.entity().iri());
                }
            }
        }
        if (resolved.isEmpty() || persons.isEmpty()) {
            return false;
        }
        // "公司成立于2015年,由董事长兼总经理X与Y大学教授Z共同创办": the own reading gave Z's post at the university and no
        // post of X, whose organisation is only the 公司 the re-reading resolves; a person no identified fact of the own
        // reading names is another fact whatever the others say
        // (the own reading's facts only: a re-read fact added before, the same post's other title, names the reference)
        boolean personRead = own.stream().filter(y -> y.rule().family().equals(family) && identified(y)
                        && !readsReference(y, references))
                .anyMatch(y -> y.slots().values().stream().anyMatch(s -> s.value() instanceof Mention m
                        && m.entity().kind() == EntityKind.PERSON && persons.contains(m.entity().iri())));
        if (!personRead) {
            return true;
        }
        for (Extraction y : own) {
            if (!y.rule().family().equals(family)) {
                continue;
            }
            boolean named = false;
            boolean same = false;
            for (Map.Entry<String, SlotValue> e : y.slots().entrySet()) {
                if (e.getValue().value() instanceof Mention m && m.entity().kind() == EntityKind.PERSON
                        && persons.contains(m.entity().iri())) {
                    same = true;
                }
                if (e.getValue().value() instanceof Mention m && m.entity().kind() == EntityKind.ORG
                        && (spec == null || spec.inKey(e.getKey()))) {
                    if (e.getValue().fromContext() || resolved.contains(m.entity().iri())) {
                        return false;
                    }
                    named = true;
                }
            }
            if (!named || !same) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether an extraction of a re-read sentence is about a resolved reference: it holds one in a slot of its family's
     * identity key (the organisation that closed, laid off, raised), not only in a detail.
     */
    private boolean readsReference(Extraction x, List<Mention> references) {
        FamilySpec spec = rules.family(x.rule().family());
        for (Map.Entry<String, SlotValue> e : x.slots().entrySet()) {
            // a speaker's "I" is a person the fact names wherever it stands ("Tom Whitcombe and I founded it": a founder)
            if (e.getValue().value() instanceof Mention m && references.contains(m)
                    && (spec == null || spec.inKey(e.getKey()) || m.entity().kind() == EntityKind.PERSON)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an extraction of a sentence's own reading took from its context (another sentence, or words before its
     * match that a nearer reference may stand between) every identity slot the re-reading {@code x} fills with a
     * declared reference, or left it empty.
     */
    private boolean contextWhere(Extraction y, Extraction x, List<Mention> declared) {
        for (Map.Entry<String, SlotValue> e : x.slots().entrySet()) {
            if (e.getValue().value() instanceof Mention m && declared.contains(m)) {
                SlotValue own = y.slots().get(e.getKey());
                if (own != null && !own.fromContext()) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Whether an extraction of a sentence's own reading took from another sentence every identity slot the re-reading
     * {@code x} fills with a resolved reference, or left it empty: the own reading found no organisation in the sentence.
     */
    private boolean elsewhere(Extraction y, Extraction x, List<Mention> references, int idx) {
        boolean any = false;
        for (Map.Entry<String, SlotValue> e : x.slots().entrySet()) {
            if (referenceInKey(x, e, references)) {
                any = true;
                SlotValue own = y.slots().get(e.getKey());
                if (own != null && (!own.fromContext() || own.sentence() == idx)) {
                    return false;
                }
            }
        }
        return any;
    }

    /** Whether an extraction holds, in an identity slot, a resolved reference read as the article's topic organisation. */
    private boolean readsTopic(Extraction x, List<Mention> references, Optional<Mention> topic) {
        return topic.isPresent() && readsReference(x, references.stream()
                .filter(m -> m.entity().iri().equals(topic.get().entity().iri())).toList());
    }

    /**
     * An extraction of a sentence's own reading with the identity slots the re-reading {@code x} fills with a resolved
     * reference set to that reference's organisation (its evidence the re-reading's).
     */
    private Extraction rebind(Extraction y, Extraction x, List<Mention> references) {
        Map<String, SlotValue> slots = new LinkedHashMap<>(y.slots());
        for (Map.Entry<String, SlotValue> e : x.slots().entrySet()) {
            if (referenceInKey(x, e, references)) {
                slots.put(e.getKey(), e.getValue());
            }
        }
        return new Extraction(y.rule(), y.sentence(), y.quoteBegin(), y.quoteEnd(), slots);
    }

    /** Whether a slot of {@code x} is an identity slot of its family that holds a resolved reference to an organisation. */
    private boolean referenceInKey(Extraction x, Map.Entry<String, SlotValue> slot, List<Mention> references) {
        FamilySpec spec = rules.family(x.rule().family());
        return slot.getValue().value() instanceof Mention m && references.contains(m) && m.entity().kind() == EntityKind.ORG
                && (spec == null || spec.inKey(slot.getKey()));
    }

    /** The extractions of one typed sentence, its context slots looked for in {@code all}. */
    private List<Extraction> run(TypedSentence t, List<TypedSentence> all) {
        List<Extraction> out = new ArrayList<>();
        List<Rule> rs = rules.rules();
        boolean[] applying = applies.computeIfAbsent(t.sentence().language(),
                lang -> {
                    boolean[] b = new boolean[rs.size()];
                    for (int i = 0; i < b.length; i++) {
                        b[i] = rs.get(i).appliesTo(lang);
                    }
                    return b;
                });
        for (int i = 0; i < rs.size(); i++) {
            Rule r = rs.get(i);
            if (!applying[i] || !prefilters[i].mayMatch(t.text())) {
                continue;
            }
            Matcher m = r.pattern().matcher(t.text());
            while (m.find()) {
                if (m.end() > m.start()) {
                    out.addAll(extractions(r, t, m, all));
                }
            }
        }
        return out;
    }

    /**
     * A weaker rule yields to a stronger one of the same family whose match contains its own: "首席技术官 X" read
     * alone does not add a second post when "Y…其首席技术官 X" was read whole.
     */
    static List<Extraction> shadow(List<Extraction> all) {
        // Only extractions of the same sentence shadow each other: compare within each sentence's group, not every
        // pair of the article (which grew with the square of the article's length).
        Map<Integer, List<Extraction>> bySentence = new LinkedHashMap<>();
        for (Extraction x : all) {
            bySentence.computeIfAbsent(x.sentence(), k -> new ArrayList<>()).add(x);
        }
        List<Extraction> out = new ArrayList<>();
        for (Extraction x : all) {
            List<Extraction> xs = bySentence.get(x.sentence());
            boolean shadowed = false;
            for (Extraction y : xs) {
                if (y != x && y.sentence() == x.sentence() && y.rule().family().equals(x.rule().family())
                        && y.rule().confidence() > x.rule().confidence()
                        && y.quoteBegin() <= x.quoteBegin() && x.quoteEnd() <= y.quoteEnd() && sameEntities(x, y)) {
                    shadowed = true;
                    break;
                }
            }
            if (!shadowed) {
                out.add(x);
            }
        }
        return out;
    }

    /**
     * False when the weaker extraction {@code x} reads, inside its own match, a person that {@code y} reads in no
     * slot: "X 接替 Y 成为新任 CEO" read as Y's (ended) post is not the statement X's new post makes, so the stronger
     * rule does not hide it. Likewise an organisation of a post: "Glowcast has hired Lena Ortiz, previously vice
     * president of engineering at Zebra Technologies, as chief technology officer" holds her former post at Zebra,
     * another fact than the one at Glowcast the whole sentence reads. Otherwise (same people, e.g. "首席技术官 X" inside
     * "Y…其首席技术官 X") it does.
     */
    private static boolean sameEntities(Extraction x, Extraction y) {
        // an organisation counts only beside words of its own the stronger reads in no slot (her former title at
        // Zebra); one title read twice ("…其首席技術官 X", the employer before 其 or the topic) is one post
        boolean ownWords = x.slots().values().stream().anyMatch(v -> v.kind() == SlotValue.Kind.TEXT && !v.fromContext()
                && y.slots().values().stream().noneMatch(w -> w.kind() == SlotValue.Kind.TEXT && w.begin() == v.begin() && w.end() == v.end()));
        for (SlotValue v : x.slots().values()) {
            if (v.kind() != SlotValue.Kind.ENTITY || v.fromContext() || !(v.value() instanceof Mention a)
                    || !(a.entity().kind() == EntityKind.PERSON || ownWords && a.entity().kind() == EntityKind.ORG)) {
                continue;
            }
            boolean read = y.slots().values().stream()
                    .anyMatch(w -> w.value() instanceof Mention b && b.entity().equals(a.entity()));
            if (!read) {
                return false;
            }
        }
        return true;
    }

    /**
     * A constant that is the element's position (1, 2, …) in the enumeration the match paired: "X、Y、Z依次位列前三"
     * ranks X first ({@code "constants": {"rank": "#position"}}); any other constant of a number-valued property is
     * that number ({@code "rank": "1"}: "仅次于X" ranks X first). When the pattern's group {@link #POSITION_FROM}
     * matched, the positions start at the number it holds: "X、Y和Z分列第二至第四" ranks X second, Y third, Z fourth.
     */
    static final String POSITION = "#position";
    /** The group whose number is the first position ("第二" in "分列第二至第四"); not a slot of any family. */
    static final String POSITION_FROM = "positionFrom";

    /** Whether an entity value is of the kind a literal slot's entity goes to ({@link FamilySpec.Property#entityKind}). */
    private static boolean ofKind(SlotValue v, FamilySpec.Property p) {
        return p == null || p.entityKind().isEmpty()
                || ((Mention) v.value()).entity().kind().segment().equals(p.entityKind());
    }

    private List<Extraction> extractions(Rule r, TypedSentence t, Matcher m, List<TypedSentence> all) {
        int qb = t.begin(m.start());
        int qe = t.end(m.end());
        int idx = t.sentence().index();
        Map<String, List<SlotValue>> bound = new LinkedHashMap<>();
        for (String slot : r.slots()) {
            if (m.start(slot) < 0 || m.end(slot) <= m.start(slot)) {
                continue;
            }
            if (r.literal().containsKey(slot)) {
                // a joined title ("创始人兼首席执行官") is one value per title, each with the registry role it holds
                String to = r.literal().get(slot);
                FamilySpec.Property p = rules.family(r.family()).properties().get(slot);
                List<SlotValue> texts = new ArrayList<>();
                List<SlotValue> entities = new ArrayList<>();
                for (int[] part : parts(p == null ? null : p.joined(), t.text(), m.start(slot), m.end(slot))) {
                    texts.add(text(t, part[0], part[1], qb, qe));
                    List<SlotValue> inside = values(t, part[0], part[1], qb, qe, false).stream()
                            .filter(v -> v.kind() == SlotValue.Kind.ENTITY && ofKind(v, p)).toList();
                    entities.add(!to.isEmpty() && inside.size() == 1 ? inside.get(0) : null);
                }
                bound.put(slot, texts);
                if (entities.stream().anyMatch(Objects::nonNull)) {
                    bound.put(to, entities);
                }
                continue;
            }
            bound.put(slot, hedgedTogether(values(t, m.start(slot), m.end(slot), qb, qe, false)));
        }
        for (Map.Entry<String, List<Rule.ContextSlot>> c : r.context().entrySet()) {
            if (bound.containsKey(c.getKey())) {
                continue;
            }
            boolean words = literal(r, c.getKey());
            for (Rule.ContextSlot way : c.getValue()) {
                if (way.makerOf() != null) {
                    Optional<SlotValue> maker = makerNamed(all, idx, bound.get(way.makerOf()));
                    if (maker.isPresent()) {
                        bound.put(c.getKey(), List.of(maker.get()));
                        break;
                    }
                    continue;
                }
                boolean actor = !rules.sources().slots().contains(c.getKey());
                boolean ranks = rules.rivals().slots().contains(c.getKey());
                Optional<SlotValue> v = fromContext(way, all, idx, m.start(), m.end(), organisations(way, bound), words,
                        actor, ranks);
                if (v.isPresent()) {
                    SlotValue f = v.get();
                    bound.put(c.getKey(), List.of(!way.evidenceInMatch() ? f
                            : new SlotValue(f.kind(), f.value(), qb, qe, t.original(qb, qe), idx, qb, qe, true)));
                    break;
                }
            }
        }
        String position = null;
        for (Map.Entry<String, String> c : r.constants().entrySet()) {
            if (c.getValue().equals(POSITION)) {
                position = c.getKey();
                continue;
            }
            // a number-valued property ("rank": "1") takes the constant as its written number, not as a term
            FamilySpec.Property p = rules.family(r.family()).properties().get(c.getKey());
            boolean number = p != null && (p.as().equals("integer") || p.as().equals("decimal"));
            bound.put(c.getKey(), List.of(new SlotValue(number ? SlotValue.Kind.TEXT : SlotValue.Kind.CONSTANT,
                    c.getValue(), qb, qe, t.original(qb, qe), idx, qb, qe, false)));
        }
        if (!samePeriod(bound)) {
            return List.of();
        }
        long first = 1;
        List<SlotValue> from = bound.remove(POSITION_FROM);
        if (from != null && !from.isEmpty()) {
            first = Numbers.parse(from.get(0).surface()).orElse(1L);
        }
        if (!aligned(r, t, m, bound, position != null)) {
            return List.of();
        }
        int n = bound.values().stream().mapToInt(List::size).max().orElse(0);
        List<Extraction> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            Map<String, SlotValue> one = new LinkedHashMap<>();
            if (position != null && n > 1) {
                one.put(position, new SlotValue(SlotValue.Kind.TEXT, String.valueOf(first + k), qb, qe, t.original(qb, qe), idx,
                        qb, qe, false));
            }
            boolean unpaired = false;
            for (Map.Entry<String, List<SlotValue>> e : bound.entrySet()) {
                List<SlotValue> vs = e.getValue();
                if (vs.size() == 1) {
                    one.put(e.getKey(), vs.get(0));
                } else if (k < vs.size() && vs.get(k) != null) {
                    one.put(e.getKey(), vs.get(k));
                } else if (vs.size() == n && !words(r, e.getKey())) {
                    // an element of a list whose name was not found ("aligned"): no fact of its own
                    unpaired = true;
                }
            }
            if (unpaired) {
                continue;
            }
            if (!sameEntityTwice(one)) {
                out.add(new Extraction(r, idx, qb, qe, one));
            }
        }
        out.addAll(conversions(r, t, m, out));
        return out;
    }

    /**
     * Lines up the enumerations a match read so that each element pairs with its own, or says they cannot be: pairing
     * them as written would give a firm its neighbour's figure. "宝时得、富世华与绿刃智能分列前三,份额分别为21.5%、18.2%和
     * 9.7%" with the first name not found reads two companies and three shares; "Lumadent and Corvex Dental held 34.5% and
     * 22.8% respectively" with Lumadent not found reads one company and two shares. A list a rule matches ends where the
     * rule's words go on, so the names not found are the first ones: a shorter slot written right after a list word
     * (、, 和, 与, 及, "and") is the end of the longer list and takes its last elements (its positions too: the second of
     * three is ranked third); the elements before it are left unpaired (null). Anything else that does not line up drops
     * the match, never shifts it:
     * <ul>
     * <li>a shorter slot that does not follow a list word;</li>
     * <li>an amount slot holding several amounts while no slot of the family's identity key holds as many (one company
     * with three shares is one fact read with three competing figures);</li>
     * <li>positions counted ("依次位列前三") for a list right after a list word: how many names were lost before it is
     * unknown.</li>
     * </ul>
     * Returns false when the match yields nothing.
     */
    private boolean aligned(Rule r, TypedSentence t, Matcher m, Map<String, List<SlotValue>> bound, boolean positions) {
        FamilySpec spec = rules.family(r.family());
        int n = 0;
        boolean amounts = false;
        for (Map.Entry<String, List<SlotValue>> e : bound.entrySet()) {
            List<SlotValue> vs = e.getValue();
            if (vs.size() < 2 || words(r, e.getKey())) {
                continue;
            }
            n = Math.max(n, vs.size());
            amounts |= vs.stream().allMatch(v -> v != null && v.kind() == SlotValue.Kind.QUANTITY);
        }
        if (n == 0) {
            return true;
        }
        boolean keyEnumerated = false;
        for (String slot : r.slots()) {
            List<SlotValue> vs = bound.get(slot);
            keyEnumerated |= vs != null && vs.size() == n && !words(r, slot) && key(spec, slot, vs);
        }
        // one company and several amounts: the company is the last of a list whose other names were not found
        boolean amountsOfOne = amounts && !keyEnumerated;
        for (String slot : r.slots()) {
            List<SlotValue> vs = bound.get(slot);
            if (vs == null || m.start(slot) < 0 || words(r, slot)) {
                continue;
            }
            boolean key = key(spec, slot, vs);
            boolean afterListWord = LIST_GOES_ON.matcher(t.text().substring(0, m.start(slot))).find();
            if (vs.size() == n) {
                if (positions && afterListWord) {
                    return false;
                }
                continue;
            }
            if (vs.size() == 1 && !(key && amountsOfOne)) {
                continue;
            }
            if (!afterListWord || positions && !key) {
                return false;
            }
            List<SlotValue> padded = new ArrayList<>();
            for (int k = vs.size(); k < n; k++) {
                padded.add(null);
            }
            padded.addAll(vs);
            bound.put(slot, padded);
            keyEnumerated |= key;
        }
        return !amounts || keyEnumerated;
    }

    /** Whether the slot is an entity of the family's identity key (the company, the investor). */
    private static boolean key(FamilySpec spec, String slot, List<SlotValue> vs) {
        return spec != null && spec.inKey(slot) && !vs.isEmpty() && vs.get(0) != null && vs.get(0).kind() == SlotValue.Kind.ENTITY;
    }

    /** Whether the slot's words are kept as written (a title, a reason) or are the entities such words hold. */
    private static boolean words(Rule r, String slot) {
        return r.literal().containsKey(slot) || r.literal().containsValue(slot);
    }

    /** The text before a slot ending in a list word: the list began with names not found. */
    private static final Pattern LIST_GOES_ON = Pattern.compile("(?:[、和与及]|(?<![a-z])and)\\s*$");

    /** A typed amount of money in a sentence's typed text. */
    private static final String MONEY = Placeholders.OPEN + "MONEY" + Placeholders.MID + "\\d+" + Placeholders.CLOSE;
    /** An amount of money and its conversion in brackets right after it: "612 million euros ($661 million)". */
    private static final Pattern CONVERSION = Pattern.compile("\\s?[(（]\\s*(?:(?:about|around|roughly|approximately|some|nearly|almost|over|more than) )?(?<money>"
            + MONEY + ")\\s*[)）]");
    /**
     * The same after a comma, ending the sentence or clause: "Revenue was 1.2 billion Kenyan shillings, about $9.3 million."
     * Read only when the currency differs (two amounts of one currency are two figures, not a conversion).
     */
    private static final Pattern COMMA_CONVERSION = Pattern.compile(",\\s?(?<money>" + MONEY + ")(?=\\s*(?:[.;。；]|$))");
    private static final Pattern ENDS_WITH_MONEY = Pattern.compile(MONEY + "$");

    /**
     * "Revenue fell 11% to 1.38 billion euros ($1.49 billion)", "agreed to buy Y for ¥42 billion ($270 million)": an
     * amount of money a slot read, followed by its conversion into another currency in brackets, is read a second time
     * with the converted amount, as news gives both figures.
     */
    private List<Extraction> conversions(Rule r, TypedSentence t, Matcher m, List<Extraction> read) {
        List<Extraction> out = new ArrayList<>();
        for (String slot : r.slots()) {
            if (m.start(slot) < 0 || r.literal().containsKey(slot)
                    || !ENDS_WITH_MONEY.matcher(t.text().substring(m.start(slot), m.end(slot))).find()) {
                continue;
            }
            Matcher c = CONVERSION.matcher(t.text()).region(m.end(slot), t.text().length());
            boolean comma = false;
            if (!c.lookingAt()) {
                c = COMMA_CONVERSION.matcher(t.text()).region(m.end(slot), t.text().length());
                if (!c.lookingAt()) {
                    continue;
                }
                comma = true;
            }
            List<SlotValue> vs = values(t, c.start("money"), c.end("money"), t.begin(m.start()), t.end(c.end()), false);
            if (vs.size() != 1 || comma && !otherCurrency(read, slot, vs.get(0))) {
                continue;
            }
            for (Extraction x : read) {
                if (x.slots().containsKey(slot)) {
                    Map<String, SlotValue> one = new LinkedHashMap<>(x.slots());
                    one.put(slot, vs.get(0));
                    out.add(new Extraction(r, x.sentence(), x.quoteBegin(), t.end(c.end()), one));
                }
            }
        }
        return out;
    }

    /** Whether the amount is in another currency than every amount the slot read: a conversion, not a second figure. */
    private static boolean otherCurrency(List<Extraction> read, String slot, SlotValue converted) {
        if (!(converted.value() instanceof Quantity q)) {
            return false;
        }
        return read.stream().map(x -> x.slots().get(slot)).filter(Objects::nonNull)
                .allMatch(v -> v.value() instanceof Quantity p && !Objects.equals(p.unit(), q.unit()));
    }

    /**
     * The typed ranges of the values a literal slot's words hold: one per part that {@code joined}'s group
     * {@code joiner} separates ("创始人兼首席执行官" → 创始人, 首席执行官; "founder and chief executive" → founder,
     * chief executive), or the whole range when it is null or finds no joiner. The pattern sees only the slot's words.
     */
    static List<int[]> parts(Pattern joined, String typed, int from, int to) {
        List<int[]> out = new ArrayList<>();
        int start = from;
        if (joined != null) {
            Matcher j = joined.matcher(typed).region(from, to);
            while (j.find()) {
                if (j.start("joiner") > start && j.end("joiner") < to) {
                    out.add(new int[] {start, j.start("joiner")});
                    start = j.end("joiner");
                }
            }
        }
        out.add(new int[] {start, to});
        return out;
    }

    /**
     * "According to research house X, Y took 9%": a name read into an enumeration of one slot that another slot also
     * holds (the source X as one of the companies) is no element of that fact; one entity never fills two slots.
     */
    private static boolean sameEntityTwice(Map<String, SlotValue> one) {
        Set<String> seen = new HashSet<>();
        for (Map.Entry<String, SlotValue> e : one.entrySet()) {
            SlotValue v = e.getValue();
            // the maker of a described product is a helper group, not a slot: it is often the fact's organisation
            if (!e.getKey().equals(PRODUCT_MAKER) && v.kind() == SlotValue.Kind.ENTITY && v.value() instanceof Mention m
                    && !seen.add(m.entity().iri())) {
                return true;
            }
        }
        return false;
    }

    /** The group naming who made a product a rule describes without naming it; not a slot (see FactAssembler). */
    public static final String PRODUCT_MAKER = "productMaker";

    /** The group whose date gives the year of a period written as "the same period" ("去年同期"); not a slot. */
    static final String SAME_PERIOD_YEAR = "samePeriodYear";

    /**
     * "…今年第二季…澄岭以7.4%排名第五,去年同期为8.1%": when the group {@link #SAME_PERIOD_YEAR} matched a year, every date
     * slot filled from context keeps its part of the year (the quarter, half, month) and moves to that year, so the
     * earlier figure is last year's second quarter. With no such date found, or one that is not a year, nothing moves.
     * False when {@link #YEAR_BEFORE} matched, or {@link #SAME_PERIOD_YEAR} matched a year, and no period was found to
     * move: a figure "a year earlier" than a period nobody wrote would join the current figure's fact as a second share
     * of it, so the match yields nothing.
     */
    private static boolean samePeriod(Map<String, List<SlotValue>> bound) {
        atLeast(bound);
        List<SlotValue> back = bound.remove(YEAR_BEFORE);
        if (back != null && !back.isEmpty() && !yearBefore(bound, back.get(0))) {
            return false;
        }
        List<SlotValue> year = bound.remove(SAME_PERIOD_YEAR);
        if (year == null || year.isEmpty() || !(year.get(0).value() instanceof TimeValue y)
                || y.precision() != TimeValue.Precision.YEAR || y.canonical().isEmpty()) {
            return true;
        }
        if (bound.values().stream().noneMatch(vs -> vs.size() == 1 && vs.get(0).value() instanceof TimeValue)) {
            // "…佔有率約為55%,穩居首位,去年同期為47%" with no period written for the current figure: there is none to
            // move, and the earlier figure would join the current one's fact as a second share of it
            return false;
        }
        int to = Integer.parseInt(y.canonical().get());
        for (Map.Entry<String, List<SlotValue>> e : bound.entrySet()) {
            List<SlotValue> vs = e.getValue();
            if (vs.size() != 1 || !vs.get(0).fromContext() || !(vs.get(0).value() instanceof TimeValue t)
                    || t.canonical().isEmpty() || !t.canonical().get().matches("\\d{4}(-.*)?")) {
                continue;
            }
            int by = to - Integer.parseInt(t.canonical().get().substring(0, 4));
            TimeValue moved = new TimeValue(t.precision(), Optional.of(to + t.canonical().get().substring(4)),
                    t.earliest().map(d -> d.plusYears(by)), t.latest().map(d -> d.plusYears(by)), t.relative(), t.resolved(),
                    t.begin(), t.end(), t.surface(), t.approximate());
            // the evidence is the words that moved it ("去年同期"), quoted within the rule's match
            SlotValue w = year.get(0);
            e.setValue(List.of(new SlotValue(SlotValue.Kind.TIME, moved, w.begin(), w.end(), w.surface(), w.sentence(),
                    w.quoteBegin(), w.quoteEnd(), true)));
        }
        return true;
    }

    /**
     * "分别占约38%及27%", "about 38% and 27%": a hedge written before the first amount of an enumeration hedges each
     * amount of it written without one (APPROXIMATE, AT_LEAST or AT_MOST only, never a range).
     */
    private static List<SlotValue> hedgedTogether(List<SlotValue> vs) {
        if (vs.size() < 2 || !(vs.get(0).value() instanceof Quantity first)
                || !EnumSet.of(Quantity.Qualifier.APPROXIMATE, Quantity.Qualifier.AT_LEAST, Quantity.Qualifier.AT_MOST).contains(first.qualifier())) {
            return vs;
        }
        List<SlotValue> out = new ArrayList<>(vs);
        for (int k = 1; k < out.size(); k++) {
            SlotValue v = out.get(k);
            if (v.value() instanceof Quantity q && q.qualifier() == Quantity.Qualifier.EXACT && q.value().isPresent()
                    && q.unit().equals(first.unit())) {
                Quantity h = new Quantity(first.qualifier(), q.value(), q.min(), q.max(), q.unit(), q.begin(), q.end(), q.surface());
                out.set(k, new SlotValue(v.kind(), h, v.begin(), v.end(), v.surface(), v.sentence(), v.quoteBegin(), v.quoteEnd(),
                        v.fromContext()));
            }
        }
        return out;
    }

    /** The group whose words say the figure was reached or passed ("passed", "crossed", "topped"); not a slot. */
    static final String AT_LEAST = "atLeast";

    /**
     * "Annual recurring revenue passed $30 million", "We crossed $11 million in annual recurring revenue": when the group
     * {@link #AT_LEAST} matched, every amount the match read without a hedge of its own is at least that amount.
     */
    private static void atLeast(Map<String, List<SlotValue>> bound) {
        List<SlotValue> verb = bound.remove(AT_LEAST);
        if (verb == null || verb.isEmpty()) {
            return;
        }
        for (Map.Entry<String, List<SlotValue>> e : bound.entrySet()) {
            List<SlotValue> out = new ArrayList<>();
            for (SlotValue v : e.getValue()) {
                if (v != null && !v.fromContext() && v.value() instanceof Quantity q && q.qualifier() == Quantity.Qualifier.EXACT
                        && q.value().isPresent()) {
                    Quantity h = new Quantity(Quantity.Qualifier.AT_LEAST, q.value(), q.value(), q.max(), q.unit(), q.begin(), q.end(),
                            q.surface());
                    out.add(new SlotValue(v.kind(), h, v.begin(), v.end(), v.surface(), v.sentence(), v.quoteBegin(), v.quoteEnd(),
                            v.fromContext()));
                } else {
                    out.add(v);
                }
            }
            e.setValue(out);
        }
    }

    /** The group whose words say the figure is a year older than the period read for it ("a year earlier"); not a slot. */
    static final String YEAR_BEFORE = "yearBefore";

    /**
     * "X held 6.1% in the second quarter, down from 7.4% a year earlier", "一年前,这一数字还在9%以上": when the group
     * {@link #YEAR_BEFORE} matched, every date slot (from the match or from context) moves one year back, keeping its
     * part of the year, so the earlier figure is the same quarter of the year before. The words that moved it are
     * its evidence. False when no date slot moved.
     */
    private static boolean yearBefore(Map<String, List<SlotValue>> bound, SlotValue w) {
        boolean moved = false;
        for (Map.Entry<String, List<SlotValue>> e : bound.entrySet()) {
            List<SlotValue> vs = e.getValue();
            if (vs.size() != 1 || !(vs.get(0).value() instanceof TimeValue t) || t.canonical().isEmpty()
                    || !t.canonical().get().matches("\\d{4}(-.*)?")) {
                continue;
            }
            int to = Integer.parseInt(t.canonical().get().substring(0, 4)) - 1;
            TimeValue earlier = new TimeValue(t.precision(), Optional.of(to + t.canonical().get().substring(4)),
                    t.earliest().map(d -> d.minusYears(1)), t.latest().map(d -> d.minusYears(1)), t.relative(), t.resolved(),
                    t.begin(), t.end(), t.surface(), t.approximate());
            e.setValue(List.of(new SlotValue(SlotValue.Kind.TIME, earlier, w.begin(), w.end(), w.surface(), w.sentence(),
                    w.quoteBegin(), w.quoteEnd(), true)));
            moved = true;
        }
        return moved;
    }

    private static SlotValue text(TypedSentence t, int from, int to, int qb, int qe) {
        int b = t.begin(from);
        int e = t.end(to);
        String text = t.original(b, e);
        return new SlotValue(SlotValue.Kind.TEXT, text.strip(), b, e, text, t.sentence().index(), qb, qe, false);
    }

    private static List<SlotValue> values(TypedSentence t, int from, int to, int qb, int qe, boolean context) {
        List<TypedSentence.Span> spans = t.valueSpansIn(from, to);
        int idx = t.sentence().index();
        if (spans.isEmpty()) {
            int b = t.begin(from);
            int e = t.end(to);
            String text = t.original(b, e);
            return List.of(new SlotValue(SlotValue.Kind.TEXT, text.strip(), b, e, text, idx, qb, qe, context));
        }
        List<SlotValue> out = new ArrayList<>();
        TypedSentence.Span previous = null;
        for (int k = 0; k < spans.size(); k++) {
            TypedSentence.Span s = spans.get(k);
            if (gloss(t, previous, s) || countryBefore(t, s, k + 1 < spans.size() ? spans.get(k + 1) : null)) {
                continue;
            }
            previous = s;
            SlotValue.Kind kind = s.value() instanceof Mention ? SlotValue.Kind.ENTITY
                    : s.value() instanceof Quantity ? SlotValue.Kind.QUANTITY : SlotValue.Kind.TIME;
            out.add(new SlotValue(kind, s.value(), s.begin(), s.end(), s.surface(), idx, qb, qe, context));
        }
        return out;
    }

    /**
     * True when the slot's property is kept as the words written ({@code "as": "literal"}: a reason, a title): found in
     * context, it is the words of group {@code v}, names inside them included ("strategic adjustments amid US-China
     * tensions"), not the first name among them.
     */
    private boolean literal(Rule r, String slot) {
        FamilySpec f = rules.families().get(r.family());
        FamilySpec.Property p = f == null ? null : f.properties().get(slot);
        return p != null && p.as().equals("literal") && p.entityTo().isEmpty();
    }

    /** The words of group {@code v} of a context match, or the values in them. */
    private static List<SlotValue> found(TypedSentence t, Matcher m, int qb, int qe, boolean words) {
        if (!words) {
            return values(t, m.start("v"), m.end("v"), qb, qe, true);
        }
        int b = t.begin(m.start("v"));
        int e = t.end(m.end("v"));
        String text = t.original(b, e);
        return List.of(new SlotValue(SlotValue.Kind.TEXT, text.strip(), b, e, text, t.sentence().index(), qb, qe, true));
    }

    /**
     * The organisations a context match must name one of ({@link Rule.ContextSlot#sameOrganisation}): those of the
     * entities the match bound to that slot; null when the context slot asks for none.
     */
    private Set<String> organisations(Rule.ContextSlot c, Map<String, List<SlotValue>> bound) {
        if (c.sameOrganisation().isEmpty()) {
            return null;
        }
        Set<String> out = new TreeSet<>();
        for (SlotValue v : bound.getOrDefault(c.sameOrganisation(), List.of())) {
            if (v.value() instanceof Mention e) {
                out.add(organisation.apply(e.entity()));
            }
        }
        return out;
    }

    /** True when no organisation is asked for, or the typed text between {@code from} and {@code to} names one of them. */
    private boolean names(TypedSentence t, int from, int to, Set<String> orgs) {
        if (orgs == null) {
            return true;
        }
        for (TypedSentence.Span s : t.valueSpansIn(from, to)) {
            if (s.value() instanceof Mention e && orgs.contains(organisation.apply(e.entity()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A place written right before an organisation inside a list of them is where the organisation is from, no
     * element of the list: "前两名为尖点与日本Union Tool,市占率分别为22%及19%" pairs two companies with two shares.
     */
    private static boolean countryBefore(TypedSentence t, TypedSentence.Span s, TypedSentence.Span next) {
        return next != null && s.type().equals("PLACE") && next.type().equals("ORG") && s.end() <= next.begin()
                && t.original(s.end(), next.begin()).isBlank();
    }

    /**
     * True when {@code s} is a bracketed gloss of the entity just before it, not an element of its own: the same entity
     * with only an opening bracket between ("ESM(卖家管理团队)", "the Seller Team (SLT)"), so an enumeration
     * "A(甲)、B(乙)" has two elements, A and B.
     */
    private static boolean gloss(TypedSentence t, TypedSentence.Span previous, TypedSentence.Span s) {
        return previous != null && previous.value() instanceof Mention p && s.value() instanceof Mention m
                && p.entity().iri().equals(m.entity().iri()) && previous.end() <= s.begin()
                && t.original(previous.end(), s.begin()).strip().matches("[(（]");
    }

    /**
     * The nearest context match: in this sentence before the match, then up to N sentences back; failing that, when
     * the slot looks ahead, the first one after the match in this sentence, then up to {@code ahead} sentences on.
     * With {@code orgs}, only a match that names one of these organisations counts.
     */
    private Optional<SlotValue> fromContext(Rule.ContextSlot c, List<TypedSentence> all, int idx, int before,
                                            int after, Set<String> orgs, boolean words, boolean actor, boolean ranks) {
        Optional<SlotValue> back = fromContext(c, all, idx, before, orgs, words, actor, ranks);
        if (back.isPresent()) {
            return back;
        }
        if (c.ahead() < 0) {
            return c.topic() ? topic(all, rules.pastEmployers()) : back;
        }
        for (int i = idx; i < all.size() && i <= idx + (namedHere(c, all, idx) ? 0 : c.ahead()); i++) {
            TypedSentence t = all.get(i);
            if (t.sentence().boilerplate()) {
                continue;
            }
            Matcher m = c.pattern().matcher(t.text());
            while (m.find()) {
                if (i == idx && m.start() < (c.inside() ? before : after) || !names(t, m.start(), m.end(), orgs)
                        || actor && !words && notActor(t, m, ranks)) {
                    continue;
                }
                List<SlotValue> vs = found(t, m, t.begin(m.start()), t.end(m.end()), words);
                return Optional.of(named(c, vs.get(0)));
            }
        }
        return c.topic() ? topic(all, rules.pastEmployers()) : Optional.empty();
    }

    /**
     * The organisation the article names most often, at its first mention (ties: the one named first); empty when
     * none is named twice. Boilerplate and the names of a person's past employers ({@code pastEmployers}) are not counted.
     */
    private static Optional<SlotValue> topic(List<TypedSentence> all, RuleSet.SourceCues pastEmployers) {
        return topicMention(all, pastEmployers).map(RuleEngine::entityValue);
    }

    /** A mention taken from the article's context as a slot's value: its own span is its evidence. */
    private static SlotValue entityValue(Mention m) {
        return new SlotValue(SlotValue.Kind.ENTITY, m, m.begin(), m.end(), m.surface(), m.sentence(), m.begin(), m.end(), true);
    }

    /**
     * The organisation whose name's first word (three letters or more) opens the name of the one value of
     * {@code made}, followed by a space or a digit ("AirLoom Edge" is AirLoom Technologies', "Tactiva 20" Tactiva's):
     * the mention in the match's sentence, else the nearest sentence before it, else after it ({@code makerOf}).
     */
    private static Optional<SlotValue> makerNamed(List<TypedSentence> all, int idx, List<SlotValue> made) {
        if (made == null || made.size() != 1 || !(made.get(0).value() instanceof Mention p)) {
            return Optional.empty();
        }
        String name = p.surface().toLowerCase(java.util.Locale.ROOT);
        for (int d = 0; d < all.size(); d++) {
            for (int i : d == 0 ? new int[] {idx} : new int[] {idx - d, idx + d}) {
                if (i < 0 || i >= all.size() || all.get(i).sentence().boilerplate()) {
                    continue;
                }
                for (TypedSentence.Span s : all.get(i).spans()) {
                    if (s.value() instanceof Mention m && m.entity().kind() == EntityKind.ORG && !m.entity().iri().equals(p.entity().iri())) {
                        String first = m.surface().split(" ")[0].toLowerCase(java.util.Locale.ROOT);
                        if (first.length() >= 3 && name.length() > first.length() + 1 && name.startsWith(first)
                                && (name.charAt(first.length()) == ' ' || Character.isDigit(name.charAt(first.length())))) {
                            return Optional.of(entityValue(m));
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The mention by which the article first names its topic organisation ({@link #topic}). */
    static Optional<Mention> topicMention(List<TypedSentence> all, RuleSet.SourceCues pastEmployers) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Mention> first = new LinkedHashMap<>();
        for (TypedSentence t : all) {
            if (t.sentence().boilerplate()) {
                continue;
            }
            Set<Integer> past = pastEmployerTokens(t, pastEmployers);
            for (int k = 0; k < t.spans().size(); k++) {
                if (t.spans().get(k).value() instanceof Mention m && m.entity().kind() == EntityKind.ORG && !past.contains(k)) {
                    counts.merge(m.entity().iri(), 1, Integer::sum);
                    first.putIfAbsent(m.entity().iri(), m);
                }
            }
        }
        String best = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() >= 2 && (best == null || e.getValue() > counts.get(best))) {
                best = e.getKey();
            }
        }
        return best == null ? Optional.empty() : Optional.of(first.get(best));
    }

    /**
     * The indexes of the organisation spans whose tokens the sentence names as a person's past employer ("此前在X担任…").
     * The cue is a few words before the name (a bracketed gloss at most), so only those are matched: the topic is
     * counted again for every context slot that falls back to it, and a long article has many.
     */
    private static Set<Integer> pastEmployerTokens(TypedSentence t, RuleSet.SourceCues pastEmployers) {
        Set<Integer> out = new HashSet<>();
        Matcher tok = Placeholders.TOKEN.matcher(t.text());
        while (tok.find()) {
            int from = Math.max(0, tok.start() - PAST_EMPLOYER_CUE);
            if (tok.group("type").equals("ORG")
                    && pastEmployers.cites(t.text().substring(from, tok.end()), tok.start() - from, tok.end() - from)) {
                out.add(Integer.parseInt(tok.group("index")));
            }
        }
        return out;
    }

    /** How many typed characters before a name its past-employer cue may take (曾任职于 and a gloss's token). */
    private static final int PAST_EMPLOYER_CUE = 32;

    /**
     * A word (folded: "Global", "國內") the slot's {@code values} map to a registry entity ("global" → place/world); a date
     * as its year when the slot reads years ({@link Rule.ContextSlot#year}); else the value as found.
     */
    private static SlotValue named(Rule.ContextSlot c, SlotValue v) {
        if (c.year() && v.value() instanceof TimeValue t) {
            return new SlotValue(v.kind(), t.year(), v.begin(), v.end(), v.surface(), v.sentence(), v.quoteBegin(),
                    v.quoteEnd(), true);
        }
        String word = v.kind() == SlotValue.Kind.TEXT ? TextFold.fold(String.valueOf(v.value())) : null;
        if (word != null && c.values().containsKey(word)) {
            return new SlotValue(SlotValue.Kind.CONSTANT, c.values().get(word), v.begin(), v.end(),
                    v.surface(), v.sentence(), v.quoteBegin(), v.quoteEnd(), true);
        }
        return v;
    }

    /**
     * The nearest context match: in this sentence before the match, then up to N sentences back. For a slot that
     * names an actor ({@code actor}), an organisation the sentence cites as a source of figures is passed over.
     */
    private Optional<SlotValue> fromContext(Rule.ContextSlot c, List<TypedSentence> all, int idx, int before,
                                            Set<String> orgs, boolean words, boolean actor, boolean ranks) {
        // a sentence that opens a section ("人事方面,") is about the article's subject again: a slot that falls back to
        // the topic takes no name from the sentences before it
        boolean ownOnly = namedHere(c, all, idx) || c.topic() && rules.opensSection(all.get(idx).text());
        for (int i = idx; i >= 0 && i >= idx - (ownOnly ? 0 : c.sentences()); i--) {
            TypedSentence t = all.get(i);
            // a subheading opens the section the match is in: what the sections before it name is no context of it
            // ("…關閉了深圳辦公室。■ 產品更新 … 研發團隊累計發表12篇論文" counts no papers of the closed office)
            if (i < idx && i > 0 && subheading(t)) {
                break;
            }
            if (t.sentence().boilerplate() || i < idx && c.sentenceWith() != null && !c.sentenceWith().matcher(t.text()).find()) {
                continue;
            }
            Matcher m = c.pattern().matcher(t.text());
            SlotValue last = null;
            int lastAt = -1;
            while (m.find()) {
                if (i == idx && m.start() >= before) {
                    break;
                }
                if (!names(t, m.start(), m.end(), orgs) || actor && !words && notActor(t, m, ranks)) {
                    continue;
                }
                int qb = t.begin(m.start());
                int qe = t.end(m.end());
                List<SlotValue> vs = found(t, m, qb, qe, words);
                last = named(c, vs.get(vs.size() - 1));
                lastAt = m.start("v");
            }
            if (last != null) {
                if (i < idx && c.passOverEarlier() && asideOfEarlierPeriod(c, all, i, last, lastAt)) {
                    continue;
                }
                if (i < idx && c.ownedWith() != null && c.ownedWith().matcher(t.text()).find() && !clausesRunOn(all, i, idx)
                        && !inHeadline(all, last)) {
                    return Optional.empty();
                }
                return Optional.of(last);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether sentence {@code i}, whose period a context slot found, is an aside about an earlier period: it opens with
     * that date, and the sentence before it (one the slot would read) names a later one. "X去年全球…市占率约14%,排名第三。
     * 2024年X全球市占率为12.5%。在台湾市场,X则以31%市占率稳居龙头" dates the last figure by last year, not by 2024
     * ({@link Rule.ContextSlot#passOverEarlier}).
     */
    private boolean asideOfEarlierPeriod(Rule.ContextSlot c, List<TypedSentence> all, int i, SlotValue found, int at) {
        if (!(found.value() instanceof TimeValue date) || date.earliest().isEmpty()) {
            return false;
        }
        TypedSentence t = all.get(i);
        Matcher opening = ASIDE_OPENING.matcher(t.text());
        if (!opening.lookingAt() || opening.start("date") != at) {
            return false;
        }
        for (int j = i - 1; j >= 0; j--) {
            TypedSentence before = all.get(j);
            if (before.sentence().boilerplate()) {
                continue;
            }
            if (c.sentenceWith() != null && !c.sentenceWith().matcher(before.text()).find()) {
                return false;
            }
            Matcher m = c.pattern().matcher(before.text());
            while (m.find()) {
                for (SlotValue v : found(before, m, before.begin(m.start()), before.end(m.end()), false)) {
                    if (v.value() instanceof TimeValue later && later.earliest().isPresent()
                            && later.earliest().get().isAfter(date.earliest().get())) {
                        return true;
                    }
                }
            }
            return false;
        }
        return false;
    }

    /** A sentence that opens with a date ("2024年X全球市占率为12.5%", "而在2023年,…"). */
    private static final Pattern ASIDE_OPENING = Pattern.compile("^\\s*(?:而|但)?\\s*(?:在|于)?\\s*(?<date>"
            + Placeholders.OPEN + "DATE" + Placeholders.MID + "\\d+" + Placeholders.CLOSE + ")");

    /**
     * Whether the value a context match found is named as no actor of its sentence: a source of figures ("据X统计"), a
     * person's past employer ("此前在X担任…", "前X工程师") or, unless the slot {@code ranks} firms (a market share's
     * company), a rival the article ranks its company against ("Ionity came third with 9.7%", "behind Fastned"), which an
     * actor slot passes over.
     */
    private boolean notActor(TypedSentence t, Matcher m, boolean ranks) {
        if (VALUE_TOKEN.matcher(t.text()).region(m.start("v"), m.end("v")).lookingAt()) {
            // a date or an amount is nobody's employer: "X的云平台曾于本月上旬发生故障" is dated by 本月上旬, though 曾于
            // before a name would make it a past employer
            return false;
        }
        return rules.notActors().cites(t.text(), m.start("v"), m.end("v"))
                || !ranks && rules.rivals().cites(t.text(), m.start("v"), m.end("v"));
    }

    /** A value's token: what a context slot finds that names no one. */
    private static final Pattern VALUE_TOKEN = Pattern.compile(
            Placeholders.OPEN + "(?:DATE|QTY|MONEY|PCT)" + Placeholders.MID);

    /** The marks a feature's subheading starts with ("■ 社長交棒、騰訊持股不變"). */
    private static final String SUBHEADING_MARKS = "■□●○◆◇▲△★☆▶►▌";

    /**
     * A subheading inside the body ("■ 社長交棒、騰訊持股不變", "● 押寶主機新作"): a line that starts with a bullet mark.
     * It sums up the section after it in a few words and names whatever the section touches, so it is no sentence
     * the next one goes on from: a context slot does not take its names, nor those of the sections before it.
     */
    private static boolean subheading(TypedSentence t) {
        String text = t.sentence().text().strip();
        return !text.isEmpty() && SUBHEADING_MARKS.indexOf(text.charAt(0)) >= 0;
    }

    /** Whether the match's own sentence names the slot's value in words of its own ({@link Rule.ContextSlot#namedHere}). */
    private static boolean namedHere(Rule.ContextSlot c, List<TypedSentence> all, int idx) {
        return c.namedHere() != null && c.namedHere().matcher(all.get(idx).text()).find();
    }

    /**
     * Whether the sentences from {@code from} up to the match's {@code to} are one sentence of clauses: each ended by ；/;.
     * "据X统计,…位居第一；较2024年的…提升。同期排名第二…" ends the source's sentence before the last one, which the source
     * does not cover.
     */
    private static boolean clausesRunOn(List<TypedSentence> all, int from, int to) {
        for (int j = from; j < to; j++) {
            if (!all.get(j).sentence().boilerplate() && !clauseGoesOn(all.get(j))) {
                return false;
            }
        }
        return true;
    }

    /** A sentence ended by ；/; : a clause that the next sentence goes on. */
    private static boolean clauseGoesOn(TypedSentence t) {
        String text = t.sentence().text().strip();
        return text.endsWith("；") || text.endsWith(";");
    }

    /** Whether the article's first sentence (its headline) names the entity {@code v} holds. */
    private static boolean inHeadline(List<TypedSentence> all, SlotValue v) {
        if (!(v.value() instanceof Mention named)) {
            return false;
        }
        return all.stream().filter(t -> !t.sentence().boilerplate()).findFirst().stream()
                .flatMap(t -> t.spans().stream())
                .anyMatch(s -> s.value() instanceof Mention m && m.entity().iri().equals(named.entity().iri()));
    }
}
