package dev.techshift.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.shacl.ValidationReport;
import org.junit.jupiter.api.Test;

/** The printed report names focus nodes, paths, messages and counts, the same way every time. */
class ValidationReportPrinterTest {

    @Test
    void aConformingReportSaysSo() {
        ValidationReport report = ShapesValidator.create().validate(ShapesValidatorTest.example("example.trig"));
        assertEquals("The data conforms to the shapes: no violations." + System.lineSeparator(),
                ValidationReportPrinter.withProjectPrefixes().format(report));
    }

    @Test
    void violationsAreGroupedByFocusNodeWithPathsMessagesAndCounts() {
        ValidationReport report = ShapesValidator.create().validate(ShapesValidatorTest.example("example-broken.trig"));
        String text = ValidationReportPrinter.withProjectPrefixes().format(report);
        assertTrue(text.startsWith("The data does not conform to the shapes: 13 violations on 13 focus nodes."), text);
        assertTrue(text.contains("<http://example.org/ts/id/quantity/approximate/300/person>  (1)"), text);
        assertTrue(text.contains("  Violation ts:qualifier"), text);
        assertTrue(text.contains("value: ts:Exactly"), text);
        assertTrue(text.contains("A quantity has exactly one qualifier (ts:qualifier)"), text);
        assertTrue(text.contains("  Violation dcterms:title"), text);
        assertTrue(text.contains("Counts by constraint (severity, constraint, path):"), text);
        assertTrue(text.contains("2  Violation  SPARQLConstraintComponent  oa:hasSelector"), text);
    }

    @Test
    void theOutputIsDeterministic() {
        String first = ValidationReportPrinter.withProjectPrefixes().format(
                ShapesValidator.create().validate(ShapesValidatorTest.example("example-broken.trig")));
        String second = ValidationReportPrinter.withProjectPrefixes().format(
                ShapesValidator.create().validate(ShapesValidatorTest.example("example-broken.trig")));
        assertEquals(first, second);
    }
}
