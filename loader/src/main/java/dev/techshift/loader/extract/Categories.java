package dev.techshift.loader.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * The category codes the registry gives entities (a role's {@code ts:roleCategory}: founder, chief, ...) and their
 * mark in the typed text: one private-use character after the token's type whose bits are the entity's categories,
 * so a token grows by one character whatever it carries and the gaps rules count stay as they were.
 * <pre>
 *   Categories c = Categories.of(List.of("chief", "executive", "founder"));
 *   c.mark(List.of("chief", "executive"));   // "\uE103"
 *   c.matching(List.of("founder"), List.of());   // "[\uE104\uE105\uE106\uE107]", for {ROLE:founder}
 * </pre>
 */
public final class Categories {

    /** No categories: every token is its bare type. */
    public static final Categories NONE = new Categories(List.of());
    /** The first mark character; mark = FIRST + bitmask. */
    static final char FIRST = '\uE100';
    /** At most ten categories: the marks stay within U+E100..U+E4FF. */
    private static final int MAX = 10;

    private final List<String> codes;

    private Categories(List<String> codes) {
        this.codes = codes;
    }

    /** The vocabulary: every code, sorted; at most ten. */
    public static Categories of(Collection<String> codes) {
        List<String> sorted = new ArrayList<>(new TreeSet<>(codes));
        if (sorted.size() > MAX) {
            throw new IllegalArgumentException("The registry uses " + sorted.size() + " categories " + sorted
                    + "; the typed text can mark at most " + MAX + ".");
        }
        return new Categories(List.copyOf(sorted));
    }

    public List<String> codes() {
        return codes;
    }

    /** The mark of an entity with these categories: one character, or nothing when it has none. */
    public String mark(Collection<String> categories) {
        int bits = bits(List.copyOf(categories));
        return bits == 0 ? "" : String.valueOf((char) (FIRST + bits));
    }

    /** The categories a mark stands for, for developers' views of the typed text. */
    public List<String> decode(char mark) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            if (((mark - FIRST) >> i & 1) == 1) {
                out.add(codes.get(i));
            }
        }
        return out;
    }

    /** Any mark or none: what follows a type in every token. */
    String any() {
        return "[" + FIRST + "-" + (char) (FIRST + (1 << MAX) - 1) + "]?";
    }

    /**
     * The marks of tokens that have every {@code required} category and none of the {@code excluded} ones (an
     * unmarked token has none). A code the vocabulary does not hold throws, so a misspelt {@code {ROLE:foundr}} is
     * an error rather than a rule that never matches.
     */
    String matching(List<String> required, List<String> excluded) {
        int need = bits(required);
        int lack = bits(excluded);
        StringBuilder sb = new StringBuilder();
        for (int bits = 1; bits < 1 << codes.size(); bits++) {
            if ((bits & need) == need && (bits & lack) == 0) {
                sb.append((char) (FIRST + bits));
            }
        }
        String cls = sb.isEmpty() ? "(?!)" : "[" + sb + "]";
        return need == 0 ? "(?:" + cls + ")?" : cls;
    }

    private int bits(List<String> categories) {
        int bits = 0;
        for (String c : categories) {
            int i = codes.indexOf(c);
            if (i < 0) {
                throw new IllegalArgumentException("no entity in the registry has the category '" + c + "' (known: " + codes + ")");
            }
            bits |= 1 << i;
        }
        return bits;
    }
}
