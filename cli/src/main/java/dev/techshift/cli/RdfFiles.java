package dev.techshift.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFParserBuilder;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Reads RDF files of any syntax Jena RIOT knows, chosen by file extension, and turns every parse
 * problem into an {@link UnreadableFileException} whose message names the file and the line.
 * <pre>
 *   DatasetGraph data = DatasetGraphFactory.create();
 *   RdfFiles.read(Path.of("dump.nq"), data);
 * </pre>
 * Triples files ({@code .ttl}, {@code .nt}, {@code .rdf}, {@code .jsonld}) go into the default graph;
 * quads files ({@code .nq}, {@code .trig}) keep their named graphs.
 */
public final class RdfFiles {

    private RdfFiles() {
    }

    /** A file that could not be read as RDF; the message is a sentence naming the file and the place. */
    public static final class UnreadableFileException extends Exception {
        private static final long serialVersionUID = 1L;

        UnreadableFileException(String message) {
            super(message);
        }
    }

    /** The syntax of a file by its extension, or null when RIOT does not know the extension. */
    public static Lang syntaxOf(Path file) {
        return RDFLanguages.filenameToLang(file.getFileName().toString());
    }

    /**
     * Parses {@code file} into {@code target}.
     *
     * @throws UnreadableFileException when the file is missing, its extension names no RDF syntax, or it does not parse
     */
    public static void read(Path file, DatasetGraph target) throws UnreadableFileException {
        read(file, target, null);
    }

    /**
     * Parses {@code file} into {@code target}, resolving relative IRIs against {@code base}
     * (null: against the file's own location, as RIOT does by default).
     *
     * @throws UnreadableFileException when the file is missing, its extension names no RDF syntax, or it does not parse
     */
    public static void read(Path file, DatasetGraph target, String base) throws UnreadableFileException {
        if (!Files.isRegularFile(file)) {
            throw new UnreadableFileException("Cannot read " + file + ": there is no such file.");
        }
        Lang lang = syntaxOf(file);
        if (lang == null) {
            throw new UnreadableFileException("Cannot tell the RDF syntax of " + file
                    + " from its extension; use .ttl, .nt, .nq, .trig, .jsonld or .rdf.");
        }
        try {
            RDFParserBuilder parser = RDFParser.source(file).lang(lang).errorHandler(new Strict(file));
            if (base != null) {
                parser.base(base);
            }
            parser.parse(target);
        } catch (PlacedException e) {
            throw new UnreadableFileException(e.getMessage());
        } catch (RiotException e) {
            throw new UnreadableFileException(file + " is not readable " + lang.getLabel() + ": " + e.getMessage());
        }
    }

    /** Turns every RIOT error into an exception that names file, line and column. */
    private static final class Strict implements ErrorHandler {
        private final Path file;

        Strict(Path file) {
            this.file = file;
        }

        @Override
        public void warning(String message, long line, long col) {
            // Warnings (e.g. an unusual but legal IRI) do not stop a read.
        }

        @Override
        public void error(String message, long line, long col) {
            throw new PlacedException(file, message, line, col);
        }

        @Override
        public void fatal(String message, long line, long col) {
            throw new PlacedException(file, message, line, col);
        }
    }

    private static final class PlacedException extends RiotException {
        private static final long serialVersionUID = 1L;

        PlacedException(Path file, String message, long line, long col) {
            super(file + " is not readable RDF" + place(line, col) + ": " + message);
        }

        private static String place(long line, long col) {
            if (line < 0) {
                return "";
            }
            return col < 0 ? " (line " + line + ")" : " (line " + line + ", column " + col + ")";
        }
    }
}
