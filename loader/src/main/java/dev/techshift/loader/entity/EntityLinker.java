package dev.techshift.loader.entity;

import dev.techshift.loader.article.Article;
import dev.techshift.loader.article.Sentence;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the entity mentions of an article: registry aliases first (linked), then unknown names (unlinked)
 * where no registry match is.
 * <pre>
 *   EntityLinker linker = new EntityLinker(AliasIndex.of(registry), finder);
 *   List&lt;Mention&gt; ms = linker.link(article);
 * </pre>
 */
public final class EntityLinker {

    private final AliasIndex index;
    private final UnlinkedFinder finder;

    private final Registry registry;

    public EntityLinker(AliasIndex index, UnlinkedFinder finder) {
        this(index, finder, null);
    }

    /** With the registry, an organisation after a possessive stays itself when it belongs to the one before. */
    public EntityLinker(AliasIndex index, UnlinkedFinder finder, Registry registry) {
        this.index = index;
        this.finder = finder;
        this.registry = registry;
    }

    /** All mentions of the article in text order, offsets in code points of the article text. */
    public List<Mention> link(Article article) {
        List<List<Mention>> bySentence = new ArrayList<>();
        List<Mention> previous = List.of();
        StringBuilder all = new StringBuilder();
        article.sentences().forEach(s -> all.append(TextFold.fold(s.text())).append('\n'));
        String folded = all.toString();
        for (Sentence s : article.sentences()) {
            List<Mention> ms = link(s, previous, folded);
            bySentence.add(ms);
            previous = ms;
        }
        if (finder != null) {
            legalForms(bySentence);
            otherLanguageNames(article, bySentence);
        }
        propagate(article, bySentence);
        if (finder != null && coordinatedNames(article, bySentence)) {
            propagate(article, bySentence);
        }
        if (finder != null) {
            brandedModels(article, bySentence);
        }
        propagateProducts(article, bySentence);
        if (finder != null && finder.parkBodies() != null) {
            finder.parkBodies().add(article, bySentence, finder::iri);
        }
        List<Mention> out = new ArrayList<>();
        bySentence.forEach(out::addAll);
        return finder == null ? out
                : bracketedSubsidiaries(article, brandPrefixedModels(article, latinBrandedModels(article,
                        declaredNames(article, ShortNames.add(article, out, finder.shortNameStop(), finder.orgSuffixes(), finder.productNameTails())))));
    }

    /** The words of a Latin company name before a region it ends in: one or two capitalised words ("AgriSense "). */
    private static final Pattern LATIN_NAME_BEFORE_PLACE = Pattern.compile("\\p{Lu}[\\p{L}\\p{Nd}&'’.-]*(?: \\p{Lu}[\\p{L}\\p{Nd}&'’.-]*)? ");

    /** Between a company's name and the bracketed city of a subsidiary: a few more Han characters of its name, the bracket. */
    private static final Pattern SUBSIDIARY_GAP = Pattern.compile("^\\p{IsHan}{0,4}[（(]$");

    /**
     * "向全资子公司澜启微电子（合肥）有限公司增资", "子公司澄泓数据科技（杭州）有限公司推出…": a company's name, its city in
     * brackets and a legal form name a subsidiary registered in that city, not the parent whose name it starts with and
     * not the city: one unlinked organisation labelled as written (the parent found inside it would merge the two).
     * Only right after a subsidiary noun ({@code chineseNames.subsidiaryNouns}, 子公司) and with a legal form
     * ({@code chineseNames.legalForms}) after the bracket: without the noun the name is often the company's own registered name ("海芯动力半导体（上海）有限公司
     * 董事长" is the chair of 海芯动力 itself), which stays the company. Only after an unlinked name: a registry company's
     * local subsidiary is left to the registry.
     */
    private List<Mention> bracketedSubsidiaries(Article article, List<Mention> ms) {
        List<Mention> out = new ArrayList<>(ms.size());
        for (int i = 0; i < ms.size(); i++) {
            Mention m = ms.get(i);
            Mention p = i + 1 < ms.size() ? ms.get(i + 1) : null;
            if (p != null && m.entity().kind() == EntityKind.ORG && !m.entity().linked() && p.entity().kind() == EntityKind.PLACE
                    && p.sentence() == m.sentence() && p.begin() >= m.end() && afterSubsidiaryNoun(article, m.begin())
                    && SUBSIDIARY_GAP.matcher(article.slice(m.end(), p.begin())).matches()) {
                int tail = legalFormAfterBracket(article, p.end());
                if (tail > 0) {
                    out.add(subsidiary(article, m, p.end() + tail));
                    i++;
                    continue;
                }
            }
            // "关闭全资子公司洁阳（宿迁）机器人有限公司": a city the registry does not know, or trade words between the
            // bracket and the legal form; the name runs to the legal form and the pieces found inside it are dropped
            int whole = m.entity().kind() == EntityKind.ORG && !m.entity().linked() && afterSubsidiaryNoun(article, m.begin())
                    ? bracketedCityTrade(article, m.end()) : 0;
            if (whole > 0) {
                int end = m.end() + whole;
                out.add(subsidiary(article, m, end));
                while (i + 1 < ms.size() && ms.get(i + 1).sentence() == m.sentence() && ms.get(i + 1).begin() < end) {
                    i++;
                }
                continue;
            }
            out.add(m);
        }
        return out;
    }

    /** The subsidiary named from {@code m}'s start to {@code end}: one unlinked organisation labelled as written. */
    private Mention subsidiary(Article article, Mention m, int end) {
        String name = article.slice(m.begin(), end);
        return new Mention(m.begin(), end, m.sentence(), name,
                new EntityRef(finder.iri(EntityKind.ORG, name), EntityKind.ORG, name, false));
    }

    /** A subsidiary's city in brackets and the trade words after it, up to its legal form: "（宿迁）机器人有限公司". */
    private static final Pattern BRACKETED_CITY_TRADE = Pattern.compile("^[（(]\\p{IsHan}{2,4}[）)](\\p{IsHan}{0,8})");

    /**
     * The code points a bracketed city, up to six Han characters of trade and a legal form
     * ({@code chineseNames.legalForms}) take right at {@code at} ("（宿迁）机器人有限公司", "（合肥）有限公司"), or 0.
     */
    private int bracketedCityTrade(Article article, int at) {
        String tail = article.slice(at, Math.min(article.length(), at + 20));
        Matcher c = BRACKETED_CITY_TRADE.matcher(tail);
        if (!c.lookingAt()) {
            return 0;
        }
        for (int k = 0; k <= 6 && c.start(1) + k <= c.end(1); k++) {
            String rest = TextFold.fold(tail.substring(c.start(1) + k));
            for (String form : finder.legalForms()) {
                if (rest.startsWith(form)) {
                    return tail.codePointCount(0, c.start(1) + k) + form.codePointCount(0, form.length());
                }
            }
        }
        return 0;
    }

    /** True when one of {@code chineseNames.subsidiaryNouns} ends right before code point {@code begin}. */
    private boolean afterSubsidiaryNoun(Article article, int begin) {
        String before = TextFold.fold(article.slice(Math.max(0, begin - 8), begin));
        return finder.subsidiaryNouns().stream().anyMatch(before::endsWith);
    }

    /**
     * The code points a closing bracket and a legal form ({@code chineseNames.legalForms}, longest first) take right
     * at {@code at}, or 0 when the text there is no such tail.
     */
    private int legalFormAfterBracket(Article article, int at) {
        String tail = TextFold.fold(article.slice(at, Math.min(article.length(), at + 9)));
        if (tail.isEmpty() || (tail.charAt(0) != '）' && tail.charAt(0) != ')')) {
            return 0;
        }
        for (String form : finder.legalForms()) {
            if (tail.startsWith(form, 1)) {
                return 1 + form.codePointCount(0, form.length());
            }
        }
        return 0;
    }

    /**
     * "深圳汇光精测科技有限公司（下称“汇光精测”）", "Cellwright Recycling Ltd (\"Cellwright\")": an unlinked organisation
     * whose article declares a short name for it ({@link UnlinkedFinder#declaredShortName},
     * {@link UnlinkedFinder#declaredLatinShortName}) is labelled with that short name, the name the article goes on
     * using and other news uses; every mention of it, the full name's included, names that one entity (whose other
     * names are alternative labels, ontology/README.md). A Latin short name is that entity wherever the article writes
     * it as a whole word (Han characters may touch it) where no other mention is, and where it was found as an unlinked name of its own. A short name
     * two entities declare is left to neither.
     */
    private List<Mention> declaredNames(Article article, List<Mention> mentions) {
        Map<String, String> shortOf = new LinkedHashMap<>();
        Map<String, String> declarer = new HashMap<>();
        Set<String> shared = new HashSet<>();
        // the entity the declared short name itself was read as, where that is another unlinked organisation than the
        // declaring one ("苏州绿刃智能科技股份有限公司（以下简称“绿刃智能”…）" read first as 智能科技…, with 绿刃智能
        // its short name): one company, so every mention of either is the declared entity
        Map<String, String> sameAs = new HashMap<>();
        for (Mention m : mentions) {
            EntityRef e = m.entity();
            if (e.linked() || e.kind() != EntityKind.ORG) {
                continue;
            }
            Sentence s = article.sentences().get(m.sentence());
            int at = m.end() - s.begin();
            int[] r = finder.declaredShortName(s.text(), at).or(() -> finder.declaredLatinShortName(s.text(), at)).orElse(null);
            if (r == null) {
                continue;
            }
            int b = s.text().offsetByCodePoints(0, r[0]);
            String name = s.text().substring(b, s.text().offsetByCodePoints(b, r[1] - r[0]));
            String seen = declarer.putIfAbsent(name, e.iri());
            if (seen != null && !seen.equals(e.iri())) {
                shared.add(name);
            }
            shortOf.putIfAbsent(e.iri(), name);
            int nb = s.begin() + r[0];
            int ne = s.begin() + r[1];
            mentions.stream().filter(o -> o.begin() == nb && o.end() == ne && !o.entity().linked()
                            && o.entity().kind() == EntityKind.ORG && !o.entity().iri().equals(e.iri()))
                    .findFirst().ifPresent(o -> sameAs.putIfAbsent(o.entity().iri(), e.iri()));
        }
        shortOf.values().removeIf(shared::contains);
        sameAs.keySet().removeIf(shortOf::containsKey);
        sameAs.values().removeIf(d -> !shortOf.containsKey(d));
        if (shortOf.isEmpty()) {
            return mentions;
        }
        Map<String, EntityRef> relabelled = new HashMap<>();
        Map<String, EntityRef> byName = new HashMap<>();
        for (Mention m : mentions) {
            String iri = sameAs.getOrDefault(m.entity().iri(), m.entity().iri());
            String name = shortOf.get(iri);
            if (name != null) {
                EntityRef e = m.entity();
                EntityRef r = relabelled.computeIfAbsent(iri, x -> new EntityRef(finder.iri(EntityKind.ORG, name), EntityKind.ORG,
                        name, false, e.parent(), e.location()));
                byName.put(name, r);
            }
        }
        List<Mention> out = new ArrayList<>();
        BitSet taken = new BitSet();
        for (Mention m : mentions) {
            EntityRef r = relabelled.get(sameAs.getOrDefault(m.entity().iri(), m.entity().iri()));
            // the short name found as an unlinked name of its own ("Cellwright said…" before the bracket) is the entity
            if (r == null && !m.entity().linked() && m.entity().kind() != EntityKind.MARKET) {
                r = byName.get(m.surface().strip());
            }
            out.add(r == null ? m : m.as(r));
            taken.set(m.begin(), m.end());
        }
        List<String> latin = byName.keySet().stream().filter(n -> n.codePoints().noneMatch(TextFold::isHan))
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        if (!latin.isEmpty()) {
            // a whole word in Latin script, which Chinese writes right against Han characters ("HaulSense同时宣布"): only a
            // Latin letter or a digit next to it makes it part of a longer word
            Pattern p = Pattern.compile("(?<![\\p{IsLatin}\\p{Nd}])(?:" + String.join("|", latin.stream().map(Pattern::quote).toList())
                    + ")(?![\\p{IsLatin}\\p{Nd}]|-\\p{IsLatin})");
            for (Sentence s : article.sentences()) {
                if (s.boilerplate()) {
                    continue;
                }
                Matcher m = p.matcher(s.text());
                while (m.find()) {
                    int b = s.begin() + s.text().codePointCount(0, m.start());
                    int end = b + s.text().codePointCount(m.start(), m.end());
                    if (taken.get(b, end).isEmpty()) {
                        taken.set(b, end);
                        out.add(new Mention(b, end, s.index(), m.group(), byName.get(m.group())));
                    }
                }
            }
            out.sort(Comparator.comparingInt(Mention::begin));
        }
        return out;
    }

