package org.schemashift.source.sqlserver;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.antlr.v4.runtime.ParserRuleContext;
import org.apache.calcite.sql.SqlBasicTypeNameSpec;
import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlInsert;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlNumericLiteral;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.SqlTypeName;
import org.schemashift.model.ActionItem;
import org.schemashift.model.ObjectName;
import org.schemashift.model.SourceSpan;
import org.schemashift.model.proc.Argument;
import org.schemashift.model.proc.Block;
import org.schemashift.model.proc.Condition;
import org.schemashift.model.proc.Declaration;
import org.schemashift.model.proc.Handler;
import org.schemashift.model.proc.IntoRows;
import org.schemashift.model.proc.ProcRewriter;
import org.schemashift.model.proc.ProcType;
import org.schemashift.model.proc.Statement;
import org.schemashift.model.proc.Unsupported;
import org.schemashift.model.sql.CanonicalOperators;
import org.schemashift.source.antlr.SourcePositions;
import org.schemashift.source.sqlserver.grammar.SqlServerParser.*;

/**
 * The statements of a T-SQL body, in the procedural IR. Statement boundaries are the grammar's
 * (a statement ends where the next one begins, semicolons optional, as SQL Server parses them).
 * DECLAREd variables are hoisted to the body's block (a T-SQL variable lives from its DECLARE to the
 * end of the batch), their initial values assigned where the DECLARE stood. A statement that cannot
 * be read is kept as {@link Unsupported} with its text and the reason, so the rest of the body still
 * converts. Expressions go through {@link TsqlExpressions}; DML through {@link TsqlDml}.
 */
final class TsqlStatements {
    /** What the body belongs to: what RETURN and a bare SELECT mean depends on it. */
    enum Unit { PROCEDURE, FUNCTION, TABLE_FUNCTION, TRIGGER }

    /** The temporary table INSERT ... EXEC of dynamic SQL collects the rows of the query in, to insert them. */
    private static final String DYNAMIC_ROWS = "ss_exec_rows";

    private final SourcePositions positions;
    private final List<ActionItem> notes;
    private final TsqlVariables variables;
    private final Unit unit;
    private final TsqlExpressions expressions;
    private final SqlServerExpressionBuilder builder;
    private final TsqlDml dml;
    private final TsqlTables tables;
    private final List<Declaration> declarations = new ArrayList<>();
    private final TsqlKnownTexts knownTexts;
    private boolean returnsStatus;
    private SqlNode rowCount;
    private boolean resultSets;

    TsqlStatements(SourcePositions positions, SqlServerExpressionBuilder builder, List<ActionItem> notes, SqlServerScript script,
                   TsqlVariables variables, Unit unit) {
        this.positions = positions;
        this.notes = notes;
        this.variables = variables;
        this.unit = unit;
        this.expressions = new TsqlExpressions(positions, builder, notes, variables);
        this.builder = builder;
        this.knownTexts = new TsqlKnownTexts(positions, notes, script, unit);
        this.dml = new TsqlDml(positions, builder, expressions, notes);
        this.tables = new TsqlTables(new SqlServerTableBuilder(positions, builder, notes, script), variables, notes);
    }

    /** The table variable a multi-statement table function returns: INSERTs into it add result rows. */
    void returnedTable(String tableVariable) {
        dml.returnedTable(tableVariable);
    }

    /** The columns of the trigger's table, in order (null: unknown). */
    void triggerColumns(List<String> columns) {
        expressions.triggerColumns(columns);
    }

    /** True when a RETURN of the procedure's body passes a status back. */
    boolean returnsStatus() {
        return returnsStatus;
    }

    /**
     * The body's block; the temporary tables it creates are dropped at the end, unless a result set
     * may read them: a cursor left open on a table keeps it from being dropped, so then they stay
     * to the end of the session (the next run replaces them).
     */
    Block body(StatementListContext ctx, SourceSpan span) {
        knownTexts.start(ctx, variables);
        List<Statement> statements = new ArrayList<>(list(ctx));
        statements.addAll(tables.dropAll(span));
        Block block = new Block(null, declarations, statements, List.of(), span);
        return resultSets ? (Block) block.accept(new KeptForResultSets()) : block;
    }

    /** Each DROP TABLE becomes a comment: a result set of the procedure may still be reading the table. */
    private static final class KeptForResultSets extends ProcRewriter {
        @Override
        public Statement visitDropTable(Statement.DropTable statement) {
            return new Statement.Comment("DROP TABLE " + statement.name() + ": kept, a result set may read it", statement.span());
        }
    }

