package dev.techshift.loader.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> out = new ArrayList<>();
        try (InputStream in = SentenceSplitterTest.class.getResourceAsStream("sentences.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                out.add(Arguments.of(cols[0].replace("\\n", "\n"), List.of(cols[1].split(" \\| "))));
            }
        }
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void splits(String input, List<String> expected) {
        List<Sentence> got = splitter.split(input);
        assertEquals(expected, got.stream().map(Sentence::text).collect(Collectors.toList()));
        Article a = TestArticles.of(input, got);
        for (Sentence s : got) {
            assertEquals(s.text(), a.slice(s.begin(), s.end()), "sentence " + s.index());
        }
    }

    @Test
    void offsetsCountCodePointsPastExtensionBAndEmoji() {
        String text = "𠀀😀 Intro line\n𠀀𠀁说明。😀好的。\nEnd 🎉. Next one.";
        List<Sentence> ss = splitter.split(text);
        assertEquals(List.of("𠀀😀 Intro line", "𠀀𠀁说明。", "😀好的。", "End 🎉.", "Next one."),
                ss.stream().map(Sentence::text).collect(Collectors.toList()));
        assertEquals(0, ss.get(0).begin());
        assertEquals(13, ss.get(0).end());
        assertEquals(14, ss.get(1).begin());
        assertEquals(19, ss.get(1).end());
        assertEquals(19, ss.get(2).begin());
        assertEquals(23, ss.get(2).end());
        assertEquals(24, ss.get(3).begin());
        Article a = TestArticles.of(text, ss);
        for (Sentence s : ss) {
            assertEquals(s.text(), a.slice(s.begin(), s.end()));
            assertEquals(s.text().codePointCount(0, s.text().length()), s.end() - s.begin());
        }
    }

    @Test
    void aRoundsLetterEndsTheSentenceWhereAnInitialWouldNot() {
        List<Sentence> ss = splitter.split("Last month we closed a $7 million Series A. Northgate Capital led it. J. R. Okafor joined in May.");
        assertEquals(List.of("Last month we closed a $7 million Series A.", "Northgate Capital led it.", "J. R. Okafor joined in May."),
                ss.stream().map(Sentence::text).collect(Collectors.toList()));
    }

    @Test
    void languagePerSentence() {
        List<Sentence> ss = splitter.split("Amazon has closed its Shanghai AI lab\n雲計算領導者亞馬遜正陷入困境。\n"
                + "亚马逊云科技官网显示。\nAlphabet 旗下的谷歌週四宣佈,將向 AI 初創公司 Anthropic PBC 提供芯片。\n2025-07-23");
        assertEquals(List.of("en", "zh-Hant", "zh-Hans", "zh-Hant", "zh-Hant"),
                ss.stream().map(Sentence::language).collect(Collectors.toList()));
    }

    @Test
    void chineseSentenceHeavyWithLatinNamesStaysChinese() {
        List<Sentence> ss = splitter.split("韦某此前是Fabrikam的Principal Software Architect。\n"
                + "林某曾任Contoso Pharmaceuticals亞太區Senior Vice President。\nHe joined Fabrikam (法布) in 2021.");
        assertEquals(List.of("zh-Hans", "zh-Hant", "en"), ss.stream().map(Sentence::language).collect(Collectors.toList()));
    }

    @Test
    void randomTextsAlwaysSliceBack() {
        String[] tokens = {"。", "！", "?", "!", ".", "...", "…", "”", "」", ")", "“", " ", "\n", "\r\n", "　", "Mr.", "E.",
            "U.S.", "26.1%", "AI", "Amazon", "亚马逊", "雲計算", "𠀀", "😀", "The", "lab", "；", "e.g.", "Inc.長期"};
        java.util.Random random = new java.util.Random(42);
        for (int i = 0; i < 2000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(15); k >= 0; k--) {
                sb.append(tokens[random.nextInt(tokens.length)]);
            }
            String text = sb.toString().replace("\r\n", "\n");
            Article a = TestArticles.of(text, splitter.split(text));
            int last = 0;
            for (Sentence s : a.sentences()) {
                assertEquals(s.text(), a.slice(s.begin(), s.end()), text);
                assertFalse(s.text().isBlank() || s.text().contains("\n"), text);
                assertEquals(s.text(), s.text().strip(), text);
                assertTrue(s.begin() >= last, text);
                last = s.end();
            }
        }
    }

    @Test
    void emptyTextHasNoSentences() {
        assertEquals(List.of(), splitter.split(""));
        assertEquals(List.of(), splitter.split("\n \n\t\n"));
        assertFalse(splitter.split("x").isEmpty());
    }
}
