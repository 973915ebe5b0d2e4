package dev.techshift.ontology;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The techshift ontology ({@code kg.ttl}) and SHACL shapes ({@code shapes.ttl}), read from the classpath.
 * <pre>
 *   Graph ontology = Ontology.graph();
 *   Shapes shapes = Ontology.shapes();
 * </pre>
 * The files live at the top of {@code ontology/} and are packaged under {@value #RESOURCE_DIR}.
 * Each call to {@link #graph()} or {@link #shapesGraph()} returns a fresh graph the caller may change.
 */
public final class Ontology {

    /** The classpath folder that holds the ontology files. */
    public static final String RESOURCE_DIR = "techshift/ontology/";
    /** The ontology in Turtle, as a classpath resource name. */
    public static final String ONTOLOGY_RESOURCE = RESOURCE_DIR + "kg.ttl";
    /** The SHACL shapes in Turtle, as a classpath resource name. */
    public static final String SHAPES_RESOURCE = RESOURCE_DIR + "shapes.ttl";

    private static volatile Shapes shapes;

    private Ontology() {
    }

    /** The ontology as a new in-memory graph. */
    public static Graph graph() {
        return read(ONTOLOGY_RESOURCE);
    }

    /** The SHACL shapes as a new in-memory graph. */
    public static Graph shapesGraph() {
        return read(SHAPES_RESOURCE);
    }

    /** The project's shapes, parsed once and shared (Jena's {@link Shapes} is immutable). */
    public static Shapes shapes() {
        Shapes s = shapes;
        if (s == null) {
            synchronized (Ontology.class) {
                s = shapes;
                if (s == null) {
                    s = Shapes.parse(shapesGraph());
                    shapes = s;
                }
            }
        }
        return s;
    }

    /**
     * Opens a packaged ontology file, e.g. to serve it as it is written.
     *
     * @param resource {@link #ONTOLOGY_RESOURCE} or {@link #SHAPES_RESOURCE}
     */
    public static InputStream open(String resource) {
        InputStream in = Ontology.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("The resource " + resource
                    + " is not on the classpath: is the techshift-ontology jar (or module) on it?");
        }
        return in;
    }

    private static Graph read(String resource) {
        Graph graph = GraphFactory.createDefaultGraph();
        try (InputStream in = open(resource)) {
            RDFParser.source(in).lang(Lang.TURTLE).parse(graph);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + resource + " from the classpath.", e);
        }
        return graph;
    }
}
