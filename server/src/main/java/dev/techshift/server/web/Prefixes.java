package dev.techshift.server.web;

import dev.techshift.vocab.TS;

import org.apache.jena.query.text.TextQuery;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * The PREFIX lines of the SPARQL queries the pages run or offer, built from the vocabulary
 * classes so that no namespace IRI is typed twice.
 * <pre>
 *   String q = Prefixes.SPARQL + "SELECT ?f WHERE { ?f a ts:Closure }";
 * </pre>
 */
final class Prefixes {

    /** ts, rdf, rdfs, skos, oa and text prefixes, one PREFIX line each. */
    static final String SPARQL = line("ts", TS.NS) + line("rdf", RDF.uri) + line("rdfs", RDFS.uri)
            + line("skos", SKOS.uri) + line("oa", OA.NS) + line("text", TextQuery.NS);

    private Prefixes() {}

    private static String line(String prefix, String ns) {
        return "PREFIX " + prefix + ": <" + ns + ">\n";
    }
}
