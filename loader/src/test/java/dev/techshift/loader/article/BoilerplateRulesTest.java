package dev.techshift.loader.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.techshift.loader.Loader;
import dev.techshift.loader.LoaderOptions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BoilerplateRulesTest {

    private static final BoilerplateRules RULES = BoilerplateRules.load(
            new LoaderOptions(Loader.projectRoot(), LoaderOptions.DEFAULT_BASE).rules().resolve(BoilerplateRules.FILE));

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> out = new ArrayList<>();
        try (InputStream in = BoilerplateRulesTest.class.getResourceAsStream("boilerplate.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] c = line.split("\t");
                    out.add(Arguments.of(c[0], c[1]));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void classifies(String sentence, String expectedId) {
        assertEquals(expectedId, RULES.match(sentence).map(BoilerplateRules.Rule::id).orElse("-"), sentence);
    }

    @Test
    void everyPatternHasAnIdAndAComment() {
        assertTrue(RULES.rules().size() >= 5);
        RULES.rules().forEach(r -> assertTrue(!r.comment().isBlank(), r.id()));
    }

    @Test
    void aTrailerMarksEverythingAfterIt() {
        List<Sentence> marked = RULES.mark(new SentenceSplitter().split(
                "Real news. More news.\nDisclaimer:\nAnything here. And here."));
        assertEquals(List.of(false, false, true, true, true),
                marked.stream().map(Sentence::boilerplate).collect(Collectors.toList()));
    }

    @Test
    void badRuleFilesAreClearErrors(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("boilerplate.json");
        Files.writeString(f, "{\"patterns\": [{\"id\": \"x\", \"regex\": \"(unclosed\"}]}");
        String msg = assertThrows(IllegalArgumentException.class, () -> BoilerplateRules.load(f)).getMessage();
        assertTrue(msg.contains("pattern 0 ('x'): the regex is not valid"), msg);
        Files.writeString(f, "{\"patterns\": [{\"regex\": \"a\"}]}");
        msg = assertThrows(IllegalArgumentException.class, () -> BoilerplateRules.load(f)).getMessage();
        assertTrue(msg.contains("field 'id' must be a non-empty string"), msg);
        Files.writeString(f, "{\"patterns\": [\n  {\"id\": }]}");
        msg = assertThrows(IllegalArgumentException.class, () -> BoilerplateRules.load(f)).getMessage();
        assertTrue(msg.contains("line 2"), msg);
    }
}
