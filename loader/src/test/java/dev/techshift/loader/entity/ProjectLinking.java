package dev.techshift.loader.entity;

import dev.techshift.loader.Loader;
import dev.techshift.loader.LoaderOptions;
import java.nio.file.Path;

/**
 * The project's own registry and cue file ({@code data/}) loaded once for the entity tests, wired as the pipeline
 * wires them.
 * <pre>
 *   EntityLinker linker = ProjectLinking.get().linker();
 * </pre>
 */
record ProjectLinking(Registry registry, UnlinkedFinder finder, EntityLinker linker, UnitReferences units, MarketNames markets) {

    private static ProjectLinking loaded;

    static synchronized ProjectLinking get() {
        if (loaded == null) {
            Path root = Loader.projectRoot();
            Registry registry = Registry.load(root.resolve("data"), LoaderOptions.DEFAULT_BASE);
            MarketNames markets = MarketNames.load(root.resolve("data/rules/market-terms.json"), registry);
            UnlinkedFinder finder = UnlinkedFinder.load(root.resolve("data/rules/unlinked.json"), LoaderOptions.DEFAULT_BASE + "id/", markets);
            loaded = new ProjectLinking(registry, finder, new EntityLinker(AliasIndex.of(registry), finder, registry),
                    UnitReferences.of(finder, registry), markets);
        }
        return loaded;
    }
}
