package dev.techshift.loader.quality;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.techshift.loader.Pipeline;
import dev.techshift.loader.entity.EntityKind;
import dev.techshift.loader.entity.EntityRef;
import dev.techshift.loader.entity.Mention;
import dev.techshift.loader.entity.Registry;
import dev.techshift.loader.entity.MarketNames;
import dev.techshift.loader.entity.TextFold;
import dev.techshift.loader.fact.FactStatement;
import dev.techshift.loader.fact.ValueNodes;
import dev.techshift.loader.values.Quantity;
import dev.techshift.loader.values.TimeValue;
import dev.techshift.vocab.TS;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.SKOS;

/**
 * Scores extracted facts against gold facts by statement: (article, family, identity fields, one other field =
 * value), plus one "the fact exists" statement per fact; precision and recall per family and overall.
 * Gold entity names resolve through registry labels; unlinked entities compare by folded label.
 * <pre>
 *   QualityEvaluator.Score s = new QualityEvaluator(pipeline).score(articles, Path.of("gold.jsonl"));
 *   System.out.println(s.table());
 * </pre>
 */
public final class QualityEvaluator {

    /** Identity fields per family (the contract's identity keys, in gold's field names). */
    static final Map<String, List<String>> IDENTITY = Map.ofEntries(
            Map.entry("closure", List.of("organization", "unit|area")),
            Map.entry("workforce-reduction", List.of("organization", "unit|area")),
            Map.entry("relocation", List.of("organization", "unit|area")),
            Map.entry("post", List.of("member", "organization")),
            Map.entry("market-share", List.of("company", "market", "refArea", "refPeriod")),
            Map.entry("founding", List.of("organization")),
            Map.entry("investment", List.of("investor", "investee")),
            Map.entry("supply-deal", List.of("supplier", "customer", "product")),
            Map.entry("outage", List.of("organization")),
            Map.entry("product-launch", List.of("organization", "product")),
            Map.entry("product-discontinuation", List.of("organization", "product")),
            Map.entry("publication-count", List.of("organization")),
            Map.entry("revenue", List.of("organization", "product", "refPeriod")),
            Map.entry("headcount", List.of("organization")));

    /** The fields gold records; other properties (org:role, qb:dataSet) are not scored. */
    static final Set<String> FIELDS = Set.of("organization", "unit", "area", "peopleAffected", "date", "announcedDate",
            "effectiveDate", "reason", "relocatedTo", "member", "roleTitle", "temporalStatus", "company", "market",
            "refArea", "refPeriod", "share", "rank", "figurePublisher", "investor", "investee", "amount", "supplier",
            "customer", "product", "duration", "count", "founder", "startDate", "endDate", "operatingYears");

    /**
     * Fields the model gained after some gold files were written, per family, with the day: a gold file none of whose
     * lines of that family records the field was written without it, so the field is left out of the predicted
     * statements scored against that file (the loader still writes it). Revenue periods: 2026-12-01; the blind and
     * brake sets' gold has none (gold/README.md, "Revenue periods").
     */
    static final Map<String, String> ADDED_FIELDS = Map.of("revenue", "refPeriod");

    /** "family field" pairs of {@link #ADDED_FIELDS} the gold file being scored does not record. */
    private final Set<String> unrecorded = new HashSet<>();

    /**
     * Reads which of the {@link #ADDED_FIELDS} this gold file records; call before {@link #predicted} for each set.
     */
    public void scoreFieldsOf(Path jsonl) throws IOException {
        unrecorded.clear();
        ADDED_FIELDS.forEach((family, field) -> unrecorded.add(family + " " + field));
        for (JsonNode n : lines(jsonl)) {
            String family = n.get("family").asText();
            String field = ADDED_FIELDS.get(family);
            if (field != null && n.get("fields").has(field)) {
                unrecorded.remove(family + " " + field);
            }
        }
    }