    private List<Statement> list(StatementListContext ctx) {
        List<Statement> out = new ArrayList<>();
        for (TsqlStatementContext statement : ctx.tsqlStatement()) add(statement, out);
        return out;
    }

    /** One statement, or its text as {@link Unsupported} when a part of it has no IR form. */
    private void add(TsqlStatementContext ctx, List<Statement> out) {
        List<Statement> read = new ArrayList<>();
        try {
            statement(ctx, read);
            out.addAll(read);
        } catch (TsqlExpressions.NotConverted e) {
            out.add(unsupported(ctx, e.getMessage()));
        }
    }

    List<Statement> single(TsqlStatementContext ctx) {
        List<Statement> out = new ArrayList<>();
        add(ctx, out);
        return out;
    }

    private void statement(TsqlStatementContext ctx, List<Statement> out) {
        SourceSpan span = positions.span(ctx);
        if (ctx instanceof TryCatchStatementContext t) {
            List<Statement> tryBody = list(t.tryBody);
            Handler handler = new Handler(List.of(Condition.Standard.ANY_ERROR), Handler.Kind.EXIT,
                    expressions.inCatch(() -> list(t.catchBody)), positions.span(t.CATCH(0).getSymbol()));
            out.add(new Block(null, List.of(), tryBody, List.of(handler), span));
        } else if (ctx instanceof BlockStatementContext b) {
            out.add(new Block(null, List.of(), list(b.statementList()), List.of(), span));
        } else if (ctx instanceof BeginTransactionStatementContext) {
            out.add(new Statement.Transaction(Statement.TransactionAction.BEGIN, null, span));
        } else if (ctx instanceof CommitStatementContext) {
            out.add(new Statement.Transaction(Statement.TransactionAction.COMMIT, null, span));
        } else if (ctx instanceof RollbackStatementContext r) {
            rollback(r, span, out);
        } else if (ctx instanceof SaveTransactionStatementContext s) {
            out.add(new Statement.Transaction(Statement.TransactionAction.SAVEPOINT, s.getChild(2).getText(), span));
        } else if (ctx instanceof DeclareStatementContext d) {
            for (VariableDeclarationContext v : d.variableDeclaration()) declare(v, out);
        } else if (ctx instanceof DeclareCursorStatementContext c) {
            boolean scroll = c.cursorOption().stream().anyMatch(o -> o.getText().equalsIgnoreCase("SCROLL"));
            declarations.add(new Declaration.Cursor(cursor(c.identifier(0)), List.of(), expressions.query(c.query()), scroll, span));
        } else if (ctx instanceof SetVariableStatementContext s) {
            setVariable(s, span, out);
        } else if (ctx instanceof SetIsolationStatementContext || ctx instanceof SetOptionStatementContext) {
            setOption(ctx, span, out);
        } else if (ctx instanceof IfStatementContext i) {
            List<Statement> otherwise = i.elseBranch == null ? List.of() : single(i.elseBranch);
            out.add(new Statement.If(List.of(new Statement.Branch(expressions.condition(i.expression()), single(i.thenBranch))),
                    otherwise, span));
        } else if (ctx instanceof WhileStatementContext w) {
            out.add(new Statement.While(null, expressions.condition(w.expression()), single(w.tsqlStatement()), span));
        } else if (ctx instanceof BreakStatementContext) {
            out.add(new Statement.Exit(null, null, span));
        } else if (ctx instanceof ContinueStatementContext) {
            out.add(new Statement.Continue(null, null, span));
        } else if (ctx instanceof GotoStatementContext || ctx instanceof LabelStatementContext) {
            out.add(unsupported(ctx, "GOTO and labels have no PL/pgSQL form: restructure with IF, loops and EXIT"));
        } else if (ctx instanceof ReturnStatementContext r) {
            returnStatement(r, span, out);
        } else if (ctx instanceof PrintStatementContext p) {
            out.add(new Statement.Output(expressions.value(p.valueExpression()), span));
        } else if (ctx instanceof RaiserrorStatementContext r) {
            out.add(raiserror(r, span));
        } else if (ctx instanceof ThrowStatementContext t) {
            out.add(t.valueExpression().isEmpty() ? new Statement.Reraise(span) : new Statement.Raise(
                    errorNumber(t.valueExpression(0)), expressions.value(t.valueExpression(1)), span));
        } else if (ctx instanceof OpenStatementContext o) {
            out.add(new Statement.Open(cursor(o.identifier()), List.of(), null, span));
        } else if (ctx instanceof FetchStatementContext f) {
            out.add(fetch(f, span));
        } else if (ctx instanceof CloseStatementContext c) {
            out.add(new Statement.Close(cursor(c.identifier()), span));
        } else if (ctx instanceof DeallocateStatementContext d) {
            out.add(new Statement.Comment("DEALLOCATE " + d.identifier().getText() + ": the cursor is released by CLOSE", span));
        } else if (ctx instanceof ExecuteStatementContext e) {
            out.add(execute(e.executeCall(), span, true));
        } else if (ctx instanceof InsertExecStatementContext i) {
            out.add(insertExec(i, span));
        } else if (ctx instanceof DmlStatementItemContext d) {
            out.addAll(dml.statements(d.tsqlDml(), span));
        } else if (ctx instanceof SelectStatementContext s) {
            select(s.query(), span, out);
        } else if (ctx instanceof WaitforStatementContext w) {
            out.add(waitfor(w, span));
        } else if (ctx instanceof CreateTempTableStatementContext c) {
            out.add(tables.temporary(builder.objectName(c.tableName()), c.tableElement(), span));
        } else if (ctx instanceof TruncateStatementContext t && t.truncate.getText().equalsIgnoreCase("TRUNCATE")) {
            out.add(dml.truncate(t.tableName(), span));
        } else if (ctx instanceof DropTableStatementContext d) {
            out.addAll(tables.drop(d.tableName().stream().map(SqlServerNames::objectName).toList(), span));
        } else if (ctx instanceof DropServerObjectStatementContext || ctx instanceof ReconfigureStatementContext) {
            out.add(unsupported(ctx, positions.text(ctx).replaceAll("\\s+", " ") + " is not converted: logins, assemblies "
                    + "and server settings have no PostgreSQL equivalent inside a routine; do it as part of the target's "
                    + "setup (DROP ROLE for a login, ALTER SYSTEM for a setting) or remove it"));
        } else {
            out.add(unsupported(ctx, what(ctx) + " is not converted"));
        }
    }

