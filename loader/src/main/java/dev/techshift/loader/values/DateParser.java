package dev.techshift.loader.values;

import dev.techshift.loader.regex.Prefilter;
import dev.techshift.loader.values.TimeValue.Precision;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates in a sentence at the precision the source gives, with code-point offsets. Relative dates
 * ("昨日", "今年3月", "本週一", "earlier this year", and month-day dates without a year) are resolved
 * against the anchor (the publication date); without an anchor they come back unresolved, never guessed.
 * <pre>
 *   List&lt;TimeValue&gt; t = DateParser.find("AWS上研院于2018年秋成立", Optional.empty());
 *   t.get(0).canonical();   // Optional[2018-autumn]
 * </pre>
 * Grains: part of month: early = days 1-10, mid = 11-20, late = 21 to the end; season (Northern
 * hemisphere, meteorological): spring Mar-May, summer Jun-Aug, autumn Sep-Nov, winter Dec-Feb (into
 * the next year); part of year: start = Jan-Apr ("年初", "early 2025"), mid = May-Aug, end = Sep-Dec;
 * "earlier this year" = the year ({@code YYYY}, as gold/README.md writes it), "later this year" = the anchor to
 * 31 December ({@code YYYY-later}); a hedged year ("2012年前后") is {@code 2012-circa}, 2011-2013.
 * Weekdays: "本週一"/"this Monday" is that day of the anchor's Monday-to-Sunday week, "上週一" of the
 * week before, "下週一" of the week after; a bare weekday ("週四", "on Thursday") is the most recent such
 * day on or before the anchor; "last Thursday" (also "Last Thursday" opening a sentence) the most recent one
 * before it. A month-day date without a year ("7月23日") takes the anchor's year, or the year before when its month is later than the anchor's and
 * the sentence reports it done ("9月完成了融资", "In September it raised…" in a March article), unless the words
 * right before it make it a start ("named … chief operating officer from April 1", "starting May 1"); one already
 * past in the anchor's year that the sentence puts ahead ("effective January 1", "将于1月1日起", "Starting January 1,
 * customers will…" in a November article) takes the year after. "end of this month", "by the end of the month" are
 * the late part of the anchor's month, as "本月底" is. "同年" ("the
 * same year") takes the year of the nearest preceding resolved date in the same text. Durations ("15 個小時",
 * "32年", "六年") are not dates: a year needs four digits from 1900 to 2100.
 */
public final class DateParser {

    /** A year; not a decade ("the early 2000s", "1990s"). */
    private static final String Y = "(?<y>(?:19|20)\\d{2}|2100)(?!\\d|s\\b)";
    private static final String S = "\\s*";
    private static final String EN_MONTH = "(?<mon>January|February|March|April|May|June|July|August|September|October|"
            + "November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
    private static final String PART_OF_MONTH = "(?<pm>初|上旬|中旬|下旬|底|末)";
    private static final String PART_OF_YEAR = "(?<py>初|底|末|中(?=[,，。、;；\\s]|$))";
    private static final String SEASON = "(?<season>春|夏|秋|冬)(?:季|天)?";
    private static final String HALF = "(?<half>上|下)半年";
    /** "第三季度", "三季度", and "第三季" (季 alone only after 第: "四季" is the four seasons). */
    private static final String QUARTER = "(?:第" + S + "(?=[一二三四1-4]" + S + "季)|(?=[一二三四1-4]" + S + "季度)|(?=首季))"
            + "(?<q>[一二三四1-4首])" + S + "季度?";
    /** "the third quarter", "third-quarter": the quarter as an English ordinal. */
    private static final String EN_QUARTER = "(?i:(?<eq>first|second|third|fourth)[-\\s]+quarter)";
    /** Words right before a period that say it is still to come ("将于下半年推出"). */
    private static final String FUTURE = "(?:将|将于|将在|预计|预计于|预计在|計劃|计划|计划于|计划在|有望|有望于|有望在|拟|拟于|擬|最快|最早|預計|將|將於|將在) ?";
    private static final String CN_MONTH = "(?<m>1[0-2]|0?[1-9])" + S + "月";
    /**
     * A month after a year, in digits or in Chinese numerals ("2025年六月", "截至今年六月底", "去年十二月"); a numeral
     * month alone ("一月内", "五月天") is too often something else to be read without its year.
     */
    private static final String CN_MONTH_OF_YEAR = "(?:(?<m>1[0-2]|0?[1-9])|(?<mh>十[一二]?|[一二三四五六七八九]))" + S + "月";
    /** A day of the month, and the weekday a paper puts in brackets after it ("2月17日（周二）"), which is the same day. */
    private static final String CN_DAY = "(?<d>3[01]|[12]\\d|0?[1-9])" + S + "[日号號]"
            + "(?:" + S + "[(（]" + S + "(?:周|週|星期|礼拜|禮拜)[一二三四五六日天]" + S + "[)）])?";
    private static final String WEEKDAY_CN = "(?<wd>[一二三四五六日天])";
    private static final String EN_WEEKDAY = "(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final String REL_YEAR = "(?<ry>今年|去年|明年|前年|本年|同年)";

    private static final Pattern GROUP_NAME = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");
    /** The named groups of each rule's pattern (Java 17 cannot list them). */
    private static final Map<Pattern, Set<String>> GROUPS = new IdentityHashMap<>();

    /** How a match becomes a time value. */
    private interface Builder {
        Optional<TimeValue> build(Matcher m, Context c);
    }

    /** A pattern, how its matches become values, and what a text must contain for it to match at all. */
    private record Rule(Pattern pattern, Builder builder, Prefilter prefilter) {}

    /**
     * The dates of one text read twice from the same matches: against the anchor, and without one (as
     * {@link QuantityParser} needs them, to leave dates out of amounts).
     */
    public record Readings(List<TimeValue> anchored, List<TimeValue> unanchored) {}

    /** What a builder knows: the anchor and the dates found so far (for "同年"). */
    private static final class Context {
        final Optional<LocalDate> anchor;
        final List<TimeValue> found = new ArrayList<>();
        /** The text read, for a rule that weighs the words before its match ("launched … in September"). */
        final String text;

        Context(Optional<LocalDate> anchor) {
            this(anchor, "");
        }

        Context(Optional<LocalDate> anchor, String text) {
            this.anchor = anchor;
            this.text = text;
        }
    }

    /** Words of the clause before a bare month that put it in the future: "will stop selling … from January". */
    private static final Pattern FUTURE_CLAUSE = Pattern.compile("(?i)\\b(?:will|would|shall|plans? to|planned to|expects? to|expected to"
            + "|intends? to|aims? to|(?:is|are) set to|(?:is|are) to|going to|scheduled to|due to|is expected|are expected)\\b");
    /** Words of the clause before a bare month that put it in the past: "launched the V2 in September". */
    private static final Pattern PAST_CLAUSE = Pattern.compile("(?i)\\b(?:\\p{L}+ed|was|were|had|did|began|grew|fell|rose|made|sold|bought"
            + "|shut|led|took|won|saw|came|went|left|built|spent|paid|brought|opened|hit|cut|laid off|let go)\\b");

