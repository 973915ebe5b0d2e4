package dev.techshift.server.web;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The techshift namespace ({@code ts:}) as Jena nodes, for the pages and exports.
 * <pre>
 *   Node family = TS.family;              // https://w3id.org/techshift/ns#family
 *   boolean fact = g.contains(f, RDF.type.asNode(), TS.Fact);
 * </pre>
 */
public final class TS {

    /** The namespace IRI. */
    public static final String NS = "https://w3id.org/techshift/ns#";

    public static final Node Fact = term("Fact");
    public static final Node Statement = term("Statement");
    public static final Node Evidence = term("Evidence");
    public static final Node Sentence = term("Sentence");
    public static final Node Mention = term("Mention");
    public static final Node UnlinkedEntity = term("UnlinkedEntity");
    public static final Node TimeSpec = term("TimeSpec");
    public static final Node Quantity = term("Quantity");
    public static final Node MarketShareObservation = term("MarketShareObservation");

    public static final Node family = term("family");
    public static final Node evidence = term("evidence");
    public static final Node sentence = term("sentence");
    public static final Node text = term("text");
    public static final Node refersTo = term("refersTo");
    public static final Node earliest = term("earliest");
    public static final Node latest = term("latest");
    public static final Node resolved = term("resolved");
    public static final Node phrase = term("phrase");
    public static final Node surfaceForm = term("surfaceForm");
    public static final Node rule = term("rule");
    public static final Node confidence = term("confidence");
    public static final Node company = term("company");
    public static final Node market = term("market");
    public static final Node refArea = term("refArea");
    public static final Node refPeriod = term("refPeriod");
    public static final Node share = term("share");
    public static final Node date = term("date");
    public static final Node announcedDate = term("announcedDate");
    public static final Node effectiveDate = term("effectiveDate");
    public static final Node startDate = term("startDate");
    public static final Node endDate = term("endDate");
    public static final Node index = term("index");

    private TS() {}

    private static Node term(String local) {
        return NodeFactory.createURI(NS + local);
    }
}
