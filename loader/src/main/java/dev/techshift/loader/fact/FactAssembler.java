package dev.techshift.loader.fact;

import dev.techshift.loader.article.Article;
import dev.techshift.loader.article.Sentence;
import dev.techshift.loader.entity.EntityKind;
import dev.techshift.loader.entity.EntityRef;
import dev.techshift.loader.entity.Mention;
import dev.techshift.loader.entity.Registry;
import dev.techshift.loader.entity.TextFold;
import dev.techshift.loader.extract.Extraction;
import dev.techshift.loader.extract.FamilySpec;
import dev.techshift.loader.extract.RuleSet;
import dev.techshift.loader.extract.SlotValue;
import dev.techshift.loader.values.Numbers;
import dev.techshift.loader.values.Quantity;
import dev.techshift.loader.values.TimeValue;
import dev.techshift.vocab.Prefixes;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Turns extractions into facts: fills the organisation of a registry unit, computes the identity key and the
 * fact IRI, and makes one statement per (fact, property, value) with its evidence.
 * <pre>
 *   FactAssembler fa = new FactAssembler(registry, ruleSet, new Iris(base));
 *   ArticleFacts facts = fa.assemble(article, extractions);
 * </pre>
 */
public final class FactAssembler {

    private final Registry registry;
    private final RuleSet rules;
    private final Iris iris;
    private final ValueNodes values;
    /** Whether an entity is a regional unit read after a registry organisation ("SAP Greater China"). */
    private final java.util.function.Predicate<EntityRef> regional;

    public FactAssembler(Registry registry, RuleSet rules, Iris iris) {
        this(registry, rules, iris, e -> false);
    }

    /** With the test that tells a regional unit, whose posts are its organisation's ({@link #regionalPost}). */
    public FactAssembler(Registry registry, RuleSet rules, Iris iris, java.util.function.Predicate<EntityRef> regional) {
        this.registry = registry;
        this.rules = rules;
        this.iris = iris;
        this.values = new ValueNodes(iris);
        this.regional = regional;
    }

    public ArticleFacts assemble(Article a, List<Extraction> xs) {
        return assemble(a, xs, List.of());
    }

    /** With the article's mentions, so a unit named inside a fact's own words can complete it ({@link #unitInQuote}). */
    public ArticleFacts assemble(Article a, List<Extraction> xs, List<Mention> mentions) {
        List<FactStatement> out = new ArrayList<>();
        Map<Node, Quantity> quantities = new TreeMap<>((x, y) -> x.getURI().compareTo(y.getURI()));
        Map<Node, TimeValue> times = new TreeMap<>((x, y) -> x.getURI().compareTo(y.getURI()));
        List<Map<String, SlotValue>> allSlots = new ArrayList<>();
        List<List<String>> keys = new ArrayList<>();
        // the article's entities by IRI: an unlinked site's organisation is one of them, not a registry entry
        Map<String, EntityRef> named = new TreeMap<>();
        mentions.forEach(m -> named.putIfAbsent(m.entity().iri(), m.entity()));
        for (Extraction x : xs) {
            FamilySpec spec = rules.family(x.rule().family());
            Map<String, SlotValue> slots = nationwide(spec, x, wholeOrganisation(spec, derive(spec, describedProduct(spec, x,
                    resolveUnit(spec, regionalPost(spec, a, coordinatedTitle(spec, new LinkedHashMap<>(x.slots()))))), named), named), a, mentions);
            allSlots.add(slots);
            // a product described but not found in the registry leaves a fact of nothing the sentence states
            boolean unresolved = x.slots().containsKey(PRODUCT_DESCRIBED) && !slots.containsKey("product");
            keys.add(amountsFit(spec, slots) && !unresolved ? key(spec, slots, a.stem()).orElse(null) : null);
        }
        unitInQuote(xs, allSlots, keys, mentions, a.stem());
        areaToNamedUnit(xs, allSlots, keys, a.stem());
        complete(xs, keys, rules);
        companyWide(xs, allSlots, keys, a.stem());
        for (int i = 0; i < xs.size(); i++) {
            Extraction x = xs.get(i);
            FamilySpec spec = rules.family(x.rule().family());
            Map<String, SlotValue> slots = allSlots.get(i);
            if (keys.get(i) == null) {
                continue;
            }
            String fact = iris.fact(spec.name(), spec.name() + " " + String.join(" ", keys.get(i)));
            Node type = NodeFactory.createURI(Prefixes.expand(spec.type()));
            for (Map.Entry<String, SlotValue> e : slots.entrySet()) {
                FamilySpec.Property p = spec.properties().get(e.getKey());
                if (p == null) {
                    continue;
                }
                SlotValue v = e.getValue();
                Evidence ev = new Evidence(v.sentence(), v.quoteBegin(), v.quoteEnd(), x.rule().id(),
                        rules.evidenceConfidence(x.rule(), v.fromContext()), v.surface());
                String lang = a.sentences().get(v.sentence()).language();
                for (Node[] po : objects(p, v, lang, a.stem(), spec, quantities, times)) {
                    out.add(new FactStatement(fact, spec.name(), type, po[0], po[1], ev));
                }
            }
            for (Map.Entry<String, String> c : spec.constants().entrySet()) {
                FamilySpec.Property p = spec.properties().get(c.getKey());
                Node obj = NodeFactory.createURI(c.getValue().contains(":") ? Prefixes.expand(c.getValue()) : iris.id() + c.getValue());
                out.add(new FactStatement(fact, spec.name(), type, pred(p.predicate()), obj,
                        new Evidence(x.sentence(), x.quoteBegin(), x.quoteEnd(), x.rule().id(),
                                rules.evidenceConfidence(x.rule(), false),
                                a.slice(x.quoteBegin(), x.quoteEnd()))));
            }
        }
        return new ArticleFacts(out, quantities, times);
    }

