package org.schemashift.source.mysql;

import java.util.ArrayList;
import java.util.List;
import org.schemashift.convert.ActionItems;
import org.schemashift.convert.DefaultLiterals;
import org.schemashift.model.Catalog;
import org.schemashift.source.SourceOptions;
import org.schemashift.model.Disposition;
import org.schemashift.model.GeneralCode;
import org.schemashift.model.NameCase;
import org.schemashift.model.ObjectKind;
import org.schemashift.model.SourceSpan;
import org.schemashift.model.SourceStatement;
import org.schemashift.source.RawStatement;
import org.schemashift.source.SourceDialect;
import org.schemashift.source.SourceFile;
import org.schemashift.source.antlr.SourcePositions;
import org.schemashift.source.antlr.SyntaxError;

/**
 * The MySQL source dialect: {@link MySqlStatementSplitter} cuts the file, {@link MySqlStatementClassifier}
 * sorts each statement, {@link MySqlParsing} parses the schema statements and {@link MySqlDdlBuilder}
 * turns them into model changes. One parser per file, reused for every statement.
 */
public final class MySqlSourceDialect implements SourceDialect {

    private static final int CLASSIFYING_TOKENS = 24;

    @Override
    public String id() {
        return "mysql";
    }

    @Override
    public String versions() {
        return "MySQL 5.7 and 8.x, MariaDB dumps (mysqldump, SHOW CREATE)";
    }

    /** MySQL compares column names (and, on most installations, table names) case-insensitively. */
    @Override
    public NameCase nameCase(SourceOptions options) {
        // lower_case_table_names=0 (Linux): table, view and trigger names are case-sensitive; 1 and 2 compare them lower case.
        // Column and routine names are case-insensitive whatever the setting, and are compared so everywhere.
        return options.lowerCaseTableNames() == 0 ? NameCase.SENSITIVE : NameCase.INSENSITIVE;
    }

    /** MySQL's default collations (utf8mb4_0900_ai_ci, latin1_swedish_ci) compare text without case. */
    @Override
    public boolean caselessText(SourceOptions options) {
        return true;
    }

    @Override
    public Catalog withImplicitObjects(Catalog catalog, ActionItems items) {
        return MySqlTriggerOrder.complete(MySqlImplicitKeys.complete(MySqlJsonColumns.complete(catalog, items), items), items);
    }

    @Override
    public DefaultLiterals defaultLiterals() {
        return new MySqlZeroDateDefaults();
    }

    @Override
    public List<SourceStatement> read(SourceFile file) {
        return read(List.of(file), SourceOptions.NONE);
    }

    /** Every file is split and its statements classified first: an event's procedure is named apart from the routines of all of them. */
    @Override
    public List<SourceStatement> read(List<SourceFile> files, SourceOptions options) {
        MySqlParsing parsing = new MySqlParsing();
        List<List<RawStatement>> split = files.stream().map(f -> MySqlStatementSplitter.split(f.content())).toList();
        MySqlEventProcedures events = new MySqlEventProcedures();
        for (List<RawStatement> raws : split) {
            for (RawStatement raw : raws) {
                try {
                    MySqlStatementClassifier.Classification kind = MySqlStatementClassifier.classify(parsing.leadingTokens(raw.code(), CLASSIFYING_TOKENS));
                    events.add(kind.kind(), kind.name());
                } catch (SyntaxError e) {
                    // read below, where the error is reported on the statement
                }
            }
        }
        List<SourceStatement> statements = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            for (RawStatement raw : split.get(i)) statements.add(read(files.get(i).name(), raw, parsing, events));
        }
        return statements;
    }

    private static SourceStatement read(String fileName, RawStatement raw, MySqlParsing parsing, MySqlEventProcedures events) {
        SourcePositions positions = new SourcePositions(fileName, raw);
        SourceSpan span = positions.statementSpan();
        MySqlStatementClassifier.Classification kind =
                new MySqlStatementClassifier.Classification(MySqlStatementClassifier.Action.PARSE, ObjectKind.OTHER, null, "");
        try {
            kind = MySqlStatementClassifier.classify(parsing.leadingTokens(raw.code(), CLASSIFYING_TOKENS));
            switch (kind.action()) {
                case IGNORE:
                    return SourceStatement.ignored(span, raw.text(), kind.kind(), kind.name());
                case UNSUPPORTED:
                    String what = describe(kind);
                    return new SourceStatement(span, raw.text(), kind.kind(), kind.name(), Disposition.UNSUPPORTED,
                            List.of(), List.of(GeneralCode.UNSUPPORTED_STATEMENT.at(span, what + ": not converted yet")));
                default:
                    return new MySqlDdlBuilder(positions, raw.text(), events).build(parsing.parse(raw.code()));
            }
        } catch (SyntaxError e) {
            return error(span, raw, kind, e.actionItem(positions));
        } catch (RuntimeException | StackOverflowError e) {
            // A builder gap must not stop the file: report it on the statement like a syntax error.
            return error(span, raw, kind, GeneralCode.PARSE_ERROR.at(span, "statement could not be read: " + e));
        }
    }

    /** "CREATE TRIGGER t_bi", "GRANT": what the statement is, for the action item. */
    private static String describe(MySqlStatementClassifier.Classification kind) {
        boolean namedObject = kind.kind() != ObjectKind.OTHER && kind.kind() != ObjectKind.GRANT;
        return kind.leadingWords() + (namedObject ? " " + kind.kind().name() : "")
                + (kind.name() == null ? "" : " " + kind.name());
    }

    private static SourceStatement error(SourceSpan span, RawStatement raw,
                                         MySqlStatementClassifier.Classification kind,
                                         org.schemashift.model.ActionItem item) {
        return new SourceStatement(span, raw.text(), kind.kind(), kind.name(), Disposition.ERROR, List.of(), List.of(item));
    }
}
