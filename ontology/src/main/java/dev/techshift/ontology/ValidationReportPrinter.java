package dev.techshift.ontology;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.util.FmtUtils;

/**
 * Writes a SHACL validation report for people: grouped by focus node, with severity, path, message and
 * value, then counts per severity and per constraint.
 * <pre>
 *   ValidationReportPrinter.withProjectPrefixes().print(report, out);
 *   String text = ValidationReportPrinter.withProjectPrefixes().format(report);
 * </pre>
 * The output is deterministic: groups and lines are sorted, long literals are cut to
 * {@value #MAX_VALUE_LENGTH} characters, and blank nodes print as {@code []}.
 */
public final class ValidationReportPrinter {

    /** How many characters of a value are printed before it is cut with an ellipsis. */
    public static final int MAX_VALUE_LENGTH = 80;

    private static final Pattern IRI_IN_TEXT = Pattern.compile("<([^<>\\s]+)>");

    private final PrefixMapping prefixes;

    /** A printer that abbreviates IRIs with the given prefixes. */
    public ValidationReportPrinter(PrefixMapping prefixes) {
        this.prefixes = prefixes;
    }

    /** A printer that abbreviates IRIs with the prefixes declared in {@code shapes.ttl} ({@code ts:}, {@code oa:} ...). */
    public static ValidationReportPrinter withProjectPrefixes() {
        return new ValidationReportPrinter(Ontology.shapesGraph().getPrefixMapping());
    }

    /** The report as text. */
    public String format(ValidationReport report) {
        StringWriter text = new StringWriter();
        try (PrintWriter out = new PrintWriter(text)) {
            print(report, out);
        }
        return text.toString();
    }

    /** Writes the report; flushes {@code out} but does not close it. */
    public void print(ValidationReport report, PrintWriter out) {
        List<Line> lines = new ArrayList<>();
        for (ReportEntry entry : report.getEntries()) {
            lines.add(line(entry));
        }
        lines.sort(Comparator.comparing(Line::focus).thenComparing(Line::path)
                .thenComparing(Line::message).thenComparing(Line::value));
        if (lines.isEmpty()) {
            out.println("The data conforms to the shapes: no violations.");
            out.flush();
            return;
        }
        Map<String, Integer> bySeverity = new TreeMap<>();
        Map<String, Integer> byConstraint = new TreeMap<>();
        Map<String, List<Line>> byFocus = new TreeMap<>();
        for (Line line : lines) {
            bySeverity.merge(line.severity(), 1, Integer::sum);
            byConstraint.merge(line.severity() + "  " + line.constraint() + "  " + line.path(), 1, Integer::sum);
            byFocus.computeIfAbsent(line.focus(), f -> new ArrayList<>()).add(line);
        }
        out.printf("The data does not conform to the shapes: %s on %d focus node%s.%n",
                counts(bySeverity), byFocus.size(), byFocus.size() == 1 ? "" : "s");
        for (Map.Entry<String, List<Line>> group : byFocus.entrySet()) {
            out.println();
            out.printf("%s  (%d)%n", group.getKey(), group.getValue().size());
            for (Line line : group.getValue()) {
                out.printf("  %-9s %s%n", line.severity(), line.path());
                out.printf("            %s%n", line.message());
                if (!line.value().isEmpty()) {
                    out.printf("            value: %s%n", line.value());
                }
            }
        }
        out.println();
        out.println("Counts by constraint (severity, constraint, path):");
        byConstraint.forEach((key, n) -> out.printf("  %6d  %s%n", n, key));
        out.flush();
    }

    private Line line(ReportEntry entry) {
        String focus = node(entry.focusNode());
        String path = entry.resultPath() == null ? "-" : entry.resultPath().toString(new Prologue(prefixes));
        String value = entry.value() == null || entry.value().equals(entry.focusNode()) ? "" : node(entry.value());
        String message = entry.message() == null ? "" : abbreviate(entry.message().strip());
        return new Line(focus, path, severity(entry.severity()), message, value, constraint(entry));
    }

    /** Shortens {@code <iri>} in a message to a prefixed name where a prefix matches. */
    private String abbreviate(String message) {
        return IRI_IN_TEXT.matcher(message).replaceAll(m -> {
            String iri = m.group(1);
            String shortForm = prefixes.shortForm(iri);
            return Matcher.quoteReplacement(shortForm.equals(iri) ? m.group() : shortForm);
        });
    }

    private String constraint(ReportEntry entry) {
        Node component = entry.sourceConstraintComponent();
        if (component == null || !component.isURI()) {
            return "-";
        }
        return component.getLocalName();
    }

    private static String severity(Severity severity) {
        return severity == null ? "Violation" : severity.level().getLocalName();
    }

    private static String counts(Map<String, Integer> bySeverity) {
        List<String> parts = new ArrayList<>();
        bySeverity.forEach((severity, n) -> {
            String name = severity.toLowerCase(java.util.Locale.ROOT);
            parts.add(n + " " + (n == 1 || name.equals("info") ? name : name + "s"));
        });
        return String.join(", ", parts);
    }

    private String node(Node node) {
        if (node.isBlank()) {
            return "[]";
        }
        if (node.isURI()) {
            String abbreviated = prefixes.shortForm(node.getURI());
            return abbreviated.equals(node.getURI()) ? NodeFmtLib.strNT(node) : abbreviated;
        }
        String text = FmtUtils.stringForNode(node, prefixes);
        return text.length() <= MAX_VALUE_LENGTH ? text : text.substring(0, MAX_VALUE_LENGTH) + "…";
    }

    /** One result, formatted. */
    private record Line(String focus, String path, String severity, String message, String value,
                        String constraint) {
    }
}
