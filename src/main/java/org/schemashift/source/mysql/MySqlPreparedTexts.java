package org.schemashift.source.mysql;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.schemashift.model.ActionItem;
import org.schemashift.model.SourceSpan;
import org.schemashift.model.proc.IntoRows;
import org.schemashift.model.proc.Statement;
import org.schemashift.source.RawStatement;
import org.schemashift.source.antlr.SourcePositions;
import org.schemashift.source.mysql.grammar.MySqlParser.BlockStatementContext;
import org.schemashift.source.mysql.grammar.MySqlParser.HandlerDeclarationContext;
import org.schemashift.source.mysql.grammar.MySqlParser.ProcBodyContext;
import org.schemashift.source.mysql.grammar.MySqlParser.ProcStatementContext;
import org.schemashift.source.sql.KnownDynamicSql;

/**
 * The prepared statements of a stored program (PREPARE s FROM text; EXECUTE s USING ...). A text known
 * when converting ({@link KnownDynamicSql}: a literal, or a user variable SET once to literals joined with
 * CONCAT) is read as the MySQL statement it is, its ? placeholders numbered in USING order, and converted
 * like the program's own statements; a SELECT is a result set. Any other text runs as written, reviewed,
 * the item saying what kept it from being read.
 */
final class MySqlPreparedTexts {
    /** MySQL's quotes in a prepared statement's text, and its placeholder. */
    private static final Map<Character, Character> QUOTES = Map.of('\'', '\'', '"', '"', '`', '`');
    private static final Pattern PLACEHOLDER = Pattern.compile("\\?");

    private final SourcePositions positions;
    private final List<ActionItem> items;
    /** PREPARE name FROM text: the text an EXECUTE of that name runs. */
    private final Map<String, Prepared> prepared = new HashMap<>();
    private final KnownDynamicSql known = new KnownDynamicSql(name -> name);
    private MySqlParsing parsing;

    /** The text of a PREPARE, and its value when it is known there. */
    private record Prepared(SqlNode text, KnownDynamicSql.Folded folded) {
    }

    MySqlPreparedTexts(SourcePositions positions, List<ActionItem> items) {
        this.positions = positions;
        this.items = items;
    }

    /** Starts a program: the user variables that may hold a known text ({@link MySqlUserVariables#preparedTexts}). */
    void start(ProcStatementContext body) {
        known.start(MySqlUserVariables.preparedTexts(body));
    }

    /** {@code SET variable = value} in {@code statement}: true when the variable now holds a known text, and the SET is not needed. */
    boolean assigned(String variable, Supplier<SqlNode> value, ParserRuleContext statement) {
        return known.assigned(variable, value, unconditional(statement));
    }

    /** PREPARE name FROM {@code text} (as built); {@code asWritten}: the text as code reads it, when it is not known. */
    void prepare(String name, SqlNode text, Supplier<SqlNode> asWritten, SqlParserPos pos) {
        KnownDynamicSql.Folded folded = known.fold(text);
        prepared.put(name, new Prepared(folded.text() == null ? asWritten.get() : SqlLiteral.createCharString(folded.text(), pos), folded));
    }

    boolean has(String name) {
        return prepared.containsKey(name);
    }

    /** EXECUTE name USING {@code arguments}: the text of the PREPARE before it, run as dynamic SQL. */
    Statement execute(String name, List<SqlNode> arguments, SourceSpan span) {
        Prepared text = prepared.get(name);
        String problem = "its text is built at run time: " + text.folded().notLiteral() + " is not known when converting";
        if (text.folded().text() != null) {
            KnownDynamicSql.Read read = read(text.folded().text(), arguments.size(), span);
            if (read.statement() instanceof Statement.ResultSet set) {
                items.add(MySqlCode.PREPARED_TEXT_CONVERTED.at(span, "EXECUTE " + name + ": its SELECT is converted and returned as a result set"));
                return new Statement.ResultSet(set.query(), arguments, span);
            }
            if (read.statement() instanceof Statement.SqlStatement statement) {
                items.add(MySqlCode.PREPARED_TEXT_CONVERTED.at(span, "EXECUTE " + name + ": its text is converted as the statement it is"));
                return new Statement.DynamicSql(text.text(), arguments, List.of(), IntoRows.FIRST_ROW, span, false, statement.statement());
            }
            problem = "its text is known but " + read.problem();
        }
        items.add(MySqlCode.PREPARED_STATEMENT.at(span, "EXECUTE " + name + ": " + problem));
        return new Statement.DynamicSql(text.text(), arguments, List.of(), IntoRows.FIRST_ROW, span);
    }

    /** A known text read by a reader of its own: the program's variables are not visible to it. */
    private KnownDynamicSql.Read read(String text, int values, SourceSpan span) {
        int[] count = {0};
        KnownDynamicSql.Named named = KnownDynamicSql.placeholdersNamed(text, QUOTES, true, PLACEHOLDER, placeholder -> ++count[0]);
        if (count[0] != values) return new KnownDynamicSql.Read(null, "it has " + count[0] + " placeholders ? for " + values + " USING values");
        if (parsing == null) parsing = new MySqlParsing();
        return KnownDynamicSql.read(named, code -> {
            SourcePositions at = new SourcePositions(positions.file(), new RawStatement(code, code, span.line(), span.column()));
            MySqlProcStatements reader = new MySqlProcStatements(at, new MySqlExpressionBuilder(at), new MySqlTypeBuilder(at), items);
            ProcStatementContext statement = parsing.parseDynamic(code);
            reader.start(false, List.of(), statement);
            return reader.statement(statement);
        });
    }

    /** True when {@code statement} is in no branch, loop or handler of the program: it has run wherever the code after it runs. */
    private static boolean unconditional(ParserRuleContext statement) {
        for (ParseTree t = statement.getParent(); t != null; t = t.getParent()) {
            if (t instanceof ProcBodyContext || t instanceof HandlerDeclarationContext
                    || t instanceof ProcStatementContext && !(t instanceof BlockStatementContext)) {
                return false;
            }
        }
        return true;
    }
}
