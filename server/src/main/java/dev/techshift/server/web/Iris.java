package dev.techshift.server.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.jena.graph.Node;

/**
 * Maps between the IRIs under {@code B id/} and the server's paths {@code /id/..}, {@code /page/..},
 * {@code /data/..} and {@code /graph-data/..}, whatever host and port the server runs on.
 * <pre>
 *   Iris iris = new Iris(WebConfig.defaults());
 *   iris.pageHref(NodeFactory.createURI("http://localhost:3030/id/org/ibm"));   // "/page/org/ibm"
 * </pre>
 */
public final class Iris {

    private final String idBase;

    public Iris(WebConfig cfg) {
        this.idBase = cfg.idBase();
    }

    /** The IRI for the rest of a path after {@code /id/}, {@code /page/} etc. (raw, as sent). */
    public String iri(String rest) {
        return idBase + rest;
    }

    /** The same rest with percent-escapes decoded, for IRIs holding non-ASCII characters. */
    public String decodedIri(String rest) {
        return idBase + URLDecoder.decode(rest.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** The part of an IRI after {@code B id/}, if the IRI is one of ours. */
    public Optional<String> rest(Node n) {
        if (n == null || !n.isURI() || !n.getURI().startsWith(idBase)) {
            return Optional.empty();
        }
        return Optional.of(n.getURI().substring(idBase.length()));
    }

    /** Whether the node is an IRI minted under {@code B id/}. */
    public boolean isOurs(Node n) {
        return rest(n).isPresent();
    }

    /** The local href of a node's page, or empty when the node is not ours. */
    public Optional<String> pageHref(Node n) {
        return rest(n).map(r -> "/page/" + encodePath(r));
    }

    /** The local href of a node's graph data. */
    public Optional<String> graphDataHref(Node n) {
        return rest(n).map(r -> "/graph-data/" + encodePath(r));
    }

    /** The local href of a node's RDF description. */
    public Optional<String> dataHref(Node n, String extension) {
        return rest(n).map(r -> "/data/" + encodePath(r) + extension);
    }

    /** Percent-encodes what may not stand in a path as it is (non-ASCII, space, quotes, ?, #, %). */
    public static String encodePath(String s) {
        StringBuilder sb = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            boolean keep = c > 0x20 && c < 0x7f && "\"<>\\^`{|}?#% ".indexOf(c) < 0;
            if (keep) {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                  .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return sb.toString();
    }

    /** The last path segment of an IRI, used as an HTML anchor id. */
    public static String lastSegment(Node n) {
        String s = n.isURI() ? n.getURI() : n.toString();
        int i = Math.max(s.lastIndexOf('/'), s.lastIndexOf('#'));
        return i < 0 ? s : s.substring(i + 1);
    }
}
