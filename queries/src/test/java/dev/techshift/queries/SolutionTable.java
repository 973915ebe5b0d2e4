package dev.techshift.queries;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.StringJoiner;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.util.FmtUtils;

/**
 * SPARQL solutions reduced to comparable rows: one string per variable, blank nodes made
 * anonymous, so two results can be compared as sets (or sequences) and diffed readably.
 * <pre>
 *   SolutionTable actual = SolutionTable.of(resultSet, false);
 *   String diff = SolutionTable.read(Path.of("expected/01_x.srj")).diff(actual, false);
 * </pre>
 * With {@code .srj} and {@code .tsv} expected files RDF terms are compared exactly (IRI,
 * lexical form, datatype, language); with {@code .csv} only their text, as CSV keeps no types.
 *
 * @param vars the result variables in query order
 * @param rows one entry per solution, cells in {@code vars} order
 */
record SolutionTable(List<String> vars, List<List<String>> rows) {

    /** Reads a whole result set; {@code lexical} keeps only the text of each term (for CSV). */
    static SolutionTable of(ResultSet rs, boolean lexical) {
        List<String> vars = List.copyOf(rs.getResultVars());
        List<List<String>> rows = new ArrayList<>();
        while (rs.hasNext()) {
            Binding b = rs.nextBinding();
            List<String> row = new ArrayList<>();
            for (String v : vars) {
                row.add(cell(b.get(Var.alloc(v)), lexical));
            }
            rows.add(row);
        }
        return new SolutionTable(vars, rows);
    }

    /** Reads an expected file (.srj, .tsv or .csv). */
    static SolutionTable read(Path file) throws IOException {
        Lang lang = langOf(file);
        try (InputStream in = Files.newInputStream(file)) {
            return of(ResultSetMgr.read(in, lang), lang == ResultSetLang.RS_CSV);
        }
    }

    /** Writes a result set to an expected file in the format its extension names. */
    static void write(ResultSetRewindable rs, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            ResultSetMgr.write(out, rs, langOf(file));
        }
        rs.reset();
    }

    static Lang langOf(Path file) {
        String n = file.getFileName().toString();
        if (n.endsWith(".srj")) {
            return ResultSetLang.RS_JSON;
        } else if (n.endsWith(".tsv")) {
            return ResultSetLang.RS_TSV;
        } else if (n.endsWith(".csv")) {
            return ResultSetLang.RS_CSV;
        }
        throw new IllegalArgumentException("An expected result file must end in .srj, .tsv or .csv: " + file);
    }

    private static String cell(Node n, boolean lexical) {
        if (n == null) {
            return "";
        } else if (n.isBlank()) {
            return "_:b";
        } else if (lexical) {
            return n.isURI() ? n.getURI() : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
        }
        return FmtUtils.stringForNode(n);
    }

    /**
     * What differs between this expected table and the actual one, as readable lines; empty when
     * they agree. As a set unless {@code ordered}: then the rows must also come in the same order.
     */
    String diff(SolutionTable actual, boolean ordered) {
        if (!vars.equals(actual.vars)) {
            return "The columns differ: expected " + vars + ", got " + actual.vars + ".";
        }
        List<String> exp = lines(rows);
        List<String> act = lines(actual.rows);
        List<String> missing = minus(exp, act);
        List<String> unexpected = minus(act, exp);
        StringJoiner out = new StringJoiner("\n");
        if (!missing.isEmpty() || !unexpected.isEmpty()) {
            out.add("columns: " + String.join(" | ", vars));
            out.add(missing.size() + " expected row(s) missing:");
            missing.forEach(r -> out.add("  - " + r));
            out.add(unexpected.size() + " unexpected row(s):");
            unexpected.forEach(r -> out.add("  + " + r));
        } else if (ordered && !exp.equals(act)) {
            out.add("The same rows came in a different order. Expected:");
            exp.forEach(r -> out.add("  " + r));
            out.add("Got:");
            act.forEach(r -> out.add("  " + r));
        }
        return out.toString();
    }

    private static List<String> lines(List<List<String>> rows) {
        List<String> l = new ArrayList<>();
        rows.forEach(r -> l.add(String.join(" | ", r)));
        return l;
    }

    /** Multiset difference a - b, sorted for a stable report. */
    private static List<String> minus(List<String> a, List<String> b) {
        List<String> rest = new ArrayList<>(a);
        for (String s : b) {
            rest.remove(s);
        }
        Collections.sort(rest);
        return rest;
    }
}