    /**
     * A fact over its organisation's whole country ({@link FamilySpec.Nationwide}): "公司将在全国范围内裁员约15%" cuts
     * staff in the company's country. The country is the registry's headquarters country, else that of the place a
     * sentence naming the organisation gives as its headquarters or founding place ("总部位于深圳", "于2013年在深圳宝安创立");
     * with neither, the fact keeps no area, as before.
     */
    private Map<String, SlotValue> nationwide(FamilySpec spec, Extraction x, Map<String, SlotValue> slots, Article a,
                                              List<Mention> mentions) {
        FamilySpec.Nationwide nw = spec.nationwide();
        SlotValue org = slots.get("organization");
        if (nw == null || org == null || slots.containsKey(nw.slot()) || slots.containsKey("unit")) {
            return slots;
        }
        String quote = a.slice(x.quoteBegin(), x.quoteEnd());
        Matcher m = nw.words().matcher(quote);
        Optional<EntityRef> o = entity(org);
        if (!m.find() || o.isEmpty()) {
            return slots;
        }
        int begin = x.quoteBegin() + quote.codePointCount(0, m.start());
        int end = x.quoteBegin() + quote.codePointCount(0, m.end());
        home(nw, o.get(), a, mentions).flatMap(registry::get).ifPresent(c -> slots.put(nw.slot(),
                new SlotValue(SlotValue.Kind.ENTITY, new Mention(begin, end, x.sentence(), m.group(), c), begin, end,
                        m.group(), x.sentence(), x.quoteBegin(), x.quoteEnd(), false)));
        return slots;
    }

    /** The organisation's country: the registry's, else the one of its headquarters or founding place in the article. */
    private Optional<String> home(FamilySpec.Nationwide nw, EntityRef org, Article a, List<Mention> mentions) {
        Optional<String> known = org.linked() ? registry.country(org.iri()) : Optional.empty();
        if (known.isPresent()) {
            return known;
        }
        for (Mention p : mentions) {
            if (p.entity().kind() != EntityKind.PLACE || !p.entity().linked()
                    || mentions.stream().noneMatch(n -> n.sentence() == p.sentence() && n.entity().iri().equals(org.iri()))) {
                continue;
            }
            Sentence s = a.sentences().get(p.sentence());
            String text = a.slice(s.begin(), p.begin()) + FamilySpec.Nationwide.PLACE + a.slice(p.end(), s.end());
            Optional<String> c = nw.home().matcher(text).find() ? registry.countryOf(p.entity().iri()) : Optional.empty();
            if (c.isPresent()) {
                return c;
            }
        }
        return Optional.empty();
    }

    /**
     * False when an amount is of a unit its property does not accept ({@link FamilySpec.Property#accepts}): "X has 300
     * customers" matched as a headcount, "cut costs by 10%" as a share of staff cut. Such an extraction yields nothing.
     */
    private static boolean amountsFit(FamilySpec spec, Map<String, SlotValue> slots) {
        for (Map.Entry<String, SlotValue> e : slots.entrySet()) {
            FamilySpec.Property p = spec.properties().get(e.getKey());
            if (p == null || p.accepts().isEmpty() || e.getValue().kind() != SlotValue.Kind.QUANTITY) {
                continue;
            }
            String unit = ((Quantity) e.getValue().value()).unit();
            boolean asUnit = !p.unit().isEmpty() && (unit.isEmpty() || p.units().contains(unit));
            if (!p.accepts().contains(asUnit ? p.unit() : unit)) {
                return false;
            }
        }
        return true;
    }