    private static final List<Rule> RULES = List.of(
            rule("(?<!\\d)" + Y + S + "年" + S + CN_MONTH_OF_YEAR + S + CN_DAY, DateParser::absolute),
            rule("(?<!\\d)" + Y + S + "年" + S + CN_MONTH_OF_YEAR + S + PART_OF_MONTH, DateParser::absolute),
            rule("(?<!\\d)" + Y + S + "年" + S + CN_MONTH_OF_YEAR + "份?", DateParser::absolute),
            rule("(?<!\\d)" + Y + S + "年?" + S + SEASON, DateParser::absolute),
            rule("(?<!\\d)" + Y + S + "年?" + S + HALF, DateParser::absolute),
            rule("(?<!\\d)" + Y + S + "年?" + S + QUARTER, DateParser::absolute),
            rule("(?<!\\d)" + Y + S + "年" + S + PART_OF_YEAR, DateParser::absolute),
            rule("(?<!\\d)" + Y + S + "年(?<circa>前后|前後|左右)?", DateParser::absolute),
            rule("(?<cny>[〇零一二三四五六七八九]{4})年", DateParser::absolute),
            rule("(?<![\\d.])" + Y + "-(?<m>0[1-9]|1[0-2])-(?<d>0[1-9]|[12]\\d|3[01])(?!\\d)", DateParser::absolute),
            rule("(?<![\\d.])" + Y + "/(?<m>1[0-2]|0?[1-9])/(?<d>3[01]|[12]\\d|0?[1-9])(?!\\d)", DateParser::absolute),
            rule("\\b" + EN_MONTH + "\\s+(?<d>3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?,?\\s+" + Y, DateParser::absolute),
            rule("\\b(?<d>3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?\\s+" + EN_MONTH + ",?\\s+" + Y, DateParser::absolute),
            rule("\\b(?<pe>early|mid|late)[-\\s]+" + EN_MONTH + ",?\\s+" + Y, DateParser::absolute),
            rule("\\b" + EN_MONTH + ",?\\s+" + Y, DateParser::absolute),
            rule("(?i:\\b(?<es>spring|summer|autumn|fall|winter)(?:\\s+of)?\\s+)" + Y, DateParser::absolute),
            rule("(?i:\\b(?<eh>first|second)\\s+half\\s+of\\s+)" + Y, DateParser::absolute),
            rule("\\bH(?<hn>[12])\\s*" + Y, DateParser::absolute),
            rule("(?<!\\d)" + Y + "\\s*H(?<hn>[12])\\b", DateParser::absolute),
            rule("\\bQ(?<q>[1-4])\\s*" + Y, DateParser::absolute),
            rule("(?<!\\d)" + Y + "\\s*年?\\s*Q(?<q>[1-4])(?![\\dA-Za-z])", DateParser::absolute),
            rule("(?i:\\b" + EN_QUARTER + "(?:\\s+of|,)?\\s+)" + Y, DateParser::absolute),
            // "3Q25", "1Q2026": the analysts' quarter
            rule("(?<![\\dA-Za-z])(?<q>[1-4])Q\\s*" + Y + "(?![A-Za-z])", DateParser::absolute),
            rule("(?<![\\dA-Za-z])(?<q>[1-4])Q(?<yy>\\d{2})(?![\\dA-Za-z])", DateParser::absolute),
            // a fiscal year by its label ("fiscal 2025", "FY2025", "FY25", "2025财年"), read as the year it is named after;
            // so is a year written with 年度 ("2026年度公司将向…供应", "2025年度报告"), which would otherwise leave 度 glued
            // to the subject after the date; "calendar 2025" (as against a fiscal year) is the year too
            rule("(?i:\\b(?:fiscal(?:\\s+year)?|calendar(?:\\s+year)?|FY)\\s*)" + Y, DateParser::absolute),
            rule("\\bFY(?<yy>\\d{2})(?![\\dA-Za-z])", DateParser::absolute),
            rule("(?<!\\d)" + Y + S + "(?:财年|財年|会计年度|會計年度|财政年度|財政年度|年度)", DateParser::absolute),
            rule("(?i:\\b(?<pe>early|mid|late)[-\\s]+)" + Y, DateParser::absolute),
            rule("(?i:\\b(?<pe>end|beginning|start|middle)\\s+of\\s+)" + Y, DateParser::absolute),
            rule("(?i:\\b(?<circa>around|about|circa|c\\.)\\s+)" + Y + "\\b", DateParser::absolute),
            // "revenue for 2025", "guidance for 2026": a year after "for" too
            rule("(?i:\\b(?:in|since|by|during|from|until|till|through|throughout|before|after|of|year|for)\\s+)"
                    + Y + "\\b(?!\\s*[-–]\\s*\\d)", DateParser::yearOnly),
            // a year written as the adjective of a deal ("its 2022 investment of $15 million", "the 2019 acquisition"):
            // the deal's year; "its 2025 revenue" the period of the figure; "a 2021 model" stays no date
            rule("(?i:\\b(?:its|their|our|the|a|an)\\s+)" + Y + "(?=\\s+(?i:investment|acquisition|stake|purchase|takeover"
                    + "|funding round|financing round|seed round|series [a-h]|revenue|revenues|sales|turnover)\\b)", DateParser::yearOnly),
            // a numbers box's line that opens with the year of its figure ("- 2024 revenue: MXN 412 million")
            rule("^(?:[-–•·*▪■●◆]\\s?)?" + Y + "(?=\\s+(?i:revenue|revenues|sales|net sales|turnover)\\b)", DateParser::yearOnly),
            rule("(?<![\\d年.])" + CN_MONTH + S + CN_DAY, DateParser::monthOfAnchorYear),
            rule("(?<![\\d月年.近每前後后去内內])" + CN_DAY + "(?!\\s*(?:内|內|以内|以內|之内|之內|线|線|楼|樓|店|院))", DateParser::dayOfAnchorMonth),
            rule("(?i:\\b(?<pe>end|beginning|start|middle)\\s+of\\s+)" + EN_MONTH + ",?\\s+" + Y, DateParser::absolute),
            rule("(?i:\\b(?<pe>end|beginning|start|middle)\\s+of\\s+)" + EN_MONTH + "\\b(?!\\.?,?\\s*\\d)",
                    DateParser::monthOfAnchorYear),
            rule("(?i:\\b(?<pe>early|mid|late)[-\\s]+)" + EN_MONTH + "\\b(?!\\.?,?\\s*\\d)", DateParser::monthOfAnchorYear),
            // "the year to March", "the fiscal year ended June": the month a fiscal year ends in
            rule("(?i:\\b(?:in|by|from|until|till|since|before|after|during|through|year to|year ended|year ending)\\s+)" + EN_MONTH
                    + "\\b(?!\\.?,?\\s*\\d)", DateParser::monthOnly),
            // "raised a $12 million Series A last September" in a June article: the most recent such month before the
            // article's own month (the September of the year before)
            rule("(?i:\\blast\\s+)" + EN_MONTH + "\\b(?!\\.?,?\\s*\\d)", DateParser::lastNamedMonth),
            rule("(?<![\\d年.])" + CN_MONTH + S + PART_OF_MONTH, DateParser::monthOfAnchorYear),
            rule("(?<![\\d年.])" + CN_MONTH + "份?", DateParser::monthOfAnchorYear),
            rule("\\b" + EN_MONTH + "\\s+(?<d>3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?\\b(?!,?\\s*\\d)",
                    DateParser::monthOfAnchorYear),
            // the British order without a year ("on 12 January", "from 1 June", a results box's "Head count at 30
            // September: 312"): the day of the anchor's year, as "January 12" is; only after a preposition or a clause's
            // edge, so that a figure or a model number before the month ("raised 5 May…", "Scan 3 May") is no day
            rule("(?:(?<=\\b(?:on|at|from|by|until|till|since|before|after|through|to|and|or|of|starting|beginning|effective)\\s)|(?<=^)|(?<=[,;:(–]\\s))"
                    + "(?<d>3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?\\s+" + EN_MONTH
                    + "\\b(?!\\.?,?\\s*\\d)", DateParser::monthOfAnchorYear),
            rule(REL_YEAR + "(?:" + S + CN_MONTH_OF_YEAR + "(?:" + S + CN_DAY + "|" + S + PART_OF_MONTH + "|份)?|" + SEASON
                    + "|" + HALF + "|" + QUARTER + "|" + "年?(?<py>初|底|末))?", DateParser::relativeYear),
            rule("(?<=" + FUTURE + ")" + HALF, DateParser::partOfAnchorYear),
            rule("(?<![\\d年今去明前本同])(?<!" + FUTURE + ")" + HALF, DateParser::lastPartOfYear),
            rule("(?i:\\bthe\\s+)" + EN_QUARTER + "(?!\\s*(?:of\\s+|,\\s*)?(?:19|20)\\d{2})", DateParser::quarterNearAnchor),
            // "first-quarter revenue": the quarter as an adjective, which names the quarter as "the first quarter" does
            rule("(?i:\\b(?=(?:first|second|third|fourth)-quarter\\b))" + EN_QUARTER + "(?!\\s*(?:of\\s+|,\\s*)?(?:19|20)\\d{2})",
                    DateParser::quarterNearAnchor),
            rule("(?i:\\bthe\\s+(?<eh>first|second)\\s+half\\b)(?!\\s+of\\s+(?!(?:the|this)\\s+year\\b))",
                    DateParser::partOfAnchorYear),
            rule("(?<rdp>今|昨|前|明)\\s*[(（]\\s*(?<d>3[01]|[12]\\d|0?[1-9])\\s*[)）]\\s*日", DateParser::relativeDayNumbered),
            // "前日月光投控技術長", "前日立工程师", "前日本…": 前 "former" before a name that starts with 日 is no
            // "day before yesterday"
            rule("(?<rd>昨日|昨天|今日|今天|前天|前日(?![月立产產本])|明天|明日)", DateParser::relativeDay),
            rule("(?i:\\b(?<rd>yesterday|today|tomorrow)\\b)", DateParser::relativeDay),
            rule("(?<rw>本|这|這|上|下)?(?:个|個)?(?:週|周|星期|礼拜|禮拜)" + WEEKDAY_CN, DateParser::weekday),
            rule("(?:(?<rw>(?i:this|last|next|on))\\s+)?\\b" + EN_WEEKDAY + "\\b", DateParser::weekday),
            rule("(?<rw>本|这|這|上|下)(?:个|個)?(?:週|周|星期|礼拜|禮拜)(?![一二三四五六日天末])", DateParser::week),
            rule("(?i:\\b(?<rw>this|last|next)\\s+week\\b)", DateParser::week),
            rule("(?<rm>本|这|這|上|下)(?:个|個)?月(?:" + S + CN_DAY + "|" + PART_OF_MONTH + "|(?![份中]))", DateParser::relativeMonth),
            // "三年前", "two years ago": the year that many years before the anchor's ("一年前" and "a year ago" are left
            // alone: a share sentence's "一年前" is a year before the figure's period, not before the article)
            rule("(?<![\\d〇零一二三四五六七八九十几幾多])(?<ago>[二两兩三四五六七八九十]|[2-9]|1\\d)" + S + "年前(?![后後])", DateParser::yearsAgo),
            rule("(?i:\\b(?<ago>(?:two|three|four|five|six|seven|eight|nine|ten|[2-9]|1\\d)\\s+years|a\\s+decade)\\s+ago\\b)",
                    DateParser::yearsAgo),
            rule("(?<![上下本这這])(?i:\\b(?<rm>this|last|next)\\s+month\\b)", DateParser::relativeMonth),
            // "at the end of this month", "by the end of the month", "early next month": that part of the anchor's month
            // (or of the month before or after), as "本月底" is
            rule("(?i:\\b(?:the\\s+)?(?<pe>end|beginning|start|middle|early|mid|late)(?:[-\\s]+|\\s+of\\s+)"
                    + "(?:(?<rm>this|last|next)|the)\\s+month\\b)", DateParser::relativeMonth),
            rule("(?i:\\b(?:(?:the\\s+)?(?<pe>early|mid|late|end|beginning|start|middle)(?:[-\\s]+|\\s+of\\s+)"
                    + "|(?:the\\s+)?" + EN_QUARTER + "\\s+of\\s+|(?:the\\s+)?(?<eh>first|second)\\s+half\\s+of\\s+"
                    + "|(?<es>spring|summer|autumn|fall|winter)\\s+(?:of\\s+)?)(?<rye>this|last|next)\\s+year\\b)",
                    DateParser::relativeYearEnglish),
            rule("(?i:\\b(?<rye>this|last|next)\\s+(?<es>spring|summer|autumn|fall|winter)\\b)", DateParser::relativeYearEnglish),
            rule("(?i:\\b(?:the\\s+)?(?<pe>end|beginning|start|middle)\\s+of\\s+the\\s+year\\b|\\byear-(?<pe2>end)\\b)",
                    DateParser::partOfAnchorYear),
            // 年初 / 年底 alone are the anchor's year ("年中" alone is too often "in the … years": 过去两年中)
            rule("(?<![\\d今去明前本同每多周週半数數几幾两兩个個〇零一二三四五六七八九十])年(?<py>初|底(?![蕴蘊])|末)",
                    DateParser::partOfAnchorYear),
            // a quarter without a year, not a count of quarters (连续三季度, 过去两个季度)
            rule("(?<![\\d年今去明前本同续續去近每个個])" + QUARTER, DateParser::quarterNearAnchor),
            rule("(?i:\\b(?<rye>this|last|next)\\s+year\\b)", DateParser::relativeYearEnglish),
            rule("(?i:\\b(?<rpy>earlier|later)\\s+this\\s+year\\b)", DateParser::earlierLaterThisYear),
            rule("今年(?<rpy>早些时候|早些時候|稍早|早前|晚些时候|晚些時候|稍后|稍後)", DateParser::earlierLaterThisYear));

