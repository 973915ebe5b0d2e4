package dev.techshift.server.bench;

import dev.techshift.server.KgServer;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.system.Txn;

/**
 * Measures each query over HTTP against a running {@link KgServer} and in-process on the same
 * dataset, at several concurrency levels, and prints throughput, p50 and p99 latency per mode
 * and the HTTP / in-process ratio. Results are read to the end in both modes, and the server's
 * row cap is applied in-process too, so both do the same work.
 * <pre>
 *   new Bench(server, 200, List.of(1, 8)).run(BenchQuery.load(Path.of("queries")), new PrintWriter(System.out, true));
 * </pre>
 */
public final class Bench {

    /** One measured series. */
    public record Result(String query, String mode, int concurrency, int requests, int errors, double perSecond, double p50, double p99) {}

    private final java.util.Map<String, String> firstErrors = new java.util.concurrent.ConcurrentSkipListMap<>();
    private final KgServer server;
    private final int requests;
    private final List<Integer> concurrency;

    public Bench(KgServer server, int requests, List<Integer> concurrency) {
        this.server = server;
        this.requests = requests;
        this.concurrency = List.copyOf(concurrency);
    }

    /** Runs every query in every mode and prints the table; returns the rows. */
    public List<Result> run(List<BenchQuery> queries, PrintWriter out) {
        List<Result> results = new ArrayList<>();
        out.printf(Locale.ROOT, "%-32s %-10s %4s %7s %6s %10s %9s %9s%n", "query", "mode", "conc", "reqs", "errors", "req/s", "p50 ms", "p99 ms");
        for (BenchQuery q : queries) {
            for (int c : concurrency) {
                for (String mode : List.of("http", "in-process")) {
                    Result r = measure(q, mode, c);
                    results.add(r);
                    out.printf(Locale.ROOT, "%-32s %-10s %4d %7d %6d %10.1f %9.2f %9.2f%n",
                            abbreviate(q.name()), mode, c, r.requests(), r.errors(), r.perSecond(), r.p50(), r.p99());
                }
            }
        }
        out.println();
        out.printf(Locale.ROOT, "%-10s %4s %14s %14s %16s%n", "summary", "conc", "http req/s", "in-proc req/s", "p50 ratio h/i");
        for (int c : concurrency) {
            double h = sum(results, "http", c);
            double i = sum(results, "in-process", c);
            out.printf(Locale.ROOT, "%-10s %4d %14.1f %14.1f %16.1f%n", "all", c, h / queries.size(), i / queries.size(),
                    medianRatio(results, c));
        }
        out.println("(req/s averaged over queries; p50 ratio = median over queries of HTTP p50 / in-process p50)");
        firstErrors.forEach((k, v) -> out.println("error in " + k + ": " + v));
        return results;
    }

    private Result measure(BenchQuery q, String mode, int threads) {
        Query query = QueryFactory.create(q.text());
        Runnable once = "http".equals(mode) ? () -> overHttp(q.text(), query) : () -> inProcess(q.text());
        int errors = 0;
        try {
            once.run();
        } catch (RuntimeException e) {
            errors++;
            firstErrors.putIfAbsent(q.name() + " (" + mode + ")", String.valueOf(e.getMessage()));
        }
        List<Double> millis = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failed = new AtomicInteger(errors);
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        try {
            List<Future<?>> fs = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                fs.add(pool.submit(() -> {
                    while (next.getAndIncrement() < requests) {
                        long t0 = System.nanoTime();
                        try {
                            once.run();
                            millis.add((System.nanoTime() - t0) / 1e6);
                        } catch (RuntimeException e) {
                            failed.incrementAndGet();
                        }
                    }
                }));
            }
            for (Future<?> f : fs) {
                f.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("The benchmark of " + q.name() + " was interrupted: " + e.getMessage(), e);
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return new Result(q.name(), mode, threads, requests, failed.get(), sorted.size() / seconds,
                percentile(sorted, 0.50), percentile(sorted, 0.99));
    }

    private void overHttp(String queryString, Query query) {
        try (QueryExecHTTP qe = QueryExecHTTP.service(server.endpoint()).query(queryString).build()) {
            consume(qe, query);
        }
    }

    private void inProcess(String queryString) {
        Query query = QueryFactory.create(queryString);
        if (!query.isAskType() && (!query.hasLimit() || query.getLimit() > server.maxRows())) {
            query.setLimit(server.maxRows());
        }
        DatasetGraph dsg = server.dataset();
        Txn.executeRead(dsg, () -> {
            try (QueryExec qe = QueryExec.dataset(dsg).query(query).build()) {
                consume(qe, query);
            }
        });
    }

    private static void consume(QueryExec qe, Query query) {
        if (query.isSelectType()) {
            qe.select().forEachRemaining(b -> { });
        } else if (query.isAskType()) {
            qe.ask();
        } else if (query.isConstructType()) {
            qe.construct().size();
        } else if (query.isDescribeType()) {
            qe.describe().size();
        }
    }

    static double percentile(List<Double> sorted, double p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(i, sorted.size() - 1)));
    }

    private static double sum(List<Result> rs, String mode, int c) {
        return rs.stream().filter(r -> r.mode().equals(mode) && r.concurrency() == c).mapToDouble(Result::perSecond).sum();
    }

    private static double medianRatio(List<Result> rs, int c) {
        List<Double> ratios = new ArrayList<>();
        for (Result h : rs) {
            if (h.mode().equals("http") && h.concurrency() == c) {
                rs.stream().filter(i -> i.mode().equals("in-process") && i.concurrency() == c && i.query().equals(h.query()))
                        .findFirst().ifPresent(i -> ratios.add(h.p50() / i.p50()));
            }
        }
        Collections.sort(ratios);
        return percentile(ratios, 0.5);
    }

    private static String abbreviate(String name) {
        return name.length() <= 32 ? name : "…" + name.substring(name.length() - 31);
    }
}
