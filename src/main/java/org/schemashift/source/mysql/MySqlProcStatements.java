package org.schemashift.source.mysql;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlDelete;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlInsert;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlOrderBy;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.SqlUpdate;
import org.apache.calcite.sql.ddl.SqlTruncateTable;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.util.SqlBasicVisitor;
import org.apache.calcite.sql.util.SqlShuttle;
import org.schemashift.model.ActionItem;
import org.schemashift.model.DataType;
import org.schemashift.model.SourceSpan;
import org.schemashift.model.Table;
import org.schemashift.model.proc.Argument;
import org.schemashift.model.proc.Block;
import org.schemashift.model.proc.Condition;
import org.schemashift.model.proc.Declaration;
import org.schemashift.model.proc.Handler;
import org.schemashift.model.proc.IntoRows;
import org.schemashift.model.proc.Parameter;
import org.schemashift.model.proc.ProcOperators;
import org.schemashift.model.proc.ProcType;
import org.schemashift.model.proc.Statement;
import org.schemashift.model.proc.Unsupported;
import org.schemashift.model.sql.CanonicalOperators;
import org.schemashift.model.sql.Upsert;
import org.schemashift.source.antlr.SourcePositions;
import org.schemashift.source.mysql.grammar.MySqlParser.*;
import org.schemashift.source.mysql.grammar.MySqlParser;
import org.schemashift.source.sql.CodeTables;

/**
 * The statements and declarations of a MySQL compound statement as IR nodes, following the MySQL
 * column of docs/procedural-ir.md. SELECT ... INTO reads one row or raises NOT FOUND
 * ({@link IntoRows#ONE_OR_NOT_FOUND}); FETCH past the last row raises NOT FOUND; a bare SELECT in a
 * procedure is a result set. What the IR cannot hold (DDL, multi-table changes, user variables) is
 * {@link Unsupported} with the reason, the statements around it still read.
 */
final class MySqlProcStatements {
    private final SourcePositions positions;
    private final MySqlExpressionBuilder expressions;
    private final MySqlTypeBuilder types;
    private final List<ActionItem> items;
    private final MySqlPreparedTexts prepared;
    private final MySqlJoinedDml joined;
    private final MySqlUserVariables userVariables;
    private final MySqlCreateTableBuilder tables;
    /** The temporary tables the program creates, by upper-case name, and those a result set it returned reads. */
    private final Set<String> temporaryTables = new HashSet<>();
    private final Set<String> readByResultSets = new HashSet<>();
    /** The parameters and the variables of the blocks around the statement being read, by upper-case name, innermost first. */
    private final Map<String, ArrayDeque<DataType>> variables = new HashMap<>();
    private boolean inFunction;

    MySqlProcStatements(SourcePositions positions, MySqlExpressionBuilder expressions, MySqlTypeBuilder types,
                        List<ActionItem> items) {
        this.positions = positions;
        this.expressions = expressions;
        this.types = types;
        this.items = items;
        this.joined = new MySqlJoinedDml(positions, this::expression, NotReadable::new);
        this.userVariables = new MySqlUserVariables(positions, items);
        this.prepared = new MySqlPreparedTexts(positions, items);
        MySqlKeyBuilder keys = new MySqlKeyBuilder(positions, expressions);
        this.tables = new MySqlCreateTableBuilder(positions, keys, new MySqlColumnBuilder(positions, expressions, keys),
                new MySqlPartitioningBuilder(positions, expressions));
    }

    /** Starts a routine, trigger or event: {@code parameters} are its variables before any block's. */
    void start(boolean function, List<Parameter> parameters, ProcStatementContext body) {
        this.inFunction = function;
        userVariables.start(body);
        prepared.start(body);
        variables.clear();
        temporaryTables.clear();
        readByResultSets.clear();
        createdTemporary(body);
        for (Parameter p : parameters) declare(p.name(), ((ProcType.Declared) p.type()).type());
    }

    /** The tables the program creates as temporary ones anywhere in its body: a DROP TABLE before the CREATE drops them too. */
    private void createdTemporary(ParseTree tree) {
        if (tree instanceof CreateTemporaryInBodyContext c) temporaryTables.add(MySqlNames.tableName(c.tableName()).name().toUpperCase(Locale.ROOT));
        for (int i = 0; i < tree.getChildCount(); i++) createdTemporary(tree.getChild(i));
    }

    private void declare(String name, DataType type) {
        variables.computeIfAbsent(name.toUpperCase(Locale.ROOT), n -> new ArrayDeque<>()).push(type);
    }

