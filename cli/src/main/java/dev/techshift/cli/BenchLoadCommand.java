package dev.techshift.cli;

import dev.techshift.loader.BuildListener;
import dev.techshift.loader.BuildReport;
import dev.techshift.loader.Loader;
import dev.techshift.loader.LoaderOptions;
import dev.techshift.loader.Pipeline;
import dev.techshift.loader.article.Article;
import dev.techshift.loader.article.ArticleException;
import dev.techshift.loader.article.Sentence;
import dev.techshift.loader.store.StoreUpdater;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code kg bench load}: times the loader on one large synthetic article (the project's article texts repeated) with
 * the rule prefilter on and off in the same run, and checks that both give the same quads.
 * <pre>
 *   ./kg bench load
 *   ./kg bench load --size 20 --rounds 2
 * </pre>
 */
@Command(name = "load",
        mixinStandardHelpOptions = true,
        description = {
            "Builds one synthetic article from the texts in data/articles (each without its trailing boilerplate, repeated "
            + "in turn up to --size MB of UTF-8, with the first article's sidecar), in a temporary folder, and loads it into an in-memory dataset with the "
            + "rule prefilter on and then off (the same output, the prefilter only skips rule patterns that cannot match). "
            + "Prints characters and quads per second (wall clock and this thread's CPU time), peak heap, and the on/off "
            + "ratio, and whether both runs gave the same quads. The project's own articles are loaded first to warm up (--warmup)."
        },
        footer = {
            "%nExamples:",
            "  ./kg bench load                        a 1 MB article, once per mode",
            "  ./kg bench load --size 20 --rounds 2   the 20 MB article of BadInputTest's size, twice per mode",
            "  KG_JAVA_OPTS=-Xmx8g ./kg bench load --size 50",
            "%nExit codes: 0 the table was printed and both modes gave the same quads, 1 they differ or loading failed,",
            "            2 bad usage."
        })
public final class BenchLoadCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(names = "--size", paramLabel = "MB", defaultValue = "1",
            description = "Size of the synthetic article in MB of UTF-8 (default ${DEFAULT-VALUE}).")
    double size;

    @Option(names = "--rounds", defaultValue = "1", description = "Loads per mode, alternating on and off (default ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--warmup", defaultValue = "1",
            description = "Loads of the project's own articles per mode before timing, to warm up the JIT (default ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--data", paramLabel = "DIR",
            description = "The project root whose data/ is used (default: the project the kg launcher belongs to).")
    Path root;

    /** One timed load. */
    record Run(boolean prefilter, double wallSeconds, double cpuSeconds, long quads, long peakHeapBytes, long digest,
               int exitCode) {}

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (size <= 0 || rounds < 1 || warmup < 0) {
            err.println("kg bench load: --size must be above 0, --rounds at least 1 and --warmup at least 0.");
            return 2;
        }
        Path project = root == null ? Loader.projectRoot() : root.toAbsolutePath().normalize();
        Path tmp = null;
        try {
            tmp = Files.createTempDirectory("kg-bench-load");
            LoaderOptions seeds = new LoaderOptions(project, LoaderOptions.DEFAULT_BASE);
            Synthetic s = synthetic(seeds, tmp, (long) (size * 1_000_000));
            LoaderOptions big = new LoaderOptions(tmp, LoaderOptions.DEFAULT_BASE);
            out.printf(Locale.ROOT, "Synthetic article: %d article texts repeated in turn %d times, %.1f MB UTF-8, %,d characters.%n",
                    s.texts(), s.repeats(), s.bytes() / 1e6, s.chars());
            out.flush();
            for (int w = 0; w < warmup; w++) {
                for (boolean on : new boolean[] {true, false}) {
                    load(seeds, on);   // the JIT compiles the loader's hot code for both modes
                }
            }
            List<Run> runs = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                for (boolean on : new boolean[] {true, false}) {
                    Run run = load(big, on);
                    runs.add(run);
                    out.printf(Locale.ROOT, "  round %d, prefilter %-3s %8.1f s wall %8.1f s cpu%n", r + 1, on ? "on" : "off",
                            run.wallSeconds(), run.cpuSeconds());
                    out.flush();
                }
            }
            out.println();
            out.printf("%-14s %9s %9s %14s %14s %12s %12s %10s%n", "mode", "wall s", "cpu s", "chars/s wall",
                    "chars/s cpu", "quads", "quads/s cpu", "peak heap");
            Run on = best(runs, true);
            Run off = best(runs, false);
            for (Run r : List.of(on, off)) {
                out.printf(Locale.ROOT, "%-14s %9.2f %9.2f %,14.0f %,14.0f %,12d %,12.0f %7.0f MB%n",
                        r.prefilter() ? "prefilter on" : "prefilter off", r.wallSeconds(), r.cpuSeconds(),
                        s.chars() / r.wallSeconds(), s.chars() / r.cpuSeconds(), r.quads(), r.quads() / r.cpuSeconds(),
                        r.peakHeapBytes() / 1e6);
            }
            boolean same = runs.stream().allMatch(r -> r.quads() == on.quads() && r.digest() == on.digest());
            out.printf(Locale.ROOT, "%nratio on/off: %.2fx the characters per second by CPU time (%.2fx by wall clock); "
                            + "best of %d round(s) per mode.%n", off.cpuSeconds() / on.cpuSeconds(),
                    off.wallSeconds() / on.wallSeconds(), rounds);
            out.printf(Locale.ROOT, "same quads with the prefilter on and off: %s (%,d quads, digest %016x).%n",
                    same ? "yes" : "NO", on.quads(), on.digest());
            out.flush();
            boolean loaded = runs.stream().allMatch(r -> r.exitCode() == 0 || r.exitCode() == 3);
            return same && loaded ? 0 : 1;
        } catch (IOException | RuntimeException e) {
            err.println("kg bench load: " + e.getMessage());
            return 1;
        } finally {
            if (tmp != null) {
                delete(tmp);
            }
        }
    }

    private static Run best(List<Run> runs, boolean prefilter) {
        return runs.stream().filter(r -> r.prefilter() == prefilter).min(Comparator.comparingDouble(Run::cpuSeconds))
                .orElseThrow();
    }

    /** Loads every article of {@code o} into a fresh in-memory dataset and times it. */
    static Run load(LoaderOptions o, boolean prefilter) {
        Pipeline p = Pipeline.create(o, prefilter);
        List<Path> files = p.reader().list(o.articles());
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(b -> b.getType() == MemoryType.HEAP && b.isValid()).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        DatasetGraph dsg = DatasetGraphFactory.create();
        BuildReport report = new StoreUpdater(p).update(dsg, files, BuildListener.NONE);
        double wall = (System.nanoTime() - t0) / 1e9;
        double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
        long peak = heap.stream().mapToLong(b -> b.getPeakUsage().getUsed()).sum();
        long quads = 0;
        long digest = 0;
        for (var it = dsg.find(); it.hasNext(); ) {
            digest += hash(it.next());
            quads++;
        }
        return new Run(prefilter, wall, cpu, quads, peak, digest, report.exitCode());
    }

    /** A 64-bit FNV-1a hash of the quad's N-Quads terms; summed over quads it does not depend on their order. */
    private static long hash(Quad q) {
        long h = 0xcbf29ce484222325L;
        for (var n : new org.apache.jena.graph.Node[] {q.getSubject(), q.getPredicate(), q.getObject(), q.getGraph()}) {
            String s = NodeFmtLib.strNT(n);
            for (int i = 0; i < s.length(); i++) {
                h = (h ^ s.charAt(i)) * 0x100000001b3L;
            }
            h = (h ^ ' ') * 0x100000001b3L;
        }
        return h;
    }

    record Synthetic(int texts, int repeats, long bytes, long chars) {}

    /**
     * Writes {@code tmp/data/articles/900_synthetic.txt}: the article texts of {@code seeds} (up to their last sentence
     * that is not boilerplate) one after the other,
     * again and again, until {@code target} bytes; registry, links and rules are linked from the project.
     */
    static Synthetic synthetic(LoaderOptions seeds, Path tmp, long target) throws IOException {
        Path data = Files.createDirectories(tmp.resolve("data"));
        for (String d : List.of("entities", "links", "rules")) {
            Path from = seeds.root().resolve("data").resolve(d);
            if (Files.exists(from)) {
                Files.createSymbolicLink(data.resolve(d), from);
            }
        }
        Path articles = Files.createDirectories(data.resolve("articles"));
        List<Path> texts;
        try (Stream<Path> s = Files.list(seeds.articles())) {
            texts = s.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("no article text in " + seeds.articles());
        }
        // Each text without its trailing boilerplate (a disclaimer heading marks every sentence after it), which
        // would otherwise mark all the repetitions after the first as boilerplate and leave nothing to extract.
        Pipeline reader = Pipeline.create(seeds);
        List<String> bodies = new ArrayList<>();
        for (Path t : texts) {
            Article a;
            try {
                a = reader.reader().read(t);
            } catch (ArticleException e) {
                continue;
            }
            int end = 0;
            for (Sentence s : a.sentences()) {
                if (!s.boilerplate()) {
                    end = s.end();
                }
            }
            String body = a.slice(0, end).strip();
            if (!body.isEmpty()) {
                bodies.add(body + "\n\n");
            }
        }
        if (bodies.isEmpty()) {
            throw new IllegalArgumentException("no article text in " + seeds.articles() + " has anything but boilerplate");
        }
        StringBuilder sb = new StringBuilder();
        long bytes = 0;
        int repeats = 0;
        while (bytes < target) {
            for (String b : bodies) {
                sb.append(b);
                bytes += b.getBytes(StandardCharsets.UTF_8).length;
            }
            repeats++;
        }
        Files.writeString(articles.resolve("900_synthetic.txt"), sb, StandardCharsets.UTF_8);
        Path sidecar = seeds.articles().resolve(texts.get(0).getFileName().toString().replaceFirst("\\.txt$", ".meta.json"));
        if (Files.exists(sidecar)) {
            Files.copy(sidecar, articles.resolve("900_synthetic.meta.json"));
        }
        return new Synthetic(bodies.size(), repeats, bytes, sb.codePointCount(0, sb.length()));
    }

    private static void delete(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder left behind is not worth failing the benchmark for
        }
    }
}
