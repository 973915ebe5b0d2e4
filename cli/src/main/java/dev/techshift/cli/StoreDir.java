package dev.techshift.cli;

import dev.techshift.server.store.StoreLayout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Finds the TDB2 database that a command reads from the {@code --store} folder it was given:
 * the current generation of a store folder as {@code ./kg build} and {@code ./kg serve} lay it
 * out ({@code store/CURRENT} naming {@code store/gen-NNNN/tdb2}), or a TDB2 database folder
 * given directly. Anything else is refused, so that a read never creates an empty database in
 * a folder that was meant to hold a store and then answers from it as if the graph were empty.
 * <pre>
 *   Path tdb = StoreDir.tdb(Path.of("store"));   // store/gen-0003/tdb2
 * </pre>
 */
final class StoreDir {

    private StoreDir() {}

    /** The TDB2 folder to open; an IllegalArgumentException saying what to do when there is none. */
    static Path tdb(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("there is no store at " + dir.toAbsolutePath() + "; run ./kg build first");
        }
        if (Files.exists(dir.resolve("CURRENT"))) {
            return new StoreLayout(dir).current().map(StoreLayout::tdb).orElseThrow(() -> new IllegalArgumentException(
                    "the store " + dir.toAbsolutePath() + " names no complete generation in CURRENT; run ./kg build"));
        }
        if (isTdb2(dir)) {
            return dir;
        }
        throw new IllegalArgumentException(dir.toAbsolutePath() + " is neither a store folder (with CURRENT, as ./kg build"
                + " makes it) nor a TDB2 database; run ./kg build first");
    }

    /**
     * The message of a failure to open or read a store, with what to do when the reason is that
     * another process (a running ./kg serve) holds the store's lock.
     */
    static String explain(Exception e) {
        String m = String.valueOf(e.getMessage());
        return m.contains("Failed to get a lock")
                ? m + " (a running ./kg serve holds the store: ask it with --endpoint http://localhost:3030/kg/sparql,"
                        + " or stop it first)"
                : m;
    }

    /** A TDB2 database folder holds its data in Data-NNNN subfolders. */
    private static boolean isTdb2(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.anyMatch(p -> Files.isDirectory(p) && p.getFileName().toString().startsWith("Data-"));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list " + dir + ": " + e.getMessage(), e);
        }
    }
}