    private DataType variable(String name) {
        ArrayDeque<DataType> types = variables.get(name.toUpperCase(Locale.ROOT));
        return types == null ? null : types.peek();
    }

    Statement statement(ProcStatementContext ctx) {
        SourceSpan span = positions.span(ctx);
        try {
            return read(ctx, span);
        } catch (NotReadable e) {
            return new Unsupported(positions.text(ctx), span, e.getMessage());
        }
    }

    private Statement read(ProcStatementContext ctx, SourceSpan span) {
        if (ctx instanceof BlockStatementContext b) return block(b, span);
        if (ctx instanceof LoopStatementContext l) return new Statement.Loop(label(l.label), body(l.procBody()), span);
        if (ctx instanceof WhileStatementContext w) {
            return new Statement.While(label(w.label), condition(w.expression()), body(w.procBody()), span);
        }
        if (ctx instanceof RepeatStatementContext r) {
            return new Statement.Repeat(label(r.label), body(r.procBody()), condition(r.expression()), span);
        }
        if (ctx instanceof IfStatementContext i) return ifStatement(i, span);
        if (ctx instanceof CaseStatementContext c) return caseStatement(c, span);
        if (ctx instanceof LeaveStatementContext l) return new Statement.Exit(label(l.identifier()), null, span);
        if (ctx instanceof IterateStatementContext i) return new Statement.Continue(label(i.identifier()), null, span);
        if (ctx instanceof ReturnStatementContext r) return new Statement.Return(value(r.expression()), span);
        if (ctx instanceof SetStatementInBodyContext s) return assignments(s, span);
        if (ctx instanceof OpenStatementContext o) return new Statement.Open(label(o.identifier()), List.of(), null, span);
        if (ctx instanceof FetchStatementContext f) {
            return new Statement.Fetch(label(f.identifier()), Statement.FetchDirection.NEXT, null, targets(f.intoTarget()), true, span);
        }
        if (ctx instanceof CloseStatementContext c) return new Statement.Close(label(c.identifier()), span);
        if (ctx instanceof SignalStatementContext s) return signal(s, span);
        if (ctx instanceof ResignalStatementContext r) {
            if (r.state == null && r.name == null && r.signalItem().isEmpty()) return new Statement.Reraise(span);
            throw new NotReadable("RESIGNAL with a condition or new items");
        }
        if (ctx instanceof GetDiagnosticsContext g) return diagnostics(g, span);
        if (ctx instanceof CallStatementContext c) return call(c, span);
        if (ctx instanceof PrepareStatementContext p) {
            prepared.prepare(label(p.identifier()), expressions.visit(p.expression()), () -> expression(p.expression()), positions.pos(p));
            return new Statement.Comment("PREPARE " + label(p.identifier()) + ": run by its EXECUTE", span);
        }
        if (ctx instanceof ExecuteStatementContext e) return execute(e, span);
        if (ctx instanceof DeallocateStatementContext d) {
            return new Statement.Comment("DEALLOCATE PREPARE " + label(d.identifier()), span);
        }
        if (ctx instanceof SelectStatementContext s) return select(s, span);
        if (ctx instanceof InsertInBodyContext i) return insert(i.insertStatement(), span);
        if (ctx instanceof UpdateInBodyContext u) {
            UpdateStatementContext update = u.updateStatement();
            return ignoring(update.IGNORE(), limited(update.limitClause(), update.orderByClause(), expression(update), span));
        }
        if (ctx instanceof DeleteInBodyContext d) {
            DeleteStatementContext delete = d.deleteStatement();
            return ignoring(delete.IGNORE(), limited(delete.limitClause(), delete.orderByClause(), expression(delete), span));
        }
        if (ctx instanceof JoinedUpdateInBodyContext u) return ignoring(u.joinedUpdate().IGNORE(), changes(joined.update(u.joinedUpdate()), span));
        if (ctx instanceof JoinedDeleteInBodyContext d) return ignoring(d.joinedDelete().IGNORE(), changes(joined.delete(d.joinedDelete()), span));
        if (ctx instanceof TransactionInBodyContext t) return transaction(t, span);
        if (ctx instanceof CreateTemporaryInBodyContext c) return temporaryTable(c, span);
        if (ctx instanceof DropTemporaryInBodyContext d) return dropTemporary(d, span);
        if (ctx instanceof DropTableInBodyContext d) return dropTable(d, span);
        if (ctx instanceof TruncateInBodyContext t) return truncate(t, span);
        int first = ctx.getStart().getType();
        if (first == MySqlParser.CREATE || first == MySqlParser.ALTER || first == MySqlParser.DROP) {
            return new Unsupported(positions.text(ctx), span, Unsupported.STATIC_DDL);
        }
        throw new NotReadable("statement not converted in a stored program (LOCK, DO): run it as dynamic SQL by hand");
    }

