package dev.techshift.loader.values;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;

/** Reads the tab-separated test tables next to a test class; '#' lines are comments. */
final class Tsv {

    private Tsv() {}

    static Stream<String[]> rows(Class<?> near, String name) {
        try (InputStream in = near.getResourceAsStream(name)) {
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Arrays.stream(all.split("\n"))
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split("\t", -1))
                    .toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String slice(String text, int begin, int end) {
        int b = text.offsetByCodePoints(0, begin);
        return text.substring(b, text.offsetByCodePoints(b, end - begin));
    }
}