    /**
     * "崇澄電子股份有限公司（以下簡稱崇澄）" after the headline's "崇澄電子": an unlinked company named with its legal form
     * ({@link UnlinkedFinder#withoutLegalForm}) is the company without it, one entity whichever way the article writes
     * it, labelled without the legal form.
     */
    private void legalForms(List<List<Mention>> bySentence) {
        Map<String, EntityRef> renamed = new HashMap<>();
        for (List<Mention> ms : bySentence) {
            for (int k = 0; k < ms.size(); k++) {
                EntityRef e = ms.get(k).entity();
                if (e.linked() || e.kind() != EntityKind.ORG) {
                    continue;
                }
                EntityRef r = renamed.computeIfAbsent(e.iri(), x -> finder.withoutLegalForm(e.label())
                        .map(stem -> new EntityRef(finder.iri(EntityKind.ORG, stem), EntityKind.ORG, stem, false)).orElse(e));
                if (r != e) {
                    ms.set(k, ms.get(k).as(r));
                }
            }
        }
    }

    /**
     * "FeatherLens Inc.（中文名“羽镜科技”，以下简称“羽镜”）", "岚曦半导体（英文名称：Lanxi Semiconductor）": the name a
     * bracket right after an organisation gives in another language ({@link UnlinkedFinder#otherLanguageName}) is that
     * organisation, wherever the article writes it: an unlinked name found there is merged into it, and where nothing was
     * found the words become a mention of it. Run before {@link #propagate}, which then carries the Chinese name and its
     * short forms (羽镜) to the other sentences. A registry entity found inside the bracket is left as it is.
     */
    private void otherLanguageNames(Article article, List<List<Mention>> bySentence) {
        Map<String, EntityRef> merged = new HashMap<>();
        for (Sentence s : article.sentences()) {
            List<Mention> ms = bySentence.get(s.index());
            for (Mention m : List.copyOf(ms)) {
                if (m.entity().kind() != EntityKind.ORG) {
                    continue;
                }
                int[] r = finder.otherLanguageName(s.text(), m.end() - s.begin()).orElse(null);
                if (r == null) {
                    continue;
                }
                int nb = s.begin() + r[0];
                int ne = s.begin() + r[1];
                Mention there = ms.stream().filter(o -> o.begin() == nb && o.end() == ne).findFirst().orElse(null);
                if (there == null && ms.stream().noneMatch(o -> o.begin() < ne && nb < o.end())) {
                    ms.add(mention(s, new AliasIndex.Hit(r[0], r[1], m.entity())));
                    ms.sort(Comparator.comparingInt(Mention::begin));
                } else if (there != null && !there.entity().linked() && there.entity().kind() == EntityKind.ORG
                        && !there.entity().iri().equals(m.entity().iri())) {
                    merged.putIfAbsent(there.entity().iri(), m.entity());
                }
            }
        }
        if (merged.isEmpty()) {
            return;
        }
        for (List<Mention> ms : bySentence) {
            ms.replaceAll(m -> merged.containsKey(m.entity().iri()) ? m.as(merged.get(m.entity().iri())) : m);
        }
    }

    /**
     * A Chinese name found once with a cue (a role before it, a bracketed English name after it) is the same
     * entity wherever else the article writes it: "苏明远加入岚曦" after "财务长苏明远接任", and a company also by its
     * short form (岚曦 for 岚曦半导体). Only unlinked organisations and persons written in Han characters, two or
     * more, and only where no other mention is.
     */
    private void propagate(Article article, List<List<Mention>> bySentence) {
        Map<String, EntityRef> names = new LinkedHashMap<>();
        for (List<Mention> ms : bySentence) {
            for (Mention m : ms) {
                EntityKind k = m.entity().kind();
                // "梁启铿(Kenneth Leung)": a person's mention over the name and its bracketed Latin name is found by the name
                // and "拿督林国荣" by the name after the honorific
                String g = BRACKET_GLOSS.matcher(TextFold.fold(m.surface()).strip()).replaceFirst("");
                String f = finder == null ? g : finder.withoutHonorific(g);
                if (!m.entity().linked() && (k == EntityKind.ORG || k == EntityKind.PERSON)
                        && f.codePointCount(0, f.length()) >= 2 && allHan(f)) {
                    // a name read as the alias of a bracketed name ("岚曦半导体(Lanxi Semiconductor)") is that
                    // entity wherever the article writes it, even where it was found as a name of its own
                    // "崇澄（以下簡稱崇澄）…。崇澄表示": a company's name is no person where HanLP reads it as one
                    // before a speech verb, so an organisation of the same words wins over a person
                    EntityRef had = names.get(f);
                    if (!TextFold.fold(m.entity().label()).strip().equals(f)
                            || had != null && had.kind() == EntityKind.PERSON && k == EntityKind.ORG) {
                        names.put(f, m.entity());
                    } else {
                        names.putIfAbsent(f, m.entity());
                    }
                }
            }
        }
        Map<String, EntityRef> renamed = finder == null ? Map.of() : bracketRenames(article, bySentence, names);
        if (finder != null) {
            // "朗维以21%居次" after "朗维通信…": a short form found as a name of its own (by a share or funding frame) is
            // the short form of the longer name the article writes, unless two longer names share it
            List<Map.Entry<String, EntityRef>> forms = new ArrayList<>();
            names.forEach((name, e) -> {
                if (e.kind() == EntityKind.ORG) {
                    finder.chineseShortName(name).ifPresent(sh -> forms.add(Map.entry(sh, e)));
                }
            });
            forms.addAll(glossedShortNames(article, names).entrySet());
            Map<String, EntityRef> shortOf = new LinkedHashMap<>();
            Set<String> shared = new HashSet<>();
            for (Map.Entry<String, EntityRef> f : forms) {
                EntityRef seen = shortOf.putIfAbsent(f.getKey(), f.getValue());
                if (seen != null && !seen.iri().equals(f.getValue().iri())) {
                    shared.add(f.getKey());
                }
            }
            shortOf.forEach((sh, e) -> {
                EntityRef own = names.get(sh);
                if (own == null) {
                    names.put(sh, e);
                } else if (!shared.contains(sh) && (own.kind() == EntityKind.ORG || own.kind() == EntityKind.PERSON)
                        && !own.iri().equals(e.iri()) && TextFold.fold(own.label()).strip().equals(sh)) {
                    // "岳霖表示" after "電源廠岳霖電子股份有限公司": the short form HanLP read as a person before a
                    // speech verb is the company's, as the full name's own person reading is (above)
                    names.put(sh, e);
                }
            });
        }
        if (names.isEmpty()) {
            return;
        }
        List<String> longestFirst = new ArrayList<>(names.keySet());
        longestFirst.sort(Comparator.comparingInt(String::length).reversed());
        for (Sentence s : article.sentences()) {
            List<Mention> ms = bySentence.get(s.index());
            String folded = TextFold.fold(s.text());
            BitSet taken = new BitSet();
            boolean added = false;
            for (int k = 0; k < ms.size(); k++) {
                Mention m = ms.get(k);
                EntityRef same = names.get(TextFold.fold(m.surface()).strip());
                // "宏昱市佔率則滑落至7.4%": the words before 市占率 read as a market are, whole, the short name of an
                // organisation the article names (宏昱光電), so they are that organisation
                boolean marketIsName = same != null && m.entity().kind() == EntityKind.MARKET && same.kind() == EntityKind.ORG;
                boolean personIsName = same != null && m.entity().kind() == EntityKind.PERSON && same.kind() == EntityKind.ORG;
                if (same == null && !m.entity().linked()) {
                    same = renamed.get(m.entity().iri());
                }
                if (same != null && !m.entity().linked() && (m.entity().kind() == same.kind() || marketIsName || personIsName)
                        && !same.iri().equals(m.entity().iri())) {
                    ms.set(k, m.as(same));
                }
            }
            ms.forEach(m -> taken.set(m.begin() - s.begin(), m.end() - s.begin()));
            for (String name : longestFirst) {
                for (int i = folded.indexOf(name); i >= 0; i = folded.indexOf(name, i + name.length())) {
                    int b = folded.codePointCount(0, i);
                    int e = b + name.codePointCount(0, name.length());
                    if (taken.get(b, e).isEmpty() || finder != null && names.get(name).kind() == EntityKind.PERSON
                            && !taken.get(b) && personOverRegistry(s, ms, taken, b, e)) {
                        taken.set(b, e);
                        ms.add(mention(s, new AliasIndex.Hit(b, e, names.get(name))));
                        added = true;
                    } else if (finder != null) {
                        added |= extendOver(s, ms, taken, b, e);
                    }
                }
            }
            if (added) {
                ms.sort(Comparator.comparingInt(Mention::begin));
            }
        }
    }

    /**
     * "寶匯名品（Relux Asia）…。寶匯於2016年…", "鉅祥精機（Juxiang Machinery）…。鉅祥同日公布…": a company the article
     * introduces by a four-character Chinese name glossed with its Latin name is written again by the name's first two
     * characters, whatever its last two are (名品, 精機 end no other company name). Only where the article writes those
     * two characters at least twice outside the full name, they are no registry name (台中 of 台中精機 is a place) and the
     * full name does not end in an establishment word ({@code chineseNames.shortNameEndStop}: 中心 ends what no
     * company's short name drops). Short form → the glossed organisation.
     */
    private Map<String, EntityRef> glossedShortNames(Article article, Map<String, EntityRef> names) {
        Map<String, EntityRef> out = new LinkedHashMap<>();
        String folded = TextFold.fold(article.text());
        for (Map.Entry<String, EntityRef> n : names.entrySet()) {
            String f = n.getKey();
            EntityRef e = n.getValue();
            if (e.kind() != EntityKind.ORG || f.codePointCount(0, f.length()) != 4 || !allHan(f)
                    || TextFold.fold(e.label()).strip().equals(f) || !e.label().codePoints().allMatch(c -> c < 0x250)
                    || finder.noShortForm(f)) {
                continue;
            }
            String sh = f.substring(0, f.offsetByCodePoints(0, 2));
            int alone = 0;
            for (int i = folded.indexOf(sh); i >= 0; i = folded.indexOf(sh, i + sh.length())) {
                if (!folded.startsWith(f, i)) {
                    alone++;
                }
            }
            boolean registryName = index.find(sh).stream().anyMatch(h -> h.begin() == 0 && h.end() == 2);
            if (alone >= 2 && !registryName) {
                out.put(sh, e);
            }
        }
        return out;
    }

