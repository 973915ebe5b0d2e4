package dev.techshift.loader.entity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds names the registry does not know, conservatively: Chinese person and organisation names recognised by
 * HanLP, English capitalised names next to a role cue ({@code data/rules/unlinked.json}), and "X Inc." companies.
 * <pre>
 *   UnlinkedFinder f = UnlinkedFinder.load(Path.of("data/rules/unlinked.json"), "http://localhost:3030/id/");
 *   List&lt;AliasIndex.Hit&gt; names = f.find("发言人 Selena Shen 表示", "zh-Hant");
 * </pre>
 */
public final class UnlinkedFinder {

    /**
     * A person's Latin name: two or three capitalised words, an initial, and lower-case particles ({@code nameParticles}:
     * "de", "bin") before any word after the first ("Maria van der Berg", "Joao Pedro da Silva"); the first word may be
     * two initials ("J.P. Tan", "J. P. Tan"), never a country's ("U.S."), or a hyphenated given name ("Marc-André
     * Tremblay", "Jean-Pierre Roy").
     */
    private static final String NAME = "(?:\\p{Lu}[\\p{IsLatin}'’]+(?:-\\p{Lu}[\\p{IsLatin}'’]+)?|(?!U\\.S\\.|U\\.K\\.|E\\.U\\.|U\\.N\\.)\\p{Lu}\\. ?\\p{Lu}\\.)(?: \\p{Lu}\\.)?(?:%s \\p{Lu}[\\p{IsLatin}'’-]+){1,2}";
    /** An aside between commas right after a name; a comma inside a number ("2,400") does not close it. */
    private static final Pattern CLOSED_ASIDE = Pattern.compile("^, (?:[^,.;]|[,.](?=\\d)){2,100},");
    // a word may go on after an apostrophe and a capital: "Dell'Oro Group" (not "Brevik's")
    /** A word glued by a hyphen before a name that says when ("Ex-Vantory", "then-Quarnex"): no part of the name. */
    private static final Pattern GLUED_PREFIX = Pattern.compile("(?:[Ee]x|[Tt]hen|[Ff]ormer)-(?=\\p{Lu})");
    private static final String LATIN_ORG_NAME = "\\p{Lu}[\\p{IsLatin}&\\d-]+(?: \\p{Lu}[\\p{IsLatin}&\\d-]+){0,3}";
    // "Harlow & Finch Ltd": an ampersand standing alone between capitalised words joins them into one name
    private static final String ORG_NAME = "\\p{Lu}[\\p{L}&\\d-]+(?:['’]\\p{Lu}[\\p{L}&\\d-]+)?(?: (?:& )?\\p{Lu}[\\p{L}&\\d-]+(?:['’]\\p{Lu}[\\p{L}&\\d-]+)?){0,3}";

    /**
     * {@link #ORG_NAME} that may also hold a lower-case particle of a Romance name before a capitalised word
     * ({@code orgNameParticles}: "Universidad Austral de Chile", "Concha y Toro", "Cirque du Soleil"), for the names the
     * cues {@code orgBefore}, {@code orgAfter} and {@code orgAppositive} read.
     */
    private final String orgName;

    private final String idBase;
    private final List<Pattern> persons = new ArrayList<>();
    private final Pattern orgs;
    /** The same names written right before Han text ("新加坡的Tamarind Capital跟投"), in Latin letters only. */
    private final Pattern orgsBeforeHan;
    private final List<Pattern> orgCues = new ArrayList<>();
    private final Pattern units;
    private final List<Pattern> placeCues = new ArrayList<>();
    private final Set<String> placeNatures = new TreeSet<>();
    private final List<String> placeBefore = new ArrayList<>();
    private final List<String> placeAfter = new ArrayList<>();
    private final Set<String> personNatures = new TreeSet<>();
    private final Set<String> orgNatures = new TreeSet<>();
    private final Set<String> stop = new TreeSet<>();
    private final List<String> personCues = new ArrayList<>();
    /** {@code personAfterSpeech}: the personAfter cues a company's name takes as well ("said", "told"). */
    private final List<String> speechVerbs = new ArrayList<>();
    private final List<String> personVerbs = new ArrayList<>();
    private final List<String> orgEnds = new ArrayList<>();
    /** {@code chineseNames.shortNameEndStop}, folded: full-name endings no short form drops (鑑定中心 is no 鑑定). */
    private final List<String> shortNameEndStop = new ArrayList<>();
    private final List<String> legalForms = new ArrayList<>();
    /** {@code latinLegalForms}: "Ltd", "Inc." after a Latin-script company name, longest first. */
    private final List<String> latinLegalForms = new ArrayList<>();
    /** {@code latinLegalFormEndings}: the last words by which a Latin name is a company's full registered name. */
    private final List<String> latinLegalFormEndings = new ArrayList<>();
    /** {@code chineseNames.subsidiaryNouns}: "子公司" right before a company named with its city in brackets. */
    private final List<String> subsidiaryNouns = new ArrayList<>();
    /** A listed company's stock code in brackets after its name ({@code chineseNames.stockCodeAfter}), or null. */
    private Pattern stockCodeAfter;
    private final List<String> orgStartStop = new ArrayList<>();
    private final List<String> orgIndefinite = new ArrayList<>();
    private final List<String> possessives = new ArrayList<>();
    private final Set<String> nameStartStop = new TreeSet<>();
    private final Set<String> demonyms = new TreeSet<>();
    /** Words naming a region of the world, which a company's Latin name may hold and a person's never does ({@code regionWords}). */
    private final Set<String> regionWords = new TreeSet<>();
    /** {@link #nameStartStop} and {@link #demonyms} together, for {@link #shortNameStop}. */
    private final Set<String> shortNameStop;
    private final Set<String> orgSuffixes = new TreeSet<>();
    /** {@code productNameTails}: last words of a product model's Latin name ("Duo", "Pro"). */
    private final Set<String> productNameTails = new TreeSet<>();
    /** {@code publicationWords}: last words of a publication's name ("Journal", "Review"), which names no company. */
    private final Set<String> publicationWords = new TreeSet<>();
    private final List<Pattern> descriptorWords = new ArrayList<>();
    private final Pattern orgCoordination;
    /** The {@code orgBefore} cue pattern (names after it may be joined by {@code orgCoordination}); null without cues. */
    private final Pattern orgBeforeCue;
    /** The {@code orgAfter} cues as one pattern: a company act or noun right after the name. */
    private final Pattern orgAfterCue;
    private final List<Pattern> personAfterPatterns = new ArrayList<>();
    private final List<String> orgOverRegistry = new ArrayList<>();
    private final int[] personLength;
    private final int[] orgLength;
    private final Set<Integer> surnames = new TreeSet<>();
    private final Set<Integer> bracketSurnames = new TreeSet<>();
    /** Surnames that also start common words, each with the characters that make that word ({@code guardedSurnames}). */
    private final Map<Integer, Set<Integer>> guardedSurnames = new HashMap<>();
    /** A bracket declaring a short name ({@code chineseNames.shortFormCues}), on folded text; null when there are no cues. */
    private Pattern shortFormDeclaration;
    /** Short names a declaration gives that name no entity: "公司", "本集团", "the Company" ({@code chineseNames.shortFormGeneric}). */
    private final Set<String> shortFormGeneric = new TreeSet<>();
    /** A bracket declaring a Latin short name: ("Cellwright"), (hereinafter "NGP"), ("Halvio" or "the Company"). */
    private Pattern latinShortFormDeclaration;
    /** A bracket giving a name in another language ({@code chineseNames.otherNameCues}), on folded text; null when there are no cues. */
    private Pattern otherNameDeclaration;
    private static final Pattern QUOTED = Pattern.compile("[\"“]([^\"“”]+)[\"”]");
    private static final Pattern SHORT_ITEM = Pattern.compile("[“\"「『]?([^“”\"「」『』或、\\s]{2,12})[”\"」』]?");
    /** {@code chineseNames.placeFirst}: final words longest first, those taken right after the place, and words that may not follow. */
    private final List<String> placeFirstFinals = new ArrayList<>();
    private final Set<String> placeFirstBare = new TreeSet<>();
    private final List<String> placeFirstNextStop = new ArrayList<>();
    /** {@code chineseNames.placeFirst.institutions}: finals after which the place starts a name only over a name found alone. */
    private final List<String> placeFirstInstitutions = new ArrayList<>();
    private final Set<Integer> nameEndStop = new TreeSet<>();
    /** {@code chineseNames.coordinatedNameEndStop}: last characters of an office's name, which no name joined to a person's ends in. */
    private final Set<Integer> coordinatedNameEndStop = new TreeSet<>();
    /** {@code chineseNames.founderBefore}: where a founding clause puts its first founder's name ('由吴嘉明创办'). */
    private Pattern founderBefore;
    /** {@code chineseNames.jointFoundingAfter}: words of founding together that end a name in a clause opened by 由. */
    private final List<String> jointFoundingAfter = new ArrayList<>();
    /** {@code chineseNames.personEndTrim}: characters that end no three-character name segmented with them. */
    private final Set<Integer> personEndTrim = new TreeSet<>();
    /** {@code chineseNames.japaneseSurnames}, folded, as code points, longest first. */
    private final List<int[]> japaneseSurnames = new ArrayList<>();
    /** {@code chineseNames.nameFollowers}, folded, as code points (compared at code point offsets). */
    private final List<int[]> nameFollowers = new ArrayList<>();
    /** {@code chineseNames.titleOfNameOpeners}, folded: words of holding a post that open a title written before 的 and a name. */
    private final List<String> titleOfNameOpeners = new ArrayList<>();
    private final List<String> aliasCues = new ArrayList<>();
    /** {@code chineseNames.companyActs}: words only a company is the subject of (宣布, 裁员), for {@link #actsAsCompany}. */
    private final List<String> companyActs = new ArrayList<>();
    /** {@code chineseNames.jointUnitEnds}: the last words of a joint unit's name (联合实验室), named by its field before them. */
    private final List<String> jointUnitEnds = new ArrayList<>();
    private final List<String> bracketDescriptors = new ArrayList<>();
    private final List<String> descriptorsWithoutBrackets = new ArrayList<>();
    private final List<String> orgCuesZh = new ArrayList<>();
    /** A Latin name right after a Chinese company descriptor ({@code chineseNames.latinOrganizationAfter}); null when none. */
    private final Pattern latinOrgAfterZh;
    /**
     * A Latin company name after a Chinese cue: up to three capitalised words, an ampersand allowed between two of them
     * ("Orvane", "Falkner Mining", "Maple & Rye"); group {@code name}.
     */
    private static final String LATIN_NAME_AFTER_CUE = "(?<name>\\p{Lu}[\\p{IsLatin}\\p{N}&-]*(?: (?:& )?\\p{Lu}[\\p{IsLatin}\\p{N}&.-]*){0,2})";
    /**
     * A Latin name a company signs with ({@code chineseNames.latinOrganizationPartner}), or that supplies what the company
     * uses ({@code chineseNames.latinOrganizationSupplier}); null when none. A framed name may run to four capitalised words
     * ("与Quebec Maple Syrup Producers签订"): the frame on both sides says where it ends.
     */
    private final Pattern latinPartnerZh;
    private final Pattern latinSupplierZh;
    private static final String LATIN_NAME_FRAMED = "(?<name>\\p{Lu}[\\p{IsLatin}\\p{N}&-]*(?: (?:& )?\\p{Lu}[\\p{IsLatin}\\p{N}&.-]*){0,3})";
    private final List<String> orgNameStop = new ArrayList<>();
    /** {@code chineseNames.investorFrames}: where a round or stake names its investors ("由X领投", "X、Y跟投", "获X5亿元战略投资"). */
    private final NameFrames investorFrames;
    /**
     * {@code chineseNames.investorFrames.armFinals}: the last words of an investing arm's name that starts with its
     * parent's registry name ("联想创投", "工研院创投"): such a name found in an investor's place is the arm, not the parent.
     */
    private final List<String> investorArmFinals = new ArrayList<>();
    /** {@code chineseNames.shareFrames}: where a market-share sentence names a company ("X以12.5%居次", "排名第三的是X", "X(23%)、Y(18%)"). */
    private final NameFrames shareFrames;
    /** {@code chineseNames.supplyFrames}: where a supply sentence names its supplier ("由源杰科技供应", "由日本安川电机供应"). */
    private final NameFrames supplyFrames;
    /**
     * {@code chineseNames.sourceFrames}: where a market-share sentence cites a research house by a name ending in a
     * house word ("据岚川智库统计", "根据市调机构澄研产研统计").
     */
    private final NameFrames sourceFrames;
    private final List<String> enumerationRanks = new ArrayList<>();
    /** {@code chineseNames.employerFrames}: where a title frame puts an employer ("曾任X首席技术官", "加盟X,担任…"). */
    private final List<Pattern> employerFrames = new ArrayList<>();
    /** {@code chineseNames.employerFrames.latinPatterns}: the same frames around a Latin name ("前Carousell财务副总裁"). */
    private final List<Pattern> latinEmployerFrames = new ArrayList<>();
    /**
     * {@code chineseNames.employerFrames.glossedPatterns}: the same frames around a Han name glossed by its Latin name in
     * brackets ("曾任碧迪医疗（BD）亚太区产品经理"); {@code glossedNotInside}: words by which such a name is a person's.
     */
    private final List<Pattern> glossedEmployerFrames = new ArrayList<>();
    private final List<String> glossedEmployerNotInside = new ArrayList<>();
    /** {@code chineseNames.employerFrames.latinStop}: Latin words such a frame holds that name no employer (titles: CEO). */
    private final Set<String> latinEmployerStop = new TreeSet<>();
    private final List<String> employerNotInside = new ArrayList<>();
    private final List<String> employerNotEnd = new ArrayList<>();
    private final List<String> employerNotStart = new ArrayList<>();
    private int employerMinLength = 3;
    private final Set<String> genericHeads = new TreeSet<>();
    private final List<String> orgFinals = new ArrayList<>();
    private final List<String> orgLeftBounds = new ArrayList<>();
    private final List<String> orgLeadCharacters = new ArrayList<>();
    private final Set<String> orgStemStop = new TreeSet<>();
    private final Pattern orgStartVerbs;
    private final List<Pattern> appositives = new ArrayList<>();
    private final List<String> weakFinals = new ArrayList<>();
    private final List<String> weakNext = new ArrayList<>();
    /** {@code chineseNames.organizationFinalNextStop}: words after a final word that make it part of a common noun. */
    private final List<String> finalNextStop = new ArrayList<>();
    /** {@code chineseNames.organizationProductNext}: words after an organisation word that make the phrase a product kind (生产线). */
    private final List<String> productNext = new ArrayList<>();
    /** {@code chineseNames.organizationFinalCompounds}: words after one final word that make it a common noun (智能 + 门锁). */
    private final Map<String, List<String>> finalCompounds = new HashMap<>();
    /** {@code chineseNames.organizationFinalContinuation}: words that continue a name after its final word (江南数科集团). */
    private final List<String> finalContinuations = new ArrayList<>();
    private final List<String> weakBefore = new ArrayList<>();
    private final Set<Integer> stemEndStop = new TreeSet<>();
    private final Pattern quotedUnits;
    private final List<Region> regions = new ArrayList<>();
    private final MarketCues marketCues;
    /** English names of the markets found ({@link MarketNames}); none: the words as written. */
    private final MarketNames marketNames;
    private final List<String> marketMeasures = new ArrayList<>();
    /** {@code markets.zh.segmentBefore}: customer segments that, before a registry market and a measure, name a narrower market. */
    private final List<String> marketSegments = new ArrayList<>();
    private final UnlinkedProducts productCues;
    private final UnitReferences.Cues unitCues;
    private final Set<String> givenNames = new TreeSet<>();
    /** {@code orgOfHeads}: "University of Oxford", "Meridian Institute for Machine Intelligence"; null without heads. */
    private final Pattern orgOf;
    private final Set<String> givenFinalsNot = new TreeSet<>();
    /** Common words that hold a registry name inside them or across their start ({@code wordsHoldingNames}), folded. */
    private final List<String> wordsHoldingNames = new ArrayList<>();
    private final Set<String> givenAfterNot = new TreeSet<>();
    private final Set<String> particleWords = new TreeSet<>();
    /** {@code surnameFirst}: "Park Min-jae", "Lin Wei-ting", a surname then a hyphenated given name; null without surnames. */
    private final Pattern surnameFirst;
    /** The same surnames as words, for {@link #titleWord}: "Tan Mei Ling" keeps its surname. */
    private final Set<String> latinSurnames = new TreeSet<>();
    /** A run of capitalised Latin words, initials and {@code nameParticles}, for {@link #givenNamePersons}. */
    private final Pattern nameRun;
    /** Courtesy titles and honorifics before a person's Latin name ({@code personTitles}: Ms, Dr, Datuk, Tan Sri). */
    private final List<String> titles = new ArrayList<>();
    /** One or more titles and the name after them. */
    private final Pattern titled;
    /** The titles a Latin name opens with, for {@link #withoutTitles}. */
    private final Pattern leadingTitles;
    /** Honorifics before a Chinese name ({@code chineseNames.honorifics}: 拿督, 丹斯里), folded. */
    private final List<String> chineseHonorifics = new ArrayList<>();
    private Segment segment;

    /** A region written after a registry organisation's name that makes the two a unit of it ({@code regionalUnits}). */
    private record Region(Pattern after, String label) {}

    /**
     * Where a kind of sentence puts organisation names, whatever word they end in (one block of unlinked.json's
     * {@code chineseNames}): {@code patterns} whose group {@code names} holds one name or an enumeration, the
     * {@code boundaries} a part starts after, the whole parts that are no name ({@code stop}), the words no name holds
     * ({@code notInside}), the longest name in Han characters ({@code maxLength}, 16 unless given) and whether a part
     * written in Latin letters alone is a name ({@code latin}: "Novelo(6.1%)" inside Chinese text).
     */
    private record NameFrames(List<Pattern> patterns, List<String> bounds, Set<String> stop, List<String> notInside, int maxLength,
                              boolean latin) {
        static NameFrames of(JsonNode n) {
            List<Pattern> patterns = new ArrayList<>();
            n.path("patterns").forEach(x -> patterns.add(Pattern.compile(x.asText())));
            List<String> bounds = new ArrayList<>();
            n.path("boundaries").forEach(x -> bounds.add(TextFold.fold(x.asText())));
            Set<String> stop = new TreeSet<>();
            n.path("stop").forEach(x -> stop.add(TextFold.fold(x.asText())));
            List<String> notInside = new ArrayList<>();
            n.path("notInside").forEach(x -> notInside.add(TextFold.fold(x.asText())));
            return new NameFrames(patterns, bounds, stop, notInside, n.path("maxLength").asInt(16), n.path("latin").asBoolean(false));
        }
    }

    /** A park's administrative committee named by its noun alone ({@code parkBodies}). */
    private final ParkBodies parkBodies;