    /**
     * INSERT ... EXEC: of a procedure, {@code INSERT ... SELECT * FROM p(args)} (a named argument {@code @a = 1}
     * is {@code p_a => 1}), which the conversion keeps where p becomes a function RETURNS TABLE and replaces
     * by a fetch from its refcursors otherwise; of dynamic SQL ({@code EXEC (@sql)}, sp_executesql), {@code EXECUTE
     * 'CREATE TEMPORARY TABLE ss_exec_rows AS ' || text} and {@code INSERT ... SELECT * FROM ss_exec_rows}, columns by
     * position as SQL Server takes them (the text, flagged, must be one query). A procedure's OUTPUT arguments
     * and return status, which INSERT ... EXEC also takes back, are not converted.
     */
    private Statement insertExec(InsertExecStatementContext ctx, SourceSpan span) {
        Statement called = execute(ctx.executeCall(), span, false);
        SqlParserPos pos = positions.pos(ctx);
        SqlNodeList columns = ctx.identifierList() == null ? null : new SqlNodeList(SqlServerNames.identifiers(ctx.identifierList())
                .stream().<SqlNode>map(c -> new SqlIdentifier(c, pos)).toList(), pos);
        SqlNode target = dml.target(ctx.tsqlTarget());
        if (called instanceof Statement.DynamicSql dynamic) {
            SqlNode create = SqlStdOperatorTable.CONCAT.createCall(pos, SqlLiteral.createCharString("CREATE TEMPORARY TABLE "
                    + DYNAMIC_ROWS + " AS ", pos), dynamic.text());
            SqlSelect rows = new SqlSelect(pos, null, SqlNodeList.of(SqlIdentifier.star(pos)), new SqlIdentifier(DYNAMIC_ROWS, pos),
                    null, null, null, null, null, null, null, null);
            return new Block(null, List.of(), List.of(new Statement.DropTable(DYNAMIC_ROWS, span),
                    new Statement.DynamicSql(create, dynamic.arguments(), List.of(), IntoRows.FIRST_ROW, span),
                    new Statement.SqlStatement(new SqlInsert(pos, SqlNodeList.EMPTY, target, rows, columns), List.of(), List.of(),
                            IntoRows.FIRST_ROW, span),
                    new Statement.DropTable(DYNAMIC_ROWS, span)), List.of(), span);
        }
        Statement.Call call = (Statement.Call) called;
        if (call.arguments().stream().anyMatch(a -> !a.byValue())) {
            throw new TsqlExpressions.NotConverted("INSERT ... EXEC with OUTPUT arguments or a return status (@rc = p): call the "
                    + "procedure in a statement of its own for them");
        }
        SqlNode rows = Statement.InsertExec.rowsOf(call.routine(), call.arguments());
        return new Statement.InsertExec(new SqlInsert(pos, SqlNodeList.EMPTY, target, rows, columns), call.routine(),
                unsupported(ctx, "INSERT ... EXEC is not converted"), span);
    }