    /** Words that join two parts of one title: "机器学习和深度学习总监", "研发及运营副总裁". */
    private static final String TITLE_CONJUNCTIONS = "和及与與";

    /**
     * "AWS机器学习和深度学习总监": a title whose first conjunct was read as part of a registry unit's name (the unit
     * "AWS机器学习" followed by "和深度学习总监"). When a literal slot starts with a conjunction right after a unit
     * mention that fills another slot, and the unit's surface starts with a label of its parent organisation, the
     * words after that label go back to the title and the slot gets the parent: (AWS, "机器学习和深度学习总监").
     */
    private Map<String, SlotValue> coordinatedTitle(FamilySpec spec, Map<String, SlotValue> slots) {
        for (Map.Entry<String, SlotValue> lit : slots.entrySet()) {
            FamilySpec.Property p = spec.properties().get(lit.getKey());
            SlotValue t = lit.getValue();
            if (p == null || !p.as().equals("literal") || t.kind() != SlotValue.Kind.TEXT
                    || String.valueOf(t.value()).isEmpty()
                    || TITLE_CONJUNCTIONS.indexOf(String.valueOf(t.value()).charAt(0)) < 0) {
                continue;
            }
            for (Map.Entry<String, SlotValue> o : slots.entrySet()) {
                SlotValue u = o.getValue();
                Optional<EntityRef> unit = entity(u).filter(r -> r.kind() == EntityKind.UNIT && r.linked());
                if (unit.isEmpty() || u.end() != t.begin() || u.sentence() != t.sentence()) {
                    continue;
                }
                Optional<String> parent = registry.parent(unit.get().iri());
                Optional<EntityRef> pe = parent.flatMap(registry::get);
                if (pe.isEmpty()) {
                    continue;
                }
                int cut = labelAhead(u.surface(), pe.get().iri());
                if (cut < 0) {
                    continue;
                }
                int split = u.surface().offsetByCodePoints(0, cut);
                String head = u.surface().substring(split).strip();
                if (head.isEmpty()) {
                    continue;
                }
                Mention org = new Mention(u.begin(), u.begin() + cut, u.sentence(), u.surface().substring(0, split), pe.get());
                slots.put(o.getKey(), new SlotValue(SlotValue.Kind.ENTITY, org, u.begin(), u.begin() + cut,
                        org.surface(), u.sentence(), u.quoteBegin(), u.quoteEnd(), u.fromContext()));
                String title = head + String.valueOf(t.value());
                slots.put(lit.getKey(), new SlotValue(SlotValue.Kind.TEXT, title, u.begin() + cut, t.end(),
                        u.surface().substring(split) + t.surface(), t.sentence(), t.quoteBegin(), t.quoteEnd(), t.fromContext()));
                return slots;
            }
        }
        return slots;
    }

    /** A registry unit's organisation comes from the registry, whatever group the sentence names. */
    private Map<String, SlotValue> derive(FamilySpec spec, Map<String, SlotValue> slots, Map<String, EntityRef> named) {
        for (Map.Entry<String, String> d : spec.derive().entrySet()) {
            String target = d.getKey();
            String from = d.getValue();
            SlotValue t = slots.get(target);
            if (t != null && entity(t).map(r -> r.kind() == EntityKind.UNIT).orElse(false) && !slots.containsKey(from)) {
                slots.put(from, t);
                slots.remove(target);
            }
            SlotValue f = slots.get(from);
            Optional<EntityRef> unit = f == null ? Optional.empty() : entity(f).filter(r -> r.linked() || r.parent() != null);
            if (unit.isPresent()) {
                // an unlinked regional unit ("SAP Greater China") belongs to the registry organisation it was read from
                Optional<EntityRef> org = unit.get().linked() ? registry.organizationOf(unit.get().iri()).flatMap(registry::get)
                        : parentOf(unit.get(), named);
                if (org.isPresent()) {
                    slots.put(target, f.naming(org.get()));
                }
            }
        }
        return slots;
    }