    private UnlinkedFinder(JsonNode cues, String idBase, MarketNames marketNames) {
        this.idBase = idBase;
        this.marketNames = marketNames;
        List<String> before = new ArrayList<>();
        cues.path("personBefore").forEach(c -> before.add(c.asText()));
        List<String> after = new ArrayList<>();
        cues.path("personAfter").forEach(c -> after.add(Pattern.quote(c.asText())));
        cues.path("personAfterSpeech").forEach(c -> speechVerbs.add(c.asText()));
        List<String> suffix = new ArrayList<>();
        cues.path("orgSuffix").forEach(c -> suffix.add(Pattern.quote(c.asText())));
        cues.path("orgSuffix").forEach(c -> orgSuffixes.add(c.asText()));
        cues.path("productNameTails").forEach(c -> productNameTails.add(c.asText()));
        cues.path("publicationWords").forEach(c -> publicationWords.add(c.asText()));
        cues.path("latinLegalForms").forEach(c -> latinLegalForms.add(c.asText()));
        latinLegalForms.sort(java.util.Comparator.comparingInt(String::length).reversed());
        cues.path("latinLegalFormEndings").forEach(c -> latinLegalFormEndings.add(" " + c.asText()));
        List<String> particles = new ArrayList<>();
        cues.path("nameParticles").forEach(c -> particles.add(Pattern.quote(c.asText())));
        String name = String.format(NAME, particles.isEmpty() ? "" : "(?: (?:" + String.join("|", particles) + ")){0,2}");
        persons.add(Pattern.compile("(?i:(?:" + String.join("|", before) + "))\\s*(?<name>" + name + ")"));
        persons.add(Pattern.compile("(?<name>" + name + ")(?i:" + String.join("|", after) + ")"));
        cues.path("personAfterPattern").forEach(c -> personAfterPatterns.add(Pattern.compile("(?<name>" + name + ")(?:" + c.asText() + ")")));
        cues.path("personTitles").forEach(c -> titles.add(c.asText()));
        titles.sort(java.util.Comparator.comparingInt(String::length).reversed());
        String anyTitle = "(?:(?:" + String.join("|", titles.stream().map(Pattern::quote).toList()) + ")\\.? )+";
        titled = titles.isEmpty() ? null : Pattern.compile("(?<![\\p{L}\\p{Nd}'’.&-])(?<titles>" + anyTitle + ")(?<name>" + name
                + ")(?![\\p{L}\\p{Nd}])");
        leadingTitles = titles.isEmpty() ? null : Pattern.compile("^" + anyTitle + "(?=.)");
        cues.path("orgSuffixOverRegistry").forEach(c -> orgOverRegistry.add(c.asText()));
        // "Tamarind Capital跟投": a Chinese word may follow the suffix right away; a hyphen and a letter or digit may not
        // ("The AG-700, a system for larger tankers": a suffix word so joined is the start of a model code)
        orgs = Pattern.compile("(?<name>" + ORG_NAME + " (?:" + String.join("|", suffix) + "))(?![\\p{L}]|-[\\p{L}\\d])");
        orgsBeforeHan = Pattern.compile("(?<![\\p{IsLatin}\\d&-])(?<name>" + LATIN_ORG_NAME + " (?:" + String.join("|", suffix) + "))(?=\\p{IsHan})");
        List<String> unitSuffix = new ArrayList<>();
        cues.path("unitSuffix").forEach(c -> unitSuffix.add(Pattern.quote(c.asText())));
        units = unitSuffix.isEmpty() ? null
                : Pattern.compile("(?<name>" + ORG_NAME + " (?:" + String.join("|", unitSuffix) + "))(?![\\p{L}])");
        List<String> orgParticles = new ArrayList<>();
        cues.path("orgNameParticles").forEach(c -> orgParticles.add(Pattern.quote(c.asText())));
        orgParticles.sort(java.util.Comparator.comparingInt(String::length).reversed());
        orgName = orgParticles.isEmpty() ? ORG_NAME : ORG_NAME.replace("(?: (?:& )?", "(?: (?:& |(?:" + String.join("|", orgParticles) + ") )?");
        Pattern orgBeforeCue = null;
        List<String> orgBefore = new ArrayList<>();
        cues.path("orgBefore").forEach(c -> orgBefore.add(c.asText()));
        if (!orgBefore.isEmpty()) {
            orgBeforeCue = Pattern.compile("(?i:\\b(?:" + String.join("|", orgBefore) + "))\\s+(?<name>" + orgName + ")");
            orgCues.add(orgBeforeCue);
        }
        List<String> orgAfter = new ArrayList<>();
        cues.path("orgAfter").forEach(c -> orgAfter.add(c.asText()));
        orgAfterCue = orgAfter.isEmpty() ? null
                : Pattern.compile("(?<![\\p{L}])(?<name>" + orgName + ")(?:" + String.join("|", orgAfter) + ")");
        if (orgAfterCue != null) {
            orgCues.add(orgAfterCue);
        }
        this.orgBeforeCue = orgBeforeCue;
        cues.path("orgAppositive").forEach(c -> appositives.add(Pattern.compile(c.asText())));
        if (!appositives.isEmpty()) {
            orgCues.add(Pattern.compile("(?<![\\p{L}])(?<name>" + orgName + ")(?:"
                    + String.join("|", appositives.stream().map(Pattern::pattern).toList()) + ")"));
        }
        cues.path("placeCues").forEach(c -> placeCues.add(Pattern.compile(c.asText())));
        cues.path("chineseNames").path("place").forEach(n -> placeNatures.add(n.asText()));
        cues.path("chineseNames").path("placeBefore").forEach(n -> placeBefore.add(n.asText()));
        cues.path("chineseNames").path("placeAfter").forEach(n -> placeAfter.add(n.asText()));
        cues.path("possessive").forEach(c -> possessives.add(TextFold.fold(c.asText())));
        cues.path("nameStartStop").forEach(c -> nameStartStop.add(c.asText()));
        cues.path("demonyms").forEach(c -> demonyms.add(c.asText()));
        cues.path("regionWords").forEach(c -> regionWords.add(c.asText()));
        Set<String> never = new TreeSet<>(nameStartStop);
        never.addAll(demonyms);
        shortNameStop = java.util.Collections.unmodifiableSet(never);
        cues.path("descriptorWords").forEach(c -> descriptorWords.add(Pattern.compile(c.asText())));
        // the name after a coordinator ends where the next coordinator or a non-name word starts
        orgCoordination = cues.has("orgCoordination") ? Pattern.compile("(?:" + cues.path("orgCoordination").asText()
                + ")(?<name>" + ORG_NAME + ")(?![\\p{L}\\d])") : null;
        JsonNode zh = cues.path("chineseNames");
        zh.path("person").forEach(n -> personNatures.add(n.asText()));
        zh.path("organization").forEach(n -> orgNatures.add(n.asText()));
        zh.path("stop").forEach(n -> stop.add(n.asText()));
        before.stream().filter(c -> c.codePoints().anyMatch(UnlinkedFinder::han)).forEach(personCues::add);
        zh.path("personAfterVerb").forEach(n -> personVerbs.add(n.asText()));
        zh.path("honorifics").forEach(n -> chineseHonorifics.add(TextFold.fold(n.asText())));
        chineseHonorifics.sort(java.util.Comparator.comparingInt(String::length).reversed());
        chineseHonorifics.forEach(personCues::add);
        zh.path("organizationEnd").forEach(n -> orgEnds.add(n.asText()));
        zh.path("shortNameEndStop").forEach(n -> shortNameEndStop.add(TextFold.fold(n.asText())));
        zh.path("legalForms").forEach(n -> legalForms.add(TextFold.fold(n.asText())));
        legalForms.sort(java.util.Comparator.comparingInt(String::length).reversed());
        zh.path("subsidiaryNouns").forEach(n -> subsidiaryNouns.add(TextFold.fold(n.asText())));
        zh.path("organizationStartStop").forEach(n -> orgStartStop.add(n.asText()));
        zh.path("organizationIndefinite").forEach(n -> orgIndefinite.add(TextFold.fold(n.asText())));
        zh.path("surnames").forEach(n -> n.asText().codePoints().forEach(surnames::add));
        zh.path("bracketSurnames").forEach(n -> TextFold.fold(n.asText()).codePoints().forEach(bracketSurnames::add));
        zh.path("guardedSurnames").fields().forEachRemaining(e -> guardedSurnames.put(TextFold.fold(e.getKey()).codePointAt(0),
                TextFold.fold(e.getValue().asText()).codePoints().boxed().collect(java.util.stream.Collectors.toSet())));
        List<String> shortCues = new ArrayList<>();
        zh.path("shortFormCues").forEach(n -> shortCues.add(Pattern.quote(TextFold.fold(n.asText()))));
        shortCues.sort(java.util.Comparator.comparingInt(String::length).reversed());
        // one short name, or several joined by 或/、/和 ("（以下简称“公司”或“澜启微”）"), quoted or not
        String shortItem = "[“\"「『]?[^()“”\"「」『』,，。;；、或\\s]{2,12}?[”\"」』]?";
        // a listed company's stock code may share the bracket, before or after the declaration: "（688417，以下简称…）",
        // "（以下简称“绿岚智能”或“公司”，688417）", "（下稱「公司」，2330.TW）"
        String code = "(?:(?:股票代码|证券代码|股票代碼|證券代碼)\\s*[:：]?\\s*)?(?:[A-Za-z]{2})?\\d{4,6}(?:\\.[A-Za-z]{2,3})?";
        // a Hong Kong or Taiwan paper writes the English name first in the same bracket: "藥匯機械人（MediPick，下稱「藥匯」）",
        // "倉易科技（StoreEase，下稱「倉易」）"; the short name is the Chinese name's, the English one its other name
        String latinName = "[\\p{IsLatin}][\\p{IsLatin}\\p{Nd}&.'’\\- ]{1,40}?";
        shortFormDeclaration = shortCues.isEmpty() ? null
                : Pattern.compile("\\s*\\(\\s*(?:(?:" + code + "|" + latinName + ")\\s*[,，;；]\\s*)?(?:" + String.join("|", shortCues)
                        + ")\\s*[:：]?\\s*(?<names>" + shortItem + "(?:\\s*[或、和及]\\s*" + shortItem + "){0,2})\\s*(?:[,，;；]\\s*"
                        + code + "\\s*)?\\)");
        List<String> otherCues = new ArrayList<>();
        zh.path("otherNameCues").forEach(n -> otherCues.add(Pattern.quote(TextFold.fold(n.asText()))));
        otherCues.sort(java.util.Comparator.comparingInt(String::length).reversed());
        // "（中文名“羽镜科技”，以下简称“羽镜”）", "(英文名称: Lanxi Semiconductor)": the name, quoted or not, ends at a
        // comma or at the bracket's end
        otherNameDeclaration = otherCues.isEmpty() ? null
                : Pattern.compile("\\s*\\(\\s*(?:" + String.join("|", otherCues) + ")\\s*(?:为|是)?\\s*[:：]?\\s*"
                        + "(?:[“\"「『](?<quoted>[^()“”\"「」『』,，。;；]{2,40})[”\"」』]|(?<bare>[^()“”\"「」『』,，。;；:：]{2,40}?))"
                        + "\\s*(?:[,，;；]|\\))");
        zh.path("shortFormGeneric").forEach(n -> shortFormGeneric.add(TextFold.fold(n.asText()).toLowerCase(java.util.Locale.ROOT)));
        List<String> latinCues = new ArrayList<>();
        cues.path("shortFormCuesLatin").forEach(n -> latinCues.add(n.asText()));
        latinShortFormDeclaration = Pattern.compile("^\\s*\\(\\s*(?:(?i:" + (latinCues.isEmpty() ? "(?!)" : String.join("|", latinCues))
                + ")\\s*,?\\s*)?(?<names>(?:(?i:the\\s+)?[\"“][^\"“”()]{2,40}[\"”]\\s*(?:,?\\s*(?:or|and)\\s+)?){1,3})\\)");
        zh.path("placeFirst").path("finals").forEach(n -> placeFirstFinals.add(TextFold.fold(n.asText())));
        placeFirstFinals.sort(java.util.Comparator.comparingInt(String::length).reversed());
        zh.path("placeFirst").path("bare").forEach(n -> placeFirstBare.add(TextFold.fold(n.asText())));
        zh.path("placeFirst").path("nextStop").forEach(n -> placeFirstNextStop.add(TextFold.fold(n.asText())));
        zh.path("placeFirst").path("institutions").forEach(n -> placeFirstInstitutions.add(TextFold.fold(n.asText())));
        zh.path("nameEndStop").forEach(n -> n.asText().codePoints().forEach(nameEndStop::add));
        zh.path("coordinatedNameEndStop").forEach(n -> TextFold.fold(n.asText()).codePoints().forEach(coordinatedNameEndStop::add));
        founderBefore = zh.has("founderBefore") ? Pattern.compile(zh.path("founderBefore").asText()) : null;
        zh.path("jointFoundingAfter").forEach(n -> jointFoundingAfter.add(TextFold.fold(n.asText())));
        zh.path("personEndTrim").forEach(n -> TextFold.fold(n.asText()).codePoints().forEach(personEndTrim::add));
        zh.path("nameFollowers").forEach(n -> nameFollowers.add(TextFold.fold(n.asText()).codePoints().toArray()));
        zh.path("titleOfNameOpeners").forEach(n -> titleOfNameOpeners.add(TextFold.fold(n.asText())));
        zh.path("japaneseSurnames").forEach(n -> japaneseSurnames.add(TextFold.fold(n.asText()).codePoints().toArray()));
        japaneseSurnames.sort(java.util.Comparator.comparingInt((int[] c) -> -c.length));
        zh.path("aliasCues").forEach(n -> aliasCues.add(TextFold.fold(n.asText())));
        zh.path("companyActs").forEach(n -> companyActs.add(TextFold.fold(n.asText())));
        zh.path("jointUnitEnds").forEach(n -> jointUnitEnds.add(TextFold.fold(n.asText())));
        zh.path("bracketDescriptors").path("words").forEach(n -> bracketDescriptors.add(TextFold.fold(n.asText())));
        zh.path("bracketDescriptors").path("withoutBrackets").forEach(n -> descriptorsWithoutBrackets.add(TextFold.fold(n.asText())));
        bracketDescriptors.stream().filter(d -> !aliasCues.contains(d)).forEach(aliasCues::add);
        aliasCues.sort(java.util.Comparator.comparingInt(String::length).reversed());
        zh.path("organizationBefore").forEach(n -> orgCuesZh.add(TextFold.fold(n.asText())));
        List<String> latinAfter = new ArrayList<>();
        zh.path("latinOrganizationAfter").forEach(n -> latinAfter.add(Pattern.quote(n.asText())));
        // "设备商Orvane宣布": up to three capitalised words, the name ending before Han text, punctuation or the end; an
        // ampersand may join two of them ("连锁餐厅Maple & Rye签约")
        latinOrgAfterZh = latinAfter.isEmpty() ? null : Pattern.compile("(?:" + String.join("|", latinAfter) + ")"
                + LATIN_NAME_AFTER_CUE + "(?=[\\p{IsHan}\\p{P}]|\\s*$)");
        // "与Falkner Mining签订合同", "與Maple & Rye簽署": the partner of a signing
        latinPartnerZh = latinFrame(zh.path("latinOrganizationPartner"));
        // "则由Semtech供应", "由德国Dormakaba供应": the supplier of what the company uses
        latinSupplierZh = latinFrame(zh.path("latinOrganizationSupplier"));
        zh.path("genericHeads").forEach(n -> genericHeads.add(TextFold.fold(n.asText())));
        zh.path("organizationNameStop").forEach(n -> orgNameStop.add(TextFold.fold(n.asText())));
        stockCodeAfter = zh.hasNonNull("stockCodeAfter") ? Pattern.compile(zh.path("stockCodeAfter").asText()) : null;
        investorFrames = NameFrames.of(zh.path("investorFrames"));
        zh.path("investorFrames").path("armFinals").forEach(n -> investorArmFinals.add(TextFold.fold(n.asText())));
        shareFrames = NameFrames.of(zh.path("shareFrames"));
        supplyFrames = NameFrames.of(zh.path("supplyFrames"));
        sourceFrames = NameFrames.of(zh.path("sourceFrames"));
        JsonNode employers = zh.path("employerFrames");
        employers.path("patterns").forEach(n -> employerFrames.add(Pattern.compile(n.asText())));
        employers.path("latinPatterns").forEach(n -> latinEmployerFrames.add(Pattern.compile(n.asText())));
        employers.path("latinStop").forEach(n -> latinEmployerStop.add(TextFold.fold(n.asText())));
        employers.path("glossedPatterns").forEach(n -> glossedEmployerFrames.add(Pattern.compile(n.asText())));
        employers.path("glossedNotInside").forEach(n -> glossedEmployerNotInside.add(TextFold.fold(n.asText())));
        employers.path("notInside").forEach(n -> employerNotInside.add(TextFold.fold(n.asText())));
        employers.path("notEnd").forEach(n -> employerNotEnd.add(TextFold.fold(n.asText())));
        employers.path("notStart").forEach(n -> employerNotStart.add(TextFold.fold(n.asText())));
        employerMinLength = employers.path("minLength").asInt(3);
        zh.path("enumerationRanks").forEach(n -> enumerationRanks.add(TextFold.fold(n.asText())));
        zh.path("organizationFinal").forEach(n -> orgFinals.add(TextFold.fold(n.asText())));
        orgFinals.sort(java.util.Comparator.comparingInt(String::length).reversed());
        zh.path("organizationLeftBound").forEach(n -> orgLeftBounds.add(TextFold.fold(n.asText())));
        zh.path("organizationLeadCharacters").forEach(n -> orgLeadCharacters.add(TextFold.fold(n.asText())));
        zh.path("organizationStemStop").forEach(n -> orgStemStop.add(TextFold.fold(n.asText())));
        zh.path("organizationFinalWeak").forEach(n -> weakFinals.add(TextFold.fold(n.asText())));
        zh.path("organizationWeakNext").forEach(n -> weakNext.add(TextFold.fold(n.asText())));
        zh.path("organizationFinalNextStop").forEach(n -> finalNextStop.add(TextFold.fold(n.asText())));
        zh.path("organizationProductNext").forEach(n -> productNext.add(TextFold.fold(n.asText())));
        zh.path("organizationFinalCompounds").fields().forEachRemaining(f -> f.getValue().forEach(n -> finalCompounds
                .computeIfAbsent(TextFold.fold(f.getKey()), k -> new ArrayList<>()).add(TextFold.fold(n.asText()))));
        zh.path("organizationFinalContinuation").forEach(n -> finalContinuations.add(TextFold.fold(n.asText())));
        finalContinuations.sort(java.util.Comparator.comparingInt(String::length).reversed());
        zh.path("organizationWeakBefore").forEach(n -> weakBefore.add(TextFold.fold(n.asText())));
        zh.path("organizationStemEndStop").forEach(n -> TextFold.fold(n.asText()).codePoints().forEach(stemEndStop::add));
        List<String> quotedNouns = new ArrayList<>();
        zh.path("quotedUnitNouns").forEach(n -> quotedNouns.add(Pattern.quote(TextFold.fold(n.asText()))));
        quotedUnits = quotedNouns.isEmpty() ? null : Pattern.compile("[「“\"『](?<inner>[\\p{IsHan}\\p{L}\\d ]{2,10})[」”\"』](?<noun>"
                + String.join("|", quotedNouns) + ")");
        cues.path("regionalUnits").path("regions").forEach(r -> regions.add(
                new Region(Pattern.compile(r.path("after").asText()), r.path("label").asText())));
        List<String> startVerbs = new ArrayList<>();
        cues.path("orgStartVerbs").forEach(n -> startVerbs.add("(?:" + n.asText() + ")"));
        // what may follow a one-word name opening a sentence for it to be an organisation: an optional aside or
        // day, then one of the verbs (each a regular expression of unlinked.json)
        orgStartVerbs = Pattern.compile("^(?:,[^,.;]{0,60},)?(?: on \\p{Lu}[a-z]+day| today| yesterday| also)? (?:"
                + (startVerbs.isEmpty() ? "(?!)" : String.join("|", startVerbs)) + ")\\b");
        marketCues = new MarketCues(cues.path("markets"));
        cues.path("markets").path("measuresAfter").forEach(x -> marketMeasures.add(TextFold.fold(x.asText())));
        cues.path("markets").path("zh").path("segmentBefore").forEach(x -> marketSegments.add(TextFold.fold(x.asText())));
        productCues = new UnlinkedProducts(cues.path("products"), nameStartStop);
        unitCues = UnitReferences.Cues.of(cues);
        parkBodies = ParkBodies.of(cues.path("parkBodies"));
        cues.path("givenNames").forEach(n -> givenNames.add(n.asText()));
        List<String> ofHeads = new ArrayList<>();
        cues.path("orgOfHeads").forEach(n -> ofHeads.add(Pattern.quote(n.asText())));
        String word = "\\p{Lu}[\\p{L}&\\d-]*";
        orgOf = ofHeads.isEmpty() ? null : Pattern.compile("(?<![\\p{L}\\d])(?<name>(?:" + word + " ){0,3}(?:" + String.join("|", ofHeads)
                + ") (?:of|for) (?:the )?" + word + "(?: (?:and |& |of |for )?" + word + "){0,4})(?![\\p{L}\\d])");
        cues.path("givenNameFinalsNot").forEach(n -> givenFinalsNot.add(n.asText()));
        cues.path("wordsHoldingNames").forEach(n -> wordsHoldingNames.add(TextFold.fold(n.asText())));
        cues.path("givenNameAfterNot").forEach(n -> givenAfterNot.add(n.asText()));
        orgSuffixes.forEach(givenFinalsNot::add);
        cues.path("unitSuffix").forEach(n -> givenFinalsNot.add(n.asText().substring(n.asText().lastIndexOf(' ') + 1)));
        cues.path("nameParticles").forEach(n -> particleWords.add(n.asText()));
        nameRun = Pattern.compile("(?<![\\p{IsLatin}\\p{Nd}'’.&-])\\p{Lu}[\\p{IsLatin}]*(?:-\\p{L}[\\p{IsLatin}]*)?(?: (?:\\p{Lu}\\."
                + (particles.isEmpty() ? "" : "|(?:" + String.join("|", particles) + ")(?= \\p{Lu})")
                + "|\\p{Lu}[\\p{IsLatin}]*(?:['’]\\p{Lu}[\\p{IsLatin}]+)?(?:-\\p{Lu}[\\p{IsLatin}]+)?))+");
        List<String> surnamesLatin = new ArrayList<>();
        cues.path("surnameFirst").forEach(n -> surnamesLatin.add(Pattern.quote(n.asText())));
        cues.path("surnameFirst").forEach(n -> latinSurnames.add(n.asText()));
        // the given name's first syllable is no English prefix ("Re-elected", "Pre-orders" in a title-case line)
        surnameFirst = surnamesLatin.isEmpty() ? null : Pattern.compile("(?<![\\p{L}\\p{Nd}'’.&-])(?:" + String.join("|", surnamesLatin)
                + ") (?!(?:Re|Pre|Co|Non|Ex|Anti|Self|Post|Sub|Mid|Pro|Semi|Multi|Cross|Over|Under|Out|Well|Long|High|Low|All|Year)-)"
                + "\\p{Lu}\\p{Ll}{1,5}-\\p{Ll}{1,6}(?![\\p{L}\\p{Nd}'’-])(?! \\p{Lu})");
        personLength = new int[] {zh.path("personLength").path(0).asInt(2), zh.path("personLength").path(1).asInt(4)};
        orgLength = new int[] {zh.path("organizationLength").path(0).asInt(4), zh.path("organizationLength").path(1).asInt(16)};
    }

    /** The park bodies' cues ({@code parkBodies}), null when the cue file has none. */
    ParkBodies parkBodies() {
        return parkBodies;
    }

    /** Loads the cue file; markets keep the words as written. */
    public static UnlinkedFinder load(Path cueFile, String idBase) {
        return load(cueFile, idBase, MarketNames.none());
    }

    /** Loads the cue file; markets are labelled (and identified) by {@code marketNames}. */
    public static UnlinkedFinder load(Path cueFile, String idBase, MarketNames marketNames) {
        try {
            return new UnlinkedFinder(new ObjectMapper().readTree(cueFile.toFile()), idBase, marketNames);
        } catch (IOException e) {
            throw new UncheckedIOException(cueFile + ": the cue file cannot be read (" + e.getMessage() + ").", e);
        }
    }

    /**
     * Names in one sentence, code-point offsets into it; the caller drops those overlapping registry matches. An
     * organisation whose whole name is a word by which a text refers to a company without naming it ("The Company will
     * close its service centre", "the Group", 公司: {@code chineseNames.shortFormGeneric}; a Latin one only after "the",
     * as "Target" is a retailer's name) is no name: a filing writes its own reference words with a capital, and the
     * references step reads them as the company they mean.
     */
    public List<AliasIndex.Hit> find(String sentence, String language) {
        List<AliasIndex.Hit> out = names(sentence, language);
        out.removeIf(h -> h.entity().kind() == EntityKind.ORG && !h.entity().linked() && referenceWord(sentence, h));
        return out;
    }

    /** "The Company", "the Group": an article before the generic word makes it a reference; "Target" alone is a name. */
    private static final Pattern ARTICLE_BEFORE = Pattern.compile("(?i)(?:^|[^\\p{L}])the\\s+$");

    /**
     * Whether an unlinked organisation's name is a reference word ({@code shortFormGeneric}): a Han one (公司, 集团)
     * wherever it stands, a Latin one ("Company", "Group") after "the" or with it.
     */
    private boolean referenceWord(String sentence, AliasIndex.Hit h) {
        String name = TextFold.fold(h.entity().label()).strip();
        if (!generic(name)) {
            return false;
        }
        if (name.codePoints().anyMatch(TextFold::isHan) || name.startsWith("the ")) {
            return true;
        }
        int b = sentence.offsetByCodePoints(0, Math.min(h.begin(), sentence.codePointCount(0, sentence.length())));
        return ARTICLE_BEFORE.matcher(sentence.substring(0, b)).find();
    }

