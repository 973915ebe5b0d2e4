package dev.techshift.loader.entity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * English names of markets the registry does not hold, so that one market is one entity whichever language an
 * article names it in. A Chinese market phrase is composed term by term from {@code data/rules/market-terms.json}
 * and the registry markets' own labels (for the words the term file lacks), in the Chinese order (modifier before head, as English
 * has it), the head in its plural where the term has one; a phrase with any part no term covers keeps the words as
 * written. Latin words inside a Chinese phrase stay as written ("CRM") unless a term covers them ("RPG" → "RPGs" as
 * a head). An English phrase keeps its words and takes the plural of a countable head the terms know ("webtoon app"
 * → "webtoon apps"), as the composed names do.
 * <pre>
 *   MarketNames n = MarketNames.load(Path.of("data/rules/market-terms.json"), registry);
 *   n.label("中小企业CRM");              // "SME CRM"
 *   n.label("車規級碳化矽功率模組");       // "automotive silicon carbide power modules"
 *   n.label("webtoon app");             // "webtoon apps"
 *   n.label("某某概念");                 // "某某概念": a part no term covers
 *   n.label("RV reducers for industrial robots"); // "industrial robot RV reducers", as 工业机器人RV减速器
 * </pre>
 */
public final class MarketNames {

    /**
     * One term: the English word, its plural as a market's head, its form before another word, whether the word
     * is also a verb (服务, 设计), which starts no market read from the words before a phrase, whether it is a
     * sales channel (线上, "online"), which names no market of goods, and whether it is a thing that exists online
     * (apps, platforms, games), which a channel word before it describes.
     */
    private record Term(String en, String plural, String modifier, boolean verb, boolean channel, boolean digital,
                        boolean countable) {

        /** A countable thing that is neither an activity nor online itself: goods, which a channel only sells. */
        boolean goods() {
            return countable && !verb && !digital;
        }
    }

    private static final Pattern TRAILING_MARKET = Pattern.compile("\\s*(?:市场|市場|(?i:market))$");

    /** Folded spellings (Han, or Latin glued to Han: "ai服务器") to their terms. */
    private final Map<String, Term> terms = new HashMap<>();
    /** Folded Latin words to their terms ("app", "rpg"). */
    private final Map<String, Term> latin = new HashMap<>();
    /** English last words: singular to plural ("module" → "modules") and back. */
    private final Map<String, String> plurals = new HashMap<>();
    private final Map<String, String> singulars = new HashMap<>();
    /** The terms by their English words and plurals, lower case ("online game", "electric toothbrushes"). */
    private final Map<String, Term> english = new HashMap<>();
    private int longest;

    private MarketNames() {}

    /** No terms: every phrase keeps its words as written. */
    public static MarketNames none() {
        return new MarketNames();
    }

