package dev.techshift.loader.rdf;

import dev.techshift.loader.article.Article;
import dev.techshift.loader.article.Sentence;
import dev.techshift.loader.entity.EntityKind;
import dev.techshift.loader.entity.Mention;
import dev.techshift.loader.entity.TextFold;
import dev.techshift.loader.fact.ArticleFacts;
import dev.techshift.loader.fact.Evidence;
import dev.techshift.loader.fact.FactStatement;
import dev.techshift.loader.fact.Iris;
import dev.techshift.loader.fact.ValueNodes;
import dev.techshift.vocab.OA;
import dev.techshift.vocab.ORG;
import dev.techshift.vocab.SCHEMA;
import dev.techshift.vocab.TS;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * Writes everything one article states into its graph: text, sentences, mentions, unlinked entities, facts,
 * statements, evidence with quote and position selectors, quantities and times.
 * <pre>
 *   Graph g = new ArticleGraphWriter(new Iris(base)).write(article, mentions, facts);
 *   g.size();
 * </pre>
 */
public final class ArticleGraphWriter {

    /** Code points of context kept before and after a quote. */
    public static final int AFFIX = 32;

    private final Iris iris;
    private final ValueNodes values;

    public ArticleGraphWriter(Iris iris) {
        this.iris = iris;
        this.values = new ValueNodes(iris);
    }