    private static String what(TsqlStatementContext ctx) {
        if (ctx instanceof TruncateStatementContext) return "TRUNCATE TABLE";
        return "RAISERROR with a message number";
    }

    // ------------------------------------------------------------------ variables

    private void declare(VariableDeclarationContext ctx, List<Statement> out) {
        SourceSpan span = positions.span(ctx);
        if (ctx instanceof TableVariableContext t) {
            out.add(tables.variable(t.VARIABLE().getText(), t.tableElement(), span));
        } else if (ctx instanceof CursorVariableContext c) {
            declarations.add(new Declaration.Variable(variables.name(c.VARIABLE().getText()), new ProcType.CursorReference(), null,
                    false, false, span));
        } else {
            ScalarVariableContext v = (ScalarVariableContext) ctx;
            String name = variables.name(v.VARIABLE().getText());
            declarations.add(new Declaration.Variable(name, new ProcType.Declared(SqlServerTypes.type(v.dataType(), positions)), null,
                    false, false, span));
            if (v.expression() != null) {
                SqlNode value = expressions.condition(v.expression());
                knownTexts.assigned(name, value, TsqlDynamicSql.unconditional((ParserRuleContext) v.getParent()));
                out.add(new Statement.Assign(new SqlIdentifier(name, positions.pos(v)), value, span));
            }
        }
    }

    private void setVariable(SetVariableStatementContext ctx, SourceSpan span, List<Statement> out) {
        if (ctx.CURSOR() != null) throw new TsqlExpressions.NotConverted("SET @cursor = CURSOR FOR ...: declare the cursor instead");
        SqlIdentifier target = new SqlIdentifier(variables.name(ctx.VARIABLE().getText()), positions.pos(ctx));
        SqlNode value = expressions.condition(ctx.expression());
        if (ctx.compound != null) value = SqlServerExpressionBuilder.compound(ctx.compound.getType(), target, value, positions.pos(ctx));
        SqlNode assigned = value;
        knownTexts.assigned(target.getSimple(), assigned, ctx.compound == null && TsqlDynamicSql.unconditional(ctx));
        out.add(new Statement.Assign(target, value, span));
    }

    /**
     * SET NOCOUNT, ANSI_NULLS, XACT_ABORT ...: noted and dropped; SET ROWCOUNT n: the limit of the
     * result sets that follow (0 ends it).
     */
    private void setOption(TsqlStatementContext ctx, SourceSpan span, List<Statement> out) {
        String text = positions.text(ctx).replaceAll("\\s+", " ");
        if (ctx instanceof SetOptionStatementContext s && s.identifier(0).getText().equalsIgnoreCase("ROWCOUNT")) {
            SqlNode limit = s.signedNumber() != null ? expressions.literal(s.signedNumber())
                    : s.VARIABLE() != null ? new SqlIdentifier(variables.name(s.VARIABLE().getText()), positions.pos(s)) : null;
            if (limit == null) throw new TsqlExpressions.NotConverted("SET ROWCOUNT of this form");
            rowCount = limit instanceof SqlNumericLiteral n && n.intValue(true) == 0 ? null : limit;
            notes.add(SqlServerCode.SET_ROWCOUNT.at(span, text + ": applied to the result sets that follow"));
            out.add(new Statement.Comment(text + ": applied to the result sets that follow", span));
            return;
        }
        notes.add(SqlServerCode.SESSION_OPTION_IN_CODE.at(span, text));
        out.add(new Statement.Comment(text + ": dropped (" + SqlServerCode.SESSION_OPTION_IN_CODE.code() + ")", span));
    }

