package dev.techshift.server.export;

import java.io.OutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * Writes an {@link ExportGraph} as JSON-LD with Jena's writer: each node with its types, label and
 * per-language preferred labels, each directed edge as the triple it came from. Co-mention edges
 * carry a weight that plain triples cannot hold, so they are left to the other formats.
 * <pre>
 *   Graph rdf = JsonLdWriter.asRdf(graph);
 *   JsonLdWriter.write(graph, out);
 * </pre>
 */
public final class JsonLdWriter {

    private JsonLdWriter() {}

    /** The export graph as RDF triples. */
    public static Graph asRdf(ExportGraph g) {
        Graph out = GraphFactory.createDefaultGraph();
        for (ExportGraph.GNode n : g.nodes()) {
            Node s = NodeFactory.createURI(n.id());
            n.types().forEach(t -> out.add(Triple.create(s, RDF.type.asNode(), NodeFactory.createURI(t))));
            out.add(Triple.create(s, RDFS.label.asNode(), NodeFactory.createLiteralString(n.label())));
            n.labels().forEach((lang, l) ->
                    out.add(Triple.create(s, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang(l, lang))));
        }
        for (ExportGraph.GEdge e : g.edges()) {
            if (e.directed()) {
                out.add(Triple.create(NodeFactory.createURI(e.source()), NodeFactory.createURI(e.relation()),
                        NodeFactory.createURI(e.target())));
            }
        }
        return out;
    }

    static void write(ExportGraph g, OutputStream out) {
        RDFWriter.source(asRdf(g)).format(RDFFormat.JSONLD11_PRETTY).output(out);
    }
}
