package dev.techshift.server.text;

import dev.techshift.vocab.TS;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.store.FSDirectory;

/**
 * The full-text index of a store generation: Lucene over entity labels and sentence text.
 * Field {@code label} holds rdfs:label, skos:prefLabel and skos:altLabel (so a query on any
 * of the three searches all labels); field {@code text} holds ts:text. One analyzer for every
 * language ({@link FoldingAnalyzer}).
 * <pre>
 *   KgTextIndex.rebuild(tdbDataset, genDir.resolve("text"));
 *   DatasetGraph dsg = KgTextIndex.attach(tdbDataset, genDir.resolve("text"));
 * </pre>
 */
public final class KgTextIndex {

    /** The Lucene field for labels (the primary field: {@code text:query "x"} searches it). */
    public static final String LABEL_FIELD = "label";
    /** The Lucene field for sentence and article text. */
    public static final String TEXT_FIELD = "text";
    /** Written last by {@link #rebuild}: an index without it is incomplete and is rebuilt. */
    static final String COMPLETE_MARKER = "index.complete";

    private static final Node TS_TEXT = TS.text.asNode();

    private KgTextIndex() {}

    /** The predicates indexed, field by field. */
    public static EntityDefinition entityDefinition() {
        EntityDefinition def = new EntityDefinition("uri", LABEL_FIELD, RDFS.label.asNode());
        def.set(LABEL_FIELD, SKOS.prefLabel.asNode());
        def.set(LABEL_FIELD, SKOS.altLabel.asNode());
        def.set(LABEL_FIELD, TS.contextualLabel.asNode());
        def.set(TEXT_FIELD, TS_TEXT);
        def.setLangField("lang");
        return def;
    }

    private static TextIndexConfig config() {
        TextIndexConfig config = new TextIndexConfig(entityDefinition());
        config.setAnalyzer(new FoldingAnalyzer());
        config.setValueStored(false);
        return config;
    }

    /** True when the index at {@code dir} was completely built. */
    public static boolean isComplete(Path dir) {
        return Files.exists(dir.resolve(COMPLETE_MARKER));
    }

    /**
     * Builds the index at {@code dir} from scratch from the distinct triples of the union graph
     * (a literal in two graphs is indexed once). Returns the number of entries indexed.
     */
    public static long rebuild(DatasetGraph store, Path dir) {
        deleteTree(dir);
        EntityDefinition def = entityDefinition();
        List<Node> predicates = List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode(), SKOS.altLabel.asNode(),
                TS.contextualLabel.asNode(), TS_TEXT);
        long count = 0;
        TextIndex index = open(dir);
        try {
            count = Txn.calculateRead(store, () -> {
                long n = 0;
                Graph union = store.getUnionGraph();
                for (Node p : predicates) {
                    Iterator<Triple> it = union.find(Node.ANY, p, Node.ANY);
                    while (it.hasNext()) {
                        Triple t = it.next();
                        if (!t.getObject().isLiteral() || t.getSubject().isTripleTerm()) {
                            continue;
                        }
                        Entity e = TextQueryFuncs.entityFromQuad(def, null, t.getSubject(), p, t.getObject());
                        if (e != null) {
                            index.addEntity(e);
                            n++;
                        }
                    }
                }
                return n;
            });
            index.prepareCommit();
            index.commit();
        } finally {
            index.close();
        }
        try {
            Files.writeString(dir.resolve(COMPLETE_MARKER), count + " entries\n");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not mark the text index at " + dir + " complete: " + e.getMessage(), e);
        }
        return count;
    }

    /**
     * Loads the analyzer's dictionaries (smartcn's and opencc's take seconds on a busy machine),
     * so that the first text query is not cut by the query time limit.
     */
    public static void warmUp() {
        try (org.apache.lucene.analysis.Analyzer a = new FoldingAnalyzer();
             org.apache.lucene.analysis.TokenStream ts = a.tokenStream(LABEL_FIELD, "預熱 warm-up 研究院")) {
            ts.reset();
            while (ts.incrementToken()) {
                // Only the loading matters.
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("The text analyzer could not start: " + e.getMessage(), e);
        }
    }

    /** Opens the Lucene index at {@code dir} (created when missing). */
    public static TextIndex open(Path dir) {
        try {
            Files.createDirectories(dir);
            return TextDatasetFactory.createLuceneIndex(FSDirectory.open(dir), config());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not open the text index at " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Wraps {@code store} so that text:query uses the index at {@code dir}; closing it closes the index. */
    public static DatasetGraph attach(DatasetGraph store, Path dir) {
        TextIndex index = open(dir);
        DatasetGraph dsg = TextDatasetFactory.create(store, index, true);
        dsg.getContext().set(org.apache.jena.query.text.TextQuery.textIndex, index);
        return dsg;
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete " + dir + ": " + e.getMessage(), e);
        }
    }
}
