package dev.techshift.loader.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Every registry label, folded ({@link TextFold}) and with spaces, hyphens and dots left out, in a trie;
 * {@link #find} returns the longest matches left to right, never inside a longer Latin word.
 * <pre>
 *   AliasIndex idx = AliasIndex.of(registry);
 *   List&lt;AliasIndex.Hit&gt; hits = idx.find("IBM关闭了研发部门");
 * </pre>
 */
public final class AliasIndex {

    /**
     * A match: code-point offsets into the text searched, and the entity. {@code senses} lists every registry
     * entity the matched label names, in registry order, when the label is shared ({@code ts:ambiguous}) or
     * names its entity only in context ({@code ts:contextualLabel}); it is empty otherwise and for names found
     * in other ways. The linker chooses among them ({@link EntityLinker}).
     */
    public record Hit(int begin, int end, EntityRef entity, List<Sense> senses) {
        public Hit(int begin, int end, EntityRef entity) {
            this(begin, end, entity, List.of());
        }

        /** The same match naming another entity. */
        public Hit as(EntityRef other) {
            return new Hit(begin, end, other, senses);
        }
    }

    /** One entity a label can name; {@code contextual} when the label names it only in context. */
    public record Sense(EntityRef entity, boolean contextual) {}

    private static final class Node {
        final Map<Integer, Node> next = new HashMap<>();
        final List<Sense> senses = new ArrayList<>();
        /** False once a label that is not an acronym ends here: "US" names the country, "us" in "gives us" nothing. */
        boolean acronymsOnly = true;
    }

    /** A label written in two to four capital Latin letters, dots allowed ("US", "U.S.", "IBM"). */
    private static final java.util.regex.Pattern ACRONYM = java.util.regex.Pattern.compile("(?:\\p{Lu}\\.?){2,4}");

    private final Node root = new Node();

    /** Builds the index over every label of every registry entity. */
    public static AliasIndex of(Registry registry) {
        AliasIndex idx = new AliasIndex();
        List<EntityRef> ordered = new ArrayList<>(registry.entities());
        ordered.sort(Comparator.comparing(EntityRef::kind).thenComparing(EntityRef::iri));
        for (EntityRef e : ordered) {
            for (String label : registry.labels(e.iri())) {
                idx.add(label, e, false);
            }
            for (String label : registry.contextualLabels(e.iri())) {
                idx.add(label, e, true);
            }
        }
        return idx;
    }

    /** Adds one label that names its entity anywhere. */
    public void add(String label, EntityRef entity) {
        add(label, entity, false);
    }

    /**
     * Adds one label. When several entities share it, the match names the first added that is not contextual
     * (or, when all are, the first) and lists them all as its senses.
     */
    public void add(String label, EntityRef entity, boolean contextual) {
        int[] key = TextFold.fold(label).codePoints().filter(c -> !ignorable(c)).toArray();
        if (key.length == 0) {
            return;
        }
        Node n = root;
        for (int c : key) {
            n = n.next.computeIfAbsent(c, k -> new Node());
        }
        if (n.senses.stream().noneMatch(x -> x.entity().equals(entity))) {
            n.senses.add(new Sense(entity, contextual));
        }
        n.acronymsOnly &= ACRONYM.matcher(label).matches();
    }

    /** True when the text's letters from begin to end hold no capital: an acronym label written so is a common word. */
    private static boolean noCapital(int[] orig, int begin, int end) {
        for (int k = begin; k < end; k++) {
            if (Character.isUpperCase(orig[k])) {
                return false;
            }
        }
        return true;
    }

    private static EntityRef first(Node n) {
        return n.senses.stream().filter(x -> !x.contextual()).findFirst().orElse(n.senses.get(0)).entity();
    }

    private static List<Sense> senses(Node n) {
        return n.senses.size() > 1 || n.senses.get(0).contextual() ? List.copyOf(n.senses) : List.of();
    }

    static boolean ignorable(int c) {
        return c == ' ' || c == '-' || c == '.' || c == '·' || c == '・' || c == '\u00a0' || c == '\u3000' || c == '_';
    }

    /** The longest non-overlapping matches in {@code text}, left to right. */
    public List<Hit> find(String text) {
        return find(text, e -> true);
    }

    /** The longest non-overlapping matches of the entities {@code accept} takes, left to right. */
    public List<Hit> find(String text, Predicate<EntityRef> accept) {
        int[] orig = text.codePoints().toArray();
        int[] folded = TextFold.fold(text).codePoints().toArray();
        int[] pos = new int[folded.length];
        int n = 0;
        for (int i = 0; i < folded.length; i++) {
            if (!ignorable(folded[i])) {
                folded[n] = folded[i];
                pos[n++] = i;
            }
        }
        List<Hit> hits = new ArrayList<>();
        int i = 0;
        while (i < n) {
            int bestEnd = -1;
            Node best = null;
            Node node = root;
            int begin = pos[i];
            if (begin > 0 && TextFold.isWordChar(orig[begin]) && TextFold.isWordChar(orig[begin - 1])) {
                i++;
                continue;
            }
            for (int j = i; j < n; j++) {
                node = node.next.get(folded[j]);
                if (node == null) {
                    break;
                }
                int end = pos[j] + 1;
                boolean boundary = (end >= orig.length || !TextFold.isWordChar(orig[end]) || !TextFold.isWordChar(orig[end - 1]))
                        && !nameGoesOn(orig, end);
                if (!node.senses.isEmpty() && boundary && accept.test(first(node)) && !(node.acronymsOnly && noCapital(orig, begin, end))) {
                    bestEnd = j;
                    best = node;
                }
            }
            if (best != null) {
                hits.add(new Hit(begin, pos[bestEnd] + 1, first(best), senses(best)));
                i = bestEnd + 1;
            } else {
                i++;
            }
        }
        return hits;
    }

    /** "Dell'Oro Group", "D’Amico": an apostrophe and a capital after a Latin word carry its name on ("Dell's" does not). */
    private static boolean nameGoesOn(int[] orig, int end) {
        return end + 1 < orig.length && end > 0 && TextFold.isWordChar(orig[end - 1])
                && (orig[end] == '\'' || orig[end] == '’') && Character.isUpperCase(orig[end + 1]);
    }
}
