package dev.techshift.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The W3C Web Annotation vocabulary: evidence nodes and their selectors.
 * <pre>
 *   Resource c = OA.TextQuoteSelector;
 *   Property p = OA.exact;
 * </pre>
 */
public final class OA {

    /** The namespace IRI. */
    public static final String NS = "http://www.w3.org/ns/oa#";

    /** The preferred prefix. */
    public static final String PREFIX = "oa";

    private OA() {}

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
    public static final Resource SpecificResource = r("SpecificResource");
    public static final Resource TextQuoteSelector = r("TextQuoteSelector");
    public static final Resource TextPositionSelector = r("TextPositionSelector");

    // Properties
    public static final Property hasSource = p("hasSource");
    public static final Property hasSelector = p("hasSelector");
    public static final Property exact = p("exact");
    public static final Property prefix = p("prefix");
    public static final Property suffix = p("suffix");
    public static final Property start = p("start");
    public static final Property end = p("end");

}