    /** The lines of a gold JSONL file, blank ones skipped. */
    private static List<JsonNode> lines(Path jsonl) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(jsonl)) {
            if (!line.isBlank()) {
                out.add(json.readTree(line));
            }
        }
        return out;
    }

    /** Whether statements of this family's field are scored against the gold file last read by {@link #scoreFieldsOf}. */
    boolean scores(String family, String field) {
        return !unrecorded.contains(family + " " + field);
    }

    /** One scored statement. */
    public record Stmt(String article, String family, String identity, String field, String value) {}

    /** Counts of one family. */
    public record Counts(int tp, int predicted, int gold) {
        double precision() {
            return predicted == 0 ? 1.0 : tp / (double) predicted;
        }

        double recall() {
            return gold == 0 ? 1.0 : tp / (double) gold;
        }
    }

    /** The whole score. */
    public record Score(Map<String, Counts> families, Counts overall, Set<Stmt> missed, Set<Stmt> wrong) {
        public String table() {
            StringBuilder sb = new StringBuilder(String.format("%-24s %6s %6s %6s %9s %7s%n", "family", "tp", "pred", "gold", "precision", "recall"));
            families.forEach((f, c) -> sb.append(row(f, c)));
            sb.append(row("OVERALL", overall));
            return sb.toString();
        }

        private static String row(String f, Counts c) {
            return String.format("%-24s %6d %6d %6d %9.3f %7.3f%n", f, c.tp(), c.predicted(), c.gold(), c.precision(), c.recall());
        }
    }

    /** Where a predicted statement came from: the ids of the rules that read it and its highest confidence. */
    public record Source(Set<String> rules, double confidence) {}

    private final Registry registry;
    private final MarketNames marketNames;
    private final Map<String, String> labelIndex = new HashMap<>();
    private final Map<Stmt, Source> sources = new HashMap<>();

    public QualityEvaluator(Pipeline pipeline) {
        this.registry = pipeline.registry();
        this.marketNames = pipeline.marketNames();
        for (EntityRef e : registry.entities()) {
            for (String l : registry.labels(e.iri())) {
                labelIndex.putIfAbsent(key(l), e.iri());
            }
        }
        // a gold file may name an entity by a label that names it only in context ("ESM" for a team)
        for (EntityRef e : registry.entities()) {
            for (String l : registry.contextualLabels(e.iri())) {
                labelIndex.putIfAbsent(key(l), e.iri());
            }
        }
    }

    private static String key(String s) {
        return TextFold.fold(s).replace("&", "and").replaceAll("[\\s.\\-·]", "");
    }

    /** Gold statements from a JSONL file. */
    public Set<Stmt> gold(Path jsonl) throws IOException {
        Set<Stmt> out = new HashSet<>();
        List<JsonNode> lines = lines(jsonl);
        Map<String, Map<String, String>> markets = alignedMarkets(lines);
        for (JsonNode n : lines) {
            String family = n.get("family").asText();
            Map<String, List<String>> fields = new TreeMap<>();
            String article = n.get("article").asText();
            Map<String, String> names = otherNames.getOrDefault(article, Map.of());
            Map<String, String> aligned = markets.getOrDefault(article, Map.of());
            n.get("fields").fields().forEachRemaining(e -> {
                String v = goldValue(e.getKey(), e.getValue().asText());
                v = e.getKey().equals("market") ? aligned.getOrDefault(v, v) : v;
                fields.put(e.getKey(), List.of(names.getOrDefault(v, v)));
            });
            add(out, article, family, fields);
        }
        return out;
    }

    /**
     * Per article, the markets the registry lacks, as written by the build (the key of each unlinked market to the
     * folded words of its mentions). Filled by {@link #predicted}, read by {@link #alignedMarkets}.
     */
    private final Map<String, Map<String, Set<String>>> marketWords = new HashMap<>();

    /**
     * Per article, a gold market name the registry lacks to the build's market it names, where gold's English
     * differs from the loader's: gold names such a market by a reader's English ("phone recycling kiosks",
     * "rugged handheld computers"), the loader by its term-by-term composition or the words as written
     * (手机回收自助机, "rugged handheld"); a translation is not what the loader is measured on. Gold's name is read as
     * the build's market when a quote of one of gold's lines with that name holds the words of exactly one of the
     * article's unlinked markets (the longest, where one's words hold another's), and no line of gold aligns the
     * same name with another market; then every line of the article with that name reads it so (gold/README.md,
     * "Markets"). The other identity fields (company, place, period) are compared as before.
     */
    private Map<String, Map<String, String>> alignedMarkets(List<JsonNode> lines) {
        Map<String, Map<String, Set<String>>> candidates = new HashMap<>();
        for (JsonNode n : lines) {
            JsonNode market = n.get("fields").get("market");
            String article = n.get("article").asText();
            Map<String, Set<String>> built = marketWords.getOrDefault(article, Map.of());
            if (market == null || labelIndex.containsKey(key(market.asText()))) {
                continue;
            }
            String goldKey = goldValue("market", market.asText());
            if (built.containsKey(goldKey)) {
                continue;
            }
            String quote = TextFold.fold(n.get("quote").asText());
            String best = null;
            int bestLength = 0;
            boolean tie = false;
            for (Map.Entry<String, Set<String>> e : built.entrySet()) {
                int length = e.getValue().stream().filter(quote::contains).mapToInt(String::length).max().orElse(0);
                if (length > bestLength) {
                    best = e.getKey();
                    bestLength = length;
                    tie = false;
                } else if (length > 0 && length == bestLength) {
                    tie = true;
                }
            }
            if (best != null && !tie) {
                candidates.computeIfAbsent(article, k -> new HashMap<>()).computeIfAbsent(goldKey, k -> new TreeSet<>()).add(best);
            }
        }
        Map<String, Map<String, String>> out = new HashMap<>();
        candidates.forEach((article, byName) -> byName.forEach((goldKey, keys) -> {
            if (keys.size() == 1) {
                out.computeIfAbsent(article, k -> new HashMap<>()).put(goldKey, keys.iterator().next());
            }
        }));
        return out;
    }

    /** A number in a share value ("approximate 46", "24.0", "range 30-40"). */
    private static final java.util.regex.Pattern SHARE_NUMBER = java.util.regex.Pattern.compile("\\d+(?:\\.\\d+)?");

    private String goldValue(String field, String v) {
        if (v.matches("\\d{4}(-.*)?")) {
            return partOfYear(v);
        }
        if (field.equals("share")) {
            // a share is a number: gold's "24.0" (as the article writes it) is the loader's 24
            return SHARE_NUMBER.matcher(v).replaceAll(m -> new BigDecimal(m.group()).stripTrailingZeros().toPlainString());
        }
        if (v.matches("(exact|approximate|at-least|at-most|range|vague) .*") || v.matches("unresolved:.*")
                || field.equals("share") || field.equals("rank")) {
            return v;
        }
        if (field.equals("temporalStatus")) {
            return v.toLowerCase();
        }
        if (field.equals("roleTitle") || field.equals("reason")) {
            return key(v);
        }
        if (field.equals("market") && !labelIndex.containsKey(key(v))) {
            // a market the registry lacks is named as the loader names one (MarketNames): a gold file written before
            // the English convention (雲端ERP) names the same market as its composed English name ("cloud ERP"), and
            // "webtoon app" the same as "webtoon apps" (gold/README.md, "Markets")
            return "unlinked:" + key(marketNames.label(v));
        }
        return labelIndex.getOrDefault(key(v), "unlinked:" + nameKey(v));
    }

    /** Legal forms a name is compared without ("Cellwright Recycling Ltd" is "Cellwright Recycling"; gold/README.md). */
    private static final java.util.regex.Pattern LEGAL_FORM = java.util.regex.Pattern.compile(
            "(?:,?\\s+(?:Co\\.,?\\s+)?(?:Ltd\\.?|Limited|Inc\\.?|Incorporated|plc|PLC|LLC|LLP|GmbH|AG|S\\.A\\.|N\\.V\\.|B\\.V\\.|Pty\\.? Ltd\\.?)"
                    + "|股份有限公司|有限[责責]任公司|有限公司|股份公司)$");

    /** The key an unlinked entity's name is compared by: {@link #key} of the name without a legal form. */
    private static String nameKey(String name) {
        String stem = LEGAL_FORM.matcher(name.strip()).replaceFirst("");
        return key(stem.isBlank() ? name : stem);
    }

    /**
     * Per article, the key of each other name an unlinked entity of the build has (its {@code skos:altLabel}s: the
     * full name of a company the article declares a short name for, a person's surname) to the key of its label, so
     * that a gold name matches the entity whichever of its names gold writes, as a registry entity's aliases do. A
     * name two entities share names neither. Filled by {@link #predicted}, read by {@link #gold}.
     */
    private final Map<String, Map<String, String>> otherNames = new HashMap<>();

    private void noteNames(Pipeline.Result r, Map<String, String> unlinked) {
        Map<String, String> names = new HashMap<>();
        Set<String> shared = new HashSet<>();
        Set<String> labels = new HashSet<>(unlinked.values());
        unlinked.forEach((iri, own) -> r.graph().find(NodeFactory.createURI(iri), SKOS.altLabel.asNode(), Node.ANY)
                .forEachRemaining(t -> {
                    String k = "unlinked:" + nameKey(t.getObject().getLiteralLexicalForm());
                    if (labels.contains(k) || k.equals("unlinked:")) {
                        return;
                    }
                    String seen = names.putIfAbsent(k, own);
                    if (seen != null && !seen.equals(own)) {
                        shared.add(k);
                    }
                }));
        shared.forEach(names::remove);
        otherNames.put(r.article().stem(), names);
    }

    /**
     * A part of a year compared by its span, whichever spelling names it: the loader writes 年底 and "late 2024" as
     * {@code 2024-end} and 今年初 as {@code 2024-start}; gold writers have spelt them {@code 2024-late} and
     * {@code 2024-early} on the pattern of a part of a month ({@code 2024-05-late}). Both sides of the comparison pass
     * through here.
     */
    static String partOfYear(String date) {
        return date.replaceFirst("^(\\d{4})-(?:end|late)$", "$1-late").replaceFirst("^(\\d{4})-(?:start|early)$", "$1-early");
    }

    /** Predicted statements from pipeline results. */
    public Set<Stmt> predicted(List<Pipeline.Result> results) {
        Set<Stmt> out = new HashSet<>();
        for (Pipeline.Result r : results) {
            Map<String, String> unlinked = new HashMap<>();
            Map<String, Set<String>> words = new HashMap<>();
            for (Mention m : r.mentions()) {
                if (m.entity().linked()) {
                    continue;
                }
                boolean market = m.entity().kind() == EntityKind.MARKET;
                String k = "unlinked:" + (market ? key(m.entity().label()) : nameKey(m.entity().label()));
                unlinked.put(m.entity().iri(), k);
                if (market) {
                    words.computeIfAbsent(k, x -> new TreeSet<>()).add(TextFold.fold(m.surface()));
                }
            }
            noteNames(r, unlinked);
            marketWords.put(r.article().stem(), words);
            Map<String, Map<String, List<String>>> facts = new TreeMap<>();
            Map<String, String> familyOf = new HashMap<>();
            // per fact and field ("*" for the fact as a whole): the rules that read it and their highest confidence
            Map<String, Map<String, Source>> read = new HashMap<>();
            // a share's qualifier (ts:shareQualifier) is read with the share drawn from the same quote: "at-most 1"
            Map<String, String> shareQualifiers = new HashMap<>();
            for (FactStatement s : r.facts().statements()) {
                if (s.predicate().getLocalName().equals("shareQualifier")) {
                    shareQualifiers.put(s.fact() + " " + s.evidence(),
                            s.object().getLocalName().replaceAll("(?<=[a-z])(?=[A-Z])", "-").toLowerCase());
                }
            }
            for (FactStatement s : r.facts().statements()) {
                String field = s.predicate().getLocalName();
                if (!FIELDS.contains(field) || unrecorded.contains(s.family() + " " + field)) {
                    continue;
                }
                familyOf.put(s.fact(), s.family());
                Map<String, Source> byField = read.computeIfAbsent(s.fact(), k -> new HashMap<>());
                for (String f : List.of(field, "*")) {
                    byField.merge(f, new Source(Set.of(s.evidence().rule()), s.evidence().confidence()), QualityEvaluator::both);
                }
                List<String> vs = facts.computeIfAbsent(s.fact(), k -> new TreeMap<>()).computeIfAbsent(field, k -> new ArrayList<>());
                String v = render(s.object(), r, unlinked);
                if (field.equals("share") && shareQualifiers.containsKey(s.fact() + " " + s.evidence())) {
                    v = shareQualifiers.get(s.fact() + " " + s.evidence()) + " " + v;
                }
                if (!vs.contains(v)) {
                    vs.add(v);
                }
            }
            facts.forEach((fact, fields) -> {
                Set<Stmt> own = new HashSet<>();
                add(own, r.article().stem(), familyOf.get(fact), fields);
                Map<String, Source> byField = read.get(fact);
                own.forEach(st -> sources.merge(st, byField.getOrDefault(st.field(), byField.get("*")), QualityEvaluator::both));
                out.addAll(own);
            });
        }
        return out;
    }

    /** Where a predicted statement came from; null for a statement this evaluator did not predict. */
    public Source source(Stmt s) {
        return sources.get(s);
    }

    private static Source both(Source a, Source b) {
        Set<String> rules = new TreeSet<>(a.rules());
        rules.addAll(b.rules());
        return new Source(rules, Math.max(a.confidence(), b.confidence()));
    }

    /**
     * Precision by the confidence the loader gave a statement (its highest over the evidence that read it): whether
     * the confidence a researcher can filter on says how often a statement is right. Aggregate only, so it may be
     * read for the blind sets too.
     */
    public String byConfidence(Set<Stmt> predicted, Set<Stmt> gold) {
        double[] floors = {0.9, 0.8, 0.7, 0.0};
        int[][] n = new int[floors.length][2];
        for (Stmt p : predicted) {
            double c = sources.containsKey(p) ? sources.get(p).confidence() : 0.0;
            int band = 0;
            while (c < floors[band]) {
                band++;
            }
            n[band][1]++;
            if (gold.contains(p)) {
                n[band][0]++;
            }
        }
        int[][] names = new int[2][2];
        for (Stmt p : predicted) {
            int k = p.identity().contains("unlinked:") ? 1 : 0;
            names[k][1]++;
            if (gold.contains(p)) {
                names[k][0]++;
            }
        }
        StringBuilder sb = new StringBuilder(String.format(
                "precision by identity names (tp / pred):  all in the registry: %d / %d  one or more found unlinked: %d / %d%n",
                names[0][0], names[0][1], names[1][0], names[1][1]));
        sb.append("precision by confidence (tp / pred):");
        for (int i = 0; i < floors.length; i++) {
            boolean last = i == floors.length - 1;
            sb.append(String.format("  %s%.1f: %d / %d%s", last ? "<" : ">=", last ? floors[i - 1] : floors[i],
                    n[i][0], n[i][1], n[i][1] == 0 ? "" : String.format(" (%.2f)", n[i][0] / (double) n[i][1])));
        }
        return sb.append('\n').append(calibrationError(predicted, gold)).toString();
    }

    /**
     * How far the confidence is from how often statements are right: the mean confidence beside the precision, and
     * the expected calibration error (statements in ten equal bins of confidence; the mean over statements of the gap
     * between their bin's mean confidence and its precision). 0 is a confidence that says exactly how often it is right.
     */
    String calibrationError(Set<Stmt> predicted, Set<Stmt> gold) {
        double[][] bins = new double[10][3];
        double sum = 0;
        for (Stmt p : predicted) {
            double c = sources.containsKey(p) ? sources.get(p).confidence() : 0.0;
            double[] b = bins[Math.min(9, (int) (c * 10))];
            b[0] += c;
            b[1] += gold.contains(p) ? 1 : 0;
            b[2]++;
            sum += c;
        }
        int n = predicted.size();
        double ece = 0;
        for (double[] b : bins) {
            ece += b[2] == 0 ? 0 : Math.abs(b[0] - b[1]) / n;
        }
        long right = predicted.stream().filter(gold::contains).count();
        return n == 0 ? "" : String.format("calibration: mean confidence %.3f, precision %.3f, expected calibration error %.3f%n",
                sum / n, right / (double) n, ece);
    }

    /**
     * The rules that read the most wrong statements, with how many they read in all: where precision is lost. It
     * names rules, so it is printed for the sets whose rows are read, never for a held-out set.
     */
    public String wrongByRule(Set<Stmt> predicted, Set<Stmt> gold, int most) {
        Map<String, int[]> per = new TreeMap<>();
        for (Stmt p : predicted) {
            for (String rule : sources.containsKey(p) ? sources.get(p).rules() : Set.of("(none)")) {
                int[] c = per.computeIfAbsent(rule, k -> new int[2]);
                c[1]++;
                if (!gold.contains(p)) {
                    c[0]++;
                }
            }
        }
        StringBuilder sb = new StringBuilder("rules reading the most wrong statements (wrong / read):\n");
        per.entrySet().stream().filter(e -> e.getValue()[0] > 0)
                .sorted((a, b) -> b.getValue()[0] != a.getValue()[0] ? b.getValue()[0] - a.getValue()[0] : a.getKey().compareTo(b.getKey()))
                .limit(most).forEach(e -> sb.append(String.format("  %-56s %4d / %d%n", e.getKey(), e.getValue()[0], e.getValue()[1])));
        return sb.toString();
    }

    private String render(Node o, Pipeline.Result r, Map<String, String> unlinked) {
        if (o.isLiteral()) {
            return o.getLiteralLanguage().isEmpty() ? o.getLiteralLexicalForm() : key(o.getLiteralLexicalForm());
        }
        Quantity q = r.facts().quantities().get(o);
        if (q != null) {
            String v = q.value().map(ValueNodesAccess::plain).orElse(q.min().map(ValueNodesAccess::plain).orElse("")
                    + "-" + q.max().map(ValueNodesAccess::plain).orElse(""));
            return (ValueNodes.qualifierSegment(q.qualifier()) + " " + v + " " + q.unit()).strip();
        }
        TimeValue t = r.facts().times().get(o);
        if (t != null) {
            return t.canonical().map(QualityEvaluator::partOfYear).orElse("unresolved:" + t.surface());
        }
        String iri = o.getURI();
        if (iri.startsWith(TS.NS)) {
            return iri.substring(TS.NS.length()).toLowerCase();
        }
        return unlinked.getOrDefault(iri, iri);
    }

    private static void add(Set<Stmt> out, String article, String family, Map<String, List<String>> fields) {
        List<String> ids = new ArrayList<>();
        Set<String> idFields = new TreeSet<>();
        for (String element : IDENTITY.getOrDefault(family, List.of())) {
            String found = "-";
            for (String alt : element.split("\\|")) {
                if (fields.containsKey(alt)) {
                    found = alt + "=" + fields.get(alt).get(0);
                    idFields.add(alt);
                    break;
                }
            }
            ids.add(found);
        }
        String identity = String.join(" ", ids);
        out.add(new Stmt(article, family, identity, "*", ""));
        fields.forEach((f, vs) -> {
            if (!idFields.contains(f)) {
                vs.forEach(v -> out.add(new Stmt(article, family, identity, f, v)));
            }
        });
    }

    /** Scores predicted against gold. */
    public static Score score(Set<Stmt> predicted, Set<Stmt> gold) {
        Map<String, int[]> per = new TreeMap<>();
        for (Stmt s : predicted) {
            per.computeIfAbsent(s.family(), k -> new int[3])[1]++;
            if (gold.contains(s)) {
                per.get(s.family())[0]++;
            }
        }
        for (Stmt s : gold) {
            per.computeIfAbsent(s.family(), k -> new int[3])[2]++;
        }
        Map<String, Counts> fam = new TreeMap<>();
        int[] all = new int[3];
        per.forEach((f, c) -> {
            fam.put(f, new Counts(c[0], c[1], c[2]));
            for (int i = 0; i < 3; i++) {
                all[i] += c[i];
            }
        });
        Set<Stmt> missed = new TreeSet<>(java.util.Comparator.comparing(Stmt::toString));
        gold.stream().filter(s -> !predicted.contains(s)).forEach(missed::add);
        Set<Stmt> wrong = new TreeSet<>(java.util.Comparator.comparing(Stmt::toString));
        predicted.stream().filter(s -> !gold.contains(s)).forEach(wrong::add);
        return new Score(fam, new Counts(all[0], all[1], all[2]), missed, wrong);
    }

    /**
     * The entities an article's build names: every mention's entity (linked IRI or unlinked key) and every entity
     * value of a predicted statement (an organisation derived from its unit is named by no mention).
     */
    public Map<String, Set<String>> present(List<Pipeline.Result> results, Set<Stmt> predicted) {
        Map<String, Set<String>> out = new TreeMap<>();
        for (Pipeline.Result r : results) {
            Set<String> names = out.computeIfAbsent(r.article().stem(), k -> new HashSet<>());
            for (Mention m : r.mentions()) {
                names.add(m.entity().linked() ? m.entity().iri() : m.entity().kind() == EntityKind.MARKET
                        ? "unlinked:" + key(m.entity().label()) : "unlinked:" + nameKey(m.entity().label()));
            }
        }
        for (Stmt s : predicted) {
            Set<String> names = out.computeIfAbsent(s.article(), k -> new HashSet<>());
            identity(s.identity()).values().forEach(names::add);
            names.add(s.value());
        }
        return out;
    }

    private static Map<String, String> identity(String identity) {
        Map<String, String> out = new TreeMap<>();
        for (String part : identity.split(" ")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                out.put(part.substring(0, eq), part.substring(eq + 1));
            }
        }
        return out;
    }

    /** Whether an unlinked name found in the article contains the given one or lies inside it (a boundary error). */
    private static boolean overlaps(String unlinked, Set<String> names) {
        String k = unlinked.substring("unlinked:".length());
        return names.stream().filter(n -> n.startsWith("unlinked:")).map(n -> n.substring("unlinked:".length()))
                .anyMatch(n -> !n.isEmpty() && (n.contains(k) || k.contains(n)));
    }

    private static boolean isEntity(String v) {
        return v.startsWith("unlinked:") || v.startsWith("http");
    }

    /** Why a gold statement was missed; the first that applies, in this order. */
    enum Cause {
        ENTITY("an identity entity is named nowhere in the article's build"),
        IDENTITY("a fact of the family shares the first identity field but differs in another"),
        NO_FACT("the entities are there, no fact of the family with them"),
        FIELD_ABSENT("the fact is there without this field"),
        FIELD_DIFFERS("the fact is there with another value of this field"),
        VALUE_ENTITY("the field's entity value is named nowhere in the article's build");

        final String meaning;

        Cause(String meaning) {
            this.meaning = meaning;
        }
    }

    /**
     * Each missed gold statement (in gold, not predicted) with the first cause that applies, in the order of
     * {@link Cause}: what {@link #causes} counts, and what {@code -Dquality.details} prints on each MISSED line.
     * {@code present} holds the entity keys each article's build names.
     */
    public static Map<Stmt, Cause> missCauses(Set<Stmt> predicted, Set<Stmt> gold, Map<String, Set<String>> present) {
        Set<String> facts = new HashSet<>();
        Map<String, Set<String>> fieldsOf = new HashMap<>();
        Set<String> firstIds = new HashSet<>();
        for (Stmt p : predicted) {
            String fact = p.article() + "|" + p.family() + "|" + p.identity();
            facts.add(fact);
            fieldsOf.computeIfAbsent(fact, k -> new HashSet<>()).add(p.field());
            firstIds.add(p.article() + "|" + p.family() + "|" + p.identity().split(" ")[0]);
        }
        Map<Stmt, Cause> out = new LinkedHashMap<>();
        for (Stmt g : gold) {
            if (predicted.contains(g)) {
                continue;
            }
            Set<String> names = present.getOrDefault(g.article(), Set.of());
            String fact = g.article() + "|" + g.family() + "|" + g.identity();
            Cause c;
            if (identity(g.identity()).values().stream().anyMatch(v -> isEntity(v) && !names.contains(v))) {
                c = Cause.ENTITY;
            } else if (!facts.contains(fact)) {
                c = firstIds.contains(g.article() + "|" + g.family() + "|" + g.identity().split(" ")[0])
                        ? Cause.IDENTITY : Cause.NO_FACT;
            } else if (isEntity(g.value()) && !names.contains(g.value())) {
                c = Cause.VALUE_ENTITY;
            } else {
                c = fieldsOf.get(fact).contains(g.field()) ? Cause.FIELD_DIFFERS : Cause.FIELD_ABSENT;
            }
            out.put(g, c);
        }
        return out;
    }

    /**
     * Counts of missed gold statements by cause, per family, and of missed fields: aggregate figures that say which
     * capability (finding names, firing a rule, reading a value) limits recall without printing any statement, so
     * they may be read for the blind sets too.
     */
    public static String causes(Set<Stmt> predicted, Set<Stmt> gold, Map<String, Set<String>> present) {
        Map<String, int[]> per = new TreeMap<>();
        Map<String, Integer> fields = new TreeMap<>();
        Map<String, Integer> absentNames = new TreeMap<>();
        int[] all = new int[Cause.values().length];
        missCauses(predicted, gold, present).forEach((g, c) -> {
            Set<String> names = present.getOrDefault(g.article(), Set.of());
            if (c == Cause.ENTITY && g.field().equals("*")) {
                identity(g.identity()).forEach((f, v) -> {
                    if (isEntity(v) && !names.contains(v)) {
                        absentNames.merge(f + (!v.startsWith("unlinked:") ? " (in registry)"
                                : overlaps(v, names) ? " (unlinked, a longer or shorter name found)" : " (unlinked)"), 1, Integer::sum);
                    }
                });
            }
            per.computeIfAbsent(g.family(), k -> new int[Cause.values().length])[c.ordinal()]++;
            all[c.ordinal()]++;
            if (c != Cause.ENTITY && c != Cause.NO_FACT && c != Cause.IDENTITY && !g.field().equals("*")) {
                fields.merge(g.field(), 1, Integer::sum);
            }
        });
        StringBuilder sb = new StringBuilder(causeTable("missed by cause", Cause.values(), per, all));
        sb.append("missed fields of found facts: ").append(fields).append('\n');
        sb.append("facts missed for a name not found, by identity field: ").append(absentNames).append('\n');
        for (Cause c : Cause.values()) {
            sb.append(legend(c, c.meaning));
        }
        return sb.toString();
    }

    /** Why a predicted statement is wrong; the first that applies, in this order. */
    enum WrongCause {
        NAME("an identity entity is named in no gold line of the article (a name the reader did not take)"),
        NAME_BOUNDARY("as name, but a gold name of the article contains it or lies inside it"),
        IDENTITY("gold has a fact of the family with the same first identity field, differing in another"),
        NO_GOLD_FACT("the names are the reader's, but gold has no fact of the family with them"),
        FIELD_EXTRA("gold has the fact without this field"),
        FIELD_DIFFERS("gold has the fact with another value of this field");

        final String meaning;

        WrongCause(String meaning) {
            this.meaning = meaning;
        }
    }

    /**
     * Each wrong predicted statement (predicted, not in gold) with the first cause that applies, in the order of
     * {@link WrongCause}: what {@link #wrongCauses} counts, and what {@code -Dquality.details} prints on each WRONG line.
     */
    public static Map<Stmt, WrongCause> wrongCauseOf(Set<Stmt> predicted, Set<Stmt> gold) {
        Map<String, Set<String>> goldNames = new HashMap<>();
        Set<String> facts = new HashSet<>();
        Map<String, Set<String>> fieldsOf = new HashMap<>();
        Set<String> firstIds = new HashSet<>();
        for (Stmt g : gold) {
            Set<String> names = goldNames.computeIfAbsent(g.article(), k -> new HashSet<>());
            identity(g.identity()).values().stream().filter(QualityEvaluator::isEntity).forEach(names::add);
            if (isEntity(g.value())) {
                names.add(g.value());
            }
            String fact = g.article() + "|" + g.family() + "|" + g.identity();
            facts.add(fact);
            fieldsOf.computeIfAbsent(fact, k -> new HashSet<>()).add(g.field());
            firstIds.add(g.article() + "|" + g.family() + "|" + g.identity().split(" ")[0]);
        }
        Map<Stmt, WrongCause> out = new LinkedHashMap<>();
        for (Stmt p : predicted) {
            if (gold.contains(p)) {
                continue;
            }
            Set<String> names = goldNames.getOrDefault(p.article(), Set.of());
            String fact = p.article() + "|" + p.family() + "|" + p.identity();
            List<String> absent = identity(p.identity()).values().stream()
                    .filter(v -> isEntity(v) && !names.contains(v)).toList();
            WrongCause c;
            if (!absent.isEmpty()) {
                c = absent.stream().allMatch(v -> v.startsWith("unlinked:") && overlaps(v, names))
                        ? WrongCause.NAME_BOUNDARY : WrongCause.NAME;
            } else if (!facts.contains(fact)) {
                c = firstIds.contains(p.article() + "|" + p.family() + "|" + p.identity().split(" ")[0])
                        ? WrongCause.IDENTITY : WrongCause.NO_GOLD_FACT;
            } else {
                c = fieldsOf.get(fact).contains(p.field()) ? WrongCause.FIELD_DIFFERS : WrongCause.FIELD_EXTRA;
            }
            out.put(p, c);
        }
        return out;
    }

    /**
     * Counts of wrong predicted statements by cause, per family: the precision side of {@link #causes}, aggregate
     * only, so it may be read for the blind sets too.
     */
    public static String wrongCauses(Set<Stmt> predicted, Set<Stmt> gold) {
        Map<String, int[]> per = new TreeMap<>();
        int[] all = new int[WrongCause.values().length];
        wrongCauseOf(predicted, gold).forEach((p, c) -> {
            per.computeIfAbsent(p.family(), k -> new int[WrongCause.values().length])[c.ordinal()]++;
            all[c.ordinal()]++;
        });
        StringBuilder sb = new StringBuilder(causeTable("wrong by cause", WrongCause.values(), per, all));
        for (WrongCause c : WrongCause.values()) {
            sb.append(legend(c, c.meaning));
        }
        return sb.toString();
    }

    /** A table of counts per family, one column per cause, and an OVERALL row. */
    private static String causeTable(String title, Enum<?>[] causes, Map<String, int[]> per, int[] all) {
        StringBuilder sb = new StringBuilder(String.format("%-24s", title));
        for (Enum<?> c : causes) {
            sb.append(String.format(" %13s", c.name().toLowerCase().replace('_', '-')));
        }
        sb.append('\n');
        per.forEach((f, n) -> sb.append(causeRow(f, n)));
        return sb.append(causeRow("OVERALL", all)).toString();
    }

    private static String legend(Enum<?> c, String meaning) {
        return "  " + c.name().toLowerCase().replace('_', '-') + ": " + meaning + "\n";
    }

    private static String causeRow(String family, int[] n) {
        StringBuilder sb = new StringBuilder(String.format("%-24s", family));
        for (int x : n) {
            sb.append(String.format(" %13d", x));
        }
        return sb.append('\n').toString();
    }

    /** Access to the number formatting the IRIs use. */
    private static final class ValueNodesAccess {
        static String plain(java.math.BigDecimal d) {
            java.math.BigDecimal s = d.stripTrailingZeros();
            return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
        }
    }
}
