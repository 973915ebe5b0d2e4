package dev.techshift.server.library;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * A query file of the library: its SPARQL text plus what its header comments declare. The
 * command line runs it ({@code kg query}); the server lists it as an example that opens in the
 * SPARQL UI ({@code /queries}).
 * <pre>
 *   QueryFile qf = QueryFile.read(Path.of("queries/03_cloud_market_shares.rq"));
 *   Query q = qf.bind(Map.of("period", "&lt;http://localhost:3030/id/time/2025&gt;"));
 * </pre>
 * Header lines (comments before the first non-comment line) understood here: the first line is
 * the title ({@code # 07 Disagreements: ...}); {@code # EN:} and {@code # ZH:} start the question
 * in English and Chinese (continued on the following indented comment lines);
 * {@code # @param name = value  (description)} declares a parameter bound to {@code ?name};
 * {@code # @ordered} says the expected result is compared in order;
 * {@code # @arq-only reason} says the query uses syntax beyond SPARQL 1.1.
 *
 * @param path where the file was read from
 * @param text the whole file
 * @param parameters the declared parameters in header order
 * @param ordered whether the results are compared in order
 * @param arqOnly why the query is ARQ-only, or {@code null} when it is plain SPARQL 1.1
 */
public record QueryFile(Path path, String text, List<QueryParameter> parameters, boolean ordered, String arqOnly) {

    private static final Pattern PARAM = Pattern.compile(
            "#\\s*@param\\s+(\\w+)\\s*=\\s*(<[^>]*>|\"(?:[^\"\\\\]|\\\\.)*\"(?:@[\\w-]+|\\^\\^\\S+)?|\\S+)\\s*(?:\\((.*)\\))?\\s*");
    private static final Pattern LABELLED = Pattern.compile("(?:[A-Z][A-Za-z ]{0,20}:|@)");
    private static final Pattern ARQ_ONLY = Pattern.compile("#\\s*@arq-only\\s*(.*)");

    /** Reads and checks the header of a query file; fails with a sentence naming the file. */
    public static QueryFile read(Path path) {
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the query file " + path + ": " + e.getMessage(), e);
        }
        List<QueryParameter> params = new ArrayList<>();
        boolean ordered = false;
        String arqOnly = null;
        int lineNo = 0;
        for (String line : text.split("\\R")) {
            lineNo++;
            String l = line.strip();
            if (!l.startsWith("#")) {
                if (l.isEmpty()) {
                    continue;
                }
                break;
            }
            if (l.matches("#\\s*@param\\b.*")) {
                Matcher m = PARAM.matcher(l);
                if (!m.matches()) {
                    throw new IllegalArgumentException(path + " line " + lineNo
                            + ": a parameter line must read '# @param name = value  (description)'.");
                }
                params.add(new QueryParameter(m.group(1), m.group(2), m.group(3) == null ? "" : m.group(3).strip()));
            } else if (l.matches("#\\s*@ordered\\s*")) {
                ordered = true;
            } else {
                Matcher a = ARQ_ONLY.matcher(l);
                if (a.matches()) {
                    arqOnly = a.group(1).strip();
                }
            }
        }
        return new QueryFile(path, text, List.copyOf(params), ordered, arqOnly);
    }

    /** The file name without {@code .rq}, e.g. {@code 03_cloud_market_shares}. */
    public String name() {
        String f = path.getFileName().toString();
        return f.endsWith(".rq") ? f.substring(0, f.length() - 3) : f;
    }

    /** The first header line without its {@code #}, e.g. {@code 07 Disagreements: where sources ...}. */
    public String title() {
        List<String> header = header();
        return header.isEmpty() ? name() : header.get(0);
    }

    /**
     * The question as the header states it after {@code # EN:} or {@code # ZH:} (the tag is given
     * without the colon), joined over its continuation lines; empty when the header has none.
     */
    public String question(String tag) {
        StringBuilder sb = new StringBuilder();
        boolean in = false;
        for (String l : header()) {
            if (l.startsWith(tag + ":")) {
                in = true;
                sb.append(l.substring(tag.length() + 1).strip());
            } else if (in && !l.isEmpty() && !LABELLED.matcher(l).lookingAt()) {
                sb.append(sb.isEmpty() || Character.isIdeographic(l.codePointAt(0)) ? "" : " ").append(l);
            } else {
                in = false;
            }
        }
        return sb.toString();
    }

    /** The header comment lines, stripped of {@code #} and surrounding spaces. */
    private List<String> header() {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String l = line.strip();
            if (!l.startsWith("#")) {
                if (l.isEmpty()) {
                    continue;
                }
                break;
            }
            out.add(l.substring(1).strip());
        }
        return out;
    }

    /** The query as written, parameters still variables (ARQ syntax, a superset of SPARQL 1.1). */
    public Query parse() {
        try {
            return QueryFactory.create(text, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            throw new IllegalArgumentException("The query in " + path + " does not parse: " + e.getMessage(), e);
        }
    }

    /**
     * The query with every declared parameter replaced by its value: the override when given,
     * else the default. The substitution is syntactic (ARQ's QueryTransformOps), so a parameter
     * also works inside SERVICE and property functions such as text:query.
     */
    public Query bind(Map<String, String> overrides) {
        Map<String, String> values = new LinkedHashMap<>();
        parameters.forEach(p -> values.put(p.name(), p.defaultValue()));
        for (Map.Entry<String, String> e : overrides.entrySet()) {
            if (!values.containsKey(e.getKey())) {
                throw new IllegalArgumentException("The query " + name() + " has no parameter '" + e.getKey()
                        + "'; it has " + (values.isEmpty() ? "none" : String.join(", ", values.keySet())) + ".");
            }
            values.put(e.getKey(), e.getValue());
        }
        Query query = parse();
        Map<Var, Node> subst = new HashMap<>();
        values.forEach((k, v) -> subst.put(Var.alloc(k), ParamValue.parse(v, query.getPrefixMapping())));
        return subst.isEmpty() ? query : QueryTransformOps.replaceVars(query, subst);
    }
}
