package dev.techshift.loader.values;

import static dev.techshift.loader.values.WordMatch.after;
import static dev.techshift.loader.values.WordMatch.afterExact;
import static dev.techshift.loader.values.WordMatch.alternation;
import static dev.techshift.loader.values.WordMatch.before;
import static dev.techshift.loader.values.WordMatch.cjkOnly;
import static dev.techshift.loader.values.WordMatch.englishUnit;
import static dev.techshift.loader.values.WordMatch.isCjk;
import static dev.techshift.loader.values.WordMatch.isLatinAlnum;
import static dev.techshift.loader.values.WordMatch.latinOnly;
import static dev.techshift.loader.values.WordMatch.nearestNoun;
import static dev.techshift.loader.values.WordMatch.skipSpaceBack;
import static dev.techshift.loader.values.WordMatch.toMap;

import dev.techshift.loader.Loader;
import dev.techshift.loader.LoaderOptions;
import dev.techshift.loader.values.Quantity.Qualifier;
import dev.techshift.loader.values.WordMatch.Hit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds the amounts in a sentence, with code-point offsets: counts, money, percentages and durations,
 * in Arabic or Chinese numerals, with scale words, units, currencies, qualifiers, ranges and vague
 * amounts. Its words come from {@code data/rules/values.json} ({@link ValueLexicon}); dates found by
 * {@link DateParser} and numerals inside set phrases (货比三家) are not amounts.
 * <pre>
 *   QuantityParser qp = new QuantityParser(options);
 *   qp.find("导致约1800人被裁员").get(0);   // APPROXIMATE 1800 person, "约1800人"
 * </pre>
 * A number counts as an amount only with something that says what it measures or how: a unit or
 * counter, a currency, a percent sign, a scale word or a qualifier; Chinese numerals need a unit,
 * currency or percent (so 一批, 两国, 三足鼎立 are not amounts), and a lone 一 (one) is never one.
 * English number words ("six-year", "two people") count only with a unit, currency or percent.
 * Ordinals (第二) and numbers glued to Latin letters (Trainium2, B2C, No.1) are skipped.
 * Vague amounts ("数百", "hundreds of") get the bounds from the lexicon (数百: 200..999). A stated bound beats
 * an approximation ("约三十多项" is at least 30), and "三成" / "一成八" are 30 and 18 percent, as are the staff
 * nouns' "两成员工" and "一成人力". Fractions are percentages: "a fifth of" 20, "三分之一" 33.3, "一半" 50.
 */
public final class QuantityParser {

    private static final String ARABIC = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";
    /** The numerals of a written fraction's parts: 三分之一, 十分之三. */
    private static final String SMALL = "[一二两兩三四五六七八九十]{1,2}";
    /**
     * An English fraction is a share only before "of" ("a fifth of its staff"), before "its"/"their" ("half its
     * workforce") or after "by" ("cut … by half").
     */
    private static final Pattern FRACTION_OF = Pattern.compile("^\\s+(?:of\\b|(?:its|their)\\s)", Pattern.CASE_INSENSITIVE);
    /** 亿, the scale after which a sum may go on in ten-thousands ("1亿2000万"). */
    private static final BigDecimal HUNDRED_MILLION = BigDecimal.valueOf(100_000_000);
    /**
     * The ten-thousands of a sum written after its 亿: "1亿2000万" (four digits at most, 万 right after), also with a
     * thousands separator ("1亿2,400万令吉").
     */
    private static final Pattern TEN_THOUSANDS_AFTER_YI = Pattern.compile("([1-9]\\d{0,3}|[1-9],\\d{3})[万萬]");
    /**
     * "半小时", "半個小時", "half an hour", "an hour and a half": a duration with no digit in it; "three and a half hours",
     * "2 and a half days": a count of hours or days and a half.
     */
    private static final Pattern HALF_HOUR = Pattern.compile("(?<![\\d〇零一二三四五六七八九十百千两兩个個])半(?:个|個)?(?:小时|小時|钟头|鐘頭)"
            + "|(?i:\\bhalf\\s+an\\s+hour\\b)|(?i:\\b(?<one>an|one)\\s+hour\\s+and\\s+a\\s+half\\b)"
            + "|(?i:\\b(?<count>\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s+and\\s+a\\s+half\\s+"
            + "(?<unit>hours|days)\\b)");
    /** "one in five", "two out of every three": a share written as a count in a count. */
    private static final Pattern ONE_IN = Pattern.compile("(?i)\\b(one|two|three|four|\\d{1,2})\\s+(?:in|out\\s+of)\\s+(?:every\\s+)?"
            + "(two|three|four|five|six|seven|eight|nine|ten|twenty|\\d{1,3})\\b");
    private static final Pattern FRACTION_BY = Pattern.compile("\\bby\\s+$", Pattern.CASE_INSENSITIVE);
    /** "the second half of the year" is a period, not a share. */
    private static final Pattern FRACTION_PERIOD = Pattern.compile("\\b(?:first|second|third|fourth|latter|last|next|other|back|front)\\s+$",
            Pattern.CASE_INSENSITIVE);

