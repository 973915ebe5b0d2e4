package dev.techshift.loader;

/**
 * The pipeline over this checkout's registry and rules, built once per test JVM. Building one loads the registry,
 * every rule file and the name finder's dictionaries; the test classes that read articles with the project's own
 * data share this one instead of each building its own (the quality sets alone built thirteen). A pipeline holds no
 * state between articles, so sharing it changes no result.
 */
public final class ProjectPipeline {

    private static Pipeline shared;

    private ProjectPipeline() {
    }

    /** The shared pipeline over {@link Loader#projectRoot()}, with the default IRI base. */
    public static synchronized Pipeline get() {
        if (shared == null) {
            shared = Pipeline.create(new LoaderOptions(Loader.projectRoot(), LoaderOptions.DEFAULT_BASE));
        }
        return shared;
    }
}
