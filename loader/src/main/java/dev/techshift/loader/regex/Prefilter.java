package dev.techshift.loader.regex;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a text must contain for a regular expression to have any match in it, derived once from the expression:
 * a conjunction of clauses, each a set of strings of which at least one must occur in the text. A rule's
 * pattern is only run on a typed sentence that satisfies its prefilter, so the regex engine is not tried at every
 * position of every sentence for every rule.
 * <pre>
 *   Prefilter p = Prefilter.of("(?&lt;member&gt;\uE000(?:PERSON)\uE001\\d+\uE002)\\s*(?:辞去|卸任)");
 *   p.mayMatch("...");   // false unless the text holds "\uE000PERSON\uE001" and one of "辞去", "卸任"
 * </pre>
 * The analysis works on the expanded expression (the token syntax is just literal characters to it), so any
 * placeholder type Placeholders expands to is covered without listing types here. It is conservative: a part that
 * may match empty (optional, {@code *}, {@code {0,n}}), a lookaround, a character class, a back-reference or
 * a group with flags ({@code (?i:...)}) or anything it does not parse contributes no requirement, and an expression
 * with flags that are not scoped to a group ({@code (?i)}) or with comments mode ({@code x}) gets none at all. So {@code mayMatch} is false only when the expression cannot match.
 */
public final class Prefilter {

    /** The prefilter that requires nothing. */
    public static final Prefilter NONE = new Prefilter(List.of());

    /** Largest set of alternative exact strings kept before it becomes a clause. */
    private static final int MAX_EXACT = 64;
    /** Most clauses kept (dropping clauses only weakens the filter). */
    private static final int MAX_CLAUSES = 12;

    private final List<String[]> clauses;

    private Prefilter(List<String[]> clauses) {
        this.clauses = clauses;
    }

    /** The prefilter of a Java regular expression (compiled without flags); {@link #NONE} when unsure. */
    public static Prefilter of(String regex) {
        Info info;
        try {
            Parser p = new Parser(regex);
            info = p.alternation();
            if (p.pos < regex.length()) {
                return NONE;
            }
        } catch (Unsupported e) {
            return NONE;
        }
        List<Set<String>> cs = clauses(info);
        List<String[]> out = new ArrayList<>();
        for (Set<String> c : cs) {
            out.add(c.toArray(String[]::new));
        }
        // Most selective first: the clause whose shortest string is longest.
        out.sort(Comparator.comparingInt((String[] c) -> minLength(c)).reversed());
        return new Prefilter(List.copyOf(out.subList(0, Math.min(out.size(), MAX_CLAUSES))));
    }

    /** False only when the expression cannot match anywhere in {@code text}. */
    public boolean mayMatch(String text) {
        for (String[] clause : clauses) {
            boolean any = false;
            for (String s : clause) {
                if (text.contains(s)) {
                    any = true;
                    break;
                }
            }
            if (!any) {
                return false;
            }
        }
        return true;
    }

    /** The clauses, for tests and diagnostics: each inner list holds alternatives, one of which must occur. */
    public List<List<String>> requirements() {
        return clauses.stream().map(List::of).toList();
    }

    @Override
    public String toString() {
        return requirements().toString();
    }

    private static int minLength(String[] c) {
        int m = Integer.MAX_VALUE;
        for (String s : c) {
            m = Math.min(m, s.length());
        }
        return m;
    }

    // ---- analysis ----

    /**
     * What a part of the expression matches: {@code exact} the finite set of strings it can match (null when not
     * known or too many), else {@code clauses}, requirements on any text it matches.
     */
    private record Info(Set<String> exact, List<Set<String>> clauses) {
        static final Info ANY = new Info(null, List.of());
        static final Info EMPTY = new Info(Set.of(""), List.of());

        static Info exact(Set<String> s) {
            return s.size() <= MAX_EXACT ? new Info(s, List.of()) : new Info(null, clause(s));
        }
    }

    private static List<Set<String>> clause(Set<String> s) {
        return s.contains("") || s.size() > MAX_EXACT * 4 ? List.of() : List.of(s);
    }

    private static List<Set<String>> clauses(Info i) {
        return i.exact() != null ? clause(i.exact()) : i.clauses();
    }

    private static Info concat(Info a, Info b) {
        if (a.exact() != null && b.exact() != null && (long) a.exact().size() * b.exact().size() <= MAX_EXACT) {
            Set<String> out = new LinkedHashSet<>();
            for (String x : a.exact()) {
                for (String y : b.exact()) {
                    out.add(x + y);
                }
            }
            return new Info(out, List.of());
        }
        List<Set<String>> out = new ArrayList<>(clauses(a));
        out.addAll(clauses(b));
        return new Info(null, cap(out));
    }

