package org.schemashift.source.oracle;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.schemashift.model.ActionCode;
import org.schemashift.model.ActionItem;
import org.schemashift.model.Disposition;
import org.schemashift.model.GeneralCode;
import org.schemashift.model.NameCase;
import org.schemashift.model.ObjectKind;
import org.schemashift.model.SchemaChange;
import org.schemashift.model.SourceSpan;
import org.schemashift.model.SourceStatement;
import org.schemashift.model.proc.Block;
import org.schemashift.source.OrderedReads;
import org.schemashift.source.RawStatement;
import org.schemashift.source.SourceDialect;
import org.schemashift.source.SourceFile;
import org.schemashift.source.SourceOptions;
import org.schemashift.source.antlr.SourcePositions;
import org.schemashift.source.antlr.SyntaxError;
import org.schemashift.source.oracle.plsql.PlSqlReader;

/**
 * The Oracle source dialect: {@link OracleScriptSplitter} cuts SQL*Plus scripts,
 * {@link OracleStatementClassifier} sorts each statement, {@link OracleParsing} parses and
 * {@link OracleDdlBuilder} builds. SQL*Plus framing:
 * <ul>
 *   <li>SET, PROMPT, REM, SPOOL, WHENEVER, DEFINE, EXIT, CONNECT, ... are IGNORED; DEFINE and
 *       SET DEFINE OFF / ON change the substitution variables for what follows.</li>
 *   <li>{@code @file} / {@code @@file} / {@code START file}: when the file is among the inputs it is
 *       read at that point (and not again later); otherwise an item asks for it.</li>
 *   <li>{@code &var} / {@code &&var} take values from {@code --define} and DEFINE lines; a statement
 *       using an undefined variable is UNSUPPORTED with an item naming it. The parser reads the
 *       substituted text: columns after a substitution on the same line shift by the difference.</li>
 *   <li>PL/SQL units (procedures, functions, packages, triggers, type bodies) are read into the
 *       procedural IR by {@link PlSqlReader}; a package or type body yields one more statement per
 *       subprogram. LIBRARY and JAVA units are UNSUPPORTED with their full extent; anonymous blocks
 *       contribute the DDL their {@code EXECUTE IMMEDIATE 'literal'} statements run (install scripts
 *       create tables so), and are read as PL/SQL for the built-ins they call, though not converted.</li>
 * </ul>
 */
public final class OracleSourceDialect implements SourceDialect {
    private static final Pattern INCLUDE = Pattern.compile("(?is)(@@?|START\\s+)\\s*(\\S+).*");
    private static final Pattern EXECUTE_IMMEDIATE = Pattern.compile("(?i)\\bEXECUTE\\s+IMMEDIATE\\s+");
    private static final Pattern CURRENT_SCHEMA = Pattern.compile("(?i)\\bCURRENT_SCHEMA\\s*=\\s*(\"[^\"]+\"|[\\w$#]+)");
    private static final Pattern EMBEDDED_DDL = Pattern.compile("(?is)\\s*(CREATE|ALTER|COMMENT)\\b.*");

    @Override
    public String id() {
        return "oracle";
    }

    @Override
    public ActionCode sessionDateFormat() {
        return OracleCode.IMPLICIT_DATE_CONVERSION;
    }

    @Override
    public String versions() {
        return "Oracle Database 11g-23ai (SQL*Plus scripts, DBMS_METADATA DDL)";
    }

    /** Oracle stores unquoted names upper case; a quoted mixed-case name is a different name. */
    @Override
    public NameCase nameCase(SourceOptions options) {
        return NameCase.UPPER_CANONICAL;
    }

    @Override
    public List<SourceStatement> read(SourceFile file) {
        return read(List.of(file), SourceOptions.NONE);
    }

    @Override
    public List<SourceStatement> read(List<SourceFile> files, SourceOptions options) {
        return new Run(files, options).readAll();
    }

    /** One conversion run: the inputs by path, which were read, and the substitution variables. */
    private static final class Run {
        private final List<SourceFile> files;
        private final Map<String, SourceFile> byPath = new HashMap<>();
        private final Set<String> read = new HashSet<>();
        private final SubstitutionVariables variables;
        /** PL/SQL units and install blocks are read on the run's thread, in order (units share subtypes). */
        private final OracleParsing parsing = new OracleParsing();
        /** DDL statements are parsed on the parse threads, each with its own parser. */
        private final ThreadLocal<OracleParsing> ddlParsing = ThreadLocal.withInitial(OracleParsing::new);
        private final PlSqlReader plsql = new PlSqlReader(parsing);
        private final OrderedReads out;

