package dev.techshift.loader.store;

import dev.techshift.loader.ArticleReport;
import dev.techshift.loader.BuildListener;
import dev.techshift.loader.BuildReport;
import dev.techshift.loader.Pipeline;
import dev.techshift.loader.article.Article;
import dev.techshift.loader.article.ArticleException;
import dev.techshift.vocab.PROV;
import dev.techshift.vocab.TS;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/**
 * Brings a dataset (TDB2 or in memory) up to date with {@code data/}: each article in its own write transaction
 * replacing only its graph and meta entries; unchanged articles are skipped, vanished ones removed, and a
 * failing article aborts only its own transaction.
 * <pre>
 *   BuildReport r = new StoreUpdater(pipeline).update(dsg, listener);
 *   r.exitCode();
 * </pre>
 */
public final class StoreUpdater {

    private final Pipeline pipeline;

    public StoreUpdater(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    public BuildReport update(DatasetGraph dsg, List<Path> files, BuildListener listener) {
        long t0 = System.nanoTime();
        listener.start(files.size());
        updateShared(dsg);
        Map<String, String> stored = storedArticles(dsg);
        Map<String, String> seenText = new HashMap<>();
        List<ArticleReport> reports = new ArrayList<>();
        List<String> present = new ArrayList<>();
        for (Path f : files) {
            long a0 = System.nanoTime();
            String stem = stem(f);
            present.add(stem);
            ArticleReport r;
            try {
                Article a = pipeline.reader().read(f);
                String first = seenText.putIfAbsent(a.textHash(), a.stem());
                if (first != null) {
                    Txn.executeWrite(dsg, () -> remove(dsg, stem));
                    r = new ArticleReport(stem, ArticleReport.Status.DUPLICATE, a.sentences().size(), 0, 0, Map.of(), 0,
                            List.of(a.fileName() + " has the same text as " + first + ".txt; it was skipped as a duplicate."),
                            "", millis(a0));
                } else if (pipeline.runKey(a).equals(stored.get(stem))) {
                    r = new ArticleReport(stem, ArticleReport.Status.UNCHANGED, a.sentences().size(), 0, 0, Map.of(), 0,
                            List.of(), "", millis(a0));
                } else {
                    Pipeline.Result res = pipeline.process(a, a0);
                    Txn.executeWrite(dsg, () -> replace(dsg, res));
                    r = res.report();
                }
            } catch (ArticleException e) {
                r = ArticleReport.failed(stem, e.getMessage(), millis(a0));
            } catch (RuntimeException e) {
                r = ArticleReport.failed(stem, f + ": the article could not be loaded (" + e + ").", millis(a0));
            }
            reports.add(r);
            listener.article(r);
        }
        for (String stem : stored.keySet()) {
            if (!present.contains(stem)) {
                Txn.executeWrite(dsg, () -> remove(dsg, stem));
                ArticleReport r = new ArticleReport(stem, ArticleReport.Status.REMOVED, 0, 0, 0, Map.of(), 0, List.of(), "", 0);
                reports.add(r);
                listener.article(r);
            }
        }
        return new BuildReport(List.copyOf(reports), millis(t0));
    }

    private static long millis(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    static String stem(Path f) {
        String n = f.getFileName().toString();
        return n.endsWith(".txt") ? n.substring(0, n.length() - 4) : n;
    }

    /** Ontology, registry and the shared meta entries, rewritten when the fingerprint changed. */
    private void updateShared(DatasetGraph dsg) {
        Node meta = uri(pipeline.iris().graph("meta"));
        Node registryGraph = uri(pipeline.iris().graph("registry"));
        Node fp = NodeFactory.createLiteralString(pipeline.fingerprint());
        boolean same = Txn.calculateRead(dsg, () -> dsg.contains(meta, registryGraph, TS.fingerprint.asNode(), fp));
        if (same) {
            return;
        }
        Txn.executeWrite(dsg, () -> {
            dsg.removeGraph(uri(pipeline.iris().graph("ontology")));
            dsg.removeGraph(registryGraph);
            addGraph(dsg, uri(pipeline.iris().graph("ontology")), Pipeline.ontology());
            addGraph(dsg, registryGraph, pipeline.registry().graph());
            for (Node s : List.of(uri(pipeline.iris().agent()), uri(pipeline.iris().marketShareDataset()), registryGraph)) {
                dsg.deleteAny(meta, s, Node.ANY, Node.ANY);
            }
            List<Quad> rules = new ArrayList<>();
            dsg.find(meta, Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(), TS.ExtractionRule.asNode()).forEachRemaining(rules::add);
            rules.forEach(q -> dsg.deleteAny(meta, q.getSubject(), Node.ANY, Node.ANY));
            pipeline.metaWriter().shared(pipeline.rules().rules(), t -> dsg.add(meta, t.getSubject(), t.getPredicate(), t.getObject()));
            dsg.add(meta, registryGraph, TS.fingerprint.asNode(), fp);
        });
    }

    /** Stem to run key of every article in the store. */
    private Map<String, String> storedArticles(DatasetGraph dsg) {
        Node meta = uri(pipeline.iris().graph("meta"));
        String prefix = pipeline.iris().article("");
        Map<String, String> out = new TreeMap<>();
        Txn.executeRead(dsg, () -> dsg.find(meta, Node.ANY, TS.fileName.asNode(), Node.ANY).forEachRemaining(q -> {
            String s = q.getSubject().getURI();
            if (s.startsWith(prefix)) {
                String stem = s.substring(prefix.length());
                dsg.find(meta, q.getSubject(), TS.fingerprint.asNode(), Node.ANY)
                        .forEachRemaining(f -> out.put(stem, f.getObject().getLiteralLexicalForm()));
                out.putIfAbsent(stem, "");
            }
        }));
        return out;
    }

    private void replace(DatasetGraph dsg, Pipeline.Result res) {
        String stem = res.article().stem();
        remove(dsg, stem);
        addGraph(dsg, uri(pipeline.iris().articleGraph(stem)), res.graph());
        Node meta = uri(pipeline.iris().graph("meta"));
        for (Triple t : res.meta()) {
            dsg.add(meta, t.getSubject(), t.getPredicate(), t.getObject());
        }
    }

    /** Removes an article's graph and its meta entries (article, graph, run). */
    private void remove(DatasetGraph dsg, String stem) {
        Node meta = uri(pipeline.iris().graph("meta"));
        Node graph = uri(pipeline.iris().articleGraph(stem));
        List<Node> runs = new ArrayList<>();
        dsg.find(meta, graph, PROV.wasGeneratedBy.asNode(), Node.ANY).forEachRemaining(q -> runs.add(q.getObject()));
        dsg.removeGraph(graph);
        dsg.deleteAny(meta, uri(pipeline.iris().article(stem)), Node.ANY, Node.ANY);
        dsg.deleteAny(meta, graph, Node.ANY, Node.ANY);
        for (Node run : runs) {
            dsg.deleteAny(meta, run, Node.ANY, Node.ANY);
        }
    }

    private static void addGraph(DatasetGraph dsg, Node name, Graph g) {
        g.find().forEachRemaining(t -> dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