    private static Info alternate(Info a, Info b) {
        if (a.exact() != null && b.exact() != null) {
            Set<String> out = new LinkedHashSet<>(a.exact());
            out.addAll(b.exact());
            return Info.exact(out);
        }
        List<Set<String>> ca = clauses(a);
        List<Set<String>> cb = clauses(b);
        if (ca.isEmpty() || cb.isEmpty()) {
            return Info.ANY;
        }
        // (a1 and a2 ...) or (b1 and b2 ...) implies (ai or bj) for every i, j.
        List<Set<String>> out = new ArrayList<>();
        for (Set<String> x : ca) {
            for (Set<String> y : cb) {
                Set<String> u = new LinkedHashSet<>(x);
                u.addAll(y);
                out.add(u);
            }
        }
        return new Info(null, cap(out));
    }

    private static List<Set<String>> cap(List<Set<String>> cs) {
        List<Set<String>> out = new ArrayList<>();
        for (Set<String> c : cs) {
            if (!c.contains("") && !out.contains(c) && out.size() < MAX_CLAUSES * 2) {
                out.add(c);
            }
        }
        return out;
    }

    /** Raised for syntax the analysis does not follow; the expression then gets no prefilter. */
    private static final class Unsupported extends RuntimeException {
        Unsupported() {
            super(null, null, false, false);
        }
    }

    /** A recursive-descent reader of Java regex syntax, by code point. */
    private static final class Parser {
        final String s;
        int pos;

        Parser(String s) {
            this.s = s;
        }

        boolean more() {
            return pos < s.length();
        }

        int peek() {
            return s.codePointAt(pos);
        }

        int next() {
            int c = s.codePointAt(pos);
            pos += Character.charCount(c);
            return c;
        }

        void expect(int c) {
            if (!more() || next() != c) {
                throw new Unsupported();
            }
        }

        Info alternation() {
            Info acc = sequence();
            while (more() && peek() == '|') {
                next();
                acc = alternate(acc, sequence());
            }
            return acc;
        }

        /**
         * A concatenation: runs of exactly known parts are joined into longer strings ("关" "闭" into "关闭", across an
         * unknown part before them), each other part adds its own clauses.
         */
        Info sequence() {
            List<Set<String>> done = new ArrayList<>();
            Info run = Info.EMPTY;
            boolean exact = true;
            while (more() && peek() != '|' && peek() != ')') {
                Info x = quantified(atom());
                if (x.exact() != null) {
                    Info joined = concat(run, x);
                    if (joined.exact() != null) {
                        run = joined;
                    } else {
                        done.addAll(clauses(run));
                        run = x;
                    }
                } else {
                    exact = false;
                    done.addAll(clauses(run));
                    done.addAll(x.clauses());
                    run = Info.EMPTY;
                }
            }
            if (exact) {
                return run;
            }
            done.addAll(clauses(run));
            return new Info(null, cap(done));
        }

        Info quantified(Info atom) {
            if (!more()) {
                return atom;
            }
            int c = peek();
            int min;
            if (c == '?' || c == '*' || c == '+') {
                next();
                min = c == '+' ? 1 : 0;
            } else if (c == '{') {
                next();
                min = number();
                if (more() && peek() == ',') {
                    next();
                    if (more() && peek() != '}') {
                        number();
                    }
                }
                expect('}');
            } else {
                return atom;
            }
            if (more() && (peek() == '?' || peek() == '+')) {
                next();
            }
            if (more() && (peek() == '?' || peek() == '*' || peek() == '+' || peek() == '{')) {
                throw new Unsupported();
            }
            if (min >= 1) {
                return new Info(null, clauses(atom));
            }
            if (c == '?' && atom.exact() != null) {
                Set<String> out = new LinkedHashSet<>(atom.exact());
                out.add("");
                return Info.exact(out);
            }
            return Info.ANY;
        }

        int number() {
            int start = pos;
            while (more() && peek() >= '0' && peek() <= '9') {
                next();
            }
            if (start == pos || pos - start > 6) {
                throw new Unsupported();
            }
            return Integer.parseInt(s.substring(start, pos));
        }

        Info atom() {
            int c = next();
            switch (c) {
                case '(':
                    return group();
                case '[':
                    return characterClass();
                case '.':
                    return Info.ANY;
                case '^':
                case '$':
                    return Info.EMPTY;
                case '\\':
                    return escape();
                case '*':
                case '+':
                case '?':
                case '{':
                    throw new Unsupported();
                default:
                    return Info.exact(Set.of(Character.toString(c)));
            }
        }