    private DateParser() {}

    private static Rule rule(String regex, Builder b) {
        Pattern p = Pattern.compile(regex);
        Set<String> names = new HashSet<>();
        Matcher m = GROUP_NAME.matcher(regex);
        while (m.find()) {
            names.add(m.group(1));
        }
        GROUPS.put(p, Set.copyOf(names));
        return new Rule(p, b, Prefilter.of(regex));
    }

    /**
     * The dates in {@code text}, in text order, without overlaps (the longest reading wins).
     *
     * @param anchor the publication date, against which relative dates are resolved
     */
    public static List<TimeValue> find(String text, Optional<LocalDate> anchor) {
        return read(text, anchor).anchored();
    }

    /**
     * {@code find(text, anchor)} and {@code find(text, Optional.empty())} at the cost of one scan: the patterns run
     * once and each match is built both ways.
     */
    public static Readings read(String text, Optional<LocalDate> anchor) {
        boolean twice = anchor.isPresent();
        List<TimeValue> anchored = new ArrayList<>();
        List<TimeValue> unanchored = twice ? new ArrayList<>() : anchored;
        for (Rule r : RULES) {
            if (!r.prefilter().mayMatch(text)) {
                continue;
            }
            Matcher m = r.pattern().matcher(text);
            while (m.find()) {
                r.builder().build(m, new Context(anchor, text)).ifPresent(anchored::add);
                if (twice) {
                    r.builder().build(m, new Context(Optional.empty())).ifPresent(unanchored::add);
                }
            }
        }
        List<TimeValue> a = choose(text, anchored, anchor);
        return new Readings(a, twice ? choose(text, unanchored, Optional.empty()) : a);
    }

