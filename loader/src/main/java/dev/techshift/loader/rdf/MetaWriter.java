package dev.techshift.loader.rdf;

import dev.techshift.loader.article.Article;
import dev.techshift.loader.article.ArticleMeta;
import dev.techshift.loader.article.PublicationDate;
import dev.techshift.loader.extract.Rule;
import dev.techshift.loader.fact.Iris;
import dev.techshift.vocab.PROV;
import dev.techshift.vocab.QB;
import dev.techshift.vocab.SCHEMA;
import dev.techshift.vocab.TS;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * Writes the meta graph: each article as a {@code schema:NewsArticle}, its graph and the extraction run that made
 * it (PROV-O), the software agent and the rules. No wall-clock time unless {@code SOURCE_DATE_EPOCH} is set.
 * <pre>
 *   MetaWriter mw = new MetaWriter(iris, "0.1.0");
 *   mw.article(article, fingerprint, graph::add);
 * </pre>
 */
public final class MetaWriter {

    private final Iris iris;
    private final String version;

    public MetaWriter(Iris iris, String version) {
        this.iris = iris;
        this.version = version;
    }

    /** The subjects an article's meta entries hang on: article, graph, run. Deleting them removes the entries. */
    public Node[] subjects(String stem, String runKey) {
        return new Node[] {uri(iris.article(stem)), uri(iris.articleGraph(stem)), uri(iris.run(runKey))};
    }

    /** The article's entries; {@code runKey} names the run (software, rules, registry and article fingerprint). */
    public void article(Article a, String runKey, Consumer<Triple> out) {
        Node art = uri(iris.article(a.stem()));
        Node graph = uri(iris.articleGraph(a.stem()));
        Node run = uri(iris.run(runKey));
        ArticleMeta m = a.meta();
        add(out, art, RDF.type.asNode(), SCHEMA.NewsArticle.asNode());
        add(out, art, RDF.type.asNode(), PROV.Entity.asNode());
        add(out, art, DCTerms.title.asNode(), m.title().isEmpty() ? NodeFactory.createLiteralString("")
                : NodeFactory.createLiteralLang(m.title(), m.titleLanguage()));
        m.publisher().ifPresent(p -> add(out, art, DCTerms.publisher.asNode(), NodeFactory.createLiteralString(p)));
        m.url().ifPresent(u -> add(out, art, SCHEMA.url.asNode(), uri(u)));
        PublicationDate pd = m.published();
        pd.value().ifPresent(v -> add(out, art, DCTerms.issued.asNode(),
                NodeFactory.createLiteralDT(v, v.length() > 10 ? XSDDatatype.XSDdateTime : XSDDatatype.XSDdate)));
        add(out, art, TS.publicationDateStatus.asNode(), switch (pd.status()) {
            case STATED -> TS.Stated.asNode();
            case INFERRED -> TS.Inferred.asNode();
            case UNKNOWN -> TS.Unknown.asNode();
        });
        pd.basis().ifPresent(b -> add(out, art, TS.inferenceBasis.asNode(), NodeFactory.createLiteralString(b)));
        for (String l : m.languages()) {
            add(out, art, DCTerms.language.asNode(), NodeFactory.createLiteralString(l));
        }
        add(out, art, TS.fileName.asNode(), NodeFactory.createLiteralString(a.fileName()));
        add(out, art, TS.textHash.asNode(), NodeFactory.createLiteralString(a.textHash()));
        add(out, art, TS.graph.asNode(), graph);
        add(out, art, TS.fingerprint.asNode(), NodeFactory.createLiteralString(runKey));
        add(out, graph, RDF.type.asNode(), PROV.Entity.asNode());
        add(out, graph, PROV.wasDerivedFrom.asNode(), art);
        add(out, graph, PROV.wasGeneratedBy.asNode(), run);
        sourceDate().ifPresent(t -> add(out, graph, PROV.generatedAtTime.asNode(), t));
        add(out, run, RDF.type.asNode(), PROV.Activity.asNode());
        add(out, run, PROV.used.asNode(), art);
        add(out, run, PROV.wasAssociatedWith.asNode(), uri(iris.agent()));
    }

    /** The entries every build shares: the agent, the rules, the market-share dataset. */
    public void shared(Collection<Rule> rules, Consumer<Triple> out) {
        Node agent = uri(iris.agent());
        add(out, agent, RDF.type.asNode(), PROV.SoftwareAgent.asNode());
        add(out, agent, RDFS.label.asNode(), NodeFactory.createLiteralString("techshift loader"));
        add(out, agent, TS.softwareVersion.asNode(), NodeFactory.createLiteralString(version));
        for (Rule r : rules) {
            Node rn = uri(iris.rule(r.id()));
            add(out, rn, RDF.type.asNode(), TS.ExtractionRule.asNode());
            add(out, rn, RDFS.label.asNode(), NodeFactory.createLiteralString(r.id()));
            if (!r.comment().isEmpty()) {
                add(out, rn, RDFS.comment.asNode(), NodeFactory.createLiteralLang(r.comment(), "en"));
            }
            add(out, rn, TS.ruleFile.asNode(), NodeFactory.createLiteralString(r.file()));
            add(out, rn, TS.family.asNode(), NodeFactory.createLiteralString(r.family()));
        }
        Node ds = uri(iris.marketShareDataset());
        add(out, ds, RDF.type.asNode(), QB.DataSet.asNode());
        add(out, ds, RDFS.label.asNode(), NodeFactory.createLiteralLang("Market-share observations", "en"));
        add(out, ds, QB.structure.asNode(), TS.marketShareStructure.asNode());
    }

    /** {@code SOURCE_DATE_EPOCH} as an xsd:dateTime, when set. */
    static Optional<Node> sourceDate() {
        String e = System.getenv("SOURCE_DATE_EPOCH");
        if (e == null || !e.matches("\\d+")) {
            return Optional.empty();
        }
        return Optional.of(NodeFactory.createLiteralDT(Instant.ofEpochSecond(Long.parseLong(e)).toString(), XSDDatatype.XSDdateTime));
    }

    private static void add(Consumer<Triple> out, Node s, Node p, Node o) {
        out.accept(Triple.create(s, p, o));
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
