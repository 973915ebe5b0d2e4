package dev.techshift.server.web;

import java.util.Arrays;
import java.util.Optional;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/**
 * The RDF formats a resource description is served in, with their file extensions and media types.
 * <pre>
 *   RdfFormat f = RdfFormat.byExtension("ttl").orElseThrow();   // TURTLE
 *   Optional&lt;RdfFormat&gt; g = RdfFormat.negotiate("application/ld+json");
 * </pre>
 */
public enum RdfFormat {
    TURTLE(".ttl", "text/turtle", RDFFormat.TURTLE_PRETTY),
    NTRIPLES(".nt", "application/n-triples", RDFFormat.NTRIPLES),
    JSONLD(".jsonld", "application/ld+json", RDFFormat.JSONLD11_PRETTY),
    RDFXML(".rdf", "application/rdf+xml", RDFFormat.RDFXML_PLAIN);

    /** The HTML media type, offered first so that browsers get pages. */
    public static final String HTML = "text/html";

    private final String extension;
    private final String mediaType;
    private final RDFFormat format;

    RdfFormat(String extension, String mediaType, RDFFormat format) {
        this.extension = extension;
        this.mediaType = mediaType;
        this.format = format;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public RDFFormat format() {
        return format;
    }

    public Lang lang() {
        return format.getLang();
    }

    /** The format whose extension (with or without the dot) is given. */
    public static Optional<RdfFormat> byExtension(String ext) {
        String e = ext.startsWith(".") ? ext : "." + ext;
        return Arrays.stream(values()).filter(f -> f.extension.equals(e)).findFirst();
    }

    /** The format of a path ending in one of the extensions. */
    public static Optional<RdfFormat> ofPath(String path) {
        return Arrays.stream(values()).filter(f -> path.endsWith(f.extension)).findFirst();
    }

    /**
     * The best answer to an Accept header: empty means HTML (a browser, no header, or *&#47;*),
     * else the RDF format asked for.
     */
    public static Optional<RdfFormat> negotiate(String accept) {
        if (accept == null || accept.isBlank()) {
            return Optional.empty();
        }
        String[] offer = new String[values().length + 1];
        offer[0] = HTML;
        for (RdfFormat f : values()) {
            offer[f.ordinal() + 1] = f.mediaType;
        }
        MediaType m = AcceptList.match(new AcceptList(accept), AcceptList.create(offer));
        if (m == null) {
            return Optional.empty();
        }
        String ct = m.getContentTypeStr();
        return Arrays.stream(values()).filter(f -> f.mediaType.equals(ct)).findFirst();
    }
}
