package dev.techshift.loader;

import java.nio.file.Path;

/**
 * What a build reads and how it names things.
 *
 * @param root the project root holding {@code data/} ({@code data/articles}, {@code data/entities}, {@code data/rules})
 * @param base the base of every minted IRI, ending in {@code /}
 */
public record LoaderOptions(Path root, String base) {

    /** The default base: IRIs dereference on a server started with default settings. */
    public static final String DEFAULT_BASE = "http://localhost:3030/";

    public LoaderOptions {
        if (!base.endsWith("/")) {
            throw new IllegalArgumentException("The base IRI must end with '/': " + base);
        }
    }

    public Path articles() { return root.resolve("data/articles"); }
    public Path entities() { return root.resolve("data/entities"); }
    public Path rules() { return root.resolve("data/rules"); }
}
