package org.schemashift.emit.postgresql;

import java.util.List;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.schemashift.model.proc.ProcOperators;
import org.schemashift.model.proc.ProcOperators.CollectionMethod;
import org.schemashift.model.proc.Statement;

/** Assignment, IF, CASE, loops, EXIT and CONTINUE: PL/pgSQL has each, so they are spelled one to one. */
final class PlPgSqlControlFlow {
    private final PlPgSqlWriter writer;

    PlPgSqlControlFlow(PlPgSqlWriter writer) {
        this.writer = writer;
    }

    void assign(Statement.Assign assign) {
        PlPgSqlContext context = writer.context();
        PlPgSqlAssociativeArrays associativeArrays = context.associativeArrays();
        if (associativeArrays.isElement(assign.target())) {
            writer.out().line(associativeArrays.assignment((SqlCall) assign.target(), assign.value()));
            return;
        }
        if (associativeArrays.isElementField(assign.target())) {
            writer.out().line(associativeArrays.fieldAssignment((SqlCall) assign.target(), assign.value()));
            return;
        }
        String notWritable = PlPgSqlCollections.notWritable(assign.value(), associativeArrays);
        if (notWritable != null) {
            List<SqlNode> operands = ((SqlCall) assign.value()).getOperandList();
            context.notExpressible(assign.span(), notWritable, context.expression(operands.get(0)) + ".DELETE("
                    + String.join(", ", context.expressions(operands.subList(1, operands.size()))) + ");", writer.out());
            return;
        }
        if (ProcOperators.collectionMethodOf(assign.value()) == CollectionMethod.DELETE && ((SqlCall) assign.value()).operandCount() > 1
                && context.collections().deletesOnlyAtTheEnd(((SqlCall) assign.value()).operand(0))) {
            context.items.add(PostgresqlCode.DELETE_INSIDE_SCALAR_COLLECTION, assign.span(), "DELETE(i) of " + assign.target()
                    + ": the elements at the end are deleted; an inner one raises feature_not_supported at run time");
        }
        PlPgSqlCollections collections = context.collections();
        SqlNode value = assign.target() instanceof SqlCall item && item.getKind() == SqlKind.ITEM ? collections.stored(item, assign.value())
                : collections.assigned(assign.target(), assign.value());
        writer.out().line(context.target(assign.target()) + " := " + context.expression(value) + ";");
    }

    void ifStatement(Statement.If statement) {
        PlPgSqlText out = writer.out();
        String keyword = "IF ";
        for (Statement.Branch branch : statement.branches()) {
            out.line(keyword + writer.context().condition(branch.when()) + " THEN");
            nested(branch.body());
            keyword = "ELSIF ";
        }
        if (!statement.otherwise().isEmpty()) {
            out.line("ELSE");
            nested(statement.otherwise());
        }
        out.line("END IF;");
    }

    /** Both CASE forms exist in PL/pgSQL, and both raise CASE_NOT_FOUND without ELSE, as the sources do. */
    void caseStatement(Statement.Case statement) {
        PlPgSqlText out = writer.out();
        PlPgSqlContext context = writer.context();
        out.line(statement.selector() == null ? "CASE" : "CASE " + context.expression(statement.selector()));
        out.indent();
        for (Statement.Branch branch : statement.branches()) {
            out.line("WHEN " + context.condition(branch.when()) + " THEN");
            nested(branch.body());
        }
        if (statement.otherwise() != null) {
            out.line("ELSE");
            nested(statement.otherwise());
        }
        out.outdent().line("END CASE;");
    }

    /**
     * A loop: optional label, {@code header} (LOOP, WHILE ... LOOP, FOR ... LOOP), then inside it the
     * {@code opening} lines, the body and the {@code closing} lines.
     */
    void loop(String label, String header, List<String> opening, List<Statement> body, List<String> closing) {
        PlPgSqlText out = writer.out();
        String name = label == null ? null : writer.context().name(label);
        if (name != null) out.line("<<" + name + ">>");
        out.line(header);
        out.indent();
        opening.forEach(out::line);
        writer.writeAllOrNull(body);
        closing.forEach(out::line);
        out.outdent();
        out.line(name == null ? "END LOOP;" : "END LOOP " + name + ";");
    }

    /**
     * A numeric FOR loop. The IR holds the range low .. high as the sources write it; PL/pgSQL's
     * REVERSE takes it high .. low, so the bounds swap.
     */
    void numericFor(Statement.NumericFor loop) {
        PlPgSqlContext context = writer.context();
        String lower = context.expression(loop.lower());
        String upper = context.expression(loop.upper());
        String range = loop.reverse() ? "REVERSE " + upper + " .. " + lower : lower + " .. " + upper;
        String step = loop.step() == null ? "" : " BY " + context.expression(loop.step());
        loop(loop.label(), "FOR " + context.name(loop.variable()) + " IN " + range + step + " LOOP", List.of(), loop.body(),
                List.of());
    }

    /** EXIT or CONTINUE, with an optional label and WHEN condition. */
    void jump(String keyword, String label, SqlNode when) {
        StringBuilder line = new StringBuilder(keyword);
        if (label != null) line.append(' ').append(writer.context().name(label));
        if (when != null) line.append(" WHEN ").append(writer.context().expression(when));
        writer.out().line(line + ";");
    }

    private void nested(List<Statement> body) {
        writer.out().indent();
        writer.writeAllOrNull(body);
        writer.out().outdent();
    }
}
