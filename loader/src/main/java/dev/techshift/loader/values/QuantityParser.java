package dev.techshift.loader.values;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds amounts in text: counts, money, percentages, with how exact the source is (interim until wip/reader lands).
 * <pre>
 *   List&lt;Quantity&gt; q = QuantityParser.find("导致约1800人被裁员");
 *   q.get(0).unit();   // person
 * </pre>
 */
public final class QuantityParser {

    private static final String PRE = "(?<pre>约|約|大约|大約|将近|將近|接近|近|超过|超過|逾|多达|多達|高达|高達|不足|不到|"
            + "about |around |approximately |nearly |almost |more than |over |at least |up to |less than |fewer than |roughly )?";
    private static final String NUM = "(?<cur>US\\$|\\$|¥|€)?\\s?(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?"
            + "|(?<vague>数|數|几|幾)(?:十|百|千|万|萬)+|[一二三四五六七八九十两兩百千]+)";
    private static final String MULT = "\\s?(?<mult>万亿|萬億|亿|億|百万|百萬|千万|千萬|万|萬|千|million|billion|trillion|thousand)?";
    private static final String SUF = "(?<suf>多|余|餘|以上|\\+)?";
    private static final String UNIT = "\\s?(?<unit>%|％|percent|名|人|位|篇|个|個|项|項|家|款|小时|小時|美元|元|人民币|人民幣"
            + "|people|staff|employees|workers|jobs|roles|papers|academic papers|hours|chips|services)?"
            + "(?<noun>服务|服務|公司|产品|產品|芯片|客户|客戶|论文|論文|小时|小時)?";
    private static final Pattern P = Pattern.compile("(?<![\\d.,A-Za-z])" + PRE + NUM + MULT + SUF + UNIT
            + "(?:\\s?(?<range>到|至|-|–|~)\\s?(?<num2>\\d+(?:\\.\\d+)?)\\s?(?<unit2>%|％)?)?", Pattern.CASE_INSENSITIVE);

    private QuantityParser() {}

    /** Every amount in the text, in text order, with code-point offsets into it. */
    public static List<Quantity> find(String text) {
        List<Quantity> out = new ArrayList<>();
        Matcher m = P.matcher(text);
        while (m.find()) {
            Optional<Quantity> q = build(text, m);
            q.ifPresent(out::add);
        }
        return out;
    }

    private static Optional<Quantity> build(String text, Matcher m) {
        String num = m.group("num");
        boolean hasContext = m.group("pre") != null || m.group("cur") != null || m.group("mult") != null
                || m.group("suf") != null || m.group("unit") != null || m.group("noun") != null || m.group("vague") != null;
        if (!hasContext || num.matches("[一二三四五六七八九十两兩百千]+") && m.group("unit") == null && m.group("noun") == null) {
            return Optional.empty();
        }
        String unit = unit(m.group("cur"), m.group("unit"), m.group("noun"));
        BigDecimal mult = multiplier(m.group("mult"));
        int end = m.end();
        String surface = text.substring(m.start(), end).strip();
        int b = CodePoints.of(text, m.start());
        int e = b + surface.codePointCount(0, surface.length());
        if (m.group("vague") != null) {
            BigDecimal step = multiplier(num.substring(1).replace("萬", "万")).multiply(mult);
            return Optional.of(new Quantity(Quantity.Qualifier.VAGUE, Optional.empty(), Optional.of(step.multiply(BigDecimal.valueOf(2))),
                    Optional.of(step.multiply(BigDecimal.valueOf(9))), unit, b, e, surface));
        }
        BigDecimal v = number(num).multiply(mult).stripTrailingZeros();
        if (v.scale() < 0) {
            v = v.setScale(0);
        }
        if (m.group("num2") != null) {
            BigDecimal v2 = new BigDecimal(m.group("num2")).multiply(mult);
            return Optional.of(new Quantity(Quantity.Qualifier.RANGE, Optional.empty(), Optional.of(v), Optional.of(v2),
                    unit.isEmpty() && m.group("unit2") != null ? "percent" : unit, b, e, surface));
        }
        Quantity.Qualifier q = qualifier(m.group("pre"), m.group("suf"));
        return Optional.of(new Quantity(q, Optional.of(v), q == Quantity.Qualifier.AT_LEAST ? Optional.of(v) : Optional.empty(),
                q == Quantity.Qualifier.AT_MOST ? Optional.of(v) : Optional.empty(), unit, b, e, surface));
    }