    /**
     * A product the article names once with a cue ("首款雷达晶片 QX300 于去年10月发表", "launched the H3") is that product
     * where another sentence writes it without one ("已获联想采用…每年将供应约10万颗 QX300", "Lenovo will use Halvex's
     * H3 modem"): an unlinked product of two or more characters with a Latin letter or a digit in it (a name of Han
     * characters alone is too often part of a longer word), written alike (Latin letters with their case), with no Latin
     * letter or digit right before or after it, where no other mention is.
     */
    private void propagateProducts(Article article, List<List<Mention>> bySentence) {
        Map<String, EntityRef> names = new LinkedHashMap<>();
        for (List<Mention> ms : bySentence) {
            for (Mention m : ms) {
                String name = m.surface().strip();
                if (!m.entity().linked() && m.entity().kind() == EntityKind.PRODUCT && name.codePointCount(0, name.length()) >= 2
                        && name.codePoints().anyMatch(EntityLinker::latinOrDigit)) {
                    names.putIfAbsent(name, m.entity());
                }
            }
        }
        List<String> byLength = names.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        for (int k = 0; k < bySentence.size() && !byLength.isEmpty(); k++) {
            Sentence s = article.sentences().get(k);
            List<Mention> ms = bySentence.get(k);
            String text = s.text();
            BitSet taken = new BitSet();
            ms.forEach(m -> taken.set(m.begin() - s.begin(), m.end() - s.begin()));
            boolean added = false;
            for (String name : byLength) {
                for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length())) {
                    int after = i + name.length();
                    if (i > 0 && latinOrDigit(text.codePointBefore(i)) || after < text.length() && latinOrDigit(text.codePointAt(after))) {
                        continue;
                    }
                    int b = text.codePointCount(0, i);
                    int e = b + name.codePointCount(0, name.length());
                    if (taken.get(b, e).isEmpty()) {
                        taken.set(b, e);
                        ms.add(mention(s, new AliasIndex.Hit(b, e, names.get(name))));
                        added = true;
                    }
                }
            }
            if (added) {
                ms.sort(Comparator.comparingInt(Mention::begin));
            }
        }
    }

    private static final Pattern BRANDED_MODEL = Pattern.compile("(\\p{IsHan}{2,4})([A-Za-z\\d][A-Za-z\\d.+-]*(?: [A-Za-z\\d][A-Za-z\\d.+-]*)*)");

    /**
     * A product named by a Chinese brand and a Latin model ("衡岳X7", "启明Pad") lends its brand to the article's other
     * models: a model written bare right after that brand ("其中衡岳X5系列贡献…", read as the product X5) is the branded
     * product 衡岳X5, and a bare model that is the model part of one branded product ("交付约3万颗X7芯片") is that
     * product. Only unlinked products in Chinese sentences; a model that two brands share is left alone.
     */
    private void brandedModels(Article article, List<List<Mention>> bySentence) {
        Set<String> brands = new HashSet<>();
        Map<String, EntityRef> byModel = new HashMap<>();
        Set<String> shared = new HashSet<>();
        Map<String, EntityRef> byName = new HashMap<>();
        for (List<Mention> ms : bySentence) {
            for (Mention m : ms) {
                Matcher b = BRANDED_MODEL.matcher(m.surface().strip());
                if (!m.entity().linked() && m.entity().kind() == EntityKind.PRODUCT && b.matches()) {
                    brands.add(TextFold.fold(b.group(1)));
                    byName.putIfAbsent(m.surface().strip(), m.entity());
                    EntityRef before = byModel.putIfAbsent(b.group(2), m.entity());
                    if (before != null && !before.iri().equals(m.entity().iri())) {
                        shared.add(b.group(2));
                    }
                }
            }
        }
        if (brands.isEmpty()) {
            return;
        }
        for (Sentence s : article.sentences()) {
            if (!s.language().startsWith("zh")) {
                continue;
            }
            List<Mention> ms = bySentence.get(s.index());
            String text = s.text();
            for (int k = 0; k < ms.size(); k++) {
                Mention m = ms.get(k);
                String model = m.surface().strip();
                if (m.entity().linked() || m.entity().kind() != EntityKind.PRODUCT || !model.equals(m.surface())
                        || model.codePoints().anyMatch(EntityLinker::han)) {
                    continue;
                }
                int at = text.offsetByCodePoints(0, m.begin() - s.begin());
                int from = m.begin() - s.begin();
                String brand = null;
                Mention company = null;
                for (int n = 4; n >= 2 && brand == null; n--) {
                    if (at >= n && brands.contains(TextFold.fold(text.substring(at - n, at)))) {
                        int b = from - text.codePointCount(at - n, at);
                        List<Mention> over = ms.stream().filter(o -> o.end() - s.begin() > b && o.begin() - s.begin() < from).toList();
                        // the brand may be the company's short name, read as the company ("其中岚芯K5系列" of 岚芯科技)
                        company = over.size() == 1 && !over.get(0).entity().linked() && over.get(0).entity().kind() == EntityKind.ORG
                                && over.get(0).begin() - s.begin() == b && over.get(0).end() - s.begin() == from ? over.get(0) : null;
                        brand = over.isEmpty() || company != null ? text.substring(at - n, at) : null;
                    }
                }
                if (brand != null) {
                    String name = brand + model;
                    EntityRef e = byName.computeIfAbsent(name, x -> new EntityRef(finder.iri(EntityKind.PRODUCT, x), EntityKind.PRODUCT, x, false));
                    ms.set(k, new Mention(m.begin() - brand.codePointCount(0, brand.length()), m.end(), m.sentence(), name, e));
                    if (company != null) {
                        ms.remove(company);
                        k--;
                    }
                } else if (byModel.containsKey(model) && !shared.contains(model) && !byModel.get(model).iri().equals(m.entity().iri())) {
                    ms.set(k, m.as(byModel.get(model)));
                }
            }
        }
    }

    /**
     * "墨顯上月推出首款四色電子紙標籤Mosign C3": in a Chinese sentence, a model read as an unlinked product written right
     * after the Latin name of an unlinked company of the article and one space is the product named by both (Mosign C3),
     * as Chinese news writes a product by its maker's Latin brand and a model. Only a model of up to eight Latin letters and
     * digits with a digit in it.
     */
    private List<Mention> latinBrandedModels(Article article, List<Mention> ms) {
        List<Mention> out = new ArrayList<>(ms);
        for (int k = 1; k < out.size(); k++) {
            Mention brand = out.get(k - 1);
            Mention model = out.get(k);
            if (brand.sentence() != model.sentence() || !article.sentences().get(model.sentence()).language().startsWith("zh")
                    || brand.entity().linked() || brand.entity().kind() != EntityKind.ORG || model.entity().linked()
                    || model.entity().kind() != EntityKind.PRODUCT || model.begin() != brand.end() + 1
                    || !brand.surface().matches("\\p{Lu}[\\p{IsLatin}]+") || !model.surface().matches("(?=.*\\d)[A-Za-z\\d]{1,8}")) {
                continue;
            }
            String name = brand.surface() + " " + model.surface();
            EntityRef e = new EntityRef(finder.iri(EntityKind.PRODUCT, name), EntityKind.PRODUCT, name, false);
            out.set(k, new Mention(brand.begin(), model.end(), model.sentence(), name, e));
            out.remove(k - 1);
            k--;
        }
        return out;
    }

    private static final Pattern LATIN_BRAND = Pattern.compile("\\p{Lu}\\p{IsLatin}+");
    private static final Pattern NUMBERED_MODEL = Pattern.compile("(?=.*\\d)[A-Za-z\\d]{1,8}|\\p{Lu}\\p{Ll}+ \\d{1,2}(?:\\.\\d)?");

    /**
     * "the Occlura Scan 3", "新版PalmIQ Yield 2.0", "Clausewell Draft 3, which went on general release": a model read as an
     * unlinked product (a short code with a digit, or a capitalised word and a version number) written right after the
     * Latin name of an unlinked organisation of the article and one space, in any language, is the product named by
     * both, as news names a product by its maker's name and a model; the model written bare elsewhere in the article
     * ("Occlura unveils Scan 3", "4,500 Scan 3 units") is that product too, unless two makers' names go with it.
     */
    private List<Mention> brandPrefixedModels(Article article, List<Mention> ms) {
        Set<String> brands = new HashSet<>();
        for (Mention m : ms) {
            if (!m.entity().linked() && m.entity().kind() == EntityKind.ORG && LATIN_BRAND.matcher(m.surface()).matches()) {
                brands.add(m.surface());
            }
        }
        if (brands.isEmpty()) {
            return ms;
        }
        List<Mention> out = new ArrayList<>(ms);
        Map<String, EntityRef> branded = new HashMap<>();
        Set<String> shared = new HashSet<>();
        for (int k = 0; k < out.size(); k++) {
            Mention model = out.get(k);
            if (model.entity().linked() || model.entity().kind() != EntityKind.PRODUCT || !NUMBERED_MODEL.matcher(model.surface()).matches()) {
                continue;
            }
            Sentence s = article.sentences().get(model.sentence());
            for (String brand : brands) {
                int b = model.begin() - brand.length() - 1;
                if (b < s.begin() || !article.slice(b, model.begin()).equals(brand + " ")
                        || b > s.begin() && latinOrDigit(article.slice(b - 1, b).codePointAt(0))) {
                    continue;
                }
                String name = brand + " " + model.surface();
                EntityRef e = new EntityRef(finder.iri(EntityKind.PRODUCT, name), EntityKind.PRODUCT, name, false);
                EntityRef before = branded.putIfAbsent(model.entity().iri(), e);
                if (before != null && !before.iri().equals(e.iri())) {
                    shared.add(model.entity().iri());
                }
                out.set(k, new Mention(b, model.end(), model.sentence(), name, e));
                int at = k;
                if (k > 0 && out.get(k - 1).end() == b + brand.length() && out.get(k - 1).begin() == b) {
                    out.remove(k - 1);
                    at--;
                }
                k = at;
                break;
            }
        }
        for (int k = 0; k < out.size(); k++) {
            Mention m = out.get(k);
            EntityRef e = branded.get(m.entity().iri());
            if (e != null && !shared.contains(m.entity().iri())) {
                out.set(k, m.as(e));
            }
        }
        return out;
    }

    private static boolean han(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** Whether every character of {@code s} is a Han character (true for ""). */
    private static boolean allHan(String s) {
        return s.codePoints().allMatch(EntityLinker::han);
    }

    /** A Latin letter or a digit: what may not stand right next to a propagated product name. */
    private static boolean latinOrDigit(int c) {
        return c < 0x250 && Character.isLetterOrDigit(c);
    }

    /**
     * "盤匯科技裁員三成" in the headline, then "本地物業科技平台盤匯科技（Panwise）周二宣布…", or "散熱廠沛流科技（Pacflow
     * Thermal）" after the headline's "沛流": an unlinked Chinese organisation name the article has found, written in some
     * sentence right before a capitalised Latin name in brackets (with its organisation word or legal form between, as
     * 科技 or 科技股份有限公司 after the short name), is that Latin-named organisation wherever the article writes it, as
     * one named so in the sentence that found it is ({@link #bracketedNames}). The bracket must be free or an unlinked
     * organisation's mention, and the name before it no other mention's words. {@code names} (folded Chinese name to
     * entity) is updated; the result maps the IRIs of the renamed entities to the Latin-named one, so that mentions of
     * the same entity under another spelling follow.
     */
    private Map<String, EntityRef> bracketRenames(Article article, List<List<Mention>> bySentence, Map<String, EntityRef> names) {
        Map<String, EntityRef> renamed = new HashMap<>();
        for (Sentence s : article.sentences()) {
            if (!s.language().startsWith("zh")) {
                continue;
            }
            List<Mention> ms = bySentence.get(s.index());
            String text = s.text();
            String folded = TextFold.fold(text);
            Matcher b = BRACKETED_LATIN.matcher(text);
            while (b.find()) {
                String latin = b.group(1);
                int open = text.codePointCount(0, b.start());
                int nb = text.codePointCount(0, b.start(1));
                int ne = nb + latin.codePointCount(0, latin.length());
                Mention inBracket = ms.stream().filter(o -> o.end() - s.begin() > nb && o.begin() - s.begin() < ne).findFirst().orElse(null);
                if (inBracket != null && (inBracket.entity().linked() || inBracket.entity().kind() != EntityKind.ORG
                        || inBracket.begin() - s.begin() != nb || inBracket.end() - s.begin() != ne)) {
                    continue;
                }
                int hanEnd = open;
                while (hanEnd > 0 && text.codePointAt(text.offsetByCodePoints(0, hanEnd - 1)) == ' ') {
                    hanEnd--;
                }
                String before = folded.substring(0, folded.offsetByCodePoints(0, hanEnd));
                String name = null;
                for (Map.Entry<String, EntityRef> n : names.entrySet()) {
                    String f = n.getKey();
                    EntityRef e = n.getValue();
                    if (e.kind() != EntityKind.ORG || !TextFold.fold(e.label()).strip().equals(f)
                            || (name != null && name.length() >= f.length())) {
                        continue;
                    }
                    int i = before.lastIndexOf(f);
                    if (i < 0 || !namedBeforeBracket(f, before.substring(i))) {
                        continue;
                    }
                    int cb = before.codePointCount(0, i);
                    int ce = before.codePointCount(0, before.length());
                    boolean other = ms.stream().anyMatch(o -> o.end() - s.begin() > cb && o.begin() - s.begin() < ce
                            && (o.entity().linked() || o.entity().kind() != EntityKind.ORG));
                    if (!other) {
                        name = f;
                    }
                }
                if (name == null) {
                    continue;
                }
                EntityRef one = inBracket != null ? inBracket.entity()
                        : renamed.values().stream().filter(e -> e.label().equals(latin)).findFirst()
                                .orElse(new EntityRef(finder.iri(EntityKind.ORG, latin), EntityKind.ORG, latin, false));
                EntityRef was = names.get(name);
                if (!was.iri().equals(one.iri())) {
                    renamed.put(was.iri(), one);
                    names.put(name, one);
                }
                if (inBracket == null) {
                    ms.add(new Mention(s.begin() + nb, s.begin() + ne, s.index(), latin, one));
                    ms.sort(Comparator.comparingInt(Mention::begin));
                }
            }
        }
        return renamed;
    }

    /**
     * Whether {@code written} (folded Han characters that end at a bracket) is the organisation name {@code name},
     * alone or with its organisation word or legal form after it ("沛流科技", "沛流科技股份有限公司" for 沛流).
     */
    private boolean namedBeforeBracket(String name, String written) {
        if (written.equals(name)) {
            return true;
        }
        if (!allHan(written) || written.length() - name.length() > 10) {
            return false;
        }
        String stem = finder.withoutLegalForm(written).orElse(written);
        return stem.equals(name) || finder.chineseShortName(stem).filter(name::equals).isPresent();
    }

    /**
     * "由邝嘉慧与前友邦保险精算师…创立" after "邝嘉慧（Karen Kwong）": a registry organisation read from inside a person's name the
     * article knows, running on past the name only over characters that end names (慧与 over 邝嘉慧|与, as
     * {@link #link(Sentence, List, String)} does after a title), is no mention; it goes, so that the person is written
     * there ({@code [b, e)}, code points of the sentence). True when it went.
     */
    private boolean personOverRegistry(Sentence s, List<Mention> ms, BitSet taken, int b, int e) {
        List<Mention> over = ms.stream().filter(o -> o.end() - s.begin() > b && o.begin() - s.begin() < e).toList();
        if (over.size() != 1 || !over.get(0).entity().linked() || over.get(0).entity().kind() != EntityKind.ORG) {
            return false;
        }
        Mention o = over.get(0);
        int ob = o.begin() - s.begin();
        int oe = o.end() - s.begin();
        if (ob <= b || oe <= e || !finder.endsNames(s.text(), e, oe)) {
            return false;
        }
        ms.remove(o);
        taken.clear(ob, oe);
        return true;
    }

    /**
     * "其下属的岚澈云研究院" where "云研究院" was read as a name before 岚澈云 was known: an unlinked organisation or unit
     * that starts inside a known name ({@code [b, e)}, code points of the sentence) and runs past its end is the name
     * written from the known name's start, a new unlinked entity of the same kind. True when a mention was replaced.
     */
    private boolean extendOver(Sentence s, List<Mention> ms, BitSet taken, int b, int e) {
        for (int k = 0; k < ms.size(); k++) {
            Mention m = ms.get(k);
            int mb = m.begin() - s.begin();
            int me = m.end() - s.begin();
            EntityKind kind = m.entity().kind();
            if (!m.entity().linked() && (kind == EntityKind.ORG || kind == EntityKind.UNIT) && mb > b && mb < e && me > e
                    && taken.get(b, mb).isEmpty()) {
                Mention longer = mention(s, new AliasIndex.Hit(b, me, null));
                EntityRef ref = new EntityRef(finder.iri(kind, longer.surface()), kind, longer.surface(), false,
                        m.entity().parent(), m.entity().location());
                ms.set(k, longer.as(ref));
                taken.set(b, me);
                return true;
            }
        }
        return false;
    }

    /** The mentions of one sentence read alone. */
    public List<Mention> link(Sentence s) {
        return link(s, List.of(), TextFold.fold(s.text()));
    }

    /**
     * The mentions of one sentence; {@code previous} are those of the sentence before (context for labels),
     * {@code articleFolded} the article's folded text (what it writes elsewhere about a name).
     */
    private List<Mention> link(Sentence s, List<Mention> previous, String articleFolded) {
        List<Mention> out = new ArrayList<>();
        BitSet taken = new BitSet();
        List<AliasIndex.Hit> registry = hits(s.text(), previous);
        if (finder != null) {
            registry = regionalUnits(s.text(), registry);
        }
        if (finder != null) {
            // "高通量测序", "联想到": a registry name inside a common word is a piece of that word
            registry.removeIf(h -> finder.insideCommonWord(s.text(), h.begin(), h.end()));
        }
        if (finder != null && s.language().startsWith("zh")) {
            // "平台中斷": a place whose match runs across two other words is no place
            // and "该地区长期": a title so matched (区长 across 地区|长期) is no title either
            registry.removeIf(h -> (h.entity().kind() == EntityKind.PLACE || h.entity().kind() == EntityKind.ROLE)
                    && finder.acrossWords(s.text(), h.begin(), h.end()));
        }
        List<AliasIndex.Hit> found = finder == null ? List.of() : new ArrayList<>(finder.find(s.text(), s.language()));
        List<AliasIndex.Hit> glossed = finder != null && s.language().startsWith("zh") ? finder.glossedEmployers(s.text()) : List.of();
        for (int i = 0; i < found.size(); i++) {
            AliasIndex.Hit u = found.get(i);
            // "杭州城投", "红杉中国", "经纬创投" in an investor's place: the name holds a registry place, or a registry
            // organisation's spelling after its start, and is the investor; so is an investing arm named from its
            // parent ("老股东联想创投跟投": the parent at its start)
            List<AliasIndex.Hit> within = registry.stream().filter(r -> r.begin() >= u.begin() && r.end() <= u.end()).toList();
            boolean arm = s.language().startsWith("zh") && finder.investingArm(s.text(), u);
            if (s.language().startsWith("zh") && !within.isEmpty()
                    && within.stream().allMatch(r -> (r.entity().kind() == EntityKind.PLACE || r.entity().kind() == EntityKind.ORG && (r.begin() > u.begin() || arm))
                            && r.end() - r.begin() < u.end() - u.begin())
                    && registry.stream().noneMatch(r -> r.begin() < u.end() && r.end() > u.end() || r.begin() < u.begin() && r.end() > u.begin())
                    && finder.investorOverPlace(s.text(), u)) {
                registry.removeAll(within);
                continue;
            }
            // "According to AgriSense East Africa, a Nairobi research firm": a Latin company name found whole that ends in a
            // registry region is that company, not a company and a place
            // (both: no registry name runs across either end of the name)
            boolean whole = u.entity().kind() == EntityKind.ORG && !within.isEmpty()
                    && registry.stream().noneMatch(r -> r.begin() < u.end() && r.end() > u.end() || r.begin() < u.begin() && r.end() > u.begin());
            boolean endsInRegion = whole && !s.language().startsWith("zh")
                    && within.stream().allMatch(r -> r.entity().kind() == EntityKind.PLACE && r.begin() > u.begin() && r.end() == u.end())
                    && LATIN_NAME_BEFORE_PLACE.matcher(s.text().substring(u.begin(), within.get(0).begin())).matches();
            // "与Quebec Maple Syrup Producers签订", "与物流巨头Pos Malaysia签署": a Latin company name of several words that
            // a cue of Chinese text found whole holds a registry place as one of its words; the place is part of the name.
            // In English text only a name that ends in a legal form ("Japan Display Inc."): a cue there also takes a
            // university or an agency named by its state ("Arizona State University"), which then took a post of dev 7
            // from the company
            boolean holdsPlace = whole && (s.language().startsWith("zh") || finder.endsInLegalForm(u.entity().label()))
                    && latinNameOfWords(u.entity().label())
                    && within.stream().allMatch(r -> r.entity().kind() == EntityKind.PLACE && r.end() - r.begin() < u.end() - u.begin());
            // "According to Hotel Tech Insights", "Citing Additive Insight Partners", "Wine Australia Analytics put us at":
            // in English running text a name of capitalised words ending in a company's last word (orgSuffix) that holds a
            // registry organisation as its last words, or a registry place after its first word, is one company, not
            // that organisation or place with a word before it (a place at its start stays a place: "Arizona State
            // University"; a headline in title case is no running text)
            boolean longerName = whole && !s.language().startsWith("zh") && latinNameOfWords(u.entity().label())
                    && finder.orgSuffixes().contains(u.entity().label().substring(u.entity().label().lastIndexOf(' ') + 1))
                    && within.stream().allMatch(r -> r.begin() > u.begin() && (r.entity().kind() == EntityKind.ORG && r.end() == u.end()
                            || r.entity().kind() == EntityKind.PLACE && r.end() < u.end()))
                    && !titleCase(s.text());
            if (endsInRegion || holdsPlace || longerName) {
                registry.removeAll(within);
                continue;
            }
            if (u.entity().kind() == EntityKind.ORG && glossed.stream().anyMatch(g -> g.begin() == u.begin() && g.end() == u.end())) {
                // "曾在美国国家海洋和大气管理局（NOAA）担任": a glossed employer's name holds the registry place it starts with;
                // a registry organisation inside ("前英特尔马来西亚（Intel Malaysia）厂务总监") stays that organisation
                List<AliasIndex.Hit> inside = registry.stream().filter(r -> r.begin() < u.end() && r.end() > u.begin()).toList();
                if (!inside.isEmpty() && inside.stream().allMatch(r -> r.entity().kind() == EntityKind.PLACE && r.begin() >= u.begin() && r.end() <= u.end())) {
                    registry.removeAll(inside);
                    continue;
                }
            }
            if ((u.entity().kind() == EntityKind.UNIT || finder.overRegistry(u)) && registry.stream().anyMatch(r -> r.begin() == u.begin() && r.end() < u.end())
                    && registry.stream().noneMatch(r -> r.begin() < u.end() && r.end() > u.end())) {
                List<AliasIndex.Hit> inside = registry.stream().filter(r -> r.begin() >= u.begin() && r.end() <= u.end()).toList();
                registry.removeAll(inside);
                if (u.entity().kind() == EntityKind.UNIT && u.entity().parent() == null) {
                    found.set(i, partsOf(u, inside));
                }
            }
        }
        if (finder != null && s.language().startsWith("zh")) {
            placeFirstOrgs(s.text(), registry, found);
        }
        if (finder != null && !s.language().startsWith("zh")) {
            // "Norway's Kelpwise and the Dutch firm X follow": a name after a place's possessive is a company there
            List<int[]> places = java.util.stream.Stream.concat(registry.stream(), found.stream())
                    .filter(h -> h.entity().kind() == EntityKind.PLACE).map(h -> new int[] {h.begin(), h.end()}).toList();
            found.addAll(finder.placeOwnedOrgs(s.text(), places));
        }
        if (finder != null) {
            contextualOrganisations(s.text(), found);
        }
        for (AliasIndex.Hit u : found) {
            // "锐策顾问": an unlinked organisation whose last word is a registry role (顾问) is the organisation
            if (u.entity().kind() == EntityKind.ORG
                    && registry.stream().anyMatch(r -> r.entity().kind() == EntityKind.ROLE && r.begin() > u.begin() && r.end() == u.end())
                    && registry.stream().noneMatch(r -> r.entity().kind() != EntityKind.ROLE && r.begin() < u.end() && r.end() > u.begin())) {
                registry.removeIf(r -> r.entity().kind() == EntityKind.ROLE && r.begin() >= u.begin() && r.end() <= u.end());
            }
        }
        if (finder != null && s.language().startsWith("zh")) {
            for (AliasIndex.Hit h : List.copyOf(registry)) {
                if (h.entity().kind() == EntityKind.ROLE) {
                    // "分析师：周雯（…） 研究员：陈嘉树": a research report's byline writes a colon between title and name
                    int at = h.end() < s.text().length() && ":：".indexOf(s.text().charAt(h.end())) >= 0 ? h.end() + 1 : h.end();
                    // "原任台达电财务处长的张国强将…": the title a clause of holding a post gives before 的 and the name
                    AliasIndex.Hit p = finder.chineseNameAt(s.text(), at)
                            .or(() -> finder.titleBeforeName(s.text(), h.begin(), h.end()) ? finder.nameAfterTitleAt(s.text(), h.end() + 1)
                                    : Optional.empty()).orElse(null);
                    if (p != null) {
                        found.add(p);
                        // "委任厂务总监陈美华为集团首席营运官": a registry name starting inside the name after a title and
                        // going on only over characters that end names (华为 over 陈美华|为) is no mention
                        registry.removeIf(r -> r.entity().kind() != EntityKind.ROLE && r.begin() > p.begin() && r.begin() < p.end()
                                && r.end() > p.end() && finder.endsNames(s.text(), p.end(), r.end()));
                    }
                }
            }
        }
        if (finder != null) {
            unlinkedMarkets(s, registry, found);
        }
        if (finder != null) {
            unlinkedProducts(s, registry, found, articleFolded);
        }
        for (AliasIndex.Hit h : registry) {
            taken.set(h.begin(), h.end());
            out.add(mention(s, h));
        }
        if (finder != null) {
            found.sort(Comparator.comparingInt(AliasIndex.Hit::begin).thenComparing(h -> -h.end()));
            for (AliasIndex.Hit h : found) {
                if (taken.get(h.begin(), h.end()).isEmpty()) {
                    taken.set(h.begin(), h.end());
                    out.add(mention(s, h));
                }
            }
        }
        if (finder != null && s.language().startsWith("zh")) {
            aliasesBeforeBrackets(s, out, taken);
            bracketedNames(s, out, taken);
            describedBracketNames(s, out, taken, articleFolded);
            bracketedPersons(s, out, taken);
            listedNames(s, out, taken);
            declaredShortNames(s, out, taken);
            List<int[]> orgs = new ArrayList<>();
            for (Mention m : out) {
                if (m.entity().kind() == EntityKind.ORG || m.entity().kind() == EntityKind.UNIT) {
                    orgs.add(new int[] {m.begin() - s.begin(), m.end() - s.begin()});
                }
            }
            for (AliasIndex.Hit h : finder.chineseEnumerationOrgs(s.text(), orgs)) {
                if (taken.get(h.begin(), h.end()).isEmpty()) {
                    taken.set(h.begin(), h.end());
                    out.add(mention(s, h));
                }
            }
        }
        out.sort(Comparator.comparingInt(Mention::begin));
        return out;
    }

    /**
     * "Intel Dalian Software Center": a unit named over registry names is a unit of the organisation its name starts
     * with ({@code org:unitOf}), located at the one place its name holds ({@code schema:location}).
     */
    private static AliasIndex.Hit partsOf(AliasIndex.Hit unit, List<AliasIndex.Hit> inside) {
        String org = inside.stream().filter(r -> r.begin() == unit.begin() && r.entity().kind() == EntityKind.ORG)
                .map(r -> r.entity().iri()).findFirst().orElse(null);
        List<String> places = inside.stream().filter(r -> r.entity().kind() == EntityKind.PLACE).map(r -> r.entity().iri())
                .distinct().toList();
        EntityRef e = unit.entity();
        return new AliasIndex.Hit(unit.begin(), unit.end(), new EntityRef(e.iri(), e.kind(), e.label(), false, org,
                places.size() == 1 ? places.get(0) : null));
    }

    /**
     * "SAP Greater China will cut…", "思爱普大中华区总裁…": a registry organisation followed by a region is a unit of
     * that organisation ({@link UnlinkedFinder#regionalUnit}), not the organisation; the region's own place mention
     * inside the span goes. A registry unit already written that way ("IBM China") is matched whole before this.
     */
    private List<AliasIndex.Hit> regionalUnits(String text, List<AliasIndex.Hit> hits) {
        List<AliasIndex.Hit> out = new ArrayList<>(hits);
        for (AliasIndex.Hit h : hits) {
            if (h.entity().kind() != EntityKind.ORG || !h.entity().linked()) {
                continue;
            }
            finder.regionalUnit(text, h).ifPresent(u -> {
                boolean other = hits.stream().anyMatch(o -> o != h && o.begin() < u.end() && o.end() > h.end()
                        && (o.entity().kind() != EntityKind.PLACE || o.end() > u.end()));
                if (!other) {
                    out.removeIf(o -> o.begin() >= u.begin() && o.end() <= u.end());
                    out.add(u);
                }
            });
        }
        out.sort(Comparator.comparingInt(AliasIndex.Hit::begin));
        return out;
    }

    /**
     * Markets the registry does not know ("智能手机市场", "the enterprise networking market"), read after the other
     * names so that they end at them; a registry market inside a longer market phrase gives way to the narrower
     * unlinked market ("AI公有云服务细分市场" is not the public cloud market).
     */
    private void unlinkedMarkets(Sentence s, List<AliasIndex.Hit> registry, List<AliasIndex.Hit> found) {
        List<AliasIndex.Hit> known = new ArrayList<>(registry);
        known.addAll(found);
        for (AliasIndex.Hit m : finder.markets(s.text(), s.language(), known)) {
            registry.removeIf(r -> r.entity().kind() == EntityKind.MARKET && r.begin() < m.end() && r.end() > m.begin());
            found.add(registryMarket(s.text(), m));
        }
    }

    /**
     * Whether mention {@code r} gives way to product {@code p}: a market the product's kind holds ("商用笔电"), or an
     * organisation inside the product's span that is not the whole of it (the maker in "Tindra Lite", the brand in
     * "Pelora FV 4.0"); an organisation written over the same span as the product names a company and stays.
     */
    private static boolean insideProduct(AliasIndex.Hit r, AliasIndex.Hit p) {
        boolean inside = r.begin() >= p.begin() && r.end() <= p.end();
        return inside && (r.entity().kind() == EntityKind.MARKET
                || r.entity().kind() == EntityKind.ORG && r.end() - r.begin() < p.end() - p.begin());
    }

    /**
     * A market phrase read before 市场/市占率/"market" that is, whole, a label of a registry market, even one that names
     * it only in context ("智慧型手機市佔率": 智慧型手機 is a label of the smartphone market kept out of free text,
     * where it is a product noun), is that registry market; any other phrase stays unlinked.
     */
    private AliasIndex.Hit registryMarket(String text, AliasIndex.Hit m) {
        int b = text.offsetByCodePoints(0, m.begin());
        String phrase = text.substring(b, text.offsetByCodePoints(b, m.end() - m.begin()));
        for (String name : List.of(phrase, m.entity().label())) {
            // the composed English name counts as well: 網上生鮮雜貨 composes to "online grocery", a label of the
            // registry's online grocery market, and one market is one entity whichever words an article names it in
            List<AliasIndex.Hit> whole = index.find(name, e -> e.kind() == EntityKind.MARKET);
            if (whole.size() == 1 && whole.get(0).begin() == 0 && whole.get(0).end() == name.codePointCount(0, name.length())) {
                return new AliasIndex.Hit(m.begin(), m.end(), whole.get(0).entity());
            }
        }
        return m;
    }

    /**
     * Products the registry does not know ("推出《X》", "发布了 Ernie 5.0", "unveiled its new Cobalt Vault"), read after
     * the other names and markets so that a name any of them covers is never a product. A phrase read as a product
     * that is, whole, a label of a registry market, even one that names it only in context, names a kind of product,
     * not a product: "交付价值约12亿元的AI服务器" is the AI server market ({@link #registryMarket}), which a supply deal
     * takes as its product.
     */
    private void unlinkedProducts(Sentence s, List<AliasIndex.Hit> registry, List<AliasIndex.Hit> found, String articleFolded) {
        List<AliasIndex.Hit> known = new ArrayList<>(registry);
        known.addAll(found);
        for (AliasIndex.Hit p : finder.products(s.text(), s.language(), known)) {
            // "外卖平台“饭点”App…饭点宣布": a platform the article writes as a company's subject is the company
            if (articleFolded != null && finder.quotedCompany(s.text(), p.begin(), p.end(), articleFolded)) {
                String label = p.entity().label();
                found.add(new AliasIndex.Hit(p.begin(), p.end(), new EntityRef(finder.iri(EntityKind.ORG, label), EntityKind.ORG, label, false)));
                continue;
            }
            // a kind of product read over a market it holds ("商用笔电") replaces that market's mention, and a product
            // named with its maker's name first ("shutting Tindra Lite") or by its brand and model ("Pelora FV 4.0")
            // the maker's or brand's mention inside it (not one the product's whole span is: that names a company)
            registry.removeIf(r -> insideProduct(r, p));
            found.removeIf(r -> insideProduct(r, p));
            found.add(registryMarket(s.text(), p));
        }
    }

    /**
     * The end of a bracket after a name: its closing mark, or a comma and further details up to it that start with no
     * capitalised word ("万泰电子(Vantrex Technologies，VANTREX，5312，主板…)": a ticker and a stock code, the way
     * Malaysian, Singaporean and Hong Kong Chinese papers introduce a listed company; "(Acme, Brindle)" names two).
     */
    private static final String BRACKET_END = "\\s*(?:[)\uFF09]|[,\uFF0C;\uFF1B](?!\\s*\\p{Lu}\\p{Ll})[^()\uFF08\uFF09]{1,40}?[)\uFF09])";
    /** A capitalised Latin name of up to five words in brackets: "（Pacflow Thermal）". */
    private static final String LATIN_BRACKET = "[(\uFF08]\\s*(\\p{Lu}[\\p{IsLatin}&.'’-]*(?: \\p{Lu}[\\p{IsLatin}&.'’-]*){0,4})" + BRACKET_END;
    private static final Pattern LATIN_IN_BRACKETS = Pattern.compile("^\\s*" + LATIN_BRACKET);
    private static final Pattern HAN_IN_BRACKETS =
            Pattern.compile("^\\s*[(\uFF08]\\s*(\\p{IsHan}{2,10})\\s*[)\uFF09]");

    /**
     * "衡岭科技(Hengling Tech)", "Brindlecorp(布林德)": an unlinked organisation written in one script with its name in the
     * other script in brackets right after it is one organisation, named by its Latin-script name, so that both
     * spellings (and the short forms of either) gather the same facts.
     */
    private void bracketedNames(Sentence s, List<Mention> out, BitSet taken) {
        String text = s.text();
        for (int k = 0; k < out.size(); k++) {
            Mention m = out.get(k);
            boolean person = m.entity().kind() == EntityKind.PERSON && !allHan(m.surface());
            if (m.entity().linked() || m.entity().kind() != EntityKind.ORG && !person) {
                continue;
            }
            if (person) {
                m = latinPersonBeforeHanBracket(s, m, taken);
                if (m == null) {
                    continue;
                }
                out.set(k, m);
            }
            int end = m.end() - s.begin();
            int at = text.offsetByCodePoints(0, end);
            boolean han = allHan(m.surface());
            Matcher b = (han ? LATIN_IN_BRACKETS : HAN_IN_BRACKETS).matcher(text.substring(at));
            if (!b.find()) {
                continue;
            }
            int nb = end + text.substring(at, at + b.start(1)).codePointCount(0, b.start(1));
            int ne = nb + b.group(1).codePointCount(0, b.group(1).length());
            boolean free = taken.get(nb, ne).isEmpty();
            EntityKind kind = m.entity().kind();
            Mention other = out.stream().filter(o -> o.begin() - s.begin() == nb && o.end() - s.begin() == ne).findFirst().orElse(null);
            if (!free && (other == null || other.entity().linked() || other.entity().kind() != kind)) {
                continue;
            }
            String latin = han ? b.group(1) : m.surface();
            EntityRef one = han ? (other != null ? other.entity() : new EntityRef(finder.iri(EntityKind.ORG, latin), EntityKind.ORG, latin, false))
                    : m.entity();
            out.set(k, m.as(one));
            if (other != null) {
                out.set(out.indexOf(other), other.as(one));
            } else {
                taken.set(nb, ne);
                out.add(new Mention(s.begin() + nb, s.begin() + ne, s.index(), b.group(1), one));
            }
        }
    }

    /** A Latin personal name's last word before a bracketed Chinese name: " Liang（陈伟良）". */
    private static final Pattern LAST_WORD_BEFORE_HAN_BRACKET = Pattern.compile("^ (\\p{Lu}\\p{Ll}+)(?=\\s*[(\uFF08]\\p{IsHan}{2,4}[)\uFF09])");
    private static final Pattern HAN_PERSON_IN_BRACKETS = Pattern.compile("^\\s*[(\uFF08]\\p{IsHan}{2,4}[)\uFF09]");

    /**
     * "Jason Ting Wei Liang（陈伟良）", "Lau Mei Ling（刘美玲）": Malaysian and Singaporean Chinese news writes a person by
     * the Latin name with the Chinese one in brackets after it. The Latin person's mention, taking in a last capitalised
     * word the name finder (three words at most) left before the bracket, when a bracket of two to four Han characters
     * follows it; else null. The caller makes the bracketed name a spelling of the same person, so that both gather the
     * same facts, as {@link #bracketedPersons} does for the Chinese name written first.
     */
    private Mention latinPersonBeforeHanBracket(Sentence s, Mention m, BitSet taken) {
        String text = s.text();
        int at = text.offsetByCodePoints(0, m.end() - s.begin());
        Matcher w = LAST_WORD_BEFORE_HAN_BRACKET.matcher(text.substring(at));
        if (w.find()) {
            int b = m.end() - s.begin();
            int e = b + w.group().codePointCount(0, w.group().length());
            if (!taken.get(b, e).isEmpty()) {
                return null;
            }
            taken.set(b, e);
            String label = m.surface().trim() + " " + w.group(1);
            return new Mention(m.begin(), s.begin() + e, s.index(), m.surface() + w.group(),
                    new EntityRef(finder.iri(EntityKind.PERSON, label), EntityKind.PERSON, label, false));
        }
        return HAN_PERSON_IN_BRACKETS.matcher(text.substring(at)).find() ? m : null;
    }

    private static final Pattern BRACKETED_LATIN = Pattern.compile(LATIN_BRACKET);

    /**
     * "手游开发商岚川互娱 (Lanchuan Interactive)", "笔电代工厂澄岭科技(Chengling Technology)": a company descriptor
     * ({@link UnlinkedFinder#chineseNameAfterDescriptor}), a Chinese name and a capitalised Latin name in brackets are
     * one organisation named by the Latin name, when neither spelling was found otherwise (the steps before handle a
     * known one). Without a descriptor, a Latin name that is no person's and no acronym (a lower-case letter in it:
     * "（OTC）" glosses a term) makes one with the Chinese name before it when that ends in an organisation word
     * ("走进聆域科技（Audiora）") or follows a cue the article confirms ({@link UnlinkedFinder#chineseNameBeforeGloss}).
     */
    private void describedBracketNames(Sentence s, List<Mention> out, BitSet taken, String articleFolded) {
        String text = s.text();
        Matcher b = BRACKETED_LATIN.matcher(text);
        while (b.find()) {
            int open = text.codePointCount(0, b.start());
            int nb = text.codePointCount(0, b.start(1));
            int ne = nb + b.group(1).codePointCount(0, b.group(1).length());
            if (!taken.get(nb, ne).isEmpty()) {
                continue;
            }
            String gloss = b.group(1);
            finder.chineseNameAfterDescriptor(text, open).or(() -> gloss.codePoints().anyMatch(Character::isLowerCase)
                    && !finder.personalLatinName(finder.withoutTitles(gloss))
                    ? finder.chineseNameBeforeGloss(text, open, n -> finder.actsAsCompany(articleFolded, n)
                            || finder.actsAsCompanyAt(TextFold.fold(text), b.end())) : Optional.empty()).ifPresent(r -> {
                if (taken.get(r[0], r[1]).isEmpty()) {
                    String latin = b.group(1);
                    EntityRef one = new EntityRef(finder.iri(EntityKind.ORG, latin), EntityKind.ORG, latin, false);
                    taken.set(r[0], r[1]);
                    taken.set(nb, ne);
                    out.add(mention(s, new AliasIndex.Hit(r[0], r[1], one)));
                    out.add(new Mention(s.begin() + nb, s.begin() + ne, s.index(), latin, one));
                }
            });
        }
    }

    private static final Pattern BRACKET_GLOSS = Pattern.compile("\\s*[(\uFF08][^()\uFF08\uFF09]*[)\uFF09]$");

    /**
     * "行政總裁梁啟鏗（Kenneth Leung）", "陈伟雄 (Alan Chen)": a Chinese personal name with the person's Latin name in
     * brackets right after it is one person, named by the Latin name (as a company written so is), so that both
     * spellings gather the same facts; the Chinese name is an unlinked person already found or a surname and one or
     * two characters before the bracket ({@link UnlinkedFinder#chineseNameBeforeBracket}). Only where neither
     * spelling is a mention of something else.
     */
    private void bracketedPersons(Sentence s, List<Mention> out, BitSet taken) {
        String text = s.text();
        Matcher b = BRACKETED_LATIN.matcher(text);
        while (b.find()) {
            // "林国荣（Datuk Lim Kok Weng）": the honorific is no part of the name the bracket gives
            String latin = finder.withoutTitles(b.group(1));
            if (!finder.personalLatinName(latin)) {
                continue;
            }
            int open = text.codePointCount(0, b.start());
            int ne = text.codePointCount(0, b.end(1));
            int nb = ne - latin.codePointCount(0, latin.length());
            Mention latinMention = out.stream().filter(o -> o.begin() - s.begin() == nb && o.end() - s.begin() == ne).findFirst().orElse(null);
            if (!taken.get(nb, ne).isEmpty() && (latinMention == null || latinMention.entity().linked()
                    || latinMention.entity().kind() != EntityKind.PERSON)) {
                continue;
            }
            int hanEnd = open;
            while (hanEnd > 0 && text.codePointAt(text.offsetByCodePoints(0, hanEnd - 1)) == ' ') {
                hanEnd--;
            }
            int end = hanEnd;
            Mention han = out.stream().filter(o -> o.end() - s.begin() == end).findFirst().orElse(null);
            int[] r;
            if (han != null) {
                if (han.entity().linked() || han.entity().kind() != EntityKind.PERSON
                        || !allHan(han.surface())) {
                    continue;
                }
                r = new int[] {han.begin() - s.begin(), end};
            } else {
                r = finder.chineseNameBeforeBracket(text, open).orElse(null);
                if (r == null || !taken.get(r[0], r[1]).isEmpty()) {
                    continue;
                }
            }
            // one mention over the Chinese name and its bracket, so that the rules read one person where the text
            // names one ("委任关隽(Quinn Kwan)为首席产品官")
            EntityRef one = latinMention != null ? latinMention.entity()
                    : new EntityRef(finder.iri(EntityKind.PERSON, latin), EntityKind.PERSON, latin, false);
            if (han != null) {
                out.remove(han);
            }
            if (latinMention != null) {
                out.remove(latinMention);
            }
            int close = text.codePointCount(0, b.end());
            taken.set(r[0], close);
            out.add(mention(s, new AliasIndex.Hit(r[0], close, one)));
        }
    }

    /**
     * "星嶼科技（下稱星嶼）宣布…": a bracket declaring a short name that the words right before it begin with marks those
     * words, from the short name's start, as an organisation's full name (up to eight characters more), where no mention
     * ends at the bracket and the words are free.
     */
    private void declaringNames(Sentence s, List<Mention> out, BitSet taken) {
        String text = s.text();
        int n = text.codePointCount(0, text.length());
        for (int at = 1; at < n; at++) {
            int cp = text.codePointAt(text.offsetByCodePoints(0, at));
            if (cp != '(' && cp != '\uFF08') {
                continue;
            }
            int open = at;
            if (out.stream().anyMatch(o -> o.end() - s.begin() == open)) {
                continue;
            }
            int[] r = finder.declaredShortName(text, at).orElse(null);
            if (r == null) {
                continue;
            }
            String folded = TextFold.fold(text);
            String shortName = folded.substring(folded.offsetByCodePoints(0, r[0]), folded.offsetByCodePoints(0, r[1]));
            String before = folded.substring(0, folded.offsetByCodePoints(0, at));
            int i = before.lastIndexOf(shortName);
            int b = i < 0 ? -1 : before.codePointCount(0, i);
            if (b < 0 || at - b - (r[1] - r[0]) > 8 || !taken.get(b, at).isEmpty()
                    || !allHan(before.substring(i))) {
                continue;
            }
            Mention full = mention(s, new AliasIndex.Hit(b, at, null));
            EntityRef org = new EntityRef(finder.iri(EntityKind.ORG, full.surface()), EntityKind.ORG, full.surface(), false);
            taken.set(b, at);
            out.add(full.as(org));
        }
    }

    /**
     * "澄岭微电子股份有限公司(以下简称“澄岭微”)": the short name a bracket right after an organisation or unit declares
     * ({@link UnlinkedFinder#declaredShortName}) names that entity here and, through the article's propagation of
     * Chinese names, wherever the article writes it later.
     */
    private void declaredShortNames(Sentence s, List<Mention> out, BitSet taken) {
        declaringNames(s, out, taken);
        for (Mention m : new ArrayList<>(out)) {
            if (m.entity().kind() != EntityKind.ORG && m.entity().kind() != EntityKind.UNIT) {
                continue;
            }
            finder.declaredShortName(s.text(), m.end() - s.begin()).ifPresent(r -> {
                if (taken.get(r[0], r[1]).isEmpty()) {
                    taken.set(r[0], r[1]);
                    out.add(mention(s, new AliasIndex.Hit(r[0], r[1], m.entity())));
                } else {
                    // the short name was read as a name of its own ("澄岭微" found by a cue): it is the declaring entity
                    for (int k = 0; k < out.size(); k++) {
                        Mention o = out.get(k);
                        if (!o.entity().linked() && o.begin() - s.begin() == r[0] && o.end() - s.begin() == r[1]) {
                            out.set(k, o.as(m.entity()));
                        }
                    }
                }
            });
        }
    }

    /**
     * A stock code in brackets: "（688937.SH）", "(00700)", "（300750，以下简称…）"; five or six digits, or four with the
     * exchange's suffix (a bare four-digit number is as often a year).
     */
    private static final Pattern STOCK_CODE = Pattern.compile(
            "^\\s*[(\uFF08]\\s*(?:\\d{5,6}(?:\\.(?:SH|SZ|BJ|SS|HK))?|\\d{4}\\.(?:HK|TW|TWO))\\s*(?:[,\uFF0C][^()\uFF08\uFF09]{0,30})?[)\uFF09]",
            Pattern.CASE_INSENSITIVE);

    /**
     * "精密减速器厂商恒钧传动（688937.SH）", "公告显示，澄镜智能(688517)": Chinese news writes a listed company's stock code in
     * brackets right after its name, so the Han name before such a bracket is an organisation: after a company descriptor
     * ({@link UnlinkedFinder#chineseNameAfterDescriptor}) or, with none, the run of two to eight Han characters before it
     * ({@link UnlinkedFinder#chineseAliasBefore}); only where no mention ends at the bracket and the words are free.
     */
    private void listedNames(Sentence s, List<Mention> out, BitSet taken) {
        String text = s.text();
        int n = text.codePointCount(0, text.length());
        for (int at = 2; at < n; at++) {
            int i = text.offsetByCodePoints(0, at);
            int cp = text.codePointAt(i);
            int open = at;
            if ((cp != '(' && cp != '\uFF08') || !STOCK_CODE.matcher(text.substring(i)).find()
                    || out.stream().anyMatch(o -> o.end() - s.begin() == open)) {
                continue;
            }
            finder.chineseNameAfterDescriptor(text, open).or(() -> finder.chineseAliasBefore(text, open, null)).ifPresent(r -> {
                if (taken.get(r[0], r[1]).isEmpty()) {
                    Mention m = mention(s, new AliasIndex.Hit(r[0], r[1], null));
                    taken.set(r[0], r[1]);
                    out.add(m.as(new EntityRef(finder.iri(EntityKind.ORG, m.surface()), EntityKind.ORG, m.surface(), false)));
                }
            });
        }
    }

    /** "岚曦半导体(Lanxi Semiconductor)": the Chinese name before a bracketed unlinked organisation is that organisation. */
    private void aliasesBeforeBrackets(Sentence s, List<Mention> out, BitSet taken) {
        int[] cps = s.text().codePoints().toArray();
        for (Mention m : new ArrayList<>(out)) {
            if (m.entity().linked() || m.entity().kind() != EntityKind.ORG) {
                continue;
            }
            int open = m.begin() - s.begin() - 1;
            while (open >= 0 && cps[open] == ' ') {
                open--;
            }
            if (open <= 0 || (cps[open] != '(' && cps[open] != '\uFF08')) {
                continue;
            }
            int hanEnd = open;
            while (hanEnd > 0 && cps[hanEnd - 1] == ' ') {
                hanEnd--;
            }
            int at = hanEnd;
            int[] known = out.stream().filter(o -> !o.entity().linked() && o.entity().kind() == EntityKind.ORG && o.end() - s.begin() == at)
                    .map(o -> new int[] {o.begin() - s.begin(), o.end() - s.begin()}).findFirst().orElse(null);
            finder.chineseAliasBefore(s.text(), open, known).ifPresent(r -> {
                // the Chinese name may already be an unlinked name of its own ("初创公司衡岭科技"): one entity, the bracketed one
                if (out.removeIf(o -> !o.entity().linked() && o.entity().kind() == EntityKind.ORG
                        && o.begin() - s.begin() == r[0] && o.end() - s.begin() == r[1])) {
                    taken.clear(r[0], r[1]);
                }
                if (taken.get(r[0], r[1]).isEmpty()) {
                    taken.set(r[0], r[1]);
                    out.add(mention(s, new AliasIndex.Hit(r[0], r[1], m.entity())));
                }
            });
        }
    }

    /**
     * "泊易通由梁浩文與蔡詠詩於2018年創立": a name joined to a person's name by 与, 和, 及, 、 or 同 is a second person
     * when it is a surname and one or two characters that end where names end (于, 在, 创立…: {@link
     * UnlinkedFinder#chineseNameAt}, the test a name after a role passes), no other mention overlaps it and it ends in
     * no word of {@code chineseNames.coordinatedNameEndStop} (局, 厂: '与林业局于…签约' joins an office); so is such a
     * name right after the words of {@code chineseNames.founderBefore} ('由吴嘉明创办': 由 in a founding clause). Run after
     * {@link #propagate}, so that the first person may be one the article names with a cue elsewhere; the person found
     * may join a third ("张三、李四和王五于…"). Whether a name was added (the caller propagates it then).
     */
    private boolean coordinatedNames(Article article, List<List<Mention>> bySentence) {
        boolean added = false;
        for (Sentence s : article.sentences()) {
            if (!s.language().startsWith("zh")) {
                continue;
            }
            List<Mention> ms = bySentence.get(s.index());
            String folded = TextFold.fold(s.text());
            List<Mention> persons = new ArrayList<>(ms.stream().filter(m -> m.entity().kind() == EntityKind.PERSON).toList());
            // "由沈某与清华大学教授顾清远共同创立": a founder after a role, before 共同创立 (jointFounderAt)
            for (Mention r : List.copyOf(ms)) {
                if (r.entity().kind() != EntityKind.ROLE) {
                    continue;
                }
                AliasIndex.Hit p = finder.jointFounderAt(s.text(), r.end() - s.begin()).orElse(null);
                if (p != null && free(ms, s, p)) {
                    addPerson(s, p, ms, persons);
                    added = true;
                }
            }
            // "饭点…由吴嘉明创办": the first founder written after 由 with no role before the name
            for (int at : finder.founderNameStarts(folded)) {
                AliasIndex.Hit p = nameWithNoCue(s, at);
                if (p != null && p.begin() == at && !officeEnd(folded, p) && free(ms, s, p)) {
                    addPerson(s, p, ms, persons);
                    added = true;
                }
            }
            for (int k = 0; k < persons.size(); k++) {
                int at = persons.get(k).end() - s.begin();
                int n = folded.codePointCount(0, folded.length());
                while (at < n && folded.codePointAt(folded.offsetByCodePoints(0, at)) == ' ') {
                    at++;
                }
                if (at >= n || "与和及、同".indexOf(folded.codePointAt(folded.offsetByCodePoints(0, at))) < 0) {
                    continue;
                }
                AliasIndex.Hit p = nameWithNoCue(s, at + 1);
                if (p == null || officeEnd(folded, p) || !free(ms, s, p)) {
                    continue;
                }
                addPerson(s, p, ms, persons);
                added = true;
            }
            ms.sort(Comparator.comparingInt(Mention::begin));
        }
        return added;
    }

    /** Whether no mention of the sentence overlaps the hit (code points of the sentence). */
    private static boolean free(List<Mention> ms, Sentence s, AliasIndex.Hit p) {
        return ms.stream().noneMatch(m -> m.begin() - s.begin() < p.end() && m.end() - s.begin() > p.begin());
    }

    /** Whether the hit ends as an office's or organisation's name does ({@link UnlinkedFinder#coordinatedNameEnds}). */
    private boolean officeEnd(String folded, AliasIndex.Hit p) {
        return finder.coordinatedNameEnds(folded.substring(folded.offsetByCodePoints(0, p.begin()),
                folded.offsetByCodePoints(0, p.end())));
    }

    /** The hit as a mention of a person, added to the sentence's mentions and to the persons a name may join. */
    private static void addPerson(Sentence s, AliasIndex.Hit p, List<Mention> ms, List<Mention> persons) {
        Mention m = mention(s, p);
        ms.add(m);
        persons.add(m);
    }

    /**
     * The name {@link UnlinkedFinder#chineseNameAt} reads at code point {@code at}, over a third character where the
     * words after it follow a name ({@link UnlinkedFinder#nameGoesOn}: '與孟書言於2018年', not 孟書); null when none.
     */
    private AliasIndex.Hit nameWithNoCue(Sentence s, int at) {
        return finder.chineseNameAt(s.text(), at).map(h -> finder.nameGoesOn(s.text(), h.begin(), h.end())
                ? finder.chineseHit(s.text(), h.begin(), h.end() + 1, EntityKind.PERSON) : h).orElse(null);
    }

    /**
     * "合肥滨湖产业基金", "杭州城投": a registry place followed by a name stem and an organisation word
     * ({@link UnlinkedFinder#placeFirstOrg}) is one unlinked organisation, over the place's match, when no registry name
     * but places lies inside it ("日本软银集团" stays a place and a company). An institution ("中国矿业大学") is taken only
     * over an organisation found right after the place and ending with it (矿业大学), not over a count or a quality of
     * institutions ("中国多所大学").
     */
    private void placeFirstOrgs(String text, List<AliasIndex.Hit> registry, List<AliasIndex.Hit> found) {
        for (AliasIndex.Hit h : new ArrayList<>(registry)) {
            if (h.entity().kind() != EntityKind.PLACE || !registry.contains(h)) {
                continue;
            }
            finder.placeFirstOrg(text, h.begin(), h.end()).ifPresent(org -> {
                // "中国矿业大学": an institution's name only where its words after the place were found alone (矿业大学)
                if (finder.placeFirstInstitution(org)
                        && found.stream().noneMatch(f -> f.begin() == h.end() && f.end() == org.end() && f.entity().kind() == EntityKind.ORG)) {
                    return;
                }
                List<AliasIndex.Hit> inside = registry.stream().filter(o -> o.begin() < org.end() && o.end() > org.begin()).toList();
                if (inside.stream().allMatch(o -> o.begin() >= org.begin() && o.end() <= org.end() && o.entity().kind() == EntityKind.PLACE)) {
                    registry.removeAll(inside);
                    found.add(org);
                }
            });
        }
    }

    /**
     * Registry matches; an organisation name right after a possessive ("其上海AI实验室", "its Shanghai AI Lab")
     * is a part of the organisation in context, not that organisation, so its words are matched again alone
     * (a place inside it stays a place, and the rules turn "its {PLACE} lab" into the unit located there).
     */
    private List<AliasIndex.Hit> hits(String text, List<Mention> previous) {
        List<AliasIndex.Hit> out = new ArrayList<>();
        List<AliasIndex.Hit> all = senses(text, index.find(text), previous);
        for (AliasIndex.Hit h : all) {
            if (h.entity().kind() == EntityKind.ORG && finder != null && finder.afterPossessive(text, h.begin())
                    && !belongsToPrevious(h, all)) {
                int b = text.offsetByCodePoints(0, h.begin());
                String inner = text.substring(b, text.offsetByCodePoints(b, h.end() - h.begin()));
                for (AliasIndex.Hit i : index.find(inner, e -> e.kind() != EntityKind.ORG && e.kind() != EntityKind.UNIT)) {
                    out.add(new AliasIndex.Hit(h.begin() + i.begin(), h.begin() + i.end(), i.entity()));
                }
            } else {
                out.add(h);
            }
        }
        return out;
    }

    /**
     * A label several registry entities share ({@code ts:ambiguous}), or one that names its entity only in context
     * ({@code ts:contextualLabel}), names the entity whose organisation the sentence, or the one before, also
     * names: "微软……关闭其上海AI实验室" is Microsoft's lab, "上海AI实验室发布" alone the independent laboratory. With no
     * such entity the first sense not bound to context is taken; a market's label bound to context names it before a word
     * that measures a market ("智能手机出货量", "smartwatch shipments"); any other label bound to context alone is no mention.
     */
    private List<AliasIndex.Hit> senses(String text, List<AliasIndex.Hit> hits, List<Mention> previous) {
        if (registry == null || hits.stream().allMatch(h -> h.senses().isEmpty())) {
            return hits;
        }
        List<String> context = new ArrayList<>();
        previous.stream().filter(m -> m.entity().linked()).forEach(m -> context.add(m.entity().iri()));
        List<AliasIndex.Hit> out = new ArrayList<>();
        for (AliasIndex.Hit h : hits) {
            if (h.senses().isEmpty()) {
                out.add(h);
                continue;
            }
            List<String> near = new ArrayList<>(context);
            hits.stream().filter(o -> o != h && o.senses().isEmpty()).forEach(o -> near.add(o.entity().iri()));
            boolean lowerLatin = lowerLatin(text, h);
            boolean inChinese = capitalisedInChinese(text, h);
            AliasIndex.Sense chosen = h.senses().stream().filter(x -> !(x.contextual() && lowerLatin))
                    .filter(x -> namedNear(x.entity(), near)).findFirst()
                    .or(() -> h.senses().stream().filter(x -> !x.contextual()).findFirst())
                    .or(() -> h.senses().stream().filter(x -> inChinese && x.entity().kind() == EntityKind.ORG).findFirst())
                    .or(() -> h.senses().stream().filter(x -> !lowerLatin && x.entity().kind() == EntityKind.ORG
                            && listedWithCompany(text, h, hits)).findFirst())
                    .or(() -> h.senses().stream().filter(x -> x.entity().kind() == EntityKind.MARKET && finder != null
                            && finder.marketMeasureAfter(text, h.end())).findFirst()).orElse(null);
            if (chosen != null) {
                out.add(h.as(chosen.entity()));
            }
        }
        return out;
    }

    /**
     * "with Acumen also investing": a cue that finds an organisation whose words, whole, are a registry organisation's
     * label bound to context ({@code ts:contextualLabel}, a common word that names it only in context) gives that
     * context: the words name the registry organisation, not a new one.
     */
    private void contextualOrganisations(String text, List<AliasIndex.Hit> found) {
        for (int i = 0; i < found.size(); i++) {
            AliasIndex.Hit u = found.get(i);
            if (u.entity().kind() != EntityKind.ORG || u.entity().linked()) {
                continue;
            }
            int b = text.offsetByCodePoints(0, u.begin());
            String words = text.substring(b, text.offsetByCodePoints(b, u.end() - u.begin()));
            List<AliasIndex.Hit> whole = index.find(words);
            if (whole.size() == 1 && whole.get(0).begin() == 0 && whole.get(0).end() == words.codePointCount(0, words.length())) {
                AliasIndex.Sense sense = whole.get(0).senses().stream()
                        .filter(x -> x.contextual() && x.entity().kind() == EntityKind.ORG).findFirst().orElse(null);
                if (sense != null) {
                    found.set(i, u.as(sense.entity()));
                }
            }
        }
    }

    /**
     * True when the words matched are Latin letters written all in lower case: a label bound to context ("Arm",
     * "Workday") is a name only as a name is written, not the common word ("its cloud arm").
     */
    private static boolean lowerLatin(String text, AliasIndex.Hit h) {
        int b = text.offsetByCodePoints(0, h.begin());
        String w = text.substring(b, text.offsetByCodePoints(b, h.end() - h.begin()));
        return w.codePoints().anyMatch(c -> c < 0x250 && Character.isLetter(c)) && w.codePoints().noneMatch(Character::isUpperCase);
    }

    /**
     * True when the words matched are one capitalised Latin word ("Cadence", "Grab", not "CPE") written against Chinese
     * text ("前Cadence销售副总裁", "曾在Arm担任"): Chinese news does not write an English common word so, only a name, so a
     * company's label bound to context names it there.
     */
    private static boolean capitalisedInChinese(String text, AliasIndex.Hit h) {
        int b = text.offsetByCodePoints(0, h.begin());
        int e = text.offsetByCodePoints(b, h.end() - h.begin());
        String w = text.substring(b, e);
        if (!w.matches("\\p{Lu}[\\p{Ll}-]*\\p{Ll}")) {
            return false;
        }
        boolean hanBefore = b > 0 && Character.UnicodeScript.of(text.codePointBefore(b)) == Character.UnicodeScript.HAN;
        boolean hanAfter = e < text.length() && Character.UnicodeScript.of(text.codePointAt(e)) == Character.UnicodeScript.HAN;
        return hanBefore || hanAfter;
    }

    /** What joins two names of a list: "、", a comma, "and", 与 / 與 / 和 / 及 / 以及. */
    private static final Pattern LIST_JOIN = Pattern.compile("\\s*(?:[、,，]\\s*(?:and\\s+)?|and\\s+|以及|[与與和及])\\s*");

    /**
     * True when the words matched stand in a list right beside a company the registry names outside context
     * ("由村田、三星電機與國巨分居前三", "Uber and Grab"): a list of companies names companies, not a surname or a common word.
     */
    private static boolean listedWithCompany(String text, AliasIndex.Hit h, List<AliasIndex.Hit> hits) {
        for (AliasIndex.Hit o : hits) {
            if (o == h || o.entity().kind() != EntityKind.ORG || !(o.senses().isEmpty() || o.senses().stream().anyMatch(x -> !x.contextual()))) {
                continue;
            }
            int from = o.end() <= h.begin() ? o.end() : h.end() <= o.begin() ? h.end() : -1;
            int to = o.end() <= h.begin() ? h.begin() : o.begin();
            if (from >= 0) {
                int b = text.offsetByCodePoints(0, from);
                String gap = text.substring(b, text.offsetByCodePoints(b, to - from));
                if (LIST_JOIN.matcher(gap).matches()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when a context entity is the entity itself or one of the organisations above it. */
    private boolean namedNear(EntityRef e, List<String> near) {
        List<String> chain = registry.chain(e.iri());
        return near.stream().anyMatch(chain::contains);
    }

    /**
     * "字节跳动旗下火山引擎": the organisation after the possessive is, in the registry ({@code org:subOrganizationOf}),
     * part of the nearest organisation before it, so it is named, not a unit of that organisation to be resolved.
     */
    private boolean belongsToPrevious(AliasIndex.Hit h, List<AliasIndex.Hit> all) {
        if (registry == null) {
            return false;
        }
        AliasIndex.Hit prev = null;
        for (AliasIndex.Hit o : all) {
            if (o.end() <= h.begin() && (o.entity().kind() == EntityKind.ORG || o.entity().kind() == EntityKind.UNIT)) {
                prev = o;
            }
        }
        if (prev == null) {
            return false;
        }
        return registry.isPartOf(h.entity().iri(), prev.entity().iri());
    }

    private static Mention mention(Sentence s, AliasIndex.Hit h) {
        int b = s.text().offsetByCodePoints(0, h.begin());
        int e = s.text().offsetByCodePoints(b, h.end() - h.begin());
        return new Mention(s.begin() + h.begin(), s.begin() + h.end(), s.index(), s.text().substring(b, e), h.entity());
    }

    /**
     * A line written in title case, as English headlines are ("Liftiq Picks Insight Partners for Its Series B"): three
     * capitalised words or more and no word of five letters or more in lower case but a preposition, so capitals there
     * do not mark names ("Castellano: Fjord Norway Analytics put us at 12% of the market" is running text).
     */
    private static boolean titleCase(String text) {
        int capitalised = 0;
        for (String w : text.split("[\\s\"“”(),:;.!?]+")) {
            if (w.isEmpty() || !Character.isLetter(w.codePointAt(0))) {
                continue;
            }
            if (Character.isUpperCase(w.codePointAt(0))) {
                capitalised++;
            } else if (w.length() >= 5 && !TITLE_CASE_LOWER.contains(w)) {
                return false;
            }
        }
        return capitalised >= 3;
    }

    /** Prepositions a title-case headline may leave in lower case. */
    private static final Set<String> TITLE_CASE_LOWER = Set.of("about", "after", "among", "under", "until", "since", "while",
            "within", "without", "through", "across", "against", "between", "before", "behind", "despite", "during", "toward",
            "towards", "amid", "amidst", "into", "onto", "upon", "versus");

    /** A Latin-script name of two words or more, each starting with a capital or a digit ("Pos Malaysia"). */
    private static boolean latinNameOfWords(String label) {
        String[] words = label.split(" ");
        return words.length >= 2 && label.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                && java.util.Arrays.stream(words).allMatch(w -> !w.isEmpty() && (Character.isUpperCase(w.codePointAt(0)) || Character.isDigit(w.codePointAt(0)) || w.equals("&")));
    }
}
