package dev.techshift.server.safety;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.web.HttpSC;
import org.apache.jena.query.QueryBuildException;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;

/**
 * Fuseki's SPARQL query service with this server's limits: at most {@code maxRows} solutions
 * (a LIMIT is added or lowered; the response then carries {@code X-Techshift-Row-Cap}), SERVICE
 * only to allowed hosts, and SELECT results computed fully before the first byte is sent, so a
 * query cut by the time limit answers 503 with a message instead of a truncated document.
 * <pre>
 *   builder.registerOperation(Operation.Query, new CappedQueryService(10_000, 5_000, allowlist));
 * </pre>
 */
public final class CappedQueryService extends SPARQL_QueryDataset {

    /** Response header set when the row cap lowered or added a LIMIT. */
    public static final String ROW_CAP_HEADER = "X-Techshift-Row-Cap";

    private final long maxRows;
    private final long timeoutMillis;
    private final ServiceAllowlist allowlist;

    public CappedQueryService(long maxRows, long timeoutMillis, ServiceAllowlist allowlist) {
        this.maxRows = maxRows;
        this.timeoutMillis = timeoutMillis;
        this.allowlist = allowlist;
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        try {
            allowlist.check(query);
        } catch (QueryBuildException e) {
            ServletOps.errorBadRequest(e.getMessage());
        }
        if (!query.isAskType() && (!query.hasLimit() || query.getLimit() > maxRows)) {
            query.setLimit(maxRows);
            action.getResponse().setHeader(ROW_CAP_HEADER, Long.toString(maxRows));
        }
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec qExec, Query query, String queryStringLog) {
        try {
            QueryExecResult result = super.executeQuery(action, qExec, query, queryStringLog);
            if (result.isRowSet()) {
                return new QueryExecResult(result.rowSet().materialize());
            }
            return result;
        } catch (QueryCancelledException e) {
            ServletOps.error(HttpSC.SERVICE_UNAVAILABLE_503, "Query timed out: it ran longer than this server's limit of "
                    + timeoutMillis + " ms and was stopped. Narrow the patterns, add a LIMIT, or use text:query for label lookups.");
            return null;
        }
    }
}
