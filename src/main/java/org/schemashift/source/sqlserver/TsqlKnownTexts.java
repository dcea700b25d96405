package org.schemashift.source.sqlserver;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNumericLiteral;
import org.schemashift.model.ActionItem;
import org.schemashift.model.SourceSpan;
import org.schemashift.model.proc.IntoRows;
import org.schemashift.model.proc.Statement;
import org.schemashift.model.proc.Unsupported;
import org.schemashift.source.RawStatement;
import org.schemashift.source.antlr.SourcePositions;
import org.schemashift.source.sql.KnownDynamicSql;
import org.schemashift.source.sqlserver.grammar.SqlServerParser.StatementListContext;
import org.schemashift.source.sqlserver.grammar.SqlServerParser.TsqlStatementContext;

/**
 * The dynamic SQL of a T-SQL body whose text is known when converting ({@link KnownDynamicSql}): what
 * EXEC() and sp_executesql run is read as the T-SQL statement it is, sp_executesql's declared
 * {@code @parameters} numbered $1, $2 ... in the order of the declaration, and converted like the
 * body's own statements; any other text is flagged, with what kept it from being read.
 */
final class TsqlKnownTexts {
    /** T-SQL's quotes in a dynamic SQL text, and a parameter of sp_executesql in it. */
    private static final Map<Character, Character> QUOTES = Map.of('\'', '\'', '"', '"', '[', ']');
    private static final Pattern PARAMETER = Pattern.compile("@[\\w@#$]+");

    private final SourcePositions positions;
    private final List<ActionItem> notes;
    private final SqlServerScript script;
    private final TsqlStatements.Unit unit;
    private final KnownDynamicSql known = new KnownDynamicSql(TsqlVariables::written);
    private SqlServerParsing parsing;

    TsqlKnownTexts(SourcePositions positions, List<ActionItem> notes, SqlServerScript script, TsqlStatements.Unit unit) {
        this.positions = positions;
        this.notes = notes;
        this.script = script;
        this.unit = unit;
    }

    /** Starts a body: the variables that may hold a known text ({@link TsqlDynamicSql#textVariables}). */
    void start(StatementListContext body, TsqlVariables variables) {
        known.start(TsqlDynamicSql.textVariables(body, variables));
    }

    /** An assignment of {@code value} to {@code variable} (its IR name); {@code unconditional}: in no IF, loop or TRY/CATCH. */
    void assigned(String variable, SqlNode value, boolean unconditional) {
        known.assigned(variable, () -> value, unconditional);
    }

    /**
     * Dynamic SQL run as {@code dynamic}. When {@code readKnown} and its source {@code text} is known here
     * ({@link KnownDynamicSql}), the text is read as the statement it is, with the declared {@code parameters}
     * ({@code @a}, lower case) numbered $1, $2 ... in their order, and converted: a SELECT is a result set of the
     * procedure. Otherwise it runs as written, flagged with {@code review} and what kept it from being read.
     */
    Statement dynamic(Statement.DynamicSql dynamic, SqlNode text, List<String> parameters, String written, String review,
                      boolean readKnown, SqlNode rowCount) {
        SourceSpan span = dynamic.span();
        String problem = "";
        if (readKnown) {
            KnownDynamicSql.Folded folded = known.fold(text);
            KnownDynamicSql.Read read = folded.text() == null ? null : resultSetHere(readDynamic(folded.text(), parameters, span), rowCount);
            if (read != null && read.statement() instanceof Statement.ResultSet set) {
                notes.add(SqlServerCode.DYNAMIC_SQL_CONVERTED.at(span, written + ": its SELECT is converted and returned as a result set"));
                return new Statement.ResultSet(rowCount == null ? set.query() : TsqlAssignments.limited(set.query(), rowCount),
                        dynamic.arguments(), span);
            }
            if (read != null && read.statement() instanceof Statement.SqlStatement statement) {
                notes.add(SqlServerCode.DYNAMIC_SQL_CONVERTED.at(span, written + ": its text is converted as the statement it is"
                        + (parameters.isEmpty() ? "" : ", its @parameters numbered $1, $2 ... in the order they are declared")));
                return new Statement.DynamicSql(dynamic.text(), dynamic.arguments(), List.of(), IntoRows.FIRST_ROW, span, false,
                        statement.statement());
            }
            problem = read == null ? " (the text is built at run time: " + folded.notLiteral() + " is not known when converting)"
                    : " (the text is known but " + read.problem() + ")";
        }
        notes.add(SqlServerCode.DYNAMIC_SQL_TEXT.at(span, written + review + problem));
        return dynamic;
    }

    /**
     * A SELECT of dynamic SQL is a result set of a procedure only; SET ROWCOUNT limits it as it limits the
     * procedure's own, which a number written in the text does, but not a variable the text cannot see.
     */
    private KnownDynamicSql.Read resultSetHere(KnownDynamicSql.Read read, SqlNode rowCount) {
        if (!(read.statement() instanceof Statement.ResultSet)) return read;
        if (unit != TsqlStatements.Unit.PROCEDURE) return new KnownDynamicSql.Read(null, "its SELECT would return rows from a " + unit.name().toLowerCase(Locale.ROOT));
        if (rowCount != null && !(rowCount instanceof SqlNumericLiteral)) {
            return new KnownDynamicSql.Read(null, "SET ROWCOUNT of a variable limits its SELECT");
        }
        return read;
    }

    /** A known text read by a reader of its own: the code's variables are not visible to dynamic SQL. */
    private KnownDynamicSql.Read readDynamic(String text, List<String> parameters, SourceSpan span) {
        Map<String, Integer> positionOf = new HashMap<>();
        for (int i = 0; i < parameters.size(); i++) positionOf.put(parameters.get(i), i + 1);
        KnownDynamicSql.Named named = KnownDynamicSql.placeholdersNamed(text, QUOTES, false, PARAMETER,
                parameter -> positionOf.getOrDefault(parameter.toLowerCase(Locale.ROOT), 0));
        if (parsing == null) parsing = new SqlServerParsing();
        return KnownDynamicSql.read(named, code -> {
            SourcePositions at = new SourcePositions(positions.file(), new RawStatement(code, code, span.line(), span.column()));
            TsqlStatements reader = new TsqlStatements(at, new SqlServerExpressionBuilder(at, notes, script.database()), notes, script,
                    new TsqlVariables(), TsqlStatements.Unit.PROCEDURE);
            List<TsqlStatementContext> statements = parsing.parseDynamic(code).tsqlStatement();
            List<Statement> read = statements.size() == 1 ? reader.single(statements.get(0)) : List.of();
            return read.size() == 1 ? read.get(0) : new Unsupported(code, span, "it is not one statement");
        });
    }
}
