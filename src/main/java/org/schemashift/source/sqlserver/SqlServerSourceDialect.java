package org.schemashift.source.sqlserver;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.schemashift.model.ActionItem;
import org.schemashift.model.Disposition;
import org.schemashift.model.GeneralCode;
import org.schemashift.model.NameCase;
import org.schemashift.model.ObjectKind;
import org.schemashift.model.SourceSpan;
import org.schemashift.model.SourceStatement;
import org.schemashift.source.RawStatement;
import org.schemashift.source.SourceDialect;
import org.schemashift.source.SourceFile;
import org.schemashift.source.SourceOptions;
import org.schemashift.source.antlr.SourcePositions;
import org.schemashift.source.antlr.SyntaxError;

/**
 * The SQL Server source dialect: {@link SqlServerScriptSplitter} cuts GO batches and the
 * statements inside them, {@link SqlServerStatementClassifier} sorts each statement,
 * {@link SqlServerParsing} parses the schema statements and {@link SqlServerDdlBuilder} turns them
 * into model changes. The files of one run share a {@link SqlServerScript}, so a rule created in
 * one file can be bound in the next.
 */
public final class SqlServerSourceDialect implements SourceDialect {
    /** USE database: the database the following statements' three-part names are in. */
    private static final Pattern USE = Pattern.compile("\\s*USE\\s+(\\[[^\\]]+\\]|\"[^\"]+\"|[\\w@#$]+)", Pattern.CASE_INSENSITIVE);


    private static final int CLASSIFYING_TOKENS = 8;

    @Override
    public String id() {
        return "sqlserver";
    }

    @Override
    public String defaultSchema() {
        return SqlServerNames.DEFAULT_SCHEMA;
    }

    @Override
    public String versions() {
        return "SQL Server 2005-2022 (T-SQL scripts, SSMS Generate Scripts, SSDT)";
    }

    /** SQL Server's default collations compare names case-insensitively. */
    @Override
    public NameCase nameCase(SourceOptions options) {
        // names compare by the database's collation: case-insensitive by default (SQL_Latin1_General_CP1_CI_AS)
        return options.caseSensitiveCollation() ? NameCase.SENSITIVE : NameCase.INSENSITIVE;
    }

    /** Text compares by the database's collation too: case-insensitive unless it is a _CS_ one. */
    @Override
    public boolean caselessText(SourceOptions options) {
        return !options.caseSensitiveCollation();
    }

    @Override
    public List<SourceStatement> read(SourceFile file) {
        return read(file, new SqlServerParsing(), new SqlServerScript());
    }

    @Override
    public List<SourceStatement> read(List<SourceFile> files, SourceOptions options) {
        SqlServerParsing parsing = new SqlServerParsing();
        SqlServerScript script = new SqlServerScript();
        List<SourceStatement> statements = new ArrayList<>();
        for (SourceFile file : files) statements.addAll(read(file, parsing, script));
        return statements;
    }

    private static List<SourceStatement> read(SourceFile file, SqlServerParsing parsing, SqlServerScript script) {
        List<SourceStatement> statements = new ArrayList<>();
        for (SqlServerScriptSplitter.Statement statement : SqlServerScriptSplitter.split(file.content())) {
            SourceStatement read = read(file.name(), statement.raw(), parsing, script);
            statements.add(statement.batchRepeat() == 1 ? read : repeated(read, statement.batchRepeat()));
        }
        return statements;
    }

    private static SourceStatement read(String fileName, RawStatement raw, SqlServerParsing parsing, SqlServerScript script) {
        SourcePositions positions = new SourcePositions(fileName, raw);
        SourceSpan span = positions.statementSpan();
        SqlServerStatementClassifier.Classification kind = SqlServerStatementClassifier.classify(
                parsing.leadingTokens(raw.code(), CLASSIFYING_TOKENS));
        Matcher use = USE.matcher(raw.code());
        if (use.lookingAt()) script.use(SqlServerNames.identifier(use.group(1)));
        try {
            return switch (kind.action()) {
                case IGNORE -> SourceStatement.ignored(span, raw.text(), kind.kind(), kind.name());
                case UNSUPPORTED -> unsupported(span, raw, kind);
                case QUERY -> {
                    SourceStatement created = new SqlServerDdlBuilder(positions, raw.text(), script).selectInto(parsing.parseQuery(raw.code()));
                    yield created != null ? created : unsupported(span, raw, kind);
                }
                case PARSE -> new SqlServerDdlBuilder(positions, raw.text(), script).build(parsing.parse(raw.code()));
                case CODE -> new SqlServerRoutineReader(positions, raw.text(), script).read(parsing.parseRoutine(raw.code()));
            };
        } catch (SyntaxError e) {
            if (kind.what().startsWith("IF ")) return proceduralGuard(span, raw, kind);
            if (kind.action() == SqlServerStatementClassifier.Action.QUERY) return unsupported(span, raw, kind);
            SourceStatement failed = error(span, raw, e.actionItem(positions));
            return kind.action() == SqlServerStatementClassifier.Action.CODE ? named(failed, kind) : failed;
        } catch (RuntimeException | StackOverflowError e) {
            // A builder gap must not stop the file: report it on the statement like a syntax error.
            return error(span, raw, GeneralCode.PARSE_ERROR.at(span, "statement could not be read: " + e));
        }
    }

    private static SourceStatement unsupported(SourceSpan span, RawStatement raw, SqlServerStatementClassifier.Classification kind) {
        return new SourceStatement(span, raw.text(), kind.kind(), kind.name(), Disposition.UNSUPPORTED,
                List.of(), List.of(GeneralCode.UNSUPPORTED_STATEMENT.at(span, describe(kind) + ": not converted yet")));
    }

    /** An IF whose branches are procedural (RAISERROR, DECLARE, ...), not schema statements. */
    private static SourceStatement proceduralGuard(SourceSpan span, RawStatement raw, SqlServerStatementClassifier.Classification kind) {
        return new SourceStatement(span, raw.text(), ObjectKind.OTHER, null, Disposition.UNSUPPORTED, List.of(),
                List.of(GeneralCode.UNSUPPORTED_STATEMENT.at(span, "IF with procedural statements: not converted yet")));
    }

    /** "CREATE PROCEDURE dbo.p", "GRANT": what the statement is, for the action item. */
    private static String describe(SqlServerStatementClassifier.Classification kind) {
        return kind.what() + (kind.name() == null ? "" : " " + kind.name());
    }

    private static SourceStatement repeated(SourceStatement read, int times) {
        List<ActionItem> items = new ArrayList<>(read.actionItems());
        items.add(SqlServerCode.BATCH_REPEATED.at(read.span(), "GO " + times));
        return new SourceStatement(read.span(), read.text(), read.kind(), read.name(), read.disposition(), read.changes(), items);
    }

    /** A code object that did not parse keeps its kind and name, so the report lists it as that object. */
    private static SourceStatement named(SourceStatement failed, SqlServerStatementClassifier.Classification kind) {
        return new SourceStatement(failed.span(), failed.text(), kind.kind(), kind.name(), failed.disposition(), List.of(),
                failed.actionItems());
    }

    private static SourceStatement error(SourceSpan span, RawStatement raw, ActionItem item) {
        return new SourceStatement(span, raw.text(), ObjectKind.OTHER, null, Disposition.ERROR, List.of(), List.of(item));
    }
}
