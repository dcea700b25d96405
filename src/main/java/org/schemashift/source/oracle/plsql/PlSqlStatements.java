package org.schemashift.source.oracle.plsql;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.antlr.v4.runtime.tree.Trees;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.schemashift.model.SourceSpan;
import org.schemashift.model.proc.Argument;
import org.schemashift.model.proc.Block;
import org.schemashift.model.proc.Condition;
import org.schemashift.model.proc.Declaration;
import org.schemashift.model.proc.IntoRows;
import org.schemashift.model.proc.Statement;
import org.schemashift.model.sql.PseudoFunctions;
import org.schemashift.source.oracle.OracleNames;
import org.schemashift.source.oracle.grammar.OracleParser;
import org.schemashift.source.oracle.grammar.OracleParser.*;

/**
 * PL/SQL statements as IR {@link Statement}s, one builder method per form, following the contract
 * table of docs/procedural-ir.md. A statement holding something the IR cannot say (GOTO, FORALL
 * over INDICES OF, SET TRANSACTION, ...) becomes {@link org.schemashift.model.proc.Unsupported}
 * with the reason; the statements around it are still read.
 */
final class PlSqlStatements {
    private final UnitReading reading;
    private final PlSqlLoops loops;
    private final PlSqlSql sql;

    PlSqlStatements(UnitReading reading) {
        this.reading = reading;
        this.loops = new PlSqlLoops(reading, this);
        this.sql = new PlSqlSql(reading, this);
    }

    /** {@code [DECLARE ...] BEGIN ... [EXCEPTION ...] END}; {@code declarations} come first (a subprogram's, before BEGIN). */
    Block block(BlockContext ctx, String label, List<Declaration> declarations) {
        List<Declaration> all = new ArrayList<>(declarations);
        all.addAll(reading.declarations.section(ctx.declaration()).declarations());
        return new Block(label, all, sequence(ctx.statementSequence()), reading.conditions.handlers(ctx.exceptionSection()),
                reading.span(ctx));
    }

    List<Statement> sequence(StatementSequenceContext ctx) {
        List<Statement> out = new ArrayList<>();
        if (ctx == null) return out;
        int gapStart = PlSqlComments.endBefore(ctx);
        for (LabeledStatementContext labeled : ctx.labeledStatement()) {
            out.addAll(reading.comments.between(gapStart, labeled.getStart().getStartIndex()));
            gapStart = labeled.getStop().getStopIndex() + 1;
            PlsqlStatementContext statement = labeled.plsqlStatement();
            String label = labeled.label().isEmpty() ? null
                    : OracleNames.identifier(labeled.label(labeled.label().size() - 1).memberName().getText());
            if (label != null && !loops.takesLabel(statement)) {
                // a label on anything but a loop or block only serves GOTO
                out.add(reading.unsupported(labeled.label(0), "label for GOTO"));
                label = null;
            }
            try {
                out.add(statement(statement, label));
            } catch (UnitReading.NotReadable e) {
                out.add(reading.unsupported(statement, e.getMessage()));
            }
        }
        out.addAll(reading.comments.between(gapStart, PlSqlComments.startAfter(ctx)));
        return out;
    }