    private final ValueLexicon lex;
    private final Pattern core;
    private final Pattern connector;
    private final Pattern ordinalList = Pattern.compile("第[" + ChineseNumerals.CHARS + "\\d]+[、和与與及]\\s*$");

    /** A parser with the lexicon of the project found by {@link Loader#projectRoot()}. */
    public QuantityParser() {
        this(new LoaderOptions(Loader.projectRoot(), LoaderOptions.DEFAULT_BASE));
    }

    /** A parser with {@code data/rules/values.json} of the given project. */
    public QuantityParser(LoaderOptions options) {
        this(ValueLexicon.load(options.rules().resolve(ValueLexicon.FILE)));
    }

    public QuantityParser(ValueLexicon lexicon) {
        this.lex = lexicon;
        String vagueScale = "[十百千万萬亿億]+";
        this.core = Pattern.compile(
                "(?<pct>" + alternation(lex.percentBefore(), false) + ")(?=[" + ChineseNumerals.CHARS + "\\d])"
                + "|(?<vm>" + alternation(cjkOnly(lex.vagueMultipliers().keySet()), false) + ")(?<vs>" + vagueScale + ")"
                + "|(?<al>" + alternation(lex.atLeastBeforeScale(), false) + ")(?<as>[百千万萬亿億])"
                + "|(?i:\\b(?<vp>" + alternation(lex.vaguePlurals().keySet(), true) + "))"
                + "|(?i:\\b(?<vme>" + alternation(latinOnly(lex.vagueMultipliers().keySet()), true)
                + ")\\s+(?<vse>hundred|thousand|million|billion|dozen)\\b)"
                + "|(?i:\\b(?<dozen>a\\s+dozen)\\b)"
                + "|(?i:\\b(?<frac>" + alternation(latinOnly(lex.fractions().keySet()), true) + ")\\b)"
                + "|(?i:\\b(?<enw>" + compoundNumberWords() + "|" + alternation(lex.numberWords().keySet(), false) + ")\\b)"
                + "|(?<ar>" + ARABIC + ")"
                + "|(?<fraczh>" + alternation(cjkOnly(lex.fractions().keySet()), false) + ")"
                + "|(?<den>" + SMALL + ")分之(?<num>" + SMALL + ")"
                + "|(?<cn>[" + ChineseNumerals.CHARS + "]+)");
        this.connector = Pattern.compile("\\s*(?:" + alternation(lex.rangeConnectors(), true) + ")\\s*");
    }

    /**
     * "twenty-four", "Ninety-nine": a multiple of ten from twenty and a word under ten of the lexicon's number words,
     * joined by a hyphen, written before the single words so that the whole is read, not its last word.
     */
    private String compoundNumberWords() {
        List<String> tens = new ArrayList<>();
        List<String> units = new ArrayList<>();
        lex.numberWords().forEach((w, v) -> {
            int n = v.intValue();
            if (v.scale() <= 0 && n >= 20 && n < 100 && n % 10 == 0) {
                tens.add(w);
            } else if (n >= 1 && n <= 9) {
                units.add(w);
            }
        });
        return "(?:" + alternation(tens, false) + ")-(?:" + alternation(units, false) + ")";
    }

    /** One number with its scale, what follows it, and where it ends. */
    private static final class Num {
        int begin;
        int end;
        BigDecimal value;
        BigDecimal min;
        BigDecimal max;
        boolean vague;
        boolean chinese;
        boolean word;
        boolean hasScale;
        boolean percent;
        String currency;
        String unit;
        Qualifier suffix;
        Qualifier before;
        Qualifier after;
    }

    /** The amounts in {@code text}, in text order. */
    public List<Quantity> find(String text) {
        return find(text, DateParser.find(text, Optional.empty()));
    }

    /**
     * The amounts in {@code text}, in text order, given its dates as {@code DateParser.find(text, Optional.empty())}
     * reads them (or {@link DateParser.Readings#unanchored()}), which are not amounts.
     */
    /**
     * The currency a bare 元 stands for in an article ({@code currencies.bareYuan}): "鉅祥同日公布9月營收新台幣6.82億元…。
     * 今年前三季累計營收57.3億元" is Taiwanese news that names its currency once and then writes 元 alone, so where the
     * article writes one of the {@code marks} (新台幣, NT$) and none of the {@code unless} words (人民幣, RMB), a bare 元 is
     * that currency; elsewhere null (元 stays the yuan).
     */
    public String bareYuanCurrency(String articleText) {
        String t = Widths.fold(articleText);
        boolean marked = lex.bareYuanMarks().stream().anyMatch(t::contains);
        return marked && lex.bareYuanUnless().stream().noneMatch(t::contains) ? lex.bareYuanCurrency() : null;
    }

