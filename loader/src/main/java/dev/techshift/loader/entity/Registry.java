package dev.techshift.loader.entity;

import dev.techshift.vocab.ORG;
import dev.techshift.vocab.SCHEMA;
import dev.techshift.vocab.TS;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import dev.techshift.loader.rdf.StableParse;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * The entity registry: every entity of {@code data/entities/*.ttl} with its labels, parents and places,
 * plus the links of {@code data/links/*.ttl}, parsed with relative IRIs resolved against {@code B id/}.
 * <pre>
 *   Registry r = Registry.load(Path.of("data"), "http://localhost:3030/");
 *   r.labels("http://localhost:3030/id/org/ibm");
 * </pre>
 */
public final class Registry {

    private final Graph graph;
    private final String idBase;
    private final Map<String, EntityRef> entities = new TreeMap<>();
    private final Map<String, List<String>> categories = new TreeMap<>();

    private Registry(Graph graph, String idBase) {
        this.graph = graph;
        this.idBase = idBase;
        graph.find(Node.ANY, Node.ANY, Node.ANY).forEach(t -> {
            Node s = t.getSubject();
            if (s.isURI() && s.getURI().startsWith(idBase) && !entities.containsKey(s.getURI())) {
                String rest = s.getURI().substring(idBase.length());
                int slash = rest.indexOf('/');
                if (slash > 0) {
                    EntityKind.fromSegment(rest.substring(0, slash)).ifPresent(k ->
                            entities.put(s.getURI(), new EntityRef(s.getURI(), k, displayLabel(s), true)));
                }
            }
        });
        graph.find(Node.ANY, TS.roleCategory.asNode(), Node.ANY).forEach(t -> {
            if (t.getSubject().isURI() && t.getObject().isLiteral()) {
                categories.computeIfAbsent(t.getSubject().getURI(), k -> new ArrayList<>()).add(t.getObject().getLiteralLexicalForm());
            }
        });
        categories.replaceAll((k, v) -> v.stream().distinct().sorted().toList());
    }

    /** Loads {@code entities/*.ttl} and {@code links/*.ttl} under {@code dataDir}, in file-name order. */
    public static Registry load(Path dataDir, String base) {
        Graph g = GraphFactory.createGraphMem();
        String idBase = base + "id/";
        for (Path f : files(dataDir.resolve("entities"))) {
            StableParse.file(f, idBase, g);
        }
        for (Path f : files(dataDir.resolve("links"))) {
            StableParse.file(f, idBase, g);
        }
        return new Registry(g, idBase);
    }

    /** The registry's files, sorted, for fingerprints and loading. */
    public static List<Path> files(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".ttl")).sorted(Comparator.comparing(Path::toString)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Graph graph() {
        return graph;
    }

    public String idBase() {
        return idBase;
    }

    public Collection<EntityRef> entities() {
        return entities.values();
    }

    public Optional<EntityRef> get(String iri) {
        return Optional.ofNullable(entities.get(iri));
    }

    /** Every label of an entity (prefLabel, altLabel, rdfs:label), in a stable order. */
    public List<String> labels(String iri) {
        Set<String> out = new LinkedHashSet<>();
        Node s = NodeFactory.createURI(iri);
        for (Node p : List.of(SKOS.prefLabel.asNode(), SKOS.altLabel.asNode(), RDFS.label.asNode())) {
            graph.find(s, p, Node.ANY).toList().stream().map(Triple::getObject).filter(Node::isLiteral)
                    .map(Node::getLiteralLexicalForm).sorted().forEach(out::add);
        }
        return new ArrayList<>(out);
    }

    /**
     * The labels that name the entity only in context ({@code ts:contextualLabel}): a common word ("卓越") or a
     * short form another organisation also uses, linked only where the sentence, or the one before, names the
     * entity's organisation.
     */
    public List<String> contextualLabels(String iri) {
        return graph.find(NodeFactory.createURI(iri), TS.contextualLabel.asNode(), Node.ANY).toList().stream()
                .map(Triple::getObject).filter(Node::isLiteral).map(Node::getLiteralLexicalForm).sorted().distinct().toList();
    }

    /** The parent organisation ({@code org:subOrganizationOf}) when there is one. */
    public Optional<String> parent(String iri) {
        return object(iri, ORG.subOrganizationOf.asNode());
    }

    /**
     * The entity and the organisations above it, nearest first, along {@code org:subOrganizationOf}
     * (at most ten steps, so a cycle in the registry cannot loop).
     */
    public List<String> chain(String iri) {
        List<String> out = new ArrayList<>(List.of(iri));
        for (Optional<String> p = parent(iri); p.isPresent() && out.size() <= 10; p = parent(p.get())) {
            out.add(p.get());
        }
        return out;
    }

    /** The top of the {@code org:subOrganizationOf} chain. */
    public String root(String iri) {
        List<String> chain = chain(iri);
        return chain.get(chain.size() - 1);
    }

    /** True when {@code ancestor} is above the entity in the {@code org:subOrganizationOf} chain. */
    public boolean isPartOf(String iri, String ancestor) {
        List<String> chain = chain(iri);
        return chain.subList(1, chain.size()).contains(ancestor);
    }

    /** The nearest organisation (kind org) at or above an entity in the {@code org:subOrganizationOf} chain. */
    public Optional<String> organizationOf(String iri) {
        return chain(iri).stream().filter(c -> get(c).map(e -> e.kind() == EntityKind.ORG).orElse(false)).findFirst();
    }

    /**
     * The categories of a role ({@code ts:roleCategory}: founder, chief, ...), sorted; empty for other entities.
     * Rules require them as {@code {ROLE:founder}}.
     */
    public List<String> categories(String iri) {
        return categories.getOrDefault(iri, List.of());
    }

    /** Every category code some entity has, sorted. */
    public List<String> categoryCodes() {
        return categories.values().stream().flatMap(List::stream).distinct().sorted().toList();
    }

    /**
     * "its Shanghai lab": the registry unit of the organisation (same top of the {@code org:subOrganizationOf} chain)
     * located at the place ({@code schema:location}), when there is exactly one.
     */
    public Optional<EntityRef> unitAt(String organization, String place) {
        String top = root(organization);
        List<EntityRef> found = entities.values().stream()
                .filter(e -> e.kind() == EntityKind.UNIT)
                .filter(e -> location(e.iri()).map(place::equals).orElse(false))
                .filter(e -> root(e.iri()).equals(top))
                .toList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /**
     * The registry products made by an organisation or unit ({@code schema:manufacturer}), sorted: what "the lab
     * developed a framework" can refer to when the text describes the product instead of naming it.
     */
    public List<String> productsMadeBy(String maker) {
        return graph.find(Node.ANY, SCHEMA.manufacturer.asNode(), NodeFactory.createURI(maker)).toList().stream()
                .map(Triple::getSubject).filter(Node::isURI).map(Node::getURI)
                .filter(i -> get(i).map(e -> e.kind() == EntityKind.PRODUCT).orElse(false))
                .distinct().sorted().toList();
    }

    /** Where a unit is ({@code schema:location}) or else its country ({@code ts:headquartersCountry}). */
    public Optional<String> place(String iri) {
        return object(iri, SCHEMA.location.asNode()).or(() -> country(iri));
    }

    /** Where a unit is ({@code schema:location}) when the registry says. */
    public Optional<String> location(String iri) {
        return object(iri, SCHEMA.location.asNode());
    }

    public Optional<String> country(String iri) {
        return object(iri, TS.headquartersCountry.asNode());
    }

    /**
     * The country a registry place is in: the place itself when it is a {@code schema:Country}, else the first country
     * up its {@code schema:containedInPlace} chain (Shenzhen → China); empty for a region above countries or an unknown
     * place.
     */
    public Optional<String> countryOf(String place) {
        String at = place;
        for (int step = 0; at != null && step < 6; step++) {
            if (graph.contains(NodeFactory.createURI(at), RDF.type.asNode(), SCHEMA.Country.asNode())) {
                return Optional.of(at);
            }
            at = object(at, SCHEMA.containedInPlace.asNode()).orElse(null);
        }
        return Optional.empty();
    }

    private Optional<String> object(String iri, Node p) {
        return graph.find(NodeFactory.createURI(iri), p, Node.ANY).toList().stream().map(Triple::getObject)
                .filter(Node::isURI).map(Node::getURI).sorted().findFirst();
    }

    private String displayLabel(Node s) {
        List<Triple> ts = graph.find(s, SKOS.prefLabel.asNode(), Node.ANY).toList();
        return ts.stream().map(Triple::getObject).filter(o -> o.isLiteral() && o.getLiteralLanguage().equals("en"))
                .map(Node::getLiteralLexicalForm).sorted().findFirst()
                .orElse(ts.stream().map(t -> t.getObject().getLiteralLexicalForm()).sorted().findFirst().orElse(s.getURI()));
    }
}