    /** The candidates without overlaps (the longest reading wins), "同年" resolved, offsets in code points. */
    private static List<TimeValue> choose(String text, List<TimeValue> candidates, Optional<LocalDate> anchor) {
        candidates.sort(Comparator.comparingInt(TimeValue::begin)
                .thenComparing(Comparator.comparingInt((TimeValue t) -> t.end() - t.begin()).reversed()));
        List<TimeValue> chosen = new ArrayList<>();
        int covered = 0;
        for (TimeValue t : candidates) {
            if (t.begin() >= covered) {
                chosen.add(t);
                covered = t.end();
            }
        }
        Context sameYear = new Context(anchor);
        List<TimeValue> out = new ArrayList<>(chosen.size());
        for (TimeValue t : chosen) {
            TimeValue v = t.surface().startsWith("同年") ? resolveSameYear(text, t, sameYear) : t;
            sameYear.found.add(v);
            out.add(toCodePoints(text, v));
        }
        return List.copyOf(out);
    }

    private static TimeValue toCodePoints(String text, TimeValue t) {
        int b = text.codePointCount(0, t.begin());
        int e = b + text.codePointCount(t.begin(), t.end());
        return new TimeValue(t.precision(), t.canonical(), t.earliest(), t.latest(), t.relative(), t.resolved(),
                b, e, t.surface(), t.approximate());
    }

    /** "同年12月初": the year of the nearest preceding resolved date in the text, re-parsed with it. */
    private static TimeValue resolveSameYear(String text, TimeValue t, Context c) {
        Optional<Integer> year = Optional.empty();
        for (int i = c.found.size() - 1; i >= 0 && year.isEmpty(); i--) {
            year = c.found.get(i).earliest().map(LocalDate::getYear);
        }
        if (year.isEmpty()) {
            return unresolved(t.precision(), t.begin(), t.end(), t.surface());
        }
        String rewritten = year.get() + "年" + t.surface().substring(2);
        for (TimeValue v : find(rewritten, Optional.empty())) {
            if (v.begin() == 0 && v.end() == rewritten.codePointCount(0, rewritten.length())) {
                return new TimeValue(v.precision(), v.canonical(), v.earliest(), v.latest(), true, true,
                        t.begin(), t.end(), t.surface(), v.approximate());
            }
        }
        return unresolved(t.precision(), t.begin(), t.end(), t.surface());
    }

    // ---- builders ----

    private static Optional<TimeValue> absolute(Matcher m, Context c) {
        int year = group(m, "cny") != null ? chineseDigits(group(m, "cny"))
                : group(m, "yy") != null ? 2000 + Integer.parseInt(group(m, "yy")) : Integer.parseInt(group(m, "y"));
        return Optional.ofNullable(spec(m, year, false, m.start(), m.end(), m.group()));
    }

    private static Optional<TimeValue> yearOnly(Matcher m, Context c) {
        int y = Integer.parseInt(group(m, "y"));
        return Optional.of(year(y, false, false, m.start("y"), m.end("y"), group(m, "y")));
    }

    private static Optional<TimeValue> monthOfAnchorYear(Matcher m, Context c) {
        if (c.anchor.isEmpty()) {
            return Optional.of(unresolved(group(m, "d") != null ? Precision.DAY
                    : group(m, "pm") != null || group(m, "pe") != null ? Precision.PART_OF_MONTH : Precision.MONTH,
                    m.start(), m.end(), m.group()));
        }
        TimeValue t = spec(m, c.anchor.get().getYear(), true, m.start(), m.end(), m.group());
        // "新规将于1月1日起生效", "effective January 1" in a November article: a date already past in the anchor's year
        // that the words around it put in the future is next year's
        if (t != null && t.latest().isPresent() && t.latest().get().isBefore(c.anchor.get()) && futureAround(c.text, m.start(), m.end())) {
            return Optional.ofNullable(spec(m, c.anchor.get().getYear() + 1, true, m.start(), m.end(), m.group()));
        }
        if (t != null && t.earliest().isPresent() && laterMonthReportedDone(c, t.earliest().get(), m.start(), m.end())) {
            return Optional.ofNullable(spec(m, c.anchor.get().getYear() - 1, true, m.start(), m.end(), m.group()));
        }
        return Optional.ofNullable(t);
    }

