package dev.techshift.loader.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts text into sentences at 。！？!? and newlines, and at ". " before a capital (interim until wip/reader lands).
 * <pre>
 *   List&lt;Sentence&gt; s = new SimpleSplitter().split("A. B。");
 *   s.get(1).text();
 * </pre>
 */
final class SimpleSplitter {

    private static final Pattern BOILERPLATE = Pattern.compile(
            "免责声明|免責聲明|咨询财务顾问|咨询您的财务顾问|获取加密通讯|Wire helps|投资决策前|注:本文|风险和自由裁量权|不构成|招揽或要约|过往业绩");

    List<Sentence> split(String text) {
        int[] cps = text.codePoints().toArray();
        List<Sentence> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            boolean cut = c == '\n' || c == '。' || c == '！' || c == '？'
                    || ((c == '!' || c == '?') && (i + 1 == cps.length || Character.isWhitespace(cps[i + 1])))
                    || (c == '.' && i + 2 < cps.length && cps[i + 1] == ' ' && Character.isUpperCase(cps[i + 2])
                        && i > 0 && Character.isLowerCase(cps[i - 1]));
            if (cut) {
                int end = c == '\n' ? i : i + 1;
                // keep a closing quote with its sentence
                while (end < cps.length && (cps[end] == '”' || cps[end] == '"' || cps[end] == '’')) {
                    end++;
                    i++;
                }
                add(out, cps, start, end);
                start = i + 1;
            }
        }
        add(out, cps, start, cps.length);
        return out;
    }

    private static void add(List<Sentence> out, int[] cps, int start, int end) {
        while (start < end && Character.isWhitespace(cps[start])) {
            start++;
        }
        while (end > start && Character.isWhitespace(cps[end - 1])) {
            end--;
        }
        if (end <= start) {
            return;
        }
        String s = new String(cps, start, end - start);
        out.add(new Sentence(out.size(), start, end, s, language(s), BOILERPLATE.matcher(s).find()));
    }

    private static String language(String s) {
        long han = s.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
        if (han == 0) {
            return "en";
        }
        String simple = com.github.houbb.opencc4j.util.ZhConverterUtil.toSimple(s);
        return simple.equals(s) ? "zh-Hans" : "zh-Hant";
    }
}
