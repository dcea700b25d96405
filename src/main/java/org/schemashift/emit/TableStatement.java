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

    /** How many elements were added so far. */
    public int size() {
        return elements.size();
    }

    /** The elements from position {@code from} on (the constraints a data migration adds after the load). */
    public List<String> elementsFrom(int from) {
        return List.copyOf(elements.subList(from, elements.size()));
    }

    /** This statement with only its first {@code count} elements, the commented-out parts kept. */
    public TableStatement firstElements(int count) {
        TableStatement copy = new TableStatement();
        copy.elements.addAll(elements.subList(0, count));
        copy.commentedOut.addAll(commentedOut);
        return copy;
    }

    /**
     * The written default of {@code column}, or null when it has none; a default that was not
     * converted, or that the target cannot spell, is commented out (with the source column name
     * and text) and gives null.
     */
    public String defaultClause(Column column, EmitContext context) {
        Expr defaultValue = column.defaultValue();
        return defaultValue == null ? null : writtenOrCommentedOut(defaultValue, column.name() + " DEFAULT ", column, context);
    }

    /** The generated column's expression as written, or null (commented out) when it cannot be written. */
    public String generatedExpression(Column column, EmitContext context) {
        return writtenOrCommentedOut(column.generated().expression(), column.name() + " GENERATED ALWAYS AS (", column, context);
    }

    private String writtenOrCommentedOut(Expr expr, String clause, Column column, EmitContext context) {
        String written = context.written(expr, column.span());
        if (written == null) commentOut(clause + expr.sourceText() + (clause.endsWith("(") ? ")" : ""));
        return written;
    }

    /** CONSTRAINT name CHECK (condition) for each check, commented out where the plan says so or the target cannot spell it. */
    public void addChecks(List<PlannedTable.Check> checks, EmitContext context) {
        for (PlannedTable.Check check : checks) {
            Expr condition = check.check().condition();
            String written = check.commentedOut() ? context.writeOrSource(condition, check.check().span())
                    : context.written(condition, check.check().span());
            String sql = "CONSTRAINT " + context.quote(check.name()) + " CHECK (" + (written == null ? condition.sourceText() : written) + ")";
            if (check.commentedOut() || written == null) {
                commentOut(sql);
            } else {
                add(sql + context.notValid(check.check().validated(), check.check().span(), "check " + check.name()));
            }
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
