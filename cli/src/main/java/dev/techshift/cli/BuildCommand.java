package dev.techshift.cli;

import dev.techshift.loader.ArticleReport;
import dev.techshift.loader.BuildListener;
import dev.techshift.loader.BuildReport;
import dev.techshift.loader.Loader;
import dev.techshift.loader.LoaderOptions;
import dev.techshift.server.store.LoaderStoreBuilder;
import dev.techshift.server.store.StoreBuilder;
import dev.techshift.server.store.StoreLayout;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kg build}: reads {@code data/}, extracts facts and writes them into the TDB2 store, article by article;
 * unchanged articles are skipped, so a re-run changes nothing.
 * <pre>
 *   ./kg build --dump out.nq
 *   ./kg build --store /tmp/store --base https://kg.example.org/
 * </pre>
 */
@Command(name = "build",
        mixinStandardHelpOptions = true,
        description = "Build or update the knowledge graph from data/: articles and sidecars, the entity registry "
                + "and the extraction rules. Each article is loaded in its own transaction; unchanged articles are "
                + "skipped, removed ones deleted, and a failing article leaves the others loaded.",
        footer = {
            "%nExamples:",
            "  ./kg build --dump out.nq",
            "      build ./store from ./data and write every quad, sorted, to out.nq",
            "  ./kg build --store /tmp/store --data ../other-project --dump out.trig",
            "      build another project's data into /tmp/store and dump it as TriG",
            "%nExit codes: 0 every article loaded, 1 some article failed (the others are loaded),",
            "            2 bad usage, 3 loaded with warnings (e.g. a missing sidecar, a duplicate article)."
        })
public final class BuildCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--store", paramLabel = "DIR", description = "The store folder: TDB2 generations and a pointer to the served one (default: ./store).")
    Path store = Path.of("store");

    @Option(names = "--dump", paramLabel = "FILE",
            description = "Also write the whole dataset, sorted: N-Quads, or TriG when FILE ends in .trig.")
    Path dump;

    @Option(names = "--base", paramLabel = "IRI", description = "The base of every minted IRI (default: ${DEFAULT-VALUE}).")
    String base = LoaderOptions.DEFAULT_BASE;

    @Option(names = "--data", paramLabel = "DIR",
            description = "The project root holding data/ (default: the project the kg launcher belongs to).")
    Path root;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LoaderOptions options;
        try {
            options = new LoaderOptions(root == null ? Loader.projectRoot() : root.toAbsolutePath().normalize(),
                    base.endsWith("/") ? base : base + "/");
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
        BuildReport report;
        try {
            // The store holds generations: this build writes the next one (starting from a copy of the
            // served one, so unchanged articles are skipped) and a running `kg serve` switches to it.
            StoreLayout layout = new StoreLayout(store);
            BuildReport[] built = new BuildReport[1];
            long[] dumpMillis = {-1};
            Path gen;
            if (System.console() != null) {
                try (ProgressBar bar = progressBar()) {
                    gen = layout.publish(dumping(LoaderStoreBuilder.of(options, new BuildListener() {
                        @Override
                        public void start(int articles) {
                            bar.maxHint(articles);
                        }

                        @Override
                        public void article(ArticleReport r) {
                            bar.setExtraMessage(r.stem());
                            bar.step();
                        }
                    }, r -> built[0] = r), dumpMillis), false);
                }
            } else {
                gen = layout.publish(dumping(LoaderStoreBuilder.of(options, plainProgress(err), r -> built[0] = r), dumpMillis), false);
            }
            report = built[0];
            if (dumpMillis[0] >= 0) {
                out.printf("Wrote %s (%s) in %d ms.%n", dump, gen.getFileName(), dumpMillis[0]);
            }
        } catch (RuntimeException e) {
            err.println("The build stopped: " + e.getMessage());
            err.flush();
            return 1;
        }
        printReport(report, out, err);
        out.flush();
        err.flush();
        return report.exitCode();
    }

    /**
     * Writes the dump from the new generation before it is published, so that a running server
     * never finds the generation still held open by this process.
     */
    private StoreBuilder dumping(StoreBuilder builder, long[] millis) {
        return StoreBuilder.of(builder::isStale, tdb -> {
            builder.build(tdb);
            if (dump != null) {
                long t0 = System.nanoTime();
                Loader.dump(Loader.openStore(tdb), dump);
                millis[0] = (System.nanoTime() - t0) / 1_000_000;
            }
        });
    }

    /** A progress bar on the terminal's stderr. */
    private static ProgressBar progressBar() {
        return new ProgressBarBuilder().setTaskName("articles").setInitialMax(-1)
                .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
                .setConsumer(new ConsoleProgressBarConsumer(System.err))
                .setUpdateIntervalMillis(200)
                .build();
    }

    /** When stderr is not a terminal: one plain line per article. */
    private static BuildListener plainProgress(PrintWriter err) {
        return new BuildListener() {
            private int total;
            private int done;

            @Override
            public void start(int articles) {
                total = articles;
            }

            @Override
            public void article(ArticleReport r) {
                err.printf("[%d/%d] %s %s (%d ms)%n", ++done, total, r.stem(), r.status().name().toLowerCase(), r.millis());
                err.flush();
            }
        };
    }

    static void printReport(BuildReport report, PrintWriter out, PrintWriter err) {
        out.printf("%-34s %-9s %9s %7s %8s  %s%n", "article", "status", "sentences", "linked", "unlinked", "facts per family");
        Map<String, Integer> totals = new TreeMap<>();
        for (ArticleReport r : report.articles()) {
            StringBuilder facts = new StringBuilder();
            r.facts().forEach((f, n) -> {
                facts.append(facts.length() == 0 ? "" : ", ").append(f).append(' ').append(n);
                totals.merge(f, n, Integer::sum);
            });
            out.printf("%-34s %-9s %9d %7d %8d  %s%n", r.stem(), r.status().name().toLowerCase(), r.sentences(), r.linked(),
                    r.unlinked(), facts.length() == 0 ? "-" : facts);
        }
        out.printf("%d article(s): %d loaded, %d unchanged, %d duplicate, %d removed, %d failed; %d facts; %d ms.%n",
                report.articles().size(), report.count(ArticleReport.Status.LOADED), report.count(ArticleReport.Status.UNCHANGED),
                report.count(ArticleReport.Status.DUPLICATE), report.count(ArticleReport.Status.REMOVED),
                report.count(ArticleReport.Status.FAILED), totals.values().stream().mapToInt(Integer::intValue).sum(), report.millis());
        for (ArticleReport r : report.articles()) {
            r.warnings().forEach(w -> err.println("warning: " + w));
            if (!r.error().isEmpty()) {
                err.println("error: " + r.error());
            }
        }
    }
}
