package dev.techshift.server.web;

import dev.techshift.vocab.TS;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.lucene.queryparser.classic.QueryParserBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds resources by words: through the Jena text index when the dataset has one, else (or when
 * the index finds nothing) a SPARQL {@code CONTAINS} over labels and sentence texts.
 * <pre>
 *   List&lt;Node&gt; hits = Search.find(store, "Amazon", 50);
 * </pre>
 */
final class Search {

    private static final Logger LOG = LoggerFactory.getLogger(Search.class);

    private static final String TEXT = Prefixes.SPARQL
            + "SELECT DISTINCT ?s WHERE { ?s text:query (?prop ?q ?limit) }";

    private static final String CONTAINS = Prefixes.SPARQL + """
            SELECT ?s (MIN(STR(?l)) AS ?m) WHERE {
              GRAPH ?g { ?s rdfs:label|skos:prefLabel|skos:altLabel|ts:contextualLabel|ts:text ?l }
              FILTER(CONTAINS(LCASE(STR(?l)), LCASE(?q)))
            } GROUP BY ?s ORDER BY ?m ?s LIMIT ?limit
            """;

    private Search() {}

    /** Resources matching the words, best first, at most {@code limit}; inside a read transaction. */
    static List<Node> find(Store st, String q, int limit) {
        Map<Node, Boolean> hits = new LinkedHashMap<>();
        DatasetGraph dsg = st.dataset();
        if (dsg instanceof DatasetGraphText) {
            for (Node prop : new Node[] {org.apache.jena.vocabulary.RDFS.label.asNode(), TS.text.asNode()}) {
                try {
                    ParameterizedSparqlString ps = new ParameterizedSparqlString(TEXT);
                    ps.setParam("prop", prop);
                    ps.setLiteral("q", QueryParserBase.escape(q));
                    ps.setLiteral("limit", limit);
                    run(dsg, ps.asQuery(), hits);
                } catch (RuntimeException e) {
                    LOG.debug("The text index could not answer \"{}\" on {}: {}", q, prop, e.getMessage());
                }
            }
        }
        if (hits.isEmpty()) {
            ParameterizedSparqlString ps = new ParameterizedSparqlString(CONTAINS);
            ps.setLiteral("q", q);
            ps.setLiteral("limit", limit);
            run(dsg, ps.asQuery(), hits);
        }
        List<Node> out = new ArrayList<>(hits.keySet());
        return out.size() > limit ? out.subList(0, limit) : out;
    }

    private static void run(DatasetGraph dsg, Query query, Map<Node, Boolean> hits) {
        try (QueryExecution qe = QueryExecution.create().query(query).dataset(DatasetFactory.wrap(dsg)).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution row = rs.next();
                hits.putIfAbsent(row.get("s").asNode(), Boolean.TRUE);
            }
        }
    }
}
