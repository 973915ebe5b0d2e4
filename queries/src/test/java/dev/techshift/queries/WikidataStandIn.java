package dev.techshift.queries;

import java.nio.file.Path;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;

/**
 * A local SPARQL endpoint shaped like Wikidata (wd:/wdt: IRIs) for testing federated queries
 * without the network: an embedded Fuseki on a free loopback port.
 * <pre>
 *   try (WikidataStandIn wd = WikidataStandIn.start(Path.of("fixture/wikidata-standin.ttl"))) {
 *       String endpoint = wd.endpoint();   // http://127.0.0.1:PORT/wikidata/sparql
 *   }
 * </pre>
 */
final class WikidataStandIn implements AutoCloseable {

    private final FusekiServer server;

    private WikidataStandIn(FusekiServer server) {
        this.server = server;
    }

    static WikidataStandIn start(Path data) {
        Dataset ds = RDFDataMgr.loadDataset(data.toString());
        FusekiServer server = FusekiServer.create()
                .fusekiModules(FusekiModules.empty())
                .loopback(true)
                .port(0)
                .add("/wikidata", ds)
                .build()
                .start();
        return new WikidataStandIn(server);
    }

    /** The SPARQL query endpoint, as a query's {@code wikidata} parameter value. */
    String endpoint() {
        return "http://127.0.0.1:" + server.getPort() + "/wikidata/sparql";
    }

    @Override
    public void close() {
        server.stop();
    }
}