        Run(List<SourceFile> files, SourceOptions options) {
            this.files = files;
            this.out = new OrderedReads(options.parseThreads());
            this.variables = new SubstitutionVariables(options.defines());
            for (SourceFile f : files) byPath.put(key(f.name()), f);
        }

        List<SourceStatement> readAll() {
            try (out) {
                for (SourceFile f : files) {
                    if (!read.contains(key(f.name()))) readFile(f);
                }
                return out.all();
            }
        }

        private static String key(String name) {
            return Path.of(name).toAbsolutePath().normalize().toString();
        }

        private void readFile(SourceFile file) {
            read.add(key(file.name()));
            for (ScriptPart part : OracleScriptSplitter.split(file.content())) {
                SourcePositions positions = new SourcePositions(file.name(), part.raw());
                if (part.kind() == ScriptPart.Kind.SQLPLUS) {
                    sqlPlus(file, part.raw(), positions);
                } else {
                    read(part.raw(), positions);
                }
            }
        }

        private void sqlPlus(SourceFile file, RawStatement raw, SourcePositions positions) {
            SourceSpan span = positions.statementSpan();
            variables.apply(raw.text());
            Matcher include = INCLUDE.matcher(raw.text().strip());
            if (!include.matches()) {
                out.add(SourceStatement.ignored(span, raw.text(), ObjectKind.OTHER, null));
                return;
            }
            String target = variables.substitute(include.group(2)).text();
            SourceFile included = resolve(file, target);
            if (included == null) {
                out.add(new SourceStatement(span, raw.text(), ObjectKind.OTHER, target, Disposition.UNSUPPORTED, List.of(),
                        List.of(OracleCode.INCLUDE_NOT_IN_INPUT.at(span, "script " + target + " is not among the inputs"))));
                return;
            }
            out.add(SourceStatement.ignored(span, raw.text(), ObjectKind.OTHER, target));
            if (!read.contains(key(included.name()))) readFile(included);
        }

        /**
         * SQL*Plus adds .sql when no extension is given; @@ is relative to the including script. A
         * name that is no path on this system (a NUL byte in it) cannot be among the inputs either.
         */
        private SourceFile resolve(SourceFile from, String target) {
            String name = target.contains(".") ? target : target + ".sql";
            try {
                Path parent = Path.of(from.name()).toAbsolutePath().getParent();
                for (Path candidate : List.of(parent == null ? Path.of(name) : parent.resolve(name), Path.of(name))) {
                    SourceFile f = byPath.get(candidate.toAbsolutePath().normalize().toString());
                    if (f != null) return f;
                }
            } catch (InvalidPathException e) {
                return null;
            }
            return null;
        }

        /** Adds the statement's reading: one SourceStatement, or for a package or type body one more per subprogram. */
        private void read(RawStatement raw, SourcePositions positions) {
            OracleStatementClassifier.Classification kind = OracleStatementClassifier.classify(raw.text());
            if (kind.action() != OracleStatementClassifier.Action.PLSQL || kind.kind() == ObjectKind.OTHER) {
                statement(raw, positions, kind);
            } else {
                out.add(unit(raw, positions, kind));
            }
        }

        private List<SourceStatement> unit(RawStatement raw, SourcePositions positions, OracleStatementClassifier.Classification kind) {
            SourceSpan span = positions.statementSpan();
            SubstitutionVariables.Result substituted = variables.substitute(raw.text());
            if (!substituted.undefined().isEmpty()) {
                return List.of(unsupported(raw, span, kind, OracleCode.SUBSTITUTION_VARIABLE.at(span,
                        "undefined: &" + String.join(", &", substituted.undefined()))));
            }
            RawStatement code = new RawStatement(raw.text(), substituted.text(), raw.line(), raw.column());
            SourcePositions codePositions = new SourcePositions(positions.file(), code);
            try {
                return plsql.read(raw.text(), code, codePositions);
            } catch (SyntaxError e) {
                return List.of(error(raw, span, kind, e.actionItem(codePositions)));
            } catch (RuntimeException | StackOverflowError e) {
                return List.of(error(raw, span, kind, GeneralCode.PARSE_ERROR.at(span, "PL/SQL unit could not be read: " + e)));
            }
        }