    /** The amounts of {@link #find(String, List)}, with a bare 元 read as {@code bareYuan} when that is not null. */
    public List<Quantity> find(String text, List<TimeValue> dates, String bareYuan) {
        List<Quantity> qs = find(text, dates);
        String yuan = lex.currenciesAfter().get("元");
        if (bareYuan == null || yuan == null) {
            return qs;
        }
        return qs.stream().map(q -> q.unit().equals(yuan) && q.surface().strip().endsWith("元")
                ? new Quantity(q.qualifier(), q.value(), q.min(), q.max(), bareYuan, q.begin(), q.end(), q.surface()) : q).toList();
    }

    /** A bare number of Arabic digits (thousands grouped by commas) standing alone before a space. */
    private static final Pattern PLAIN_COUNT = Pattern.compile("(?<![\\p{L}\\d.,$€£¥-])(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?= )");

    /**
     * {@code qs} (the amounts {@link #find} read in {@code text}) with the counts of products: a bare number written right
     * before the name of a product, one space between ({@code productStarts}: the code point where each product mention
     * of the text starts), counts its units ({@code units.productCount}): "signed a deal to supply 60,000 Haldr tags",
     * "agreed to supply 600 fry robots". An amount already read there without a unit ("about 150,000 home-energy hubs")
     * takes that unit; one with a unit of its own, or a number inside one of {@code dates} or another amount, is left as it is.
     */
    public List<Quantity> withProductCounts(String text, List<Quantity> qs, List<TimeValue> dates, Set<Integer> productStarts) {
        if (productStarts.isEmpty() || lex.productCountUnit().isEmpty()) {
            return qs;
        }
        String unit = lex.productCountUnit();
        List<Quantity> out = new ArrayList<>();
        for (Quantity q : qs) {
            boolean counts = q.unit().isEmpty() && productStarts.contains(q.end() + 1) && q.end() < text.codePointCount(0, text.length())
                    && text.codePointAt(text.offsetByCodePoints(0, q.end())) == ' ';
            out.add(counts ? new Quantity(q.qualifier(), q.value(), q.min(), q.max(), unit, q.begin(), q.end(), q.surface()) : q);
        }
        Matcher m = PLAIN_COUNT.matcher(text);
        while (m.find()) {
            int b = text.codePointCount(0, m.start());
            int e = b + text.codePointCount(m.start(), m.end());
            if (!productStarts.contains(e + 1) || qs.stream().anyMatch(q -> q.begin() < e && b < q.end())
                    || dates.stream().anyMatch(t -> t.begin() < e && b < t.end())) {
                continue;
            }
            BigDecimal v = new BigDecimal(m.group().replace(",", ""));
            out.add(new Quantity(Qualifier.EXACT, Optional.of(plain(v)), Optional.empty(), Optional.empty(), unit, b, e, m.group()));
        }
        out.sort(Comparator.comparingInt(Quantity::begin));
        return List.copyOf(out);
    }

