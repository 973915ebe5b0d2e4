package dev.techshift.loader;

import java.util.List;

/**
 * The outcome of a build: one report per article and the exit code it implies.
 * <pre>
 *   BuildReport r = Loader.buildStore(options, Path.of("store"), BuildListener.NONE);
 *   System.exit(r.exitCode());
 * </pre>
 *
 * @param articles one entry per article file (and per removed article)
 * @param millis   the whole build's time
 */
public record BuildReport(List<ArticleReport> articles, long millis) {

    /** 0 all loaded, 1 some article failed (the others are loaded), 3 loaded with warnings. */
    public int exitCode() {
        if (articles.stream().anyMatch(a -> a.status() == ArticleReport.Status.FAILED)) {
            return 1;
        }
        return articles.stream().anyMatch(a -> !a.warnings().isEmpty()) ? 3 : 0;
    }

    public long count(ArticleReport.Status status) {
        return articles.stream().filter(a -> a.status() == status).count();
    }
}
