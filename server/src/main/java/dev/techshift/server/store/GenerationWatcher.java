package dev.techshift.server.store;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.jena.sparql.util.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls the store pointer and, when a build has published a new generation, opens it and
 * switches the served dataset to it, without a restart.
 * <pre>
 *   GenerationWatcher w = new GenerationWatcher(layout, dsg, settings, Duration.ofSeconds(1));
 *   w.start();  ...  w.close();
 * </pre>
 */
public final class GenerationWatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(GenerationWatcher.class);

    private final StoreLayout layout;
    private final SwitchingDatasetGraph dataset;
    private final Consumer<Context> settings;
    private final Duration interval;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "techshift-store-watcher");
        t.setDaemon(true);
        return t;
    });

    public GenerationWatcher(StoreLayout layout, SwitchingDatasetGraph dataset, Consumer<Context> settings, Duration interval) {
        this.layout = layout;
        this.dataset = dataset;
        this.settings = settings;
        this.interval = interval;
    }

    public void start() {
        timer.scheduleWithFixedDelay(this::check, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Switches to the generation the pointer names if it is not the served one; true when it switched. */
    public synchronized boolean check() {
        try {
            Optional<Path> gen = layout.current();
            if (gen.isEmpty() || gen.get().getFileName().toString().equals(dataset.current().name())) {
                return false;
            }
            Generation next = Generation.open(gen.get(), settings);
            dataset.switchTo(next);
            LOG.info("Now serving store generation {}", next.name());
            return true;
        } catch (RuntimeException e) {
            String why = String.valueOf(e.getMessage());
            if (why.contains("lock")) {
                LOG.info("The new store generation is still open in the build process; trying again shortly ({}).", why);
            } else {
                LOG.warn("Could not switch to the new store generation: {}", why);
            }
            return false;
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
