package dev.techshift.loader.fact;

import org.apache.jena.graph.Node;

/**
 * One (fact, property, value) with one piece of evidence; equal (fact, property, value) share a statement IRI.
 * <pre>
 *   FactStatement s = facts.statements().get(0);
 *   s.fact();   // B id/fact/closure/3f2a...
 * </pre>
 *
 * @param fact      the fact IRI
 * @param family    its family name
 * @param type      its class
 * @param predicate the property
 * @param object    the value
 * @param evidence  where it was read
 */
public record FactStatement(String fact, String family, Node type, Node predicate, Node object, Evidence evidence) {
}
