package dev.techshift.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * schema.org terms the loader writes (https namespace).
 * <pre>
 *   Resource c = SCHEMA.NewsArticle;
 *   Property p = SCHEMA.unitText;
 * </pre>
 */
public final class SCHEMA {

    /** The namespace IRI. */
    public static final String NS = "https://schema.org/";

    /** The preferred prefix. */
    public static final String PREFIX = "schema";

    private SCHEMA() {}

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
    public static final Resource NewsArticle = r("NewsArticle");
    public static final Resource Person = r("Person");
    public static final Resource Organization = r("Organization");
    public static final Resource Product = r("Product");
    public static final Resource Place = r("Place");
    public static final Resource Country = r("Country");

    // Properties
    public static final Property value = p("value");
    public static final Property minValue = p("minValue");
    public static final Property maxValue = p("maxValue");
    public static final Property unitText = p("unitText");
    public static final Property unitCode = p("unitCode");
    public static final Property url = p("url");
    public static final Property name = p("name");
    public static final Property location = p("location");
    public static final Property manufacturer = p("manufacturer");
    public static final Property foundingDate = p("foundingDate");
    public static final Property dissolutionDate = p("dissolutionDate");
    public static final Property containedInPlace = p("containedInPlace");

}
