package dev.techshift.loader.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The typed view's token syntax and the expansion of rule placeholders: {@code {ORG}} matches one organisation
 * token, {@code {ORG|UNIT}} either kind, {@code {PCT+}} an enumeration ("13.2%、13.1%和9.3%"), {@code {!ORG}} "no
 * organisation token starts here" (to write gaps that do not skip over another organisation). A token may carry a
 * mark of its entity's categories from the registry (a role's {@code ts:roleCategory}, see {@link Categories}):
 * {@code {ROLE:founder}} matches only a role of that category, {@code {ROLE:!founder}} only one without it,
 * {@code {ROLE:chief:executive}} one with both, {@code {ROLE}} any role.
 * <pre>
 *   String regex = Placeholders.expand("(?&lt;organization&gt;{ROLE:founder})", categories);
 *   Placeholders.token("ORG", "", 3);   // the token for span 3
 * </pre>
 */
public final class Placeholders {

    static final char OPEN = '\uE000';
    static final char MID = '\uE001';
    static final char CLOSE = '\uE002';
    /** A token in the typed text: type, category mark and span index. */
    static final Pattern TOKEN = Pattern.compile(OPEN + "(?<type>[A-Z]+)(?<mark>[\uE100-\uE4FF]?)" + MID
            + "(?<index>\\d+)" + CLOSE);
    private static final String ALTERNATIVE = "[A-Z]+(?::!?[a-z][a-z0-9-]*)*";
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "\\{(!?)(" + ALTERNATIVE + "(?:\\|" + ALTERNATIVE + ")*)(\\+?)\\}");
    private static final String SEPARATOR = "\\s*(?:、|,|，|;|/|和|与|及|以及|, and|and|or|或)\\s*";
    private static final String EVERY_ENTITY = "ORG|UNIT|PERSON|PRODUCT|PLACE|MARKET|ROLE";

    private Placeholders() {}

    static String token(String type, int index) {
        return token(type, "", index);
    }

    /** The token of span {@code index}: its type, its category mark ({@link Categories#mark}, or "") and index. */
    static String token(String type, String mark, int index) {
        return OPEN + type + mark + MID + index + CLOSE;
    }

    /** Expands every placeholder of a rule pattern into a regular expression over tokens, without categories. */
    public static String expand(String source) {
        return expand(source, Categories.NONE);
    }

    /** Expands every placeholder; a category the vocabulary does not hold throws IllegalArgumentException. */
    public static String expand(String source, Categories categories) {
        Matcher m = PLACEHOLDER.matcher(source);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String types = m.group(2).equals("ENT") ? EVERY_ENTITY : m.group(2);
            List<String> alternatives = new ArrayList<>();
            for (String alternative : types.split("\\|")) {
                alternatives.add(alternative(alternative, categories));
            }
            String one = OPEN + "(?:" + String.join("|", alternatives) + ")" + MID + "\\d+" + CLOSE;
            // a place written straight before another is its wider area ("印度班加罗尔"): one element of a list
            String element = types.equals("PLACE") ? one + "(?:" + one + ")?" : one;
            String expansion = m.group(3).isEmpty() ? one : element + "(?:" + SEPARATOR + element + ")*";
            String regex = m.group(1).isEmpty() ? "(?:" + expansion + ")" : "(?!" + one + ")";
            m.appendReplacement(sb, Matcher.quoteReplacement(regex));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** {@code ROLE:founder:!chief}: the type, then the marks that have every category named and none negated. */
    private static String alternative(String alternative, Categories categories) {
        String[] parts = alternative.split(":");
        if (parts.length == 1) {
            return parts[0] + categories.any();
        }
        List<String> required = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            if (parts[i].startsWith("!")) {
                excluded.add(parts[i].substring(1));
            } else {
                required.add(parts[i]);
            }
        }
        return parts[0] + categories.matching(required, excluded);
    }
}
