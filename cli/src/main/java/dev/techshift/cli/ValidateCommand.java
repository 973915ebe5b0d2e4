package dev.techshift.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import dev.techshift.ontology.ShapesValidator;
import dev.techshift.ontology.ValidationReportPrinter;
import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.parser.ShaclParseException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kg validate}: checks RDF files against the project's SHACL shapes and prints a readable report.
 * <pre>
 *   ./kg validate out.nq
 *   ./kg validate --shapes my-shapes.ttl data/entities/*.ttl
 * </pre>
 * All files are read into one dataset and the union of its graphs (plus the ontology) is validated.
 * Exit codes: {@value #CONFORMS} conforms, {@value #VIOLATIONS} violations, {@value #UNREADABLE} unreadable file.
 */
@Command(name = "validate",
        mixinStandardHelpOptions = true,
        description = {"Validate RDF files against the techshift SHACL shapes.",
            "All files are read into one dataset and the union of its graphs, plus the ontology (kg.ttl), "
                + "is validated against ontology/shapes.ttl; the report is grouped by focus node."},
        footer = {
            "%nExamples:",
            "  ./kg validate out.nq",
            "      validate a dump written by ./kg build --dump",
            "  ./kg validate --base http://localhost:3030/id/ data/entities/*.ttl data/links/*.ttl",
            "      validate the registry and its links (relative IRIs like <org/amazon>)",
            "  ./kg validate --shapes my-shapes.ttl data.ttl",
            "      validate against other shapes",
            "%nSyntax is chosen by extension: .ttl .nt .nq .trig .jsonld .rdf (.gz allowed).",
            "%nExit codes: 0 the data conforms, 1 the shapes report violations, 2 a file is unreadable or bad usage."
        })
public final class ValidateCommand implements Callable<Integer> {

    /** Exit code when the data conforms. */
    public static final int CONFORMS = 0;
    /** Exit code when the shapes report results. */
    public static final int VIOLATIONS = 1;
    /** Exit code when a data or shapes file cannot be read. */
    public static final int UNREADABLE = 2;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "RDF files to validate together.")
    List<Path> files;

    @Option(names = "--shapes", paramLabel = "FILE",
            description = "Validate against the shapes in FILE instead of the project's shapes.")
    Path shapesFile;

    @Option(names = "--base", paramLabel = "IRI",
            description = "Resolve relative IRIs in the files against IRI (default: each file's own location).")
    String base;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DatasetGraph data = DatasetGraphFactory.create();
        ShapesValidator validator;
        try {
            for (Path file : files) {
                RdfFiles.read(file, data, base);
            }
            validator = validator();
        } catch (RdfFiles.UnreadableFileException e) {
            err.println(e.getMessage());
            err.flush();
            return UNREADABLE;
        }
        long quads = data.stream().count();
        long graphs = data.size();
        out.printf("Read %d file%s: %,d triples and quads, %d named graph%s.%n",
                files.size(), files.size() == 1 ? "" : "s", quads, graphs, graphs == 1 ? "" : "s");
        ValidationReport report = validator.validate(data);
        ValidationReportPrinter.withProjectPrefixes().print(report, out);
        return report.conforms() ? CONFORMS : VIOLATIONS;
    }

    private ShapesValidator validator() throws RdfFiles.UnreadableFileException {
        if (shapesFile == null) {
            return ShapesValidator.create();
        }
        DatasetGraph shapes = DatasetGraphFactory.create();
        RdfFiles.read(shapesFile, shapes);
        Graph graph = GraphFactory.createDefaultGraph();
        shapes.find().forEachRemaining(quad -> graph.add(quad.asTriple()));
        try {
            return ShapesValidator.of(graph);
        } catch (ShaclParseException e) {
            throw new RdfFiles.UnreadableFileException(shapesFile + " does not hold valid SHACL shapes: "
                    + e.getMessage());
        }
    }
}