    /**
     * A chief officer, founder, board member or president read at a site (an unlinked unit named by its place) holds the
     * post at its organisation; a regional unit ("联想中国区") keeps its own president.
     */
    private Map<String, SlotValue> wholeOrganisation(FamilySpec spec, Map<String, SlotValue> slots, Map<String, EntityRef> named) {
        FamilySpec.WholeOrganisation w = spec.wholeOrganisation();
        if (w == null || !slots.containsKey(w.slot()) || !slots.containsKey(w.role())) {
            return slots;
        }
        Optional<EntityRef> site = entity(slots.get(w.slot()))
                .filter(u -> u.kind() == EntityKind.UNIT && !u.linked() && u.parent() != null && u.location() != null);
        boolean whole = entity(slots.get(w.role())).filter(EntityRef::linked)
                .map(r -> registry.categories(r.iri()).stream().anyMatch(w.categories()::contains)).orElse(false);
        if (site.isPresent() && whole) {
            parentOf(site.get(), named).ifPresent(o -> slots.put(w.slot(), slots.get(w.slot()).naming(o)));
        }
        return slots;
    }

    /**
     * "原英飞凌中国区技术总监吴达", "Salesforce Asia Pacific vice president X": a post read at a regional unit (an unlinked
     * unit the linker made of a registry organisation and a region) is held in the organisation, the region kept in the
     * title as written ("中国区技术总监"), as news and every set's gold file it; a registry unit ("思爱普大中华区") stays.
     * The region's words are the unit's surface after the organisation's name; they go to the title when the title
     * follows the unit with nothing but a space or 的 between. A title written elsewhere ("X, president of Globex Asia
     * Pacific") keeps its words.
     */
    private Map<String, SlotValue> regionalPost(FamilySpec spec, Article a, Map<String, SlotValue> slots) {
        FamilySpec.WholeOrganisation w = spec.wholeOrganisation();
        if (w == null || w.regionTitle().isEmpty() || !slots.containsKey(w.slot())) {
            return slots;
        }
        SlotValue u = slots.get(w.slot());
        Optional<EntityRef> unit = entity(u).filter(regional);
        Optional<EntityRef> org = unit.flatMap(r -> registry.get(r.parent()));
        if (org.isEmpty()) {
            return slots;
        }
        int cut = labelAhead(u.surface(), org.get().iri());
        int split = cut < 0 ? u.surface().length() : u.surface().offsetByCodePoints(0, cut);
        int orgEnd = cut < 0 ? u.end() : u.begin() + cut;
        slots.put(w.slot(), new SlotValue(SlotValue.Kind.ENTITY, new Mention(u.begin(), orgEnd, u.sentence(),
                u.surface().substring(0, split), org.get()), u.begin(), orgEnd, u.surface().substring(0, split), u.sentence(),
                u.quoteBegin(), u.quoteEnd(), u.fromContext()));
        SlotValue t = slots.get(w.regionTitle());
        String region = u.surface().substring(split).strip();
        if (cut < 0 || region.isEmpty() || t == null || t.kind() != SlotValue.Kind.TEXT || t.sentence() != u.sentence()
                || t.begin() < u.end() || t.begin() - u.end() > 1) {
            return slots;
        }
        String gap = a.slice(u.end(), t.begin());
        if (!gap.matches("\\s*|的")) {
            return slots;
        }
        // a space between the region and the title stays one ("Asia Pacific president"); 的 and nothing join them
        String joint = !gap.isEmpty() && gap.isBlank() ? " " : "";
        slots.put(w.regionTitle(), new SlotValue(SlotValue.Kind.TEXT, region + joint + t.value(), orgEnd, t.end(),
                region + gap + t.surface(), t.sentence(), t.quoteBegin(), t.quoteEnd(), t.fromContext()));
        return slots;
    }

    /**
     * How many code points of a unit's surface its organisation's longest registry label takes at its start, when the
     * surface goes on after it ("AWS机器学习" → 3, "英飞凌中国区" → 3); -1 when no label starts it.
     */
    private int labelAhead(String unitSurface, String orgIri) {
        String surface = TextFold.fold(unitSurface);
        int cut = -1;
        for (String label : registry.labels(orgIri)) {
            String l = TextFold.fold(label);
            if (surface.startsWith(l) && l.length() < surface.length() && l.codePointCount(0, l.length()) > cut) {
                cut = l.codePointCount(0, l.length());
            }
        }
        return cut;
    }

    /** The organisation an unlinked unit was read as a part of: the registry's, or one the article names. */
    private Optional<EntityRef> parentOf(EntityRef unit, Map<String, EntityRef> named) {
        return registry.get(unit.parent()).or(() -> Optional.ofNullable(named.get(unit.parent())));
    }

    private String constantIri(String c) {
        return c.contains(":") ? Prefixes.expand(c) : iris.id() + c;
    }

