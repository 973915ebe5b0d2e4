package dev.techshift.server.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;

/**
 * The graph export formats, with their media types and file extensions.
 * <pre>
 *   ExportFormat.of("gexf").orElseThrow().write(graph, out);
 * </pre>
 */
public enum ExportFormat {
    GRAPHML("application/graphml+xml", ".graphml"),
    GEXF("application/gexf+xml", ".gexf"),
    CSV("application/zip", ".zip"),
    JSONLD("application/ld+json", ".jsonld");

    private final String mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The format of a name such as {@code graphml}, any case. */
    public static Optional<ExportFormat> of(String name) {
        return Arrays.stream(values()).filter(f -> f.name().equalsIgnoreCase(name)).findFirst();
    }

    /** Writes the graph to a stream (CSV as a zip of nodes.csv and edges.csv). */
    public void write(ExportGraph g, OutputStream out) throws IOException {
        try {
            switch (this) {
                case GRAPHML -> GraphMlWriter.write(g, out);
                case GEXF -> GexfWriter.write(g, out);
                case CSV -> CsvWriter.writeZip(g, out);
                case JSONLD -> JsonLdWriter.write(g, out);
                default -> throw new IllegalStateException("No writer for " + this);
            }
        } catch (XMLStreamException e) {
            throw new IOException("The " + name().toLowerCase(Locale.ROOT) + " export could not be written: "
                    + e.getMessage(), e);
        }
    }
}