    private Block block(BlockStatementContext ctx, SourceSpan span) {
        List<Declaration> declarations = new ArrayList<>();
        List<Handler> handlers = new ArrayList<>();
        for (ProcDeclarationContext d : ctx.procDeclaration()) {
            if (d instanceof HandlerDeclarationContext h) handlers.add(handler(h));
            else declarations.addAll(declaration(d));
        }
        for (Declaration d : declarations) {
            if (d instanceof Declaration.Variable v) declare(v.name(), ((ProcType.Declared) v.type()).type());
        }
        List<Statement> body = new ArrayList<>();
        for (ProcStatementContext s : ctx.procStatement()) body.add(statement(s));
        for (Declaration d : declarations) {
            if (d instanceof Declaration.Variable v) variables.get(v.name().toUpperCase(Locale.ROOT)).pop();
        }
        return new Block(label(ctx.label), declarations, body, handlers, span);
    }

    private List<Declaration> declaration(ProcDeclarationContext ctx) {
        SourceSpan span = positions.span(ctx);
        if (ctx instanceof VariableDeclarationContext v) {
            ProcType type = new ProcType.Declared(types.type(v.routineType()));
            SqlNode initial = v.expression() == null ? null : value(v.expression());
            List<Declaration> out = new ArrayList<>();
            for (IdentifierContext name : v.identifier()) {
                out.add(new Declaration.Variable(label(name), type, initial, false, false, span));
            }
            return out;
        }
        if (ctx instanceof ConditionDeclarationContext c) {
            Condition condition = condition(c.conditionValue());
            String state = condition instanceof Condition.SqlState s ? s.code() : null;
            Integer number = condition instanceof Condition.ErrorNumber n ? n.number() : null;
            if (condition instanceof Condition.Standard) number = Integer.valueOf(c.conditionValue().getText());
            return List.of(new Declaration.NamedCondition(label(c.identifier()), state, number, span));
        }
        CursorDeclarationContext c = (CursorDeclarationContext) ctx;
        return List.of(new Declaration.Cursor(label(c.identifier()), List.of(), expression(c.query()), false, span));
    }

    private Handler handler(HandlerDeclarationContext ctx) {
        if (ctx.kind.getType() == MySqlParser.UNDO) {
            // MySQL accepts UNDO in the syntax only; no version implements it.
            items.add(MySqlCode.STORED_PROGRAM_CONSTRUCT.at(positions.span(ctx), "UNDO HANDLER is not supported by MySQL: read as EXIT"));
        }
        List<Condition> conditions = new ArrayList<>();
        for (ConditionValueContext value : ctx.conditionValue()) conditions.add(condition(value));
        Handler.Kind kind = ctx.kind.getType() == MySqlParser.CONTINUE ? Handler.Kind.CONTINUE : Handler.Kind.EXIT;
        Handler handler = new Handler(conditions, kind, List.of(statement(ctx.procStatement())), positions.span(ctx));
        MySqlHandlerWrites.check(handler, items);
        return handler;
    }

    private Condition condition(ConditionValueContext ctx) {
        if (ctx instanceof SqlStateConditionContext s) return MySqlConditions.sqlState(MySqlNames.string(s.stringLiteral()));
        if (ctx instanceof ErrorNumberConditionContext e) return MySqlConditions.errorNumber(Integer.parseInt(e.getText()));
        if (ctx instanceof WarningConditionContext) return Condition.Standard.WARNING;
        if (ctx instanceof NotFoundConditionContext) return Condition.Standard.NOT_FOUND;
        if (ctx instanceof ExceptionConditionContext) return Condition.Standard.ANY_ERROR;
        return new Condition.Named(label(((NamedConditionContext) ctx).identifier()));
    }

    private Statement ifStatement(IfStatementContext ctx, SourceSpan span) {
        List<Statement.Branch> branches = new ArrayList<>();
        for (int i = 0; i < ctx.expression().size(); i++) {
            branches.add(new Statement.Branch(condition(ctx.expression(i)), body(ctx.procBody(i))));
        }
        return new Statement.If(branches, ctx.elseBody == null ? List.of() : body(ctx.elseBody), span);
    }