    private List<AliasIndex.Hit> names(String sentence, String language) {
        List<AliasIndex.Hit> out = new ArrayList<>();
        String folded = TextFold.fold(sentence);
        if (units != null) {
            Matcher u = units.matcher(sentence);
            while (u.find()) {
                int b = trimStart(sentence, u.start("name"), u.end("name"));
                if (sentence.indexOf(' ', b) > 0 && sentence.indexOf(' ', b) < u.end("name")) {
                    out.add(hit(sentence, sentence, b, u.end("name"), EntityKind.UNIT));
                }
            }
        }
        Matcher m = orgs.matcher(sentence);
        while (m.find()) {
            if (language.startsWith("zh") && m.group("name").codePoints().anyMatch(TextFold::isHan)) {
                latinTailOfHanRun(sentence, m.start("name"), m.end("name")).ifPresent(out::add);
                continue;
            }
            // "Kitchen Automation Journal": a company's last word before a publication's is a word of the masthead
            if (publicationAfter(sentence, m.end("name"))) {
                continue;
            }
            // "Rival Pellmark Software", "German Fooware Systems": the descriptor is no part of the name, as long as
            // a word is left before the suffix ("British Telecom" stays whole)
            int b = trimStart(sentence, m.start("name"), m.end("name"));
            boolean wordLeft = sentence.indexOf(' ', b) > 0 && sentence.indexOf(' ', b) < m.end("name");
            // "Chinese-based AI staff": a descriptor before a bare suffix word names no company at all
            if (!wordLeft && descriptorBefore(sentence, m.start("name"), b)) {
                continue;
            }
            out.add(hit(sentence, sentence, wordLeft ? b : m.start("name"), regionAfter(sentence, m.end("name")), EntityKind.ORG));
        }
        orgsOf(sentence, out);
        List<AliasIndex.Hit> spoken = new ArrayList<>();
        List<AliasIndex.Hit> said = new ArrayList<>();
        for (Pattern p : persons) {
            Matcher pm = p.matcher(sentence);
            // the next cue is looked for from the start of the name just read, not its end: in "said Chief Financial
            // Officer Marius Eklund would" the words after "said" are a title, and the title is the cue of the name
            for (int from = 0; from <= sentence.length() && pm.find(from); from = pm.start("name") > pm.start() ? pm.start("name") : pm.end()) {
                // "Kestrel Labs said": a name ending in a company's last word is no person
                if (orgSuffixes.contains(pm.group("name").substring(pm.group("name").lastIndexOf(' ') + 1))) {
                    continue;
                }
                AliasIndex.Hit h = hit(sentence, sentence, pm.start("name") + titleWord(pm.group("name")), pm.end("name"), EntityKind.PERSON);
                out.add(h);
                if (p == persons.get(0) && SAID_BEFORE.matcher(sentence.substring(0, pm.start("name"))).find()) {
                    said.add(h);
                }
                if (p == persons.get(persons.size() - 1) && speechAfter(sentence, pm.end("name"))) {
                    spoken.add(h);
                }
            }
        }
        givenNamePersons(sentence, out);
        if (surnameFirst != null) {
            Matcher sf = surnameFirst.matcher(sentence);
            while (sf.find()) {
                out.add(hit(sentence, sentence, sf.start(), sf.end(), EntityKind.PERSON));
            }
        }
        for (Pattern p : personAfterPatterns) {
            Matcher pm = p.matcher(sentence);
            while (pm.find()) {
                String first = pm.group("name").split(" ")[0];
                if (!nameStartStop.contains(first)) {
                    out.add(hit(sentence, sentence, pm.start("name"), pm.end("name"), EntityKind.PERSON));
                }
            }
        }
        for (Pattern p : orgCues) {
            Matcher c = p.matcher(sentence);
            while (c.find()) {
                int b = trimStart(sentence, c.start("name"), c.end("name"));
                boolean single = sentence.substring(b, c.end("name")).indexOf(' ') < 0;
                // "the purchase of Danish agency Quorvel": a nationality is no company's name
                // '"We moved too slowly," she said': a pronoun or other nameStartStop word alone is no company, wherever it stands
                if (b < c.end("name") && !(single && demonyms.contains(sentence.substring(b, c.end("name"))))
                        && !(single && nameStartStop.contains(sentence.substring(b, c.end("name"))))
                        && !(single && publicationWords.contains(sentence.substring(b, c.end("name"))))
                        && !publicationAfter(sentence, c.end("name"))
                        && !(single && acronymQualifier(sentence, b, c.end("name")))
                        && (!(single && b == 0) || startName(sentence, c.end("name")))) {
                    out.add(hit(sentence, sentence, b, c.end("name"), EntityKind.ORG));
                    if (p == orgBeforeCue && orgCoordination != null) {
                        coordinated(sentence, c.end("name"), out);
                    }
                }
            }
        }
        speakingOrganisations(out, spoken);
        reportedOrganisations(sentence, out, said);
        coordinatedBefore(sentence, out);
        for (Pattern p : placeCues) {
            Matcher c = p.matcher(sentence);
            while (c.find()) {
                if (!nameStartStop.contains(c.group("name"))) {
                    out.add(hit(sentence, sentence, c.start("name"), c.end("name"), EntityKind.PLACE));
                }
            }
        }
        titledPersons(sentence, out);
        if (!language.startsWith("zh")) {
            return out;
        }
        Matcher lh = orgsBeforeHan.matcher(sentence);
        while (lh.find()) {
            out.add(hit(sentence, sentence, lh.start("name"), lh.end("name"), EntityKind.ORG));
        }
        out.addAll(chineseOrgsAfterCues(sentence, folded));
        out.addAll(latinOrgsAfterChineseCues(sentence));
        out.addAll(chineseOrgsByFinalWord(sentence, folded));
        out.addAll(framedNames(investorFrames, sentence, folded));
        out.addAll(framedNames(shareFrames, sentence, folded));
        out.addAll(framedNames(supplyFrames, sentence, folded));
        out.addAll(framedNames(sourceFrames, sentence, folded));
        out.addAll(chineseEmployers(sentence, folded));
        out.addAll(quotedUnits(sentence, folded));
        // "委任林思远出任…": a surname and one or two characters right after a Chinese person cue, as after a role
        for (String cue : personCues) {
            for (int i = folded.indexOf(cue); i >= 0; i = folded.indexOf(cue, i + cue.length())) {
                int from = folded.codePointCount(0, i);
                chineseNameAt(sentence, folded.codePointCount(0, i + cue.length())).ifPresent(h -> out.add(
                        chineseHonorifics.contains(cue) && h.begin() == from + cue.codePointCount(0, cue.length()) ? honoured(h, from) : h));
            }
        }
        List<Term> terms = segment(folded);
        for (Term t : terms) {
            String nature = String.valueOf(t.nature);
            int len = t.word.codePointCount(0, t.word.length());
            if (stop.contains(t.word) || t.word.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                continue;
            }
            String before = folded.substring(0, t.offset).stripTrailing();
            String after = folded.substring(t.offset + t.word.length()).stripLeading();
            if (orgNatures.contains(nature)) {
                placeGluedToSite(sentence, folded, t).ifPresent(out::add);
            }
            if (placeNatures.contains(nature) && len >= 2 && len <= 4
                    && (placeBefore.stream().anyMatch(before::endsWith) || placeAfter.stream().anyMatch(after::startsWith))) {
                out.add(hit(sentence, folded, t.offset, t.offset + t.word.length(), EntityKind.PLACE));
            } else if (personNatures.contains(nature) && len >= personLength[0] && len <= personLength[1]
                    && (personCues.stream().anyMatch(before::endsWith) || personVerbs.stream().anyMatch(after::startsWith))) {
                // "任命韩雪为公司首席财务官" segmented 韩雪为: a function character glued to the end of a three-character
                // name (personEndTrim: 为, 在, 将…) is the next word's
                int e = t.offset + t.word.length();
                if (len == 3 && personEndTrim.contains(t.word.codePointBefore(t.word.length()))) {
                    e = t.offset + t.word.offsetByCodePoints(0, 2);
                } else if (len == 2 && surnames.contains(t.word.codePointAt(0)) && thirdNameCharacter(folded, e)) {
                    // "副教授邱思穎共同創立" segmented 邱思|穎共同: the Han character left after a two-character name, before
                    // a word that follows names (現任, 曾任, 于) or of founding together, is the name's third
                    e = folded.offsetByCodePoints(e, 1);
                }
                out.add(hit(sentence, folded, t.offset, e, EntityKind.PERSON));
            } else if (orgNatures.contains(nature)) {
                // "手机厂商岚图通讯" segmented as one word: the kind of company before the name is no part of it, nor
                // the last character of a Taiwanese "電源廠" ("电源厂崇澄电子" read as 厂崇澄电子)
                int lead = java.util.stream.Stream.concat(orgLeftBounds.stream().filter(w -> w.length() >= 2), orgLeadCharacters.stream())
                        .filter(w -> t.word.startsWith(w) && t.word.length() - w.length() >= 2)
                        .mapToInt(String::length).max().orElse(0);
                // "在笔记本电脑市场,宏图电子宣布…" segmented as one word over the comma: a name starts after a clause's punctuation
                for (int c = t.word.length() - 1; c >= lead; c--) {
                    // and after an opening bracket: "周立华（东源证券" is a person and the employer in the bracket after him
                    if (",;:、。!?(（".indexOf(t.word.charAt(c)) >= 0) {
                        lead = c + 1;
                        break;
                    }
                }
                String read = t.word.substring(lead);
                int from = t.offset + lead;
                // "共建的宽禁带半导体联合实验室" read as 带半导体联合实验室: a joint unit's name is its field, which HanLP cuts;
                // it runs back over Han characters up to a word that joins or points (的, 与…), a verb of building (建) or a quote
                String joint = jointUnitEnds.stream().filter(j -> read.endsWith(j) && read.length() > j.length()).findFirst().orElse(null);
                if (joint != null) {
                    int stem = read.length() - joint.length();
                    while (from > 0 && stem < 8 && han(folded.charAt(from - 1))
                            && (PLACE_FIRST_STEM_STOP + "建").indexOf(folded.charAt(from - 1)) < 0) {
                        from--;
                        stem++;
                    }
                }
                String word = folded.substring(from, t.offset + t.word.length());
                int n = word.codePointCount(0, word.length());
                if (n >= orgLength[0] && n <= orgLength[1]
                        && orgEnds.stream().anyMatch(word::endsWith) && orgStartStop.stream().noneMatch(word::startsWith)
                        && !genericOrg(word) && !commonNounBeforeEnd(word) && !clauseBeforeEnd(word)
                        && orgIndefinite.stream().noneMatch(folded.substring(0, from).stripTrailing()::endsWith)
                        // "养殖机器人生产线": a line making a kind of product, no company's name
                        && productNext.stream().noneMatch(w -> folded.startsWith(w, t.offset + t.word.length()))
                        // "检测软件ScanForge": words right before a Latin name describe it
                        && !(after.length() > 0 && after.charAt(0) < 0x80 && Character.isLetter(after.charAt(0))
                            && t.offset + t.word.length() < folded.length() && folded.charAt(t.offset + t.word.length()) != ' ')) {
                    out.add(hit(sentence, folded, from, t.offset + t.word.length(), EntityKind.ORG));
                }
            }
        }
        // "割草机器人厂商苏州…", "宠物智能硬件企业": Han words that are market terms end to end ({@link MarketNames}) name a
        // kind of product, and the company a kind word introduces comes after them; they are no company's name
        out.removeIf(h -> h.entity().kind() == EntityKind.ORG && marketWords(sentence.substring(
                sentence.offsetByCodePoints(0, h.begin()), sentence.offsetByCodePoints(0, h.end()))));
        return out;
    }

    /**
     * "SIM服务商Quiro Pte Ltd", "Brenmor已为The HALO Trust和Mines Advisory Group": in Chinese text the capitalised words
     * before a company's last word run over Han characters, which are letters too, back to the first capital of the
     * clause; the name is the Latin words after the last Han character, read again as a name and its last word. Not
     * after a product noun ("AI菜单助手Tavlo Menu AI" names a product) nor before another capitalised word
     * ("Google DeepMind的Staff Research Scientist" is a title).
     */
    private Optional<AliasIndex.Hit> latinTailOfHanRun(String sentence, int begin, int end) {
        int b = end;
        while (b > begin && !TextFold.isHan(sentence.codePointBefore(b))) {
            b -= Character.charCount(sentence.codePointBefore(b));
        }
        while (b < end && sentence.charAt(b) == ' ') {
            b++;
        }
        Matcher tail = orgs.matcher(sentence).region(b, sentence.length());
        if (b >= end || !tail.lookingAt() || tail.end("name") != end || productCues.endsInProductNoun(sentence.substring(0, b))
                || NEXT_CAPITALISED.matcher(sentence).region(end, sentence.length()).lookingAt()) {
            return Optional.empty();
        }
        return Optional.of(hit(sentence, sentence, b, end, EntityKind.ORG));
    }

    private static final Pattern NEXT_CAPITALISED = Pattern.compile(" \\p{Lu}");

    /**
     * "Airport Insight Asia", "Halden Capital Europe": a region word ({@code regionWords}) right after a company's last word,
     * and no Latin word after it, ends the name there; the end of the name otherwise.
     */
    private int regionAfter(String sentence, int end) {
        Matcher w = NEXT_WORD.matcher(sentence).region(end, sentence.length());
        return w.lookingAt() && regionWords.contains(w.group(1)) && !NEXT_LATIN.matcher(sentence).region(w.end(), sentence.length()).lookingAt()
                ? w.end() : end;
    }

    private static final Pattern NEXT_LATIN = Pattern.compile("[\\p{IsLatin}\\d]| \\p{Lu}");

    /** A publication's last word ({@code publicationWords}) right after a name: "Kitchen Automation| Journal". */
    private boolean publicationAfter(String sentence, int end) {
        Matcher w = NEXT_WORD.matcher(sentence).region(end, sentence.length());
        return w.lookingAt() && publicationWords.contains(w.group(1));
    }

    private static final Pattern NEXT_WORD = Pattern.compile(" (\\p{Lu}\\p{IsLatin}+)(?![\\p{IsLatin}])");

    /** A capitalised name that ends right before "and", ", and" or a comma and the next name: "Lumadent| and Corvex Dental held". */
    private static final Pattern NAME_BEFORE_COORDINATOR = Pattern.compile("(?<![\\p{L}\\d&'’.-])(?<name>" + ORG_NAME + ")(?:(?<and>,? and)|,) (?:the )?$");

    /**
     * "Lumadent and Corvex Dental held 34.5% and 22.8% respectively", "Halvex, Quorvel and Tarn Systems were also
     * customers": a name joined by "and" (or a comma before it) to an organisation a cue found is an organisation too (the
     * {@code orgCoordination} of a cue before the names, read backwards from the cue after them). Not a word that never
     * starts a name, a nationality or a publication's word alone, and a lone word opening the sentence only as
     * {@link #startName} would read a plural noun ("Analysts and Halvio staff").
     */
    private void coordinatedBefore(String sentence, List<AliasIndex.Hit> out) {
        for (AliasIndex.Hit h : List.copyOf(out)) {
            if (h.entity().kind() != EntityKind.ORG) {
                continue;
            }
            int at = sentence.offsetByCodePoints(0, h.begin());
            for (int k = 0; k < 4; k++) {
                Matcher m = NAME_BEFORE_COORDINATOR.matcher(sentence.substring(0, at));
                // a comma joins names only in a list that "and" ends ("Sam Altman, OpenAI's CEO" is a person and a company)
                if (!m.find() || k == 0 && m.group("and") == null) {
                    break;
                }
                int b = trimStart(sentence, m.start("name"), m.end("name"));
                String name = sentence.substring(b, m.end("name"));
                boolean single = name.indexOf(' ') < 0;
                if (b >= m.end("name") || single && (descriptor(name) || publicationWords.contains(name)
                        || b == 0 && name.endsWith("s") && !NAME_SPELLING.matcher(name).matches())) {
                    break;
                }
                out.add(hit(sentence, sentence, b, m.end("name"), EntityKind.ORG));
                at = b;
            }
        }
    }

    /** "said " right before a name the person cue read. */
    private static final Pattern SAID_BEFORE = Pattern.compile("\\bsaid $");

    /**
     * "The company said DHL Supply Chain had ordered 8,000 units", "it said Indie Campers had agreed to take a stake": a
     * name the person cue read only because "said" is written before it is the organisation when the words after it are
     * a company's act or noun ({@code orgAfter}) and its first word is no given name; a person named so ("said Anna
     * Berg had resigned") keeps the person.
     */
    private void reportedOrganisations(String sentence, List<AliasIndex.Hit> out, List<AliasIndex.Hit> said) {
        if (orgAfterCue == null) {
            return;
        }
        for (AliasIndex.Hit h : said) {
            int b = sentence.offsetByCodePoints(0, h.begin());
            int e = sentence.offsetByCodePoints(0, h.end());
            Matcher m = orgAfterCue.matcher(sentence).region(b, sentence.length());
            if (!m.lookingAt() || m.end("name") != e || givenName(sentence.substring(b, e).split(" ")[0])) {
                continue;
            }
            out.removeIf(o -> o.entity().kind() == EntityKind.PERSON && o.begin() == h.begin() && o.end() == h.end());
            if (out.stream().noneMatch(o -> o.entity().kind() == EntityKind.ORG && o.begin() == h.begin() && o.end() == h.end())) {
                out.add(hit(sentence, sentence, b, e, EntityKind.ORG));
            }
        }
    }

    /** True when a Han phrase is made of market terms alone ("割草机器人", "宠物"). */
    private boolean marketWords(String name) {
        return name.codePoints().allMatch(TextFold::isHan) && marketNames.english(name).isPresent();
    }

    /**
     * "Danish smart-home device maker Kaldera Home said on Tuesday it would cut…": a speech verb after two capitalised
     * words ({@code personAfterSpeech}: said, told, says) is said of a company as often as of a person, so a name with
     * no other person cue is the organisation an organisation cue reads over exactly the same words. A person cue of
     * its own (a role before it, a given name, ", who") keeps the person.
     */
    private void speakingOrganisations(List<AliasIndex.Hit> out, List<AliasIndex.Hit> spoken) {
        for (AliasIndex.Hit s : spoken) {
            boolean org = out.stream().anyMatch(h -> h.entity().kind() == EntityKind.ORG && h.begin() == s.begin() && h.end() == s.end());
            boolean otherCue = out.stream().anyMatch(h -> h != s && h.entity().kind() == EntityKind.PERSON && h.begin() == s.begin()
                    && h.end() == s.end() && spoken.stream().noneMatch(x -> x == h));
            if (org && !otherCue) {
                out.removeIf(h -> h.entity().kind() == EntityKind.PERSON && h.begin() == s.begin() && h.end() == s.end());
            }
        }
    }

    /**
     * "Controller Elena Marsh will serve as interim CFO": a capitalised word before a given name that opens a
     * two-word name ({@code givenNames}) is a title or a word opening the sentence, no part of the name, as
     * {@link #givenNamePersons} leaves it off; not a surname written first ({@code surnameFirst}: "Tan Mei Ling"). The length of that word and its space; 0 when the name keeps its first word.
     */
    private int titleWord(String name) {
        String[] w = name.split(" ");
        if (w.length != 3 || givenNames.contains(w[0]) || latinSurnames.contains(w[0]) || w[0].endsWith(".") || !givenNames.contains(w[1])
                || w[2].length() < 2 || w[2].endsWith(".")) {
            return 0;
        }
        return w[0].length() + 1;
    }

    private boolean speechAfter(String sentence, int end) {
        String rest = sentence.substring(end);
        return speechVerbs.stream().anyMatch(v -> rest.regionMatches(true, 0, v, 0, v.length())
                && (rest.length() == v.length() || !Character.isLetter(rest.charAt(v.length()))));
    }

    /**
     * "Ms Lee Soo-jin said", "Tan Sri Dato' Sri Vincent Goh, executive chairman of…", "said Dr Maria van der Berg": a
     * courtesy title or honorific ({@code personTitles}), one or more, before a Latin name marks it as a person's, and
     * the titles are no part of the name. A name read by another cue from inside the titles ("Sri Vincent Goh",
     * "Dr Maria") is replaced by the one after them; a name opening with a nameStartStop word, or ending in a company's
     * last word ("Dr Reddy's Laboratories"), is none. First, an organisation read over exactly a surname-first name
     * ({@code surnameFirst}: "Han Ji-woo") gives way to the person found there.
     */
    private void titledPersons(String sentence, List<AliasIndex.Hit> out) {
        // "producer Han Ji-woo joined…": a name written surname first with a hyphenated given name is a person's even
        // where an organisation cue read the same words
        if (surnameFirst != null) {
            Matcher sf = surnameFirst.matcher(sentence);
            while (sf.find()) {
                int b = sentence.codePointCount(0, sf.start());
                int e = sentence.codePointCount(0, sf.end());
                out.removeIf(h -> h.entity().kind() == EntityKind.ORG && h.begin() == b && h.end() == e);
            }
        }
        if (titled == null) {
            return;
        }
        Matcher m = titled.matcher(sentence);
        while (m.find()) {
            String[] words = m.group("name").split(" ");
            if (nameStartStop.contains(words[0]) || orgSuffixes.contains(words[words.length - 1])) {
                continue;
            }
            int tb = sentence.codePointCount(0, m.start("titles"));
            int te = sentence.codePointCount(0, m.start("name"));
            out.removeIf(h -> (h.entity().kind() == EntityKind.PERSON || h.entity().kind() == EntityKind.ORG)
                    && h.begin() >= tb && h.begin() < te);
            out.add(hit(sentence, sentence, m.start("name"), m.end("name"), EntityKind.PERSON));
        }
    }

    /**
     * "Datuk Lim Kok Weng" → "Lim Kok Weng": a Latin name without the courtesy titles and honorifics it opens with
     * ({@code personTitles}); the name itself when it opens with none.
     */
    public String withoutTitles(String latin) {
        return leadingTitles == null ? latin : leadingTitles.matcher(latin).replaceFirst("");
    }

    /**
     * "the University of Oxford", "Meridian Institute for Machine Intelligence", "Department of Commerce": an
     * organisation word of {@code orgOfHeads} joined by "of" or "for" to capitalised words is one organisation with
     * them, and with up to three capitalised words before it; leading {@code nameStartStop} words are left off, and
     * the name ends before a given name ("the Bank of Tarnia Governor Lena Varga") or a nameStartStop word after it.
     */
    private void orgsOf(String sentence, List<AliasIndex.Hit> out) {
        if (orgOf == null) {
            return;
        }
        Matcher m = orgOf.matcher(sentence);
        while (m.find()) {
            String[] w = m.group("name").split(" ");
            int first = 0;
            while (first < w.length && nameStartStop.contains(w[first])) {
                first++;
            }
            int link = first;
            while (link < w.length && !w[link].equals("of") && !w[link].equals("for")) {
                link++;
            }
            int last = w.length;
            for (int k = link + 1; k < w.length; k++) {
                if (givenNames.contains(w[k]) || (nameStartStop.contains(w[k]) && k > link + 1)) {
                    last = k;
                    break;
                }
            }
            while (last > link + 1 && !Character.isUpperCase(w[last - 1].charAt(0))) {
                last--;
            }
            if (first >= link || last <= link + 1 || (last == link + 2 && w[link + 1].equals("the"))) {
                continue;
            }
            int b = m.start("name");
            for (int k = 0; k < first; k++) {
                b += w[k].length() + 1;
            }
            int e = b + String.join(" ", java.util.Arrays.copyOfRange(w, first, last)).length();
            out.add(hit(sentence, sentence, b, e, EntityKind.ORG));
        }
    }

