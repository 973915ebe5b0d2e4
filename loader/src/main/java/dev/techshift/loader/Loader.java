package dev.techshift.loader;

import dev.techshift.loader.article.Article;
import dev.techshift.loader.article.ArticleException;
import dev.techshift.loader.store.Dump;
import dev.techshift.loader.store.StoreUpdater;
import dev.techshift.vocab.TS;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;

/**
 * The loader's entry point: turns {@code data/} (articles, sidecars, registry, rules) into RDF, in memory or in
 * a TDB2 store that later builds update article by article.
 * <pre>
 *   DatasetGraph dsg = Loader.buildInMemory(new LoaderOptions(Path.of("."), LoaderOptions.DEFAULT_BASE));
 *   BuildReport r = Loader.buildStore(options, Path.of("store"), BuildListener.NONE);
 * </pre>
 */
public final class Loader {

    private Loader() {}

    /**
     * Builds the whole dataset in memory: ontology, registry, metadata and one graph per article.
     * Articles that fail are reported and left out; the rest are loaded.
     */
    public static DatasetGraph buildInMemory(LoaderOptions options) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        build(options, dsg, BuildListener.NONE);
        return dsg;
    }

    /** Builds into (or updates) any transactional dataset and reports per article. */
    public static BuildReport build(LoaderOptions options, DatasetGraph dsg, BuildListener listener) {
        Pipeline p = Pipeline.create(options);
        return new StoreUpdater(p).update(dsg, p.reader().list(options.articles()), listener);
    }

    /**
     * Builds or updates the TDB2 store in {@code storeDir}: unchanged articles are skipped, changed ones replaced,
     * vanished ones removed. Safe to call on every start.
     */
    public static BuildReport buildStore(LoaderOptions options, Path storeDir, BuildListener listener) {
        return build(options, openStore(storeDir), listener);
    }

    /** The TDB2 dataset in {@code storeDir} (created when missing); the same JVM shares one connection. */
    public static DatasetGraph openStore(Path storeDir) {
        return TDB2Factory.connectDataset(storeDir.toString()).asDatasetGraph();
    }

    /**
     * True when the store is missing or does not hold exactly what {@code data/} would build now: other rules,
     * registry or software, or an article added, removed or changed.
     */
    public static boolean isStale(LoaderOptions options, Path storeDir) {
        if (!Files.isDirectory(storeDir)) {
            return true;
        }
        Pipeline p = Pipeline.create(options);
        DatasetGraph dsg = openStore(storeDir);
        Node meta = NodeFactory.createURI(p.iris().graph("meta"));
        Map<String, String> expected = new HashMap<>();
        for (Path f : p.reader().list(options.articles())) {
            try {
                Article a = p.reader().read(f);
                expected.put(p.iris().article(a.stem()), p.runKey(a));
            } catch (ArticleException e) {
                expected.put(p.iris().article(f.getFileName().toString().replaceFirst("\\.txt$", "")), "");
            }
        }
        return Txn.calculateRead(dsg, () -> {
            if (!dsg.contains(meta, NodeFactory.createURI(p.iris().graph("registry")), TS.fingerprint.asNode(),
                    NodeFactory.createLiteralString(p.fingerprint()))) {
                return true;
            }
            Map<String, String> stored = new HashMap<>();
            dsg.find(meta, Node.ANY, TS.fingerprint.asNode(), Node.ANY).forEachRemaining(q -> {
                if (q.getSubject().getURI().startsWith(p.iris().article(""))) {
                    stored.put(q.getSubject().getURI(), q.getObject().getLiteralLexicalForm());
                }
            });
            expected.values().removeIf(String::isEmpty);
            return !stored.equals(expected);
        });
    }

    /** Writes the dataset sorted: N-Quads, or TriG when the file name ends in {@code .trig}. Byte-identical across runs. */
    public static void dump(DatasetGraph dsg, Path file) {
        Dump.write(dsg, file);
    }

    /** The dataset's quads as sorted N-Quads lines (what {@link #dump} writes). */
    public static List<String> dumpLines(DatasetGraph dsg) {
        return Dump.sortedLines(dsg);
    }

    /** The project root when run through ./kg or Maven, else the working directory. */
    public static Path projectRoot() {
        String p = System.getProperty("techshift.root", System.getenv("TECHSHIFT_ROOT"));
        return Path.of(p == null || p.isBlank() ? "." : p).toAbsolutePath().normalize();
    }
}
