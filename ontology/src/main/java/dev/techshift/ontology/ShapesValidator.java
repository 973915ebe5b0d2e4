package dev.techshift.ontology;

import java.util.Iterator;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;

/**
 * A SHACL validator (Jena SHACL) for techshift data: it validates the union of every graph of a dataset.
 * <pre>
 *   ValidationReport report = ShapesValidator.create().validate(dataset);
 *   boolean ok = report.conforms();
 * </pre>
 * The data graph handed to SHACL is the union of the default graph, all named graphs and the ontology
 * ({@code kg.ttl}), so {@code sh:class} sees the subclass axioms (a {@code ts:ResearchLab} is an
 * {@code org:Organization}) without the caller loading the ontology.
 */
public final class ShapesValidator {

    private final Shapes shapes;

    private ShapesValidator(Shapes shapes) {
        this.shapes = shapes;
    }

    /** A validator with the project's shapes ({@code shapes.ttl}). */
    public static ShapesValidator create() {
        return new ShapesValidator(Ontology.shapes());
    }

    /**
     * A validator with other shapes.
     *
     * @throws org.apache.jena.shacl.parser.ShaclParseException when the graph holds malformed shapes
     */
    public static ShapesValidator of(Graph shapesGraph) {
        return new ShapesValidator(Shapes.parse(shapesGraph));
    }

    /** The shapes this validator checks. */
    public Shapes shapes() {
        return shapes;
    }

    /** Validates a graph (plus the ontology). */
    public ValidationReport validate(Graph data) {
        Graph union = withOntology();
        addAll(union, data.find());
        return ShaclValidator.get().validate(shapes, union);
    }

    /** Validates the union of the default graph and every named graph of a dataset (plus the ontology). */
    public ValidationReport validate(DatasetGraph data) {
        Graph union = withOntology();
        Runnable copy = () -> {
            Iterator<Quad> it = data.find();
            while (it.hasNext()) {
                union.add(it.next().asTriple());
            }
        };
        if (data.supportsTransactions() && !data.isInTransaction()) {
            Txn.executeRead(data, copy);
        } else {
            copy.run();
        }
        return ShaclValidator.get().validate(shapes, union);
    }

    private static Graph withOntology() {
        Graph union = GraphFactory.createDefaultGraph();
        addAll(union, Ontology.graph().find());
        return union;
    }

    private static void addAll(Graph target, Iterator<Triple> triples) {
        while (triples.hasNext()) {
            target.add(triples.next());
        }
    }
}
