package dev.techshift.loader.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.techshift.loader.entity.EntityKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;

/**
 * The extraction rules and fact families of {@code data/rules/}: {@code families.json} and one file per family
 * ({@code closure.json}, ...; any JSON file with {@code "family"} and {@code "rules"}).
 * <pre>
 *   RuleSet rules = RuleSet.load(Path.of("data/rules"));
 *   rules.rules().size();
 * </pre>
 */
public final class RuleSet {

    /** The file that describes the families. */
    public static final String FAMILIES = "families.json";
    private static final Pattern GROUP = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, FamilySpec> families;
    private final List<Rule> rules;
    private final List<Path> files;
    private final Categories categories;
    private final SourceCues sources;
    private final SourceCues pastEmployers;
    private final SourceCues notActors;
    private final SourceCues rivals;
    private final List<Pattern> datelines;
    private final Pattern sectionLead;
    private final References references;
    private final Calibration calibration;

    /** File of measured rule precision ({@link #confidence}), written by the quality test; absent is allowed. */
    public static final String CALIBRATION = "calibration.json";

    /**
     * How often a rule's statements were right on the development sets ({@code calibration.json}): {@code right} of
     * {@code read} statements.
     */
    public record Measured(int right, int read) {
        /** Laplace's rule of succession, so that a rule seen three times is not certain: (right + 1) / (read + 2). */
        public double precision() {
            return (right + 1.0) / (read + 2.0);
        }
    }

    /**
     * What {@code calibration.json} measured: each rule's precision on the sets it was tuned on, and each family's
     * precision on those sets ({@code tuned}) and on sets nobody tunes on ({@code unseen}, the brakes). A rule's
     * precision on the sentences it was written for overstates how often it is right on news it has not seen; the
     * family's fall from tuned to unseen measures by how much, and scales the rule's figure.
     */
    record Calibration(Map<String, Measured> rules, Map<String, Measured> tuned, Map<String, Measured> unseen) {
        static final Calibration NONE = new Calibration(Map.of(), Map.of(), Map.of());

        /** unseen / tuned precision of the family, at most 1; 1 when either was not measured. */
        double shift(String family) {
            Measured t = tuned.get(family);
            Measured u = unseen.get(family);
            return t == null || u == null ? 1.0 : Math.min(1.0, u.precision() / t.precision());
        }
    }

    /**
     * How a sentence names an organisation as the source of figures rather than as an actor ({@code families.json},
     * {@code sources}): {@code before} matches the typed text ending right before the name ("市场研究机构", "according
     * to"), {@code after} the text starting right after it ("的数据显示", " data show"). A context slot other than those
     * in {@code slots} (the source slots, e.g. figurePublisher) passes over such a name: "市場研究機構X的數據顯示…。公司
     * 創辦人Y…" makes Y no founder of the research house. Null patterns: no cue.
     */
    public record SourceCues(Pattern before, Pattern after, Set<String> slots) {
        static final SourceCues NONE = new SourceCues(null, null, Set.of());

        /** Whether the name between typed positions {@code begin} and {@code end} of {@code typed} is cited as a source. */
        public boolean cites(String typed, int begin, int end) {
            return before != null && before.matcher(typed.substring(0, begin)).find()
                    || after != null && after.matcher(typed.substring(end)).lookingAt();
        }

        /** The cues of both: a name either cites (the source slots are this one's). */
        SourceCues or(SourceCues other) {
            return new SourceCues(either(before, other.before), either(after, other.after), slots);
        }

        private static Pattern either(Pattern a, Pattern b) {
            return a == null ? b : b == null ? a : Pattern.compile("(?:" + a.pattern() + ")|(?:" + b.pattern() + ")");
        }
    }