    Statement statement(PlsqlStatementContext ctx, String label) {
        SourceSpan span = reading.span(ctx);
        if (ctx instanceof BlockStatementContext b) return block(b.block(), label, List.of());
        if (ctx instanceof AssignOrCallContext a) {
            return a.expression() == null ? call(a.target(), span)
                    : new Statement.Assign(target(a.target()), reading.expression(a.expression()), span);
        }
        if (ctx instanceof IfStatementContext i) return ifStatement(i, span);
        if (ctx instanceof CaseStatementContext c) return caseStatement(c, span);
        if (ctx instanceof NullStatementContext) return new Statement.Null(span);
        if (ctx instanceof ReturnStatementContext r) return new Statement.Return(reading.expression(r.expression()), span);
        if (ctx instanceof RaiseStatementContext r) {
            return r.exceptionName() == null ? new Statement.Reraise(span)
                    : new Statement.Raise(reading.conditions.condition(r.exceptionName()), null, span);
        }
        if (ctx instanceof GotoStatementContext) {
            throw new UnitReading.NotReadable("GOTO has no equivalent: restructure the code with loops and EXIT");
        }
        if (ctx instanceof CommitStatementContext) return transaction(Statement.TransactionAction.COMMIT, null, span);
        if (ctx instanceof RollbackStatementContext r) {
            return r.identifier() == null ? transaction(Statement.TransactionAction.ROLLBACK, null, span)
                    : transaction(Statement.TransactionAction.ROLLBACK_TO_SAVEPOINT, PlSqlDeclarations.name(r.identifier()), span);
        }
        if (ctx instanceof SavepointStatementContext s) {
            return transaction(Statement.TransactionAction.SAVEPOINT, PlSqlDeclarations.name(s.identifier()), span);
        }
        if (ctx instanceof SetTransactionStatementContext) {
            throw new UnitReading.NotReadable("SET TRANSACTION: set the isolation level or access mode in the target by hand");
        }
        if (ctx instanceof LockTableStatementContext) {
            throw new UnitReading.NotReadable("LOCK TABLE: lock modes differ between Oracle and the target");
        }
        if (ctx instanceof PipeRowStatementContext p) return new Statement.ReturnNext(reading.expression(p.expression()), span);
        Statement loop = loops.statement(ctx, label, span);
        return loop != null ? loop : sql.statement(ctx, span);
    }

    private static Statement transaction(Statement.TransactionAction action, String savepoint, SourceSpan span) {
        return new Statement.Transaction(action, savepoint, span);
    }

    private Statement ifStatement(IfStatementContext ctx, SourceSpan span) {
        List<Statement.Branch> branches = new ArrayList<>();
        branches.add(new Statement.Branch(reading.expression(ctx.expression()), sequence(ctx.statementSequence(0))));
        for (ElsifBranchContext elsif : ctx.elsifBranch()) {
            branches.add(new Statement.Branch(reading.expression(elsif.expression()), sequence(elsif.statementSequence())));
        }
        return new Statement.If(branches, ctx.otherwise == null ? List.of() : sequence(ctx.otherwise), span);
    }

    private Statement caseStatement(CaseStatementContext ctx, SourceSpan span) {
        List<Statement.Branch> branches = new ArrayList<>();
        for (CaseStatementWhenContext when : ctx.caseStatementWhen()) {
            branches.add(new Statement.Branch(reading.expression(when.expression()), sequence(when.statementSequence())));
        }
        return new Statement.Case(reading.expression(ctx.selector), branches,
                ctx.otherwise == null ? null : sequence(ctx.otherwise), span);
    }

    // ---------------------------------------------------------------- calls and targets

    /**
     * {@code p}, {@code pkg.p(a, b => c)}, {@code v.EXTEND(2)}: a {@link Statement.Call} of the name as
     * written (a built-in such as DBMS_OUTPUT.PUT_LINE is rewritten by its call rule when converted);
     * RAISE_APPLICATION_ERROR(-20nnn, m) is {@link Statement.Raise} of the error number.
     */
    private Statement call(TargetContext ctx, SourceSpan span) {
        List<String> names = new ArrayList<>();
        names.add(OracleNames.identifier(ctx.getChild(0).getText()));
        List<Argument> arguments = List.of();
        for (int i = 1; i < ctx.getChildCount(); i++) {
            ParseTree child = ctx.getChild(i);
            if (child instanceof MemberNameContext member && arguments.isEmpty()) {
                names.add(OracleNames.identifier(member.getText()));
            } else if (child instanceof ArgumentsContext args && i == ctx.getChildCount() - 1) {
                arguments = arguments(args);
            } else if (!(child instanceof TerminalNode)) {
                throw new UnitReading.NotReadable("call on the result of a call");
            }
        }
        String routine = String.join(".", names);
        if (routine.equals("RAISE_APPLICATION_ERROR") && arguments.size() >= 2) {
            Integer number = UnitReading.integer(arguments.get(0).value());
            if (number != null) {
                return new Statement.Raise(new Condition.ErrorNumber(number), arguments.get(1).value(), routine, span);
            }
        }
        return new Statement.Call(new SqlIdentifier(names, reading.positions.pos(ctx)), arguments, span);
    }