    /**
     * Whether a month without a year that falls after the anchor's month in the anchor's year is last year's: news
     * reports the past, so "9月，公司完成了融资" or "employed 7,100 people at the end of December" in a January article
     * is the month gone by. It needs the sentence to report it done and not to put it ahead: the clause before the date
     * reports it done ("launched the V2 in September", "截至12月底"), or, with no word of either kind before, the first
     * such word after it is of the past ("In September it raised…", "9月完成了…"); a word of the future before it in
     * the clause (the sentence, in Chinese: "将于10月31日卸任,由X于11月1日接任") keeps the anchor's year. A date nothing
     * dates either way (a headline's "6月底熄燈", a schedule's "The cuts take effect in September") stays in the
     * anchor's year, and so does a later day of the anchor's own month.
     */
    private static boolean laterMonthReportedDone(Context c, LocalDate earliest, int begin, int end) {
        if (!YearMonth.from(earliest).isAfter(YearMonth.from(c.anchor.get()))) {
            return false;
        }
        String before = clauseBefore(c.text, begin);
        String after = sentenceAfter(c.text, end);
        boolean chinese = c.text.substring(begin, Math.min(end, c.text.length())).contains("月");
        Pattern future = chinese ? FUTURE_ZH : FUTURE_CLAUSE;
        Pattern past = chinese ? PAST_ZH : PAST_CLAUSE;
        String near = chinese ? lastChineseClause(before) : before;
        if (future.matcher(before).find() || EFFECTIVE_BEFORE.matcher(before).find() || EFFECTIVE_AFTER.matcher(after).find()
                || chinese && FUTURE_AFTER_ZH.matcher(after).lookingAt() || startStillAhead(before, after)) {
            return false;
        }
        if (past.matcher(near).find()) {
            return true;
        }
        Matcher f = future.matcher(after);
        Matcher p = past.matcher(after);
        return p.find() && (!f.find() || p.start() < f.start());
    }

    /** Chinese words that report a thing done: 已, 了, 曾, 截至 ("as of"); not the 了 of 为了, 除了, 了解. */
    private static final Pattern PAST_ZH = Pattern.compile("已|曾|截至|截止|早在|(?<![为為除])了(?![解])");

    /** Words right after a Chinese date that put it ahead: "9月起", "9月底前完成", "9月以后". */
    private static final Pattern FUTURE_AFTER_ZH = Pattern.compile("\\s*份?\\s*(?:起|开始|開始|以后|以後|之后|之後|前|之前)");

    /** The words of the sentence after {@code at}, up to the sentence's end or at most 120 characters. */
    private static String sentenceAfter(String text, int at) {
        String after = text.substring(Math.min(at, text.length()), Math.min(at + 120, text.length()));
        int end = firstIndexOfAny(after, "\n!?");
        int stop = after.indexOf(". ");
        int cut = end < 0 ? stop : stop < 0 ? end : Math.min(end, stop);
        return cut >= 0 ? after.substring(0, cut) : after;
    }

    private static int firstIndexOfAny(String s, String chars) {
        int at = -1;
        for (char ch : chars.toCharArray()) {
            int i = s.indexOf(ch);
            if (i >= 0 && (at < 0 || i < at)) {
                at = i;
            }
        }
        return at;
    }

    /** Words after a date that make it a start still to come ("1月1日起生效", "7月1日起施行"). */
    private static final Pattern EFFECTIVE_AFTER = Pattern.compile("^\\s*(?:起|开始|開始)?\\s*(?:正式)?\\s*(?:生效|施行|实施|實施)");
    /** Words right before a date that make it a start still to come ("effective January 1", "with effect from 1 July"). */
    private static final Pattern EFFECTIVE_BEFORE = Pattern.compile("(?i)\\b(?:effective|with effect from|taking effect on|takes effect on|will take effect on)\\s*(?:from\\s+|on\\s+)?$");

    /**
     * Words right before a date that make it the start of a state ("named … chief operating officer from April 1",
     * "starting May 1", "beginning on 1 June"): the appointment or the change may be reported done, but the state it
     * starts lies at or after the anchor, so a later month of the anchor's year keeps that year. "as of" is not one:
     * "as of September 30" is a reading taken, as often in the past as not.
     */
    private static final Pattern START_BEFORE = Pattern.compile("(?i)\\b(?:from|starting|beginning|commencing)(?:\\s+(?:on|in))?\\s+$");
    /** Words right after a date that make it the first end of a range ("from April 1 to June 30"), not a start. */
    private static final Pattern RANGE_AFTER = Pattern.compile("(?i)^\\s*(?:(?:to|until|till|through|and)\\b|[-–—])");

    /** Whether the words right before the date make it a start and the words after do not make it a range's first end. */
    private static boolean startStillAhead(String before, String after) {
        return START_BEFORE.matcher(before).find() && !RANGE_AFTER.matcher(after).lookingAt();
    }

    /**
     * Whether the first English word of tense after a date is of the future ("Starting January 1, customers will
     * pay…"): a start that opens the sentence takes its tense from the verb that follows.
     */
    private static boolean futureFirst(String after) {
        Matcher f = FUTURE_CLAUSE.matcher(after);
        Matcher p = PAST_CLAUSE.matcher(after);
        return f.find() && (!p.find() || f.start() < p.start());
    }

    /** Whether the clause before the date, or the words right around it, put it in the future. */
    private static boolean futureAround(String text, int begin, int end) {
        String clause = clauseBefore(text, begin);
        String zh = lastChineseClause(clause);
        String after = text.substring(Math.min(end, text.length()), Math.min(end + 12, text.length()));
        return FUTURE_CLAUSE.matcher(clause).find() || FUTURE_ZH.matcher(zh).find()
                || EFFECTIVE_BEFORE.matcher(clause).find() || EFFECTIVE_AFTER.matcher(after).find()
                || startStillAhead(clause, after) && futureFirst(sentenceAfter(text, end));
    }

    /** The words after the last stop or comma: a Chinese clause, as far back as 将 or 了 is read (too common to read further). */
    private static String lastChineseClause(String before) {
        int at = -1;
        for (char ch : "。！？；，,".toCharArray()) {
            at = Math.max(at, before.lastIndexOf(ch));
        }
        return before.substring(at + 1);
    }

