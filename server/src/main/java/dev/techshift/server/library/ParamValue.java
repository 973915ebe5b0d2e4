package dev.techshift.server.library;

import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.util.NodeFactoryExtra;

/**
 * Turns a parameter value as typed on the command line or in a query header into an RDF term.
 * <pre>
 *   ParamValue.parse("&lt;http://localhost:3030/id/org/ibm&gt;", prefixes);  // an IRI
 *   ParamValue.parse("上海", prefixes);                                    // the string "上海"
 * </pre>
 * Supported forms: an IRI in angle brackets; a prefixed name whose prefix the query declares;
 * a quoted literal in Turtle syntax, with an optional {@code @lang} or {@code ^^datatype}; any
 * other text is taken as a plain string (so {@code 2024} is the string "2024": quote it with a
 * datatype, {@code "2024"^^xsd:integer}, for a number).
 */
public final class ParamValue {

    private static final Pattern PREFIXED = Pattern.compile("([A-Za-z][\\w.-]*)?:[^\\s<>\"]*");

    private ParamValue() {}

    /** Parses one value; fails with a sentence when an IRI or literal is malformed. */
    public static Node parse(String value, PrefixMapping prefixes) {
        String v = value.strip();
        PrefixMap pm = PrefixMapFactory.create(prefixes);
        boolean quoted = v.startsWith("<") || v.startsWith("\"") || v.startsWith("'");
        boolean prefixed = PREFIXED.matcher(v).matches() && prefixes.getNsPrefixURI(v.substring(0, v.indexOf(':'))) != null;
        if (!quoted && !prefixed) {
            return NodeFactory.createLiteralString(v);
        }
        try {
            return NodeFactoryExtra.parseNode(v, pm);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("The value " + v + " is not a valid IRI, prefixed name or literal: "
                    + e.getMessage(), e);
        }
    }
}
