package dev.techshift.server;

import dev.techshift.vocab.Prefixes;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.shared.PrefixMapping;

/**
 * The prefixes the endpoint documents: the model contract's namespaces (ontology/README.md),
 * jena-text's {@code text:}, Wikidata's, and the instance namespaces under the base.
 * <pre>
 *   PrefixMapping pm = KgPrefixes.mapping("http://localhost:3030/");
 *   String prologue = KgPrefixes.sparqlPrologue("http://localhost:3030/");
 * </pre>
 */
public final class KgPrefixes {

    private KgPrefixes() {}

    /**
     * The project's prefixes ({@link Prefixes}), plus {@code text:}, {@code wd:}, {@code wdt:}, and
     * {@code id:} and {@code graph:} resolved against the instance base.
     */
    public static PrefixMapping mapping(String base) {
        PrefixMapping pm = PrefixMapping.Factory.create();
        pm.setNsPrefixes(Prefixes.mapping());
        pm.setNsPrefix("text", org.apache.jena.query.text.TextQuery.NS);
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
