package dev.techshift.server;

import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.shared.PrefixMapping;

/**
 * The prefixes the endpoint documents and preloads: the model contract's namespaces
 * (ontology/README.md), jena-text's {@code text:}, and the instance namespaces under the base.
 * <pre>
 *   PrefixMapping pm = KgPrefixes.mapping("http://localhost:3030/");
 *   String ts = KgPrefixes.TS;
 * </pre>
 */
public final class KgPrefixes {

    /** The techshift vocabulary namespace. */
    public static final String TS = "https://w3id.org/techshift/ns#";

    private KgPrefixes() {}

    /** Every prefix, with {@code id:} and {@code graph:} resolved against the instance base. */
    public static PrefixMapping mapping(String base) {
        PrefixMapping pm = PrefixMapping.Factory.create();
        pm.setNsPrefix("ts", TS);
        pm.setNsPrefix("org", "http://www.w3.org/ns/org#");
        pm.setNsPrefix("prov", "http://www.w3.org/ns/prov#");
        pm.setNsPrefix("time", "http://www.w3.org/2006/time#");
        pm.setNsPrefix("qb", "http://purl.org/linked-data/cube#");
        pm.setNsPrefix("oa", "http://www.w3.org/ns/oa#");
        pm.setNsPrefix("schema", "https://schema.org/");
        pm.setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#");
        pm.setNsPrefix("foaf", "http://xmlns.com/foaf/0.1/");
        pm.setNsPrefix("dcterms", "http://purl.org/dc/terms/");
        pm.setNsPrefix("owl", "http://www.w3.org/2002/07/owl#");
        pm.setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        pm.setNsPrefix("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        pm.setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#");
        pm.setNsPrefix("text", "http://jena.apache.org/text#");
        pm.setNsPrefix("wd", "http://www.wikidata.org/entity/");
        pm.setNsPrefix("wdt", "http://www.wikidata.org/prop/direct/");
        pm.setNsPrefix("id", base + "id/");
        pm.setNsPrefix("graph", base + "graph/");
        return pm;
    }

    /** The same prefixes as a RIOT prefix map. */
    public static PrefixMap prefixMap(String base) {
        return PrefixMapFactory.create(mapping(base));
    }

    /** The prefixes as a SPARQL prologue, one {@code PREFIX} line each, in a stable order. */
    public static String sparqlPrologue(String base) {
        StringBuilder sb = new StringBuilder();
        mapping(base).getNsPrefixMap().entrySet().stream()
                .sorted(java.util.Map.Entry.comparingByKey())
                .forEach(e -> sb.append("PREFIX ").append(e.getKey()).append(": <").append(e.getValue()).append(">\n"));
        return sb.toString();
    }
}
