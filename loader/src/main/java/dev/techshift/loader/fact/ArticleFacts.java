package dev.techshift.loader.fact;

import dev.techshift.loader.values.Quantity;
import dev.techshift.loader.values.TimeValue;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;

/**
 * What one article states: its fact statements and the quantities and times they use.
 * <pre>
 *   ArticleFacts f = assembler.assemble(article, extractions);
 *   f.statements().size();
 * </pre>
 *
 * @param statements every statement with its evidence, in extraction order
 * @param quantities the quantity nodes used, by IRI
 * @param times      the time nodes used, by IRI
 */
public record ArticleFacts(List<FactStatement> statements, Map<Node, Quantity> quantities, Map<Node, TimeValue> times) {
}