        private void statement(RawStatement raw, SourcePositions positions, OracleStatementClassifier.Classification kind) {
            SourceSpan span = positions.statementSpan();
            if (kind.action() == OracleStatementClassifier.Action.PARSE) {
                // substitution is sequential (DEFINE lines change it); the parse is the statement's own
                SubstitutionVariables.Result substituted = variables.substitute(raw.text());
                if (substituted.undefined().isEmpty()) {
                    RawStatement code = new RawStatement(raw.text(), substituted.text(), raw.line(), raw.column());
                    out.parse(() -> ddl(raw, span, kind, code, new SourcePositions(positions.file(), code)));
                    return;
                }
            }
            out.add(statementRead(raw, positions, kind));
        }

        private SourceStatement statementRead(RawStatement raw, SourcePositions positions, OracleStatementClassifier.Classification kind) {
            SourceSpan span = positions.statementSpan();
            switch (kind.action()) {
                case IGNORE:
                    return SourceStatement.ignored(span, raw.text(), kind.kind(), kind.name());
                case PLSQL:
                    return unsupported(raw, span, kind, OracleCode.PLSQL.at(span, kind.leadingWords()
                            + (kind.name() == null ? "" : " " + kind.name()) + " (lines " + span.line() + "-"
                            + (span.line() + lineCount(raw.text()) - 1) + ")"));
                case UNSUPPORTED:
                    return unsupported(raw, span, kind, GeneralCode.UNSUPPORTED_STATEMENT.at(span, kind.leadingWords()
                            + (kind.name() == null ? "" : " " + kind.name()) + ": not converted"));
                default:
                    break;
            }
            SubstitutionVariables.Result substituted = variables.substitute(raw.text());
            if (!substituted.undefined().isEmpty()) {
                ActionItem undefined = OracleCode.SUBSTITUTION_VARIABLE.at(span,
                        "undefined: &" + String.join(", &", substituted.undefined()));
                if (kind.action() == OracleStatementClassifier.Action.ANONYMOUS_BLOCK) {
                    // the block is PL/SQL first: say so, and why its DDL (if any) could not be read
                    return new SourceStatement(span, raw.text(), kind.kind(), null, Disposition.UNSUPPORTED, List.of(),
                            List.of(plsqlBlockItem(span, raw.text()), undefined));
                }
                return unsupported(raw, span, kind, undefined);
            }
            RawStatement code = new RawStatement(raw.text(), substituted.text(), raw.line(), raw.column());
            SourcePositions codePositions = new SourcePositions(positions.file(), code);
            if (kind.action() == OracleStatementClassifier.Action.ANONYMOUS_BLOCK) {
                return anonymousBlock(code, codePositions);
            }
            if (kind.action() == OracleStatementClassifier.Action.USE_SCHEMA) return currentSchema(raw, span, kind, code);
            return ddl(raw, span, kind, code, codePositions);
        }

        /**
         * ALTER SESSION SET CURRENT_SCHEMA = name: the schema in which Oracle resolves and creates the
         * unqualified names of the statements that follow (SQL Language Reference, ALTER SESSION).
         */
        private SourceStatement currentSchema(RawStatement raw, SourceSpan span, OracleStatementClassifier.Classification kind, RawStatement code) {
            Matcher m = CURRENT_SCHEMA.matcher(code.code());
            if (!m.find()) return error(raw, span, kind, GeneralCode.PARSE_ERROR.at(span, "expected a schema name after CURRENT_SCHEMA ="));
            String schema = OracleNames.identifier(m.group(1));
            return new SourceStatement(span, raw.text(), ObjectKind.SCHEMA, schema, Disposition.PARSED,
                    List.of(new SchemaChange.UseSchema(schema, span)), List.of());
        }

        /** Parses and builds one DDL statement; safe on any parse thread. */
        private SourceStatement ddl(RawStatement raw, SourceSpan span, OracleStatementClassifier.Classification kind,
                                    RawStatement code, SourcePositions codePositions) {
            try {
                return new OracleDdlBuilder(codePositions, raw.text()).build(ddlParsing.get().parse(code.code()));
            } catch (SyntaxError e) {
                return error(raw, span, kind, e.actionItem(codePositions));
            } catch (RuntimeException | StackOverflowError e) {
                // A builder gap must not stop the file: report it on the statement like a syntax error.
                return error(raw, span, kind, GeneralCode.PARSE_ERROR.at(span, "statement could not be read: " + e));
            }
        }