    public Graph write(Article a, java.util.List<Mention> mentions, ArticleFacts facts) {
        Graph g = GraphFactory.createDefaultGraph();
        Node art = uri(iris.article(a.stem()));
        g.add(art, TS.text.asNode(), NodeFactory.createLiteralString(a.text()));
        for (Sentence s : a.sentences()) {
            Node sn = uri(iris.sentence(a.stem(), s.index()));
            g.add(sn, RDF.type.asNode(), TS.Sentence.asNode());
            g.add(sn, DCTerms.isPartOf.asNode(), art);
            g.add(sn, TS.index.asNode(), integer(s.index()));
            g.add(sn, OA.start.asNode(), integer(s.begin()));
            g.add(sn, OA.end.asNode(), integer(s.end()));
            g.add(sn, TS.text.asNode(), NodeFactory.createLiteralLang(s.text(), s.language()));
            g.add(sn, TS.boilerplate.asNode(), NodeFactory.createLiteralDT(String.valueOf(s.boilerplate()), XSDDatatype.XSDboolean));
        }
        for (Mention m : mentions) {
            Node mn = uri(iris.mention(a.stem(), m.begin(), m.end()));
            Node entity = uri(m.entity().iri());
            g.add(mn, RDF.type.asNode(), TS.Mention.asNode());
            g.add(mn, TS.sentence.asNode(), uri(iris.sentence(a.stem(), m.sentence())));
            g.add(mn, OA.start.asNode(), integer(m.begin()));
            g.add(mn, OA.end.asNode(), integer(m.end()));
            g.add(mn, TS.anchor.asNode(), NodeFactory.createLiteralString(m.surface()));
            g.add(mn, TS.refersTo.asNode(), entity);
            g.add(mn, TS.linked.asNode(), NodeFactory.createLiteralDT(String.valueOf(m.entity().linked()), XSDDatatype.XSDboolean));
            if (!m.entity().linked()) {
                g.add(entity, RDF.type.asNode(), TS.UnlinkedEntity.asNode());
                if (m.entity().kind() == EntityKind.MARKET) {
                    // a market the registry does not know is still a market concept (the ts:market dimension's range)
                    g.add(entity, RDF.type.asNode(), TS.Market.asNode());
                    g.add(entity, RDF.type.asNode(), SKOS.Concept.asNode());
                    // its preferred label in its language, as registry markets have: the English name composed from
                    // the market terms ("SME CRM") or the words as written in the sentence's language; the words as
                    // written are then an alternative label ("中小企业CRM"@zh-Hans, "webtoon app"@en)
                    String language = a.sentences().get(m.sentence()).language();
                    String label = m.entity().label();
                    String written = m.surface().strip();
                    g.add(entity, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang(label, TextFold.hasHan(label) ? language : "en"));
                    if (!written.equals(label)) {
                        g.add(entity, SKOS.altLabel.asNode(), NodeFactory.createLiteralLang(written, TextFold.hasHan(written) ? language : "en"));
                    }
                } else {
                    kindTypes(m.entity().kind()).forEach(t -> g.add(entity, RDF.type.asNode(), t));
                    // every other name the article writes for it ("深圳汇光精测科技有限公司" for 汇光精测, which the
                    // article declares its short name; "Lindqvist" for Maria Lindqvist) is an alternative label, as a
                    // registry entity's aliases are: a question, or a gold name, may use any of them
                    String written = BRACKET_GLOSS.matcher(m.surface().strip()).replaceFirst("");
                    if (!written.isEmpty() && !written.equals(m.entity().label().strip())) {
                        g.add(entity, SKOS.altLabel.asNode(), NodeFactory.createLiteralString(written));
                    }
                    if (m.entity().kind() == EntityKind.UNIT) {
                        // a site described by its kind and place ("development centre in Gdańsk") is also named with the
                        // place first ("the Gdańsk development centre"), as news names it again and a question asks for it
                        for (String name : List.of(m.entity().label().strip(), written)) {
                            java.util.regex.Matcher site = SITE_IN_PLACE.matcher(name);
                            if (site.matches()) {
                                g.add(entity, SKOS.altLabel.asNode(), NodeFactory.createLiteralString(site.group(2) + " " + site.group(1)));
                            }
                            // "山打根的田间实验室" is named as a name is written, "山打根田间实验室": 的 joins a place to the
                            // noun in a description and is no part of the site's name (as UnitReferences labels it)
                            java.util.regex.Matcher described = SITE_OF_PLACE.matcher(name);
                            if (described.matches()) {
                                g.add(entity, SKOS.altLabel.asNode(), NodeFactory.createLiteralString(described.group(1) + described.group(2)));
                            }
                        }
                    }
                }
                g.add(entity, RDFS.label.asNode(), NodeFactory.createLiteralString(m.entity().label()));
                if (m.entity().parent() != null) {
                    g.add(entity, RDF.type.asNode(), ORG.OrganizationalUnit.asNode());
                    g.add(entity, ORG.unitOf.asNode(), uri(m.entity().parent()));
                }
                if (m.entity().location() != null) {
                    g.add(entity, SCHEMA.location.asNode(), uri(m.entity().location()));
                }
            }
        }
        writeFacts(g, a, facts);
        facts.quantities().forEach((n, q) -> values.describe(q, n, g::add));
        facts.times().forEach((n, t) -> values.describe(t, n, a.stem(), g::add));
        return g;
    }

    /** A bracketed name in the other script after a name ("梁启铿(Kenneth Leung)"): the mention holds both, the label one. */
    private static final java.util.regex.Pattern BRACKET_GLOSS = java.util.regex.Pattern.compile("\\s*[(\uFF08][^()\uFF08\uFF09]*[)\uFF09]$");

    /**
     * An English site written as its kind, then "in" and its place: "sales office in Singapore", "R&D office in Hsinchu".
     * A name that starts with a capital ("Insider Lab in Shanghai") is a proper name and keeps its word order.
     */
    private static final java.util.regex.Pattern SITE_IN_PLACE = java.util.regex.Pattern.compile(
            "((?:R&D |AI )?[a-z][\\p{L}&-]*(?: [\\p{L}&-]+){0,4}) in (\\p{Lu}[\\p{L}'’.-]*(?: \\p{Lu}[\\p{L}'’.-]*){0,2})");

    /** A Chinese site written as its place, 的 and its kind: "山打根的田间实验室", "漳州的生产基地". */
    private static final java.util.regex.Pattern SITE_OF_PLACE = java.util.regex.Pattern.compile(
            "([\\p{IsHan}A-Za-z]{2,8})的([\\p{IsHan}]{2,8})");

