package dev.techshift.loader.values;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The words the quantity parser knows, read from {@code data/rules/values.json}: units and counters,
 * currencies, percent words (and fractions read as percentages: "a fifth of", "一半"), scale words (and letters read as one
 * only right after a number: "€200m"), qualifiers, vague amounts, range connectors and set phrases
 * whose numerals are not amounts, the labels of a numbers box whose bare figure counts their unit ("Employees: 5,840"), and
 * the unit of a bare number written right before a product's name ("supply 60,000 Haldr tags": {@code units.productCount}).
 * <pre>
 *   ValueLexicon lex = ValueLexicon.load(options.rules().resolve(ValueLexicon.FILE));
 *   lex.currenciesAfter().get("美元");   // "USD"
 * </pre>
 */
public record ValueLexicon(Map<String, String> unitsZh, Map<String, String> unitsEn, List<String> englishStopWords,
                           Map<String, String> nouns,
                           Map<String, String> currenciesBefore, Map<String, String> currenciesAfter,
                           List<String> percentAfter, List<String> percentBefore, List<String> percentTenths,
                           List<String> tenthsNouns, Map<String, BigDecimal> fractions,
                           Map<String, BigDecimal> scales, Map<String, BigDecimal> gluedScales,
                           Map<String, Quantity.Qualifier> qualifiersBefore, Map<String, Quantity.Qualifier> qualifiersAfter,
                           Map<String, int[]> vagueMultipliers, Map<String, BigDecimal> vaguePlurals,
                           List<String> atLeastBeforeScale, List<String> rangeConnectors, List<String> notAmounts,
                           Map<String, BigDecimal> numberWords, Map<String, String> labels,
                           String bareYuanCurrency, List<String> bareYuanMarks, List<String> bareYuanUnless,
                           String productCountUnit) {

    /** The lexicon file's name inside {@code data/rules}. */
    public static final String FILE = "values.json";

    /** Reads the lexicon; a malformed file is an error naming the file, the place and the problem. */
    public static ValueLexicon load(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(file + ": the JSON is malformed at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage() + ".", e);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read the value lexicon: " + e.getMessage(), e);
        }
        Reader r = new Reader(file, root);
        Map<String, int[]> multipliers = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : r.entries("vague", "multipliers")) {
            JsonNode v = e.getValue();
            if (!v.isArray() || v.size() != 2 || !v.get(0).isInt() || !v.get(1).isInt()) {
                throw r.error("vague.multipliers." + e.getKey(), "must be a pair of whole numbers [min, max]");
            }
            multipliers.put(e.getKey(), new int[] {v.get(0).asInt(), v.get(1).asInt()});
        }
        return new ValueLexicon(r.strings("units", "zh"), r.strings("units", "en"), r.list("units", "enStopWords"),
                r.strings("nouns"), r.strings("currencies", "before"), r.strings("currencies", "after"),
                r.list("percent", "after"), r.list("percent", "before"), r.list("percent", "tenths"),
                r.list("percent", "tenthsNouns"), r.numbers("percent", "fractions"), r.numbers("scales"), r.numbers("gluedScales"),
                r.qualifiers("qualifiers", "before"), r.qualifiers("qualifiers", "after"),
                Map.copyOf(multipliers), r.numbers("vague", "plurals"), r.list("vague", "atLeast"),
                r.list("ranges", "connectors"), r.list("notAmounts", "phrases"), r.numbers("numberWords", "words"),
                r.strings("labels", "words"), r.node("currencies", "bareYuan", "currency").asText(),
                r.list("currencies", "bareYuan", "marks"), r.list("currencies", "bareYuan", "unless"),
                r.node("units", "productCount", "unit").asText());
    }

    /** Walks the JSON tree, skipping "comment" entries, and names the field in every error. */
    private record Reader(Path file, JsonNode root) {

        IllegalArgumentException error(String field, String problem) {
            return new IllegalArgumentException(file + ": field '" + field + "' " + problem + ".");
        }

        JsonNode node(String... path) {
            JsonNode n = root;
            for (String p : path) {
                n = n == null ? null : n.get(p);
            }
            if (n == null) {
                throw error(String.join(".", path), "is missing");
            }
            return n;
        }

        List<Map.Entry<String, JsonNode>> entries(String... path) {
            JsonNode n = node(path);
            if (!n.isObject()) {
                throw error(String.join(".", path), "must be an object");
            }
            List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
            for (Map.Entry<String, JsonNode> e : n.properties()) {
                if (!e.getKey().equals("comment")) {
                    out.add(e);
                }
            }
            return out;
        }

        Map<String, String> strings(String... path) {
            Map<String, String> out = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : entries(path)) {
                if (!e.getValue().isTextual()) {
                    throw error(String.join(".", path) + "." + e.getKey(), "must be a string");
                }
                out.put(e.getKey(), e.getValue().asText());
            }
            return Map.copyOf(out);
        }

        Map<String, BigDecimal> numbers(String... path) {
            Map<String, BigDecimal> out = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : entries(path)) {
                if (!e.getValue().isNumber()) {
                    throw error(String.join(".", path) + "." + e.getKey(), "must be a number");
                }
                out.put(e.getKey(), e.getValue().decimalValue());
            }
            return Map.copyOf(out);
        }

        Map<String, Quantity.Qualifier> qualifiers(String... path) {
            Map<String, Quantity.Qualifier> out = new LinkedHashMap<>();
            for (Map.Entry<String, String> e : strings(path).entrySet()) {
                try {
                    out.put(e.getKey(), Quantity.Qualifier.valueOf(e.getValue()));
                } catch (IllegalArgumentException ex) {
                    throw error(String.join(".", path) + "." + e.getKey(), "must be APPROXIMATE, AT_LEAST or AT_MOST, not '"
                            + e.getValue() + "'");
                }
            }
            return Map.copyOf(out);
        }

        List<String> list(String... path) {
            JsonNode n = node(path);
            if (!n.isArray()) {
                throw error(String.join(".", path), "must be an array of strings");
            }
            List<String> out = new ArrayList<>();
            n.forEach(x -> out.add(x.asText()));
            return List.copyOf(out);
        }
    }
}