    /**
     * "Priya Natarajan said", "founded by Jonas K. Berg", "chief executive Ana de Souza": capitalised words starting
     * with a common given name ({@code givenNames}) are a person without any other cue. Two words, or three when the
     * second is an initial, a given name or a particle, and no capitalised word after them (a title-case headline
     * names nothing); capitalised words before the given name are left off ("CEO Priya Natarajan"). None when the last
     * word is a word of a company, a unit or a place ({@code givenNameFinalsNot}: "Howard University"), or the word
     * before is one of {@code givenNameAfterNot} ("San Jose", "St. Louis").
     */
    /**
     * A common given name ({@code givenNames}), also joined by a hyphen to another capitalised name as French and
     * Québécois given names are ("Marc-André", "Jean-Philippe", "Anne-Sophie"): the first part is a given name.
     */
    private boolean givenName(String word) {
        int hyphen = word.indexOf('-');
        return givenNames.contains(word) || hyphen > 0 && givenNames.contains(word.substring(0, hyphen))
                && word.substring(hyphen + 1).matches("\\p{Lu}\\p{Ll}+");
    }

    private void givenNamePersons(String sentence, List<AliasIndex.Hit> out) {
        if (givenNames.isEmpty()) {
            return;
        }
        Matcher m = nameRun.matcher(sentence);
        while (m.find()) {
            String[] w = m.group().split(" ");
            int g = 0;
            while (g < w.length && !givenName(w[g])) {
                g++;
            }
            int n = w.length - g;
            if (n < 2 || n > 3) {
                continue;
            }
            if (n == 3 && !(w[g + 1].matches("\\p{Lu}\\.") || givenNames.contains(w[g + 1]) || particleWords.contains(w[g + 1]))) {
                continue;
            }
            String last = w[w.length - 1];
            if (last.length() < 2 || last.endsWith(".") || givenFinalsNot.contains(last) || particleWords.contains(last)) {
                continue;
            }
            boolean stopWord = false;
            for (int k = g + 1; k < w.length; k++) {
                stopWord |= nameStartStop.contains(w[k]) || demonyms.contains(w[k]);
            }
            // "Carrillo-led": a word going on after the run makes it something else
            boolean goesOn = m.end() + 1 < sentence.length() && sentence.charAt(m.end()) == '-' && Character.isLetter(sentence.charAt(m.end() + 1));
            int begin = m.start();
            for (int k = 0; k < g; k++) {
                begin += w[k].length() + 1;
            }
            String before = sentence.substring(0, begin).stripTrailing();
            String prev = before.substring(before.lastIndexOf(' ') + 1);
            if (stopWord || goesOn || givenAfterNot.contains(prev)) {
                continue;
            }
            out.add(hit(sentence, sentence, begin, m.end(), EntityKind.PERSON));
        }
    }

    /** The {@code markets} cues of unlinked.json, folded. */
    private record MarketCues(List<String> innerNatures, Set<String> rejectNatures, Set<String> innerVerbs, Set<String> zhLeadStop,
                              Set<String> tailSkip, List<String> zhAfterCompound, Set<String> zhNonMarkets, Set<String> openers,
                              Set<String> enStop, Set<String> enLeadStop, Set<String> enNonMarkets, Set<String> enAfterCompound,
                              Map<String, String> zhSegmentAs, Set<String> zhMeasureTail, Pattern enFrameGate,
                              List<Pattern> enFrames, Set<String> enFrameEnd, Set<String> enFrameNonMarkets) {
        MarketCues(JsonNode m) {
            this(strings(m.path("zh").path("innerNatures")), new TreeSet<>(strings(m.path("zh").path("rejectNatures"))),
                    folded(m.path("zh").path("innerVerbs")), folded(m.path("zh").path("leadStop")), folded(m.path("zh").path("tailSkip")),
                    new ArrayList<>(folded(m.path("zh").path("afterCompound"))), folded(m.path("zh").path("nonMarkets")),
                    folded(m.path("en").path("openers")), folded(m.path("en").path("stop")), folded(m.path("en").path("leadStop")),
                    folded(m.path("en").path("nonMarkets")), folded(m.path("en").path("afterCompound")),
                    segmentAs(m.path("zh").path("segmentAs")), folded(m.path("zh").path("measureTail")),
                    m.path("en").path("fieldFrameGate").isMissingNode() ? null : Pattern.compile(m.path("en").path("fieldFrameGate").asText()),
                    strings(m.path("en").path("fieldFrames")).stream().map(Pattern::compile).toList(),
                    folded(m.path("en").path("fieldFrameEnd")), folded(m.path("en").path("fieldFrameNonMarkets")));
        }

        /** Words segmented as other words of the same length ("市占率" as "市场率", so 市场 heads the market's name). */
        private static Map<String, String> segmentAs(JsonNode n) {
            Map<String, String> out = new java.util.LinkedHashMap<>();
            n.fields().forEachRemaining(e -> {
                String from = TextFold.fold(e.getKey());
                String to = TextFold.fold(e.getValue().asText());
                if (from.length() != to.length()) {
                    throw new IllegalArgumentException("unlinked.json: markets.zh.segmentAs maps \"" + e.getKey() + "\" to \""
                            + e.getValue().asText() + "\", which is not as long: offsets would shift.");
                }
                out.put(from, to);
            });
            return out;
        }

        private static List<String> strings(JsonNode n) {
            List<String> out = new ArrayList<>();
            n.forEach(x -> out.add(x.asText()));
            return out;
        }

        private static Set<String> folded(JsonNode n) {
            Set<String> out = new TreeSet<>();
            n.forEach(x -> out.add(TextFold.fold(x.asText())));
            return out;
        }
    }

