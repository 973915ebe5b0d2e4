package dev.techshift.loader;

import dev.techshift.loader.article.Article;
import dev.techshift.loader.article.ArticleException;
import dev.techshift.loader.article.ArticleReader;
import dev.techshift.loader.entity.AliasIndex;
import dev.techshift.loader.entity.EntityLinker;
import dev.techshift.loader.entity.EntityRef;
import dev.techshift.loader.entity.Mention;
import dev.techshift.loader.entity.MarketNames;
import dev.techshift.loader.entity.Registry;
import dev.techshift.loader.entity.UnitReferences;
import dev.techshift.loader.entity.UnlinkedFinder;
import dev.techshift.loader.extract.Categories;
import dev.techshift.loader.extract.Extraction;
import dev.techshift.loader.extract.RuleEngine;
import dev.techshift.loader.extract.RuleSet;
import dev.techshift.loader.fact.ArticleFacts;
import dev.techshift.loader.fact.FactAssembler;
import dev.techshift.loader.fact.FactStatement;
import dev.techshift.loader.fact.Iris;
import dev.techshift.loader.rdf.ArticleGraphWriter;
import dev.techshift.loader.rdf.MetaWriter;
import dev.techshift.loader.rdf.StableParse;
import dev.techshift.loader.values.QuantityParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;

/**
 * One article from file to RDF: read, link entities, run the rules, assemble facts, write the article graph
 * and its meta entries. Holds what every article shares (registry, rules) and their fingerprint.
 * <pre>
 *   Pipeline p = Pipeline.create(options);
 *   Pipeline.Result r = p.process(Path.of("data/articles/003_88a10c980630acae.txt"));
 * </pre>
 */
public final class Pipeline {

    /** The software version recorded on the agent and in fingerprints. */
    public static final String VERSION = "0.1.0";
    /** The cue file for unlinked names. */
    public static final String CUES = "unlinked.json";
    /** The market terms by which an unregistered market gets its English name ({@link MarketNames}). */
    public static final String MARKET_TERMS = "market-terms.json";

    /** One article's output. */
    public record Result(Article article, List<Mention> mentions, ArticleFacts facts, Graph graph, List<Triple> meta,
                         String runKey, ArticleReport report) {}

    private final LoaderOptions options;
    private final Iris iris;
    private final Registry registry;
    private final MarketNames marketNames;
    private final RuleSet rules;
    private final ArticleReader reader;
    private final EntityLinker linker;
    private final UnitReferences unitReferences;
    private final RuleEngine engine;
    private final FactAssembler assembler;
    private final ArticleGraphWriter writer;
    private final MetaWriter meta;
    private final String fingerprint;

    private Pipeline(LoaderOptions options, boolean rulePrefilter) {
        this.options = options;
        this.iris = new Iris(options.base());
        this.registry = Registry.load(options.root().resolve("data"), options.base());
        this.rules = RuleSet.load(options.rules(), Categories.of(registry.categoryCodes()));
        this.reader = new ArticleReader(options);
        this.marketNames = MarketNames.load(options.rules().resolve(MARKET_TERMS), registry);
        UnlinkedFinder finder = UnlinkedFinder.load(options.rules().resolve(CUES), iris.id(), marketNames);
        this.linker = new EntityLinker(AliasIndex.of(registry), finder, registry);
        this.unitReferences = UnitReferences.of(finder, registry);
        this.engine = new RuleEngine(rules, new QuantityParser(options),
                e -> e.linked() ? rules.categories().mark(registry.categories(e.iri())) : "",
                e -> topOrganisation(registry, e),
                referable(registry, rules.references().notReferredTo()),
                rulePrefilter);
        this.assembler = new FactAssembler(registry, rules, iris, finder::regional);
        this.writer = new ArticleGraphWriter(iris);
        this.meta = new MetaWriter(iris, VERSION);
        this.fingerprint = computeFingerprint();
    }

    /**
     * The organisation at the top of an entity's registry tree (an unlinked unit's from the organisation it was read
     * as a part of): a unit of a unit of a company and a subsidiary of it are the same company for a rule's context.
     */
    private static String topOrganisation(Registry registry, EntityRef e) {
        List<String> chain = registry.chain(e.linked() || e.parent() == null ? e.iri() : e.parent());
        return chain.get(chain.size() - 1);
    }

    /**
     * Whether "the company", "we" may mean an entity: not a registry entity of a class a company reference never means
     * ({@code families.json}, {@code references.notReferredTo}: a government, a news outlet, a university), those
     * entities read from the registry once.
     */
    private static Predicate<EntityRef> referable(Registry registry, Set<String> notReferredTo) {
        Set<String> never = new HashSet<>();
        for (String c : notReferredTo) {
            registry.graph().find(Node.ANY, RDF.type.asNode(), NodeFactory.createURI(c))
                    .filterKeep(t -> t.getSubject().isURI()).forEachRemaining(t -> never.add(t.getSubject().getURI()));
        }
        return e -> !e.linked() || !never.contains(e.iri());
    }