    List<Argument> arguments(ArgumentsContext ctx) {
        List<Argument> arguments = new ArrayList<>();
        if (ctx == null) return arguments;
        for (FunctionArgumentContext a : ctx.functionArgument()) {
            arguments.add(new Argument(a.identifier() == null ? null : PlSqlDeclarations.name(a.identifier()),
                    reading.expression(a.expression())));
        }
        return arguments;
    }

    /** The values of {@code (a, b)}, names dropped (cursor arguments). */
    List<SqlNode> values(ArgumentsContext ctx) {
        return arguments(ctx).stream().map(Argument::value).toList();
    }

    /**
     * What an assignment or INTO writes: {@code v}, {@code r.f}, {@code :NEW.c} are identifiers;
     * {@code v(i)} the unresolved call {@code V(i)} (the convert stage makes it an element),
     * {@code v(i).f} Calcite's DOT of it and the field, and a further subscript ({@code v(i)(j)},
     * {@code v(i).f(j)}) Calcite's ITEM, as in expressions.
     */
    SqlNode target(TargetContext ctx) {
        SqlParserPos pos = reading.positions.pos(ctx);
        List<String> names = new ArrayList<>();
        TerminalNode bind = ctx.BIND_VARIABLE();
        names.add(bind != null ? reading.expressions.rowName(OracleNames.identifier(bind.getText().substring(1)))
                : PlSqlDeclarations.name(ctx.identifier()));
        SqlNode node = null;
        for (int i = 1; i < ctx.getChildCount(); i++) {
            ParseTree child = ctx.getChild(i);
            if (child instanceof MemberNameContext member) {
                String name = OracleNames.identifier(member.getText());
                if (node == null) names.add(name);
                else node = SqlStdOperatorTable.DOT.createCall(pos, node, new SqlIdentifier(name, pos));
            } else if (child instanceof ArgumentsContext args) {
                List<SqlNode> subscripts = values(args);
                if (node == null) {
                    node = PseudoFunctions.call(String.join(".", names), pos, subscripts.toArray(new SqlNode[0]));
                } else if (subscripts.size() == 1) {
                    node = SqlStdOperatorTable.ITEM.createCall(pos, node, subscripts.get(0));
                } else {
                    throw new UnitReading.NotReadable("element with several subscripts inside an element");
                }
            }
        }
        return node != null ? node : new SqlIdentifier(names, pos);
    }

    List<SqlNode> targets(IntoClauseContext ctx) {
        return ctx.target().stream().map(this::target).toList();
    }

    /** ALL_ROWS for BULK COLLECT INTO, else what Oracle's SELECT INTO does: exactly one row. */
    static IntoRows rows(IntoClauseContext ctx) {
        return ctx != null && ctx.BULK() != null ? IntoRows.ALL_ROWS : IntoRows.EXACTLY_ONE;
    }

    /** The cursor a cursor statement names ({@code c}, {@code pkg.c}). */
    static String cursorName(ColumnReferenceContext ctx) {
        return String.join(".", OracleNames.names(ctx));
    }

    /** The query's own INTO clause (only the first query block may have one), or null. */
    static IntoClauseContext intoOf(QueryContext query) {
        var found = Trees.findAllRuleNodes(query, OracleParser.RULE_intoClause);
        return found.isEmpty() ? null : (IntoClauseContext) found.iterator().next();
    }
}
