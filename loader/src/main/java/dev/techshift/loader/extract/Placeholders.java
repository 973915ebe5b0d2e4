package dev.techshift.loader.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The typed view's token syntax and the expansion of rule placeholders: {@code {ORG}} matches one organisation
 * token, {@code {ORG|UNIT}} either kind, {@code {PCT+}} an enumeration ("13.2%、13.1%和9.3%"), {@code {!ORG}} "no
 * organisation token starts here" (to write gaps that do not skip over another organisation).
 * <pre>
 *   String regex = Placeholders.expand("(?&lt;organization&gt;{ORG})关闭");
 *   Placeholders.token("ORG", 3);   // the token for span 3
 * </pre>
 */
public final class Placeholders {

    static final char OPEN = '\uE000';
    static final char MID = '\uE001';
    static final char CLOSE = '\uE002';
    /** A token in the typed text: type and span index. */
    static final Pattern TOKEN = Pattern.compile(OPEN + "([A-Z]+)" + MID + "(\\d+)" + CLOSE);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(!?)([A-Z]+(?:\\|[A-Z]+)*)(\\+?)\\}");
    private static final String SEPARATOR = "\\s*(?:、|,|，|;|/|和|与|及|以及|, and|and|or|或)\\s*";

    private Placeholders() {}

    static String token(String type, int index) {
        return OPEN + type + MID + index + CLOSE;
    }

    /** Expands every placeholder of a rule pattern into a regular expression over tokens. */
    public static String expand(String source) {
        Matcher m = PLACEHOLDER.matcher(source);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String types = m.group(2).equals("ENT") ? "ORG|UNIT|PERSON|PRODUCT|PLACE|MARKET|ROLE" : m.group(2);
            String one = OPEN + "(?:" + types + ")" + MID + "\\d+" + CLOSE;
            String expansion = m.group(3).isEmpty() ? one : one + "(?:" + SEPARATOR + one + ")*";
            String regex = m.group(1).isEmpty() ? "(?:" + expansion + ")" : "(?!" + one + ")";
            m.appendReplacement(sb, Matcher.quoteReplacement(regex));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