    /** "26日": that day of the anchor's month. */
    private static Optional<TimeValue> dayOfAnchorMonth(Matcher m, Context c) {
        if (c.anchor.isEmpty()) {
            return Optional.of(unresolved(Precision.DAY, m.start(), m.end(), m.group()));
        }
        try {
            return Optional.of(day(c.anchor.get().withDayOfMonth(Integer.parseInt(group(m, "d"))), true,
                    m.start(), m.end(), m.group()));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * "in September": the month of the anchor's year; the surface is the month name only. The clause before it may
     * say which side of the anchor the month lies on: a month still to come in the anchor's year that the clause
     * reports as done ("launched the V2 in September" in a January article) is last year's, and a month already past
     * that the clause puts in the future ("will stop selling … from January" in an October article) is next year's.
     */
    private static Optional<TimeValue> monthOnly(Matcher m, Context c) {
        int b = m.start("mon");
        String surface = text(m, b, m.end());
        if (c.anchor.isEmpty()) {
            return Optional.of(unresolved(Precision.MONTH, b, m.end(), surface));
        }
        int month = englishMonth(group(m, "mon"));
        int year = c.anchor.get().getYear();
        String clause = clauseBefore(c.text, m.start());
        int anchorMonth = c.anchor.get().getMonthValue();
        if (FUTURE_CLAUSE.matcher(clause).find()) {
            year += month < anchorMonth ? 1 : 0;
        } else if (laterMonthReportedDone(c, LocalDate.of(year, month, 1), b, m.end())) {
            year--;
        }
        return Optional.of(month(YearMonth.of(year, month), true, b, m.end(), surface));
    }

    /** "last September": the month of that name before the anchor's month, this year's or the year before's. */
    private static Optional<TimeValue> lastNamedMonth(Matcher m, Context c) {
        if (c.anchor.isEmpty()) {
            return Optional.of(unresolved(Precision.MONTH, m.start(), m.end(), m.group()));
        }
        int month = englishMonth(group(m, "mon"));
        YearMonth anchor = YearMonth.from(c.anchor.get());
        int year = month < anchor.getMonthValue() ? anchor.getYear() : anchor.getYear() - 1;
        return Optional.of(month(YearMonth.of(year, month), true, m.start(), m.end(), m.group()));
    }

    /** The words of the sentence before {@code at}, back to the previous sentence end or at most 120 characters. */
    private static String clauseBefore(String text, int at) {
        int from = Math.max(0, at - 120);
        String before = text.substring(Math.min(from, text.length()), Math.min(at, text.length()));
        int end = Math.max(Math.max(before.lastIndexOf(". "), before.lastIndexOf('\n')), Math.max(before.lastIndexOf(';'),
                Math.max(before.lastIndexOf('!'), before.lastIndexOf('?'))));
        return end >= 0 ? before.substring(end + 1) : before;
    }

    private static Optional<TimeValue> relativeYear(Matcher m, Context c) {
        String ry = group(m, "ry");
        Precision p = precisionOf(m);
        if (ry.equals("同年")) {
            return Optional.of(unresolved(p, m.start(), m.end(), m.group()));
        }
        if (c.anchor.isEmpty()) {
            return Optional.of(unresolved(p, m.start(), m.end(), m.group()));
        }
        int offset = switch (ry) {
            case "去年" -> -1;
            case "前年" -> -2;
            case "明年" -> 1;
            default -> 0;
        };
        return Optional.ofNullable(spec(m, c.anchor.get().getYear() + offset, true, m.start(), m.end(), m.group()));
    }

    /**
     * "将于下半年", "the second quarter", "the first half" without a year: that part of the anchor's year, as a
     * month without a year is ("in September").
     */
    private static Optional<TimeValue> partOfAnchorYear(Matcher m, Context c) {
        if (c.anchor.isEmpty()) {
            return Optional.of(unresolved(group(m, "half") != null || group(m, "eh") != null ? Precision.HALF_YEAR
                    : Precision.PART_OF_YEAR, m.start(), m.end(), m.group()));
        }
        return Optional.ofNullable(spec(m, c.anchor.get().getYear(), true, m.start(), m.end(), m.group()));
    }

    /**
     * "上半年", "下半年" without a year and without a word of the future before it: news reports a period it names
     * bare once it has begun, so one that has not begun by the anchor is the previous year's ("下半年" in a March
     * article). A bare "第三季度" stays unread: whose year it is, the text around it has to say.
     */
    private static Optional<TimeValue> lastPartOfYear(Matcher m, Context c) {
        Optional<TimeValue> t = partOfAnchorYear(m, c);
        if (c.anchor.isPresent() && t.isPresent() && t.get().earliest().isPresent()
                && t.get().earliest().get().isAfter(c.anchor.get())) {
            return Optional.ofNullable(spec(m, c.anchor.get().getYear() - 1, true, m.start(), m.end(), m.group()));
        }
        return t;
    }

    private static Optional<TimeValue> relativeDay(Matcher m, Context c) {
        if (c.anchor.isEmpty()) {
            return Optional.of(unresolved(Precision.DAY, m.start(), m.end(), m.group()));
        }
        int offset = switch (group(m, "rd").toLowerCase(Locale.ROOT)) {
            case "昨日", "昨天", "yesterday" -> -1;
            case "前天", "前日" -> -2;
            case "明天", "明日", "tomorrow" -> 1;
            default -> 0;
        };
        return Optional.of(day(c.anchor.get().plusDays(offset), true, m.start(), m.end(), m.group()));
    }

    /**
     * "今（12）日", "昨（11）日": the day relative to publication with its day of month in brackets, as Taiwanese and
     * Hong Kong news write it. The written day wins over the offset when the two disagree (a story filed late at
     * night): the date with that day of month nearest the publication date.
     */
    private static Optional<TimeValue> relativeDayNumbered(Matcher m, Context c) {
        if (c.anchor.isEmpty()) {
            return Optional.of(unresolved(Precision.DAY, m.start(), m.end(), m.group()));
        }
        int offset = switch (m.group("rdp")) {
            case "昨" -> -1;
            case "前" -> -2;
            case "明" -> 1;
            default -> 0;
        };
        int d = Integer.parseInt(m.group("d"));
        LocalDate a = c.anchor.get();
        LocalDate guess = a.plusDays(offset);
        if (guess.getDayOfMonth() != d) {
            LocalDate best = null;
            for (LocalDate month : List.of(a.minusMonths(1), a, a.plusMonths(1))) {
                if (d <= month.lengthOfMonth()) {
                    LocalDate x = month.withDayOfMonth(d);
                    if (best == null || Math.abs(x.toEpochDay() - a.toEpochDay()) < Math.abs(best.toEpochDay() - a.toEpochDay())) {
                        best = x;
                    }
                }
            }
            guess = best == null ? guess : best;
        }
        return Optional.of(day(guess, true, m.start(), m.end(), m.group()));
    }

    private static Optional<TimeValue> weekday(Matcher m, Context c) {
        String rw = group(m, "rw");
        boolean english = Character.isLetter(m.group("wd").charAt(0)) && m.group("wd").charAt(0) < 128;
        int b = english && "on".equalsIgnoreCase(rw) ? m.start("wd") : m.start();
        String surface = text(m, b, m.end());
        if (c.anchor.isEmpty()) {
            return Optional.of(unresolved(Precision.DAY, b, m.end(), surface));
        }
        int cn = "一二三四五六日天".indexOf(m.group("wd"));
        DayOfWeek dow = english ? DayOfWeek.valueOf(m.group("wd").toUpperCase(Locale.ROOT))
                : DayOfWeek.of(cn >= 6 ? 7 : cn + 1);
        LocalDate a = c.anchor.get();
        LocalDate monday = a.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        String key = rw == null ? "" : rw.toLowerCase(Locale.ROOT);
        LocalDate d = switch (key) {
            case "本", "这", "這", "this" -> monday.plusDays(dow.getValue() - 1L);
            case "上" -> monday.minusWeeks(1).plusDays(dow.getValue() - 1L);
            case "下" -> monday.plusWeeks(1).plusDays(dow.getValue() - 1L);
            case "last" -> a.with(TemporalAdjusters.previous(dow));
            case "next" -> a.with(TemporalAdjusters.next(dow));
            default -> a.with(TemporalAdjusters.previousOrSame(dow));
        };
        return Optional.of(day(d, true, b, m.end(), surface));
    }

    private static Optional<TimeValue> week(Matcher m, Context c) {
        if (c.anchor.isEmpty()) {
            return Optional.of(unresolved(Precision.WEEK, m.start(), m.end(), m.group()));
        }
        int offset = switch (group(m, "rw").toLowerCase(Locale.ROOT)) {
            case "上", "last" -> -1;
            case "下", "next" -> 1;
            default -> 0;
        };
        LocalDate monday = c.anchor.get().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(offset);
        String canonical = String.format(Locale.ROOT, "%04d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR),
                monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        return Optional.of(span(Precision.WEEK, canonical, monday, monday.plusDays(6), true, false,
                m.start(), m.end(), m.group()));
    }

    private static Optional<TimeValue> relativeMonth(Matcher m, Context c) {
        String part = group(m, "pm") != null ? group(m, "pm") : group(m, "pe");
        if (c.anchor.isEmpty()) {
            return Optional.of(unresolved(part == null ? Precision.MONTH : Precision.PART_OF_MONTH,
                    m.start(), m.end(), m.group()));
        }
        String rm = group(m, "rm");
        int offset = switch (rm == null ? "" : rm.toLowerCase(Locale.ROOT)) {
            case "上", "last" -> -1;
            case "下", "next" -> 1;
            default -> 0;
        };
        YearMonth ym = YearMonth.from(c.anchor.get()).plusMonths(offset);
        if (group(m, "d") != null) {
            int d = Integer.parseInt(group(m, "d"));
            return d > ym.lengthOfMonth() ? Optional.empty() : Optional.of(day(ym.atDay(d), true, m.start(), m.end(), m.group()));
        }
        return Optional.of(part == null ? month(ym, true, m.start(), m.end(), m.group())
                : partOfMonth(ym, part, true, m.start(), m.end(), m.group()));
    }

    /** "三年前", "two years ago", "a decade ago": the anchor's year less that many, to the year. */
    private static Optional<TimeValue> yearsAgo(Matcher m, Context c) {
        if (c.anchor.isEmpty()) {
            return Optional.of(unresolved(Precision.YEAR, m.start(), m.end(), m.group()));
        }
        String n = group(m, "ago").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceAll(" years$", "");
        int years = Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : n.equals("a decade") ? 10
                : List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten").indexOf(n) + 1;
        if (years <= 0) {
            years = ChineseNumerals.parse(n).map(java.math.BigDecimal::intValue).orElse(0);
        }
        return years <= 0 ? Optional.empty()
                : Optional.of(year(c.anchor.get().getYear() - years, true, false, m.start(), m.end(), m.group()));
    }

    private static Optional<TimeValue> relativeYearEnglish(Matcher m, Context c) {
        if (c.anchor.isEmpty()) {
            return Optional.of(unresolved(precisionOf(m), m.start(), m.end(), m.group()));
        }
        int offset = switch (group(m, "rye").toLowerCase(Locale.ROOT)) {
            case "last" -> -1;
            case "next" -> 1;
            default -> 0;
        };
        return Optional.ofNullable(spec(m, c.anchor.get().getYear() + offset, true, m.start(), m.end(), m.group()));
    }

    /** Chinese future words in the clause before a date ("将于", "预计"). */
    private static final Pattern FUTURE_ZH = Pattern.compile(FUTURE);

    /** The quarter a match names (1 to 4: "Q3", "第三季度", "the third quarter"), or 0 when it names none. */
    private static int quarter(Matcher m) {
        String q = group(m, "q") != null ? group(m, "q") : group(m, "eq");
        if (q == null) {
            return 0;
        }
        return Character.isDigit(q.charAt(0)) ? Integer.parseInt(q)
                : group(m, "eq") != null ? List.of("first", "second", "third", "fourth").indexOf(q.toLowerCase(Locale.ROOT)) + 1
                : "首".equals(q) ? 1 : "一二三四".indexOf(q) + 1;
    }

    /**
     * "第三季度" or "the third quarter" without a year: the quarter of the anchor's year, or of the year before when the
     * quarter has not begun by the anchor and no word before it puts it in the future (a February article's "第四季度营收"
     * is last year's).
     */
    private static Optional<TimeValue> quarterNearAnchor(Matcher m, Context c) {
        if (c.anchor.isEmpty()) {
            return Optional.of(unresolved(Precision.PART_OF_YEAR, m.start(), m.end(), m.group()));
        }
        int year = c.anchor.get().getYear();
        int n = quarter(m);
        String clause = clauseBefore(c.text, m.start());
        if (LocalDate.of(year, 3 * n - 2, 1).isAfter(c.anchor.get()) && !FUTURE_ZH.matcher(clause).find()
                && !FUTURE_CLAUSE.matcher(clause).find()) {
            year--;
        }
        return Optional.ofNullable(spec(m, year, true, m.start(), m.end(), m.group()));
    }

    private static Optional<TimeValue> earlierLaterThisYear(Matcher m, Context c) {
        String rpy = group(m, "rpy");
        boolean earlier = rpy.equalsIgnoreCase("earlier") || rpy.startsWith("早") || rpy.equals("稍早");
        if (c.anchor.isEmpty()) {
            return Optional.of(unresolved(earlier ? Precision.YEAR : Precision.PART_OF_YEAR, m.start(), m.end(),
                    m.group()));
        }
        LocalDate a = c.anchor.get();
        if (earlier) {
            // Some time this year before the anchor: the year, not its early part (a November article's "earlier
            // this year" may be October). The year's own span, as the time node of that year is shared with every
            // other fact dated by it.
            return Optional.of(span(Precision.YEAR, String.valueOf(a.getYear()), a.withDayOfYear(1),
                    a.with(TemporalAdjusters.lastDayOfYear()), true, false, m.start(), m.end(), m.group()));
        }
        return Optional.of(span(Precision.PART_OF_YEAR, a.getYear() + "-later", a,
                a.with(TemporalAdjusters.lastDayOfYear()), true, false, m.start(), m.end(), m.group()));
    }

    // ---- the shared reading of year + month/day/part/season/half/quarter groups ----

    private static TimeValue spec(Matcher m, int year, boolean relative, int b, int e, String surface) {
        String mon = group(m, "mon");
        String mm = group(m, "m") != null ? group(m, "m")
                : group(m, "mh") != null ? ChineseNumerals.parse(group(m, "mh")).map(java.math.BigDecimal::toPlainString).orElse(null)
                : null;
        Integer month = mm != null ? Integer.valueOf(mm) : mon != null ? englishMonth(mon) : null;
        String d = group(m, "d");
        if (month != null && d != null) {
            try {
                return day(LocalDate.of(year, month, Integer.parseInt(d)), relative, b, e, surface);
            } catch (java.time.DateTimeException ex) {
                return null;
            }
        }
        String pm = group(m, "pm") != null ? group(m, "pm") : group(m, "pe");
        if (month != null && pm != null) {
            return partOfMonth(YearMonth.of(year, month), pm, relative, b, e, surface);
        }
        if (month != null) {
            return month(YearMonth.of(year, month), relative, b, e, surface);
        }
        String season = group(m, "season") != null ? group(m, "season") : group(m, "es");
        if (season != null) {
            return season(year, season.toLowerCase(Locale.ROOT), relative, b, e, surface);
        }
        String half = group(m, "half") != null ? (group(m, "half").equals("上") ? "1" : "2")
                : group(m, "eh") != null ? (group(m, "eh").equalsIgnoreCase("first") ? "1" : "2") : group(m, "hn");
        if (half != null) {
            LocalDate from = LocalDate.of(year, half.equals("1") ? 1 : 7, 1);
            return span(Precision.HALF_YEAR, year + "-H" + half, from, from.plusMonths(6).minusDays(1), relative, false,
                    b, e, surface);
        }
        int n = quarter(m);
        if (n > 0) {
            LocalDate from = LocalDate.of(year, 3 * n - 2, 1);
            return span(Precision.PART_OF_YEAR, year + "-Q" + n, from, from.plusMonths(3).minusDays(1), relative, false,
                    b, e, surface);
        }
        String py = group(m, "py") != null ? group(m, "py") : group(m, "pe") != null ? group(m, "pe") : group(m, "pe2");
        if (py != null) {
            return partOfYear(year, py, relative, b, e, surface);
        }
        return year(year, relative, group(m, "circa") != null, b, e, surface);
    }

    private static Precision precisionOf(Matcher m) {
        if (group(m, "m") != null || group(m, "mh") != null) {
            return group(m, "d") != null ? Precision.DAY : group(m, "pm") != null ? Precision.PART_OF_MONTH : Precision.MONTH;
        }
        if (group(m, "season") != null || group(m, "es") != null) {
            return Precision.SEASON;
        }
        if (group(m, "half") != null || group(m, "eh") != null) {
            return Precision.HALF_YEAR;
        }
        if (group(m, "q") != null || group(m, "py") != null || group(m, "eq") != null || group(m, "pe") != null
                || group(m, "pe2") != null) {
            return Precision.PART_OF_YEAR;
        }
        return Precision.YEAR;
    }

    private static TimeValue day(LocalDate d, boolean relative, int b, int e, String s) {
        return span(Precision.DAY, d.toString(), d, d, relative, false, b, e, s);
    }

    private static TimeValue month(YearMonth ym, boolean relative, int b, int e, String s) {
        return span(Precision.MONTH, ym.toString(), ym.atDay(1), ym.atEndOfMonth(), relative, false, b, e, s);
    }

    private static TimeValue partOfMonth(YearMonth ym, String part, boolean relative, int b, int e, String s) {
        String p = switch (part.toLowerCase(Locale.ROOT)) {
            case "初", "上旬", "early", "beginning", "start" -> "early";
            case "中旬", "mid", "middle" -> "mid";
            default -> "late";
        };
        int from = p.equals("early") ? 1 : p.equals("mid") ? 11 : 21;
        LocalDate to = p.equals("early") ? ym.atDay(10) : p.equals("mid") ? ym.atDay(20) : ym.atEndOfMonth();
        return span(Precision.PART_OF_MONTH, ym + "-" + p, ym.atDay(from), to, relative, false, b, e, s);
    }

    private static TimeValue season(int year, String season, boolean relative, int b, int e, String s) {
        String name;
        int firstMonth;
        switch (season) {
            case "春", "spring" -> { name = "spring"; firstMonth = 3; }
            case "夏", "summer" -> { name = "summer"; firstMonth = 6; }
            case "秋", "autumn", "fall" -> { name = "autumn"; firstMonth = 9; }
            default -> { name = "winter"; firstMonth = 12; }
        }
        LocalDate from = LocalDate.of(year, firstMonth, 1);
        return span(Precision.SEASON, year + "-" + name, from, from.plusMonths(3).minusDays(1), relative, false, b, e, s);
    }

    private static TimeValue partOfYear(int year, String part, boolean relative, int b, int e, String s) {
        String p = switch (part.toLowerCase(Locale.ROOT)) {
            case "初", "early", "beginning", "start" -> "start";
            case "中", "mid", "middle" -> "mid";
            default -> "end";
        };
        int firstMonth = p.equals("start") ? 1 : p.equals("mid") ? 5 : 9;
        LocalDate from = LocalDate.of(year, firstMonth, 1);
        return span(Precision.PART_OF_YEAR, year + "-" + p, from, from.plusMonths(4).minusDays(1), relative, false, b, e, s);
    }

    private static TimeValue year(int y, boolean relative, boolean circa, int b, int e, String s) {
        if (circa) {
            return span(Precision.YEAR, y + "-circa", LocalDate.of(y - 1, 1, 1), LocalDate.of(y + 1, 12, 31),
                    relative, true, b, e, s);
        }
        return span(Precision.YEAR, String.valueOf(y), LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), relative, false,
                b, e, s);
    }

    private static TimeValue span(Precision p, String canonical, LocalDate from, LocalDate to, boolean relative,
                                  boolean approximate, int b, int e, String s) {
        return new TimeValue(p, Optional.of(canonical), Optional.of(from), Optional.of(to), relative, true, b, e, s,
                approximate);
    }

    private static TimeValue unresolved(Precision p, int b, int e, String s) {
        return new TimeValue(p, Optional.empty(), Optional.empty(), Optional.empty(), true, false, b, e, s, false);
    }

    /** The named group's text, or null when it did not take part or the rule has no such group. */
    private static String group(Matcher m, String name) {
        return GROUPS.get(m.pattern()).contains(name) ? m.group(name) : null;
    }

    private static String text(Matcher m, int b, int e) {
        return m.group().substring(b - m.start(), e - m.start());
    }

    private static int englishMonth(String mon) {
        String three = mon.substring(0, 3).toLowerCase(Locale.ROOT);
        return "janfebmaraprmayjunjulaugsepoctnovdec".indexOf(three) / 3 + 1;
    }

    private static int chineseDigits(String s) {
        int v = 0;
        for (char ch : s.toCharArray()) {
            v = v * 10 + Math.max(0, "〇一二三四五六七八九".indexOf(ch == '零' ? '〇' : ch));
        }
        return v;
    }
}
