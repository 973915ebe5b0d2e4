package dev.techshift.server.export;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Opens and closes the StAX writers of the XML exports (UTF-8, XML declaration).
 * <pre>
 *   XMLStreamWriter w = Xml.open(out);  …  Xml.close(w);
 * </pre>
 */
final class Xml {

    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private Xml() {}

    static XMLStreamWriter open(OutputStream out) throws XMLStreamException {
        XMLStreamWriter w = XMLOutputFactory.newInstance().createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
        w.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
        w.writeCharacters("\n");
        return w;
    }

    static void close(XMLStreamWriter w) throws XMLStreamException {
        w.writeCharacters("\n");
        w.writeEndDocument();
        w.flush();
        w.close();
    }
}