    /** CASE without ELSE raises "case not found" when no branch matches, in MySQL as in the IR. */
    private Statement caseStatement(CaseStatementContext ctx, SourceSpan span) {
        List<ExpressionContext> whens = new ArrayList<>(ctx.expression());
        if (ctx.operand != null) whens.remove(0);
        List<Statement.Branch> branches = new ArrayList<>();
        for (int i = 0; i < whens.size(); i++) {
            branches.add(new Statement.Branch(ctx.operand == null ? condition(whens.get(i)) : expression(whens.get(i)),
                    body(ctx.procBody(i))));
        }
        return new Statement.Case(ctx.operand == null ? null : expression(ctx.operand), branches,
                ctx.elseBody == null ? null : body(ctx.elseBody), span);
    }

    /** SET a = x, b = y: one assignment per target, in order. */
    private Statement assignments(SetStatementInBodyContext ctx, SourceSpan span) {
        List<Statement> out = new ArrayList<>();
        for (SetTargetContext t : ctx.setTarget()) {
            if (t.variable() != null && prepared.assigned(t.variable().getText(), () -> expressions.visit(t.expression()), ctx)) {
                out.add(new Statement.Comment("SET " + t.variable().getText() + ": the text of a prepared statement, converted where "
                        + "it runs", positions.span(t)));
                continue;
            }
            SqlNode value = value(t.expression());
            if (t.variable() != null) userVariables.assign(t, value, this::variable);
            SqlNode target = t.variable() != null ? expression(t.variable()) : expression(t.columnReference());
            out.add(new Statement.Assign(target, value, positions.span(t)));
        }
        return out.size() == 1 ? out.get(0) : new Block(null, List.of(), out, List.of(), span);
    }

    /** CREATE TEMPORARY TABLE [IF NOT EXISTS] t (...): a temporary table of the session, as on MySQL. */
    private Statement temporaryTable(CreateTemporaryInBodyContext ctx, SourceSpan span) {
        Table table = tables.build(ctx.tableName(), ctx.tableElement(), ctx.tableOptions(), null, true);
        String name = table.name().name();
        boolean keep = ctx.ifNotExists() != null;
        items.add(MySqlCode.TEMPORARY_TABLE_IN_PROGRAM.at(span, name + " is a temporary table of the session"
                + (keep ? "; one that exists is kept with its rows" : "; one left by an earlier call is replaced, where MySQL raises 'table exists'")));
        if (CodeTables.losesConstraints(table)) {
            items.add(MySqlCode.TEMPORARY_TABLE_CONSTRAINT.at(span, name + ": " + table.checks().size() + " check(s), "
                    + table.foreignKeys().size() + " foreign key(s) and " + table.indexes().size() + " index(es) not created"));
        }
        return CodeTables.temporary(table, name, node -> node, keep, NotReadable::new, span);
    }

    /** DROP TEMPORARY TABLE [IF EXISTS] t, ...: each dropped if it exists, never a permanent table. */
    private Statement dropTemporary(DropTemporaryInBodyContext ctx, SourceSpan span) {
        List<Statement> drops = new ArrayList<>();
        for (TableNameContext table : ctx.tableName()) {
            drops.add(new Statement.DropTable(MySqlNames.tableName(table).name(), span));
        }
        if (ctx.ifExists() == null) {
            items.add(MySqlCode.TEMPORARY_TABLE_IN_PROGRAM.at(span, "DROP TEMPORARY TABLE without IF EXISTS: a missing table is "
                    + "skipped, where MySQL raises 'unknown table'"));
        }
        return drops.size() == 1 ? drops.get(0) : new Block(null, List.of(), drops, List.of(), span);
    }

