package dev.techshift.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.techshift.server.bench.Bench;
import dev.techshift.server.bench.BenchQuery;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark runs every query in both modes and prints a table; no timing is asserted. */
class BenchTest {

    @Test
    void printsATableForEveryQueryAndMode(@TempDir Path tmp) {
        List<BenchQuery> queries = BenchQuery.load(tmp.resolve("no-such-dir"));
        assertEquals(BenchQuery.builtIn().size(), queries.size());
        KgServer server = KgServer.builder(Fixtures.store(tmp, "gen-a.trig")).port(0).build().start();
        StringWriter buf = new StringWriter();
        try {
            List<Bench.Result> rs = new Bench(server, 3, List.of(1, 2)).run(queries, new PrintWriter(buf, true));
            assertEquals(queries.size() * 2 * 2, rs.size());
            assertTrue(rs.stream().allMatch(r -> r.errors() == 0), rs::toString);
        } finally {
            server.stop();
        }
        String table = buf.toString();
        assertTrue(table.contains("in-process") && table.contains("p99 ms") && table.contains("p50 ratio"), table);
    }

    @Test
    void libraryQueriesWithServiceAreLeftOut(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.rq"), "SELECT * { ?s ?p ?o } LIMIT 1");
        Files.writeString(dir.resolve("b.rq"), "SELECT * { SERVICE <https://query.wikidata.org/sparql> { ?s ?p ?o } }");
        assertEquals(List.of("a.rq"), BenchQuery.load(dir).stream().map(BenchQuery::name).toList());
    }
}
