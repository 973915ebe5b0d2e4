package dev.techshift.loader.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the entity registry ({@code data/entities/*.ttl}) and its external links ({@code data/links/*.ttl}):
 * both Jena and RDF4J Rio read every file to the same graph, every entity is typed and labelled, labels
 * are unambiguous per language, and every reference and external identifier is well formed.
 * <pre>
 * mvn -B -ntp -q -pl loader -am verify -Dtest=RegistryFilesTest -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
class RegistryFilesTest {

    /** Registry files hold IRIs relative to {@code B id/}; the default base is used here. */
    private static final String BASE = "http://localhost:3030/id/";
    private static final String TS = "https://w3id.org/techshift/ns#";
    private static final Property LINK_STATUS = ResourceFactory.createProperty(TS + "linkStatus");
    private static final Property AMBIGUOUS = ResourceFactory.createProperty(TS + "ambiguous");
    private static final Resource NOT_VERIFIED = ResourceFactory.createResource(TS + "NotVerified");
    private static final Resource NO_WIKIDATA_ITEM = ResourceFactory.createResource(TS + "NoWikidataItem");
    private static final Set<String> LANGUAGES = Set.of("en", "zh-Hans", "zh-Hant");
    private static final Map<String, String> KIND_BY_FILE = Map.of(
            "organizations.ttl", "org", "units.ttl", "unit", "people.ttl", "person", "products.ttl", "product",
            "places.ttl", "place", "markets.ttl", "market", "roles.ttl", "role");
    private static final Pattern WIKIDATA_ITEM = Pattern.compile("^http://www\\.wikidata\\.org/entity/Q[0-9]+$");
    private static final Pattern DBPEDIA_RESOURCE = Pattern.compile("^http://dbpedia\\.org/resource/[^\\s<>\"]+$");
    private static final Pattern ENTITY_PATH = Pattern.compile("^(org|unit|person|product|place|market|role)/[a-z0-9]+(-[a-z0-9]+)*$");
    private static final Pattern BASE_DECLARATION = Pattern.compile("(?im)^\\s*(@base|base)\\s");

    private static Path root;
    private static final Map<Path, Model> FILES = new TreeMap<>();
    private static final Model REGISTRY = ModelFactory.createDefaultModel();
    private static final Model LINKS = ModelFactory.createDefaultModel();

    @BeforeAll
    static void readFiles() throws IOException {
        root = projectRoot();
        for (String dir : List.of("data/entities", "data/links")) {
            for (Path file : turtleFiles(root.resolve(dir))) {
                Model model = ModelFactory.createDefaultModel();
                RDFParser.source(file).base(BASE).lang(Lang.TURTLE).parse(model);
                FILES.put(file, model);
                (dir.endsWith("entities") ? REGISTRY : LINKS).add(model);
            }
        }
        assertFalse(REGISTRY.isEmpty(), "The registry in " + root.resolve("data/entities") + " is empty.");
    }

    @Test
    void rioReadsEveryFileToTheSameGraphAsJena() throws IOException {
        for (Map.Entry<Path, Model> entry : FILES.entrySet()) {
            org.eclipse.rdf4j.model.Model rio;
            try (InputStream in = Files.newInputStream(entry.getKey())) {
                rio = Rio.parse(in, BASE, RDFFormat.TURTLE);
            }
            StringWriter nquads = new StringWriter();
            Rio.write(rio, nquads, RDFFormat.NQUADS);
            Model viaRio = ModelFactory.createDefaultModel();
            RDFParser.create().source(new StringReader(nquads.toString())).lang(Lang.NQUADS).parse(viaRio);
            assertTrue(entry.getValue().isIsomorphicWith(viaRio),
                    "Jena and RDF4J Rio read " + rel(entry.getKey()) + " to different graphs (" + entry.getValue().size()
                            + " and " + viaRio.size() + " triples).");
        }
    }

    @Test
    void filesUseTheBaseTheyAreGivenInsteadOfDeclaringOne() throws IOException {
        for (Path file : FILES.keySet()) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertFalse(BASE_DECLARATION.matcher(text).find(),
                    rel(file) + " declares a base IRI; registry files must stay relative to the configured base.");
        }
    }

    @Test
    void entityIrisFollowTheKindOfTheirFile() {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<Path, Model> entry : FILES.entrySet()) {
            String kind = KIND_BY_FILE.get(entry.getKey().getFileName().toString());
            if (!entry.getKey().getParent().endsWith("entities")) {
                continue;
            }
            if (kind == null) {
                problems.add(rel(entry.getKey()) + " is not one of " + new TreeSet<>(KIND_BY_FILE.keySet()));
                continue;
            }
            for (Resource subject : entry.getValue().listSubjects().toList()) {
                String path = localPath(subject);
                if (path == null || !ENTITY_PATH.matcher(path).matches() || !path.startsWith(kind + "/")) {
                    problems.add(subject + " in " + rel(entry.getKey()) + " (expected " + kind + "/lower-case-slug)");
                }
            }
        }
        assertTrue(problems.isEmpty(), "These entity IRIs do not follow B id/{kind}/{slug}: " + problems);
    }

    @Test
    void everyEntityHasATypeAndAPreferredLabelPerLanguageAtMostOnce() {
        List<String> problems = new ArrayList<>();
        for (Resource entity : entities()) {
            if (!entity.hasProperty(RDF.type)) {
                problems.add(entity + " has no rdf:type");
            }
            if (!entity.hasProperty(SKOS.prefLabel)) {
                problems.add(entity + " has no skos:prefLabel");
            }
            Set<String> seen = new TreeSet<>();
            for (Statement s : entity.listProperties(SKOS.prefLabel).toList()) {
                if (!seen.add(s.getLanguage())) {
                    problems.add(entity + " has two skos:prefLabel values in '" + s.getLanguage() + "'");
                }
            }
        }
        assertTrue(problems.isEmpty(), "Registry entities are incomplete: " + problems);
    }

    @Test
    void labelsAreLanguageTaggedEnglishOrChinese() {
        List<String> problems = new ArrayList<>();
        for (Statement s : labelStatements()) {
            RDFNode o = s.getObject();
            if (!o.isLiteral() || !LANGUAGES.contains(o.asLiteral().getLanguage())) {
                problems.add(s.getSubject() + " " + o);
            }
        }
        assertTrue(problems.isEmpty(), "These labels are not tagged en, zh-Hans or zh-Hant: " + problems);
    }

    @Test
    void noTwoEntitiesShareALabelUnlessBothAreMarkedAmbiguous() {
        Map<String, Set<String>> holders = new TreeMap<>();
        for (Statement s : labelStatements()) {
            Literal label = s.getObject().asLiteral();
            String key = "\"" + fold(label.getLexicalForm()) + "\"@" + label.getLanguage();
            holders.computeIfAbsent(key, k -> new TreeSet<>()).add(s.getSubject().getURI());
        }
        List<String> problems = new ArrayList<>();
        holders.forEach((label, who) -> {
            boolean allAmbiguous = who.stream().allMatch(iri -> REGISTRY.createResource(iri).hasLiteral(AMBIGUOUS, true));
            if (who.size() > 1 && !allAmbiguous) {
                problems.add(label + " is held by " + who);
            }
        });
        assertTrue(problems.isEmpty(), "Labels shared by entities not marked ts:ambiguous true: " + problems);
    }

    @Test
    void referencesPointAtEntitiesTheRegistryDefines() {
        Set<Resource> defined = entities();
        List<String> problems = new ArrayList<>();
        for (Statement s : REGISTRY.listStatements().toList()) {
            RDFNode o = s.getObject();
            if (o.isURIResource() && o.asResource().getURI().startsWith(BASE) && !defined.contains(o.asResource())) {
                problems.add(s.getSubject() + " " + s.getPredicate().getLocalName() + " " + o);
            }
        }
        for (Property p : List.of(ORG.subOrganizationOf, ResourceFactory.createProperty(TS + "headquartersCountry"))) {
            for (Statement s : REGISTRY.listStatements(null, p, (RDFNode) null).toList()) {
                if (!s.getObject().isURIResource()) {
                    problems.add(s.getSubject() + " " + p.getLocalName() + " is not an IRI");
                }
            }
        }
        for (Resource subject : LINKS.listSubjects().toList()) {
            if (!defined.contains(subject)) {
                problems.add("a link is given for " + subject + ", which the registry does not define");
            }
        }
        assertTrue(problems.isEmpty(), "These references point at nothing the registry defines: " + problems);
    }

    @Test
    void externalIdentifiersAreWellFormed() {
        List<String> problems = new ArrayList<>();
        for (Statement s : LINKS.listStatements(null, OWL.sameAs, (RDFNode) null).toList()) {
            if (!s.getObject().isURIResource() || !WIKIDATA_ITEM.matcher(s.getObject().asResource().getURI()).matches()) {
                problems.add(s.getSubject() + " owl:sameAs " + s.getObject());
            }
        }
        for (Statement s : LINKS.listStatements(null, SKOS.exactMatch, (RDFNode) null).toList()) {
            if (!s.getObject().isURIResource() || !DBPEDIA_RESOURCE.matcher(s.getObject().asResource().getURI()).matches()) {
                problems.add(s.getSubject() + " skos:exactMatch " + s.getObject());
            }
        }
        Map<String, Set<String>> byItem = new TreeMap<>();
        for (Statement s : LINKS.listStatements(null, OWL.sameAs, (RDFNode) null).toList()) {
            byItem.computeIfAbsent(s.getObject().toString(), k -> new TreeSet<>()).add(s.getSubject().getURI());
        }
        byItem.forEach((item, who) -> {
            if (who.size() > 1) {
                problems.add(item + " is claimed by " + who);
            }
        });
        assertTrue(problems.isEmpty(), "These external identifiers are malformed or claimed twice: " + problems);
        assertFalse(REGISTRY.contains(null, OWL.sameAs, (RDFNode) null),
                "owl:sameAs belongs in data/links/wikidata.ttl, not in the registry files.");
    }

    @Test
    void everyUnlinkedEntityIsAConceptOrMarkedNotVerified() {
        List<String> problems = new ArrayList<>();
        for (Resource entity : entities()) {
            boolean linked = LINKS.contains(entity, OWL.sameAs, (RDFNode) null);
            boolean concept = entity.hasProperty(RDF.type, SKOS.Concept);
            boolean accounted = entity.hasProperty(LINK_STATUS, NOT_VERIFIED) || entity.hasProperty(LINK_STATUS, NO_WIKIDATA_ITEM);
            if (!linked && !concept && !accounted) {
                problems.add(entity.getURI());
            }
            if (linked && accounted) {
                problems.add(entity.getURI() + " (has owl:sameAs yet says it is not linked)");
            }
        }
        assertTrue(problems.isEmpty(),
                "These entities have no Wikidata link and no ts:linkStatus saying why: " + problems);
    }

    private static Set<Resource> entities() {
        Set<Resource> out = new TreeSet<>(Comparator.comparing(Resource::getURI));
        REGISTRY.listSubjects().forEach(out::add);
        return out;
    }

    private static List<Statement> labelStatements() {
        List<Statement> out = new ArrayList<>(REGISTRY.listStatements(null, SKOS.prefLabel, (RDFNode) null).toList());
        out.addAll(REGISTRY.listStatements(null, SKOS.altLabel, (RDFNode) null).toList());
        return out;
    }

    private static String fold(String label) {
        return Normalizer.normalize(label, Normalizer.Form.NFC).strip().toLowerCase(Locale.ROOT);
    }

    private static String localPath(Resource r) {
        return r.isURIResource() && r.getURI().startsWith(BASE) ? r.getURI().substring(BASE.length()) : null;
    }

    private static String rel(Path file) {
        return root.relativize(file).toString();
    }

    private static List<Path> turtleFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".ttl")).sorted().toList();
        }
    }

    private static Path projectRoot() {
        String configured = System.getProperty("techshift.root");
        if (configured != null && !configured.isBlank() && Files.isDirectory(Paths.get(configured, "data"))) {
            return Paths.get(configured).toAbsolutePath().normalize();
        }
        for (Path p = Paths.get("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("data/entities"))) {
                return p;
            }
        }
        throw new IllegalStateException("Could not find the project root: set -Dtechshift.root or run inside the project.");
    }
}