        Info group() {
            boolean zeroWidth = false;
            if (more() && peek() == '?') {
                next();
                int k = more() ? next() : -1;
                if (k == '=' || k == '!') {
                    zeroWidth = true;
                } else if (k == '<') {
                    int k2 = more() ? peek() : -1;
                    if (k2 == '=' || k2 == '!') {
                        next();
                        zeroWidth = true;
                    } else {
                        while (more() && peek() != '>') {
                            int n = next();
                            if (!Character.isLetterOrDigit(n)) {
                                throw new Unsupported();
                            }
                        }
                        expect('>');
                    }
                } else if (k != ':' && k != '>') {
                    // "(?i:...)": flags scoped to a group, whose content then requires nothing. Flags that run to
                    // the end of the enclosing group ("(?i)"), or comments mode (x), stop the analysis.
                    int c = k;
                    while (c != ':') {
                        if (c < 0 || "imsudU-".indexOf(c) < 0) {
                            throw new Unsupported();
                        }
                        c = more() ? next() : -1;
                    }
                    alternation();
                    expect(')');
                    return Info.ANY;
                }
            }
            Info inner = alternation();
            expect(')');
            return zeroWidth ? Info.EMPTY : inner;
        }

        /** A class: the finite set of its characters when it only lists plain characters, else any one character. */
        Info characterClass() {
            int depth = 1;
            boolean plain = true;
            Set<String> chars = new LinkedHashSet<>();
            if (more() && peek() == '^') {
                next();
                plain = false;
            }
            boolean first = true;
            while (depth > 0) {
                if (!more()) {
                    throw new Unsupported();
                }
                int c = next();
                if (c == ']' && !first) {
                    depth--;
                } else if (c == '[') {
                    depth++;
                    plain = false;
                } else if (c == '\\') {
                    if (!more()) {
                        throw new Unsupported();
                    }
                    int e = next();
                    if (e == 'Q') {
                        throw new Unsupported();
                    }
                    if (Character.isLetterOrDigit(e)) {
                        plain = false;
                        if ((e == 'p' || e == 'P' || e == 'x' || e == 'N') && more() && peek() == '{') {
                            skipBraces();
                        }
                    } else {
                        chars.add(Character.toString(e));
                    }
                } else if (c == '-' || c == '&' || (c == ']' && first)) {
                    plain = false;
                } else {
                    chars.add(Character.toString(c));
                }
                first = false;
            }
            return plain && !chars.isEmpty() ? Info.exact(chars) : Info.ANY;
        }

        void skipBraces() {
            while (more() && next() != '}') {
                // skip
            }
        }

        Info escape() {
            if (!more()) {
                throw new Unsupported();
            }
            int e = next();
            if (e == 'Q') {
                int end = s.indexOf("\\E", pos);
                String lit = s.substring(pos, end < 0 ? s.length() : end);
                pos = end < 0 ? s.length() : end + 2;
                return Info.exact(Set.of(lit));
            }
            if (!Character.isLetterOrDigit(e)) {
                return Info.exact(Set.of(Character.toString(e)));
            }
            switch (e) {
                case 'b':
                case 'B':
                    if (more() && peek() == '{') {
                        skipBraces();
                    }
                    return Info.EMPTY;
                case 'A':
                case 'z':
                case 'Z':
                case 'G':
                    return Info.EMPTY;
                case 'p':
                case 'P':
                case 'N':
                    if (more() && peek() == '{') {
                        skipBraces();
                    } else if (e != 'N') {
                        next();
                    }
                    return Info.ANY;
                case 'x':
                    if (more() && peek() == '{') {
                        skipBraces();
                    } else {
                        pos = Math.min(s.length(), pos + 2);
                    }
                    return Info.ANY;
                case 'u':
                    pos = Math.min(s.length(), pos + 4);
                    return Info.ANY;
                case 'c':
                    if (more()) {
                        next();
                    }
                    return Info.ANY;
                case 'k':
                    if (more() && peek() == '<') {
                        while (more() && next() != '>') {
                            // skip the name
                        }
                    }
                    return Info.ANY;
                case 'd': case 'D': case 's': case 'S': case 'w': case 'W': case 'h': case 'H': case 'v': case 'V':
                case 'R': case 'X': case 't': case 'n': case 'r': case 'f': case 'a': case 'e':
                    return Info.ANY;
                default:
                    if (Character.isDigit(e)) {
                        // A back-reference or an octal escape: whatever it matches, nothing is required.
                        while (more() && Character.isDigit(peek())) {
                            next();
                        }
                        return Info.ANY;
                    }
                    throw new Unsupported();
            }
        }
    }
}
