package dev.techshift.server.safety;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryBuildException;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.http.sys.HttpRequestModifier;

/**
 * Which hosts a federated {@code SERVICE} call may reach: entries {@code host} (any port) or
 * {@code host:port}. Queries naming another host are refused before they run; calls that are
 * allowed carry a User-Agent, as public endpoints such as Wikidata's require.
 * <pre>
 *   ServiceAllowlist allow = new ServiceAllowlist(List.of("query.wikidata.org"), "techshift/0.1");
 *   allow.check(query);   // throws QueryBuildException naming the refused IRI
 * </pre>
 */
public final class ServiceAllowlist {

    /** Used when {@code --service-allow} is not given. */
    public static final List<String> DEFAULT = List.of("query.wikidata.org");

    private final List<String> entries;
    private final String userAgent;

    public ServiceAllowlist(List<String> entries, String userAgent) {
        this.entries = entries.stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty()).toList();
        this.userAgent = userAgent;
    }

    public List<String> entries() { return entries; }

    /** True when the service IRI names an allowed host (and port, when the entry has one). */
    public boolean allows(String iri) {
        try {
            URI uri = new URI(iri);
            String host = uri.getHost();
            if (host == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                return false;
            }
            host = host.toLowerCase(Locale.ROOT);
            int port = uri.getPort() >= 0 ? uri.getPort() : ("https".equals(uri.getScheme()) ? 443 : 80);
            for (String e : entries) {
                if (e.equals(host) || e.equals(host + ":" + port)) {
                    return true;
                }
            }
            return false;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** Refuses a query with a SERVICE to a host not on the list, or to a variable. */
    public void check(Query query) {
        if (query.getQueryPattern() == null) {
            return;
        }
        ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementService el) {
                checkNode(el.getServiceNode());
            }
        });
    }

    void checkNode(Node service) {
        if (!service.isURI()) {
            throw new QueryBuildException("SERVICE with a variable endpoint is not allowed on this server; name the endpoint IRI.");
        }
        if (!allows(service.getURI())) {
            throw new QueryBuildException("SERVICE <" + service.getURI() + "> is refused: its host is not on this server's allowlist "
                    + entries + ". Start the server with --service-allow to permit it.");
        }
    }

    /** Installs the run-time check (for SERVICE calls built any other way) and the User-Agent into a context. */
    public void applyTo(Context context) {
        ServiceExecutorRegistry registry = ServiceExecutorRegistry.chooseRegistry(context).copy();
        registry.addSingleLink((opExec, opOriginal, binding, execCxt, chain) -> {
            checkNode(opExec.getService());
            return chain.createExecution(opExec, opOriginal, binding, execCxt);
        });
        ServiceExecutorRegistry.set(context, registry);
        context.set(ARQ.httpServiceAllowed, true);
        HttpRequestModifier ua = (params, headers) -> headers.put("User-Agent", userAgent);
        context.set(ARQ.httpRequestModifer, ua);
    }

    /** A readable form for logs. */
    @Override
    public String toString() {
        return "SERVICE allowlist " + entries;
    }
}