    // ------------------------------------------------------------------ control flow and errors

    /** RETURN: a function's value; a procedure's status code, passed back in RETURN_STATUS. */
    private void returnStatement(ReturnStatementContext ctx, SourceSpan span, List<Statement> out) {
        out.addAll(tables.dropAll(span));
        if (ctx.valueExpression() == null || unit == Unit.FUNCTION) {
            out.add(new Statement.Return(ctx.valueExpression() == null ? null : expressions.value(ctx.valueExpression()), span));
            return;
        }
        if (unit != Unit.PROCEDURE) throw new TsqlExpressions.NotConverted("RETURN with a value outside a procedure or function");
        returnsStatus = true;
        out.add(new Statement.Assign(new SqlIdentifier(SqlServerRoutineReader.RETURN_STATUS, positions.pos(ctx)),
                expressions.value(ctx.valueExpression()), span));
        out.add(new Statement.Return(null, span));
    }

    /** ROLLBACK: in a trigger, an error that undoes the statement (PostgreSQL triggers cannot end the transaction). */
    private void rollback(RollbackStatementContext ctx, SourceSpan span, List<Statement> out) {
        String savepoint = ctx.getChildCount() > 2 ? ctx.getChild(2).getText() : null;
        if (unit == Unit.TRIGGER) {
            notes.add(SqlServerCode.ROLLBACK_IN_TRIGGER.at(span, positions.text(ctx)));
            out.add(new Statement.Raise(new Condition.SqlState("40003"), expressions.text("transaction rolled back by trigger", ctx),
                    span));
        } else if (savepoint != null) {
            out.add(new Statement.Transaction(Statement.TransactionAction.ROLLBACK_TO_SAVEPOINT, savepoint, span));
        } else {
            out.add(new Statement.Transaction(Statement.TransactionAction.ROLLBACK, null, span));
        }
    }

    /**
     * RAISERROR(msg, severity, state, args...): severity 10 or less is a message (RAISE NOTICE);
     * higher an error, error number 50000 as SQL Server gives a message text. %d, %i, %u, %s in the
     * message take the arguments in order.
     */
    private Statement raiserror(RaiserrorStatementContext ctx, SourceSpan span) {
        List<ValueExpressionContext> values = ctx.valueExpression();
        if (values.size() < 3) throw new TsqlExpressions.NotConverted("RAISERROR needs a message, a severity and a state");
        SqlNode message = expressions.message(values.get(0), values.subList(3, values.size()));
        SqlNode severity = expressions.value(values.get(1));
        if (severity instanceof SqlNumericLiteral n && n.intValue(true) <= 10) return new Statement.Output(message, span);
        notes.add(SqlServerCode.RAISERROR_STOPS.at(span, positions.text(ctx).replaceAll("\\s+", " ")));
        return new Statement.Raise(new Condition.ErrorNumber(50000), message, span);
    }

    private Condition errorNumber(ValueExpressionContext ctx) {
        SqlNode number = expressions.value(ctx);
        if (number instanceof SqlNumericLiteral n) return new Condition.ErrorNumber(n.intValue(true));
        throw new TsqlExpressions.NotConverted("THROW with an error number that is not a literal");
    }

    /**
     * WAITFOR DELAY 'hh:mm[:ss[.fff]]': a sleep of that many seconds (a literal is counted here, a
     * variable's value read as a time of day); WAITFOR TIME waits until a clock time, which is not converted.
     */
    private Statement waitfor(WaitforStatementContext ctx, SourceSpan span) {
        if (!ctx.identifier().getText().equalsIgnoreCase("DELAY")) throw new TsqlExpressions.NotConverted("WAITFOR TIME");
        SqlNode delay = expressions.value(ctx.valueExpression());
        SqlParserPos pos = positions.pos(ctx);
        SqlNode seconds = delay instanceof SqlLiteral literal && literal.getValue() instanceof org.apache.calcite.util.NlsString text
                ? SqlLiteral.createExactNumeric(TsqlDelays.seconds(text.getValue()).toPlainString(), pos)
                : CanonicalOperators.EPOCH_SECONDS.createCall(pos, SqlStdOperatorTable.CAST.createCall(pos, delay,
                        new SqlDataTypeSpec(new SqlBasicTypeNameSpec(SqlTypeName.TIME, pos), pos)));
        SqlSelect sleep = new SqlSelect(pos, null, SqlNodeList.of(CanonicalOperators.SLEEP_SECONDS.createCall(pos, seconds)), null,
                null, null, null, null, null, null, null, null);
        return new Statement.SqlStatement(sleep, List.of(), List.of(), IntoRows.FIRST_ROW, span);
    }