    /**
     * DROP TABLE [IF EXISTS] t, ... of tables the program creates as temporary ones: MySQL drops the
     * temporary table of that name (https://dev.mysql.com/doc/refman/8.0/en/drop-table.html), so this
     * is DROP TEMPORARY TABLE (where none exists MySQL would drop a permanent table of that name: reported). Except for a table a result set the program returned reads: the
     * converted result set is a cursor the caller fetches from after the call, which PostgreSQL
     * cannot do once the table is dropped, so the table is kept (until the next call replaces it).
     */
    private Statement dropTable(DropTableInBodyContext ctx, SourceSpan span) {
        List<String> names = ctx.tableName().stream().map(t -> MySqlNames.tableName(t).name()).toList();
        if (!names.stream().allMatch(n -> temporaryTables.contains(n.toUpperCase(Locale.ROOT)))) {
            return new Unsupported(positions.text(ctx), span, Unsupported.STATIC_DDL);
        }
        List<Statement> drops = new ArrayList<>();
        for (String name : names) {
            String key = name.toUpperCase(Locale.ROOT);
            boolean kept = readByResultSets.contains(key);
            items.add(MySqlCode.TEMPORARY_TABLE_IN_PROGRAM.at(span, kept
                    ? name + " is not dropped: the result set the caller fetches after the call reads it; the next call replaces it"
                    : "DROP TABLE " + name + " drops the program's temporary table only; where none exists MySQL drops a permanent "
                            + "table of that name"));
            drops.add(kept ? new Statement.Comment("DROP TABLE " + name + ": kept for the result set that reads it", span)
                    : new Statement.DropTable(name, span));
        }
        return drops.size() == 1 ? drops.get(0) : new Block(null, List.of(), drops, List.of(), span);
    }

    /**
     * TRUNCATE [TABLE] t: all rows removed and the AUTO_INCREMENT counter reset, as RESTART IDENTITY does
     * (https://dev.mysql.com/doc/refman/8.0/en/truncate-table.html); MySQL commits first, PostgreSQL does not.
     */
    private Statement truncate(TruncateInBodyContext ctx, SourceSpan span) {
        SqlIdentifier table = (SqlIdentifier) expression(ctx.tableName());
        items.add(MySqlCode.TRUNCATE_IN_PROGRAM.at(span, "TRUNCATE " + table + " is part of the caller's transaction"));
        return new Statement.SqlStatement(new SqlTruncateTable(positions.pos(ctx), table, false), List.of(), List.of(), IntoRows.FIRST_ROW, span);
    }

    /** SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = m; MYSQL_ERRNO and the other items are reported. */
    private Statement signal(SignalStatementContext ctx, SourceSpan span) {
        Condition condition = ctx.state != null ? MySqlConditions.sqlState(MySqlNames.string(ctx.state))
                : new Condition.Named(label(ctx.name));
        SqlNode message = null;
        for (SignalItemContext item : ctx.signalItem()) {
            String name = label(item.name).toUpperCase(Locale.ROOT);
            if (name.equals("MESSAGE_TEXT")) {
                message = expression(item.expression());
            } else {
                items.add(MySqlCode.STORED_PROGRAM_CONSTRUCT.at(positions.span(item),
                        "SIGNAL ... SET " + name + ": PostgreSQL errors carry a SQLSTATE and a message only; the item is not kept"));
            }
        }
        return new Statement.Raise(condition, message, span);
    }

    private Statement diagnostics(GetDiagnosticsContext ctx, SourceSpan span) {
        List<Statement.DiagnosticItem> out = new ArrayList<>();
        for (DiagnosticItemContext item : ctx.diagnosticItem()) {
            Statement.Diagnostic what = switch (label(item.name).toUpperCase(Locale.ROOT)) {
                case "ROW_COUNT" -> Statement.Diagnostic.ROW_COUNT;
                case "RETURNED_SQLSTATE" -> Statement.Diagnostic.ERROR_SQLSTATE;
                case "MESSAGE_TEXT" -> Statement.Diagnostic.ERROR_MESSAGE;
                default -> throw new NotReadable("GET DIAGNOSTICS item " + label(item.name));
            };
            out.add(new Statement.DiagnosticItem(target(item.intoTarget()), what));
        }
        return new Statement.GetDiagnostics(out, span);
    }

    private Statement call(CallStatementContext ctx, SourceSpan span) {
        List<Argument> arguments = new ArrayList<>();
        if (ctx.expressionList() != null) {
            for (ExpressionContext e : ctx.expressionList().expression()) arguments.add(Argument.positional(expression(e)));
        }
        return new Statement.Call((SqlIdentifier) expression(ctx.tableName()), arguments, span);
    }

    /** EXECUTE s USING @a: the text of the PREPARE before it run as dynamic SQL ({@link MySqlPreparedTexts}). */
    private Statement execute(ExecuteStatementContext ctx, SourceSpan span) {
        String name = label(ctx.identifier());
        if (!prepared.has(name)) throw new NotReadable("EXECUTE " + name + " without a PREPARE before it in the same routine");
        List<SqlNode> arguments = new ArrayList<>();
        for (VariableContext v : ctx.variable()) arguments.add(expression(v));
        return prepared.execute(name, arguments, span);
    }

