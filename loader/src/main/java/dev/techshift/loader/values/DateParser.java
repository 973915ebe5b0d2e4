package dev.techshift.loader.values;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates in text at the precision given, resolving relative ones against an anchor (interim until wip/reader lands).
 * <pre>
 *   List&lt;TimeValue&gt; t = DateParser.find("2018年秋成立", Optional.empty());
 *   t.get(0).canonical();   // Optional[2018-autumn]
 * </pre>
 */
public final class DateParser {

    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
    private static final Pattern P = Pattern.compile(
            "(?<iso>(?<iy>(?:19|20)\\d{2})-(?<im>\\d{2})-(?<id>\\d{2}))"
            + "|(?<cy>(?:19|20)\\d{2})\\s*年\\s*(?:(?<cm>\\d{1,2})\\s*月\\s*(?:(?<cd>\\d{1,2})\\s*[日号號]|(?<cpm>初|中旬|上旬|下旬|中|底|末))?"
            + "|(?<ch>上半年|下半年)|(?<cs>春|夏|秋|冬)(?:季|天)?|(?<cpy>初|底|末|年初|年底))?"
            + "|(?<hy>(?:19|20)\\d{2})\\s*(?<hh>上半年|下半年)"
            + "|(?<rel>今年|去年|明年)(?:(?<rm>\\d{1,2})\\s*月(?:(?<rd>\\d{1,2})\\s*[日号號])?|(?<rh>上半年|下半年)|(?<rpy>初|底))?"
            + "|(?<md>\\d{1,2})\\s*月\\s*(?:(?<mdd>\\d{1,2})\\s*[日号號]|(?<mpm>初|上旬|中旬|下旬|底))"
            + "|(?<yd>昨日|昨天|前天|今天|今日)"
            + "|(?<wk>本週|本周|上週|上周|上星期|本星期)?(?<wd>週|周|星期)(?<wdn>[一二三四五六日天])"
            + "|(?<en>(?<enm>" + MONTHS + ")\\s+(?:(?<end>\\d{1,2}),?\\s+)?(?<eny>(?:19|20)\\d{2}))"
            + "|(?<enr>earlier this year|this year|last year|early this year)"
            + "|(?<![\\d.,$-])(?<ey>(?:19|20)\\d{2})(?![\\d%,.]\\d|年|\\s*年|-)");

    private DateParser() {}

    /** Every date in the text, in text order; relative dates resolve only when {@code anchor} is present. */
    public static List<TimeValue> find(String text, Optional<LocalDate> anchor) {
        List<TimeValue> out = new ArrayList<>();
        Matcher m = P.matcher(text);
        while (m.find()) {
            int b = CodePoints.of(text, m.start());
            String surface = m.group();
            int e = b + surface.codePointCount(0, surface.length());
            out.add(build(m, anchor, b, e, surface));
        }
        return out;
    }

    private static TimeValue build(Matcher m, Optional<LocalDate> anchor, int b, int e, String s) {
        if (m.group("iso") != null) {
            return day(LocalDate.of(i(m, "iy"), i(m, "im"), i(m, "id")), false, b, e, s);
        }
        if (m.group("cy") != null) {
            return absolute(i(m, "cy"), m.group("cm"), m.group("cd"), m.group("cpm"), m.group("ch"), m.group("cs"), m.group("cpy"), false, b, e, s);
        }
        if (m.group("hy") != null) {
            return absolute(i(m, "hy"), null, null, null, m.group("hh"), null, null, false, b, e, s);
        }
        if (m.group("en") != null) {
            int month = List.of(MONTHS.split("\\|")).indexOf(m.group("enm")) + 1;
            return absolute(i(m, "eny"), String.valueOf(month), m.group("end"), null, null, null, null, false, b, e, s);
        }
        if (m.group("ey") != null) {
            return absolute(i(m, "ey"), null, null, null, null, null, null, false, b, e, s);
        }
        if (anchor.isEmpty()) {
            return new TimeValue(precision(m), Optional.empty(), Optional.empty(), Optional.empty(), true, false, b, e, s);
        }
        LocalDate a = anchor.get();
        if (m.group("rel") != null) {
            int y = a.getYear() + (m.group("rel").equals("去年") ? -1 : m.group("rel").equals("明年") ? 1 : 0);
            return absolute(y, m.group("rm"), m.group("rd"), null, m.group("rh"), null, m.group("rpy"), true, b, e, s);
        }
        if (m.group("md") != null) {
            return absolute(a.getYear(), m.group("md"), m.group("mdd"), m.group("mpm"), null, null, null, true, b, e, s);
        }
        if (m.group("yd") != null) {
            int back = switch (m.group("yd")) { case "昨日", "昨天" -> 1; case "前天" -> 2; default -> 0; };
            return day(a.minusDays(back), true, b, e, s);
        }
        if (m.group("wd") != null) {
            int dow = "一二三四五六日".indexOf(m.group("wdn").replace("天", "日")) + 1;
            LocalDate d = a.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(dow - 1L);
            if (m.group("wk") != null && m.group("wk").startsWith("上")) {
                d = d.minusWeeks(1);
            }
            return day(d, true, b, e, s);
        }
        String r = m.group("enr").toLowerCase(Locale.ROOT);
        int y = a.getYear() - (r.startsWith("last") ? 1 : 0);
        return absolute(y, null, null, null, null, null, r.contains("earl") ? "初" : null, true, b, e, s);
    }