    /** The classes an unlinked entity of a kind gets besides ts:UnlinkedEntity, as the registry types its kind. */
    private static List<Node> kindTypes(EntityKind kind) {
        return switch (kind) {
            case PERSON -> List.of(SCHEMA.Person.asNode());
            case PLACE -> List.of(TS.Place.asNode(), SCHEMA.Place.asNode());
            case PRODUCT -> List.of(SCHEMA.Product.asNode());
            case UNIT -> List.of(ORG.OrganizationalUnit.asNode());
            default -> List.of(ORG.Organization.asNode());
        };
    }

    private void writeFacts(Graph g, Article a, ArticleFacts facts) {
        Node art = uri(iris.article(a.stem()));
        Set<String> seen = new TreeSet<>();
        CodePointText text = new CodePointText(a.text());
        for (FactStatement s : facts.statements()) {
            Node fact = uri(s.fact());
            g.add(fact, RDF.type.asNode(), TS.Fact.asNode());
            g.add(fact, RDF.type.asNode(), s.type());
            g.add(fact, TS.family.asNode(), NodeFactory.createLiteralString(s.family()));
            g.add(fact, s.predicate(), s.object());
            Node st = uri(iris.statement(s.fact(), s.predicate().getURI(), NodeFmtLib.strNT(s.object())));
            g.add(st, RDF.type.asNode(), TS.Statement.asNode());
            g.add(st, RDF.subject.asNode(), fact);
            g.add(st, RDF.predicate.asNode(), s.predicate());
            g.add(st, RDF.object.asNode(), s.object());
            Evidence e = s.evidence();
            String evIri = iris.evidence(a.stem(), st.getURI(), e.begin(), e.end());
            Node ev = uri(evIri);
            g.add(st, TS.evidence.asNode(), ev);
            if (!seen.add(evIri)) {
                continue;
            }
            Node quote = uri(evIri + "/quote");
            Node pos = uri(evIri + "/pos");
            g.add(ev, RDF.type.asNode(), TS.Evidence.asNode());
            g.add(ev, RDF.type.asNode(), OA.SpecificResource.asNode());
            g.add(ev, OA.hasSource.asNode(), art);
            g.add(ev, TS.sentence.asNode(), uri(iris.sentence(a.stem(), e.sentence())));
            g.add(ev, OA.hasSelector.asNode(), quote);
            g.add(ev, OA.hasSelector.asNode(), pos);
            g.add(ev, TS.rule.asNode(), uri(iris.rule(e.rule())));
            g.add(ev, TS.confidence.asNode(), NodeFactory.createLiteralDT(BigDecimal.valueOf(e.confidence()).toPlainString(), XSDDatatype.XSDdecimal));
            g.add(ev, TS.surfaceForm.asNode(), NodeFactory.createLiteralString(e.surface()));
            g.add(quote, RDF.type.asNode(), OA.TextQuoteSelector.asNode());
            g.add(quote, OA.exact.asNode(), NodeFactory.createLiteralString(text.slice(e.begin(), e.end())));
            String prefix = text.slice(Math.max(0, e.begin() - AFFIX), e.begin());
            String suffix = text.slice(e.end(), Math.min(text.length(), e.end() + AFFIX));
            if (!prefix.isEmpty()) {
                g.add(quote, OA.prefix.asNode(), NodeFactory.createLiteralString(prefix));
            }
            if (!suffix.isEmpty()) {
                g.add(quote, OA.suffix.asNode(), NodeFactory.createLiteralString(suffix));
            }
            g.add(pos, RDF.type.asNode(), OA.TextPositionSelector.asNode());
            g.add(pos, OA.start.asNode(), integer(e.begin()));
            g.add(pos, OA.end.asNode(), integer(e.end()));
        }
    }

    static Node integer(long v) {
        return NodeFactory.createLiteralDT(String.valueOf(v), XSDDatatype.XSDinteger);
    }

    static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
