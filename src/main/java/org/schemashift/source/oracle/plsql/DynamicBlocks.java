package org.schemashift.source.oracle.plsql;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.util.SqlShuttle;
import org.apache.calcite.util.NlsString;
import org.schemashift.model.SourceSpan;
import org.schemashift.model.proc.Block;
import org.schemashift.model.proc.IdentifierNames;
import org.schemashift.model.proc.ProcRewriter;
import org.schemashift.source.RawStatement;
import org.schemashift.source.antlr.SourcePositions;
import org.schemashift.source.antlr.SyntaxError;
import org.schemashift.source.oracle.OracleCode;
import org.schemashift.source.oracle.OracleParsing;
import org.schemashift.source.oracle.grammar.OracleParser.AnonymousBlockContext;

/**
 * EXECUTE IMMEDIATE of a literal anonymous block ({@code 'BEGIN :x := pkg.v; END;'}): PostgreSQL's
 * EXECUTE runs SQL, not PL/pgSQL, but the text is known, so it is read as the code it is and stands
 * where the statement stood, each placeholder replaced by its USING argument (SS-ORA-0467). A PL/SQL
 * block binds by name: each distinct placeholder, in order of first use, takes the next argument
 * (PL/SQL Language Reference, "EXECUTE IMMEDIATE Statement"); an OUT argument is then the variable the
 * block assigns. A text that does not parse, or whose placeholders do not match the arguments, is
 * left to the dynamic SQL rules.
 */
final class DynamicBlocks {
    private static final Pattern BLOCK = Pattern.compile("(?is)\\s*(BEGIN|DECLARE)\\b.*");
    private static final String BIND = "SS_BIND_";
    private final UnitReading reading;
    private OracleParsing parsing;

    DynamicBlocks(UnitReading reading) {
        this.reading = reading;
    }

    /** The block {@code text} runs with {@code arguments} bound, or null when it is no literal block that reads. */
    Block read(SqlNode text, List<SqlNode> arguments, SourceSpan span) {
        if (!(text instanceof SqlLiteral literal) || !(literal.getValue() instanceof NlsString s) || !BLOCK.matcher(s.getValue()).matches()) {
            return null;
        }
        Map<String, String> placeholders = new LinkedHashMap<>();
        String code = numbered(s.getValue(), placeholders);
        if (placeholders.size() != arguments.size()) return null;
        if (parsing == null) parsing = new OracleParsing();
        AnonymousBlockContext parsed;
        try {
            parsed = parsing.parseBlock(code);
        } catch (SyntaxError e) {
            return null;
        }
        UnitReading nested = reading.nested(new SourcePositions(span.file(), new RawStatement(code, code, span.line(), span.column())), code);
        Block block = nested.statements.block(parsed.block(), null, List.of());
        Set<String> free = IdentifierNames.usedBy(block, nested.declaredNames);
        Set<String> captured = new TreeSet<>(free);
        captured.retainAll(reading.declaredNames);
        if (!captured.isEmpty()) {
            reading.notes.add(OracleCode.DYNAMIC_BLOCK_NOT_INLINED.at(span, "EXECUTE IMMEDIATE of a literal PL/SQL block names "
                    + String.join(", ", captured) + ", which the enclosing code declares: run in place, the block would take"
                    + " the enclosing declaration, where Oracle's dynamic block resolves the name in the schema"));
            return null;
        }
        reading.notes.addAll(nested.notes);
        Map<String, SqlNode> bound = new HashMap<>();
        for (int i = 0; i < arguments.size(); i++) bound.put(BIND + (i + 1), arguments.get(i));
        free.removeAll(bound.keySet());
        reading.notes.add(OracleCode.DYNAMIC_BLOCK_INLINED.at(span, "EXECUTE IMMEDIATE of a literal PL/SQL block: its code runs here, "
                + (placeholders.isEmpty() ? "with no bind argument" : "placeholders " + String.join(", ", placeholders.keySet())
                + " replaced by the USING arguments") + (free.isEmpty() ? "" : "; the names it does not declare ("
                + String.join(", ", new TreeSet<>(free)) + ") are none the enclosing code declares")));
        return (Block) block.accept(new ProcRewriter() {
            @Override
            protected SqlNode expression(SqlNode node) {
                return node.accept(new SqlShuttle() {
                    @Override
                    public SqlNode visit(SqlIdentifier id) {
                        SqlNode argument = id.isSimple() ? bound.get(id.getSimple()) : null;
                        return argument == null ? id : argument.clone(argument.getParserPosition());
                    }
                });
            }
        });
    }

    /**
     * {@code text} with each placeholder {@code :name} (outside quoted strings and names) replaced by
     * {@code SS_BIND_n}, n counting distinct names in order of first use; {@code placeholders}
     * receives them, by upper-case name.
     */
    private static String numbered(String text, Map<String, String> placeholders) {
        StringBuilder out = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) quote = 0;
                out.append(c);
            } else if (c == '\'' || c == '"') {
                quote = c;
                out.append(c);
            } else if (c == ':' && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1))
                    && (i == 0 || text.charAt(i - 1) != ':')) {
                int end = i + 1;
                while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) end++;
                String name = text.substring(i + 1, end).toUpperCase(Locale.ROOT);
                out.append(placeholders.computeIfAbsent(name, n -> BIND + (placeholders.size() + 1)));
                i = end - 1;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