    // ------------------------------------------------------------------ cursors

    private Statement fetch(FetchStatementContext ctx, SourceSpan span) {
        Statement.FetchDirection direction = Statement.FetchDirection.NEXT;
        if (ctx.FIRST() != null) direction = Statement.FetchDirection.FIRST;
        if (ctx.LAST() != null) direction = Statement.FetchDirection.LAST;
        if (ctx.direction != null) direction = Statement.FetchDirection.valueOf(ctx.direction.getText().toUpperCase(Locale.ROOT));
        SqlNode count = ctx.count == null ? null : expressions.value(ctx.count);
        List<SqlNode> into = ctx.VARIABLE().stream()
                .<SqlNode>map(v -> new SqlIdentifier(variables.name(v.getText()), positions.pos(v.getSymbol()))).toList();
        String cursor = cursor(ctx.identifier(ctx.identifier().size() - 1));
        expressions.fetched(cursor);
        return new Statement.Fetch(cursor, direction, count, into, false, span);
    }

    private static String cursor(IdentifierContext ctx) {
        return SqlServerNames.identifier(ctx);
    }

    // ------------------------------------------------------------------ calls and dynamic SQL

    /** EXEC of a string or a procedure; {@code readKnown}: a string known when converting is read as the statement it is. */
    private Statement execute(ExecuteCallContext ctx, SourceSpan span, boolean readKnown) {
        if (ctx instanceof ExecuteStringContext s) {
            SqlNode text = null;
            for (ValueExpressionContext part : s.valueExpression()) {
                SqlNode value = expressions.value(part);
                text = text == null ? value : SqlStdOperatorTable.CONCAT.createCall(positions.pos(s), text, value);
            }
            return dynamic(new Statement.DynamicSql(text, List.of(), List.of(), IntoRows.FIRST_ROW, span), text, List.of(),
                    positions.text(s), "", readKnown);
        }
        if (ctx instanceof ExecuteVariableProcedureContext) {
            throw new TsqlExpressions.NotConverted("EXEC of the procedure a variable names: call it with EXECUTE of a CALL text");
        }
        ExecuteProcedureCallContext call = (ExecuteProcedureCallContext) ctx;
        ObjectName name = SqlServerNames.objectName(call.procedure);
        if (name.name().equalsIgnoreCase("sp_executesql")) return executeSql(call, span, readKnown);
        if (name.name().toLowerCase(Locale.ROOT).startsWith("sp_") || name.name().toLowerCase(Locale.ROOT).startsWith("xp_")) {
            throw new TsqlExpressions.NotConverted("system procedure " + name.name() + " has no PostgreSQL equivalent");
        }
        List<Argument> arguments = new ArrayList<>();
        for (CallArgumentContext argument : call.callArgument()) {
            if (argument.DEFAULT() != null) throw new TsqlExpressions.NotConverted("DEFAULT as an argument: leave the argument out");
            String parameter = argument.VARIABLE() == null ? null : TsqlVariables.parameterName(argument.VARIABLE().getText());
            arguments.add(new Argument(parameter, expressions.value(argument.callValue().valueExpression()), argument.output == null));
        }
        if (call.returnVariable != null) {
            arguments.add(new Argument(SqlServerRoutineReader.RETURN_STATUS,
                    new SqlIdentifier(variables.name(call.returnVariable.getText()), positions.pos(call.returnVariable))));
        }
        List<String> parts = name.parts();
        return new Statement.Call(new SqlIdentifier(parts, positions.pos(call.procedure)), arguments, span);
    }

