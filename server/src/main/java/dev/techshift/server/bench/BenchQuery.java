package dev.techshift.server.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A named SPARQL query to benchmark: a {@code .rq} file of the query library, or a built-in one.
 * <pre>
 *   List&lt;BenchQuery&gt; qs = BenchQuery.load(Path.of("queries"));
 * </pre>
 *
 * @param name the file name
 * @param text the query text
 */
public record BenchQuery(String name, String text) {

    /**
     * The {@code .rq} files under {@code dir} (sorted by path), or the built-in queries when there
     * are none. Queries with a SERVICE clause are left out: a benchmark makes no calls off the machine.
     */
    public static List<BenchQuery> load(Path dir) {
        List<BenchQuery> found = new ArrayList<>();
        if (dir != null && Files.isDirectory(dir)) {
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.filter(f -> f.toString().endsWith(".rq")).sorted().toList()) {
                    found.add(new BenchQuery(dir.relativize(p).toString(), Files.readString(p, StandardCharsets.UTF_8)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read the queries in " + dir + ": " + e.getMessage(), e);
            }
        }
        if (found.isEmpty()) {
            found.addAll(builtIn());
        }
        return found.stream().filter(q -> !q.usesService()).toList();
    }

    /** The built-in benchmark queries (server resources {@code techshift/bench/}). */
    public static List<BenchQuery> builtIn() {
        List<BenchQuery> qs = new ArrayList<>();
        for (String line : resource("index.txt").lines().toList()) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                qs.add(new BenchQuery(name, resource(name)));
            }
        }
        return qs;
    }

    /** True when the query calls another endpoint. */
    public boolean usesService() {
        return text.lines().map(String::strip).filter(l -> !l.startsWith("#"))
                .anyMatch(l -> l.toUpperCase(java.util.Locale.ROOT).matches(".*\\bSERVICE\\s*[<?$].*"));
    }

    private static String resource(String name) {
        try (InputStream in = BenchQuery.class.getClassLoader().getResourceAsStream("techshift/bench/" + name)) {
            if (in == null) {
                throw new IllegalStateException("The built-in benchmark query " + name + " is missing from the jar.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
