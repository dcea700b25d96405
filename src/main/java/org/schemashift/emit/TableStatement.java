package org.schemashift.emit;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.schemashift.model.Column;
import org.schemashift.model.Expr;
import org.schemashift.plan.PlannedTable;

/**
 * The body of a CREATE TABLE as SQL targets write it: one element a line (columns, keys, checks),
 * then the parts that were not converted, commented out under them so a reader sees them and the
 * table still applies.
 */
public final class TableStatement {
    private static final String INDENT = "    ";
    private final List<String> elements = new ArrayList<>();
    private final List<String> commentedOut = new ArrayList<>();

    public void add(String element) {
        elements.add(element);
    }

    public void commentOut(String element) {
        commentedOut.add(element);
    }

    /**
     * The written default of {@code column}, or null when it has none; an unconverted default is
     * commented out (with the source column name and text) and gives null.
     */
    public String defaultClause(Column column, EmitContext context) {
        Expr defaultValue = column.defaultValue();
        if (defaultValue == null) return null;
        if (defaultValue.node() == null) {
            commentOut(column.name() + " DEFAULT " + defaultValue.sourceText());
            return null;
        }
        return context.expressions().write(defaultValue.node());
    }

    /** The generated column's expression as written, or null (commented out) when it was not converted. */
    public String generatedExpression(Column column, EmitContext context) {
        Expr expression = column.generated().expression();
        if (expression.node() == null) {
            commentOut(column.name() + " GENERATED ALWAYS AS (" + expression.sourceText() + ")");
            return null;
        }
        return context.expressions().write(expression.node());
    }

    /** CONSTRAINT name CHECK (condition) for each check, commented out where the plan says so. */
    public void addChecks(List<PlannedTable.Check> checks, EmitContext context) {
        for (PlannedTable.Check check : checks) {
            String sql = "CONSTRAINT " + context.quote(check.name()) + " CHECK (" + context.writeOrSource(check.check().condition()) + ")";
            if (check.commentedOut()) commentOut(sql);
            else add(sql);
        }
    }

    /** {@code head (elements) tail;} with the commented-out parts after the elements. */
    public String render(String head, String tail) {
        StringBuilder sql = new StringBuilder(head).append(" (\n");
        sql.append(elements.stream().map(e -> INDENT + e).collect(Collectors.joining(",\n")));
        for (String line : commentedOut) {
            sql.append('\n').append(INDENT).append("-- ").append(line.replace("\n", "\n" + INDENT + "-- "));
        }
        return sql.append("\n)").append(tail).append(';').toString();
    }
}
