package dev.techshift.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The W3C Organization Ontology (ORG).
 * <pre>
 *   Resource c = ORG.Membership;
 *   Property p = ORG.subOrganizationOf;
 * </pre>
 */
public final class ORG {

    /** The namespace IRI. */
    public static final String NS = "http://www.w3.org/ns/org#";

    /** The preferred prefix. */
    public static final String PREFIX = "org";

    private ORG() {}

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
    public static final Resource Organization = r("Organization");
    public static final Resource FormalOrganization = r("FormalOrganization");
    public static final Resource OrganizationalUnit = r("OrganizationalUnit");
    public static final Resource Membership = r("Membership");
    public static final Resource Post = r("Post");
    public static final Resource Role = r("Role");
    public static final Resource ChangeEvent = r("ChangeEvent");
    public static final Resource Site = r("Site");

    // Properties
    public static final Property subOrganizationOf = p("subOrganizationOf");
    public static final Property hasUnit = p("hasUnit");
    public static final Property unitOf = p("unitOf");
    public static final Property member = p("member");
    public static final Property organization = p("organization");
    public static final Property role = p("role");
    public static final Property holds = p("holds");
    public static final Property heldBy = p("heldBy");
    public static final Property memberDuring = p("memberDuring");
    public static final Property originalOrganization = p("originalOrganization");
    public static final Property resultingOrganization = p("resultingOrganization");
    public static final Property changedBy = p("changedBy");
    public static final Property classification = p("classification");

}