    /** Loads the registry, rules and cues of a project. */
    public static Pipeline create(LoaderOptions options) {
        return new Pipeline(options, true);
    }

    /**
     * As {@link #create(LoaderOptions)}, with the rule prefilter off when {@code rulePrefilter} is false: every rule's
     * pattern is then tried on every sentence. The output is the same; only the time differs (for {@code kg bench load}
     * and the tests that check the two agree).
     */
    public static Pipeline create(LoaderOptions options, boolean rulePrefilter) {
        return new Pipeline(options, rulePrefilter);
    }

    public Iris iris() {
        return iris;
    }

    public Registry registry() {
        return registry;
    }

    /** How unregistered markets are named. */
    public MarketNames marketNames() {
        return marketNames;
    }

    public RuleSet rules() {
        return rules;
    }

    public ArticleReader reader() {
        return reader;
    }

    public RuleEngine engine() {
        return engine;
    }

    public MetaWriter metaWriter() {
        return meta;
    }

    /** SHA-256 over the software version and jar, the base, the ontology, and every rule, registry and link file. */
    public String fingerprint() {
        return fingerprint;
    }

    /** The run key of an article: the fingerprint and the article's text hash and metadata. */
    public String runKey(Article a) {
        return Iris.sha256(fingerprint + " " + a.textHash() + " " + a.meta());
    }

    /** Processes one article file; an unreadable article throws with a sentence naming file and problem. */
    public Result process(Path file) throws ArticleException {
        long t0 = System.nanoTime();
        Article a = reader.read(file);
        return process(a, t0);
    }

    /** Processes an article already read; {@code t0} is when its reading began (System.nanoTime). */
    public Result process(Article a, long t0) {
        List<Mention> mentions = unitReferences.resolve(a, linker.link(a));
        List<Extraction> xs = engine.extract(a, mentions);
        ArticleFacts facts = assembler.assemble(a, xs, mentions);
        Graph g = writer.write(a, mentions, facts);
        String runKey = runKey(a);
        List<Triple> metaTriples = new ArrayList<>();
        meta.article(a, runKey, metaTriples::add);
        List<String> warnings = new ArrayList<>(a.warnings());
        long linked = mentions.stream().filter(m -> m.entity().linked()).count();
        if (mentions.isEmpty()) {
            warnings.add(a.fileName() + ": no entity was recognised, so no facts were drawn from it.");
        }
        Map<String, Set<String>> perFamily = new TreeMap<>();
        for (FactStatement s : facts.statements()) {
            perFamily.computeIfAbsent(s.family(), k -> new TreeSet<>()).add(s.fact());
        }
        Map<String, Integer> counts = new TreeMap<>();
        perFamily.forEach((k, v) -> counts.put(k, v.size()));
        ArticleReport report = new ArticleReport(a.stem(), ArticleReport.Status.LOADED, a.sentences().size(), (int) linked,
                (int) (mentions.size() - linked), counts, facts.statements().size(), List.copyOf(warnings), "",
                (System.nanoTime() - t0) / 1_000_000);
        return new Result(a, mentions, facts, g, metaTriples, runKey, report);
    }

    /** The ontology graph from the classpath ({@code techshift/ontology/kg.ttl}), empty when absent. */
    public static Graph ontology() {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = Pipeline.class.getClassLoader().getResourceAsStream("techshift/ontology/kg.ttl")) {
            if (in != null) {
                StableParse.stream(in, "ontology", g);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return g;
    }

    private String computeFingerprint() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update((VERSION + " " + options.base()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            List<Path> files = new ArrayList<>();
            // the rule files the rules were read from (JSON); the directory's README is documentation and changes no output
            files.addAll(rules.files());
            files.addAll(Registry.files(options.entities()));
            files.addAll(Registry.files(options.root().resolve("data/links")));
            for (Path f : files) {
                md.update(f.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                md.update(Files.readAllBytes(f));
            }
            try (InputStream in = Pipeline.class.getClassLoader().getResourceAsStream("techshift/ontology/kg.ttl")) {
                if (in != null) {
                    md.update(in.readAllBytes());
                }
            }
            // The loader's own jar (reproducible builds: same code, same bytes), so new code rebuilds the store.
            java.security.CodeSource code = Pipeline.class.getProtectionDomain().getCodeSource();
            if (code != null && code.getLocation().getPath().endsWith(".jar")) {
                md.update(Files.readAllBytes(Path.of(code.getLocation().getPath())));
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