    /**
     * {@code sp_executesql @sql, N'@a int, @b int', @b = 2, @a = 1}: EXECUTE text USING the values in the order the
     * parameters are declared, each {@code @a} of the text's literal pieces numbered as PL/pgSQL's EXECUTE takes it
     * ({@link TsqlDynamicSql}); a text known when converting is read as the statement it is, any other is flagged.
     */
    private Statement executeSql(ExecuteProcedureCallContext call, SourceSpan span, boolean readKnown) {
        List<CallArgumentContext> arguments = call.callArgument();
        if (arguments.isEmpty()) throw new TsqlExpressions.NotConverted("sp_executesql without a statement");
        List<SqlNode> binds = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 2; i < arguments.size(); i++) {
            if (arguments.get(i).output != null) throw new TsqlExpressions.NotConverted("sp_executesql with an OUTPUT parameter");
            binds.add(expressions.value(arguments.get(i).callValue().valueExpression()));
            names.add(arguments.get(i).VARIABLE() == null ? null : arguments.get(i).VARIABLE().getText());
        }
        SqlNode text = expressions.value(arguments.get(0).callValue().valueExpression());
        List<String> declared = arguments.size() < 2 ? List.of() : TsqlDynamicSql.declared(expressions.value(arguments.get(1)
                .callValue().valueExpression()));
        TsqlDynamicSql.Bound bound = declared == null ? null : TsqlDynamicSql.bind(text, declared, names, binds);
        boolean seen = bound != null && TsqlDynamicSql.visible(text);
        String review = declared != null && declared.isEmpty() ? ": the SQL is T-SQL: make it PostgreSQL's"
                : seen ? ": its @parameters are numbered $1, $2, ... in USING order; the SQL is T-SQL: make it PostgreSQL's"
                : ": the SQL string's @parameters must become $1, $2, ... in the order of the declared parameters, as USING"
                + " passes them";
        Statement.DynamicSql dynamic = bound == null ? new Statement.DynamicSql(text, binds, List.of(), IntoRows.FIRST_ROW, span)
                : new Statement.DynamicSql(bound.text(), bound.values(), List.of(), IntoRows.FIRST_ROW, span);
        return dynamic(dynamic, text, declared, positions.text(call).replaceAll("\\s+", " "), review, readKnown && bound != null);
    }

    /** {@link TsqlKnownTexts#dynamic}; a SELECT it returns is a result set of the procedure. */
    private Statement dynamic(Statement.DynamicSql dynamic, SqlNode text, List<String> parameters, String written, String review,
                              boolean readKnown) {
        Statement statement = knownTexts.dynamic(dynamic, text, parameters, written, review, readKnown, rowCount);
        resultSets |= statement instanceof Statement.ResultSet;
        return statement;
    }

    // ------------------------------------------------------------------ queries

    /**
     * A SELECT: {@code SELECT @v = e} without FROM is an assignment per item; with FROM, the values
     * of the last row go into the variables ({@link IntoRows#LAST_ROW}); any other SELECT in a
     * procedure is a result set for the caller (limited by SET ROWCOUNT).
     */
    private void select(QueryContext ctx, SourceSpan span, List<Statement> out) {
        SqlNode query = expressions.query(ctx);
        TsqlAssignments assignments = TsqlAssignments.of(query);
        if (assignments != null) {
            if (assignments.withoutFrom()) {
                for (int i = 0; i < assignments.targets().size(); i++) {
                    out.add(new Statement.Assign(assignments.targets().get(i), assignments.values().get(i), span));
                }
            } else {
                notes.add(SqlServerCode.SELECT_ASSIGNS_LAST_ROW.at(span, "the variables keep the values of the last row"));
                out.add(new Statement.SqlStatement(assignments.query(), List.of(), assignments.targets(), IntoRows.LAST_ROW, span));
            }
            return;
        }
        QueryBlockContext into = into(ctx);
        if (into != null) {
            out.add(tables.selectInto(builder.objectName(into.tableName()), query, span));
            return;
        }
        if (unit != Unit.PROCEDURE) throw new TsqlExpressions.NotConverted("a result set from a " + unit.name().toLowerCase(Locale.ROOT).replace('_', ' '));
        resultSets = true;
        out.add(new Statement.ResultSet(rowCount == null ? query : TsqlAssignments.limited(query, rowCount), span));
    }

    /** The query block of {@code ctx} with {@code INTO table}, or null. */
    static QueryBlockContext into(ParserRuleContext ctx) {
        if (ctx instanceof QueryBlockContext block && block.INTO() != null) return block;
        for (int i = 0; i < ctx.getChildCount(); i++) {
            if (ctx.getChild(i) instanceof QueryExpressionContext || ctx.getChild(i) instanceof QueryBlockContext) {
                QueryBlockContext found = into((ParserRuleContext) ctx.getChild(i));
                if (found != null) return found;
            }
        }
        return null;
    }

    private Unsupported unsupported(ParserRuleContext ctx, String reason) {
        return new Unsupported(positions.text(ctx), positions.span(ctx), reason);
    }
}
