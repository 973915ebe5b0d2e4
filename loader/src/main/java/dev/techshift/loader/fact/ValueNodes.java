package dev.techshift.loader.fact;

import dev.techshift.loader.values.Quantity;
import dev.techshift.loader.values.TimeValue;
import dev.techshift.vocab.SCHEMA;
import dev.techshift.vocab.TIME;
import dev.techshift.vocab.TS;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * IRIs and descriptions of quantities and times, as the contract's "Values" section shows them.
 * <pre>
 *   Node q = values.quantity(quantity);                 // B id/quantity/approximate/1800/person
 *   values.describe(quantity, q, graph::add);
 * </pre>
 */
public final class ValueNodes {

    private final Iris iris;

    public ValueNodes(Iris iris) {
        this.iris = iris;
    }

    /** The qualifier's IRI segment: exact, approximate, at-least, at-most, range, vague. */
    public static String qualifierSegment(Quantity.Qualifier q) {
        return q.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public Node quantity(Quantity q) {
        return NodeFactory.createURI(iris.quantity(qualifierSegment(q.qualifier()), valueSegment(q), q.unit()));
    }

    static String valueSegment(Quantity q) {
        if (q.value().isPresent()) {
            return plain(q.value().get());
        }
        return q.min().map(ValueNodes::plain).orElse("") + "-" + q.max().map(ValueNodes::plain).orElse("");
    }

    static String plain(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    /** The qualifier individual: ts:Exact, ts:Approximate, ts:AtLeast, ts:AtMost, ts:Range, ts:Vague. */
    public static Node qualifier(Quantity.Qualifier q) {
        return switch (q) {
            case EXACT -> TS.Exact.asNode();
            case APPROXIMATE -> TS.Approximate.asNode();
            case AT_LEAST -> TS.AtLeast.asNode();
            case AT_MOST -> TS.AtMost.asNode();
            case RANGE -> TS.Range.asNode();
            case VAGUE -> TS.Vague.asNode();
        };
    }

    public void describe(Quantity q, Node iri, Consumer<Triple> out) {
        out.accept(Triple.create(iri, RDF.type.asNode(), TS.Quantity.asNode()));
        out.accept(Triple.create(iri, TS.qualifier.asNode(), qualifier(q.qualifier())));
        q.value().ifPresent(v -> out.accept(Triple.create(iri, SCHEMA.value.asNode(), decimal(v))));
        if (q.value().isEmpty()) {
            q.min().ifPresent(v -> out.accept(Triple.create(iri, SCHEMA.minValue.asNode(), decimal(v))));
            q.max().ifPresent(v -> out.accept(Triple.create(iri, SCHEMA.maxValue.asNode(), decimal(v))));
        }
        if (q.money()) {
            out.accept(Triple.create(iri, SCHEMA.unitCode.asNode(), NodeFactory.createLiteralString(q.unit())));
        } else if (!q.unit().isEmpty()) {
            out.accept(Triple.create(iri, SCHEMA.unitText.asNode(), NodeFactory.createLiteralString(q.unit())));
        }
        out.accept(Triple.create(iri, RDFS.label.asNode(), NodeFactory.createLiteralString(label(q))));
    }

    /** "about 1800 person", "at least 100 paper", "200-999 person (vague)". */
    public static String label(Quantity q) {
        String words = switch (q.qualifier()) {
            case EXACT -> "";
            case APPROXIMATE -> "about ";
            case AT_LEAST -> "at least ";
            case AT_MOST -> "at most ";
            case RANGE -> "between ";
            case VAGUE -> "some ";
        };
        return (words + valueSegment(q) + (q.unit().isEmpty() ? "" : " " + q.unit())).strip();
    }

    static Node decimal(BigDecimal v) {
        return NodeFactory.createLiteralDT(plain(v), XSDDatatype.XSDdecimal);
    }

    static String label(TimeValue.Precision p, String canonical) {
        return switch (p) {
            case DAY, WEEK, MONTH, YEAR -> canonical;
            default -> canonical.replaceFirst("-", " ");
        };
    }

    /** The time's IRI: canonical when resolved, else the unresolved IRI of this article and phrase. */
    public Node time(TimeValue t, String stem) {
        return NodeFactory.createURI(t.canonical().map(iris::time).orElseGet(() -> iris.unresolvedTime(stem, t.surface())));
    }

    public void describe(TimeValue t, Node iri, String stem, Consumer<Triple> out) {
        out.accept(Triple.create(iri, RDF.type.asNode(), TS.TimeSpec.asNode()));
        if (t.canonical().isEmpty()) {
            out.accept(Triple.create(iri, TS.resolved.asNode(), NodeFactory.createLiteralDT("false", XSDDatatype.XSDboolean)));
            out.accept(Triple.create(iri, TS.phrase.asNode(), NodeFactory.createLiteralString(t.surface())));
            out.accept(Triple.create(iri, TS.anchor.asNode(), NodeFactory.createURI(iris.article(stem))));
            out.accept(Triple.create(iri, RDFS.label.asNode(),
                    NodeFactory.createLiteralString(t.surface() + " (publication date unknown)")));
            return;
        }
        String c = t.canonical().get();
        out.accept(Triple.create(iri, RDF.type.asNode(), TIME.Interval.asNode()));
        Node unit = switch (t.precision()) {
            case DAY -> TIME.unitDay.asNode();
            case WEEK -> TIME.unitWeek.asNode();
            case MONTH -> TIME.unitMonth.asNode();
            case YEAR -> TIME.unitYear.asNode();
            case SEASON -> TS.unitSeason.asNode();
            case HALF_YEAR -> TS.unitHalfYear.asNode();
            case PART_OF_MONTH -> TS.unitPartOfMonth.asNode();
            case PART_OF_YEAR -> TS.unitPartOfYear.asNode();
        };
        out.accept(Triple.create(iri, TIME.unitType.asNode(), unit));
        switch (t.precision()) {
            case DAY -> out.accept(Triple.create(iri, TIME.inXSDDate.asNode(), NodeFactory.createLiteralDT(c, XSDDatatype.XSDdate)));
            case MONTH -> out.accept(Triple.create(iri, TIME.inXSDgYearMonth.asNode(), NodeFactory.createLiteralDT(c, XSDDatatype.XSDgYearMonth)));
            case YEAR -> out.accept(Triple.create(iri, TIME.inXSDgYear.asNode(), NodeFactory.createLiteralDT(c, XSDDatatype.XSDgYear)));
            default -> { }
        }
        t.earliest().ifPresent(d -> out.accept(Triple.create(iri, TS.earliest.asNode(), NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate))));
        t.latest().ifPresent(d -> out.accept(Triple.create(iri, TS.latest.asNode(), NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate))));
        out.accept(Triple.create(iri, RDFS.label.asNode(), NodeFactory.createLiteralString(label(t.precision(), c))));
    }
}
