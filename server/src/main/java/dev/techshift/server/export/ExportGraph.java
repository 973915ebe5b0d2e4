package dev.techshift.server.export;

import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;

/**
 * The knowledge graph reduced to nodes and edges for graph tools, in a fixed order: nodes by IRI,
 * edges by source, target and relation.
 * <pre>
 *   ExportGraph g = GraphExporter.build(dsg, "http://localhost:3030/");
 *   g.nodes().size();   // entities and facts
 * </pre>
 *
 * @param nodes     entities (registry and unlinked) and facts
 * @param edges     relations between them, and co-mentions in one sentence
 * @param languages every label language held by some node, sorted
 */
public record ExportGraph(List<GNode> nodes, List<GEdge> edges, SortedSet<String> languages) {

    /** The kind of a node. */
    public enum Kind { ENTITY, FACT }

    /**
     * A node.
     *
     * @param id     the IRI
     * @param label  the best label (English first)
     * @param kind   entity or fact
     * @param type   the local name of its most specific type, or the fact family
     * @param types  all its rdf:type IRIs, sorted
     * @param labels one preferred label per language
     * @param start  for facts, the earliest day of their times (ISO date) or null
     * @param end    for facts, the latest day of their times (ISO date) or null
     */
    public record GNode(String id, String label, Kind kind, String type, List<String> types,
                        SortedMap<String, String> labels, String start, String end) {}

    /**
     * An edge.
     *
     * @param source   source node IRI
     * @param target   target node IRI
     * @param relation the property IRI (or ts:coMention)
     * @param label    the property's short name
     * @param weight   1, or for co-mentions the number of sentences naming both
     * @param directed false for co-mentions
     */
    public record GEdge(String source, String target, String relation, String label, int weight, boolean directed) {}
}