        /** The DDL an install block runs as EXECUTE IMMEDIATE 'literal'; its logic is reported, not converted. */
        private SourceStatement anonymousBlock(RawStatement block, SourcePositions positions) {
            SourceSpan span = positions.statementSpan();
            List<SchemaChange> changes = new ArrayList<>();
            List<ActionItem> items = new ArrayList<>();
            String code = block.code();
            Matcher m = EXECUTE_IMMEDIATE.matcher(code);
            while (m.find()) {
                int start = m.end();
                int end = literalEnd(code, start);
                if (end < 0 || !code.substring(end).stripLeading().startsWith(";")) continue;
                String value = OracleNames.string(code.substring(start, end));
                if (!EMBEDDED_DDL.matcher(value).matches()) continue;
                int contentStart = code.indexOf('\'', start) + (code.charAt(start) == '\'' ? 1 : 2);
                RawStatement inner = embedded(block, contentStart, value);
                SourcePositions innerPositions = new SourcePositions(positions.file(), inner);
                try {
                    OracleDdlBuilder.Built built = new OracleDdlBuilder(innerPositions, value).changes(parsing.parse(value));
                    changes.addAll(built.changes());
                    items.addAll(built.items());
                } catch (SyntaxError e) {
                    items.add(e.actionItem(innerPositions));
                } catch (RuntimeException | StackOverflowError e) {
                    items.add(GeneralCode.PARSE_ERROR.at(innerPositions.statementSpan(), "statement could not be read: " + e));
                }
            }
            Block calls = calls(block, positions);
            if (changes.isEmpty()) {
                items.add(0, plsqlBlockItem(span, block.text()));
                return new SourceStatement(span, block.text(), ObjectKind.OTHER, null, Disposition.UNSUPPORTED, List.of(), items, calls);
            }
            items.add(0, OracleCode.ANONYMOUS_BLOCK.at(span, "anonymous block: " + changes.size()
                    + " DDL change(s) read from EXECUTE IMMEDIATE"));
            return new SourceStatement(span, block.text(), ObjectKind.OTHER, null, Disposition.PARSED, changes, items, calls);
        }

        /**
         * The block read as PL/SQL, only for the built-ins it calls (the report lists them, not
         * converted); null when it does not parse: its items already say it was not converted.
         */
        private Block calls(RawStatement block, SourcePositions positions) {
            try {
                return plsql.readBlock(block, positions);
            } catch (RuntimeException | StackOverflowError e) {
                // a syntax error, or a builder gap: the block is reported either way
                return null;
            }
        }

        private static ActionItem plsqlBlockItem(SourceSpan span, String text) {
            return OracleCode.PLSQL.at(span, "anonymous PL/SQL block (lines " + span.line() + "-"
                    + (span.line() + lineCount(text) - 1) + ")");
        }

        /**
         * The literal's content as a statement positioned where it stands in the file: lines counted
         * from the block's first, and on that first line columns from the block's first column.
         */
        private static RawStatement embedded(RawStatement block, int contentStart, String value) {
            String code = block.code();
            int line = 0;
            int lineStart = 0;
            for (int i = 0; i < contentStart; i++) {
                if (code.charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            int column = (line == 0 ? block.column() - 1 : 0) + contentStart - lineStart + 1;
            return new RawStatement(value, value, block.line() + line, column);
        }

        /** End (exclusive) of the string literal starting at {@code start}, or -1 if none starts there. */
        private static int literalEnd(String code, int start) {
            if (start >= code.length()) return -1;
            char c = code.charAt(start);
            int i = start;
            if (c == 'n' || c == 'N') c = code.charAt(++i);
            if ((c == 'q' || c == 'Q') && i + 2 < code.length() && code.charAt(i + 1) == '\'') {
                char open = code.charAt(i + 2);
                char close = OracleNames.alternativeQuoteClose(open);
                int end = code.indexOf(close + "'", i + 3);
                return end < 0 ? -1 : end + 2;
            }
            if (c != '\'') return -1;
            for (int j = i + 1; j < code.length(); j++) {
                if (code.charAt(j) == '\'') {
                    if (j + 1 < code.length() && code.charAt(j + 1) == '\'') {
                        j++;
                    } else {
                        return j + 1;
                    }
                }
            }
            return -1;
        }

        private static int lineCount(String text) {
            return (int) text.chars().filter(ch -> ch == '\n').count() + 1;
        }

        private static SourceStatement unsupported(RawStatement raw, SourceSpan span, OracleStatementClassifier.Classification kind,
                                                   ActionItem item) {
            return new SourceStatement(span, raw.text(), kind.kind(), kind.name(), Disposition.UNSUPPORTED, List.of(), List.of(item));
        }

        private static SourceStatement error(RawStatement raw, SourceSpan span, OracleStatementClassifier.Classification kind,
                                             ActionItem item) {
            return new SourceStatement(span, raw.text(), kind.kind(), kind.name(), Disposition.ERROR, List.of(), List.of(item));
        }
    }
}