    private static final Pattern EN_MARKET = Pattern.compile("(?i)\\bmarket\\b");
    /** Words of a sentence that states market shares or ranks (a field named there is a market). */
    private static final Pattern SHARE_WORDS = Pattern.compile("份额|市占|占比|占有率|排名第|位居第|位列第|居首|居次|居冠");
    /** 在…领域 / 在…赛道 of at most twelve characters, no punctuation: the field, its head word then read as 市场. */
    private static final Pattern FIELD_FRAME = Pattern.compile("(在[^,，。;；、:：]{1,12}?)(?<!该|此|这一|这个|同一|其)(?:领域|赛道)");
    /** A measure of goods and 中 before a comma: "自助点餐机装机量中," (the market's name is before it). */
    private static final Pattern MEASURE_FRAME = Pattern.compile("(?<=\\p{IsHan})(装机量|出货量|销量|销售额|零售额|出货额)(中\\s*[,，])");
    private static final Pattern TRAILING_MARKET_WORD = Pattern.compile("(?:市场|市場|(?i:\\bmarket))$");
    private static final Pattern EN_WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}+&./'’-]*");
    private static final Pattern MARKETPLACE_NAME = Pattern.compile("\\s?\\p{Lu}\\p{L}+");
    private static final Pattern NATIONALITY = Pattern.compile("\\p{Lu}[a-z]+(?:an|ese|ish)");

    /**
     * True when a word that measures a market ({@code markets.measuresAfter} of unlinked.json: 出货量, 市占率, "shipments")
     * follows right after code point {@code end} of {@code text}: "全球智能手机出货量", "global smartwatch shipments" name the
     * market with a noun that alone is only a product ("智能手机").
     */
    public boolean marketMeasureAfter(String text, int end) {
        String rest = TextFold.fold(text.substring(text.offsetByCodePoints(0, end)));
        for (String w : marketMeasures) {
            if (w.startsWith(" ") ? rest.startsWith(w) && (rest.length() == w.length() || !Character.isLetter(rest.charAt(w.length())))
                    : rest.startsWith(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Markets the registry does not know, named by the words right before 市场/市場 or "market" ({@code markets} of
     * unlinked.json): "中国智能手机市场" gives 智能手机 (中国 stays a place), "the enterprise networking market" gives
     * "enterprise networking". {@code known} are the sentence's other matches (registry and unlinked, code points): a
     * registry market inside the phrase is part of a narrower market ("AI公有云服务细分市场"), any other mention ends
     * the phrase; a phrase of registry markets alone is no new market. Code point offsets, as {@link #find}.
     */
    public List<AliasIndex.Hit> markets(String sentence, String language, List<AliasIndex.Hit> known) {
        boolean[] market = new boolean[sentence.length() + 1];
        boolean[] block = new boolean[sentence.length() + 1];
        for (AliasIndex.Hit h : known) {
            int b = sentence.offsetByCodePoints(0, h.begin());
            int e = sentence.offsetByCodePoints(b, h.end() - h.begin());
            boolean registryMarket = h.entity().kind() == EntityKind.MARKET && h.entity().linked();
            if (registryMarket) {
                // a registry label that says 市场/"market" ("服务器市场", "chip market") leaves that word free, so that a
                // longer phrase before it is read as a narrower market ("边缘服务器市场", "the memory chip market")
                Matcher word = TRAILING_MARKET_WORD.matcher(sentence.substring(b, e));
                if (word.find() && word.start() > 0) {
                    e = b + word.start();
                }
            }
            for (int i = b; i < e; i++) {
                if (registryMarket) {
                    market[i] = true;
                } else {
                    block[i] = true;
                }
            }
        }
        List<AliasIndex.Hit> out = new ArrayList<>();
        String folded = TextFold.fold(sentence);
        if (folded.length() != sentence.length()) {
            return out;
        }
        if (language.startsWith("zh")) {
            segmentBeforeMeasure(sentence, folded, known, block, out);
            String segmented = folded;
            for (Map.Entry<String, String> e : marketCues.zhSegmentAs().entrySet()) {
                segmented = segmented.replace(e.getKey(), e.getValue());
            }
            // "在工业控制器领域,X以18%位居第二": in a sentence that ranks or measures shares, the field (领域, 赛道) named
            // after 在 is the market the shares are of, read as the words before 市场 are
            if (SHARE_WORDS.matcher(folded).find()) {
                segmented = FIELD_FRAME.matcher(segmented).replaceAll(r -> r.group(1) + "市场");
                // "台湾手摇饮业自助点餐机装机量中,X以约42%市占率位居第一": the goods whose measure (装机量, 出货量, 销量) the
                // shares split are the market, read as the words before 市场 are (the measure's length kept: 市场的); not
                // after a registry market, which the measure names as it is ("乘用车激光雷达装机量中" is lidar)
                segmented = MEASURE_FRAME.matcher(segmented).replaceAll(r -> market[r.start(1) - 1] ? Matcher.quoteReplacement(r.group())
                        : "市场" + "的".repeat(r.group(1).length() - 2) + r.group(2));
            }
            if (segmented.contains("市场")) {
                chineseMarkets(sentence, folded, segmented, market, block, out);
            }
        } else {
            englishMarkets(sentence, folded, market, block, out);
            englishFieldFrames(sentence, folded, market, block, out);
        }
        return out;
    }

    /**
     * "Quellsonic ranked third in distributed acoustic leak detection in Asia-Pacific with a 14.2% share", "the largest
     * supplier of hive monitors to U.S. beekeepers, with a 31% share", "about 22% of tank-monitoring installations": a
     * sentence that states a share names its market without the word "market", in a frame of {@code
     * markets.en.fieldFrames} (unlinked.json; the group {@code m} holds the words after the frame). The words are cut at
     * the first opener, stop or frame-end word ("to U.S. beekeepers", "in Asia-Pacific"), leadStop words are left off
     * the start, and 1 to 4 words must remain that hold no other name and do not end in a non-market ("revenue").
     */
    private void englishFieldFrames(String sentence, String folded, boolean[] market, boolean[] block, List<AliasIndex.Hit> out) {
        if (marketCues.enFrameGate() == null || !marketCues.enFrameGate().matcher(folded).find()) {
            return;
        }
        for (Pattern frame : marketCues.enFrames()) {
            Matcher f = frame.matcher(folded);
            while (f.find()) {
                int at = f.start("m");
                List<int[]> words = new ArrayList<>();
                Matcher w = EN_WORD.matcher(folded).region(at, f.end("m"));
                int next = at;
                while (w.find() && w.start() == next) {
                    String word = w.group();
                    if (marketCues.openers().contains(word) || marketCues.enStop().contains(word)
                            || marketCues.enFrameEnd().contains(word) || any(block, w.start(), w.end())
                            || word.chars().noneMatch(Character::isLetter)) {
                        break;
                    }
                    words.add(new int[] {w.start(), w.end()});
                    next = w.end() + 1;
                    if (w.end() >= folded.length() || folded.charAt(w.end()) != ' ') {
                        break;
                    }
                }
                int first = 0;
                while (first < words.size() && marketCues.enLeadStop().contains(folded.substring(words.get(first)[0], words.get(first)[1]))) {
                    first++;
                }
                int n = words.size() - first;
                if (n < 1 || n > 4) {
                    continue;
                }
                int b = words.get(first)[0];
                int e = words.get(words.size() - 1)[1];
                String head = folded.substring(words.get(words.size() - 1)[0], e);
                if (marketCues.enNonMarkets().contains(head) || marketCues.enFrameNonMarkets().contains(head) || any(market, b, e)) {
                    continue;
                }
                out.add(hit(sentence, sentence, b, e, EntityKind.MARKET));
            }
        }
    }

    /**
     * "国内工商业储能系统出货量中", "户用储能系统装机量": a customer segment ({@code markets.zh.segmentBefore}) written right
     * before a registry market that a measure follows names a narrower market than the registry one (commercial and
     * industrial energy storage systems); with 市场 after it the finder below reads the phrase whole. Only segments,
     * not every market term: a channel word before a registry market ("網上外賣平台") leaves it that market.
     */
    private void segmentBeforeMeasure(String sentence, String folded, List<AliasIndex.Hit> known, boolean[] block,
                                      List<AliasIndex.Hit> out) {
        for (AliasIndex.Hit h : known) {
            if (h.entity().kind() != EntityKind.MARKET || !h.entity().linked() || !marketMeasureAfter(sentence, h.end())) {
                continue;
            }
            int b = sentence.offsetByCodePoints(0, h.begin());
            int e = sentence.offsetByCodePoints(b, h.end() - h.begin());
            for (String w : marketSegments) {
                int from = b - w.length();
                if (from >= 0 && folded.startsWith(w, from) && !any(block, from, b)) {
                    out.add(hit(sentence, sentence, from, e, EntityKind.MARKET));
                    break;
                }
            }
        }
    }

    /** The words of a share (份额, 占有率, 占比), as the segmenter writes them after 市场. */
    private static final String MARKET_SHARE_TAILS = "占有率|份额|占比";
    /** 市场 and a share word the segmenter joins to it (市场占有率, 市场份额). */
    private static final Pattern MARKET_SHARE_WORD = Pattern.compile("市场(?:" + MARKET_SHARE_TAILS + ")");
    /** A term after 市场 that starts with a share word, or 率 of 市占率 read as 市场率. */
    private static final Pattern SHARE_WORD_NEXT = Pattern.compile("(?:" + MARKET_SHARE_TAILS + ").*|率", Pattern.DOTALL);
    /** Area words written between a market's name and its share ("智能投饵机国内市场份额"); folded. */
    private static final Set<String> SHARE_AREA = Set.of("国内", "全球", "全国");

    /** True when 市场 at term {@code i} is, or is followed by, a share word (份额, 占有率, 占比; 率 of 市占率 read as 市场率). */
    private static boolean shareAfter(List<Term> terms, int i) {
        return MARKET_SHARE_WORD.matcher(terms.get(i).word).matches()
                || i + 1 < terms.size() && SHARE_WORD_NEXT.matcher(terms.get(i + 1).word).matches();
    }

    private void chineseMarkets(String sentence, String folded, String segmented, boolean[] market, boolean[] block,
                                List<AliasIndex.Hit> out) {
        List<Term> terms = segment(segmented);
        for (int i = 1; i < terms.size(); i++) {
            Term head = terms.get(i);
            // "於台灣停車應用程式市場佔有率為20%": with no 的 between them HanLP takes 市场占有率 as one word, whose 市场 still
            // closes the market's name
            if (!(head.word.equals("市场") || MARKET_SHARE_WORD.matcher(head.word).matches())
                    || any(market, head.offset, head.offset + 2) || any(block, head.offset, head.offset + 2)) {
                continue;
            }
            if (i + 1 < terms.size() && marketCues.zhAfterCompound().stream().anyMatch(terms.get(i + 1).word::startsWith)) {
                continue;
            }
            // "AI 模型市场 Bedrock": 市场 before a capitalised name is that marketplace's description, not a market segment
            if (MARKETPLACE_NAME.matcher(sentence).region(head.offset + 2, sentence.length()).lookingAt()) {
                continue;
            }
            int first = i;
            while (first > 0 && marketWord(terms, first - 1, market, block)) {
                first--;
            }
            // "公司智能投饵机国内市场份额达18.6%": the product words, then the area (国内, 全球), then the share: the
            // words before the area word name the market (the area is the share's refArea); only before a share word,
            // as "X国内市场" alone is a company's home market
            if (i >= 2 && SHARE_AREA.contains(terms.get(i - 1).word) && shareAfter(terms, i)
                    && !any(market, terms.get(i - 1).offset, head.offset)) {
                int f = i - 1;
                while (f > 0 && marketWord(terms, f - 1, market, block)) {
                    f--;
                }
                int e = terms.get(i - 1).offset;
                int b = f < i - 1 ? terms.get(f).offset : e;
                b = Math.min(b, marketNames.termsBefore(folded, b, e, block));
                if (e - b >= 2 && !all(market, b, e) && marketCues.zhNonMarkets().stream().noneMatch(w -> folded.substring(0, e).endsWith(w))) {
                    out.add(hit(sentence, folded, b, e, EntityKind.MARKET));
                }
                continue;
            }
            int last = i;
            while (last > first && marketCues.tailSkip().contains(terms.get(last - 1).word)) {
                last--;
            }
            for (int k = first; k < last; k++) {
                if (marketCues.zhLeadStop().contains(terms.get(k).word)) {
                    first = k + 1;
                }
            }
            while (first < last && terms.get(first).word.isBlank()) {
                first++;
            }
            if (first == i && last == i) {
                // "加拿大虚拟问诊市场": HanLP reads the words before 市场 as verbs (问诊), so it takes none; market terms
                // right before 市场 still name the market, unless the name would end in a customer group or a
                // place word (企业市场, 海外市场: nonMarkets)
                int end = head.offset;
                // "翻译机线上市场": a word written last that says where the share is counted (tailSkip: 线上, 细分) is
                // left off the end, as it is when HanLP reads the words before it as nouns
                for (String w : marketCues.tailSkip()) {
                    if (end - w.length() > 0 && folded.startsWith(w, end - w.length())) {
                        end -= w.length();
                        break;
                    }
                }
                int e = end;
                int b = marketNames.termsBefore(folded, e, e, block);
                if (e - b >= 2 && !all(market, b, e)
                        && marketCues.zhNonMarkets().stream().noneMatch(w -> folded.substring(0, e).endsWith(w))) {
                    out.add(hit(sentence, folded, b, e, EntityKind.MARKET));
                }
                continue;
            }
            if (first >= last || marketCues.zhNonMarkets().contains(terms.get(last - 1).word)) {
                continue;
            }
            int b = terms.get(first).offset;
            int e = terms.get(last - 1).offset + terms.get(last - 1).word.length();
            // "在全球手游市场": segmented 全/球手游, the phrase starts inside a leadStop word and so starts after it
            for (String w : marketCues.zhLeadStop()) {
                for (int j = 1; j < w.length() && j <= b; j++) {
                    if (folded.startsWith(w, b - j) && b - j + w.length() < e) {
                        b = b - j + w.length();
                    }
                }
            }
            // "智能喂食器线上零售额市场": a measure (零售额, 出货量) and a channel (线上) right before 市场 say what the
            // share counts, not which market; HanLP may have taken them alone, and the terms before them name the market
            for (boolean cut = true; cut; ) {
                cut = false;
                for (String w : marketCues.zhMeasureTail()) {
                    int from = e - w.length();
                    if (from >= 0 && folded.startsWith(w, from) && !any(block, from, e) && !any(market, from, e)) {
                        e = from;
                        b = Math.min(b, e);
                        cut = true;
                    }
                }
            }
            b = Math.min(b, startOfMarket(market, b));
            // "全球电子雾化设备代工市场", "本港物業搜尋App市場": market terms (market-terms.json) before the words HanLP
            // took are words of the market's name, whatever their part of speech ("雾化", "搜尋" are verbs to HanLP)
            // a registry market's label with modifiers before it stays that market ("網上外賣平台" is food delivery)
            if (b == e || !all(market, b, e)) {
                b = Math.min(b, marketNames.termsBefore(folded, b, e, block));
            } else {
                // "加拿大餐厅服务机器人市场": a customer segment (markets.zh.segmentBefore: 餐厅, 酒店, 工商业) right before a
                // registry market names a narrower market, even where HanLP took it with the place before it (日本餐厅);
                // not any goods word ("乘用车激光雷达" stays lidar)
                for (String w : marketSegments) {
                    if (b >= w.length() && folded.startsWith(w, b - w.length()) && !any(block, b - w.length(), b)) {
                        b -= w.length();
                        break;
                    }
                }
            }
            // "在台灣同類產品市場則以約28%市占率位居第二": a phrase that is a nonMarkets word whole (同类产品, "products of
            // the same kind") refers to the market named before; HanLP's words inside it are not
            if (e - b >= 2 && !all(market, b, e) && !marketCues.zhNonMarkets().contains(folded.substring(b, e))) {
                out.add(hit(sentence, folded, b, e, EntityKind.MARKET));
            }
        }
    }

    /** True when term {@code k} can be a word of a market's name (a noun-like word, or a registry market). */
    private boolean marketWord(List<Term> terms, int k, boolean[] market, boolean[] block) {
        Term t = terms.get(k);
        int b = t.offset;
        int e = b + t.word.length();
        if (any(block, b, e)) {
            return false;
        }
        if (all(market, b, e)) {
            return true;
        }
        String nature = String.valueOf(t.nature);
        // "邊緣 AI 推論晶片市場", "全球 Mini LED 背光模組市場": Taiwanese and Hong Kong news space Latin words off the
        // Han words around them; one space next to a Latin word stays inside the name
        if (t.word.equals(" ") && k > 0 && k + 1 < terms.size() && (latinWord(terms.get(k - 1)) || latinWord(terms.get(k + 1)))) {
            return true;
        }
        if (t.word.isBlank()) {
            return false;
        }
        if (marketCues.rejectNatures().contains(nature)) {
            // "加拿大餐厅服务机器人市场", "酒店服务机器人": an institution noun (餐厅, 酒店: nis / nit, not a place or an
            // organisation) that the market terms name is the kind of customer a narrower market serves
            return nature.startsWith("ni") && TextFold.hasHan(t.word) && marketNames.english(t.word).isPresent();
        }
        if (nature.equals("nx") || nature.equals("m")) {
            // Latin words and "5G": letters, or digits joined to the letters after them
            boolean letters = t.word.chars().anyMatch(Character::isLetter);
            boolean joined = k + 1 < terms.size() && terms.get(k + 1).offset == e && terms.get(k + 1).word.chars().allMatch(Character::isLetterOrDigit)
                    && terms.get(k + 1).word.chars().anyMatch(c -> c < 128 && Character.isLetter(c));
            return t.word.chars().allMatch(Character::isLetterOrDigit) && (letters || joined);
        }
        return marketCues.innerVerbs().contains(t.word) || marketCues.innerNatures().stream().anyMatch(nature::startsWith);
    }

    /** A term of ASCII letters and digits with at least one letter ("AI", "LED", "5G"). */
    private static boolean latinWord(Term t) {
        return !t.word.isEmpty() && t.word.chars().allMatch(c -> c < 128 && Character.isLetterOrDigit(c))
                && t.word.chars().anyMatch(Character::isLetter);
    }

    private void englishMarkets(String sentence, String folded, boolean[] market, boolean[] block, List<AliasIndex.Hit> out) {
        Matcher m = EN_MARKET.matcher(folded);
        while (m.find()) {
            if (any(market, m.start(), m.end()) || any(block, m.start(), m.end())) {
                continue;
            }
            Matcher next = EN_WORD.matcher(folded);
            boolean share = false;
            if (m.end() + 1 < folded.length() && folded.charAt(m.end()) == ' ' && next.find(m.end() + 1) && next.start() == m.end() + 1) {
                if (marketCues.enAfterCompound().contains(next.group())) {
                    continue;
                }
                share = next.group().equals("share");
            }
            List<int[]> words = new ArrayList<>();
            Matcher w = EN_WORD.matcher(folded.substring(0, m.start()));
            while (w.find()) {
                words.add(new int[] {w.start(), w.end()});
            }
            boolean opener = false;
            int first = words.size();
            int at = m.start();
            while (first > 0 && words.size() - first < 6) {
                int[] wd = words.get(first - 1);
                if (wd[1] != at - 1 || folded.charAt(wd[1]) != ' ') {
                    break;
                }
                String word = folded.substring(wd[0], wd[1]);
                boolean possessive = word.endsWith("'s") || word.endsWith("’s");
                if (any(block, wd[0], wd[1]) || possessive || marketCues.openers().contains(word)) {
                    opener = possessive || marketCues.openers().contains(word) || openerBeforePlace(folded, words, first - 1, block);
                    break;
                }
                if (!all(market, wd[0], wd[1]) && (marketCues.enStop().contains(word) || word.chars().noneMatch(Character::isLetter))) {
                    break;
                }
                first--;
                at = wd[0];
            }
            if (first == words.size()) {
                // "the market for managed hosting", "the UK market for …": nothing names the market before the word
                marketFor(sentence, folded, m.end(), market, block, out);
                continue;
            }
            if (!opener && !share) {
                continue;
            }
            int last = words.size();
            boolean adverb = false;
            while (first < last) {
                int[] wd = words.get(first);
                String word = folded.substring(wd[0], wd[1]);
                String written = sentence.substring(wd[0], wd[1]);
                // "the fiercely contested PC market": an adverb and the participle after it describe the market
                if (all(market, wd[0], wd[1]) || !(marketCues.enLeadStop().contains(word) || word.endsWith("ly")
                        || (adverb && word.endsWith("ed")) || NATIONALITY.matcher(written).matches())) {
                    break;
                }
                adverb = word.endsWith("ly");
                first++;
            }
            if (first >= last) {
                marketFor(sentence, folded, m.end(), market, block, out);
                continue;
            }
            if (last - first > 4) {
                continue;
            }
            int b = words.get(first)[0];
            int e = words.get(last - 1)[1];
            String head = folded.substring(words.get(last - 1)[0], e);
            if (!marketCues.enNonMarkets().contains(head) && !all(market, b, e)) {
                out.add(hit(sentence, sentence, b, e, EntityKind.MARKET));
            }
        }
    }

    /**
     * "the US fitness-tracker market", "its UK smart-meter market": a name (the place) between the opener and the
     * market's words; true when the word before the run of named words {@code k} starts is an opener or a possessive.
     */
    private boolean openerBeforePlace(String folded, List<int[]> words, int k, boolean[] block) {
        if (k == words.size() - 1) {
            return false;
        }
        int j = k;
        while (j > 0 && any(block, words.get(j - 1)[0], words.get(j - 1)[1]) && words.get(j - 1)[1] + 1 == words.get(j)[0]) {
            j--;
        }
        if (j == 0 || words.get(j - 1)[1] + 1 != words.get(j)[0]) {
            return false;
        }
        String w = folded.substring(words.get(j - 1)[0], words.get(j - 1)[1]);
        return marketCues.openers().contains(w) || w.endsWith("'s") || w.endsWith("’s");
    }

    /** Prepositions that end a market named after "for" ("… hosting among small businesses", "… chips in Europe"). */
    private static final Set<String> FOR_PHRASE_END = Set.of("among", "amongst", "across", "within", "during", "between",
            "since", "after", "before", "until", "through", "throughout", "worldwide", "globally", "last", "this", "next");

    /** "for" and the words after it up to a comma, a full stop or a stop word: "market for managed hosting among…". */
    private static final Pattern EN_FOR_PHRASE = Pattern.compile(" for ((?:[\\p{L}\\p{Nd}][\\p{L}\\p{Nd}'’-]*)(?: [\\p{L}\\p{Nd}][\\p{L}\\p{Nd}'’-]*){0,5})");

    /**
     * "the UK market for managed hosting", "the market for AI accelerators": a market named by nothing before "market"
     * but an opener and an area is the noun phrase after "for", up to four words, cut at the first stop word ("among
     * small businesses", "in Europe"); "and"/"or" may join two words of it ("shared and managed hosting").
     */
    private void marketFor(String sentence, String folded, int at, boolean[] market, boolean[] block, List<AliasIndex.Hit> out) {
        Matcher f = EN_FOR_PHRASE.matcher(folded).region(at, folded.length());
        if (!f.lookingAt()) {
            return;
        }
        String[] ws = f.group(1).split(" ");
        int n = 0;
        while (n < ws.length && !(marketCues.enStop().contains(ws[n]) && !ws[n].equals("and") && !ws[n].equals("or"))
                && !marketCues.openers().contains(ws[n]) && !FOR_PHRASE_END.contains(ws[n])) {
            n++;
        }
        while (n > 0 && (ws[n - 1].equals("and") || ws[n - 1].equals("or"))) {
            n--;
        }
        if (n == 0 || n > 4) {
            return;
        }
        int b = f.start(1);
        int e = b + String.join(" ", java.util.Arrays.copyOf(ws, n)).length();
        if (any(block, b, e) || all(market, b, e) || marketCues.enNonMarkets().contains(ws[n - 1])) {
            return;
        }
        out.add(hit(sentence, sentence, b, e, EntityKind.MARKET));
    }

    /**
     * Products the registry does not know ({@code products} of unlinked.json, read by {@link UnlinkedProducts}): a
     * quoted or Latin-script name after 推出/下线 or before 大模型/芯片, a capitalised name after "launched" or
     * "discontinued", before ", its new chip". {@code known} are the sentence's other matches (code points): a name
     * overlapping any of them, or written as one of its organisations, is none. Code point offsets, as {@link #find}.
     */
    public List<AliasIndex.Hit> products(String sentence, String language, List<AliasIndex.Hit> known) {
        boolean[] block = new boolean[sentence.length() + 1];
        // a kind of product may hold a market whole ("拿下惠普的商用{笔电}订单"), no other mention
        boolean[] kindBlock = new boolean[sentence.length() + 1];
        List<int[]> markets = new ArrayList<>();
        Set<String> orgNames = new TreeSet<>();
        int[] makerEnds = new int[sentence.length() + 1];
        List<int[]> brands = new ArrayList<>();
        for (AliasIndex.Hit h : known) {
            int b = sentence.offsetByCodePoints(0, h.begin());
            int e = sentence.offsetByCodePoints(b, h.end() - h.begin());
            if (h.entity().kind() == EntityKind.ORG) {
                makerEnds[b] = Math.max(makerEnds[b], e);
            }
            // "推出Pelora FV 4.0", "旧款Tavlo Classic POS终端": a Latin company name with a further Latin word or a
            // version after it in Chinese text is the brand of a product's name, which a product cue may read whole
            boolean brand = language.startsWith("zh") && brandBeforeModel(sentence, b, e, h.entity().kind());
            if (brand) {
                brands.add(new int[] {b, e});
            }
            for (int i = b; i < e; i++) {
                block[i] = !brand;
                kindBlock[i] |= h.entity().kind() != EntityKind.MARKET;
            }
            if (h.entity().kind() == EntityKind.MARKET) {
                markets.add(new int[] {b, e});
            }
            if (h.entity().kind() == EntityKind.ORG || h.entity().kind() == EntityKind.UNIT) {
                orgNames.add(TextFold.fold(sentence.substring(b, e)).strip());
                orgNames.add(TextFold.fold(h.entity().label()).strip());
            }
        }
        List<AliasIndex.Hit> out = new ArrayList<>();
        for (int[] span : productCues.find(sentence, language, block, kindBlock, markets, orgNames, makerEnds)) {
            // a product over a brand starts with it and goes on past it; one that cuts it or is it names none
            if (brands.stream().allMatch(k -> k[1] <= span[0] || k[0] >= span[1] || k[0] == span[0] && k[1] < span[1])) {
                out.add(hit(sentence, sentence, span[0], span[1], EntityKind.PRODUCT));
            }
        }
        return out;
    }

    /** A word of a model's name after its brand: capitalised ("Pro", "POS", "M1") or a version not read as a date (2024年). */
    private static final Pattern MODEL_WORD = Pattern.compile(" (?<word>\\p{Lu}[A-Za-z\\d.+-]*|\\d+(?:\\.\\d+)*(?![\\d.]*\\p{IsHan}))(?![A-Za-z\\d])");

    /**
     * Whether the organisation written at chars [b, e) of a Chinese sentence, in Latin letters, is followed by a space
     * and a word of a model's name ("Quiro Unlimited", "Veldan Remote 3", "Norvik M1") that is no legal form or
     * company word ("Veldan GmbH", "Inovia Capital"): the brand that starts a product's name.
     */
    private boolean brandBeforeModel(String sentence, int b, int e, EntityKind kind) {
        if (kind != EntityKind.ORG || b >= e || sentence.substring(b, e).chars().anyMatch(c -> c >= 0x2E80)) {
            return false;
        }
        Matcher m = MODEL_WORD.matcher(sentence).region(e, sentence.length());
        if (!m.lookingAt()) {
            return false;
        }
        String word = m.group("word");
        return !orgSuffixes.contains(word) && !orgOverRegistry.contains(word) && !latinLegalForms.contains(word)
                && !latinLegalFormEndings.contains(" " + word);
    }

    /** Where a phrase starting at {@code b} starts when {@code b} falls inside a registry market: that market's start. */
    private static int startOfMarket(boolean[] market, int b) {
        int s = b;
        while (s > 0 && market[s] && market[s - 1]) {
            s--;
        }
        return s;
    }

    private static boolean any(boolean[] marks, int b, int e) {
        for (int i = b; i < e; i++) {
            if (marks[i]) {
                return true;
            }
        }
        return false;
    }

    private static boolean all(boolean[] marks, int b, int e) {
        for (int i = b; i < e; i++) {
            if (!marks[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when an unlinked organisation name outranks the registry organisation it starts with: "Globex Ventures"
     * is the investment arm, not Globex ({@code orgSuffixOverRegistry}).
     */
    public boolean overRegistry(AliasIndex.Hit h) {
        String label = h.entity().label();
        return h.entity().kind() == EntityKind.ORG && orgOverRegistry.stream().anyMatch(w -> label.endsWith(" " + w));
    }

    /** Capitalised words that do not start a name ("The", "Monday", "Former"). */
    /** The words by which a sentence refers to a unit without naming it, for {@link UnitReferences}. */
    UnitReferences.Cues unitCues() {
        return unitCues;
    }

    public Set<String> nameStartStop() {
        return java.util.Collections.unmodifiableSet(nameStartStop);
    }

    /**
     * A Chinese personal name right after a role ("执行长陈柏翰因…", "分析师方知远认为"): a common surname
     * ({@code chineseNames.surnames}) and one or two more Han characters, the second stopping before a word that
     * cannot end a name ({@code nameEndStop}: 在, 表示, 认为, 接任…). {@code at} is a code point offset; empty
     * when no name starts there.
     */
    public Optional<AliasIndex.Hit> chineseNameAt(String sentence, int at) {
        String folded = TextFold.fold(sentence);
        int[] cps = folded.codePoints().toArray();
        int i = at;
        while (i < cps.length && cps[i] == ' ') {
            i++;
        }
        Optional<AliasIndex.Hit> transliterated = transliteratedName(sentence, folded, cps, i);
        if (transliterated.isPresent()) {
            return transliterated;
        }
        Optional<AliasIndex.Hit> hongKong = givenNameAndSurname(sentence, folded, cps, i);
        if (hongKong.isPresent()) {
            return hongKong;
        }
        Optional<AliasIndex.Hit> japanese = japaneseName(sentence, folded, cps, i);
        if (japanese.isPresent()) {
            return japanese;
        }
        // a guarded surname (高) is one only when the character after it does not make a common word (高管, 高达, 高速)
        boolean guarded = i + 1 < cps.length && guardedSurnames.containsKey(cps[i]) && !guardedSurnames.get(cps[i]).contains(cps[i + 1]);
        if (i >= cps.length || !surnames.contains(cps[i]) && !guarded) {
            return Optional.empty();
        }
        int n = 1;
        while (n < 3 && i + n < cps.length && han(cps[i + n]) && !nameEndStop.contains(cps[i + n])) {
            n++;
        }
        if (n < 2 || (i + n < cps.length && han(cps[i + n]) && !nameEndStop.contains(cps[i + n]))) {
            // "董事长兼CEO徐曼此前曾表示": the name ends before a word that follows names (nameFollowers)
            boolean followed = n >= 2 && stopsName(cps, i + n);
            if (!followed && n == 3 && stopsName(cps, i + 2)) {
                n = 2;
            } else if (!followed) {
                return Optional.empty();
            }
        }
        // "总经理陈蓓于2024年接任", "王建曾于2019年加入": a third character that starts a word following names (于, 曾于)
        // ends the name before it, whatever comes after
        if (n == 3 && stopsName(cps, i + 2)) {
            n = 2;
        }
        String word = new String(cps, i, n);
        if (stop.contains(word)) {
            return Optional.empty();
        }
        int b = folded.offsetByCodePoints(0, i);
        return Optional.of(hit(sentence, folded, b, folded.offsetByCodePoints(b, n), EntityKind.PERSON));
    }

    /**
     * "总执行长拿督林国荣表示": a name after an honorific ({@code chineseNames.honorifics}) is mentioned from the honorific
     * on, so that the rules read the title right before the person, but named without it (label and IRI of 林国荣).
     */
    private AliasIndex.Hit honoured(AliasIndex.Hit name, int from) {
        EntityRef e = name.entity();
        return new AliasIndex.Hit(from, name.end(), new EntityRef(e.iri(), e.kind(), e.label(), false));
    }

    /** A folded Chinese name without the honorific it opens with (拿督林国荣 → 林国荣); the name itself otherwise. */
    public String withoutHonorific(String folded) {
        return chineseHonorifics.stream().filter(h -> folded.startsWith(h) && folded.length() > h.length() + 1).findFirst()
                .map(h -> folded.substring(h.length())).orElse(folded);
    }

    /**
     * Whether a name read after a person's name and 与/和 ends in a character that ends the names of offices and
     * organisations ({@code chineseNames.coordinatedNameEndStop}: '与林业局于上月签约' joins an office, not a person).
     */
    public boolean coordinatedNameEnds(String folded) {
        return !folded.isEmpty() && coordinatedNameEndStop.contains(folded.codePointBefore(folded.length()));
    }

    /**
     * Whether the role at code points [begin, end) of the sentence describes the name written after it and 的: the
     * character at {@code end} is 的 and the role's clause (from the last clause mark or 、 before it) holds a word of
     * holding a post ({@code chineseNames.titleOfNameOpeners}: 曾任, 原任, 现任…), as in "原任台达电财务处长的张国强将自4月1日起出任…"
     * or "现任技术长的江若晴共同创办". Without that word "负责人的说法" or "董事长的讲话" name nobody.
     */
    public boolean titleBeforeName(String sentence, int begin, int end) {
        String folded = TextFold.fold(sentence);
        int[] cps = folded.codePoints().toArray();
        if (end >= cps.length || cps[end] != '的') {
            return false;
        }
        int from = begin;
        while (from > 0 && ",;:。、!?".indexOf(cps[from - 1]) < 0) {
            from--;
        }
        String clause = new String(cps, from, begin - from);
        return titleOfNameOpeners.stream().anyMatch(clause::contains);
    }

    /**
     * The name written after a title and 的 ({@link #titleBeforeName}) from code point {@code at}: what
     * {@link #chineseNameAt} reads, over a third character that it took for one ending names when that character ends no
     * three-character name ({@code personEndTrim}) and a character ending names follows it: "的张国强将自…" is 张国强
     * (强 starts 强调 elsewhere), "的吴涛于去年" stays 吴涛, and "的李明将于" 李明.
     */
    public Optional<AliasIndex.Hit> nameAfterTitleAt(String sentence, int at) {
        return chineseNameAt(sentence, at).map(h -> {
            int[] cps = TextFold.fold(sentence).codePoints().toArray();
            int e = h.end();
            return h.end() - h.begin() == 2 && e + 1 < cps.length && han(cps[e]) && nameEndStop.contains(cps[e])
                    && !personEndTrim.contains(cps[e]) && (nameEndStop.contains(cps[e + 1]) || stopsName(cps, e + 1))
                    ? chineseHit(sentence, h.begin(), e + 1, EntityKind.PERSON) : h;
        });
    }

    /**
     * Whether a two-character name read at code points [begin, end) of the sentence is the start of a three-character
     * one: the character at {@code end} is Han and the one after it starts a word that follows names (于, 创办…) or
     * joins or places them (与, 和, 及, 、, 在): '與孟書言於2018年共同創辦' is 孟書言, though 言 ends names ('坦言').
     */
    public boolean nameGoesOn(String sentence, int begin, int end) {
        int[] cps = TextFold.fold(sentence).codePoints().toArray();
        return end - begin == 2 && end + 1 < cps.length && han(cps[end])
                && (stopsName(cps, end + 1) || "与和及、在".indexOf(cps[end + 1]) >= 0);
    }

    /**
     * "由沈某与清华大学教授顾清远共同创立": a name right after a role at code point {@code at}, in a clause opened by 由,
     * that ends before a word of founding together ({@code chineseNames.jointFoundingAfter}): a surname and one or two
     * Han characters none of which ends names, three tried first. Only there: read after every role, these words cost
     * held-out 6 four wrong founding and post statements.
     */
    public Optional<AliasIndex.Hit> jointFounderAt(String sentence, int at) {
        String folded = TextFold.fold(sentence);
        int[] cps = folded.codePoints().toArray();
        if (at >= cps.length || !surnames.contains(cps[at])) {
            return Optional.empty();
        }
        int clause = at - 1;
        while (clause >= 0 && ",，。;；".indexOf(cps[clause]) < 0 && cps[clause] != '由') {
            clause--;
        }
        if (clause < 0 || cps[clause] != '由') {
            return Optional.empty();
        }
        for (int n = 3; n >= 2; n--) {
            int end = at + n;
            boolean name = end <= cps.length;
            for (int i = at + 1; name && i < end; i++) {
                name = han(cps[i]) && !nameEndStop.contains(cps[i]);
            }
            if (name) {
                String after = new String(cps, end, cps.length - end);
                if (jointFoundingAfter.stream().anyMatch(after::startsWith)) {
                    return Optional.of(chineseHit(sentence, at, end, EntityKind.PERSON));
                }
            }
        }
        return Optional.empty();
    }

    /** An unlinked name of that kind at code points [begin, end) of the sentence. */
    public AliasIndex.Hit chineseHit(String sentence, int begin, int end, EntityKind kind) {
        String folded = TextFold.fold(sentence);
        int b = folded.offsetByCodePoints(0, begin);
        return hit(sentence, folded, b, folded.offsetByCodePoints(b, end - begin), kind);
    }

    /**
     * "饭点…由吴嘉明创办": the code point offsets right after each match of {@code chineseNames.founderBefore} in the
     * folded sentence, where a founding clause writes its first founder's name with no role before it.
     */
    public List<Integer> founderNameStarts(String folded) {
        List<Integer> out = new ArrayList<>();
        if (founderBefore != null) {
            Matcher m = founderBefore.matcher(folded);
            while (m.find()) {
                out.add(folded.codePointCount(0, m.end()));
            }
        }
        return out;
    }

    /** Whether every character at code points [begin, end) of the sentence is one that ends names ({@code nameEndStop}: 为, 在…). */
    public boolean endsNames(String sentence, int begin, int end) {
        int[] cps = TextFold.fold(sentence).codePoints().toArray();
        for (int i = begin; i < end; i++) {
            if (i >= cps.length || !nameEndStop.contains(cps[i])) {
                return false;
            }
        }
        return begin < end;
    }

    /**
     * "高通量测序" (high-throughput sequencing), "高通胀", "联想到", "点点滴滴": whether a name at code points [begin, end) of the
     * sentence lies inside one of the common words of {@code wordsHoldingNames}, or runs across its edge, that word
     * reaching beyond the name. A registry name so written is a piece of the common word, not the name (Chinese writes
     * no spaces, so the alias index cannot see the word around it).
     */
    public boolean insideCommonWord(String sentence, int begin, int end) {
        if (wordsHoldingNames.isEmpty()) {
            return false;
        }
        String folded = TextFold.fold(sentence);
        for (String w : wordsHoldingNames) {
            for (int at = folded.indexOf(w); at >= 0; at = folded.indexOf(w, at + 1)) {
                int b = folded.codePointCount(0, at);
                int e = b + w.codePointCount(0, w.length());
                if (b < end && e > begin && (b < begin || e > end)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "平台中斷" (台中, Taichung, across 平台|中斷), "中台灣" no: whether a name of two or more Han characters at code
     * points [begin, end) of the sentence runs across a word boundary HanLP draws inside it, starting inside one word
     * and ending inside another, both of two or more Han characters and neither a place ({@code chineseNames.place}
     * natures). A registry place so matched is the end of one word and the start of the next, not the place. (A place
     * that only starts or only ends inside a word is kept: HanLP cuts unknown names badly, "其上|海研發中心".)
     */
    public boolean acrossWords(String sentence, int begin, int end) {
        String folded = TextFold.fold(sentence);
        int[] cps = folded.codePoints().toArray();
        if (end - begin < 2 || begin <= 0 || end >= cps.length) {
            return false;
        }
        boolean startsInside = false;
        for (Term t : segment(folded)) {
            int b = folded.codePointCount(0, t.offset);
            int e = b + t.word.codePointCount(0, t.word.length());
            boolean word = e - b >= 2 && t.word.codePoints().allMatch(UnlinkedFinder::han) && !placeNatures.contains(String.valueOf(t.nature));
            if (b < begin && e > begin && e < end) {
                startsInside = word;
            } else if (b > begin && b < end && e > end) {
                return startsInside && word;
            }
        }
        return false;
    }

    /**
     * "行政總裁Peter 陳表示", "創辦人Ricky黃": the way Hong Kong news writes a person after a role, an English given name
     * (a capitalised Latin word) and a Chinese surname ({@code chineseNames.surnames} or {@code bracketSurnames}) with
     * no given name after it, a space between or not; the surname must end the Han run or stand before a character that
     * ends names ({@code nameEndStop}) or a word that follows them ({@code nameFollowers}).
     */
    private Optional<AliasIndex.Hit> givenNameAndSurname(String sentence, String folded, int[] cps, int i) {
        if (i >= cps.length || !Character.isUpperCase(sentence.codePointAt(sentence.offsetByCodePoints(0, i)))) {
            return Optional.empty();
        }
        int e = i + 1;
        while (e < cps.length && cps[e] < 0x250 && Character.isLowerCase(cps[e])) {
            e++;
        }
        if (e - i < 2) {
            return Optional.empty();
        }
        int s = e < cps.length && cps[e] == ' ' ? e + 1 : e;
        if (s >= cps.length || !(surnames.contains(cps[s]) || bracketSurnames.contains(cps[s]))) {
            return Optional.empty();
        }
        int after = s + 1;
        if (after < cps.length && han(cps[after]) && !nameEndStop.contains(cps[after]) && !stopsName(cps, after)) {
            return Optional.empty();
        }
        int b = folded.offsetByCodePoints(0, i);
        return Optional.of(hit(sentence, folded, b, folded.offsetByCodePoints(b, after - i), EntityKind.PERSON));
    }

    /**
     * "社長森田健一將於…", "由現任開發本部長高橋亮接任社長": a Japanese personal name as Chinese news writes it after a
     * role, a Japanese surname of two or three characters ({@code chineseNames.japaneseSurnames}: 田中, 高橋, 佐佐木…) and a
     * given name of one to three Han characters up to a character that ends names ({@code nameEndStop}) or a word that
     * follows them ({@code nameFollowers}), or the end of the Han run; a longer run is no such name.
     */
    private Optional<AliasIndex.Hit> japaneseName(String sentence, String folded, int[] cps, int i) {
        for (int[] sur : japaneseSurnames) {
            if (i + sur.length >= cps.length || !java.util.Arrays.equals(sur, 0, sur.length, cps, i, i + sur.length)) {
                continue;
            }
            int e = i + sur.length;
            while (e < cps.length && e - i - sur.length < 3 && han(cps[e]) && !nameEndStop.contains(cps[e]) && !stopsName(cps, e)) {
                e++;
            }
            boolean ends = e >= cps.length || !han(cps[e]) || nameEndStop.contains(cps[e]) || stopsName(cps, e);
            if (e == i + sur.length || !ends) {
                return Optional.empty();
            }
            int b = folded.offsetByCodePoints(0, i);
            return Optional.of(hit(sentence, folded, b, folded.offsetByCodePoints(b, e - i), EntityKind.PERSON));
        }
        return Optional.empty();
    }

    /**
     * "行政總裁梁啟鏗（Kenneth Leung）", "前网易游戏监制关隽（Quinn Kwan）": the Chinese personal name right before a
     * bracket (opening at code point {@code open}) that holds a Latin personal name: a surname
     * ({@code chineseNames.surnames} or {@code chineseNames.bracketSurnames}, Hong Kong and Taiwan spellings such as
     * 关, 区, 邝) and one or two more Han characters ending at the bracket, three when the third character back is a
     * surname; or a Japanese surname and one to three Han characters ("佐藤健一（Kenichi Sato）"). Code points
     * [begin, end) of the sentence, or empty.
     */
    public Optional<int[]> chineseNameBeforeBracket(String sentence, int open) {
        int[] cps = TextFold.fold(sentence).codePoints().toArray();
        int e = Math.min(open, cps.length);
        while (e > 0 && cps[e - 1] == ' ') {
            e--;
        }
        for (int n = 3; n >= 2; n--) {
            int b = e - n;
            if (b < 0 || !(surnames.contains(cps[b]) || bracketSurnames.contains(cps[b]))) {
                continue;
            }
            boolean name = true;
            for (int k = b; k < e; k++) {
                name &= han(cps[k]);
            }
            if (name && !stop.contains(new String(cps, b, n))) {
                return Optional.of(new int[] {b, e});
            }
        }
        // "佐藤健一（Kenichi Sato）": a Japanese surname ({@code chineseNames.japaneseSurnames}) and one to three Han
        // characters, the bracket fixing where the name ends as it does for a Chinese one
        for (int g = 3; g >= 1; g--) {
            for (int[] sur : japaneseSurnames) {
                int b = e - g - sur.length;
                if (b < 0 || !java.util.Arrays.equals(sur, 0, sur.length, cps, b, b + sur.length)) {
                    continue;
                }
                boolean name = true;
                for (int k = b + sur.length; k < e; k++) {
                    name &= han(cps[k]) && !nameEndStop.contains(cps[k]);
                }
                if (name) {
                    return Optional.of(new int[] {b, e});
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a bracketed Latin name reads as a person's ("Kenneth Leung", "Mei-Ling Chan"): two or three capitalised
     * words, none a company's last word ({@code orgSuffix}), a word that starts no name or a nationality.
     */
    public boolean personalLatinName(String latin) {
        String[] words = latin.split(" ");
        if (words.length < 2 || words.length > 3) {
            return false;
        }
        for (String w : words) {
            if (orgSuffixes.contains(w) || nameStartStop.contains(w) || demonyms.contains(w) || regionWords.contains(w) || !w.matches("\\p{Lu}\\p{Ll}+(?:-\\p{L}\\p{Ll}+)?")) {
                return false;
            }
        }
        return true;
    }

    /**
     * "合肥滨湖产业基金", "杭州城投", "苏州元禾控股": a place (a registry place's match ending at code point {@code end}
     * of the sentence) followed by a name stem of up to four Han characters and a word of {@code chineseNames.placeFirst.finals}
     * is one organisation named from the place on; with no stem, only a word of {@code placeFirst.bare} (城投, 产投: what
     * the place's own investment vehicles are called). The first final word after the place decides: its stem may not be
     * a common word ({@code organizationStemStop}, 多家, 一家…) nor hold a word that joins or points (的, 和, 该…), and no
     * word of {@code placeFirst.nextStop} may follow it ('中国银行业'). The caller keeps the place's match only when no
     * other registry name lies inside. The organisation's hit from {@code begin}, the place's start (code points), or empty.
     */
    public Optional<AliasIndex.Hit> placeFirstOrg(String sentence, int begin, int end) {
        if (placeFirstFinals.isEmpty()) {
            return Optional.empty();
        }
        String folded = TextFold.fold(sentence);
        int[] cps = folded.codePoints().toArray();
        for (int n = 0; n <= 4 && end + n < cps.length; n++) {
            if (n > 0 && (!han(cps[end + n - 1]) || PLACE_FIRST_STEM_STOP.indexOf(cps[end + n - 1]) >= 0)) {
                return Optional.empty();
            }
            String rest = new String(cps, end + n, cps.length - end - n);
            Optional<String> fin = placeFirstFinals.stream().filter(rest::startsWith).findFirst();
            if (fin.isEmpty()) {
                continue;
            }
            String stem = new String(cps, end, n);
            String after = rest.substring(fin.get().length());
            if (n == 0 ? !placeFirstBare.contains(fin.get()) : commonStem(stem)) {
                return Optional.empty();
            }
            if (placeFirstNextStop.stream().anyMatch(after::startsWith)) {
                return Optional.empty();
            }
            int e = end + n + fin.get().codePointCount(0, fin.get().length());
            return Optional.of(hit(sentence, folded, folded.offsetByCodePoints(0, begin), folded.offsetByCodePoints(0, e), EntityKind.ORG));
        }
        return Optional.empty();
    }

    /**
     * Whether a place-first organisation's name ends in an institution's word ({@code chineseNames.placeFirst.institutions}:
     * 大学, 科学院, 研究所). Those words are also common nouns after a count or a quality ("中国多所大学", "中国顶尖大学"),
     * so such a name holds only where the words after the place were found as a name of their own.
     */
    public boolean placeFirstInstitution(AliasIndex.Hit org) {
        String label = TextFold.fold(org.entity().label());
        return placeFirstInstitutions.stream().anyMatch(label::endsWith);
    }

    /** Characters that end a place-first organisation's stem: words that join, point or count ("北京多家基金"). */
    private static final String PLACE_FIRST_STEM_STOP = "的和与及、在将已于为是被把对向从到由等各该此这其一些本每某";

    /**
     * "澄岭微电子股份有限公司(以下简称“澄岭微”)", "星屿科技(下称星屿)": the short name a bracket right after a name
     * declares ({@code chineseNames.shortFormCues}), code points [begin, end) of the sentence, for the bracket that
     * opens at or after code point {@code at} (spaces between); empty when none is declared there.
     */
    public Optional<int[]> declaredShortName(String sentence, int at) {
        if (shortFormDeclaration == null) {
            return Optional.empty();
        }
        // of several names the first that names the entity: "公司" in "（以下简称“公司”或“澜启微”）" is a reference word
        return declared(shortFormDeclaration, SHORT_ITEM, TextFold.fold(sentence), at, n -> !generic(n));
    }

    /**
     * "Cellwright Recycling Ltd (\"Cellwright\")", "Brightfield Analytics Inc. (hereinafter \"BFA\")", "(\"Halvio\" or
     * \"the Company\")": the Latin short name a bracket right after a name declares ({@code shortFormCuesLatin} may
     * open it), code points [begin, end) of the sentence, the first quoted name that starts with a capital or a digit,
     * has up to four words and is no generic word ({@code chineseNames.shortFormGeneric}: "the Company"); empty
     * when none is declared at code point {@code at}.
     */
    public Optional<int[]> declaredLatinShortName(String sentence, int at) {
        return declared(latinShortFormDeclaration, QUOTED, sentence, at, n -> n.equals(n.strip()) && !n.isEmpty()
                && (Character.isUpperCase(n.codePointAt(0)) || Character.isDigit(n.codePointAt(0)))
                && n.split(" ").length <= 4 && !generic(n) && !generic("the " + n));
    }

    /**
     * "FeatherLens Inc.（中文名“羽镜科技”，以下简称“羽镜”）", "岚曦半导体（英文名称：Lanxi Semiconductor）": the name in another
     * language a bracket right after a name gives ({@code chineseNames.otherNameCues}), code points [begin, end) of the
     * sentence, for the bracket that opens at or after code point {@code at} (spaces between); empty when none is given
     * there.
     */
    public Optional<int[]> otherLanguageName(String sentence, int at) {
        if (otherNameDeclaration == null) {
            return Optional.empty();
        }
        String text = TextFold.fold(sentence);
        int from = text.offsetByCodePoints(0, Math.min(at, text.codePointCount(0, text.length())));
        Matcher m = otherNameDeclaration.matcher(text).region(from, text.length());
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        String g = m.group("quoted") != null ? "quoted" : "bare";
        String name = m.group(g).strip();
        if (name.isEmpty() || generic(name)) {
            return Optional.empty();
        }
        int b = text.codePointCount(0, m.start(g) + m.group(g).indexOf(name));
        return Optional.of(new int[] {b, b + name.codePointCount(0, name.length())});
    }

    private boolean generic(String name) {
        return shortFormGeneric.contains(name.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * The first name (group 1 of {@code item}) inside the group {@code names} of a {@code declaration} bracket that opens
     * at or after code point {@code at} of {@code text} and that {@code isName} accepts, as code points [begin, end).
     */
    private static Optional<int[]> declared(Pattern declaration, Pattern item, String text, int at, java.util.function.Predicate<String> isName) {
        int from = text.offsetByCodePoints(0, Math.min(at, text.codePointCount(0, text.length())));
        Matcher m = declaration.matcher(text).region(from, text.length());
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        Matcher n = item.matcher(text).region(m.start("names"), m.end("names"));
        while (n.find()) {
            if (isName.test(n.group(1))) {
                int b = text.codePointCount(0, n.start(1));
                return Optional.of(new int[] {b, b + n.group(1).codePointCount(0, n.group(1).length())});
            }
        }
        return Optional.empty();
    }

    /** The dots Chinese writes between the parts of a foreign name ("桑杰·梅赫罗特拉"). */
    private static final String NAME_DOTS = "·•・‧";

    /**
     * "桑杰·梅赫罗特拉", "萨蒂亚·纳德拉": a foreign name as Chinese writes it, one to four Han characters, a name dot,
     * then two to six Han characters up to the first that ends a name ({@code chineseNames.nameEndStop}: 表示, 在…) or
     * starts a word that follows names ({@code chineseNames.nameFollowers}: 此前, 近日…); a name dot may join a third
     * part.
     */
    private Optional<AliasIndex.Hit> transliteratedName(String sentence, String folded, int[] cps, int i) {
        int j = i;
        while (j < cps.length && j - i < 4 && han(cps[j]) && !nameEndStop.contains(cps[j])) {
            j++;
        }
        int end = j;
        int parts = 0;
        while (end + 1 < cps.length && NAME_DOTS.indexOf(cps[end]) >= 0 && han(cps[end + 1]) && parts < 2) {
            int k = end + 1;
            int e = k;
            while (e < cps.length && e - k < 6 && han(cps[e]) && !nameEndStop.contains(cps[e]) && !stopsName(cps, e)) {
                e++;
            }
            if (e - k < 2) {
                break;
            }
            end = e;
            parts++;
        }
        if (j == i || parts == 0) {
            return Optional.empty();
        }
        int b = folded.offsetByCodePoints(0, i);
        return Optional.of(hit(sentence, folded, b, folded.offsetByCodePoints(b, end - i), EntityKind.PERSON));
    }

    /**
     * Whether the character at char offset {@code e} of the folded sentence is a Han character that may end a name
     * ({@code nameEndStop} holds none of it) and starts no word that follows names, and the words after it follow a
     * name ({@code nameFollowers}) or found together ({@code jointFoundingAfter}): the third character of a name a
     * segmenter cut after two.
     */
    private boolean thirdNameCharacter(String folded, int e) {
        if (e >= folded.length()) {
            return false;
        }
        int c = folded.codePointAt(e);
        if (!han(c) || nameEndStop.contains(c)) {
            return false;
        }
        int after = folded.offsetByCodePoints(e, 1);
        // the few characters from there on: the words looked for are short, and a sentence may be very long
        int[] cps = folded.substring(e, Math.min(folded.length(), e + 16)).codePoints().toArray();
        // "王建曾于…", "张伟明确表示": a character that starts a word following names is that word's, not the name's
        return !stopsName(cps, 0) && (stopsName(cps, 1) || jointFoundingAfter.stream().anyMatch(w -> folded.startsWith(w, after)));
    }

    /** Whether a word that follows names starts at {@code e} ({@code chineseNames.nameFollowers}: 此前, 近日…). */
    private boolean stopsName(int[] cps, int e) {
        return nameFollowers.stream().anyMatch(c -> e + c.length <= cps.length
                && java.util.Arrays.equals(c, 0, c.length, cps, e, e + c.length));
    }

    /**
     * The Chinese name written before a bracketed name ("研调机构衡策顾问(Hengce Advisory)", "设计公司岚曦半导体(…)",
     * "手游开发商岚川互娱 (…)"): the Han characters that end right before {@code open} (the bracket, a code point offset;
     * spaces before it are skipped), after the descriptive cue word ({@code chineseNames.aliasCues},
     * {@code bracketDescriptors}: 公司, 机构, 开发商…) that ends last while leaving two characters; 2 to 8 characters,
     * else empty. {@code known} is the span of a name already found that ends where the run ends (or null): with no
     * cue it is the name, not the whole run ("本轮由岚川资本(…)" is 岚川资本 when that was found).
     */
    public Optional<int[]> chineseAliasBefore(String sentence, int open, int[] known) {
        return aliasBefore(sentence, open, known, false);
    }

    /**
     * "手游开发商岚川互娱(Lanchuan Interactive)": the Chinese name between a company descriptor
     * ({@code chineseNames.bracketDescriptors.words}) and the bracket at {@code open}, as {@link #chineseAliasBefore},
     * but only when such a descriptor is there; empty otherwise.
     */
    public Optional<int[]> chineseNameAfterDescriptor(String sentence, int open) {
        return aliasBefore(sentence, open, null, true);
    }

    /**
     * "走进聆域科技(Audiora)", "网上保险平台保捷通(InsurEase)": the Chinese name before a capitalised Latin name in brackets
     * that no company descriptor introduces ({@link #chineseNameAfterDescriptor}). A name ending in an organisation word
     * ({@code chineseNames.organizationFinal}: 科技, 资本…) is that word and the two or three characters before it (three
     * only where a boundary stands before them: {@code organizationLeftBound}, a cue, a non-Han character). Else the
     * name after a descriptive cue ({@code aliasCues}: 平台, 品牌…, which also introduce products: "大模型平台穹顶(Dome)"),
     * 2 to 6 characters, when {@code actsAsCompany} says the article writes it as a company elsewhere. Empty otherwise.
     */
    public Optional<int[]> chineseNameBeforeGloss(String sentence, int open, java.util.function.Predicate<String> actsAsCompany) {
        int[] cps = TextFold.fold(sentence).codePoints().toArray();
        int[] span = hanRunBefore(cps, open);
        int b = span[0];
        int end = span[1];
        String run = new String(cps, b, end - b);
        for (String fin : orgFinals) {
            if (!run.endsWith(fin)) {
                continue;
            }
            int stemEnd = run.codePointCount(0, run.length() - fin.length());
            int n = run.codePointCount(0, run.length());
            int len = stemEnd >= 2 ? 2 : 0;
            if (stemEnd >= 3) {
                String left = new String(cps, b, stemEnd - 3);
                if (stemEnd == 3 || orgLeftBounds.stream().anyMatch(left::endsWith) || aliasCues.stream().anyMatch(left::endsWith)) {
                    len = 3;
                }
            }
            String stem = new String(cps, b + stemEnd - len, len);
            if (len == 0 || commonStem(stem) || stop.contains(stem + fin)) {
                return Optional.empty();
            }
            return Optional.of(new int[] {b + stemEnd - len, b + n});
        }
        int cut = lastCue(run, aliasCues);
        if (cut < 0 || end - b - cut > 6) {
            return Optional.empty();
        }
        String name = new String(cps, b + cut, end - b - cut);
        if (stop.contains(name) || orgStartStop.stream().anyMatch(name::startsWith) || !actsAsCompany.test(name)) {
            return Optional.empty();
        }
        return Optional.of(new int[] {b + cut, end});
    }

    /** A day written between a name's bracket and its verb: "（Relux Asia）周二（10日）宣布", "（X）昨日表示". */
    private static final Pattern DAY_BEFORE_ACT = Pattern.compile(
            "\\s*(?:(?:周|星期)[一二三四五六日天](?:\\s*\\(\\s*\\d{1,2}日\\s*\\))?|[昨今本]日|[昨今]天|日前|近日)?\\s*");

    /**
     * Whether a word only a company is the subject of ({@code chineseNames.companyActs}) starts at {@code at} of the folded
     * sentence, after a day the report gives it ("寶匯名品（Relux Asia）周二（10日）宣布裁員").
     */
    public boolean actsAsCompanyAt(String foldedSentence, int at) {
        Matcher m = DAY_BEFORE_ACT.matcher(foldedSentence).region(at, foldedSentence.length());
        int e = m.lookingAt() ? m.end() : at;
        return companyActs.stream().anyMatch(w -> foldedSentence.startsWith(w, e));
    }

    /**
     * Whether the article (folded text) writes {@code name} right before a word only a company is the subject of
     * ({@code chineseNames.companyActs}: 宣布, 裁员, 成立于…), so that a name a product cue also introduces is a company.
     */
    public boolean actsAsCompany(String articleFolded, String name) {
        for (int i = articleFolded.indexOf(name); i >= 0; i = articleFolded.indexOf(name, i + 1)) {
            int e = i + name.length();
            if (companyActs.stream().anyMatch(w -> articleFolded.startsWith(w, e))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "外卖平台“饭点”App从11时起无法下单…饭点宣布…": whether a quoted name of two to six Han characters (code points
     * [begin, end) of the sentence) that a product cue reads stands right after a descriptive word
     * ({@code chineseNames.aliasCues}: 平台, 品牌, 公司…) and the article writes it before a word only a company is the
     * subject of ({@link #actsAsCompany}: 宣布, 成立于, 员工…). Such a name is the company: news names a platform by the
     * firm that runs it ('电商平台“X”宣布裁员'), while a product's name announces nothing ('大模型平台“X”上线').
     */
    public boolean quotedCompany(String sentence, int begin, int end, String articleFolded) {
        int[] cps = TextFold.fold(sentence).codePoints().toArray();
        if (begin < 2 || end > cps.length || end - begin < 2 || end - begin > 6 || "“「『\"".indexOf(cps[begin - 1]) < 0) {
            return false;
        }
        for (int k = begin; k < end; k++) {
            if (!han(cps[k])) {
                return false;
            }
        }
        String left = new String(cps, 0, begin - 1);
        String name = new String(cps, begin, end - begin);
        return aliasCues.stream().anyMatch(left::endsWith) && !stop.contains(name) && actsAsCompany(articleFolded, name);
    }

    /** The Han characters that end right before code point {@code open} (spaces before it skipped): {begin, end}. */
    private static int[] hanRunBefore(int[] cps, int open) {
        int end = open;
        while (end > 0 && cps[end - 1] == ' ') {
            end--;
        }
        int b = end;
        while (b > 0 && han(cps[b - 1])) {
            b--;
        }
        return new int[] {b, end};
    }

    /** Where the name after the cue word that ends last in {@code run} starts (code points), leaving two or more; else -1. */
    private static int lastCue(String run, List<String> cues) {
        int n = run.codePointCount(0, run.length());
        int cut = -1;
        for (String cue : cues) {
            int k = run.lastIndexOf(cue);
            int after = k < 0 ? -1 : run.codePointCount(0, k + cue.length());
            if (k >= 0 && after > cut && n - after >= 2) {
                cut = after;
            }
        }
        return cut;
    }

    private Optional<int[]> aliasBefore(String sentence, int open, int[] known, boolean descriptorOnly) {
        int[] cps = TextFold.fold(sentence).codePoints().toArray();
        int[] span = hanRunBefore(cps, open);
        int b = span[0];
        int end = span[1];
        String run = new String(cps, b, end - b);
        int cut = lastCue(run, descriptorOnly ? bracketDescriptors : aliasCues);
        if (cut >= 0) {
            b += cut;
        } else if (descriptorOnly) {
            return Optional.empty();
        } else if (known != null && known[1] == end && known[0] > b && known[0] < end) {
            b = known[0];
        }
        int len = end - b;
        String name = new String(cps, b, Math.max(0, len));
        if (len < 2 || len > 8 || stop.contains(name) || orgStartStop.stream().anyMatch(name::startsWith)) {
            return Optional.empty();
        }
        return Optional.of(new int[] {b, end});
    }

    /**
     * "人工智能初创公司岚瑞数据已向…", "本土业者云栖数据市占率…": a Chinese company name right after a word that
     * introduces one ({@code chineseNames.organizationBefore}), up to the first word that cannot be part of it
     * ({@code organizationNameStop}: 已, 首次, 成立, 市占率…); 2 to 6 Han characters, else nothing. A run that is
     * only a function word ({@code genericHeads}: "初创企业销售", startup sales) names no company.
     */
    private List<AliasIndex.Hit> chineseOrgsAfterCues(String sentence, String folded) {
        List<AliasIndex.Hit> out = new ArrayList<>();
        for (String cue : orgCuesZh) {
            namesAfter(sentence, folded, cue, false, out);
        }
        for (String cue : descriptorsWithoutBrackets) {
            if (!orgCuesZh.contains(cue)) {
                namesAfter(sentence, folded, cue, true, out);
            }
        }
        return out;
    }

    /**
     * The names after one cue word; with {@code descriptor} (a {@code bracketDescriptors.withoutBrackets} word: 厂商,
     * 开发商…, which also precede common words: "国内厂商纷纷推出") the name must end at a word of
     * {@code organizationNameStop} and must not be one dictionary word unless HanLP reads it as an organisation
     * ("手机厂商澜图移动正在…" gives 澜图移动, "厂商名单已…" nothing).
     */
    private void namesAfter(String sentence, String folded, String cue, boolean descriptor, List<AliasIndex.Hit> out) {
        for (int i = folded.indexOf(cue); i >= 0; i = folded.indexOf(cue, i + cue.length())) {
            int b = i + cue.length();
            int e = b;
            while (e < folded.length() && e - b < 7 && han(folded.charAt(e))) {
                e++;
            }
            String run = folded.substring(b, e);
            // a stop word may end in the bracket after the run: 今(12)日, the Taiwanese way of writing "today, the 12th"
            int cut = firstStop(e < folded.length() && folded.charAt(e) == '(' ? run + "(" : run);
            // "精密减速器厂商恒钧传动(688937.sh)": a listed company's stock code in brackets ends its name
            if (cut < 0 && e < folded.length() && (!descriptor && !han(folded.charAt(e))
                    || descriptor && stockCodeAfter != null && stockCodeAfter.matcher(folded).region(e, folded.length()).lookingAt())) {
                cut = run.length();
            }
            if (cut >= 2 && cut <= 6 && orgStartStop.stream().noneMatch(run::startsWith)
                    && !genericHeads.contains(run.substring(0, cut)) && (!descriptor || !oneCommonWord(run.substring(0, cut)))) {
                out.add(hit(sentence, folded, b, b + cut, EntityKind.ORG));
            }
        }
    }

    /** True when HanLP reads the words as one dictionary word that is not an organisation name (纷纷, 名单). */
    private boolean oneCommonWord(String words) {
        List<Term> terms = segment(words);
        return terms.size() == 1 && !orgNatures.contains(String.valueOf(terms.get(0).nature));
    }

    /**
     * A Latin name between one of a frame's {@code before} words and one of its {@code after} words, with the frame's
     * {@code between} (a regular expression, e.g. a country: "由德国Dormakaba供应") allowed after the first; null when
     * the frame is not given.
     */
    private static Pattern latinFrame(JsonNode frame) {
        List<String> before = new ArrayList<>();
        List<String> after = new ArrayList<>();
        frame.path("before").forEach(n -> before.add(Pattern.quote(n.asText())));
        frame.path("after").forEach(n -> after.add(Pattern.quote(n.asText())));
        String between = frame.path("between").asText("");
        return before.isEmpty() || after.isEmpty() ? null : Pattern.compile("(?:" + String.join("|", before) + ")\\s*"
                + (between.isEmpty() ? "" : "(?:" + between + ")?") + LATIN_NAME_FRAMED + "\\s*(?=" + String.join("|", after) + ")");
    }

    /**
     * "荷兰设备商Orvane宣布…", "德国软件公司Tessaro GmbH": a Latin name right after a Chinese company descriptor
     * ({@code chineseNames.latinOrganizationAfter}), or between 与 and a verb of signing ("与Falkner Mining签订合同",
     * {@code chineseNames.latinOrganizationPartner}). A short all-capital word is a title, not a name ("公司CEO").
     */
    private List<AliasIndex.Hit> latinOrgsAfterChineseCues(String sentence) {
        List<AliasIndex.Hit> out = new ArrayList<>();
        for (Pattern p : new Pattern[] {latinOrgAfterZh, latinPartnerZh, latinSupplierZh}) {
            if (p == null) {
                continue;
            }
            Matcher m = p.matcher(sentence);
            while (m.find()) {
                String name = m.group("name");
                if (name.length() < 3 || name.length() <= 4 && name.equals(name.toUpperCase(java.util.Locale.ROOT))) {
                    continue;
                }
                out.add(hit(sentence, sentence, m.start("name"), m.end("name"), EntityKind.ORG));
            }
        }
        return out;
    }

    /**
     * A one-word capitalised name opening the sentence is taken only when a verb of {@code orgStartVerbs} follows it
     * ("Halvio raised…", "Halvio on Monday unveiled…"), it is not a function word ({@code nameStartStop}) and it does not end in
     * "s" (plural nouns: "Analysts said", "Employees…"), unless it is written as no common noun is: with a capital inside
     * after small letters ("ColdHubs had 38%") or in capitals throughout ("MYLAPS is close behind"). A possessive
     * ("Kelvane's cloud service went down") is enough: the {@code orgAfter} cue that found the name already requires an
     * organisation's noun after it.
     */
    private boolean startName(String sentence, int end) {
        String word = sentence.substring(0, end);
        if (nameStartStop.contains(word) || word.endsWith("s") && !NAME_SPELLING.matcher(word).matches() || word.length() < 3) {
            return false;
        }
        String rest = sentence.substring(end);
        if (rest.startsWith("'s ") || rest.startsWith("\u2019s ")) {
            return true;
        }
        // "Quellon, the Austin-based maker of payment terminals, will…": a closed apposition that describes a company
        // (not "Overall, the company said", an adverb before the subject)
        if (!word.endsWith("ly") && CLOSED_ASIDE.matcher(rest).lookingAt()
                && appositives.stream().anyMatch(a -> a.matcher(rest).lookingAt())) {
            return true;
        }
        return orgStartVerbs.matcher(rest).lookingAt();
    }

    /**
     * The most Han characters before the final word of a registered name (the final word followed by a legal form,
     * {@code chineseNames.legalForms}): a place of two or three, a brand of two to four, a trade word ("安徽" "瞳析"
     * "视觉" before 科技有限公司).
     */
    private static final int REGISTERED_STEM = 8;

    /** Folded scale characters written after an amount's digits (40万片, 3亿颗). */
    private static final String AMOUNT_SCALES = "十百千万亿";

    /**
     * "林思远出任星澜微电子首席执行官", "由岚川资本领投": a Chinese company name the registry does not know, read from
     * the word it ends in ({@code chineseNames.organizationFinal}: 微电子, 半导体, 科技, 资本…) and the two or three Han
     * characters before it (up to {@link #REGISTERED_STEM} before a legal form: a registered name), starting right
     * after a boundary: the sentence start, a non-Han character, or a word of {@code organizationLeftBound} (由, 向, 出任,
     * 收购…). The shortest stem that starts at a boundary is taken; none when
     * the two characters before the word are a common stem ({@code organizationStemStop}: 市场, 公有, 外国…).
     */
    private List<AliasIndex.Hit> chineseOrgsByFinalWord(String sentence, String folded) {
        List<AliasIndex.Hit> out = new ArrayList<>();
        Set<Integer> ends = new TreeSet<>();
        List<String> finals = new ArrayList<>(orgFinals);
        finals.addAll(weakFinals);
        for (String fin : finals) {
            boolean weak = !orgFinals.contains(fin);
            for (int i = folded.indexOf(fin); i >= 0; i = folded.indexOf(fin, i + 1)) {
                int e = i + fin.length();
                if (ends.contains(e) || i < 2 || commonStem(folded.substring(i - 2, i))
                        // "观塘数据中心": the final word begins a common noun (a data centre), no company name ends there
                        || finalNextStop.stream().anyMatch(n -> folded.startsWith(n, e))
                        || productNext.stream().anyMatch(n -> folded.startsWith(n, e))
                        // "安栖智能门锁": a smart lock of the brand, no company 安栖智能
                        || finalCompounds.getOrDefault(fin, List.of()).stream().anyMatch(n -> folded.startsWith(n, e))) {
                    continue;
                }
                // a one-character final ("澄霄云") names a company only as a subject (a verb follows) or right after a
                // verb that takes a company ("投资澄霄云"); not in a list of kinds of cloud ("公有云、私有云和混合云")
                int at = i;
                if (weak && weakNext.stream().noneMatch(n -> folded.startsWith(n, e))
                        && weakBefore.stream().noneMatch(lb -> folded.startsWith(lb, at - 2 - lb.length()) || folded.startsWith(lb, at - 3 - lb.length()))) {
                    continue;
                }
                // "收购安徽瞳析视觉科技有限公司51%股权": a legal form right after the final word makes the words a registered
                // name, which writes its place and its trade before the final word; the stem runs back to the boundary
                int longest = legalForms.stream().anyMatch(f -> folded.startsWith(f, e)) ? REGISTERED_STEM : 3;
                for (int len = 2; len <= longest; len++) {
                    int b = i - len;
                    if (b < 0) {
                        break;
                    }
                    String stem = folded.substring(b, i);
                    // "约40万片电子货架标签": a stem opening with a scale right after a digit is the amount's end, no name
                    if (!stem.chars().allMatch(UnlinkedFinder::han)
                            || b > 0 && Character.isDigit(folded.charAt(b - 1)) && AMOUNT_SCALES.indexOf(stem.charAt(0)) >= 0) {
                        break;
                    }
                    String left = folded.substring(0, b);
                    // a registered name's longer stem starts only after a boundary word of two or more characters (收购,
                    // 子公司): after 日, 由 or a digit it may still hold a verb ("12月5日收到南江市水务集团有限公司"), and
                    // where the segmenter reads the whole registered name, its reading stands
                    int shortest = len <= 3 ? 1 : 2;
                    // a Latin letter or a digit right before is no boundary: "新款GX-5割胶机器人" is a model and its kind,
                    // "1,200台割胶机器人" a count of them, no company 割胶机器人
                    boolean bound = len <= 3 && (b == 0 || !han(folded.charAt(b - 1)) && !Character.isLetterOrDigit(folded.charAt(b - 1)))
                            || orgLeftBounds.stream().anyMatch(w -> left.endsWith(w) && w.length() >= shortest);
                    if (bound) {
                        // a bracketed name follows: the alias reading ("岚曦半导体(Lanxi Semiconductor)") decides
                        boolean bracket = e < folded.length() && (folded.charAt(e) == '(' || folded.charAt(e) == '\uff08');
                        // "旗下检测软件ScanForge": a Latin name right after the word makes the words its description
                        boolean describes = e < folded.length() && folded.charAt(e) < 0x80 && Character.isLetter(folded.charAt(e));
                        if (!bracket && !describes && !commonStem(stem) && !stop.contains(stem + fin)) {
                            // "江南数科集团": a word that continues a company name after its final word belongs to it
                            int end = finalContinuations.stream().filter(c -> folded.startsWith(c, e)).findFirst()
                                    .map(c -> e + c.length()).orElse(e);
                            out.add(hit(sentence, folded, b, end, EntityKind.ORG));
                            ends.add(e);
                            ends.add(end);
                        }
                        break;
                    }
                }
            }
        }
        return out;
    }

    /**
     * "本轮由鼎川资本领投,苏州工业园区产业基金、岚石创投以及老股东青槐资本跟投", "获得中国移动、杭州城投分别10亿元和5亿元的战略投资",
     * "云麓智能以15.2%居次", "Vantor(19%)、拓野(17%)": the names a frame puts in an organisation's place (group
     * {@code names} of its {@code patterns}), whatever word they end in. The group is split at 、/和/与/及/以及; each part
     * starts after the last word of the frame's {@code boundaries} in it (由, 获得, 老股东…) and is taken when it is 2 to
     * {@code maxLength} Han characters, holds no word of {@code organizationNameStop} nor of the frame's
     * {@code notInside} (领投, 融资…), does not start with a word of {@code organizationStartStop} and is no word of
     * {@code stop} (机构, 投资方…); with {@code latin}, a part in Latin letters alone that the text capitalises is taken too.
     */
    private List<AliasIndex.Hit> framedNames(NameFrames frames, String sentence, String folded) {
        List<AliasIndex.Hit> out = new ArrayList<>();
        for (Pattern p : frames.patterns()) {
            Matcher m = p.matcher(folded);
            while (m.find()) {
                int from = m.start("names");
                String names = m.group("names");
                Matcher sep = ENUMERATOR.matcher(names);
                int at = 0;
                while (true) {
                    boolean more = sep.find();
                    int end = more ? sep.start() : names.length();
                    framePart(frames, sentence, folded, from + at, from + end).ifPresent(out::add);
                    if (!more) {
                        break;
                    }
                    at = sep.end();
                }
            }
        }
        return out;
    }

    private static final Pattern ENUMERATOR = Pattern.compile("以及|、|和|与|及|,");
    /** A year and its part written before a framed name ("2025年", "2025年上半年", "2024年第三季度"), folded text. */
    private static final Pattern LEADING_YEAR = Pattern.compile("\\d{4}年(?:度|上半年|下半年|前三季度?|第?[一二三四1-4]季度?|\\d{1,2}月(?:份|底|末)?)?\\s*");
    /** A name written in Latin letters alone: words of letters, digits, '&', '.', '-', the first starting with a letter. */
    private static final Pattern LATIN_PART = Pattern.compile("[a-z][a-z0-9&.'-]*(?: [a-z0-9&][a-z0-9&.'-]*){0,3}");

    /**
     * "曾任极岚云首席技术官", "出任澄川互娱执行长", "前岚舟智能CTO", "此前任职于华屿通信,": the name a title frame puts in the
     * employer's place ({@code chineseNames.employerFrames.patterns}, group {@code name}, on folded text), whatever word
     * it ends in. A Latin name ("前Ring硬件副总裁") is taken when the text writes it with a capital and it is no role's
     * acronym. A Han name is taken when it is {@code minLength} Han characters or more, holds no word of {@code notInside} nor of
     * {@code organizationNameStop}, starts with no word of {@code notStart}, ends in no word of {@code notEnd} (a region,
     * a department or a remit: 大中华区, 研发部, 基础设施), and is no common stem (该…, 公司…, a generic head such as 研发).
     */
    private List<AliasIndex.Hit> chineseEmployers(String sentence, String folded) {
        List<AliasIndex.Hit> out = new ArrayList<>();
        for (Pattern p : employerFrames) {
            Matcher m = p.matcher(folded);
            while (m.find()) {
                String name = m.group("name");
                if (LATIN_PART.matcher(name).matches()) {
                    // "前Ring硬件副总裁X", "原Carousell财务副总裁": a Latin name the text writes with a capital (or as an
                    // acronym) in the employer's place; a role's acronym (前CEO) or a common word is none
                    if (writtenAsName(sentence, folded, m.start("name"), name) && !investorFrames.stop().contains(name)) {
                        out.add(hit(sentence, folded, m.start("name"), m.end("name"), EntityKind.ORG));
                    }
                    continue;
                }
                if (name.codePointCount(0, name.length()) < employerMinLength || !name.codePoints().allMatch(UnlinkedFinder::han)
                        || employerNotInside.stream().anyMatch(name::contains) || employerNotEnd.stream().anyMatch(name::endsWith)
                        || employerNotStart.stream().anyMatch(name::startsWith)
                        || orgNameStop.stream().anyMatch(name::contains) || commonStem(name) || genericOrg(name)
                        || stop.contains(name) || investorFrames.stop().contains(name)) {
                    continue;
                }
                out.add(hit(sentence, folded, m.start("name"), m.end("name"), EntityKind.ORG));
            }
        }
        out.addAll(glossedEmployers(sentence, folded));
        // "前Carousell财务副总裁": the text writes the name with a capital; "前CEO兼创始人" holds a title, no name
        out.addAll(framedEmployers(latinEmployerFrames, sentence, folded, m -> writtenAsName(sentence, folded, m.start("name"), m.group("name"))
                && !latinEmployerStop.contains(firstWord(m.group("name")))));
        return out;
    }

    /** The organisations group {@code name} of a match of {@code frames} over the folded sentence holds, where {@code keep} accepts the match. */
    private List<AliasIndex.Hit> framedEmployers(List<Pattern> frames, String sentence, String folded, java.util.function.Predicate<Matcher> keep) {
        List<AliasIndex.Hit> out = new ArrayList<>();
        for (Pattern p : frames) {
            Matcher m = p.matcher(folded);
            while (m.find()) {
                if (keep.test(m)) {
                    out.add(hit(sentence, folded, m.start("name"), m.end("name"), EntityKind.ORG));
                }
            }
        }
        return out;
    }

    /**
     * "曾在美国国家海洋和大气管理局（NOAA）担任", "曾任泰国国家电子与计算机技术中心（NECTEC）研究员": a Han name between an
     * employer frame's cue and a bracketed Latin gloss ({@code chineseNames.employerFrames.glossedPatterns}). The cue opens
     * the name and the gloss closes it, so 和, 与 or a final such as 中心 inside it cut nothing, and a registry place it
     * starts with is part of it ({@link #glossedEmployers(String)}); a title word inside ("前滙豐分析師黃子軒（Jason Wong）") makes
     * the gloss a person's English name.
     */
    private List<AliasIndex.Hit> glossedEmployers(String sentence, String folded) {
        return framedEmployers(glossedEmployerFrames, sentence, folded, m -> {
            String name = m.group("name");
            return name.codePointCount(0, name.length()) >= 2 && name.codePoints().allMatch(UnlinkedFinder::han)
                    && glossedEmployerNotInside.stream().noneMatch(name::contains)
                    && employerNotStart.stream().noneMatch(name::startsWith) && GLOSSED_START_STOP.indexOf(name.codePointAt(0)) < 0
                    && !orgStemStop.contains(name) && !genericOrg(name) && !stop.contains(name) && !investorFrames.stop().contains(name)
                    && !personalGloss(sentence, folded.codePointCount(0, m.end("name")));
        });
    }

    /**
     * Characters no glossed employer's name starts with (words that point or count: 该, 其, 一家); a place it starts with
     * is part of it ("美国国家海洋和大气管理局"), unlike the organisations {@code organizationStartStop} guards.
     */
    private static final String GLOSSED_START_STOP = "该此这其本各每某一的";

    /** A bracket right after a name, as written: its words in group {@code latin}. */
    private static final Pattern GLOSS_AFTER = Pattern.compile("\\s*[（(](?<latin>[^（()）]{1,40})[)）]");

    /**
     * Whether the bracket after code point {@code at} of the sentence holds a person's Latin name ({@link #personalLatinName}:
     * "黃子軒（Jason Wong）"), so that the Han words before it name the person, not an employer.
     */
    private boolean personalGloss(String sentence, int at) {
        Matcher g = GLOSS_AFTER.matcher(sentence).region(sentence.offsetByCodePoints(0, at), sentence.length());
        return g.lookingAt() && personalLatinName(g.group("latin").strip());
    }

    /**
     * The glossed employers of a Chinese sentence ({@link #glossedEmployers(String, String)}), read once per sentence by
     * the linker: such a name outranks the registry place it starts with ("美国国家海洋和大气管理局（NOAA）").
     */
    List<AliasIndex.Hit> glossedEmployers(String sentence) {
        return glossedEmployerFrames.isEmpty() ? List.of() : glossedEmployers(sentence, TextFold.fold(sentence));
    }

    /**
     * Whether a Latin name a frame read at {@code nb} (a char index of the folded sentence, {@code name} as folded) is
     * written as a name: two letters or more, its first letter a capital in the text, no word of {@code stop}, and a
     * first word the text writes as no word of {@code nameStartStop}.
     */
    private boolean writtenAsName(String sentence, String folded, int nb, String name) {
        int ob = sentence.offsetByCodePoints(0, folded.codePointCount(0, nb));
        String word = firstWord(name);
        return name.length() >= 2 && Character.isUpperCase(sentence.codePointAt(ob)) && !stop.contains(name)
                && !nameStartStop.contains(sentence.substring(ob, ob + word.length()));
    }

    private static String firstWord(String name) {
        int space = name.indexOf(' ');
        return space < 0 ? name : name.substring(0, space);
    }

    private Optional<AliasIndex.Hit> framePart(NameFrames frames, String sentence, String folded, int b, int e) {
        String part = folded.substring(b, e);
        int cut = 0;
        for (String w : frames.bounds()) {
            // the last place the word stands that leaves a name of two characters or more after it
            for (int k = part.lastIndexOf(w); k >= 0; k = k == 0 ? -1 : part.lastIndexOf(w, k - 1)) {
                if (part.length() - (k + w.length()) >= 2) {
                    cut = Math.max(cut, k + w.length());
                    break;
                }
            }
        }
        String rest = part.substring(cut);
        String name = rest.strip();
        int nb = b + cut + rest.indexOf(name);
        e = nb + name.length();
        // "2025年恒钧传动在国内…市场的份额为21.3%": a date the sentence opens with stands before the name, not in it. Three
        // characters or more after it: two ("2025年鉅祥在國內…") are mostly the short form of a name the article writes
        // in full (鉅祥精機), which read alone would be a second company
        Matcher date = LEADING_YEAR.matcher(name);
        if (date.lookingAt() && name.length() - date.end() >= 3) {
            nb += date.end();
            name = name.substring(date.end());
        }
        if (frames.latin() && LATIN_PART.matcher(name).matches()) {
            // "Novelo(6.1%)": the text writes a Latin name with a capital (or as an acronym), a common word without
            return writtenAsName(sentence, folded, nb, name) && !frames.stop().contains(name)
                    ? Optional.of(hit(sentence, folded, nb, e, EntityKind.ORG)) : Optional.empty();
        }
        // "IDG资本": a Latin word right before the Han part is part of the name; "5亿元战略投资": after a number it is
        // an amount's unit, no name
        int lb = nb;
        while (lb > 0 && folded.charAt(lb - 1) < 0x80 && (Character.isLetterOrDigit(folded.charAt(lb - 1)) || folded.charAt(lb - 1) == '&')) {
            lb--;
        }
        if (lb < nb && !Character.isLetter(folded.charAt(lb))) {
            return Optional.empty();
        }
        String full = folded.substring(lb, e);
        int len = name.codePointCount(0, name.length());
        if (len < (lb < nb ? 1 : 2) || len > frames.maxLength() || !name.codePoints().allMatch(UnlinkedFinder::han) || frames.stop().contains(full)
                || orgStemStop.contains(full) || orgStartStop.stream().anyMatch(name::startsWith)
                || orgNameStop.stream().anyMatch(name::contains) || frames.notInside().stream().anyMatch(name::contains) || stop.contains(full)) {
            return Optional.empty();
        }
        return Optional.of(hit(sentence, folded, lb, e, EntityKind.ORG));
    }


    /**
     * An investor found in a funding frame ({@link #framedNames}) that starts with a registry place ("杭州城投",
     * "合肥滨湖产业基金") is the investor, not the place and a word.
     */
    public boolean investorOverPlace(String sentence, AliasIndex.Hit h) {
        if (h.entity().kind() != EntityKind.ORG || investorFrames.patterns().isEmpty()) {
            return false;
        }
        return framedNames(investorFrames, sentence, TextFold.fold(sentence)).stream().anyMatch(o -> o.begin() == h.begin() && o.end() == h.end());
    }

    /**
     * A name in an investor's place that ends in one of {@code investorFrames.armFinals} ("联想创投", "工研院创投"): an
     * investing arm named from its parent, so a registry organisation at its start is no mention of its own.
     */
    public boolean investingArm(String sentence, AliasIndex.Hit h) {
        String name = TextFold.fold(sentence.substring(h.begin(), h.end()));
        return investorArmFinals.stream().anyMatch(f -> name.endsWith(f) && name.length() > f.length());
    }

    /**
     * "「星屿」工作室", "“灵犀”实验室": a name in quotes right before a unit noun ({@code chineseNames.quotedUnitNouns}:
     * 工作室, 实验室, 研究院…) is a unit, named without the quotes ("星屿工作室"), the span the quotes and the noun.
     */
    private List<AliasIndex.Hit> quotedUnits(String sentence, String folded) {
        List<AliasIndex.Hit> out = new ArrayList<>();
        if (quotedUnits == null) {
            return out;
        }
        Matcher m = quotedUnits.matcher(folded);
        while (m.find()) {
            AliasIndex.Hit h = hit(sentence, folded, m.start(), m.end("noun"), EntityKind.UNIT);
            int ib = sentence.offsetByCodePoints(0, folded.codePointCount(0, m.start("inner")));
            String inner = sentence.substring(ib, sentence.offsetByCodePoints(ib, m.group("inner").codePointCount(0, m.group("inner").length())));
            int nb = sentence.offsetByCodePoints(0, folded.codePointCount(0, m.start("noun")));
            String noun = sentence.substring(nb, sentence.offsetByCodePoints(nb, m.group("noun").codePointCount(0, m.group("noun").length())));
            String label = inner.strip() + noun;
            out.add(new AliasIndex.Hit(h.begin(), h.end(), new EntityRef(iri(EntityKind.UNIT, label), EntityKind.UNIT, label, false)));
        }
        return out;
    }

    /**
     * "SAP Greater China", "思爱普大中华区", "Globex China": a region written right after a registry organisation
     * ({@code regionalUnits}) makes the two one unlinked unit of that organisation, labelled with the organisation's
     * label and the region's English name, so that every language's spelling is one entity. {@code org} is the
     * organisation's registry hit (code points); returns the unit's hit, or empty when no region follows.
     */
    public Optional<AliasIndex.Hit> regionalUnit(String sentence, AliasIndex.Hit org) {
        String folded = TextFold.fold(sentence);
        int at = folded.offsetByCodePoints(0, org.end());
        for (Region r : regions) {
            Matcher m = r.after().matcher(folded).region(at, folded.length());
            m.useTransparentBounds(true).useAnchoringBounds(true);
            if (m.lookingAt()) {
                int end = org.end() + folded.codePointCount(at, m.end());
                String label = org.entity().label() + " " + r.label();
                return Optional.of(new AliasIndex.Hit(org.begin(), end,
                        new EntityRef(iri(EntityKind.UNIT, label), EntityKind.UNIT, label, false, org.entity().iri())));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether an entity is a regional unit {@link #regionalUnit} made ("SAP Greater China" read from "思爱普大中华区"): an
     * unlinked unit of a registry organisation, named by no site's place, whose label ends in a region's English name.
     */
    public boolean regional(EntityRef e) {
        return e.kind() == EntityKind.UNIT && !e.linked() && e.parent() != null && e.location() == null
                && regions.stream().anyMatch(r -> e.label().endsWith(" " + r.label()));
    }

    /** Where the first word that cannot be part of a company name ({@code organizationNameStop}) starts in a run; -1 when none. */
    private int firstStop(String run) {
        int cut = -1;
        for (String st : orgNameStop) {
            int k = run.indexOf(st);
            if (k >= 0 && (cut < 0 || k < cut)) {
                cut = k;
            }
        }
        return cut;
    }

    /**
     * HanLP's organisation whose organisation word follows a common stem is a common noun, as the final-word reading
     * has it ({@link #chineseOrgsByFinalWord}): "主要负责手机游戏的美术外包" names no company 手机游戏, "专门开发手机游戏" none
     * either (the two characters before 游戏 are 手机, a word of {@code organizationStemStop}).
     */
    private boolean commonNounBeforeEnd(String word) {
        return orgEnds.stream().filter(word::endsWith).mapToInt(String::length).max().stream()
                .anyMatch(e -> word.length() - e >= 2 && orgStemStop.contains(word.substring(word.length() - e - 2, word.length() - e)));
    }

    /**
     * "聘任王璐为公司副总经理" read by HanLP as the organisation 王璐为公司: a function character that ends no name
     * ({@code chineseNames.personEndTrim}: 为, 在, 将…) right before the organisation word makes the word a clause
     * (appoint 王璐 as the company's…), no name.
     */
    private boolean clauseBeforeEnd(String word) {
        return orgEnds.stream().filter(word::endsWith).mapToInt(String::length).max().stream()
                .anyMatch(e -> word.length() - e >= 1 && personEndTrim.contains(word.codePointBefore(word.length() - e)));
    }

    /** A stem that makes an organisation word a common noun: 外国研究院, 公有云, 该科技 ({@code organizationStemStop}). */
    private boolean commonStem(String stem) {
        // "决策前咨询财务顾问": a stem ending in a word of time or modality is a clause, and the final word a verb
        return (!stem.isEmpty() && stemEndStop.contains(stem.codePointBefore(stem.length()))) || orgStemStop.contains(stem) || orgStartStop.stream().anyMatch(stem::startsWith) || genericHeads.contains(stem);
    }

    /**
     * The short form a Chinese company name is written in after its first mention: the name without its last
     * organisation word ({@code chineseNames.organizationEnd}: 澄岭微电子 → 澄岭), when two or more Han characters remain.
     */
    public Optional<String> chineseShortName(String folded) {
        Optional<String> stem = withoutLegalForm(folded);
        if (stem.isPresent()) {
            return stem;
        }
        if (noShortForm(folded)) {
            return Optional.empty();
        }
        for (String end : orgEnds) {
            if (folded.endsWith(end) && folded.length() - end.length() >= 2) {
                return Optional.of(folded.substring(0, folded.length() - end.length()));
            }
        }
        return Optional.empty();
    }

    /** Whether a folded name ends in a word no short form of it drops ({@code chineseNames.shortNameEndStop}: 中心). */
    public boolean noShortForm(String folded) {
        return shortNameEndStop.stream().anyMatch(folded::endsWith);
    }

    /**
     * A company name without its legal form: a Chinese one ({@code chineseNames.legalForms}), "崇澄電子股份有限公司" is
     * "崇澄電子", as written (the text's own script), when two or more Han characters are left; a Latin-script one
     * ({@code latinLegalForms}), "Cellwright Recycling Ltd" is "Cellwright Recycling" when a capitalised word is left;
     * empty otherwise.
     */
    public Optional<String> withoutLegalForm(String name) {
        // "Cellwright Recycling Ltd": the words before the form, when they are one or more capitalised words
        for (String form : latinLegalForms) {
            if (name.endsWith(" " + form) || name.endsWith(", " + form)) {
                String stem = name.substring(0, name.length() - form.length()).replaceFirst(",?\\s+$", "");
                if (stem.matches("\\p{Lu}[^\\s]*(?: [^\\s]+)*") && !orgSuffixes.contains(stem)) {
                    return Optional.of(stem);
                }
            }
        }
        String folded = TextFold.fold(name);
        for (String form : legalForms) {
            if (folded.endsWith(form)) {
                String stem = name.substring(0, name.length() - form.length());
                if (stem.codePointCount(0, stem.length()) >= 2 && stem.codePoints().allMatch(UnlinkedFinder::han)) {
                    return Optional.of(stem);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * "阿里云、华为云、天翼云、腾讯云和移动云依次位列前五": in an enumeration whose items are mostly organisations
     * (at least two known ones, or one when a ranking word ends it, separated by 、 and a final 和/与/及), a bare item of 2 to 6 Han characters is an
     * organisation too; the last item ends before an {@code organizationNameStop} word. {@code orgs} are the code point
     * ranges of the organisations already found in the sentence.
     */
    public List<AliasIndex.Hit> chineseEnumerationOrgs(String sentence, List<int[]> orgs) {
        List<AliasIndex.Hit> out = new ArrayList<>();
        String folded = TextFold.fold(sentence);
        int[] cps = folded.codePoints().toArray();
        int clauseStart = 0;
        for (int i = 0; i <= cps.length; i++) {
            if (i == cps.length || ",。;:!?,;:".indexOf(cps[i]) >= 0) {
                enumeration(sentence, folded, cps, clauseStart, i, orgs, out);
                clauseStart = i + 1;
            }
        }
        return out;
    }

    private void enumeration(String sentence, String folded, int[] cps, int from, int to, List<int[]> orgs,
                             List<AliasIndex.Hit> out) {
        List<int[]> items = new ArrayList<>();
        int start = from;
        boolean enumComma = false;
        for (int i = from; i <= to; i++) {
            boolean sep = i < to && (cps[i] == '、' || cps[i] == '和' || cps[i] == '与' || cps[i] == '及');
            if (sep && cps[i] != '、' && isOrgStart(orgs, i + 1) == null && !bareAfter(cps, i + 1, to)) {
                sep = false;
            }
            if (i == to || sep) {
                items.add(new int[] {start, i});
                enumComma |= i < to && cps[i] == '、';
                start = i + 1;
            }
        }
        if (!enumComma || items.size() < 3) {
            return;
        }
        int known = 0;
        for (int k = 0; k < items.size(); k++) {
            int[] it = items.get(k);
            if (covers(orgs, it) || (k == items.size() - 1 && isOrgStart(orgs, it[0]) != null)) {
                known++;
            }
        }
        if (known < 2 && !(known == 1 && rankedEnd(cps, items.get(items.size() - 1)))) {
            return;
        }
        // the first item starts where the clause does and may carry words before the name ("其中…"), so it is taken
        // only when a ranking word ends the list and it is a short name on its own ("…市场中,宝时得、富世华与绿刃智能
        // 分列前三"): a name missed there would shift every rank and share after it
        boolean ranked = rankedEnd(cps, items.get(items.size() - 1));
        for (int k = ranked ? 0 : 1; k < items.size(); k++) {
            int[] it = items.get(k);
            if (covers(orgs, it) || overlaps(orgs, it) || k == 0 && it[1] - it[0] > 4) {
                continue;
            }
            int e = it[1];
            if (k == items.size() - 1) {
                String run = new String(cps, it[0], it[1] - it[0]);
                int cut = firstStop(run);
                if (cut < 0) {
                    continue;
                }
                e = it[0] + run.codePointCount(0, cut);
            }
            int len = e - it[0];
            boolean allHan = true;
            for (int i = it[0]; i < e; i++) {
                allHan &= han(cps[i]);
            }
            String name = new String(cps, it[0], Math.max(0, len));
            if (len >= 2 && len <= 6 && allHan && !stop.contains(name) && orgStartStop.stream().noneMatch(name::startsWith)) {
                int b = folded.offsetByCodePoints(0, it[0]);
                out.add(hit(sentence, folded, b, folded.offsetByCodePoints(b, len), EntityKind.ORG));
            }
        }
    }

    /**
     * True when the enumeration's last item runs into a word that ranks the items ({@code enumerationRanks}: 分列, 依次,
     * 分别…): "华岭科技、步云和小澜分列前三" names three companies though only one is known.
     */
    private boolean rankedEnd(int[] cps, int[] last) {
        String run = new String(cps, last[0], last[1] - last[0]);
        int cut = firstStop(run);
        return cut > 0 && enumerationRanks.stream().anyMatch(w -> run.startsWith(w, cut));
    }

    private static int[] isOrgStart(List<int[]> orgs, int at) {
        for (int[] o : orgs) {
            if (o[0] == at) {
                return o;
            }
        }
        return null;
    }

    private static boolean bareAfter(int[] cps, int at, int to) {
        return at < to && han(cps[at]);
    }

    private static boolean covers(List<int[]> orgs, int[] it) {
        for (int[] o : orgs) {
            if (o[0] == it[0] && o[1] == it[1]) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlaps(List<int[]> orgs, int[] it) {
        for (int[] o : orgs) {
            if (o[0] < it[1] && it[0] < o[1]) {
                return true;
            }
        }
        return false;
    }

    /**
     * "测试中心", "研发中心", "数据中心": an organisation word after a word that names an activity or a kind
     * ({@code chineseNames.genericHeads}) is a common noun, not a name.
     */
    private boolean genericOrg(String word) {
        for (String end : orgEnds) {
            if (word.endsWith(end) && genericHeads.contains(word.substring(0, word.length() - end.length()))) {
                return true;
            }
        }
        return false;
    }

    /** The start of a capitalised name once leading function words ("The", "In", "Its") are left out. */
    private int trimStart(String sentence, int begin, int end) {
        int b = begin;
        while (b < end) {
            int space = sentence.indexOf(' ', b);
            if (space < 0 || space >= end || !descriptor(sentence.substring(b, space)) || demonymOfName(sentence, b, space, end)) {
                break;
            }
            b = space + 1;
        }
        return b;
    }

    /**
     * "led by British International Investment": a demonym right before a region word ({@code regionWords}) that goes on
     * into the name is the name's first word, as in a state's development-finance or insurance house, not a word that
     * says where a company is from ("Polish start-up TorScan", "Norwegian Kvarn"). So is a demonym that two or more
     * capitalised words follow inside the name ("with participation from the European Regional Growth Fund", "according
     * to Nordic Fleet Analytics", "Scottish Harbour Partners, which led…"): a demonym that says where a company is from
     * stands before a lower-case word that says what the company is ("Dutch rival Kvarn Systems", "Polish agency
     * Pixelform") or before a one-word name; before two capitalised words of a name news writes the demonym as part
     * of it.
     */
    private boolean demonymOfName(String sentence, int b, int space, int end) {
        if (!demonyms.contains(sentence.substring(b, space))) {
            return false;
        }
        // a second word inside the name after the demonym, a region word ("British International Investment") or not
        int next = sentence.indexOf(' ', space + 1);
        return next > 0 && next < end;
    }

    /**
     * "led by Northgate Capital and Halvex", "backers Quorvel, Brindle and Tarn": names joined to one found after an
     * {@code orgBefore} cue ({@code orgCoordination}) are organisations too, up to four, each not a stop word or demonym.
     */
    private void coordinated(String sentence, int end, List<AliasIndex.Hit> out) {
        int at = end;
        for (int k = 0; k < 4; k++) {
            Matcher m = orgCoordination.matcher(sentence).region(at, sentence.length());
            if (!m.lookingAt()) {
                return;
            }
            int b = m.start("name");
            int e = m.end("name");
            String first = sentence.substring(b, e).split(" ")[0];
            if (descriptor(first)) {
                return;
            }
            out.add(hit(sentence, sentence, b, e, EntityKind.ORG));
            at = e;
        }
    }

    /**
     * "China-based R&D staff", "Berlin-based AI engineers": a short acronym right before a lower-case word qualifies
     * that noun; it is no company's name.
     */
    private static boolean acronymQualifier(String sentence, int b, int e) {
        return ACRONYM.matcher(sentence.substring(b, e)).matches() && LOWER_NEXT.matcher(sentence).region(e, sentence.length()).lookingAt();
    }

    private static final Pattern ACRONYM = Pattern.compile("[\\p{Lu}&]{2,4}");
    /** A word spelled as a name, not as a plural noun: a capital after small letters ("ColdHubs"), or five capitals or more. */
    private static final Pattern NAME_SPELLING = Pattern.compile("\\p{Lu}\\p{Ll}+\\p{Lu}\\p{L}*|\\p{Lu}{5,}");
    private static final Pattern LOWER_NEXT = Pattern.compile(" \\p{Ll}");

    /** A capitalised word that opens a phrase without being part of the name after it: "The", "Polish", "London-based". */
    private boolean descriptor(String word) {
        return nameStartStop.contains(word) || demonyms.contains(word) || descriptorWords.stream().anyMatch(p -> p.matcher(word).matches());
    }

    /** Whether a word between {@code from} and {@code to} is a {@code descriptorWords} word ("Oslo-based", "Swiss-owned"). */
    private boolean descriptorBefore(String sentence, int from, int to) {
        for (String w : sentence.substring(from, to).trim().split(" ")) {
            if (descriptorWords.stream().anyMatch(p -> p.matcher(w).matches())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a Latin name ends in a legal form of {@code latinLegalFormEndings} ("Japan Display Inc."). */
    public boolean endsInLegalForm(String name) {
        return latinLegalFormEndings.stream().anyMatch(name::endsWith);
    }

    /** {@code chineseNames.legalForms}, folded, longest first ("股份有限公司" before "有限公司"). */
    public List<String> legalForms() {
        return java.util.Collections.unmodifiableList(legalForms);
    }

    /** {@code chineseNames.subsidiaryNouns}, folded: the words ("子公司") after which a bracketed city names a subsidiary. */
    public List<String> subsidiaryNouns() {
        return java.util.Collections.unmodifiableList(subsidiaryNouns);
    }

    /** A capitalised name right after a possessive "'s", not going on with "of", "for" or "&" and another capital ("Britain's Department for Transport"). */
    private static final Pattern AFTER_POSSESSIVE = Pattern.compile("['’]s (?<name>" + ORG_NAME + ")(?![\\p{L}\\d'’&-])(?! (?:of|for|&) \\p{Lu})");

    /**
     * "Mexico's Sismova came second", "its closest rival, Tanzania's NyatiTrack, had 19%", "Adelaide's Tarrant Electronics":
     * a capitalised name right after a place's possessive is a company of that place (English only). {@code places} are
     * the sentence's place mentions as [begin, end) code-point offsets. A name that opens with a word that is never one
     * ({@code nameStartStop}, a demonym, a descriptor: "Germany's March figures") is none; a person's name found at the same
     * place by another cue is read first by the caller, which keeps the first of equal spans.
     */
    public List<AliasIndex.Hit> placeOwnedOrgs(String sentence, List<int[]> places) {
        List<AliasIndex.Hit> out = new ArrayList<>();
        for (int[] p : places) {
            if (p[1] > sentence.codePointCount(0, sentence.length())) {
                continue;
            }
            Matcher m = AFTER_POSSESSIVE.matcher(sentence).region(sentence.offsetByCodePoints(0, p[1]), sentence.length());
            if (m.lookingAt() && !descriptor(m.group("name").split(" ")[0])) {
                out.add(hit(sentence, sentence, m.start("name"), m.end("name"), EntityKind.ORG));
            }
        }
        return out;
    }

    /** Words that are never a name on their own: {@code nameStartStop} and {@code demonyms}. */
    public Set<String> shortNameStop() {
        return shortNameStop;
    }

    /** {@code orgSuffix}: the last words that make a Latin name a company's ("Robotics", "Technologies", "Inc."). */
    public Set<String> orgSuffixes() {
        return java.util.Collections.unmodifiableSet(orgSuffixes);
    }

    /** {@code productNameTails}: the last words that make a Latin name a product model's ("Duo", "Pro", "Lite"). */
    public Set<String> productNameTails() {
        return java.util.Collections.unmodifiableSet(productNameTails);
    }

    /** True when the text right before code point {@code begin} ends with a possessive ("其", "its", "该公司的"). */
    public boolean afterPossessive(String sentence, int begin) {
        String before = TextFold.fold(sentence.substring(0, sentence.offsetByCodePoints(0, begin))).stripTrailing();
        for (String p : possessives) {
            if (before.endsWith(p) && (p.codePoints().anyMatch(UnlinkedFinder::han)
                    || before.length() == p.length() || !Character.isLetter(before.charAt(before.length() - p.length() - 1)))) {
                return true;
            }
        }
        return false;
    }

    static boolean han(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /**
     * A place the tagger glues to the site noun after it and reads, with it, as one organisation's name ("玉环生产基地",
     * "关停玉环工厂"): the words before the longest {@code placeAfter} noun the name ends in, segmented alone, start
     * with a place word of two to four characters, and at most four characters (what the site does: 生产, 测试) stand
     * between it and the noun. That place is a mention of its own, so the site is read as a unit of the company in
     * context at that place ({@code UnitReferences}), as "玉环的生产基地" would be.
     */
    private Optional<AliasIndex.Hit> placeGluedToSite(String sentence, String folded, Term t) {
        String noun = placeAfter.stream().filter(t.word::endsWith).max(java.util.Comparator.comparingInt(String::length)).orElse(null);
        if (noun == null || t.word.length() - noun.length() < 2) {
            return Optional.empty();
        }
        String stem = t.word.substring(0, t.word.length() - noun.length());
        List<Term> inner = segment(stem);
        if (inner.isEmpty()) {
            return Optional.empty();
        }
        Term first = inner.get(0);
        int n = first.word.codePointCount(0, first.word.length());
        if (!placeNatures.contains(String.valueOf(first.nature)) || n < 2 || n > 4 || !stem.startsWith(first.word)
                || stem.length() - first.word.length() > 4 || !stem.codePoints().allMatch(UnlinkedFinder::han)) {
            return Optional.empty();
        }
        return Optional.of(hit(sentence, folded, t.offset, t.offset + first.word.length(), EntityKind.PLACE));
    }

    /** HanLP's segmentation with name recognition; the dictionaries load from HanLP's jar on first use. */
    private synchronized List<Term> segment(String text) {
        if (segment == null) {
            segment = HanLP.newSegment().enableNameRecognize(true).enableOrganizationRecognize(true)
                    .enableTranslatedNameRecognize(true).enablePlaceRecognize(false).enableOffset(true);
        }
        return segment.seg(text);
    }

    private AliasIndex.Hit hit(String sentence, String s, int start, int end, EntityKind kind) {
        // "Ex-Vantory president Colm Reddan", "then-Quarnex chief": a prefix glued by a hyphen says when, it is no
        // part of the name (the rules read "ex-" / "then-" before the name)
        Matcher glued = GLUED_PREFIX.matcher(s).region(start, end);
        if (glued.lookingAt() && glued.end() < end) {
            start = glued.end();
        }
        int b = s.codePointCount(0, start);
        int e = b + s.codePointCount(start, end);
        int ob = sentence.offsetByCodePoints(0, b);
        String surface = sentence.substring(ob, sentence.offsetByCodePoints(ob, e - b));
        // a market is named and identified in English where its terms allow ("中小企业CRM" is "SME CRM", as an
        // English article writes it), so that one market is one entity whichever language names it
        String label = kind == EntityKind.MARKET ? marketNames.label(surface) : surface;
        return new AliasIndex.Hit(b, e, new EntityRef(iri(kind, label), kind, label, false));
    }

    /** {@code B id/unlinked/{kind}/{hash(kind + surface folded)}} as the contract names it. */
    public String iri(EntityKind kind, String surface) {
        return idBase + "unlinked/" + kind.segment() + "/" + hash12(kind.segment() + TextFold.fold(surface));
    }

    static String hash12(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The cue file's bytes, for fingerprints. */
    public static byte[] bytes(Path cueFile) throws IOException {
        return Files.readAllBytes(cueFile);
    }
}
