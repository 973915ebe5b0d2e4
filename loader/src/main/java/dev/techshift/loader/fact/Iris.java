package dev.techshift.loader.fact;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Mints every instance IRI of the model contract from a base: articles, sentences, mentions, facts, statements,
 * evidence, quantities, times, rules, runs, graphs.
 * <pre>
 *   Iris iris = new Iris("http://localhost:3030/");
 *   iris.article("003_88a10c980630acae");   // http://localhost:3030/id/article/003_88a10c980630acae
 * </pre>
 */
public record Iris(String base) {

    public String id() {
        return base + "id/";
    }

    public String article(String stem) {
        return id() + "article/" + stem;
    }

    public String sentence(String stem, int index) {
        return article(stem) + "/s/" + index;
    }

    public String mention(String stem, int begin, int end) {
        return article(stem) + "/m/" + begin + "-" + end;
    }

    public String fact(String family, String key) {
        return id() + "fact/" + family + "/" + hash12(key);
    }

    public String statement(String fact, String predicate, String objectTerm) {
        return id() + "stmt/" + hash12(fact + " " + predicate + " " + objectTerm);
    }

    public String evidence(String stem, String statement, int begin, int end) {
        return article(stem) + "/ev/" + hash12(statement + " " + begin + " " + end);
    }

    public String quantity(String qualifier, String value, String unit) {
        return id() + "quantity/" + qualifier + "/" + value + "/" + (unit.isEmpty() ? "count" : unit);
    }

    public String time(String canonical) {
        return id() + "time/" + canonical;
    }

    public String unresolvedTime(String stem, String phrase) {
        return id() + "time/unresolved/" + hash12(stem + phrase);
    }

    public String rule(String ruleId) {
        return id() + "rule/" + ruleId;
    }

    public String run(String key) {
        return id() + "run/" + hash12(key);
    }

    public String agent() {
        return id() + "agent/techshift-loader";
    }

    public String marketShareDataset() {
        return id() + "dataset/market-share";
    }

    public String graph(String name) {
        return base + "graph/" + name;
    }

    public String articleGraph(String stem) {
        return graph("article/" + stem);
    }

    /** The first 12 hex digits of SHA-256 over the UTF-8 bytes. */
    public static String hash12(String s) {
        return sha256(s).substring(0, 12);
    }

    public static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
