package dev.techshift.server.store;

import dev.techshift.server.text.KgTextIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The store folder: numbered generations, each a TDB2 database plus its Lucene text index,
 * and a pointer file naming the one being served. A build writes a new generation next to
 * the served one and then replaces the pointer atomically, so a running server (which watches
 * the pointer) switches from complete data to complete data.
 * <pre>
 *   store/CURRENT            "gen-0002"
 *   store/gen-0002/tdb2/     store/gen-0002/text/
 * </pre>
 */
public final class StoreLayout {

    static final String POINTER = "CURRENT";
    private static final String PREFIX = "gen-";

    private final Path root;

    public StoreLayout(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() { return root; }

    /** The TDB2 directory of a generation. */
    public static Path tdb(Path generation) { return generation.resolve("tdb2"); }

    /** The text index directory of a generation. */
    public static Path text(Path generation) { return generation.resolve("text"); }

    /** The generation the pointer names, when the pointer and the generation exist. */
    public Optional<Path> current() {
        Path pointer = root.resolve(POINTER);
        if (!Files.isRegularFile(pointer)) {
            return Optional.empty();
        }
        try {
            String name = Files.readString(pointer, StandardCharsets.UTF_8).strip();
            Path gen = root.resolve(name);
            return name.startsWith(PREFIX) && Files.isDirectory(tdb(gen)) ? Optional.of(gen) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the store pointer " + pointer + ": " + e.getMessage(), e);
        }
    }

    /** True when there is no served generation, or the builder says it is out of date. */
    public boolean needsBuild(StoreBuilder builder) {
        Optional<Path> gen = current();
        return gen.isEmpty() || builder.isStale(tdb(gen.get()));
    }

    /**
     * Builds a new generation with {@code builder}, indexes its text, then points the store
     * at it. The new generation starts as a copy of the current one's TDB2 files (so a loader
     * that updates incrementally only redoes what changed), unless {@code fresh}. Older
     * generations except the one served until now are deleted. Only one build runs at a time:
     * a second one fails with a clear message.
     */
    public Path publish(StoreBuilder builder, boolean fresh) {
        return publish(builder, fresh ? null : current().orElse(null));
    }

    /** {@link #publish(StoreBuilder, boolean)} from scratch. */
    public Path publish(StoreBuilder builder) {
        return publish(builder, null);
    }

    private Path publish(StoreBuilder builder, Path copyFrom) {
        try {
            Files.createDirectories(root);
            try (FileChannel ch = FileChannel.open(root.resolve("build.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock lock = ch.tryLock()) {
                if (lock == null) {
                    throw new IllegalStateException("Another build is writing to " + root + "; wait for it to finish.");
                }
                Optional<Path> previous = current();
                Path next = root.resolve(String.format("%s%04d", PREFIX, lastNumber() + 1));
                Files.createDirectories(tdb(next));
                if (copyFrom != null) {
                    copyDatabase(tdb(copyFrom), tdb(next));
                }
                builder.build(tdb(next));
                ensureIndexed(next);
                switchTo(next);
                prune(next, previous.orElse(null));
                return next;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the store at " + root + ": " + e.getMessage(), e);
        }
    }

    /** Builds the text index of a generation if it is missing or incomplete. */
    public static void ensureIndexed(Path generation) {
        if (KgTextIndex.isComplete(text(generation))) {
            return;
        }
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(tdb(generation)));
        try {
            KgTextIndex.rebuild(dsg, text(generation));
        } finally {
            TDBInternal.expel(dsg);
        }
    }

    /** Replaces the pointer in one atomic rename. */
    void switchTo(Path generation) throws IOException {
        Path tmp = root.resolve(POINTER + ".tmp");
        Files.writeString(tmp, generation.getFileName() + "\n", StandardCharsets.UTF_8);
        Files.move(tmp, root.resolve(POINTER), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Copies a TDB2 database's files, leaving out its lock file (which names the process that
     * has it open, perhaps a running server).
     */
    private static void copyDatabase(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().equals("tdb.lock")) {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private int lastNumber() throws IOException {
        return generations().stream()
                .mapToInt(p -> Integer.parseInt(p.getFileName().toString().substring(PREFIX.length())))
                .max().orElse(0);
    }

    private List<Path> generations() throws IOException {
        try (Stream<Path> s = Files.list(root)) {
            return s.filter(p -> p.getFileName().toString().matches(PREFIX + "\\d{4,}") && Files.isDirectory(p)).sorted().toList();
        }
    }

    private void prune(Path keep, Path previous) throws IOException {
        for (Path gen : generations()) {
            if (!gen.equals(keep) && !gen.equals(previous)) {
                deleteTree(gen);
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