    /** The group of a rule that names who made a product the sentence describes without naming it; not a slot. */
    static final String PRODUCT_MAKER = dev.techshift.loader.extract.RuleEngine.PRODUCT_MAKER;
    /** The group that holds the words describing that product ("an open-source framework for graph data"); not a slot. */
    static final String PRODUCT_DESCRIBED = "productDescribed";

    /**
     * "the lab … developed an open-source framework for graph data, which helped generate $1 billion in revenue for X": a
     * product described, not named. When the rule read the maker ({@link #PRODUCT_MAKER}, a registry organisation or
     * unit) and no product, the product is the one the registry says that maker made ({@code schema:manufacturer}),
     * when there is exactly one: its surface is the describing words ({@link #PRODUCT_DESCRIBED}), its quote the rule's
     * match. Otherwise the extraction yields no fact ({@link #assemble}).
     */
    private Map<String, SlotValue> describedProduct(FamilySpec spec, Extraction x, Map<String, SlotValue> slots) {
        SlotValue maker = slots.remove(PRODUCT_MAKER);
        SlotValue words = slots.remove(PRODUCT_DESCRIBED);
        if (maker == null || words == null || slots.containsKey("product") || !spec.properties().containsKey("product")) {
            return slots;
        }
        Optional<EntityRef> m = entity(maker).filter(EntityRef::linked);
        List<String> made = m.map(e -> registry.productsMadeBy(e.iri())).orElse(List.of());
        if (made.size() == 1) {
            registry.get(made.get(0)).ifPresent(p -> {
                Mention at = new Mention(words.begin(), words.end(), words.sentence(), words.surface(), p);
                slots.put("product", new SlotValue(SlotValue.Kind.ENTITY, at, words.begin(), words.end(), words.surface(),
                        words.sentence(), x.quoteBegin(), x.quoteEnd(), false));
            });
        }
        return slots;
    }

    /**
     * "its Shanghai lab": when a family has units and the text gives an organisation and a place but no unit, the
     * registry unit of that organisation located there, if there is exactly one, is the unit.
     */
    private Map<String, SlotValue> resolveUnit(FamilySpec spec, Map<String, SlotValue> slots) {
        if (!spec.properties().containsKey("unit") || slots.containsKey("unit")) {
            return slots;
        }
        SlotValue org = slots.get("organization");
        SlotValue area = slots.get("area");
        Optional<EntityRef> o = org == null ? Optional.empty() : entity(org).filter(EntityRef::linked);
        Optional<EntityRef> a = area == null ? Optional.empty() : entity(area).filter(EntityRef::linked);
        if (o.isEmpty() || a.isEmpty()) {
            return slots;
        }
        registry.unitAt(o.get().iri(), a.get().iri()).ifPresent(u -> {
            slots.put("unit", area.naming(u));
            slots.remove("area");
        });
        return slots;
    }