    /** SELECT ... INTO targets reads one row; a bare SELECT in a procedure returns a result set to the caller. */
    private Statement select(SelectStatementContext ctx, SourceSpan span) {
        SqlNode query = expression(ctx.query());
        IntoClauseContext into = into(ctx.query());
        if (into != null) {
            userVariables.assign(into.intoTarget(), query, this::variable);
            return new Statement.SqlStatement(query, List.of(), targets(into.intoTarget()), IntoRows.ONE_OR_NOT_FOUND, span);
        }
        if (inFunction) throw new NotReadable("a function cannot return a result set");
        query.accept(new SqlBasicVisitor<Void>() {
            @Override
            public Void visit(SqlIdentifier id) {
                readByResultSets.add(id.names.get(id.names.size() - 1).toUpperCase(Locale.ROOT));
                return null;
            }
        });
        return new Statement.ResultSet(query, span);
    }

    private static IntoClauseContext into(QueryContext query) {
        if (query.intoClause() != null) return query.intoClause();
        if (query.queryExpression() instanceof SimpleQueryContext simple) {
            List<IntoClauseContext> into = simple.queryBlock().intoClause();
            return into.isEmpty() ? null : into.get(0);
        }
        return null;
    }

    /**
     * INSERT IGNORE, REPLACE and ON DUPLICATE KEY UPDATE as an {@link Upsert}: what happens to a row
     * that duplicates a unique key. IGNORE also turns other errors into warnings (NOT NULL, foreign
     * keys, values out of range, no partition): those still fail on the target, reported.
     */
    private Statement insert(InsertStatementContext ctx, SourceSpan span) {
        SqlInsert insert = (SqlInsert) expression(ctx);
        Upsert.OnDuplicate action = ctx.DUPLICATE() != null ? Upsert.OnDuplicate.UPDATE
                : ctx.verb.getType() == MySqlParser.REPLACE ? Upsert.OnDuplicate.REPLACE
                : ctx.IGNORE() != null ? Upsert.OnDuplicate.NOTHING : null;
        if (ctx.IGNORE() != null) {
            items.add(MySqlCode.INSERT_IGNORE_ERRORS.at(span, "INSERT IGNORE: duplicates are skipped with ON CONFLICT DO NOTHING; "
                    + "the other errors IGNORE turns into warnings (NULL in a NOT NULL column, a missing parent row, a value "
                    + "out of range or too long) still fail on PostgreSQL"));
        }
        if (action == Upsert.OnDuplicate.REPLACE) {
            items.add(MySqlCode.REPLACE_AS_UPDATE.at(span, "REPLACE deletes the duplicate row and inserts the new one; written as "
                    + "INSERT ... ON CONFLICT DO UPDATE of the inserted columns, so UPDATE triggers fire instead of DELETE and "
                    + "INSERT triggers, ON DELETE CASCADE does not delete child rows, and columns not inserted keep their values"));
        }
        if (action == null) return new Statement.SqlStatement(insert, List.of(), List.of(), IntoRows.EXACTLY_ONE, span);
        SqlNodeList targets = null;
        SqlNodeList values = null;
        if (action == Upsert.OnDuplicate.UPDATE) {
            targets = new SqlNodeList(positions.pos(ctx));
            values = new SqlNodeList(positions.pos(ctx));
            SqlIdentifier table = (SqlIdentifier) insert.getTargetTable();
            Map<String, SqlNode> assigned = new HashMap<>();
            for (SetClauseContext clause : ctx.setClause()) {
                if (!(clause instanceof ColumnAssignmentContext assignment)) throw new NotReadable("row assignment in ON DUPLICATE KEY UPDATE");
                SqlIdentifier column = (SqlIdentifier) expression(assignment.columnReference());
                String name = column.names.get(column.names.size() - 1);
                SqlNode value = expression(assignment.columnValue()).accept(new UpdateValue(table)).accept(new AssignedBefore(table, assigned));
                targets.add(new SqlIdentifier(name, column.getParserPosition()));
                values.add(value);
                assigned.put(name.toLowerCase(Locale.ROOT), value);
            }
        }
        Upsert upsert = new Upsert(insert.getParserPosition(), insert.getTargetTable(), insert.getSource(), insert.getTargetColumnList(),
                targets, values, action);
        return new Statement.SqlStatement(upsert, List.of(), List.of(), IntoRows.EXACTLY_ONE, span);
    }