    private static Quantity.Qualifier qualifier(String pre, String suf) {
        String p = pre == null ? "" : pre.strip().toLowerCase(Locale.ROOT);
        if (p.matches("约|約|大约|大約|about|around|approximately|roughly|将近|將近|接近|近|nearly|almost")) {
            return Quantity.Qualifier.APPROXIMATE;
        }
        if (p.matches("超过|超過|逾|more than|over|at least") || suf != null) {
            return Quantity.Qualifier.AT_LEAST;
        }
        if (p.matches("不足|不到|less than|fewer than|up to|多达|多達|高达|高達")) {
            return Quantity.Qualifier.AT_MOST;
        }
        return Quantity.Qualifier.EXACT;
    }

    private static String unit(String cur, String unit, String noun) {
        if (cur != null) {
            return cur.contains("$") ? "USD" : cur.equals("¥") ? "CNY" : "EUR";
        }
        String u = unit == null ? "" : unit.toLowerCase(Locale.ROOT);
        String n = noun == null ? "" : noun;
        if (u.matches("%|％|percent")) {
            return "percent";
        }
        if (u.matches("名|人|位|people|staff|employees|workers|jobs|roles") || n.matches("客户|客戶")) {
            return n.matches("客户|客戶") ? "customer" : "person";
        }
        if (u.matches("篇|papers|academic papers") || n.matches("论文|論文")) {
            return "paper";
        }
        if (u.matches("小时|小時|hours") || n.matches("小时|小時")) {
            return "hour";
        }
        if (u.matches("美元")) {
            return "USD";
        }
        if (u.matches("元|人民币|人民幣")) {
            return "CNY";
        }
        if (n.matches("服务|服務") || u.equals("services")) {
            return "service";
        }
        if (n.matches("芯片") || u.equals("chips")) {
            return "chip";
        }
        if (n.matches("公司") || u.equals("家")) {
            return "company";
        }
        if (n.matches("产品|產品")) {
            return "product";
        }
        return "";
    }

    private static BigDecimal multiplier(String mult) {
        if (mult == null || mult.isEmpty()) {
            return BigDecimal.ONE;
        }
        return switch (mult.toLowerCase(Locale.ROOT)) {
            case "十" -> BigDecimal.TEN;
            case "百" -> BigDecimal.valueOf(100);
            case "千", "thousand" -> BigDecimal.valueOf(1000);
            case "万", "萬" -> BigDecimal.valueOf(10_000);
            case "十万", "十萬" -> BigDecimal.valueOf(100_000);
            case "百万", "百萬", "million" -> BigDecimal.valueOf(1_000_000);
            case "千万", "千萬" -> BigDecimal.valueOf(10_000_000);
            case "亿", "億" -> BigDecimal.valueOf(100_000_000);
            case "十亿", "十億", "billion" -> BigDecimal.valueOf(1_000_000_000);
            case "万亿", "萬億", "trillion" -> new BigDecimal("1000000000000");
            default -> BigDecimal.ONE;
        };
    }

    private static BigDecimal number(String num) {
        if (num.matches("[\\d,.]+")) {
            return new BigDecimal(num.replace(",", ""));
        }
        long total = 0;
        long current = 0;
        for (char c : num.toCharArray()) {
            int d = "零一二三四五六七八九".indexOf(c);
            if (c == '两' || c == '兩') {
                d = 2;
            }
            if (d >= 0) {
                current = d;
            } else {
                long unit = c == '十' ? 10 : c == '百' ? 100 : 1000;
                total += (current == 0 ? 1 : current) * unit;
                current = 0;
            }
        }
        return BigDecimal.valueOf(total + current);
    }
}
