package dev.techshift.vocab;

import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;

/**
 * The project's prefixes, from the vocabulary classes: for writers, and to expand prefixed names in data files.
 * <pre>
 *   String iri = Prefixes.expand("ts:Former");
 *   PrefixMapping pm = Prefixes.mapping();
 * </pre>
 */
public final class Prefixes {

    private static final PrefixMapping MAPPING = PrefixMapping.Factory.create()
            .setNsPrefix(TS.PREFIX, TS.NS)
            .setNsPrefix(ORG.PREFIX, ORG.NS)
            .setNsPrefix(PROV.PREFIX, PROV.NS)
            .setNsPrefix(OA.PREFIX, OA.NS)
            .setNsPrefix(QB.PREFIX, QB.NS)
            .setNsPrefix(TIME.PREFIX, TIME.NS)
            .setNsPrefix(SCHEMA.PREFIX, SCHEMA.NS)
            .setNsPrefix("skos", SKOS.uri)
            .setNsPrefix("dcterms", DCTerms.NS)
            .setNsPrefix("foaf", FOAF.NS)
            .setNsPrefix("owl", OWL.NS)
            .setNsPrefix("rdfs", RDFS.uri)
            .setNsPrefix("rdf", RDF.uri)
            .setNsPrefix("xsd", XSD.NS)
            .lock();

    private Prefixes() {}

    public static PrefixMapping mapping() {
        return MAPPING;
    }

    /** Expands {@code prefix:local}; fails with a sentence when the prefix is unknown. */
    public static String expand(String prefixed) {
        String iri = MAPPING.expandPrefix(prefixed);
        if (iri.equals(prefixed)) {
            throw new IllegalArgumentException("The prefixed name '" + prefixed + "' uses a prefix the project does not define.");
        }
        return iri;
    }
}
