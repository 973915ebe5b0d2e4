package dev.techshift.loader.values;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.techshift.loader.Loader;
import dev.techshift.loader.LoaderOptions;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Both parsers on seeded random mixtures of the tokens they care about: no exception, offsets always hold. */
class RandomTextTest {

    private static final String[] TOKENS = {
        "1", "23", "1,000", "26.1", "2018", "2025", "年", "月", "日", "初", "下旬", "秋", "下半年", "%", "％", "到", "-",
        "约", "超过", "多达", "不足", "以上", "左右", "多", "数", "數", "百", "千", "万", "萬", "亿", "億", "十", "二", "两",
        "三", "人", "名", "篇", "个", "個", "小时", "美元", "元", "港元", "$", "US$", "€", " ", "  ", ",", "。", "第",
        "million", "billion", "about", "more than", "up to", "hundreds of", "a dozen", "people", "papers", "and",
        "between", "H2", "Q1", "in", "July", "March", "23,", "this week", "last year", "earlier this year", "今年",
        "去年", "昨日", "本週", "週", "周", "四", "一", "同年", "前后", "𠀀", "😀", "A", "B2C", "No.", "百分之"
    };

    @Test
    void randomMixturesNeverBreakTheParsers() {
        QuantityParser qp = new QuantityParser(new LoaderOptions(Loader.projectRoot(), LoaderOptions.DEFAULT_BASE));
        Random random = new Random(20250723L);
        int found = 0;
        for (int i = 0; i < 1000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = 1 + random.nextInt(12);
            for (int k = 0; k < n; k++) {
                sb.append(TOKENS[random.nextInt(TOKENS.length)]);
            }
            String text = sb.toString();
            List<Quantity> qs = qp.find(text);
            for (Quantity q : qs) {
                assertEquals(q.surface(), Tsv.slice(text, q.begin(), q.end()), text);
            }
            for (Optional<LocalDate> anchor : List.of(Optional.<LocalDate>empty(), Optional.of(LocalDate.of(2025, 7, 23)))) {
                int last = 0;
                for (TimeValue t : DateParser.find(text, anchor)) {
                    assertEquals(t.surface(), Tsv.slice(text, t.begin(), t.end()), text);
                    assertTrue(t.begin() >= last, "dates do not overlap: " + text);
                    last = t.end();
                    assertEquals(t.resolved(), t.canonical().isPresent(), text);
                }
            }
            found += qs.size();
        }
        assertTrue(found > 30, "the mixtures contain amounts: " + found);
    }
}
