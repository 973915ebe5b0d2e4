package dev.techshift.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * OWL-Time: intervals and their precision.
 * <pre>
 *   Resource c = TIME.Interval;
 *   Property p = TIME.unitType;
 * </pre>
 */
public final class TIME {

    /** The namespace IRI. */
    public static final String NS = "http://www.w3.org/2006/time#";

    /** The preferred prefix. */
    public static final String PREFIX = "time";

    private TIME() {}

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
    public static final Resource Interval = r("Interval");
    public static final Resource Instant = r("Instant");
    public static final Resource TemporalUnit = r("TemporalUnit");

    // Individuals
    public static final Resource unitDay = r("unitDay");
    public static final Resource unitWeek = r("unitWeek");
    public static final Resource unitMonth = r("unitMonth");
    public static final Resource unitYear = r("unitYear");

    // Properties
    public static final Property unitType = p("unitType");
    public static final Property inXSDDate = p("inXSDDate");
    public static final Property inXSDgYearMonth = p("inXSDgYearMonth");
    public static final Property inXSDgYear = p("inXSDgYear");
    public static final Property hasBeginning = p("hasBeginning");
    public static final Property hasEnd = p("hasEnd");

}