    private static TimeValue.Precision precision(Matcher m) {
        if (m.group("yd") != null || m.group("wd") != null || m.group("rd") != null || m.group("mdd") != null) {
            return TimeValue.Precision.DAY;
        }
        if (m.group("rm") != null || m.group("md") != null) {
            return m.group("mpm") != null ? TimeValue.Precision.PART_OF_MONTH : TimeValue.Precision.MONTH;
        }
        return m.group("enr") != null && m.group("enr").contains("earl") ? TimeValue.Precision.PART_OF_YEAR : TimeValue.Precision.YEAR;
    }

    private static TimeValue absolute(int y, String month, String dayOfMonth, String partOfMonth, String half, String season,
                                      String partOfYear, boolean relative, int b, int e, String s) {
        if (month != null) {
            YearMonth ym = YearMonth.of(y, Integer.parseInt(month));
            if (dayOfMonth != null) {
                return day(ym.atDay(Integer.parseInt(dayOfMonth)), relative, b, e, s);
            }
            if (partOfMonth != null) {
                String part = partOfMonth.matches("初|上旬") ? "early" : partOfMonth.matches("中|中旬") ? "mid" : "late";
                int from = part.equals("early") ? 1 : part.equals("mid") ? 11 : 21;
                LocalDate to = part.equals("early") ? ym.atDay(10) : part.equals("mid") ? ym.atDay(20) : ym.atEndOfMonth();
                return span(TimeValue.Precision.PART_OF_MONTH, ym + "-" + part, ym.atDay(from), to, relative, b, e, s);
            }
            return span(TimeValue.Precision.MONTH, ym.toString(), ym.atDay(1), ym.atEndOfMonth(), relative, b, e, s);
        }
        if (half != null) {
            boolean h1 = half.startsWith("上");
            return span(TimeValue.Precision.HALF_YEAR, y + (h1 ? "-H1" : "-H2"), LocalDate.of(y, h1 ? 1 : 7, 1),
                    h1 ? LocalDate.of(y, 6, 30) : LocalDate.of(y, 12, 31), relative, b, e, s);
        }
        if (season != null) {
            int idx = "春夏秋冬".indexOf(season);
            String name = new String[] {"spring", "summer", "autumn", "winter"}[idx];
            LocalDate from = LocalDate.of(y, 3 + 3 * idx, 1);
            LocalDate to = from.plusMonths(3).minusDays(1);
            return span(TimeValue.Precision.SEASON, y + "-" + name, from, to, relative, b, e, s);
        }
        if (partOfYear != null) {
            boolean early = partOfYear.contains("初");
            return span(TimeValue.Precision.PART_OF_YEAR, y + (early ? "-early" : "-late"), LocalDate.of(y, early ? 1 : 9, 1),
                    early ? LocalDate.of(y, 4, 30) : LocalDate.of(y, 12, 31), relative, b, e, s);
        }
        return span(TimeValue.Precision.YEAR, String.valueOf(y), LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), relative, b, e, s);
    }

    private static TimeValue day(LocalDate d, boolean relative, int b, int e, String s) {
        return span(TimeValue.Precision.DAY, d.toString(), d, d, relative, b, e, s);
    }

    private static TimeValue span(TimeValue.Precision p, String canonical, LocalDate from, LocalDate to, boolean relative,
                                  int b, int e, String s) {
        return new TimeValue(p, Optional.of(canonical), Optional.of(from), Optional.of(to), relative, true, b, e, s);
    }

    private static int i(Matcher m, String g) {
        return Integer.parseInt(m.group(g));
    }
}
