package dev.techshift.loader;

import java.nio.file.Path;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The loader's entry point: turns {@code data/} (articles, sidecars, registry, rules) into RDF.
 * <pre>
 *   DatasetGraph dsg = Loader.buildInMemory(new LoaderOptions(Path.of("."), LoaderOptions.DEFAULT_BASE));
 * </pre>
 */
public final class Loader {

    private Loader() {}

    /**
     * Builds the whole dataset in memory: ontology, registry, metadata and one graph per article.
     * Articles that fail are reported and left out; the rest are loaded.
     */
    public static DatasetGraph buildInMemory(LoaderOptions options) {
        throw new UnsupportedOperationException("not implemented yet: issue 3");
    }

    /** The project root when run through ./kg or Maven, else the working directory. */
    public static Path projectRoot() {
        String p = System.getProperty("techshift.root", System.getenv("TECHSHIFT_ROOT"));
        return Path.of(p == null || p.isBlank() ? "." : p).toAbsolutePath().normalize();
    }
}