    /**
     * A value of ON DUPLICATE KEY UPDATE: VALUES(c) is the value the insert proposed for c; a bare
     * name that is no variable is a column of the existing row, qualified by the table because
     * PostgreSQL's proposed row (excluded) has the same columns.
     */
    private final class UpdateValue extends SqlShuttle {
        private final SqlIdentifier table;

        UpdateValue(SqlIdentifier table) {
            this.table = table;
        }

        @Override
        public SqlNode visit(SqlIdentifier id) {
            if (id.names.size() != 1 || id.isStar() || variable(id.names.get(0)) != null) return id;
            List<String> names = new ArrayList<>(table.names);
            names.add(id.names.get(0));
            return new SqlIdentifier(names, id.getParserPosition());
        }

        @Override
        public SqlNode visit(SqlCall call) {
            if (call.getOperator().getName().equalsIgnoreCase("VALUES") && call.operandCount() == 1
                    && call.operand(0) instanceof SqlIdentifier column) {
                return new SqlIdentifier(List.of(Upsert.PROPOSED, column.names.get(column.names.size() - 1)), call.getParserPosition());
            }
            return super.visit(call);
        }
    }

    /**
     * MySQL assigns ON DUPLICATE KEY UPDATE's columns left to right, a later value reading the new
     * value of a column set before it; PostgreSQL's DO UPDATE reads the old row throughout. So a
     * reference to a column assigned earlier in the list is that assignment's value.
     */
    private static final class AssignedBefore extends SqlShuttle {
        private final SqlIdentifier table;
        private final Map<String, SqlNode> assigned;

        AssignedBefore(SqlIdentifier table, Map<String, SqlNode> assigned) {
            this.table = table;
            this.assigned = assigned;
        }

        @Override
        public SqlNode visit(SqlIdentifier id) {
            if (id.names.size() != table.names.size() + 1) return id;
            for (int i = 0; i < table.names.size(); i++) {
                if (!id.names.get(i).equalsIgnoreCase(table.names.get(i))) return id;
            }
            SqlNode value = assigned.get(id.names.get(table.names.size()).toLowerCase(Locale.ROOT));
            return value == null ? id : value.clone(id.getParserPosition());
        }
    }

    /**
     * ORDER BY / LIMIT n on a single-table UPDATE or DELETE: the first n rows in that order change
     * (https://dev.mysql.com/doc/refman/8.0/en/update.html); canonically the statement's source select
     * without FROM holds the order and the fetch, as T-SQL's TOP does. ORDER BY without LIMIT only
     * orders the changes, which PostgreSQL does not: it is left out, with an item.
     */
    private Statement limited(LimitClauseContext limit, OrderByClauseContext order, SqlNode statement, SourceSpan span) {
        if (limit == null && order != null) {
            items.add(MySqlCode.CHANGE_ORDER_LEFT_OUT.at(positions.span(order), positions.text(order) + " without LIMIT: PostgreSQL "
                    + "changes the rows in no stated order"));
        }
        if (limit == null) return changes(statement, span);
        if (!(limit instanceof LimitOffsetContext l) || l.offset != null) throw new NotReadable("LIMIT with an offset on UPDATE or DELETE");
        SqlParserPos pos = statement.getParserPosition();
        SqlNodeList orderList = order == null ? null : (SqlNodeList) expression(order);
        SqlSelect source = new SqlSelect(pos, null, SqlNodeList.SINGLETON_STAR, null, null, null, null, null, orderList, null,
                expression(l.count), null);
        SqlNode ordered = statement instanceof SqlUpdate u
                ? new SqlUpdate(pos, u.getTargetTable(), u.getTargetColumnList(), u.getSourceExpressionList(), u.getCondition(), source, u.getAlias())
                : new SqlDelete(pos, ((SqlDelete) statement).getTargetTable(), ((SqlDelete) statement).getCondition(), source,
                        ((SqlDelete) statement).getAlias());
        return changes(ordered, span);
    }

    private static Statement changes(SqlNode statement, SourceSpan span) {
        return new Statement.SqlStatement(statement, List.of(), List.of(), IntoRows.EXACTLY_ONE, span);
    }