    private RuleSet(Map<String, FamilySpec> families, List<Rule> rules, List<Path> files, Categories categories,
                    SourceCues sources, SourceCues pastEmployers, SourceCues rivals, List<Pattern> datelines,
                    Pattern sectionLead, References references, Calibration calibration) {
        this.sectionLead = sectionLead;
        this.references = references;
        this.pastEmployers = pastEmployers;
        this.notActors = sources.or(pastEmployers);
        this.rivals = rivals;
        this.calibration = calibration;
        this.families = families;
        this.datelines = datelines;
        this.rules = rules;
        this.sources = sources;
        this.files = files;
        this.categories = categories;
    }

    /** Loads every rule file, with no entity categories (a rule that names one does not load). */
    public static RuleSet load(Path dir) {
        return load(dir, Categories.NONE);
    }

    /**
     * Loads every rule file; a broken file or pattern, or a category ({@code {ROLE:founder}}) the registry does not
     * give any entity, stops the load with a sentence naming file and rule.
     */
    public static RuleSet load(Path dir, Categories categories) {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the rule files in " + dir + ": " + e.getMessage(), e);
        }
        JsonNode familiesFile = read(dir.resolve(FAMILIES));
        Map<String, FamilySpec> families = families(familiesFile, dir.resolve(FAMILIES), categories);
        // a source's description may hold a role token ("Oslo-based analyst house X": analyst is read as a role)
        SourceCues sources = sources(familiesFile.path("sources"), "sources", dir.resolve(FAMILIES), Categories.NONE);
        SourceCues pastEmployers = sources(familiesFile.path("pastEmployers"), "pastEmployers", dir.resolve(FAMILIES));
        SourceCues rivals = sources(familiesFile.path("rivals"), "rivals", dir.resolve(FAMILIES));
        // the supplier of a part the company uses ("Our compressors come from Daikin") is no actor, as a past employer
        SourceCues partSuppliers = sources(familiesFile.path("partSuppliers"), "partSuppliers", dir.resolve(FAMILIES));
        // a customer, investor, supplier or rival a list names ("Its customers include A and B") is no actor either
        SourceCues counterparts = sources(familiesFile.path("counterparts"), "counterparts", dir.resolve(FAMILIES));
        // the cue names a registry category (expert): a rule set loaded without the registry's categories reads no such cue
        SourceCues expertEmployers = categories.codes().isEmpty() ? SourceCues.NONE
                : sources(familiesFile.path("expertEmployers"), "expertEmployers", dir.resolve(FAMILIES), categories);
        List<Pattern> datelines = datelines(familiesFile.path("datelines"), dir.resolve(FAMILIES));
        Pattern sectionLead = sectionLead(familiesFile.path("sectionLeads"), dir.resolve(FAMILIES));
        Interposed interposed = interposed(familiesFile.path("interposed"), dir.resolve(FAMILIES));
        References references = References.load(familiesFile.path("references"), dir.resolve(FAMILIES), categories);
        List<Rule> rules = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        for (Path f : files) {
            JsonNode root = read(f);
            if (!root.has("family") || !root.has("rules")) {
                continue;
            }
            String family = root.get("family").asText();
            if (!families.containsKey(family)) {
                throw new IllegalArgumentException(f + ": family '" + family + "' is not described in " + FAMILIES + ".");
            }
            for (JsonNode r : root.get("rules")) {
                Rule rule = rule(f, dir, family, withFileContext(r, root.path("context")), categories, interposed);
                if (!ids.add(rule.id())) {
                    throw new IllegalArgumentException(f + ": rule id '" + rule.id() + "' is used twice.");
                }
                rules.add(rule);
            }
        }
        return new RuleSet(families, List.copyOf(rules), files, categories, sources, pastEmployers.or(expertEmployers).or(partSuppliers).or(counterparts), rivals, datelines, sectionLead,
                references, calibration(dir.resolve(CALIBRATION), ids));
    }

    /**
     * The measured precision of each rule, when {@code calibration.json} is there: {@code {"rules": {"id": {"right":
     * n, "read": m}}, "families": {"post": {"tuned": {"right": n, "read": m}, "unseen": {…}}}}}. An id no rule file
     * has is passed over, so that a file older than the rules still loads and can be written again (CalibrationTest
     * says when it is stale); a count that is no count stops the load.
     */
    private static Calibration calibration(Path file, Set<String> ids) {
        if (!Files.isRegularFile(file)) {
            return Calibration.NONE;
        }
        JsonNode root = read(file);
        Map<String, Measured> rules = new HashMap<>();
        root.path("rules").fields().forEachRemaining(e -> {
            if (ids.contains(e.getKey())) {
                rules.put(e.getKey(), measured(file, "rule '" + e.getKey() + "'", e.getValue()));
            }
        });
        Map<String, Measured> tuned = new HashMap<>();
        Map<String, Measured> unseen = new HashMap<>();
        root.path("families").fields().forEachRemaining(e -> {
            String what = "family '" + e.getKey() + "'";
            tuned.put(e.getKey(), measured(file, what + " (tuned)", e.getValue().path("tuned")));
            unseen.put(e.getKey(), measured(file, what + " (unseen)", e.getValue().path("unseen")));
        });
        return new Calibration(Map.copyOf(rules), Map.copyOf(tuned), Map.copyOf(unseen));
    }

    private static Measured measured(Path file, String what, JsonNode n) {
        int right = n.path("right").asInt(-1);
        int read = n.path("read").asInt(-1);
        if (right < 0 || read < right) {
            throw new IllegalArgumentException(file + ": " + what + " needs 0 <= right <= read, has right "
                    + right + " and read " + read + ".");
        }
        return new Measured(right, read);
    }

    /**
     * The confidence a statement read by {@code rule} gets: the rule's precision measured on the development sets,
     * times its family's shift from those sets to unseen news ({@link Calibration#shift}), when it was measured; else
     * the confidence its file gives. The file's confidence also ranks rules whose quotes overlap; the measured one only
     * informs the reader.
     */
    public double confidence(Rule rule) {
        Measured m = calibration.rules().get(rule.id());
        return m == null ? rule.confidence() : m.precision() * calibration.shift(rule.family());
    }

    /** The confidence a piece of evidence records: {@link #confidence}, × 0.8 for a value taken from context, to 0.01. */
    public double evidenceConfidence(Rule rule, boolean fromContext) {
        return Math.round(confidence(rule) * (fromContext ? 0.8 : 1.0) * 100) / 100.0;
    }

    /**
     * What a writer may put between a name and the words after it in the given languages ({@code families.json},
     * {@code interposed}): "Halvio last month discontinued X", "Halvio on Tuesday said it would cut", "Halvio also
     * launched". A rule of those languages only reads it, unsaid, after every slot that is one placeholder; each of its
     * alternatives starts with a space or a comma, and it is read as little as the match allows.
     */
    record Interposed(Set<String> languages, String pattern) {
        static final Interposed NONE = new Interposed(Set.of(), "");

        /** The rule's pattern with the interposed words allowed after each slot that is one placeholder. */
        String apply(String source, Set<String> ruleLanguages) {
            if (pattern.isEmpty() || ruleLanguages.isEmpty() || !languages.containsAll(ruleLanguages)) {
                return source;
            }
            return SLOT.matcher(source).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + "(?:" + pattern + ")*?"));
        }
    }

    /** A named group holding one placeholder ("(?<organization>{ORG})"), with its quantifier if any. */
    private static final Pattern SLOT = Pattern.compile("(\\(\\?<[a-zA-Z][a-zA-Z0-9]*>\\{[^}]+\\}\\)(?:[?*+]|\\{\\d+(?:,\\d*)?\\})?[?+]?)");

    private static Interposed interposed(JsonNode n, Path file) {
        if (n.isMissingNode()) {
            return Interposed.NONE;
        }
        String pattern = n.path("pattern").asText("");
        if (GROUP.matcher(pattern).find()) {
            throw new IllegalArgumentException(file + ": the 'interposed' pattern may not hold a named group.");
        }
        Set<String> languages = new LinkedHashSet<>();
        n.path("languages").forEach(l -> languages.add(l.asText()));
        return new Interposed(Set.copyOf(languages), pattern);
    }

    private static SourceCues sources(JsonNode s, String key, Path file) {
        return sources(s, key, file, null);
    }

    /** The same, with placeholders ({@code {ROLE:expert}}) in the cues when {@code categories} is given. */
    private static SourceCues sources(JsonNode s, String key, Path file, Categories categories) {
        if (s.isMissingNode()) {
            return SourceCues.NONE;
        }
        Set<String> slots = new LinkedHashSet<>();
        s.path("slots").forEach(n -> slots.add(n.asText()));
        java.util.function.UnaryOperator<String> typed = x -> categories == null ? x : Placeholders.expand(x, categories);
        try {
            return new SourceCues(s.has("before") ? Pattern.compile("(?:" + typed.apply(s.path("before").asText()) + ")$") : null,
                    s.has("after") ? Pattern.compile(typed.apply(s.path("after").asText())) : null, Set.copyOf(slots));
        } catch (java.util.regex.PatternSyntaxException e) {
            throw new IllegalArgumentException(file + ": the '" + key + "' cues are no valid pattern: " + e.getDescription() + ".", e);
        }
    }

    /**
     * The section leads of a report ({@code families.json}, {@code sectionLeads}): words at the start of a sentence that
     * turn to another side of the article's subject ("人事方面,", "订单方面,"). Null when none are given.
     */
    private static Pattern sectionLead(JsonNode s, Path file) {
        if (s.isMissingNode() || !s.has("pattern")) {
            return null;
        }
        try {
            return Pattern.compile(s.get("pattern").asText());
        } catch (java.util.regex.PatternSyntaxException e) {
            throw new IllegalArgumentException(file + ": the 'sectionLeads' pattern is not valid: " + e.getDescription() + ".", e);
        }
    }

    /** Whether a typed sentence opens with a section lead ("人事方面,"): it is about the article's subject again. */
    public boolean opensSection(String typed) {
        return sectionLead != null && sectionLead.matcher(typed).lookingAt();
    }

    /**
     * The datelines of wire and agency copy ({@code families.json}, {@code datelines}): patterns matched at the start of a
     * sentence's text as written, whose group {@code date} holds the day the report was filed ("SEOUL, March 4 (Wire) -",
     * "新华社北京3月4日电"). That day is the report's, not a fact's: no rule reads it as a date.
     */
    private static List<Pattern> datelines(JsonNode d, Path file) {
        List<Pattern> out = new ArrayList<>();
        for (JsonNode p : d.path("patterns")) {
            try {
                Pattern c = Pattern.compile(p.asText());
                if (!p.asText().contains("(?<date>")) {
                    throw new IllegalArgumentException(file + ": the dateline pattern '" + p.asText()
                            + "' has no group 'date'.");
                }
                out.add(c);
            } catch (java.util.regex.PatternSyntaxException e) {
                throw new IllegalArgumentException(file + ": the dateline pattern '" + p.asText() + "' is no valid pattern: "
                        + e.getDescription() + ".", e);
            }
        }
        return List.copyOf(out);
    }

    /** The span of the dateline's date at the start of {@code text} (as written), or null when it opens with none. */
    public int[] datelineDate(String text) {
        for (Pattern p : datelines) {
            Matcher m = p.matcher(text);
            if (m.lookingAt()) {
                return new int[] {m.start("date"), m.end("date")};
            }
        }
        return null;
    }

    /** The subjects written without a name that the engine reads as the organisation they refer to. */
    public References references() {
        return references;
    }

    /** How a sentence cites an organisation as a source of figures. */
    public SourceCues sources() {
        return sources;
    }

    /**
     * How a sentence names an organisation as a person's past employer ({@code families.json}, {@code pastEmployers}:
     * 此前在X担任…, 曾任X…, 前X工程师): a context slot that names an actor passes over it, as over a source.
     */
    public SourceCues pastEmployers() {
        return pastEmployers;
    }

    /** A source of figures or a past employer: a name that is no actor of its sentence (no subject, no context actor). */
    public SourceCues notActors() {
        return notActors;
    }

    /**
     * How a sentence names an organisation as a rival it ranks the article's company against ({@code families.json},
     * {@code rivals}: "Ionity came third with 9.7%", "behind Fastned", "海康机器人以约23.1%的份额排名第一"): a context slot
     * that names an actor passes over it, but for the slots the cue lists (a market share's company), and "the company"
     * after it goes back past it.
     */
    public SourceCues rivals() {
        return rivals;
    }

    public List<Rule> rules() {
        return rules;
    }

    /** The category vocabulary the rules were compiled with. */
    public Categories categories() {
        return categories;
    }

    public FamilySpec family(String name) {
        return families.get(name);
    }

    public Map<String, FamilySpec> families() {
        return families;
    }

    /** The files read, for fingerprints. */
    public List<Path> files() {
        return files;
    }

    /**
     * A rule with the context slots its file gives every rule of a language ({@code "context": {"en": {slot: way}}}):
     * a revenue figure's period is looked for in the same sentence by every revenue rule, so that thirty rules do not
     * each repeat it. As every context slot, it is looked for only when the match did not read it (a pattern may
     * capture it in one branch); a slot the rule's own context names is the rule's, and a rule's own {@code null} for
     * a slot says it looks for none.
     */
    private static JsonNode withFileContext(JsonNode r, JsonNode shared) {
        if (shared.isMissingNode() || r.path("languages").isEmpty()) {
            return r;
        }
        JsonNode forLanguage = shared.path(r.path("languages").get(0).asText());
        if (forLanguage.isMissingNode()) {
            return r;
        }
        ObjectNode copy = r.deepCopy();
        ObjectNode context = copy.with("context");
        forLanguage.fields().forEachRemaining(e -> {
            if (!context.has(e.getKey())) {
                context.set(e.getKey(), e.getValue());
            }
        });
        // a rule's own null says it looks for no such slot (a fiscal year named by the month it ends)
        List<String> none = new ArrayList<>();
        context.fields().forEachRemaining(e -> {
            if (e.getValue().isNull()) {
                none.add(e.getKey());
            }
        });
        context.remove(none);
        return copy;
    }

    private static Rule rule(Path f, Path dir, String family, JsonNode r, Categories categories, Interposed interposed) {
        String id = r.path("id").asText("");
        if (id.isEmpty()) {
            throw new IllegalArgumentException(f + ": a rule has no 'id'.");
        }
        String source = r.path("pattern").asText("");
        Set<String> languages = new LinkedHashSet<>();
        r.path("languages").forEach(l -> languages.add(l.asText()));
        Pattern p = compile(f, id, interposed.apply(source, languages), categories);
        List<String> slots = new ArrayList<>();
        Matcher g = GROUP.matcher(source);
        while (g.find()) {
            if (!slots.contains(g.group(1))) {
                slots.add(g.group(1));
            }
        }
        Map<String, List<Rule.ContextSlot>> context = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = r.path("context").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            // one way to look for the slot, or a list of ways tried in order
            List<JsonNode> ways = new ArrayList<>();
            if (e.getValue().isArray()) {
                e.getValue().forEach(ways::add);
            } else {
                ways.add(e.getValue());
            }
            List<Rule.ContextSlot> slot = new ArrayList<>();
            for (JsonNode w : ways) {
                String cs = w.path("pattern").asText();
                Map<String, String> values = new TreeMap<>();
                w.path("values").fields().forEachRemaining(v -> values.put(v.getKey(), v.getValue().asText()));
                String same = w.path("sameOrganisation").asText("");
                if (!same.isEmpty() && !slots.contains(same)) {
                    throw new IllegalArgumentException(f + ", rule '" + id + "': context slot '" + e.getKey()
                            + "' names sameOrganisation '" + same + "', which is no slot of the pattern.");
                }
                slot.add(new Rule.ContextSlot(cs, compile(f, id, cs, categories), w.path("sentences").asInt(2), values,
                        w.path("ahead").asInt(-1), w.path("inside").asBoolean(false), w.path("topic").asBoolean(false), same,
                        w.path("evidence").asText("").equals("match"),
                        w.has("ownedWith") ? compile(f, id, w.path("ownedWith").asText(), categories) : null,
                        w.has("sentenceWith") ? compile(f, id, w.path("sentenceWith").asText(), categories) : null,
                        w.has("namedHere") ? compile(f, id, w.path("namedHere").asText(), categories) : null,
                        w.path("year").asBoolean(false), w.path("passOverEarlier").asBoolean(false),
                        w.has("makerOf") ? w.path("makerOf").asText() : null));
            }
            context.put(e.getKey(), List.copyOf(slot));
        }
        Map<String, String> constants = new TreeMap<>();
        r.path("constants").fields().forEachRemaining(e -> constants.put(e.getKey(), e.getValue().asText()));
        Map<String, String> literal = new TreeMap<>();
        r.path("literal").fields().forEachRemaining(e -> literal.put(e.getKey(), e.getValue().asText()));
        String file = dir.getFileName() == null ? f.getFileName().toString()
                : "data/rules/" + f.getFileName().toString();
        return new Rule(id, r.path("comment").asText(""), family, languages, source, p, List.copyOf(slots), context,
                constants, literal, r.path("confidence").asDouble(0.8), file, r.path("keepsPartial").asBoolean(true));
    }

    /**
     * Where a match may begin or end: anywhere except between two Latin letters or digits, so that "in {ORG}"
     * does not match inside "within" and a quote never starts at the "d" of "and". Chinese text is untouched.
     */
    static final String LATIN_EDGE = "(?:(?<![\\p{IsLatin}\\p{Nd}])|(?![\\p{IsLatin}\\p{Nd}]))";

    private static Pattern compile(Path f, String id, String source, Categories categories) {
        String regex;
        try {
            regex = Placeholders.expand(source, categories);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(f + ", rule '" + id + "': " + e.getMessage() + ".", e);
        }
        try {
            return Pattern.compile(LATIN_EDGE + "(?:" + regex + ")" + LATIN_EDGE);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException(f + ", rule '" + id + "': the pattern is not a valid regular expression ("
                    + e.getDescription() + ").", e);
        }
    }

    /** A property's {@code joined} pattern: placeholders expanded, with a group {@code joiner}. */
    private static Pattern joined(Path f, String where, String source, Categories categories) {
        Pattern p;
        try {
            p = Pattern.compile(Placeholders.expand(source, categories));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(f + ", " + where + ": the 'joined' pattern is not valid (" + e.getMessage() + ").", e);
        }
        if (!p.pattern().contains("(?<joiner>")) {
            throw new IllegalArgumentException(f + ", " + where + ": the 'joined' pattern has no group 'joiner'.");
        }
        return p;
    }

    private static Pattern compile(Path file, String where, String source) {
        if (source.isEmpty()) {
            throw new IllegalArgumentException(file + ", " + where + ": the pattern is missing.");
        }
        try {
            return Pattern.compile(source);
        } catch (java.util.regex.PatternSyntaxException e) {
            throw new IllegalArgumentException(file + ", " + where + ": the pattern is not valid: " + e.getDescription() + ".", e);
        }
    }

    private static JsonNode read(Path f) {
        try {
            return JSON.readTree(f.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(f + ": the rule file is not valid JSON (" + e.getMessage() + ").", e);
        }
    }

    private static Map<String, FamilySpec> families(JsonNode root, Path file, Categories categories) {
        Map<String, FamilySpec> out = new LinkedHashMap<>();
        root.path("families").fields().forEachRemaining(e -> {
            JsonNode f = e.getValue();
            List<String> key = new ArrayList<>();
            f.path("key").forEach(k -> key.add(k.asText()));
            Map<String, FamilySpec.Property> props = new LinkedHashMap<>();
            f.path("properties").fields().forEachRemaining(p -> {
                JsonNode v = p.getValue();
                Set<String> units = new java.util.TreeSet<>();
                v.path("units").forEach(u -> units.add(u.asText()));
                Set<String> accepts = new java.util.TreeSet<>();
                v.path("accepts").forEach(u -> accepts.add(u.asText()));
                String joined = v.path("joined").asText("");
                String kind = v.path("entityKind").asText("");
                if (!kind.isEmpty() && EntityKind.fromSegment(kind).isEmpty()) {
                    throw new IllegalArgumentException(file + ", family '" + e.getKey() + "', property '" + p.getKey()
                            + "': entityKind '" + kind + "' is no kind of registry entity (org, unit, person, product,"
                            + " place, market, role).");
                }
                props.put(p.getKey(), v.isTextual() ? new FamilySpec.Property(v.asText(), "iri", "", "", "", Set.of(), "", Set.of(), null)
                        : new FamilySpec.Property(v.path("predicate").asText(), v.path("as").asText("iri"),
                                v.path("unit").asText(""), v.path("entityTo").asText(""), kind, units,
                                v.path("qualifier").asText(""), Set.copyOf(accepts),
                                joined.isEmpty() ? null : joined(file, e.getKey() + "." + p.getKey(), joined, categories)));
            });
            Map<String, String> derive = new TreeMap<>();
            f.path("derive").fields().forEachRemaining(d -> derive.put(d.getKey(), d.getValue().asText()));
            Map<String, String> constants = new TreeMap<>();
            f.path("constants").fields().forEachRemaining(d -> constants.put(d.getKey(), d.getValue().asText()));
            JsonNode w = f.path("wholeOrganisation");
            FamilySpec.WholeOrganisation whole = null;
            if (!w.isMissingNode()) {
                Set<String> cats = new java.util.TreeSet<>();
                w.path("categories").forEach(c -> cats.add(c.asText()));
                whole = new FamilySpec.WholeOrganisation(w.path("slot").asText(), w.path("role").asText(), Set.copyOf(cats),
                        w.path("regionTitle").asText(""));
                if (!props.containsKey(whole.slot()) || !props.containsKey(whole.role())
                        || !whole.regionTitle().isEmpty() && !props.containsKey(whole.regionTitle())) {
                    throw new IllegalArgumentException(file + ": family '" + e.getKey() + "' names in 'wholeOrganisation' a slot"
                            + " or role it does not have ('" + whole.slot() + "', '" + whole.role() + "', '" + whole.regionTitle() + "').");
                }
            }
            JsonNode nw = f.path("nationwide");
            FamilySpec.Nationwide nationwide = null;
            if (!nw.isMissingNode()) {
                nationwide = new FamilySpec.Nationwide(nw.path("slot").asText(),
                        compile(file, e.getKey() + ".nationwide.words", nw.path("words").asText()),
                        compile(file, e.getKey() + ".nationwide.home",
                                nw.path("home").asText().replace("{PLACE}", FamilySpec.Nationwide.PLACE)));
                if (!props.containsKey(nationwide.slot())) {
                    throw new IllegalArgumentException(file + ": family '" + e.getKey() + "' names in 'nationwide' a slot it"
                            + " does not have ('" + nationwide.slot() + "').");
                }
            }
            out.put(e.getKey(), new FamilySpec(e.getKey(), f.path("class").asText(), List.copyOf(key), props, derive, constants,
                    f.path("joinsWhole").asBoolean(true), whole, nationwide));
        });
        return out;
    }
}
