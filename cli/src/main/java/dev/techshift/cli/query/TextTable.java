package dev.techshift.cli.query;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ResultSet;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.core.Var;

/**
 * Prints SPARQL results as an aligned table that stays aligned with Chinese text.
 * <pre>
 *   new TextTable(query.getPrefixMapping(), 60).print(resultSet, out);
 *   // | org     | quote            |
 * </pre>
 * IRIs are shortened with the query's prefixes, literals show their lexical form, and cells
 * wider than the column limit are cut with an ellipsis (use csv or json for the full text).
 */
public final class TextTable {

    private final PrefixMapping prefixes;
    private final int maxWidth;

    /** @param maxWidth the widest a column may be, in display columns; 0 for no limit */
    public TextTable(PrefixMapping prefixes, int maxWidth) {
        this.prefixes = prefixes;
        this.maxWidth = maxWidth;
    }

    /** Prints every row of the result and a row count; returns the number of rows. */
    public int print(ResultSet rs, PrintWriter out) {
        List<String> vars = rs.getResultVars();
        List<String[]> rows = new ArrayList<>();
        while (rs.hasNext()) {
            Binding b = rs.nextBinding();
            String[] row = new String[vars.size()];
            for (int i = 0; i < vars.size(); i++) {
                Node n = b.get(Var.alloc(vars.get(i)));
                row[i] = DisplayWidth.truncate(n == null ? "" : cell(n), maxWidth);
            }
            rows.add(row);
        }
        int[] widths = new int[vars.size()];
        for (int i = 0; i < vars.size(); i++) {
            widths[i] = DisplayWidth.of(vars.get(i));
            for (String[] r : rows) {
                widths[i] = Math.max(widths[i], DisplayWidth.of(r[i]));
            }
        }
        String[] header = vars.toArray(String[]::new);
        line(out, header, widths);
        StringBuilder sep = new StringBuilder("|");
        for (int w : widths) {
            sep.append('-').append("-".repeat(w)).append("-|");
        }
        out.println(sep);
        rows.forEach(r -> line(out, r, widths));
        out.println(rows.size() + (rows.size() == 1 ? " row" : " rows"));
        out.flush();
        return rows.size();
    }

    private static void line(PrintWriter out, String[] cells, int[] widths) {
        StringBuilder b = new StringBuilder("|");
        for (int i = 0; i < cells.length; i++) {
            b.append(' ').append(DisplayWidth.pad(cells[i], widths[i])).append(" |");
        }
        out.println(b);
    }

    /** One term as a researcher reads it: prefixed IRI, literal text, blank node label. */
    String cell(Node n) {
        String s;
        if (n.isURI()) {
            String q = prefixes.qnameFor(n.getURI());
            s = q != null ? q : "<" + n.getURI() + ">";
        } else if (n.isLiteral()) {
            s = n.getLiteralLexicalForm();
        } else if (n.isBlank()) {
            s = "_:" + n.getBlankNodeLabel();
        } else {
            s = n.toString();
        }
        return s.replaceAll("\\s*\\R\\s*", " ⏎ ");
    }
}
