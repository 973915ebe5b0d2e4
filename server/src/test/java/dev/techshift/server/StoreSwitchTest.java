package dev.techshift.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.techshift.server.store.StoreLayout;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build published while the server runs becomes visible without a restart and without partial answers. */
class StoreSwitchTest {

    /** Graph count of each generation: gen-a has registry + a01, gen-b has registry + b01. */
    private static final String GRAPHS = "SELECT (COUNT(DISTINCT ?g) AS ?n) (MAX(IF(STRENDS(STR(?g), 'b01'), 1, 0)) AS ?b) "
            + "{ GRAPH ?g { ?s ?p ?o } }";

    @Test
    void newGenerationIsServedWhileQueriesRun(@TempDir Path tmp) throws Exception {
        StoreLayout layout = Fixtures.store(tmp, "gen-a.trig");
        KgServer server = KgServer.builder(layout).port(0).build().start();
        AtomicBoolean running = new AtomicBoolean(true);
        ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
        AtomicInteger answered = new AtomicInteger();
        List<Thread> readers = Stream.generate(() -> new Thread(() -> {
            while (running.get()) {
                HttpResponse<String> r = Http.query(server.endpoint(), GRAPHS, "text/csv");
                String row = r.body().lines().skip(1).findFirst().orElse("").strip();
                // Either generation, whole: 2 graphs, and b01 among them only in gen-b.
                if (r.statusCode() != 200 || !Set.of("2,0", "2,1").contains(row.replaceAll("\\s", ""))) {
                    problems.add(r.statusCode() + " " + row);
                }
                answered.incrementAndGet();
            }
        })).limit(3).toList();
        try {
            readers.forEach(Thread::start);
            Thread.sleep(500);
            layout.publish(Fixtures.loading("gen-b.trig"));
            assertTrue(server.refresh() || server.dataset().current().name().equals("gen-0002"));
            assertEquals("gen-0002", server.dataset().current().name());
            HttpResponse<String> text = Http.query(server.endpoint(),
                    KgPrefixes.sparqlPrologue("http://localhost:3030/") + "SELECT ?s { ?s text:query (ts:text \"裁员\") }", "text/csv");
            assertTrue(text.body().contains("b01/s/0"), text::body);
            assertTrue(!text.body().contains("a01"), text::body);
            Thread.sleep(500);
        } finally {
            running.set(false);
            for (Thread t : readers) {
                t.join();
            }
            server.stop();
        }
        assertTrue(problems.isEmpty(), () -> "answers during the switch: " + problems);
        assertTrue(answered.get() > 3);
        assertTrue(Files.exists(layout.root().resolve("gen-0001")), "the previous generation is kept");
    }
}
