package dev.techshift.loader.entity;

import com.fasterxml.jackson.databind.JsonNode;
import dev.techshift.loader.article.Article;
import dev.techshift.loader.article.Sentence;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The linker's last step: references to a unit that do not name it.
 * <ul>
 *   <li>a unit described by its place after a possessive, "其位于苏州的研发中心", "旗下杭州实验室", is the registry unit of
 *       the organisation in context located there, when the registry has exactly one (the place's mention becomes
 *       the unit's, spanning the description);</li>
 *   <li>a demonstrative with a unit noun, "该研究院", "這家實驗室", "此中心", is the unit that noun fits (its words
 *       or a registry label contain the noun) mentioned last, in the same sentence or up to three sentences before.</li>
 * </ul>
 * The words come from {@code data/rules/unlinked.json}: {@code unitNouns}, {@code unitDemonstratives}, and for
 * English "the lab", "this institute" {@code unitNounsLatin}, {@code unitDemonstrativesLatin} (a capitalised noun
 * starts a name, "the Lab", and is left alone).
 * <pre>
 *   UnitReferences refs = UnitReferences.of(UnlinkedFinder.load(Path.of("data/rules/unlinked.json"), idBase), registry);
 *   List&lt;Mention&gt; all = refs.resolve(article, linker.link(article));
 * </pre>
 */
public final class UnitReferences {

    /** How many sentences back a demonstrative looks for its unit. */
    private static final int SENTENCES_BACK = 3;

    /** "位于上海的…", "在上海的…": the words between a possessive and the place of a described unit. */
    private static final Pattern LOCATED = Pattern.compile("(?:位于|位於|在)$");
    /**
     * A place's name in Latin letters in brackets right after its Chinese name ("位于格拉斯哥（Glasgow）的客户支持办公室", on the
     * folded text): a gloss of the place, no part of the site's words, and left out of its name.
     */
    private static final String GLOSS = "(?:\\([a-z][a-z .'-]{1,30}\\))?";
    private static final Pattern GLOSS_AT = Pattern.compile("^[(（][A-Za-z][A-Za-z .'-]{1,30}[)）]");

    /** Text ending in a preposition that makes the name after it an object ("moved to", "bets on"). */
    private static final Pattern AFTER_PREPOSITION = Pattern.compile("\\b(?:to|on|with|from|for|by|at|of) $");
    /** "Globex's Xiamen lab": the words between an owner and the place of its site. */
    private static final Pattern POSSESSIVE_S = Pattern.compile("['’]s ");

    /** What may stand before the place of an English site: "its", "the company's", "Globex's", "the". */
    private static final Pattern LATIN_OPENING = Pattern.compile("(?:^|[^\\p{L}])(?:the|[Tt]he) $");

    /** One lower-case word between the opening and the place: "its smaller Kraków design studio", "the new Austin lab". */
    private static final Pattern LATIN_ADJECTIVE = Pattern.compile("(?<=\\s)[a-z]+ $");

    /** A lower-case word right before a headline's site: "to shut Xiamen R&D centre". */
    private static final Pattern HEADLINE_VERB = Pattern.compile("(?:^|[^\\p{L}])[a-z]+ $");

    /** "our" or "your" before an English site's place, at most three lower-case words between: "closed our Dublin office". */
    private static final Pattern SPEAKER_POSSESSIVE = Pattern.compile("(?:^|[^\\p{L}])(?:[Oo]ur|[Yy]our) (?:[a-z][a-z&-]* ){0,3}$");

    /** A Chinese closing verb right before a site's place (folded text): "关闭福州研发办公室", "注销西安分公司", "关闭其位于武汉的…". */
    private static final Pattern ZH_CLOSING_BEFORE = Pattern.compile("(?:关闭|关停|裁撤|撤销|注销|结束|熄灯)了?(?:其|旗下)?(?:位于|在)?$");

    /**
     * 把 before a site's place and a closing verb right after the site (folded text): "我们去年把深圳的办事处关了",
     * "公司已把苏州工厂关闭": the 把 construction puts the site before the verb that closes it.
     */
    private static final Pattern ZH_DISPOSAL_BEFORE = Pattern.compile("把(?:其|旗下)?(?:位于|在)?$");

    /**
     * A bare 公司 as the subject of the clause that closes a site (folded text before the site's place): "同日,公司证实已关闭位于美国佛蒙特州",
     * "此外,该公司已关闭": the site is the article's topic's.
     */
    private static final Pattern ZH_COMPANY_SUBJECT = Pattern.compile(
            "(?:^|[,;:])\\s*(?:(?:同日|当日|当天|此外|同时|另外|与此同时)\\s*,?\\s*)?(?:该公司|本公司|公司)(?!的)[^,;。]{0,10}?(?:关闭|关停|裁撤|撤销|注销|结束)了?(?:其|旗下)?(?:位于|在)?\\p{IsHan}{0,12}$");
    private static final Pattern ZH_CLOSING_AFTER = Pattern.compile("^(?:给)?(?:关闭|关停|关掉|关了|裁撤|撤销|注销|撤掉|撤了)");

    /** Text before an English site's place that makes the site a destination: "moving 18 technicians to its Cleveland plant". */
    private static final Pattern LATIN_DESTINATION = Pattern.compile("(?:^|[^\\p{L}])(?:to|into) (?:its|their|the|a|our) (?:new |main |larger |existing )?$");

    /** Words joining two places that share one establishment noun: "上海和北京的研发中心". */
    private static final Pattern COORDINATOR = Pattern.compile("\\s*(?:和|及|与|與|、|以及|或)\\s*");

    private final Registry registry;
    private final UnlinkedFinder finder;
    private final Pattern anaphor;
    private final Pattern latinAnaphor;
    private final Pattern description;
    /** As {@link #establishment}, after 位于: a district may follow the place without its suffix. */
    private final Pattern locatedEstablishment;
    private final Pattern establishment;
    private final Pattern latinEstablishment;
    /** A site's words that start with a region it serves ({@code establishmentRegionNames}: 华南, 亚太…); null when none. */
    private final Pattern regionNamed;
    private final Pattern notEstablishment;
    private final Pattern latinClosedEstablishment;
    private final Pattern latinClosingBefore;
    private final Pattern latinClosingNounBefore;
    private final Pattern destinationBefore;
    private final Pattern latinModifier;
    /** {@code establishmentShortFormNot}: words by which a site's words before its noun are no name of it (研发, 装配…). */
    private final List<String> shortFormNot;
    /**
     * {@code establishmentOwnerNotAfterLatin}: a role word right before an organisation ("founding investor X", "rival X")
     * that makes it a counterpart of the article's company, no owner of the site the next sentence's subject closes.
     */
    private final Pattern counterpartBefore;

    /**
     * The words of {@code data/rules/unlinked.json} ({@code unitNouns}, {@code unitDemonstratives},
     * {@code unitNounsLatin}, {@code unitDemonstrativesLatin}, {@code establishmentPlaceParts}…), folded; read with the
     * rest of the cue file.
     */
    record Cues(List<String> nouns, List<String> demonstratives, List<String> latinNouns, List<String> latinDemonstratives,
                List<String> establishments, List<String> latinEstablishments, List<String> notEstablishments,
                List<String> latinClosedEstablishments, List<String> latinClosingVerbs, List<String> destinationVerbs,
                List<String> latinEvaluative, List<String> placeParts, List<String> latinClosedAfterPlace,
                List<String> regionNames, List<String> shortFormNot, List<String> counterpartWords) {
        static Cues of(JsonNode cues) {
            return new Cues(words(cues, "unitNouns"), words(cues, "unitDemonstratives"), words(cues, "unitNounsLatin"),
                    words(cues, "unitDemonstrativesLatin"), words(cues, "establishmentNouns"),
                    asWritten(cues, "establishmentNounsLatin"), words(cues, "establishmentNounsNot"),
                    words(cues, "establishmentNounsLatinClosed"), words(cues, "establishmentClosingVerbsLatin"),
                    words(cues, "establishmentDestinationVerbs"), asWritten(cues, "establishmentEvaluativeLatin"),
                    words(cues, "establishmentPlaceParts"), words(cues, "establishmentNounsLatinClosedAfterPlace"),
                    words(cues, "establishmentRegionNames"), plain(cues, "establishmentShortFormNot"),
                    words(cues, "establishmentOwnerNotAfterLatin"));
        }

        /** The folded words of a key, unquoted. */
        private static List<String> plain(JsonNode cues, String key) {
            List<String> out = new ArrayList<>();
            cues.path(key).forEach(n -> out.add(TextFold.fold(n.asText())));
            return out;
        }

        /**
         * The words of a key as written, quoted for a pattern, longest first: English site nouns are matched on the
         * text as written ("R&D centre" keeps its capitals; folding would make it "r&d centre" and never match).
         */
        private static List<String> asWritten(JsonNode cues, String key) {
            List<String> out = new ArrayList<>();
            cues.path(key).forEach(n -> out.add(Pattern.quote(n.asText())));
            out.sort(Comparator.comparingInt(String::length).reversed());
            return out;
        }

        /** The folded words of a key, quoted for a pattern, longest first. */
        private static List<String> words(JsonNode cues, String key) {
            List<String> out = new ArrayList<>();
            cues.path(key).forEach(n -> out.add(Pattern.quote(TextFold.fold(n.asText()))));
            out.sort(Comparator.comparingInt(String::length).reversed());
            return out;
        }
    }

    private UnitReferences(UnlinkedFinder finder, Registry registry) {
        this.registry = registry;
        this.finder = finder;
        Cues c = finder.unitCues();
        this.shortFormNot = c.shortFormNot();
        this.counterpartBefore = c.counterpartWords().isEmpty() ? null
                : Pattern.compile("(?<![\\p{L}])(?:" + String.join("|", c.counterpartWords()) + ") (?:the )?$");
        String noun = "(?:" + String.join("|", c.nouns()) + ")";
        this.anaphor = c.nouns().isEmpty() || c.demonstratives().isEmpty() ? null
                : Pattern.compile("(?:" + String.join("|", c.demonstratives()) + ")(" + noun + ")");
        // "the lab", "this institute": whole words, and not the start of a name ("the Lab at ...": folded text
        // has no capitals, so the check is made on the words as written)
        this.latinAnaphor = c.latinNouns().isEmpty() || c.latinDemonstratives().isEmpty() ? null
                : Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", c.latinDemonstratives()) + ") ("
                        + String.join("|", c.latinNouns()) + ")(?![\\p{L}\\p{N}])");
        // after the place: "的", then at most eight letters of what the unit does ("人工智能", "AI", "研发"), the noun
        this.description = c.nouns().isEmpty() ? null : Pattern.compile("^的?[\\p{IsHan}A-Za-z&]{0,8}?" + noun);
        // after the place: "的", then at most six letters of what the site does ("人工智能", "AI"), the establishment noun;
        // a second 的 makes the words a clause ("台湾产能的代工厂", a contract manufacturer of Taiwanese capacity)
        // a part of the place may come first: "位于苏州工业园区的研发中心" is the Suzhou site ({@code establishmentPlaceParts})
        String part = c.placeParts().isEmpty() ? "" : "(?:\\p{IsHan}{0,4}?(?:" + String.join("|", c.placeParts()) + ")(?=的))?";
        this.establishment = c.establishments().isEmpty() ? null
                : Pattern.compile("^" + GLOSS + part + "的?(?:(?!的)[\\p{IsHan}A-Za-z&]){0,6}?(" + String.join("|", c.establishments()) + ")");
        // after 位于 the place may be followed by a district written without its suffix: "位于深圳南山的研发中心" is the
        // Shenzhen site (南山 is a district of it): two Han characters, 的, and the noun right after it
        this.locatedEstablishment = c.establishments().isEmpty() ? null
                : Pattern.compile("^" + GLOSS + "(?:" + (c.placeParts().isEmpty() ? "" : "\\p{IsHan}{0,4}?(?:" + String.join("|", c.placeParts())
                        + ")(?=的)的?(?:(?!的)[\\p{IsHan}A-Za-z&]){0,6}?|") + "\\p{IsHan}{2}的|的?(?:(?!的)[\\p{IsHan}A-Za-z&]){0,6}?)("
                        + String.join("|", c.establishments()) + ")");
        // "越南与墨西哥的厂区", "台湾代工厂": words written with an establishment noun that name no site
        this.notEstablishment = c.notEstablishments().isEmpty() ? null
                : Pattern.compile(String.join("|", c.notEstablishments()));
        // English, on the words as written: "Xiamen development centre", "Kraków-based AI lab"; lower-case words only,
        // so "Xiamen Development Center" (a name the finder reads whole) is not a site
        this.regionNamed = c.regionNames().isEmpty() ? null : Pattern.compile("(?:" + String.join("|", c.regionNames()) + ")");
        this.latinEstablishment = c.latinEstablishments().isEmpty() ? null
                : Pattern.compile("^(?:-based)? (?:(?:[a-z][a-z-]*|AI|R&D) ){0,3}?(" + String.join("|", c.latinEstablishments())
                        + ")(?![\\p{L}\\p{N}])");
        // English nouns that name a site only as what is closed ("close the Dublin office", "shut its office in
        // Dublin", "closed a small office in Denver"); elsewhere they stay a place ("move staff to its London office"
        // keeps London as the destination)
        List<String> closedNouns = new ArrayList<>(c.latinClosedEstablishments());
        closedNouns.addAll(c.latinEstablishments());
        closedNouns.sort(Comparator.comparingInt(String::length).reversed());
        boolean closing = !c.latinClosingVerbs().isEmpty() && !c.latinClosedEstablishments().isEmpty();
        String verb = "(?:^|[^\\p{L}])(?i:" + String.join("|", c.latinClosingVerbs()) + ") (?:(?:the|its|their|our|your|a|an) )?";
        // nouns read only right after the place ("close its Aberdeen operations centre", never "its operations centre in X");
        // two words of what the site does may be joined by "and" ("shut its Phoenix repair and service hub")
        List<String> afterPlace = new ArrayList<>(closedNouns);
        afterPlace.addAll(c.latinClosedAfterPlace());
        afterPlace.sort(Comparator.comparingInt(String::length).reversed());
        this.latinClosedEstablishment = !closing ? null
                : Pattern.compile("^ (?:[a-z][a-z-]* (?:and (?=[a-z]))?){0,2}?(" + String.join("|", afterPlace) + ")(?![\\p{L}\\p{N}])");
        // "has closed its small Toronto research office": one lower-case word may stand between the determiner and the place;
        // an interview says "we closed our Dublin office", "you shut your office in Lyon"
        this.latinClosingBefore = !closing ? null
                : Pattern.compile("(?:^|[^\\p{L}])(?i:" + String.join("|", c.latinClosingVerbs())
                        + ") (?:(?:the|its|their|our|your|a|an) " + "(?:[a-z][a-z-]* )?)?$");
        this.latinClosingNounBefore = !closing ? null
                : Pattern.compile(verb + "(?<words>(?:(?:[a-z][a-z-]*|AI|R&D) ){0,2}?)(?<noun>(?:" + String.join("|", closedNouns) + ")) in $");
        // what the site does stays in its name, an evaluative word and what precedes it do not: "closed a small design
        // office in Toronto" is the design office, "shut its battery assembly plant in Tampere" the battery assembly plant
        String evaluative = c.latinEvaluative().isEmpty() ? "" : "(?!(?:" + String.join("|", c.latinEvaluative()) + ") )";
        // ("shut its small R&D office in Hsinchu" is the R&D office)
        this.latinModifier = Pattern.compile("(?<![\\p{L}&-])(?:" + evaluative + "(?![a-z-]*ed )(?:[a-z][a-z-]*|AI|R&D) )+$");
        // "约80名工程师将调往台南厂", "转移至戴尔在台湾和印度班加罗尔的团队": the place and noun after a moving verb (in
        // the same clause, no closing verb between) are where staff go, a place
        this.destinationBefore = c.destinationVerbs().isEmpty() ? null
                : Pattern.compile("(?:" + String.join("|", c.destinationVerbs())
                        + ")(?:(?!关闭|关停|裁撤|撤销|解散|结束)[^。;,，！？!?]){0,12}$");
    }

    /** With the finder's cue words and its possessives ({@link UnlinkedFinder#afterPossessive}). */
    public static UnitReferences of(UnlinkedFinder finder, Registry registry) {
        return new UnitReferences(finder, registry);
    }

    /** The article's mentions with described units resolved and demonstratives added, in text order. */
    public List<Mention> resolve(Article article, List<Mention> mentions) {
        List<List<Mention>> bySentence = new ArrayList<>();
        article.sentences().forEach(s -> bySentence.add(new ArrayList<>()));
        mentions.forEach(m -> bySentence.get(m.sentence()).add(m));
        establishments(article, bySentence);
        projects(article, bySentence);
        headlineUnits(bySentence);
        for (Sentence s : article.sentences()) {
            List<Mention> ms = bySentence.get(s.index());
            String folded = TextFold.fold(s.text());
            if (s.language().startsWith("zh")) {
                describedUnits(s, folded, ms, s.index() == 0 ? List.of() : bySentence.get(s.index() - 1));
                demonstratives(s, folded, ms, bySentence, anaphor);
            } else {
                demonstratives(s, folded, ms, bySentence, latinAnaphor);
            }
            ms.sort(Comparator.comparingInt(Mention::begin));
        }
        List<Mention> out = new ArrayList<>();
        bySentence.forEach(out::addAll);
        return out;
    }

    /**
     * A company's own project or plant, named by the company and what it makes, as Chinese news reports one signed,
     * settled or started: "海芯动力车规级碳化硅功率模块产业化项目签约仪式", "X年产20GW高效光伏组件项目签约落户滁州",
     * "X基因测序仪华东生产基地落户武进". The words after the organisation's name, up to the project noun and a verb of
     * signing, settling or breaking ground, are an unlinked unit of that organisation, labelled with its name and those
     * words (a declared short name between, "（以下简称“X”）", is left out), so every sentence that names it so is one
     * unit; "X生产基地项目" is the base ("项目" after a site's noun adds nothing, and stays outside the name). A joint one ("X与Y合作项目", "Y战略合作
     * 项目": no company's own), a clause (的) or another organisation or person inside is no such name.
     */
    private void projects(Article article, List<List<Mention>> bySentence) {
        for (Sentence s : article.sentences()) {
            if (!s.language().startsWith("zh")) {
                continue;
            }
            List<Mention> ms = bySentence.get(s.index());
            String folded = TextFold.fold(s.text());
            List<Mention> added = new ArrayList<>();
            List<Mention> removed = new ArrayList<>();
            for (Mention org : ms) {
                if (org.entity().kind() != EntityKind.ORG) {
                    continue;
                }
                int e = org.end() - s.begin();
                String rest = folded.substring(folded.offsetByCodePoints(0, e));
                Matcher p = PROJECT.matcher(rest);
                if (!p.lookingAt()) {
                    continue;
                }
                int from = e + rest.codePointCount(0, p.end("declared"));
                // "X生产基地项目" is the base: the site's noun ends its name, 项目 stays outside it
                boolean site = p.group("noun").equals("项目") && SITE_END.matcher(p.group("words")).find();
                int end = e + rest.codePointCount(0, site ? p.end("words") : p.end("noun"));
                List<Mention> inside = ms.stream().filter(o -> o != org && o.begin() - s.begin() < end && o.end() - s.begin() > from).toList();
                if (inside.stream().anyMatch(o -> o.entity().kind() == EntityKind.ORG || o.entity().kind() == EntityKind.PERSON
                        || o.entity().kind() == EntityKind.UNIT)) {
                    continue;
                }
                String surface = slice(s.text(), from, end);
                // the company's name as the article writes it: a registry company's label may be in another script
                // ("CATL" for 宁德时代), an unlinked one's is its declared short name (晶澜光能 for its full name)
                String label = (org.entity().linked() ? org.surface().strip() : org.entity().label()) + surface;
                EntityRef unit = new EntityRef(finder.iri(EntityKind.UNIT, label), EntityKind.UNIT, label, false, org.entity().iri());
                removed.addAll(inside);
                added.add(new Mention(s.begin() + from, s.begin() + end, s.index(), surface, unit));
            }
            ms.removeAll(removed);
            ms.addAll(added);
            ms.sort(Comparator.comparingInt(Mention::begin));
        }
    }

    /**
     * A project named after its company ({@link #projects}): the rest of the company's full name, when the name read
     * is its short form ("蓝渔智能" of 蓝渔智能科技有限公司), and a declared short name may come first, then two to
     * twenty-four letters or digits of what it makes (no 的, no word joining two names), the project noun, and a verb
     * of signing, settling or starting it. A park's release has the company hold the ceremony ("园区与X（以下简称“X”）举行
     * 高速光模块生产基地项目签约仪式"): 举行 or 举办 before the words is no part of the project's name.
     */
    private static final Pattern PROJECT = Pattern.compile("(?<declared>(?:\\p{IsHan}{0,4}?(?:有限公司|公司|集团))?(?:[（(](?:以下简称|下称|简称)[^)）]{1,14}[)）])?"
            + "(?:举行|举办)?)"
            + "(?<words>(?!\\p{IsHan}{0,4}合作)(?:(?![的之与和及、])[\\p{IsHan}A-Za-z0-9]){2,24}?)(?<noun>项目|生产基地|产业园|生产线|产线)"
            + "(?=(?:正式)?(?:签约|落户|开工|奠基|动工|揭牌))");

    /** A site's noun at the end of a project's words: "华东生产基地项目" is the base. */
    private static final Pattern SITE_END = Pattern.compile("(?:基地|工厂|厂|产业园|园区|中心|产线|生产线)$");

    /**
     * "…as it shuts Dublin hub" over "…close its Dublin engineering hub": a headline shortens a unit the body names in
     * full, so an unlinked unit of the headline whose words are, in order, words of exactly one unlinked unit the body
     * names, beginning and ending with the same word (its place and its kind: 成都中心 in 成都研发中心), is that unit
     * wherever the article writes it.
     */
    private static void headlineUnits(List<List<Mention>> bySentence) {
        if (bySentence.size() < 2) {
            return;
        }
        Map<String, EntityRef> body = new LinkedHashMap<>();
        for (List<Mention> ms : bySentence.subList(1, bySentence.size())) {
            for (Mention m : ms) {
                if (m.entity().kind() == EntityKind.UNIT && !m.entity().linked()) {
                    body.putIfAbsent(m.entity().iri(), m.entity());
                }
            }
        }
        Map<String, EntityRef> same = new HashMap<>();
        for (Mention m : bySentence.get(0)) {
            EntityRef t = m.entity();
            if (t.kind() != EntityKind.UNIT || t.linked() || same.containsKey(t.iri())) {
                continue;
            }
            List<String> kept = words(t.label());
            List<EntityRef> longer = body.values().stream()
                    .filter(b -> !b.iri().equals(t.iri()) && shortens(kept, words(b.label()))).toList();
            if (kept.size() >= 2 && longer.size() == 1) {
                same.put(t.iri(), longer.get(0));
            }
        }
        if (same.isEmpty()) {
            return;
        }
        for (List<Mention> ms : bySentence) {
            ms.replaceAll(m -> same.containsKey(m.entity().iri()) ? m.as(same.get(m.entity().iri())) : m);
        }
    }

    /** A label's words: each Han character, each run of letters or digits, case-folded. */
    private static List<String> words(String label) {
        List<String> out = new ArrayList<>();
        Matcher w = WORD.matcher(TextFold.fold(label).toLowerCase(Locale.ROOT));
        while (w.find()) {
            out.add(w.group());
        }
        return out;
    }

    private static final Pattern WORD = Pattern.compile("\\p{IsHan}|[\\p{L}\\p{N}]+");

    /** Whether {@code s} is {@code l} with words left out, neither its first nor its last. */
    private static boolean shortens(List<String> s, List<String> l) {
        if (s.size() >= l.size() || s.isEmpty() || !s.get(0).equals(l.get(0)) || !s.get(s.size() - 1).equals(l.get(l.size() - 1))) {
            return false;
        }
        int i = 0;
        for (String w : l) {
            if (i < s.size() && s.get(i).equals(w)) {
                i++;
            }
        }
        return i == s.size();
    }

    /** A site written as place + establishment noun, with the organisation it belongs to (see {@link #establishments}). */
    private record Site(int sentence, int begin, int end, String surface, String label, String organization, String place,
                        String key, String noun, int rank, List<Mention> replaced) {

        /** Whether the noun is written in Latin letters ("R&D centre") rather than Han ("研发中心"). */
        boolean latin() {
            return noun.codePoints().anyMatch(c -> c < 0x2E80 && Character.isLetter(c));
        }
    }

    /**
     * Sites named by their place and an establishment noun ({@code establishmentNouns}): "SAP大连研发中心",
     * "其大连研发中心", "位于新竹的研发中心". Each is a unit of the organisation written right before it, else of the
     * one named last before it in the sentence or the sentence before: the registry unit of that organisation located
     * there when there is one, else an unlinked unit of it ({@code org:unitOf}). All the ways one article writes the
     * same site (organisation, place; the noun too when one language writes two there) are one unit, labelled with its
     * fullest spelling: one without 的, then one the body (not the headline) writes, then the one that starts with the
     * organisation's name, then a Chinese one, then the longest.
     */
    private void establishments(Article article, List<List<Mention>> bySentence) {
        if (establishment == null && latinEstablishment == null) {
            return;
        }
        List<Site> sites = new ArrayList<>();
        int[][] chars = charOffsets(article);
        for (Sentence s : article.sentences()) {
            boolean zh = s.language().startsWith("zh");
            if (zh ? establishment == null : latinEstablishment == null) {
                continue;
            }
            List<Mention> ms = bySentence.get(s.index());
            String folded = TextFold.fold(s.text());
            for (int k = 0; k < ms.size(); k++) {
                Mention place = ms.get(k);
                if (place.entity().kind() != EntityKind.PLACE) {
                    continue;
                }
                int e = place.end() - s.begin();
                boolean located = zh && LOCATED.matcher(folded.substring(0, folded.offsetByCodePoints(0, place.begin() - s.begin()))).find();
                // "its Reno, Nevada repair depot": a city written with its state or country after a comma is the site's
                // place, and the site's words follow the state
                Mention state = !zh && k + 1 < ms.size() && ms.get(k + 1).entity().kind() == EntityKind.PLACE
                        && slice(s.text(), e, ms.get(k + 1).begin() - s.begin()).equals(", ") ? ms.get(k + 1) : null;
                int after = state == null ? e : state.end() - s.begin();
                Matcher d = zh ? (located ? locatedEstablishment : establishment).matcher(folded.substring(folded.offsetByCodePoints(0, e)))
                        : latinEstablishment.matcher(s.text().substring(s.text().offsetByCodePoints(0, after)));
                // an English site closed: "close the Dublin office" (noun after the place) or "shut its office in
                // Dublin" (noun before it, the site's words starting at the noun)
                int nounFirst = -1;
                boolean described = false;
                Site earlier = null;
                if (!zh && !(d.find() && (latinOpening(s, ms, k) || headlineOpening(article, s, place)))) {
                    String head = s.text().substring(0, s.text().offsetByCodePoints(0, place.begin() - s.begin()));
                    d = latinClosedEstablishment == null ? null
                            : latinClosedEstablishment.matcher(s.text().substring(s.text().offsetByCodePoints(0, after)));
                    Matcher n = latinClosingNounBefore == null ? null : latinClosingNounBefore.matcher(head);
                    if (n != null && n.find()) {
                        Matcher what = latinModifier.matcher(n.group("words"));
                        described = what.find();
                        nounFirst = head.codePointCount(0, described ? n.start("words") + what.start() : n.start("noun"));
                        d = n;
                    } else if (d == null || !d.find()) {
                        continue;
                    } else if (!latinClosingBefore.matcher(head).find()) {
                        // "The Dublin site, which opened in 2014, …": after "the" or a possessive, "site" or "facility" (words
                        // that only refer back) is the site at that place named before in the article, whatever noun it was
                        // named with
                        earlier = !latinOpening(s, ms, k) || !REFERS_BACK.matcher(d.group(1)).matches() ? null : sites.stream()
                                .filter(x -> x.place().equals(place.entity().iri())).reduce((x, y) -> y).orElse(null);
                        if (earlier == null) {
                            continue;
                        }
                    }
                } else if (zh && !d.find()) {
                    continue;
                }
                if (zh && destinationBefore != null
                        && destinationBefore.matcher(folded.substring(0, folded.offsetByCodePoints(0, place.begin() - s.begin()))).find()) {
                    continue;
                }
                if (!zh && nounFirst < 0 && earlier == null && LATIN_DESTINATION.matcher(
                        s.text().substring(0, s.text().offsetByCodePoints(0, place.begin() - s.begin()))).find()) {
                    // "moving 18 technicians to its Cleveland plant": the site staff or work go to is where they go (the
                    // place a relocation reads), as 调往成都分公司 is in Chinese, not a site the article names
                    continue;
                }
                if (zh && notEstablishment != null) {
                    // the matched words and the character after them: "厂区" is read from "厂" + "区"
                    String rest = folded.substring(folded.offsetByCodePoints(0, e));
                    String words = rest.substring(0, Math.min(rest.length(), d.end() + 1));
                    if (notEstablishment.matcher(words).find()) {
                        continue;
                    }
                }
                // "research and development centre" and "R&D centre" are one noun, so the two spellings are one site; so are
                // "plant" and "factory" ("close its Dresden plant… The Dresden factory, which opened in 2004")
                String writtenNoun = earlier != null ? earlier.noun()
                        : (nounFirst >= 0 ? d.group("noun") : d.group(1)).toLowerCase().replace("research and development", "r&d");
                String noun = writtenNoun.replace("factory", "plant");
                if (earlier == null && !zh && nounFirst < 0 && !noun.equals(writtenNoun) && LATIN_OPENING.matcher(
                        s.text().substring(0, s.text().offsetByCodePoints(0, place.begin() - s.begin()))).find()) {
                    // "The Dresden factory" after "its Dresden plant": "the" with the other word for the same noun refers
                    // back to the site named before at that place, whose spelling names it
                    String n = noun;
                    String at = place.entity().iri();
                    String written = slice(s.text(), place.begin() - s.begin(), after + d.group().codePointCount(0, d.group().length())).strip();
                    Site before = sites.stream().filter(x -> x.place().equals(at) && x.noun().equals(n)
                                    && !x.label().equalsIgnoreCase(written))
                            .reduce((x, y) -> y).orElse(null);
                    if (before != null && !headline(article, article.sentences().get(before.sentence()))) {
                        earlier = before;
                    }
                }
                int end = nounFirst >= 0 ? e : after + d.group().codePointCount(0, d.group().length());
                int from = nounFirst >= 0 ? nounFirst : e;
                // a thing supplied written in lower case ("hardware", read from "buying hardware from X") may be what
                // the site does ("its hardware engineering centre in Eindhoven"): the site takes it; any other mention
                // inside the words leaves them alone
                List<Mention> inside = ms.stream()
                        .filter(o -> o != place && o != state && o.begin() - s.begin() < end && o.end() - s.begin() > from).toList();
                boolean namedFirst = !zh && nounFirst >= 0;
                // and a Chinese site's words read as an unlinked organisation ("沙巴山打根的田间实验室", whose 田间实验室 a
                // tagger takes for an organisation's name) are the site's
                if (!inside.stream().allMatch(o -> namedFirst && genericThing(o)
                        // the place's own gloss in brackets ("格拉斯哥（Glasgow）的…") names the same place
                        || zh && o.entity().iri().equals(place.entity().iri())
                        || zh && o.entity().kind() == EntityKind.ORG && !o.entity().linked() && o.end() - s.begin() == end
                        && o.begin() >= place.end())) {
                    continue;
                }
                Mention before = k > 0 ? ms.get(k - 1) : null;
                if (!zh && before != null && isOrgOrUnit(before) && !POSSESSIVE_S.matcher(
                        slice(s.text(), before.end() - s.begin(), place.begin() - s.begin())).matches()) {
                    before = null;
                }
                if (before != null && before.entity().kind() == EntityKind.PLACE
                        && COORDINATOR.matcher(slice(s.text(), before.end() - s.begin(), place.begin() - s.begin())).matches()) {
                    // "上海和北京的研发中心": two sites behind one noun, left to the rules that read places one by one
                    continue;
                }
                // an unlinked organisation stays a mention of its own, so facts can name it (a registry one is known by IRI)
                boolean joined = zh && before != null && before.end() == place.begin() && isOrgOrUnit(before)
                        && before.entity().linked();
                boolean owner = !zh && before != null && isOrgOrUnit(before);
                // "Halvex厦门研发中心": an unlinked organisation glued to the site names it too (the label starts with it)
                boolean glued = zh && !joined && before != null && before.end() == place.begin() && isOrgOrUnit(before);
                // "…由A领投,B与C跟投。同日,公司证实已关闭位于伯灵顿的办公室": a Chinese sentence whose subject is a bare 公司 and
                // that names no organisation before the site closes a site of the article's topic, when it has one, not of
                // the organisation the sentence before names last (an investor, a customer)
                String companyTopic = zh && !joined && !glued && ms.subList(0, k).stream().noneMatch(UnitReferences::isOrgOrUnit)
                        && ZH_COMPANY_SUBJECT.matcher(folded.substring(0, folded.offsetByCodePoints(0, place.begin() - s.begin()))).find()
                        ? topic(bySentence) : null;
                // "You closed your Dublin office", "We shut our design office in Kraków" in an interview: a site the speaker
                // calls ours (or the interviewer yours) is the interviewee's, the article's topic, not an organisation a
                // sentence before names (an investor, a customer); only when this sentence names none before the site
                boolean spoken = !zh && !joined && !owner && !glued && SPEAKER_POSSESSIVE.matcher(
                        s.text().substring(0, s.text().offsetByCodePoints(0, place.begin() - s.begin()))).find()
                        && ms.subList(0, k).stream().noneMatch(UnitReferences::isOrgOrUnit);
                // "…排名第二、第三的分别为A和B。三、关于关闭武汉组装车间的说明": a subheading opens a section of its own, so the
                // organisation the sentence before it names last (a rival in a share list, a customer) owns none of the sites
                // it names; such a site is the topic's below, as a headline's is
                boolean sectionHeading = s.index() > 0 && heading(article, s, chars);
                Optional<Mention> org = joined || owner || glued ? Optional.of(before) : spoken || companyTopic != null ? Optional.empty()
                        : organisationBefore(ms, k, s.index() == 0 || sectionHeading ? List.of() : bySentence.get(s.index() - 1),
                                false, !zh, s, zh || s.index() == 0 ? o -> false : counterpart(article.sentences().get(s.index() - 1)));
                String orgIri = earlier != null ? earlier.organization() : spoken ? topic(bySentence) : companyTopic != null ? companyTopic
                        : org.map(o -> o.entity().iri()).orElse(null);
                if (zh && earlier == null && !joined && !glued && orgIri != null) {
                    // "…但竹北一廠關閉後,短期產能將下滑" after "昇盒…竹北一廠將於12月31日關廠": a Chinese site named again
                    // without its owner written before it is the one site a body sentence named before at that place with
                    // that noun, whoever this sentence names last before it ("可望受惠美光與台積電擴產"); not a headline's,
                    // which shortens and whose owner is read least surely
                    String at = place.entity().iri();
                    String n = d.group(1);
                    List<String> owners = sites.stream().filter(x -> x.place().equals(at) && x.noun().equals(n)
                                    && !heading(article, article.sentences().get(x.sentence()), chars))
                            .map(Site::organization).distinct().toList();
                    if (owners.size() == 1) {
                        orgIri = owners.get(0);
                    }
                }
                if (orgIri == null && !zh && d != null && (nounFirst >= 0 || latinClosingBefore.matcher(
                        s.text().substring(0, s.text().offsetByCodePoints(0, place.begin() - s.begin()))).find())) {
                    // "We closed the Riyadh office in April" in an interview, "The company will also shut its small R&D
                    // office in Hsinchu": a site closed in a sentence (and the one before) that names no organisation is
                    // the site of the article's topic, the organisation it names most often
                    orgIri = topic(bySentence);
                }
                String zhHead = zh ? folded.substring(0, folded.offsetByCodePoints(0, place.begin() - s.begin())) : "";
                if (orgIri == null && zh && (ZH_CLOSING_BEFORE.matcher(zhHead).find() || ZH_DISPOSAL_BEFORE.matcher(zhHead).find()
                        && ZH_CLOSING_AFTER.matcher(folded.substring(folded.offsetByCodePoints(0, end))).find())) {
                    // "公司已于2024年关闭福州研发办公室", "董事会同意注销西安分公司": a site closed in a sentence that names the
                    // organisation only as 公司 (or, in an interview, as 我们: "我们把深圳的办事处关了") is, as in English, the site of the article's topic
                    orgIri = topic(bySentence);
                }
                if (orgIri == null && zh && heading(article, s, chars)) {
                    // "深圳研发中心年底结业" as the headline (or a subheading) of an article about one company: a heading drops
                    // the owner, and the site it names is the topic's (the body names it again, "深圳研發中心於2020年成立")
                    orgIri = topic(bySentence);
                }
                if (orgIri == null) {
                    // "厦门研发中心于2015年落成" a few sentences after "Halvex厦门研发中心": the site named before at that place
                    List<String> owners = sites.stream().filter(x -> x.place().equals(place.entity().iri()))
                            .map(Site::organization).distinct().toList();
                    // "杭州工厂现有员工约300人", "宁波工厂于2024年投产": a site no sentence named before, opening a Chinese
                    // sentence that names no organisation, is its subject, a site of the article's topic (as a heading's is)
                    String opening = owners.isEmpty() && zh && zhHead.isBlank() && ms.stream().noneMatch(UnitReferences::isOrgOrUnit)
                            ? topic(bySentence) : null;
                    if (owners.size() != 1 && opening == null) {
                        continue;
                    }
                    orgIri = opening != null ? opening : owners.get(0);
                }
                int b = nounFirst >= 0 ? nounFirst : (joined ? before.begin() : place.begin()) - s.begin();
                String surface = slice(s.text(), b, end);
                // the state is no part of the site's name: "Reno repair depot"
                String named = state == null || nounFirst >= 0 ? surface : slice(s.text(), b, e) + slice(s.text(), after, end);
                String label = glued ? before.surface() + named : named;
                String key = orgIri + " " + place.entity().iri();
                // a name rather than a description ("大连的研发中心"); then one the body writes, as a headline shortens it
                // ("shutter Dublin R&D centre" for "its research and development centre in Dublin", "X光電桃園二廠" for the
                // body's "桃園二廠"); then one that starts with the organisation's name; a mixed article names the site as
                // its Chinese body does, not as its English headline or quote; "office in Dublin" yields to "Dublin
                // office" when the article writes both, unless it says what the site does ("battery assembly plant in
                // Tampere" names it better than "the Tampere plant"); a site referred to again ("the Dublin site") never names it
                // a Chinese description that says what the site does ("位于格拉斯哥的客户支持办公室") names it better than the
                // headline's short "格拉斯哥办公室" (a name the body writes still names it: "峇株巴辖厂" over "位于峇株巴辖的组装厂"),
                // as "battery assembly plant in Tampere" does; not a place written again there ("…高新区的武汉工厂")
                String doing = zh && nounFirst < 0 && earlier == null && d.group().lastIndexOf('的') >= 0
                        ? d.group().substring(d.group().lastIndexOf('的') + 1, d.start(1)) : "";
                boolean does = !doing.isEmpty() && !doing.contains(TextFold.fold(place.surface()));
                int rank = earlier != null ? 0 : (surface.contains("的") && !does ? 0 : 1 << 21) + (headline(article, s) || does ? 0 : 1 << 20)
                        + (joined || glued ? 1 << 19 : 0) + (zh ? 1 << 18 : 0)
                        + (nounFirst >= 0 && !described ? 0 : 1 << 17) + label.codePointCount(0, label.length());
                // the place last: the unit is looked up by it (unitOf)
                List<Mention> replaced = new ArrayList<>(inside);
                if (joined) {
                    replaced.add(before);
                }
                if (state != null && nounFirst < 0) {
                    replaced.add(state);
                }
                replaced.add(place);
                sites.add(new Site(s.index(), s.begin() + b, s.begin() + end, surface, label, orgIri, place.entity().iri(), key,
                        noun, rank, replaced));
            }
        }
        List<Site> relabelled = withPlaceBefore(sites, bySentence);
        sites.clear();
        sites.addAll(relabelled);
        Map<Site, String> shortForms = shortForms(article, sites, bySentence);
        if (!shortForms.isEmpty()) {
            sites.replaceAll(x -> !shortForms.containsKey(x) ? x : new Site(x.sentence(), x.begin(), x.end(), x.surface(),
                    shortForms.get(x), x.organization(), x.place(), x.key(), x.noun(), x.rank(), x.replaced()));
        }
        List<EntityRef> named = new ArrayList<>();
        bySentence.forEach(ms -> ms.stream().map(Mention::entity)
                .filter(r -> r.kind() == EntityKind.UNIT && !r.linked() && !named.contains(r))
                .forEach(named::add));
        // one organisation's sites at one place are one unit across languages ("Suzhou R&D centre", "苏州研发中心"),
        // unless one language writes two nouns there (a plant and a lab in one city stay two)
        Map<String, Long> nounsPerScript = new TreeMap<>();
        sites.stream().map(x -> x.key() + (x.latin() ? " L" : " H") + "\t" + x.noun()).distinct()
                .forEach(k -> nounsPerScript.merge(k.substring(0, k.indexOf('\t')), 1L, Long::sum));
        Map<Site, String> keyOf = new java.util.HashMap<>();
        sites.forEach(x -> keyOf.put(x, nounsPerScript.get(x.key() + (x.latin() ? " L" : " H")) > 1
                ? x.key() + " " + x.noun() : x.key()));
        // "越南平陽廠" names the plant at 平陽 in Vietnam: a site written right after another place is also the site at
        // that place, so the headline's "越南廠" (the same organisation and noun) is that plant, not a second one
        Map<String, Set<String>> within = new HashMap<>();
        for (Site y : sites) {
            Mention at = y.replaced().get(y.replaced().size() - 1);
            bySentence.get(y.sentence()).stream()
                    .filter(o -> o.entity().kind() == EntityKind.PLACE && o.end() == at.begin() && o != at)
                    .forEach(o -> within.computeIfAbsent(y.organization() + " " + o.entity().iri() + "\t" + y.noun(),
                            k -> new HashSet<>()).add(keyOf.get(y)));
        }
        Set<Site> shortened = new HashSet<>();
        for (Site x : sites) {
            Set<String> into = within.get(x.key() + "\t" + x.noun());
            if (into != null && into.size() == 1 && !into.contains(keyOf.get(x))) {
                keyOf.put(x, into.iterator().next());
                shortened.add(x);
            }
        }
        // the plant's own name labels it ("平陽廠"), not the place and noun that stand for it
        Map<String, EntityRef> units = new TreeMap<>();
        sites.stream().sorted(Comparator.comparing((Site x) -> shortened.contains(x))
                        .thenComparing(Comparator.comparingInt(Site::rank).reversed()).thenComparing(Site::label))
                .forEach(x -> units.computeIfAbsent(keyOf.get(x), k -> unitOf(x, named)));
        for (Site x : sites) {
            List<Mention> ms = bySentence.get(x.sentence());
            ms.removeAll(x.replaced());
            ms.add(new Mention(x.begin(), x.end(), x.sentence(), x.surface(), units.get(keyOf.get(x))));
            ms.sort(Comparator.comparingInt(Mention::begin));
        }
        // the short form written alone elsewhere ("岡山廠設立於1998年" after "高雄岡山廠") names the same unit
        Map<String, EntityRef> byShortForm = new TreeMap<>();
        sites.stream().filter(x -> x.label().equals(shortFormOf(x))).forEach(x -> byShortForm.putIfAbsent(x.label(), units.get(keyOf.get(x))));
        byShortForm.forEach((form, unit) -> {
            int n = form.codePointCount(0, form.length());
            for (Sentence s : article.sentences()) {
                List<Mention> ms = bySentence.get(s.index());
                for (int b : occurrences(s, form)) {
                    if (ms.stream().noneMatch(o -> o.begin() < b + n && o.end() > b || o.end() == b && o.entity().kind() == EntityKind.PLACE)) {
                        ms.add(new Mention(b, b + n, s.index(), slice(s.text(), b - s.begin(), b - s.begin() + n), unit));
                        ms.sort(Comparator.comparingInt(Mention::begin));
                    }
                }
            }
        });
    }

    /** The article offsets (code points) at which a sentence writes {@code form}, compared folded. */
    private static List<Integer> occurrences(Sentence s, String form) {
        String folded = TextFold.fold(form);
        String text = TextFold.fold(s.text());
        List<Integer> out = new ArrayList<>();
        for (int at = text.indexOf(folded); at >= 0; at = text.indexOf(folded, at + 1)) {
            out.add(s.begin() + text.codePointCount(0, at));
        }
        return out;
    }

    /**
     * "高雄岡山廠 … 岡山廠設立於1998年": a Chinese site written as a place, a name of at least two Han characters and an
     * establishment noun, that the article also writes without the place (its district or a name of its own the
     * registry lacks as a place), is named so, as the article itself shortens it ({@link #withPlaceBefore} does the same
     * for a country before a city); its short form written alone elsewhere then names the same unit. Only where the short
     * form stands outside every site the article names and right after no place ("移往越南隆安廠" is no short form), and
     * never when the words say what the site does ({@code establishmentShortFormNot}: "太原装配车间" is no "装配车间").
     */
    private Map<Site, String> shortForms(Article article, List<Site> sites, List<List<Mention>> bySentence) {
        Map<Site, String> out = new HashMap<>();
        for (Site x : sites) {
            String form = shortFormOf(x);
            if (form == null) {
                continue;
            }
            int n = form.codePointCount(0, form.length());
            boolean alone = article.sentences().stream().anyMatch(s -> occurrences(s, form).stream().anyMatch(b ->
                    sites.stream().noneMatch(y -> y.begin() < b + n && y.end() > b)
                            && bySentence.get(s.index()).stream().noneMatch(o -> o.end() == b && o.entity().kind() == EntityKind.PLACE)));
            if (alone) {
                out.put(x, form);
            }
        }
        return out;
    }

    /**
     * The words of a Chinese site after its place, "岡山廠" of "高雄岡山廠": null unless its place comes first and they
     * are at least two Han characters before the noun, with no 的.
     */
    private String shortFormOf(Site x) {
        if (x.latin()) {
            return null;
        }
        Mention place = x.replaced().get(x.replaced().size() - 1);
        if (place.begin() != x.begin() || place.end() >= x.end()) {
            return null;
        }
        String form = x.surface().substring(x.surface().offsetByCodePoints(0, place.end() - place.begin()));
        int words = form.codePointCount(0, form.length()) - x.noun().codePointCount(0, x.noun().length());
        String head = form.substring(0, form.offsetByCodePoints(0, Math.max(0, words)));
        String folded = TextFold.fold(head);
        return words >= 2 && head.codePoints().allMatch(UnlinkedFinder::han) && !head.contains("的")
                && shortFormNot.stream().noneMatch(folded::contains) ? form : null;
    }

    /**
     * "泰國春武里廠", "越南北寧新廠": a Chinese site whose place is written right after another place (its country) is named
     * as the article writes it, the country included, when the article never writes the same site without it; where it
     * does ("越南平陽廠 … 平陽廠"), the short name labels it, as the article itself shortens it. The country and the noun
     * alone (the headline's "泰國廠" over the body's "泰國春武里廠") is no such short name: it drops the city, not the
     * country, and gold names the plant as the body writes it (dev 8, dev 13).
     */
    private static List<Site> withPlaceBefore(List<Site> sites, List<List<Mention>> bySentence) {
        Map<Site, Mention> outer = new HashMap<>();
        for (Site x : sites) {
            if (x.latin()) {
                continue;
            }
            Mention at = x.replaced().get(x.replaced().size() - 1);
            bySentence.get(x.sentence()).stream()
                    .filter(o -> o.entity().kind() == EntityKind.PLACE && o.end() == at.begin() && o != at)
                    .findFirst().ifPresent(o -> outer.put(x, o));
        }
        List<Site> out = new ArrayList<>();
        for (Site x : sites) {
            Mention o = outer.get(x);
            // the same site written without the country ("平陽廠"): the article shortens it, and the short name labels it
            boolean shortAlso = o != null && sites.stream().anyMatch(y -> y != x && !y.latin() && y.noun().equals(x.noun())
                    && !outer.containsKey(y) && y.key().equals(x.key()));
            out.add(o == null || shortAlso || x.label().contains("的") ? x : new Site(x.sentence(), x.begin(), x.end(), x.surface(),
                    o.surface() + x.label(), x.organization(), x.place(), x.key(), x.noun(),
                    x.rank() + o.surface().codePointCount(0, o.surface().length()), x.replaced()));
        }
        return out;
    }

    /**
     * The organisation an article is about: the one it names most often, at least three times and more often than any
     * other; null when there is none.
     */
    private static String topic(List<List<Mention>> bySentence) {
        Map<String, Integer> times = new HashMap<>();
        bySentence.forEach(ms -> ms.stream().filter(m -> m.entity().kind() == EntityKind.ORG)
                .forEach(m -> times.merge(m.entity().iri(), 1, Integer::sum)));
        List<Map.Entry<String, Integer>> most = times.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(2).toList();
        if (most.isEmpty() || most.get(0).getValue() < 3 || most.size() > 1 && most.get(1).getValue().equals(most.get(0).getValue())) {
            return null;
        }
        return most.get(0).getKey();
    }

    /**
     * The UTF-16 offsets of each sentence's begin and end ({@code [index][0]}, {@code [index][1]}), found in one pass
     * over the text: a code-point offset turned into a string index from the start each time costs a scan of the text
     * per sentence, which a 20 MB article cannot afford.
     */
    private static int[][] charOffsets(Article article) {
        String text = article.text();
        List<Sentence> ss = article.sentences();
        int[][] out = new int[ss.size()][2];
        int cp = 0;
        int ch = 0;
        for (int i = 0; i < ss.size(); i++) {
            Sentence s = ss.get(i);
            ch = text.offsetByCodePoints(ch, s.begin() - cp);
            cp = s.begin();
            out[i][0] = ch;
            ch = text.offsetByCodePoints(ch, s.end() - cp);
            cp = s.end();
            out[i][1] = ch;
        }
        return out;
    }

    /**
     * Whether the sentence is a heading: a line of its own that no full stop ends (the headline, or a subheading such as
     * "■收掉上海據點").
     */
    private static boolean heading(Article article, Sentence s, int[][] chars) {
        String text = article.text();
        int b = chars[s.index()][0];
        int e = chars[s.index()][1];
        String line = text.substring(b, e).strip();
        int lineStart = text.lastIndexOf('\n', Math.max(0, b - 1)) + 1;
        int lineEnd = text.indexOf('\n', e);
        return text.substring(Math.min(lineStart, b), b).isBlank()
                && text.substring(e, lineEnd < 0 ? text.length() : lineEnd).isBlank() && !line.isEmpty() && "。！？!?．.".indexOf(line.charAt(line.length() - 1)) < 0;
    }

    /** Whether the sentence is the article's headline: its first sentence, a line of its own. */
    private static boolean headline(Article article, Sentence s) {
        return s.index() == 0 && s.end() < article.length()
                && article.text().codePointAt(article.text().offsetByCodePoints(0, s.end())) == '\n';
    }

    /**
     * "Halvex to shut Xiamen R&D centre": a headline (the article's first sentence, a line of its own) drops the
     * possessive, so there the place may follow a lower-case word.
     */
    private static boolean headlineOpening(Article article, Sentence s, Mention place) {
        if (!headline(article, s)) {
            return false;
        }
        String before = s.text().substring(0, s.text().offsetByCodePoints(0, place.begin() - s.begin()));
        return HEADLINE_VERB.matcher(before).find();
    }

    /** Site nouns that only refer back to a site named before at the place: "the Dublin site", "its Campinas facility". */
    private static final Pattern REFERS_BACK = Pattern.compile("(?i:site|facility)");

    /** Whether an English site's place follows a possessive, an owner's "'s", or "the". */
    private boolean latinOpening(Sentence s, List<Mention> ms, int k) {
        Mention place = ms.get(k);
        int at = place.begin() - s.begin();
        if (finder.afterPossessive(s.text(), at)) {
            return true;
        }
        String before = s.text().substring(0, s.text().offsetByCodePoints(0, at));
        if (LATIN_OPENING.matcher(before).find()) {
            return true;
        }
        Matcher adjective = LATIN_ADJECTIVE.matcher(before);
        if (adjective.find()) {
            String opening = before.substring(0, adjective.start());
            if (finder.afterPossessive(opening, opening.codePointCount(0, opening.length()))
                    || LATIN_OPENING.matcher(opening).find()) {
                return true;
            }
        }
        return k > 0 && isOrgOrUnit(ms.get(k - 1))
                && POSSESSIVE_S.matcher(slice(s.text(), ms.get(k - 1).end() - s.begin(), at)).matches();
    }

    /**
     * The registry unit of the site's organisation at its place; else the one unit the article names with the place
     * in its name ("the Globex Xiamen Development Center" for "its Xiamen development centre"); else an unlinked unit
     * of that organisation.
     */
    private EntityRef unitOf(Site x, List<EntityRef> named) {
        Mention at = x.replaced().get(x.replaced().size() - 1);
        String place = at.entity().iri();
        List<String> placeNames = new ArrayList<>(List.of(TextFold.fold(at.surface())));
        if (at.entity().linked()) {
            registry.labels(place).forEach(l -> placeNames.add(TextFold.fold(l)));
        }
        Optional<EntityRef> registered = registry.unitAt(x.organization(), place);
        if (registered.isPresent()) {
            return registered.get();
        }
        List<EntityRef> withPlace = named.stream().filter(r -> r.parent() == null || r.parent().equals(x.organization()))
                .filter(r -> placeNames.stream().anyMatch(n -> !n.isBlank() && (" " + TextFold.fold(r.label()) + " ").contains(" " + n + " ")
                        // a Han label has no spaces: "上海研发中心" names the site of the headline's "Shanghai R&D hub"
                        || n.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                        && TextFold.fold(r.label()).contains(n)))
                .toList();
        if (withPlace.size() == 1) {
            return withPlace.get(0);
        }
        // "位于深圳的办事处" written only so: the site is named as a name is written, "深圳办事处" (的 joins the place to the
        // noun in a description and is no part of the site's name)
        String label = x.label();
        int p = label.indexOf(at.surface());
        int de = p < 0 ? -1 : p + at.surface().length();
        Matcher gloss = de < 0 ? null : GLOSS_AT.matcher(label.substring(de));
        if (gloss != null && gloss.find()) {
            label = label.substring(0, de) + label.substring(de + gloss.end());
        }
        // "位于上海嘉定的试产线": a district of two Han characters after the place (locatedEstablishment) stays in the
        // name, "上海嘉定试产线", and the 的 after it goes as after the place
        if (de >= 0 && label.length() > de + 2 && label.startsWith("的", de + 2)
                && label.substring(de, de + 2).codePoints().allMatch(UnlinkedFinder::han)) {
            de += 2;
        }
        if (de >= 0 && label.startsWith("的", de)) {
            // "位于广州的华南运营中心": a site named by the region it serves has that name, not its city's
            String rest = label.substring(de + 1);
            label = regionNamed != null && regionNamed.matcher(TextFold.fold(rest)).lookingAt() ? rest : label.substring(0, de) + rest;
        }
        return new EntityRef(finder.iri(EntityKind.UNIT, label), EntityKind.UNIT, label, false, x.organization(), place);
    }

    private void describedUnits(Sentence s, String folded, List<Mention> ms, List<Mention> previous) {
        if (description == null) {
            return;
        }
        for (int k = 0; k < ms.size(); k++) {
            Mention place = ms.get(k);
            if (place.entity().kind() != EntityKind.PLACE || !place.entity().linked()) {
                continue;
            }
            int b = place.begin() - s.begin();
            int e = place.end() - s.begin();
            Matcher located = LOCATED.matcher(folded.substring(0, folded.offsetByCodePoints(0, b)));
            int at = located.find() ? b - located.group().codePointCount(0, located.group().length()) : b;
            if (!finder.afterPossessive(s.text(), at)) {
                continue;
            }
            Matcher d = description.matcher(folded.substring(folded.offsetByCodePoints(0, e)));
            Optional<Mention> org = organisationBefore(ms, k, previous, true, false, null, o -> false);
            if (!d.find() || org.isEmpty()) {
                continue;
            }
            Optional<EntityRef> unit = registry.unitAt(org.get().entity().iri(), place.entity().iri());
            int end = e + d.group().codePointCount(0, d.group().length());
            if (unit.isEmpty() || ms.stream().anyMatch(o -> o != place && o.begin() - s.begin() < end && o.end() - s.begin() > e)) {
                continue;
            }
            ms.set(k, new Mention(place.begin(), s.begin() + end, s.index(), slice(s.text(), b, end), unit.get()));
        }
    }

    /**
     * The nearest organisation or unit before mention {@code k} (only a linked one when {@code linked}), else the last
     * one of the sentence before, or its first with {@code subject}: an English sentence that names no organisation
     * before the site speaks of the one the sentence before is about, its subject ("X was bought in 2022 by Y. … it
     * was winding down a data centre in Manchester" is X's site, not Y's). With {@code sentence}, an English
     * organisation right after a preposition is an object, not the site's owner, when another one stands before it
     * ("X bets on Google Cloud, shuts Campinas data centre" is X's site); so is a Chinese one right after 获, 向, 与…
     * ("X获Y入股,关闭布里斯托办公室" is X's office).
     */
    /**
     * Words after which a Chinese organisation is the object of another's act, not a site's owner, in either script (the
     * sentence is matched as written): an investor after 获/獲, a customer after 为/為 ("將為華碩代工"; not 成为, 更名为).
     */
    private static final Pattern AFTER_OBJECT_WORD_ZH = Pattern.compile(
            "(?:获|獲|向|与|與|和|跟|同|对|對|被|(?<![成更改名作称稱视視认認])(?:为|為))\\s*$");

    private static Optional<Mention> organisationBefore(List<Mention> ms, int k, List<Mention> previous, boolean linked,
                                                        boolean subject, Sentence sentence, Predicate<Mention> counterpart) {
        Optional<Mention> object = Optional.empty();
        // an organisation the sentence names once as an object is one wherever it names it: "X近期也拿下Y的订单,明年起将为Y
        // 代工…,可望填补昆山厂停产后的缺口" is X's plant, not the customer's
        Set<String> objects = new HashSet<>();
        for (int i = k - 1; i >= 0 && sentence != null; i--) {
            if (isOrgOrUnit(ms.get(i)) && objectAt(sentence, ms.get(i))) {
                objects.add(ms.get(i).entity().iri());
            }
        }
        for (int i = k - 1; i >= 0; i--) {
            if (isOrgOrUnit(ms.get(i)) && (ms.get(i).entity().linked() || !linked)) {
                // "X bets on Google Cloud, shuts Campinas data centre", "X will move its systems to Y and close its own
                // data centre": an English organisation after a preposition is an object; the one before it is the owner
                if (objects.contains(ms.get(i).entity().iri())) {
                    object = object.isEmpty() ? Optional.of(ms.get(i)) : object;
                    continue;
                }
                return Optional.of(ms.get(i));
            }
        }
        if (object.isPresent()) {
            return object;
        }
        if (subject) {
            // "Founding investor Ridgeline still holds a board seat. The firm closed its Portland office": the first
            // organisation of the sentence before that is no counterpart of the company (an investor, a rival)
            return previous.stream().filter(m -> isOrgOrUnit(m) && (m.entity().linked() || !linked) && !counterpart.test(m))
                    .findFirst();
        }
        for (int i = previous.size() - 1; i >= 0; i--) {
            if (isOrgOrUnit(previous.get(i)) && (previous.get(i).entity().linked() || !linked)) {
                return Optional.of(previous.get(i));
            }
        }
        return Optional.empty();
    }

    /** Whether a mention of sentence {@code s} stands right after a counterpart's role word ({@link #counterpartBefore}). */
    private Predicate<Mention> counterpart(Sentence s) {
        if (counterpartBefore == null) {
            return m -> false;
        }
        return m -> counterpartBefore.matcher(slice(s.text(), 0, m.begin() - s.begin()).toLowerCase(Locale.ROOT)).find();
    }

    /** A verb of winning an order written right before the customer's name: "拿下美光訂單", "接獲台積電的探針卡訂單". */
    private static final Pattern WON_ORDER_FROM_ZH = Pattern.compile(
            "(?:拿下|拿到|接获|接獲|接到|斩获|斬獲|抢下|搶下|赢得|贏得|取得|获得|獲得)\\s*$");

    /** The order, tender or contract after the customer's name: the customer placed it. */
    private static final Pattern ORDER_AFTER_ZH = Pattern.compile(
            "^\\s*的?[^。;；,，]{0,12}?(?:订单|訂單|大单|大單|标案|標案|合约|合約|合同)");

    /**
     * Whether the mention stands right after a word that makes it an object ({@link #AFTER_OBJECT_WORD_ZH}, a preposition),
     * or names the customer whose order the sentence's company won: the headline "「昇盒精密」拿下美光訂單　竹北舊廠年底熄燈"
     * closes the supplier's plant, not the customer's.
     */
    private static boolean objectAt(Sentence sentence, Mention m) {
        String head = slice(sentence.text(), 0, m.begin() - sentence.begin());
        boolean zh = sentence.language().startsWith("zh");
        return (zh ? AFTER_OBJECT_WORD_ZH : AFTER_PREPOSITION).matcher(head).find()
                || zh && WON_ORDER_FROM_ZH.matcher(head).find() && ORDER_AFTER_ZH.matcher(
                        slice(sentence.text(), m.end() - sentence.begin(), sentence.end() - sentence.begin())).find();
    }

    /** An unlinked product written all in lower case: a common noun for a kind of thing, not a product's name. */
    private static boolean genericThing(Mention m) {
        return m.entity().kind() == EntityKind.PRODUCT && !m.entity().linked()
                && m.surface().codePoints().noneMatch(Character::isUpperCase);
    }

    private static boolean isOrgOrUnit(Mention m) {
        return m.entity().kind() == EntityKind.ORG || m.entity().kind() == EntityKind.UNIT;
    }

    private void demonstratives(Sentence s, String folded, List<Mention> ms, List<List<Mention>> bySentence, Pattern anaphor) {
        if (anaphor == null) {
            return;
        }
        BitSet taken = new BitSet();
        ms.forEach(m -> taken.set(m.begin() - s.begin(), m.end() - s.begin()));
        Matcher a = anaphor.matcher(folded);
        List<Mention> added = new ArrayList<>();
        while (a.find()) {
            int b = folded.codePointCount(0, a.start());
            int e = b + a.group().codePointCount(0, a.group().length());
            int nounAt = s.text().offsetByCodePoints(0, folded.codePointCount(0, a.start(1)));
            if (!taken.get(b, e).isEmpty() || Character.isUpperCase(s.text().codePointAt(nounAt))) {
                continue;
            }
            // the noun opens a word that names no site: "该厂商" is that vendor, "该厂长" that plant's manager
            if (notEstablishment != null && notEstablishment.matcher(folded).region(a.start(1), folded.length()).lookingAt()) {
                continue;
            }
            String noun = a.group(1);
            Optional<EntityRef> unit = lastUnit(s, b, ms, bySentence, m -> namedBy(m, noun));
            if (unit.isPresent()) {
                taken.set(b, e);
                added.add(new Mention(s.begin() + b, s.begin() + e, s.index(), slice(s.text(), b, e), unit.get()));
            }
        }
        ms.addAll(added);
    }

    /**
     * True when the unit is one the noun can refer to: its words as written, or one of its registry labels, contain
     * the noun ("该研究院" is a 研究院, not the team mentioned in between).
     */
    private boolean namedBy(Mention m, String noun) {
        if (TextFold.fold(m.surface()).contains(noun)) {
            return true;
        }
        return m.entity().linked() && registry.labels(m.entity().iri()).stream().anyMatch(l -> TextFold.fold(l).contains(noun));
    }

    /** The unit the noun fits mentioned last before code point {@code at} of the sentence, a few sentences back. */
    private static Optional<EntityRef> lastUnit(Sentence s, int at, List<Mention> ms, List<List<Mention>> bySentence,
                                                Predicate<Mention> fits) {
        Optional<EntityRef> here = ms.stream().filter(m -> m.entity().kind() == EntityKind.UNIT && m.end() - s.begin() <= at)
                .filter(fits).reduce((x, y) -> y).map(Mention::entity);
        if (here.isPresent()) {
            return here;
        }
        for (int i = s.index() - 1; i >= 0 && i >= s.index() - SENTENCES_BACK; i--) {
            Optional<EntityRef> there = bySentence.get(i).stream().filter(m -> m.entity().kind() == EntityKind.UNIT)
                    .filter(fits).reduce((x, y) -> y).map(Mention::entity);
            if (there.isPresent()) {
                return there;
            }
        }
        return Optional.empty();
    }

    private static String slice(String text, int begin, int end) {
        int b = text.offsetByCodePoints(0, begin);
        return text.substring(b, text.offsetByCodePoints(b, end - begin));
    }
}
