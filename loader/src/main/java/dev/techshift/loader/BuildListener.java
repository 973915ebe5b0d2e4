package dev.techshift.loader;

/**
 * Hears about a build's progress (a progress bar, a server's log).
 * <pre>
 *   BuildListener l = new BuildListener() { public void article(ArticleReport r) { bar.step(); } };
 *   Loader.buildStore(options, dir, l);
 * </pre>
 */
public interface BuildListener {

    /** A listener that does nothing. */
    BuildListener NONE = new BuildListener() {};

    /** The build is about to read {@code articles} files. */
    default void start(int articles) {}

    /** One article is done (loaded, skipped, or failed). */
    default void article(ArticleReport report) {}
}
