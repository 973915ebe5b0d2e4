package dev.techshift.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The RDF Data Cube vocabulary: market-share observations and their dataset.
 * <pre>
 *   Resource c = QB.Observation;
 *   Property p = QB.dataSet;
 * </pre>
 */
public final class QB {

    /** The namespace IRI. */
    public static final String NS = "http://purl.org/linked-data/cube#";

    /** The preferred prefix. */
    public static final String PREFIX = "qb";

    private QB() {}

    private static Resource r(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property p(String local) {
        return ResourceFactory.createProperty(NS + local);
    }

    /** The namespace as a resource. */
    public static Resource namespace() {
        return ResourceFactory.createResource(NS);
    }

    // Classes
    public static final Resource DataSet = r("DataSet");
    public static final Resource Observation = r("Observation");
    public static final Resource DataStructureDefinition = r("DataStructureDefinition");

    // Properties
    public static final Property dataSet = p("dataSet");
    public static final Property structure = p("structure");

}
