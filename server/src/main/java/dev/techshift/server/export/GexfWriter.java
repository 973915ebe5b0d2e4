package dev.techshift.server.export;

import java.io.OutputStream;
import java.util.Locale;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an {@link ExportGraph} as GEXF 1.3, a dynamic graph whose facts live from the earliest
 * to the latest day of their times, so Gephi can play the graph over time.
 * <pre>
 *   GexfWriter.write(graph, out);   // &lt;graph mode="dynamic" timeformat="date"&gt;
 * </pre>
 */
final class GexfWriter {

    static final String NS = "http://gexf.net/1.3";

    private GexfWriter() {}

    static void write(ExportGraph g, OutputStream out) throws XMLStreamException {
        XMLStreamWriter w = Xml.open(out);
        w.writeStartElement("gexf");
        w.writeDefaultNamespace(NS);
        w.writeNamespace("xsi", Xml.XSI);
        w.writeAttribute(Xml.XSI, "schemaLocation", NS + " http://gexf.net/1.3/gexf.xsd");
        w.writeAttribute("version", "1.3");
        w.writeStartElement("meta");
        element(w, "creator", "techshift");
        element(w, "description", "Entities and facts of the techshift knowledge graph; facts dated by their times.");
        w.writeEndElement();
        w.writeStartElement("graph");
        w.writeAttribute("mode", "dynamic");
        w.writeAttribute("defaultedgetype", "directed");
        w.writeAttribute("timeformat", "date");
        w.writeStartElement("attributes");
        w.writeAttribute("class", "node");
        attribute(w, "kind", "kind");
        attribute(w, "type", "type");
        int i = 0;
        for (String lang : g.languages()) {
            attribute(w, "l" + i++, "label@" + lang);
        }
        w.writeEndElement();
        w.writeStartElement("attributes");
        w.writeAttribute("class", "edge");
        attribute(w, "relation", "relation");
        w.writeEndElement();
        w.writeStartElement("nodes");
        for (ExportGraph.GNode n : g.nodes()) {
            w.writeStartElement("node");
            w.writeAttribute("id", n.id());
            w.writeAttribute("label", n.label());
            if (n.start() != null) {
                w.writeAttribute("start", n.start());
            }
            if (n.end() != null) {
                w.writeAttribute("end", n.end());
            }
            w.writeStartElement("attvalues");
            value(w, "kind", n.kind().name().toLowerCase(Locale.ROOT));
            value(w, "type", n.type());
            int j = 0;
            for (String lang : g.languages()) {
                String l = n.labels().get(lang);
                String id = "l" + j++;
                if (l != null) {
                    value(w, id, l);
                }
            }
            w.writeEndElement();
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeStartElement("edges");
        int e = 0;
        for (ExportGraph.GEdge ed : g.edges()) {
            w.writeStartElement("edge");
            w.writeAttribute("id", "e" + e++);
            w.writeAttribute("source", ed.source());
            w.writeAttribute("target", ed.target());
            w.writeAttribute("type", ed.directed() ? "directed" : "undirected");
            w.writeAttribute("label", ed.label());
            w.writeAttribute("weight", ed.weight() + ".0");
            w.writeStartElement("attvalues");
            value(w, "relation", ed.relation());
            w.writeEndElement();
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
        Xml.close(w);
    }

    private static void element(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(text);
        w.writeEndElement();
    }

    private static void attribute(XMLStreamWriter w, String id, String title) throws XMLStreamException {
        w.writeEmptyElement("attribute");
        w.writeAttribute("id", id);
        w.writeAttribute("title", title);
        w.writeAttribute("type", "string");
    }

    private static void value(XMLStreamWriter w, String forId, String v) throws XMLStreamException {
        w.writeEmptyElement("attvalue");
        w.writeAttribute("for", forId);
        w.writeAttribute("value", v);
    }
}
