package dev.techshift.loader.rdf;

import java.io.InputStream;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFParserBuilder;
import org.apache.jena.riot.lang.LabelToNode;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Parses RDF so that blank nodes get the same labels on every run (numbered in document order, prefixed by a
 * scope such as the file name), which keeps dumps byte-identical.
 * <pre>
 *   StableParse.file(Path.of("data/entities/orgs.ttl"), "http://localhost:3030/id/", graph);
 *   StableParse.stream(in, "ontology", graph);
 * </pre>
 */
public final class StableParse {

    private StableParse() {}

    public static void file(Path file, String base, Graph into) {
        parse(RDFParser.source(file).base(base), file.getFileName().toString(), into);
    }

    public static void stream(InputStream in, String scope, Graph into) {
        parse(RDFParser.source(in).lang(Lang.TURTLE), scope, into);
    }

    private static void parse(RDFParserBuilder builder, String scope, Graph into) {
        Graph g = GraphFactory.createDefaultGraph();
        builder.labelToNode(LabelToNode.createIncremental()).parse(g);
        g.find().forEachRemaining(t -> into.add(Triple.create(stable(t.getSubject(), scope), t.getPredicate(),
                stable(t.getObject(), scope))));
    }

    private static Node stable(Node n, String scope) {
        return n.isBlank() ? NodeFactory.createBlankNode(scope + "-" + n.getBlankNodeLabel()) : n;
    }
}
