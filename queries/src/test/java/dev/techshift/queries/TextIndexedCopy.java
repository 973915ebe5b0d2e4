package dev.techshift.queries;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.analyzer.Util;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * A queryable copy of a dataset the way the endpoint presents it: the default graph is the
 * union of all named graphs, and sentences and labels are in an in-memory Lucene text index
 * with the server's fields ({@code label} for the three label properties, {@code text} for ts:text).
 * <pre>
 *   DatasetGraph dsg = TextIndexedCopy.of(Loader.buildInMemory(options));
 *   // SELECT ?s { ?s text:query "研究院" }
 * </pre>
 * Each distinct triple is added once to the default graph (so a text hit is not repeated per
 * graph). Language-tagged literals are analysed by language (SmartChineseAnalyzer for zh,
 * StandardAnalyzer for en); the query analyser is SmartChineseAnalyzer, which segments Chinese
 * and lower-cases English words, so one query string finds both.
 */
final class TextIndexedCopy {

    static final String TS = "https://w3id.org/techshift/ns#";
    static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";

    private TextIndexedCopy() {}

    static DatasetGraph of(DatasetGraph source) {
        SmartChineseAnalyzer zh = new SmartChineseAnalyzer();
        for (String tag : new String[] {"zh", "zh-Hans", "zh-Hant", "zh-hans", "zh-hant"}) {
            Util.addAnalyzer(tag, zh);
        }
        Util.addAnalyzer("en", new StandardAnalyzer());
        // The server's layout: field "label" (primary) for rdfs:label, skos:prefLabel and
        // skos:altLabel, field "text" for ts:text.
        EntityDefinition def = new EntityDefinition("uri", "label", iri(RDFS + "label"));
        def.set("label", iri(SKOS + "prefLabel"));
        def.set("label", iri(SKOS + "altLabel"));
        def.set("text", iri(TS + "text"));
        TextIndexConfig config = new TextIndexConfig(def);
        config.setAnalyzer(zh);
        config.setQueryAnalyzer(zh);
        config.setMultilingualSupport(true);
        config.setValueStored(true);
        DatasetGraph text = TextDatasetFactory.createLucene(DatasetGraphFactory.createTxnMem(),
                new ByteBuffersDirectory(), config);
        Runnable copy = () -> Txn.executeWrite(text, () -> {
            var it = source.getUnionGraph().find();
            while (it.hasNext()) {
                Triple t = it.next();
                text.getDefaultGraph().add(t);
            }
        });
        if (source.supportsTransactions()) {
            Txn.executeRead(source, copy);
        } else {
            copy.run();
        }
        return text;
    }

    private static Node iri(String s) {
        return NodeFactory.createURI(s);
    }
}
