package dev.techshift.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The W3C provenance ontology (PROV-O), the terms the loader writes.
 * <pre>
 *   Resource c = PROV.Activity;
 *   Property p = PROV.wasGeneratedBy;
 * </pre>
 */
public final class PROV {

    /** The namespace IRI. */
    public static final String NS = "http://www.w3.org/ns/prov#";

    /** The preferred prefix. */
    public static final String PREFIX = "prov";

    private PROV() {}

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
    public static final Resource Entity = r("Entity");
    public static final Resource Activity = r("Activity");
    public static final Resource Agent = r("Agent");
    public static final Resource SoftwareAgent = r("SoftwareAgent");
    public static final Resource Plan = r("Plan");

    // Properties
    public static final Property wasDerivedFrom = p("wasDerivedFrom");
    public static final Property wasGeneratedBy = p("wasGeneratedBy");
    public static final Property used = p("used");
    public static final Property wasAssociatedWith = p("wasAssociatedWith");
    public static final Property generatedAtTime = p("generatedAtTime");
    public static final Property startedAtTime = p("startedAtTime");
    public static final Property endedAtTime = p("endedAtTime");
    public static final Property wasAttributedTo = p("wasAttributedTo");
    public static final Property hadPlan = p("hadPlan");

}