    /**
     * UPDATE / DELETE IGNORE: MySQL skips the rows whose change fails (a duplicate key, a row a
     * foreign key still references) and turns other errors into warnings; PostgreSQL fails the statement.
     */
    private Statement ignoring(TerminalNode ignore, Statement statement) {
        if (ignore != null) {
            items.add(MySqlCode.CHANGE_IGNORE.at(statement.span(), "IGNORE: MySQL skips the rows whose change fails (a duplicate "
                    + "key, a parent row still referenced) and goes on; PostgreSQL fails the whole statement. Where such rows can "
                    + "occur, exclude them in the WHERE (NOT EXISTS) or catch the error"));
        }
        return statement;
    }

    private Statement transaction(TransactionInBodyContext ctx, SourceSpan span) {
        Statement.TransactionAction action = ctx.COMMIT() != null ? Statement.TransactionAction.COMMIT
                : ctx.ROLLBACK() != null ? Statement.TransactionAction.ROLLBACK : Statement.TransactionAction.BEGIN;
        return new Statement.Transaction(action, null, span);
    }

    private List<Statement> body(ProcBodyContext ctx) {
        List<Statement> out = new ArrayList<>();
        for (ProcStatementContext s : ctx.procStatement()) out.add(statement(s));
        return out;
    }

    private List<SqlNode> targets(List<IntoTargetContext> list) {
        List<SqlNode> out = new ArrayList<>();
        for (IntoTargetContext t : list) out.add(target(t));
        return out;
    }

    private SqlNode target(IntoTargetContext ctx) {
        return expression(ctx.variable() != null ? ctx.variable() : ctx.columnReference());
    }

    /**
     * An expression or SQL statement as a canonical tree; ROW_COUNT() is the last statement's row count,
     * LAST_INSERT_ID() the last generated key.
     * A user variable (@x) is the local it became, else the statement is reported ({@link MySqlUserVariables}).
     */
    private SqlNode expression(ParserRuleContext ctx) {
        SqlNode node = ctx instanceof VariableContext ? new SqlIdentifier(ctx.getText(), positions.pos(ctx)) : expressions.visit(ctx);
        return node == null ? null : node.accept(CANONICAL);
    }

    /** A condition (IF, WHILE, UNTIL, CASE WHEN): MySQL takes a number as true when it is not 0 ({@link MySqlTruth}). */
    private SqlNode condition(ExpressionContext ctx) {
        return MySqlTruth.of(expression(ctx), this::variable);
    }

    /** A value: a parenthesized query ({@code SET v = (SELECT ...)}) stays a scalar subquery, not a statement. */
    private SqlNode value(ExpressionContext ctx) {
        SqlNode node = expression(ctx);
        if (!node.getKind().belongsTo(SqlKind.QUERY)) return node;
        // the writers parenthesize a query with an ORDER BY node around it where a value is expected
        SqlNode query = node instanceof SqlOrderBy ? node : new SqlOrderBy(node.getParserPosition(), node, SqlNodeList.EMPTY, null, null);
        return SqlStdOperatorTable.SCALAR_QUERY.createCall(node.getParserPosition(), query);
    }

    /** The declarations the program's user variables became ({@link MySqlUserVariables}), for its outermost block. */
    List<Declaration> userVariableDeclarations() {
        return userVariables.declarations();
    }

    private final SqlShuttle CANONICAL = new SqlShuttle() {
        @Override
        public SqlNode visit(SqlIdentifier id) {
            return id.names.get(0).startsWith("@") ? userVariables.read(id, NotReadable::new) : id;
        }

        @Override
        public SqlNode visit(SqlCall call) {
            if (call.operandCount() == 0 && call.getOperator().getName().equalsIgnoreCase("ROW_COUNT")) {
                return ProcOperators.cursorAttribute(ProcOperators.CursorAttribute.ROW_COUNT, null, call.getParserPosition());
            }
            // the generated key, which code right after a one-row INSERT reads from that INSERT's RETURNING
            if (call.operandCount() == 0 && call.getOperator().getName().equalsIgnoreCase("LAST_INSERT_ID")) {
                items.add(MySqlCode.LAST_INSERT_ID.at(positions.span(call.getParserPosition()), "LAST_INSERT_ID()"));
                return CanonicalOperators.SCOPE_GENERATED_KEY.createCall(call.getParserPosition());
            }
            return super.visit(call);
        }
    };

    private static String label(IdentifierContext ctx) {
        return ctx == null ? null : MySqlNames.identifier(ctx);
    }

    /** A construct the IR cannot hold: the whole statement becomes {@link Unsupported}. */
    private static final class NotReadable extends RuntimeException {
        NotReadable(String reason) {
            super(reason, null, false, false);
        }
    }
}
