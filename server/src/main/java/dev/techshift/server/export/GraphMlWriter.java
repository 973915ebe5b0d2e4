package dev.techshift.server.export;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an {@link ExportGraph} as GraphML: nodes {@code n0, n1, …} in IRI order (GraphML ids
 * are NMTOKENs, which IRIs are not) with keys iri, label, kind, type, start, end and one label per
 * language; edge keys relation, label and weight.
 * <pre>
 *   GraphMlWriter.write(graph, out);
 * </pre>
 */
final class GraphMlWriter {

    static final String NS = "http://graphml.graphdrawing.org/xmlns";

    private GraphMlWriter() {}

    static void write(ExportGraph g, OutputStream out) throws XMLStreamException {
        XMLStreamWriter w = Xml.open(out);
        w.writeStartElement("graphml");
        w.writeDefaultNamespace(NS);
        w.writeNamespace("xsi", Xml.XSI);
        w.writeAttribute(Xml.XSI, "schemaLocation", NS + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
        List<String> langKeys = new ArrayList<>();
        key(w, "iri", "node", "iri", "string");
        key(w, "label", "node", "label", "string");
        key(w, "kind", "node", "kind", "string");
        key(w, "type", "node", "type", "string");
        key(w, "start", "node", "start", "string");
        key(w, "end", "node", "end", "string");
        int i = 0;
        for (String lang : g.languages()) {
            String id = "label" + i++;
            langKeys.add(id);
            key(w, id, "node", "label_" + lang, "string");
        }
        key(w, "relation", "edge", "relation", "string");
        key(w, "rlabel", "edge", "label", "string");
        key(w, "weight", "edge", "weight", "double");
        w.writeStartElement("graph");
        w.writeAttribute("id", "techshift");
        w.writeAttribute("edgedefault", "directed");
        Map<String, String> ids = new HashMap<>();
        for (ExportGraph.GNode n : g.nodes()) {
            String id = "n" + ids.size();
            ids.put(n.id(), id);
            w.writeStartElement("node");
            w.writeAttribute("id", id);
            data(w, "iri", n.id());
            data(w, "label", n.label());
            data(w, "kind", n.kind().name().toLowerCase(java.util.Locale.ROOT));
            data(w, "type", n.type());
            data(w, "start", n.start());
            data(w, "end", n.end());
            int j = 0;
            for (String lang : g.languages()) {
                data(w, langKeys.get(j++), n.labels().get(lang));
            }
            w.writeEndElement();
        }
        int e = 0;
        for (ExportGraph.GEdge ed : g.edges()) {
            w.writeStartElement("edge");
            w.writeAttribute("id", "e" + e++);
            w.writeAttribute("source", ids.get(ed.source()));
            w.writeAttribute("target", ids.get(ed.target()));
            if (!ed.directed()) {
                w.writeAttribute("directed", "false");
            }
            data(w, "relation", ed.relation());
            data(w, "rlabel", ed.label());
            data(w, "weight", String.valueOf(ed.weight()));
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeEndElement();
        Xml.close(w);
    }

    private static void key(XMLStreamWriter w, String id, String forWhat, String name, String type)
            throws XMLStreamException {
        w.writeEmptyElement("key");
        w.writeAttribute("id", id);
        w.writeAttribute("for", forWhat);
        w.writeAttribute("attr.name", name);
        w.writeAttribute("attr.type", type);
    }

    private static void data(XMLStreamWriter w, String key, String value) throws XMLStreamException {
        if (value != null) {
            w.writeStartElement("data");
            w.writeAttribute("key", key);
            w.writeCharacters(value);
            w.writeEndElement();
        }
    }
}