    /** The term file, and the registry markets' labels for the words it lacks. */
    public static MarketNames load(Path termFile, Registry registry) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readAllBytes(termFile));
        } catch (IOException e) {
            throw new UncheckedIOException(termFile + ": the market terms cannot be read (" + e.getMessage() + ").", e);
        }
        MarketNames n = new MarketNames();
        List<Term> read = new ArrayList<>();
        List<JsonNode> nodes = new ArrayList<>();
        for (JsonNode t : root.path("terms")) {
            String en = t.path("en").asText("");
            if (en.isBlank()) {
                throw new IllegalArgumentException(termFile + ": a market term has no 'en'.");
            }
            Term term = new Term(en, t.path("plural").asText(en), t.path("modifier").asText(en), t.path("verb").asBoolean(false),
                    t.path("channel").asBoolean(false), t.path("digital").asBoolean(false),
                    !t.path("plural").asText(en).equalsIgnoreCase(en));
            read.add(term);
            n.english.putIfAbsent(en.toLowerCase(Locale.ROOT), term);
            n.english.putIfAbsent(term.plural().toLowerCase(Locale.ROOT), term);
            nodes.add(t);
            String[] s = en.split(" ");
            String[] p = term.plural().split(" ");
            if (s.length == p.length && !s[s.length - 1].equals(p[p.length - 1])) {
                n.plurals.putIfAbsent(s[s.length - 1].toLowerCase(Locale.ROOT), p[p.length - 1]);
                n.singulars.putIfAbsent(p[p.length - 1].toLowerCase(Locale.ROOT), s[s.length - 1]);
            }
        }
        for (int i = 0; i < read.size(); i++) {
            Term term = read.get(i);
            nodes.get(i).path("zh").forEach(z -> n.put(z.asText(), term));
            nodes.get(i).path("latin").forEach(l -> n.latin.putIfAbsent(TextFold.fold(l.asText()), term));
        }
        // the registry markets' labels for the words the term file lacks: a registry label names a whole market, and
        // as a word inside a longer phrase it may mean less ("折叠屏市场" is the foldable smartphone market, 折叠屏 in
        // "折叠屏平板" only "foldable"), so the term file's spelling comes first
        if (registry != null) {
            for (EntityRef e : registry.entities()) {
                if (e.kind() != EntityKind.MARKET) {
                    continue;
                }
                String en = TRAILING_MARKET.matcher(e.label()).replaceFirst("");
                // what the registry's name is: the term file's word for its last word ("smart speakers": speaker, goods)
                Term last = n.english.get(en.substring(en.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT));
                Term term = new Term(en, n.englishHead(en), n.singular(en), false, false, last != null && last.digital(),
                        last != null && last.countable() && !last.verb());
                List<String> labels = new ArrayList<>(registry.labels(e.iri()));
                labels.addAll(registry.contextualLabels(e.iri()));
                for (String l : labels) {
                    if (TextFold.hasHan(l)) {
                        n.put(TRAILING_MARKET.matcher(l).replaceFirst(""), term);
                    }
                }
            }
        }
        return n;
    }

    private void put(String spelling, Term term) {
        String key = TextFold.fold(spelling).replaceAll("\\s+", "");
        if (key.isEmpty()) {
            return;
        }
        terms.putIfAbsent(key, term);
        longest = Math.max(longest, key.codePointCount(0, key.length()));
    }

    /**
     * The market's label: a Chinese phrase's composed English name, or the words as written when a part is not
     * covered; an English phrase with its countable head in the plural.
     */
    public String label(String phrase) {
        String p = phrase.strip();
        if (TextFold.hasHan(p)) {
            return english(p).orElse(p);
        }
        // "RV reducers for industrial robots" is the market 工业机器人RV减速器 composes to, "industrial robot RV reducers":
        // what the products are for goes before them, in the singular, as the composed names have it
        Matcher f = FOR_PHRASE.matcher(p);
        if (f.matches()) {
            p = singular(f.group(2)) + " " + f.group(1);
        }
        return withoutChannel(englishHead(p));
    }

    /**
     * "online electric toothbrushes" → "electric toothbrushes", as 线上电动牙刷 composes: a channel word first and goods
     * last (a countable head that is no activity), unless the words are a term of their own ("online games").
     */
    private String withoutChannel(String phrase) {
        int sp = phrase.indexOf(' ');
        Term c = sp > 0 ? english.get(phrase.substring(0, sp).toLowerCase(Locale.ROOT)) : null;
        if (c == null || !c.channel() || english.containsKey(phrase.toLowerCase(Locale.ROOT))) {
            return phrase;
        }
        String last = phrase.substring(phrase.lastIndexOf(' ') + 1);
        Term h = english.get(last.toLowerCase(Locale.ROOT));
        if (h == null) {
            h = latin.get(TextFold.fold(last));
        }
        return h != null && h.goods() ? phrase.substring(sp + 1) : phrase;
    }

    /** An English market name "products for users" of up to three words after "for" ("RV reducers for industrial robots"). */
    private static final Pattern FOR_PHRASE = Pattern.compile("(\\S+(?: \\S+){0,3}) for (?:the )?(\\S+(?: \\S+){0,2})");

    /** The composed English name of a phrase with Chinese words in it; empty when a part is not covered. */
    public Optional<String> english(String phrase) {
        int[] cps = phrase.codePoints().toArray();
        int[] f = TextFold.fold(phrase).codePoints().toArray();
        int n = cps.length;
        if (f.length != n || n == 0) {
            return Optional.empty();
        }
        int[] best = new int[n + 1];
        int[] from = new int[n + 1];
        Object[] piece = new Object[n + 1];
        java.util.Arrays.fill(best, Integer.MAX_VALUE);
        best[0] = 0;
        for (int i = 0; i < n; i++) {
            if (best[i] == Integer.MAX_VALUE) {
                continue;
            }
            if (Character.isWhitespace(f[i]) || f[i] == '-' || f[i] == '·') {
                relax(best, from, piece, i, i + 1, best[i], null);
                continue;
            }
            boolean latinStart = latinChar(f[i]) && (i == 0 || !latinChar(f[i - 1]));
            for (int len = Math.min(longest, n - i); len >= 1; len--) {
                int end = i + len;
                if (latinChar(f[i]) && !latinStart || latinChar(f[end - 1]) && end < n && latinChar(f[end])) {
                    continue;
                }
                Term t = terms.get(new String(f, i, len));
                if (t != null) {
                    relax(best, from, piece, i, end, best[i] + 1, t);
                }
            }
            if (latinStart) {
                int end = i;
                while (end < n && (latinChar(f[end]) || end + 1 < n && "+.&'".indexOf(f[end]) >= 0 && latinChar(f[end + 1]))) {
                    end++;
                }
                if (end < n && f[end] == '+') {
                    end++;
                }
                Term t = latin.get(new String(f, i, end - i));
                relax(best, from, piece, i, end, best[i] + 1, t != null ? t : new String(cps, i, end - i));
            }
        }
        if (best[n] == Integer.MAX_VALUE) {
            return Optional.empty();
        }
        List<Object> pieces = new ArrayList<>();
        for (int at = n; at > 0; at = from[at]) {
            if (piece[at] != null) {
                pieces.add(0, piece[at]);
            }
        }
        if (pieces.stream().noneMatch(Term.class::isInstance)) {
            return Optional.empty();
        }
        // "中国线上电动牙刷市场": a sales channel before goods says where the share is counted, not another market
        // (the market is electric toothbrushes); before a service or an activity it is part of the market's name
        // ("網上演唱會票務" is online concert ticketing, "线上教育" online education)
        if (pieces.size() >= 2 && pieces.get(0) instanceof Term c && c.channel()
                && pieces.get(pieces.size() - 1) instanceof Term h && h.goods()) {
            pieces.remove(0);
        }
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < pieces.size(); k++) {
            boolean head = k == pieces.size() - 1;
            Object p = pieces.get(k);
            String w = p instanceof Term t ? (head ? t.plural() : t.modifier()) : (String) p;
            sb.append(k == 0 ? "" : " ").append(w);
        }
        return Optional.of(sb.toString());
    }

    private static void relax(int[] best, int[] from, Object[] piece, int i, int end, int cost, Object p) {
        if (cost < best[end]) {
            best[end] = cost;
            from[end] = i;
            piece[end] = p;
        }
    }

    /** An English phrase with its last word in the plural when the terms know that word's plural. */
    String englishHead(String phrase) {
        int sp = phrase.lastIndexOf(' ');
        String last = phrase.substring(sp + 1);
        String key = TextFold.fold(last);
        Term t = latin.get(key);
        String plural = t != null ? t.plural() : plurals.get(key);
        int hyphen = last.lastIndexOf('-');
        if (plural == null && hyphen > 0 && hyphen < last.length() - 1) {
            // "the smart-thermostat market": a hyphen joins the words only before "market"; the market is "smart
            // thermostats", its head in the plural as a market name written in words has it
            String piece = TextFold.fold(last.substring(hyphen + 1));
            String p = latin.containsKey(piece) ? latin.get(piece).plural() : plurals.get(piece);
            if (p != null && !p.equalsIgnoreCase(piece)) {
                return phrase.substring(0, sp + 1) + last.substring(0, hyphen) + " " + p;
            }
        }
        if (plural == null || plural.equalsIgnoreCase(last)) {
            return phrase;
        }
        if (t == null && Character.isUpperCase(last.codePointAt(0)) && !last.equals(last.toUpperCase(Locale.ROOT))) {
            plural = Character.toUpperCase(plural.charAt(0)) + plural.substring(1);
        }
        return phrase.substring(0, sp + 1) + plural;
    }

    /** A registry market's English name before another word: its last word in the singular ("AI chips" → "AI chip"). */
    private String singular(String en) {
        int sp = en.lastIndexOf(' ');
        String s = singulars.get(en.substring(sp + 1).toLowerCase(Locale.ROOT));
        return s == null ? en : en.substring(0, sp + 1) + s;
    }

    /**
     * Where a market phrase {@code [begin, end)} of the folded sentence (char offsets) can start when the words before
     * it are market terms ("电子雾化" before "设备代工", "物业搜寻" before "App"): the smallest start from which terms
     * cover the text up to {@code begin}, the last term maybe running into the phrase (HanLP's "器代工" after 光伏逆变,
     * where 逆变器 is the term), without crossing a {@code stop} position (another name), and not at a word that is
     * also a verb (服务, 设计: "长期服务中小企业CRM市场"). {@code begin} when none.
     */
    public int termsBefore(String folded, int begin, int end, boolean[] stop) {
        int start = begin;
        boolean[] covered = new boolean[end + 1];
        for (int k = begin; k <= Math.min(end, begin + Math.max(longest - 1, 0)); k++) {
            covered[k] = true;
        }
        for (int j = begin - 1; j >= Math.max(0, begin - 4 * Math.max(longest, 1)); j--) {
            char c = folded.charAt(j);
            if (stop[j] || !(TextFold.isHan(c) || latinChar(c))) {
                break;
            }
            if (latinChar(c) && j > 0 && latinChar(folded.charAt(j - 1))) {
                continue;
            }
            for (int len = 1; len <= longest && j + len <= end; len++) {
                Term t = covered[j + len] ? terms.get(folded.substring(j, j + len)) : null;
                if (t != null) {
                    covered[j] = true;
                    // "长期服务中小企业CRM": a word that is also a verb may be inside the name, not its first word
                    if (!t.verb()) {
                        start = j;
                    }
                }
            }
        }
        return start;
    }

    private static boolean latinChar(int c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }
}