    public List<Quantity> find(String text, List<TimeValue> dates) {
        List<int[]> skipped = dates.stream()
                .map(t -> new int[] {text.offsetByCodePoints(0, t.begin()), text.offsetByCodePoints(0, t.end())})
                .collect(Collectors.toCollection(ArrayList::new));
        for (String phrase : lex.notAmounts()) {
            for (int i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + 1)) {
                skipped.add(new int[] {i, i + phrase.length()});
            }
        }
        List<Quantity> out = new ArrayList<>();
        readApart(text, ONE_IN, this::oneIn, skipped, out);
        readApart(text, HALF_HOUR, this::halfHour, skipped, out);
        Matcher m = core.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            int[] skip = overlapping(skipped, m.start(), m.end());
            if (skip != null) {
                from = Math.max(skip[1], m.start() + 1);
                continue;
            }
            Optional<Num> q = read(text, m);
            if (q.isPresent() && keep(q.get())) {
                out.add(toQuantity(text, q.get()));
                from = q.get().end;
            } else {
                from = m.end();
            }
        }
        out.sort(Comparator.comparingInt(Quantity::begin));
        return List.copyOf(out);
    }

    /**
     * Amounts a pattern of their own reads ("one in five", "half an hour"), before the numbers: each match {@code read}
     * turns into an amount is added, with its qualifiers, and its span is skipped by the number reading.
     */
    private void readApart(String text, Pattern p, Function<Matcher, Optional<Num>> read, List<int[]> skipped, List<Quantity> out) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            if (overlapping(skipped, m.start(), m.end()) == null) {
                Optional<Num> n = read.apply(m);
                if (n.isPresent()) {
                    out.add(toQuantity(text, withQualifiers(text, n.get())));
                    skipped.add(new int[] {m.start(), m.end()});
                }
            }
        }
    }

    /** "one in five" as 20 percent; nothing when the first count is not smaller than the second. */
    private Optional<Num> oneIn(Matcher m) {
        BigDecimal num = count(m.group(1));
        BigDecimal den = count(m.group(2));
        if (num == null || den == null || den.signum() == 0 || num.compareTo(den) >= 0) {
            return Optional.empty();
        }
        Num n = matched(m);
        n.value = num.multiply(BigDecimal.valueOf(100)).divide(den, 1, java.math.RoundingMode.HALF_UP);
        n.percent = true;
        return Optional.of(n);
    }

    /** "半小时", "half an hour" as 0.5 hours, "an hour and a half" as 1.5, "three and a half hours" as 3.5. */
    private Optional<Num> halfHour(Matcher m) {
        Num n = matched(m);
        if (m.group("count") != null) {
            BigDecimal whole = count(m.group("count"));
            if (whole == null) {
                return Optional.empty();
            }
            n.value = whole.add(new BigDecimal("0.5"));
            n.unit = m.group("unit").toLowerCase(Locale.ROOT).startsWith("day") ? "day" : "hour";
            return Optional.of(n);
        }
        n.value = new BigDecimal(m.group("one") != null ? "1.5" : "0.5");
        n.unit = "hour";
        return Optional.of(n);
    }

    private static Num matched(Matcher m) {
        Num n = new Num();
        n.begin = m.start();
        n.end = m.end();
        return n;
    }

    private BigDecimal count(String word) {
        return Character.isDigit(word.charAt(0)) ? new BigDecimal(word) : lex.numberWords().get(word.toLowerCase(Locale.ROOT));
    }

    private static int[] overlapping(List<int[]> spans, int b, int e) {
        for (int[] s : spans) {
            if (s[0] < e && b < s[1]) {
                return s;
            }
        }
        return null;
    }

    private boolean keep(Num n) {
        if (n.unit != null && n.unit.isEmpty()) {
            return false;
        }
        boolean measured = n.unit != null || n.currency != null || n.percent;
        if (n.word) {
            return measured;
        }
        if (n.chinese) {
            return measured && (n.vague || n.min != null || n.hasScale || n.value.compareTo(BigDecimal.ONE) != 0);
        }
        return measured || n.hasScale || n.vague || n.before != null || n.after != null || n.suffix != null;
    }

    /** Reads the number at the core match and everything around it that belongs to it. */
    private Optional<Num> read(String text, Matcher m) {
        Num n = new Num();
        n.begin = m.start();
        if (m.group("pct") != null) {
            Matcher inner = core.matcher(text);
            if (!inner.find(m.end()) || inner.start() != m.end() || (inner.group("ar") == null && inner.group("cn") == null)) {
                return Optional.empty();
            }
            Optional<Num> rest = number(text, inner);
            rest.ifPresent(r -> {
                r.begin = m.start();
                r.percent = true;
                r.unit = null;
            });
            return rest.map(r -> withQualifiers(text, r));
        }
        if (isOrdinalOrGlued(text, m)) {
            return Optional.empty();
        }
        Optional<Num> first = number(text, m);
        if (first.isEmpty()) {
            return Optional.empty();
        }
        n = first.get();
        range(text, n);
        return Optional.of(withQualifiers(text, n));
    }

    private boolean isOrdinalOrGlued(String text, Matcher m) {
        int b = m.start();
        if (b > 0) {
            char p = text.charAt(b - 1);
            if (p == '第' || (p < 128 && (Character.isLetterOrDigit(p) || p == '.'))) {
                // "RM50 million": letters that are a currency sign do not glue the number to a word
                boolean currency = (Character.isLetter(p) || p == '.') && before(text, b, lex.currenciesBefore()) != null;
                return !currency && (m.group("ar") != null || m.group("cn") != null);
            }
            if (ordinalList.matcher(text.substring(Math.max(0, b - 8), b)).find()) {
                return true;
            }
        }
        return false;
    }

    /** The number at a core match with its scale, suffix, percent, currency and unit. */
    private Optional<Num> number(String text, Matcher m) {
        Num n = new Num();
        n.begin = m.start();
        n.end = m.end();
        if (m.group("vm") != null || m.group("vme") != null) {
            int[] mult = lex.vagueMultipliers().get(m.group("vm") != null ? m.group("vm") : m.group("vme").toLowerCase(Locale.ROOT));
            BigDecimal scale = m.group("vs") != null ? ChineseNumerals.parse(m.group("vs")).orElse(null)
                    : lex.scales().get(m.group("vse").toLowerCase(Locale.ROOT));
            if (mult == null || scale == null) {
                return Optional.empty();
            }
            n.vague = true;
            n.chinese = m.group("vm") != null;
            n.min = scale.multiply(BigDecimal.valueOf(mult[0]));
            n.max = upTo(scale, mult[1]);
        } else if (m.group("al") != null) {
            n.value = ChineseNumerals.parse(m.group("as")).orElseThrow();
            n.suffix = Qualifier.AT_LEAST;
            n.chinese = true;
            n.hasScale = true;
        } else if (m.group("vp") != null) {
            BigDecimal scale = lex.vaguePlurals().get(m.group("vp").toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
            if (scale == null) {
                return Optional.empty();
            }
            n.vague = true;
            n.min = scale.multiply(BigDecimal.valueOf(2));
            n.max = upTo(scale, 9);
        } else if (m.group("dozen") != null) {
            n.value = BigDecimal.valueOf(12);
            n.hasScale = true;
        } else if (m.group("frac") != null || m.group("fraczh") != null) {
            return fraction(text, m, n);
        } else if (m.group("den") != null) {
            Optional<BigDecimal> den = ChineseNumerals.parse(m.group("den"));
            Optional<BigDecimal> num = ChineseNumerals.parse(m.group("num"));
            if (den.isEmpty() || num.isEmpty() || den.get().signum() == 0 || num.get().compareTo(den.get()) >= 0) {
                return Optional.empty();
            }
            n.value = num.get().multiply(BigDecimal.valueOf(100)).divide(den.get(), 1, java.math.RoundingMode.HALF_UP);
            n.percent = true;
            n.chinese = true;
            return Optional.of(n);
        } else if (m.group("enw") != null) {
            n.value = Stream.of(m.group("enw").toLowerCase(Locale.ROOT).split("-"))
                    .map(w -> lex.numberWords().get(w)).reduce(BigDecimal.ZERO, BigDecimal::add);
            n.word = true;
        } else if (m.group("ar") != null) {
            n.value = new BigDecimal(m.group("ar").replace(",", ""));
        } else if (m.group("cn") != null) {
            String cn = m.group("cn");
            Optional<ChineseNumerals.Range> pair = ChineseNumerals.adjacentRange(cn);
            Optional<ChineseNumerals.Range> teens = pair.isPresent() ? Optional.empty()
                    : ChineseNumerals.tensAndSome(text, m.start(), m.end());
            if (pair.isPresent()) {
                n.min = pair.get().min();
                n.max = pair.get().max();
                n.hasScale = cn.length() > 2;
            } else if (teens.isPresent()) {
                // "十几名" 11-19, "二十几万" 210,000-299,999: an unstated digit after the tens
                n.min = teens.get().min();
                n.max = teens.get().max();
                n.vague = true;
                n.end = teens.get().end();
            } else {
                Optional<BigDecimal> v = ChineseNumerals.parse(cn);
                if (v.isEmpty()) {
                    return Optional.empty();
                }
                n.value = v.get();
                n.hasScale = cn.matches(".*[万萬亿億].*");
            }
            n.chinese = true;
        } else {
            return Optional.empty();
        }
        int at = n.end;
        if (n.value != null && !n.vague && (m.group("ar") != null || m.group("enw") != null)) {
            Hit<BigDecimal> scale = after(text, at, lex.scales());
            if (scale == null && m.group("ar") != null) {
                scale = glued(text, at, false);
            }
            if (scale == null && m.group("ar") != null && before(text, skipSpaceBack(text, n.begin), lex.currenciesBefore()) != null) {
                // "$61.4M", "€3B" in a results box: after a currency sign a capital scale letter is the scale too (without one
                // "4K" is a resolution and "7B" a model size)
                scale = glued(text, at, true);
            }
            if (scale != null) {
                n.value = n.value.multiply(scale.value());
                n.hasScale = true;
                at = scale.end();
                // "1亿2000万美元", "5亿3000万令吉" (as Malaysian and Singaporean Chinese news writes a sum): the ten-thousands
                // written after 亿 are part of the one figure, not a second number
                Matcher wan = scale.value().compareTo(HUNDRED_MILLION) == 0 && m.group("ar") != null
                        ? TEN_THOUSANDS_AFTER_YI.matcher(text).region(at, text.length()) : null;
                if (wan != null && wan.lookingAt()) {
                    n.value = n.value.add(new BigDecimal(wan.group(1).replace(",", "")).multiply(BigDecimal.valueOf(10_000)));
                    at = wan.end();
                }
            }
        }
        if (n.value != null && !n.hasScale && (m.group("ar") != null || m.group("cn") != null)) {
            int tenthsEnd = tenths(text, at);
            if (tenthsEnd > at) {
                String t = text.substring(at, tenthsEnd);
                // "一成八" 18, "一成半" 15
                int extra = t.endsWith("半") ? 5 : ChineseNumerals.digit(t.charAt(t.length() - 1));
                n.value = n.value.multiply(BigDecimal.TEN).add(BigDecimal.valueOf(Math.max(extra, 0)));
                n.percent = true;
                n.end = tenthsEnd;
                return Optional.of(n);
            }
        }
        Hit<Qualifier> suffix = afterExact(text, at, List.of("多", "余", "餘", "+", "-plus", "-odd"));
        if (suffix != null && n.value != null) {
            n.suffix = Qualifier.AT_LEAST;
            at = suffix.end();
            if (n.chinese || m.group("ar") != null) {
                Hit<BigDecimal> scale = after(text, at, lex.scales());
                if (scale != null && !scale.value().equals(BigDecimal.valueOf(12))) {
                    n.value = n.value.multiply(scale.value());
                    n.hasScale = true;
                    at = scale.end();
                }
            }
        }
        at = measure(text, n, at);
        n.end = at;
        if ("person".equals(n.unit) && !n.hasScale && m.group("ar") != null && m.group("ar").matches("\\d{1,3}(?:\\.\\d{3})+")) {
            // "over 5.000 people", as a writer used to dots between thousands puts it: people are counted whole
            n.value = new BigDecimal(m.group("ar").replace(".", ""));
        }
        return Optional.of(n);
    }

    /**
     * The top of "a few" / "数" of a scale: just under the next multiple of a power of ten ("数百" up to 999), but nine of a
     * dozen ("a few dozen" up to 108: a dozen is no decimal magnitude).
     */
    private static BigDecimal upTo(BigDecimal scale, int most) {
        return scale.compareTo(BigDecimal.valueOf(12)) == 0 ? scale.multiply(BigDecimal.valueOf(most))
                : scale.multiply(BigDecimal.valueOf(most + 1L)).subtract(BigDecimal.ONE);
    }

    /**
     * A letter of {@code gluedScales} written right after the number and before no letter or digit ("€200m", "1.2k"); with
     * {@code capital}, the letter written as a capital ("$61.4M").
     */
    private Hit<BigDecimal> glued(String text, int at, boolean capital) {
        for (Map.Entry<String, BigDecimal> g : lex.gluedScales().entrySet()) {
            String k = capital ? g.getKey().toUpperCase(Locale.ROOT) : g.getKey();
            int end = at + k.length();
            if (text.startsWith(k, at) && (end >= text.length() || !isLatinAlnum(text.charAt(end)))) {
                return new Hit<>(at, end, g.getValue());
            }
        }
        return null;
    }

    /**
     * A fraction word read as a percentage ("a fifth of its workforce" 20, "一半" 50). An English one counts only before
     * "of" or after "by", and not after an ordinal ("the second half of the year").
     */
    private Optional<Num> fraction(String text, Matcher m, Num n) {
        String word = m.group("frac") != null ? m.group("frac") : m.group("fraczh");
        BigDecimal v = lex.fractions().entrySet().stream()
                .filter(e -> e.getKey().replaceAll("\\s+", " ").equalsIgnoreCase(word.replaceAll("\\s+", " ")))
                .map(Map.Entry::getValue).findFirst().orElse(null);
        if (v == null) {
            return Optional.empty();
        }
        if (m.group("frac") != null) {
            String before = text.substring(Math.max(0, m.start() - 12), m.start());
            if (FRACTION_PERIOD.matcher(before).find()
                    || !(FRACTION_OF.matcher(text.substring(m.end())).find() || FRACTION_BY.matcher(before).find())) {
                return Optional.empty();
            }
        }
        n.value = v;
        n.percent = true;
        n.chinese = m.group("fraczh") != null;
        n.hasScale = true;
        return Optional.of(n);
    }

    /**
     * The end of a tenths word and an optional digit or 半 after {@code at} ("三成" 30%, "一成八" 18%, "一成半" 15%), or {@code at}
     * when there is none or the word is part of another ("二成立").
     */
    private int tenths(String text, int at) {
        for (String w : lex.percentTenths()) {
            if (text.startsWith(w, at)) {
                int e = at + w.length();
                if (e < text.length() && (ChineseNumerals.digit(text.charAt(e)) > 0 || text.charAt(e) == '半')) {
                    return e + 1;
                }
                if (e >= text.length() || !isCjk(text.charAt(e)) || "的以左上多之".indexOf(text.charAt(e)) >= 0
                        || lex.tenthsNouns().stream().anyMatch(noun -> text.startsWith(noun, e))) {
                    return e;
                }
            }
        }
        return at;
    }

    /** Percent, currency or unit after the number; returns the new end. */
    private int measure(String text, Num n, int at) {
        Hit<String> pct = after(text, at, toMap(lex.percentAfter()));
        if (pct != null) {
            n.percent = true;
            return pct.end();
        }
        Hit<String> cur = after(text, at, lex.currenciesAfter());
        if (cur != null) {
            n.currency = cur.value();
            return cur.end();
        }
        Hit<String> zh = after(text, at, lex.unitsZh());
        if (zh != null && isCjk(text.charAt(zh.begin()))) {
            n.unit = zh.value();
            int end = zh.end();
            // "7个多小时": 多/余 between a generic counter and a unit word is "more than" that many of the unit
            if ("item".equals(n.unit) && end < text.length() && "多余餘".indexOf(text.charAt(end)) >= 0) {
                Hit<String> unit = after(text, end + 1, lex.unitsZh());
                if (unit != null && unit.begin() == end + 1 && !"item".equals(unit.value()) && !unit.value().isEmpty()) {
                    n.unit = unit.value();
                    n.suffix = Qualifier.AT_LEAST;
                    return unit.end();
                }
            }
            // "3个半小时", "两个半月": 半 between a generic counter and a unit word adds half of the unit
            if ("item".equals(n.unit) && end < text.length() && text.charAt(end) == '半' && n.value != null) {
                Hit<String> unit = after(text, end + 1, lex.unitsZh());
                if (unit != null && unit.begin() == end + 1 && !"item".equals(unit.value()) && !unit.value().isEmpty()) {
                    n.unit = unit.value();
                    n.value = n.value.add(new BigDecimal("0.5"));
                    return unit.end();
                }
            }
            if ("item".equals(n.unit)) {
                Hit<String> noun = nearestNoun(text, end, lex.nouns());
                if (noun != null) {
                    n.unit = noun.value();
                }
            }
            return end;
        }
        if (before(text, skipSpaceBack(text, n.begin), lex.currenciesBefore()) != null) {
            return at;
        }
        Hit<String> en = englishUnit(text, at, lex.unitsEn(), lex.englishStopWords());
        if (en != null) {
            n.unit = en.value();
            return en.end();
        }
        String labelled = labelUnit(text, n.begin);
        if (labelled != null) {
            n.unit = labelled;
        }
        return at;
    }

    /**
     * A bare figure right after a label and its colon, as in a numbers box or a fact sheet ("Employees: 5,840",
     * "员工人数：5,840"), counts the label's unit (values.json {@code labels}); null when no label stands there.
     */
    private String labelUnit(String text, int begin) {
        int i = skipSpaceBack(text, begin);
        if (i == 0 || (text.charAt(i - 1) != ':' && text.charAt(i - 1) != '：')) {
            return null;
        }
        Hit<String> label = before(text, skipSpaceBack(text, i - 1), lex.labels());
        return label == null ? null : label.value();
    }

    /** "30% 到 40%", "3-5亿美元", "五到十倍", "between 30 and 40 percent". */
    private void range(String text, Num first) {
        if (first.vague || first.min != null || first.suffix != null) {
            return;
        }
        Matcher c = connector.matcher(text);
        c.region(first.end, text.length());
        if (!c.lookingAt()) {
            return;
        }
        String word = c.group().strip();
        if (word.equalsIgnoreCase("and") && !text.substring(Math.max(0, first.begin - 9), first.begin).toLowerCase(Locale.ROOT)
                .matches(".*\\bbetween\\s+$")) {
            return;
        }
        Matcher m = core.matcher(text);
        if (!m.find(c.end()) || m.start() != c.end() || (m.group("ar") == null && m.group("cn") == null)) {
            return;
        }
        if ((m.group("cn") != null) != first.chinese) {
            return;
        }
        Optional<Num> second = number(text, m);
        if (second.isEmpty() || second.get().value == null || second.get().suffix != null) {
            return;
        }
        Num s = second.get();
        if ((first.percent && !s.percent) || differ(first.currency, s.currency) || differ(first.unit, s.unit)) {
            // "同比增长12%至20.5亿元": a change of 12% to an amount, not a range from 12% to 2.05 billion
            return;
        }
        BigDecimal lo = first.value;
        if (!first.hasScale && s.hasScale && m.group("ar") != null) {
            BigDecimal raw = new BigDecimal(m.group("ar").replace(",", ""));
            if (raw.signum() != 0) {
                lo = lo.multiply(s.value.divide(raw));
            }
        }
        if (lo.compareTo(s.value) >= 0) {
            return;
        }
        first.min = lo;
        first.max = s.value;
        first.value = null;
        first.end = s.end;
        first.hasScale = first.hasScale || s.hasScale;
        first.percent = first.percent || s.percent;
        first.currency = first.currency != null ? first.currency : s.currency;
        first.unit = first.unit != null ? first.unit : s.unit;
    }

    private static boolean differ(String a, String b) {
        return a != null && b != null && !a.equals(b);
    }

    /** Qualifier words and currency signs before the number, qualifier words after it. */
    private Num withQualifiers(String text, Num n) {
        int b = skipSpaceBack(text, n.begin);
        Hit<String> cur = before(text, b, lex.currenciesBefore());
        if (cur != null) {
            n.currency = cur.value();
            n.begin = cur.begin();
            b = skipSpaceBack(text, n.begin);
        }
        Hit<Qualifier> q = before(text, b, lex.qualifiersBefore());
        if (q != null) {
            n.before = q.value();
            n.begin = q.begin();
        } else if (hedgedVerb(text, b) >= 0) {
            // "该中心目前约有400名员工", "团队约有260人", "排名第二的X約佔19%": a Chinese hedge before 有 or 占 hedges the
            // number; the amount starts at the number, so the verb stays a word the rules read. What is counted may
            // stand between: "目前约有员工430人", "约占员工总数的12%"
            Hit<Qualifier> hedge = before(text, hedgedVerb(text, b), lex.qualifiersBefore());
            if (hedge != null && isCjk(text.charAt(hedge.begin()))) {
                n.before = hedge.value();
            }
        }
        if (n.suffix == null || n.before == null) {
            Hit<Qualifier> a = after(text, n.end, lex.qualifiersAfter());
            if (a != null && !(a.value() == Qualifier.AT_LEAST && n.suffix != null)) {
                n.after = a.value();
                n.end = a.end();
            }
        }
        return n;
    }

    /** What a Chinese hedge may count before the number, after 有 or 占: "员工", "员工总数的", "全球员工的". */
    private static final java.util.regex.Pattern COUNTED = java.util.regex.Pattern.compile("[有占佔]\\p{IsHan}{0,6}?的?$");

    /**
     * Where 有 or 占 stands right before the number at {@code b}, or before at most six Han characters naming what is
     * counted ("约有员工430人", "约占员工总数的12%"); -1 when neither does.
     */
    private static int hedgedVerb(String text, int b) {
        if (b <= 0) {
            return -1;
        }
        if ("有占佔".indexOf(text.charAt(b - 1)) >= 0) {
            return b - 1;
        }
        java.util.regex.Matcher m = COUNTED.matcher(text.substring(Math.max(0, b - 8), b));
        return m.find() ? Math.max(0, b - 8) + m.start() : -1;
    }

    private Quantity toQuantity(String text, Num n) {
        Qualifier q;
        if (n.vague) {
            q = Qualifier.VAGUE;
        } else if (n.value == null) {
            q = Qualifier.RANGE;
        } else {
            Qualifier bound = n.suffix != null ? n.suffix : n.after != null && n.after != Qualifier.APPROXIMATE ? n.after : null;
            if (n.before != null && n.before != Qualifier.APPROXIMATE) {
                q = n.before;
            } else if (bound != null) {
                q = bound;
            } else {
                q = n.before != null ? n.before : n.after != null ? n.after : Qualifier.EXACT;
            }
        }
        Optional<BigDecimal> value = q == Qualifier.RANGE || q == Qualifier.VAGUE ? Optional.empty() : Optional.of(plain(n.value));
        Optional<BigDecimal> min = q == Qualifier.AT_LEAST ? value : Optional.ofNullable(n.min).map(QuantityParser::plain);
        Optional<BigDecimal> max = q == Qualifier.AT_MOST ? value : Optional.ofNullable(n.max).map(QuantityParser::plain);
        if (q == Qualifier.AT_LEAST || q == Qualifier.AT_MOST || q == Qualifier.APPROXIMATE || q == Qualifier.EXACT) {
            min = q == Qualifier.AT_LEAST ? min : Optional.empty();
            max = q == Qualifier.AT_MOST ? max : Optional.empty();
        }
        String unit = n.percent ? "percent" : n.currency != null ? n.currency : n.unit != null ? n.unit : "";
        int b = text.codePointCount(0, n.begin);
        int e = b + text.codePointCount(n.begin, n.end);
        return new Quantity(q, value, min, max, unit, b, e, text.substring(n.begin, n.end));
    }

    private static BigDecimal plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