    /**
     * A fact of a family with units that names its organisation but neither unit nor area takes the one unit of that
     * organisation written inside the words the rule matched ("公司将裁撤其大连研发中心,涉及员工约六百名": the rule reads
     * the cut and its count, the unit stands between): a unit of it in the registry, or an unlinked unit read as its
     * part. Two different units in the words leave the fact as it is. (A unit elsewhere in the sentence was tried too:
     * it gained on the dev set and lost on both blind sets, so the words of the match it is.)
     */
    private void unitInQuote(List<Extraction> xs, List<Map<String, SlotValue>> all, List<List<String>> keys,
                             List<Mention> mentions, String stem) {
        Map<Integer, List<Mention>> unitsBySentence = new TreeMap<>();
        mentions.stream().filter(m -> m.entity().kind() == EntityKind.UNIT)
                .forEach(m -> unitsBySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m));
        for (int i = 0; i < xs.size(); i++) {
            Extraction x = xs.get(i);
            Map<String, SlotValue> slots = all.get(i);
            SlotValue org = slots.get("organization");
            if (keys.get(i) == null || org == null || !rules.family(x.rule().family()).properties().containsKey("unit")
                    || entity(org).isEmpty()) {
                continue;
            }
            String o = entity(org).get().iri();
            SlotValue given = slots.get("unit");
            if (given != null && given.fromContext()
                    && entity(given).map(u -> !u.linked() && u.parent() != null && !o.equals(u.parent())).orElse(false)) {
                // a unit read as part of another organisation, found sentences away, is not this fact's unit
                slots.remove("unit");
                keys.set(i, key(rules.family(x.rule().family()), slots, stem).orElse(null));
            }
            if (keys.get(i) == null || slots.containsKey("unit") || slots.containsKey("area")) {
                continue;
            }
            Map<String, Mention> units = new TreeMap<>();
            for (Mention m : unitsBySentence.getOrDefault(x.sentence(), List.of())) {
                if (m.begin() >= x.quoteBegin() && m.end() <= x.quoteEnd() && o.equals(organisationOf(m.entity()))) {
                    units.putIfAbsent(m.entity().iri(), m);
                }
            }
            if (units.size() == 1) {
                Mention m = units.values().iterator().next();
                slots.put("unit", new SlotValue(SlotValue.Kind.ENTITY, m, m.begin(), m.end(), m.surface(), m.sentence(),
                        x.quoteBegin(), x.quoteEnd(), false));
                keys.set(i, key(rules.family(x.rule().family()), slots, stem).orElse(null));
            }
        }
    }

    /**
     * Within one article, "closes its Xiamen development centre" is the unit the article names elsewhere ("the Oracle
     * Xiamen Development Center") when exactly one unit of the same organisation, in facts of the same family, carries
     * the place's name in its own: the place becomes that unit, as {@link #resolveUnit} does from the registry.
     */
    private void areaToNamedUnit(List<Extraction> xs, List<Map<String, SlotValue>> all, List<List<String>> keys, String stem) {
        for (int i = 0; i < xs.size(); i++) {
            Map<String, SlotValue> slots = all.get(i);
            FamilySpec spec = rules.family(xs.get(i).rule().family());
            SlotValue area = slots.get("area");
            SlotValue org = slots.get("organization");
            if (keys.get(i) == null || area == null || org == null || slots.containsKey("unit")
                    || !spec.properties().containsKey("unit") || entity(area).isEmpty()) {
                continue;
            }
            String place = " " + TextFold.fold(area.surface()).strip() + " ";
            String orgKey = keyTerm(org, stem);
            Map<String, EntityRef> units = new TreeMap<>();
            for (int j = 0; j < xs.size(); j++) {
                SlotValue u = all.get(j).get("unit");
                SlotValue o = all.get(j).get("organization");
                if (j == i || u == null || o == null || !xs.get(j).rule().family().equals(xs.get(i).rule().family())
                        || entity(u).isEmpty() || !keyTerm(o, stem).equals(orgKey)) {
                    continue;
                }
                EntityRef e = entity(u).get();
                if ((" " + TextFold.fold(e.label()) + " ").contains(place)) {
                    units.put(e.iri(), e);
                }
            }
            if (units.size() == 1) {
                slots.put("unit", area.naming(units.values().iterator().next()));
                slots.remove("area");
                keys.set(i, key(spec, slots, stem).orElse(null));
            }
        }
    }

    /** The group that weighs a cut against the whole company's staff ("约占全公司员工的15%"); not a slot. */
    static final String WHOLE_STAFF = "wholeStaff";

    /**
     * A cut whose own sentence weighs it against the whole company's staff ("关闭马尼拉分拣中心,并裁减约120个职位,约占
     * 全公司员工的15%", group {@link #WHOLE_STAFF}) is the company's, not the closed site's: the fact it is part of, with
     * every other reading of it (the headline's "to shut Manila hub, cut 120 jobs"), loses its unit. Counted against
     * the site's own staff ("厂内约1,100名员工中,约800人将被裁退") the cut stays the site's. Such a reading written without
     * the site ({@link #complete} joins it to none) makes a site's fact of the same count the company's as well: the
     * headline's "to shut Jurong site, cut 60 jobs" is the body's "并裁减约60名员工,约占员工总数的三成"; the site's
     * "其余员工将获得遣散补偿", with no count, stays the site's.
     */
    private void companyWide(List<Extraction> xs, List<Map<String, SlotValue>> all, List<List<String>> keys, String stem) {
        Set<String> wide = new TreeSet<>();
        for (int i = 0; i < xs.size(); i++) {
            if (keys.get(i) != null && xs.get(i).slots().containsKey(WHOLE_STAFF)) {
                wide.add(xs.get(i).rule().family() + " " + keys.get(i));
                Set<BigDecimal> counts = sentenceCounts(xs, all, keys, i);
                if (keys.get(i).contains(MISSING) && !counts.isEmpty()) {
                    for (int j = 0; j < xs.size(); j++) {
                        if (keys.get(j) != null && !keys.get(j).contains(MISSING)
                                && xs.get(j).rule().family().equals(xs.get(i).rule().family())
                                && agrees(keys.get(i), keys.get(j)) && count(all.get(j)).filter(counts::contains).isPresent()) {
                            wide.add(xs.get(j).rule().family() + " " + keys.get(j));
                        }
                    }
                }
            }
        }
        for (int i = 0; i < xs.size(); i++) {
            FamilySpec spec = rules.family(xs.get(i).rule().family());
            if (keys.get(i) != null && wide.contains(xs.get(i).rule().family() + " " + keys.get(i))) {
                all.get(i).remove("unit");
                keys.set(i, key(spec, all.get(i), stem).orElse(null));
            }
        }
    }

    /**
     * The counts of a company-wide reading's cut: its own, and those the other readings of the same fact in its sentence
     * give ("will cut about 80 jobs, or roughly 12% of its workforce" is read as 12 percent by the rule that sees the
     * share and as 80 people by the one that sees the cut), so that the headline's "shed some 80 jobs" at a closed site
     * is known as the same cut.
     */
    private static Set<BigDecimal> sentenceCounts(List<Extraction> xs, List<Map<String, SlotValue>> all, List<List<String>> keys, int i) {
        Set<BigDecimal> counts = new TreeSet<>();
        for (int m = 0; m < xs.size(); m++) {
            if (m == i || xs.get(m).sentence() == xs.get(i).sentence() && xs.get(m).rule().family().equals(xs.get(i).rule().family())
                    && keys.get(i).equals(keys.get(m))) {
                count(all.get(m)).ifPresent(counts::add);
            }
        }
        return counts;
    }

    /** How many a reading's cut reaches, as a number (its peopleAffected), to tell one cut's readings. */
    private static Optional<BigDecimal> count(Map<String, SlotValue> slots) {
        SlotValue v = slots.get("peopleAffected");
        return v != null && v.kind() == SlotValue.Kind.QUANTITY
                ? ((Quantity) v.value()).value().map(BigDecimal::stripTrailingZeros) : Optional.empty();
    }

    /** The organisation a unit belongs to: the registry's, or the one an unlinked unit was read as a part of. */
    private String organisationOf(EntityRef unit) {
        return unit.linked() ? registry.organizationOf(unit.iri()).orElse(null) : unit.parent();
    }

    private static Optional<EntityRef> entity(SlotValue v) {
        return v.kind() == SlotValue.Kind.ENTITY ? Optional.of(((Mention) v.value()).entity()) : Optional.empty();
    }

    /**
     * Within one article, a fact stated without an optional key part ("IBM cut jobs") joins the one fact of the
     * same family that has it and agrees on the rest ("IBM cut jobs in China"), when there is exactly one and the
     * family joins them ({@link FamilySpec#joinsWhole}: a company's revenue stays apart from one product's); one that
     * joins none is dropped when its rule keeps no partial fact ({@code keepsPartial} of the rule: staff moving to a place).
     * A reading the article itself gives as the whole company's ("并在全公司裁员约70人", "约占员工总数的9%": group
     * {@link #WHOLE_STAFF}) joins no part of it, and neither does any reading of the same partial key: the headline's
     * "X裁员约85人" is that company-wide cut, not the closed site's "其余员工将获得遣散补偿".
     */
    private static void complete(List<Extraction> xs, List<List<String>> keys, RuleSet rules) {
        Set<String> wholeCompany = new TreeSet<>();
        for (int i = 0; i < keys.size(); i++) {
            if (keys.get(i) != null && keys.get(i).contains(MISSING) && xs.get(i).slots().containsKey(WHOLE_STAFF)) {
                wholeCompany.add(xs.get(i).rule().family() + " " + keys.get(i));
            }
        }
        for (int i = 0; i < keys.size(); i++) {
            List<String> k = keys.get(i);
            if (k == null || !k.contains(MISSING) || !rules.family(xs.get(i).rule().family()).joinsWhole()
                    || wholeCompany.contains(xs.get(i).rule().family() + " " + k)) {
                continue;
            }
            java.util.Set<List<String>> candidates = new java.util.TreeSet<>(java.util.Comparator.comparing(Object::toString));
            for (int j = 0; j < keys.size(); j++) {
                List<String> o = keys.get(j);
                if (o != null && !o.contains(MISSING) && xs.get(j).rule().family().equals(xs.get(i).rule().family())
                        && agrees(k, o)) {
                    candidates.add(o);
                }
            }
            if (candidates.size() == 1) {
                keys.set(i, candidates.iterator().next());
            } else if (!xs.get(i).rule().keepsPartial()) {
                keys.set(i, null);
            }
        }
    }

    private static boolean agrees(List<String> partial, List<String> full) {
        for (int i = 0; i < partial.size(); i++) {
            if (!partial.get(i).equals(MISSING) && !partial.get(i).equals(full.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static final String MISSING = "-";

    private Optional<List<String>> key(FamilySpec spec, Map<String, SlotValue> slots, String stem) {
        List<String> parts = new ArrayList<>();
        for (String element : spec.key()) {
            boolean optional = FamilySpec.optional(element);
            String found = null;
            for (String alt : FamilySpec.alternatives(element)) {
                SlotValue v = slots.get(alt);
                if (v != null) {
                    found = alt + "=" + keyTerm(v, stem);
                    break;
                }
            }
            if (found == null && !optional) {
                return Optional.empty();
            }
            parts.add(found == null ? MISSING : found);
        }
        return Optional.of(parts);
    }

    private String keyTerm(SlotValue v, String stem) {
        return switch (v.kind()) {
            case ENTITY -> ((Mention) v.value()).entity().iri();
            case TIME -> values.time((TimeValue) v.value(), stem).getURI();
            case QUANTITY -> values.quantity((Quantity) v.value()).getURI();
            case CONSTANT -> constantIri(String.valueOf(v.value()));
            case TEXT -> TextFold.fold(String.valueOf(v.value()));
        };
    }

    private List<Node[]> objects(FamilySpec.Property p, SlotValue v, String lang, String stem, FamilySpec spec,
                                 Map<Node, Quantity> quantities, Map<Node, TimeValue> times) {
        Node pred = pred(p.predicate());
        List<Node[]> out = new ArrayList<>();
        switch (v.kind()) {
            case ENTITY -> {
                EntityRef r = ((Mention) v.value()).entity();
                if (p.as().equals("literal")) {
                    out.add(new Node[] {pred, NodeFactory.createLiteralLang(v.surface().strip(), lang)});
                    FamilySpec.Property to = spec.properties().get(p.entityTo());
                    if (to != null && r.linked()) {
                        out.add(new Node[] {pred(to.predicate()), NodeFactory.createURI(r.iri())});
                    }
                } else {
                    out.add(new Node[] {pred, NodeFactory.createURI(r.iri())});
                }
            }
            case QUANTITY -> {
                Quantity q = (Quantity) v.value();
                if (!p.unit().isEmpty() && (q.unit().isEmpty() || p.units().contains(q.unit()))) {
                    q = new Quantity(q.qualifier(), q.value(), q.min(), q.max(), p.unit(), q.begin(), q.end(), q.surface());
                }
                if (p.as().equals("decimal")) {
                    Quantity fq = q;
                    fq.value().or(fq::min).or(fq::max).ifPresent(d -> out.add(new Node[] {pred, ValueNodes.decimal(d)}));
                    if (!p.qualifier().isEmpty() && fq.qualifier() != Quantity.Qualifier.EXACT && !out.isEmpty()) {
                        out.add(new Node[] {pred(p.qualifier()), ValueNodes.qualifier(fq.qualifier())});
                    }
                } else {
                    Node n = values.quantity(q);
                    quantities.putIfAbsent(n, q);
                    out.add(new Node[] {pred, n});
                }
            }
            case TIME -> {
                TimeValue t = (TimeValue) v.value();
                Node n = values.time(t, stem);
                times.putIfAbsent(n, t);
                out.add(new Node[] {pred, n});
            }
            case TEXT -> text(p, v, lang, pred, quantities).ifPresent(out::add);
            case CONSTANT -> {
                String c = String.valueOf(v.value());
                out.add(new Node[] {pred, NodeFactory.createURI(constantIri(c))});
            }
        }
        return out;
    }

    private Optional<Node[]> text(FamilySpec.Property p, SlotValue v, String lang, Node pred, Map<Node, Quantity> quantities) {
        String text = String.valueOf(v.value());
        switch (p.as()) {
            case "integer":
                return Numbers.parse(text).map(n -> new Node[] {pred, NodeFactory.createLiteralDT(String.valueOf(n), XSDDatatype.XSDinteger)});
            case "quantity":
                // a bare count with thousands separators ("a workforce of 5,200") is one number
                return Numbers.parse(text.replaceAll("(?<=\\d),(?=\\d{3})", "")).map(n -> {
                    Quantity q = new Quantity(Quantity.Qualifier.EXACT, Optional.of(BigDecimal.valueOf(n)), Optional.empty(),
                            Optional.empty(), p.unit(), v.begin(), v.end(), v.surface());
                    Node node = values.quantity(q);
                    quantities.putIfAbsent(node, q);
                    return new Node[] {pred, node};
                });
            case "literal":
                return text.isBlank() ? Optional.empty() : Optional.of(new Node[] {pred, NodeFactory.createLiteralLang(text, lang)});
            default:
                return Optional.empty();
        }
    }

    private static Node pred(String prefixed) {
        return NodeFactory.createURI(Prefixes.expand(prefixed));
    }
}
