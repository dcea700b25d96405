package org.schemashift.model.sql;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.calcite.avatica.util.Casing;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlFunction;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.SqlSyntax;
import org.apache.calcite.sql.SqlUnresolvedFunction;
import org.apache.calcite.sql.parser.SqlParseException;
import org.apache.calcite.sql.parser.SqlParser;
import org.apache.calcite.sql.util.SqlShuttle;

/**
 * An expression written as SQL text in which {0}, {1}, ... stand for arguments and {*}, in a
 * function's argument list, for all of them; parsed once, applied many times. Two readings:
 * <ul>
 *   <li>{@link #canonical}: a converted tree. Function names are canonical operators
 *       ({@link CanonicalOperators#named}); any other name is an error, so no rule can leave a
 *       dialect's function in a tree that every target must spell.</li>
 *   <li>{@link #target}: one target's SQL, kept as written. Text Calcite's parser does not accept
 *       (MySQL {@code a <=> b}, {@code s REGEXP p}) stays text, with each argument written in its
 *       place, in parentheses unless it is a name, a literal or a function call.</li>
 * </ul>
 */
public final class SqlTemplate {
    private static final SqlParser.Config PARSER = SqlParser.config()
            .withUnquotedCasing(Casing.UNCHANGED).withQuotedCasing(Casing.UNCHANGED);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+|\\*)}");
    /** Placeholders become identifiers with this prefix so the template parses as an ordinary expression. */
    private static final String PREFIX = "ssarg";
    private static final String ALL = PREFIX + "all";

    private final String text;
    private final boolean canonical;
    /** Parsed on first use: a run applies few of the hundreds of bundled rules' templates. */
    private volatile SqlNode template;

    private SqlTemplate(String text, boolean canonical) {
        this.text = text;
        this.canonical = canonical;
    }

    /**
     * A canonical expression, parsed on first use, when it throws IllegalArgumentException if it
     * does not parse or names a non-canonical function ({@link #parsed} checks it at once).
     */
    public static SqlTemplate canonical(String sql) {
        return new SqlTemplate(sql, true);
    }

    /** A target's SQL as written (kept as text when Calcite cannot parse it), parsed on first use. */
    public static SqlTemplate target(String sql) {
        return new SqlTemplate(sql, false);
    }

    /** This template after parsing it now, so a malformed one (a user's rule) fails where it is read. */
    public SqlTemplate parsed() {
        tree();
        return this;
    }

    private SqlNode tree() {
        SqlNode tree = template;
        if (tree == null) {
            tree = canonical ? parseCanonical(text) : parseTarget(text);
            template = tree;
        }
        return tree;
    }

    private static SqlNode parseCanonical(String sql) {
        try {
            return parse(sql).accept(new CanonicalNames(sql));
        } catch (SqlParseException e) {
            throw new IllegalArgumentException("cannot parse '" + sql + "': " + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    private static SqlNode parseTarget(String sql) {
        try {
            return parse(sql);
        } catch (SqlParseException e) {
            return TextTemplateOperator.of(sql, PLACEHOLDER);
        }
    }

    public String text() {
        return text;
    }

    public SqlNode apply(SqlNode... args) {
        return applyTo(Arrays.asList(args));
    }

    /** The template with each placeholder replaced by its argument (a missing argument leaves the placeholder). */
    public SqlNode applyTo(List<SqlNode> args) {
        SqlNode tree = tree();
        if (tree instanceof SqlCall call && call.getOperator() instanceof TextTemplateOperator text) {
            return text.createCall(args);
        }
        return tree.accept(new Substitution(args));
    }

    private static SqlNode parse(String sql) throws SqlParseException {
        String withNames = PLACEHOLDER.matcher(sql).replaceAll(m -> m.group(1).equals("*") ? ALL : PREFIX + m.group(1));
        return ((SqlSelect) SqlParser.create("SELECT " + withNames, PARSER).parseQuery()).getSelectList().get(0);
    }

    private static boolean isPlaceholder(SqlNode node) {
        return node instanceof SqlIdentifier id && id.isSimple() && id.getSimple().startsWith(PREFIX);
    }

    /** Resolves function names (and niladic functions written as names, CURRENT_TIMESTAMP) to canonical operators. */
    private static final class CanonicalNames extends SqlShuttle {
        private final String sql;

        CanonicalNames(String sql) {
            this.sql = sql;
        }

        @Override
        public SqlNode visit(SqlIdentifier id) {
            if (!id.isSimple() || isPlaceholder(id)) return id;
            SqlOperator op = CanonicalOperators.named(id.getSimple());
            return op instanceof SqlFunction f && f.getSyntax() == SqlSyntax.FUNCTION_ID ? f.createCall(id.getParserPosition()) : id;
        }

        @Override
        public SqlNode visit(SqlCall call) {
            SqlCall visited = (SqlCall) super.visit(call);
            if (!(visited.getOperator() instanceof SqlUnresolvedFunction f)) return visited;
            SqlOperator op = f.getSqlIdentifier() != null && f.getSqlIdentifier().isSimple() ? CanonicalOperators.named(f.getName()) : null;
            if (op == null) {
                throw new IllegalArgumentException("'" + sql + "' calls " + f.getName()
                        + ", which is not a canonical operator (model/sql/CanonicalOperators, SqlStdOperatorTable, SqlLibraryOperators)");
            }
            return op.createCall(visited.getFunctionQuantifier(), visited.getParserPosition(), visited.getOperandList().toArray(SqlNode[]::new));
        }
    }

    /** Puts the arguments in place: an argument written twice ({@code CASE WHEN {0} > 0 THEN LN({0}) END}) is a copy the second time. */
    private static final class Substitution extends SqlShuttle {
        private final List<SqlNode> args;
        private final java.util.BitSet placed = new java.util.BitSet();

        Substitution(List<SqlNode> args) {
            this.args = args;
        }

        @Override
        public SqlNode visit(SqlIdentifier id) {
            if (!isPlaceholder(id) || id.getSimple().equals(ALL)) return id;
            int n = Integer.parseInt(id.getSimple().substring(PREFIX.length()));
            if (n >= args.size() || args.get(n) == null) return id;
            if (!placed.get(n)) {
                placed.set(n);
                return args.get(n);
            }
            return SqlTreeCopy.of(args.get(n));
        }

        @Override
        public SqlNode visit(SqlCall call) {
            if (call.getOperandList().stream().noneMatch(o -> isPlaceholder(o) && ((SqlIdentifier) o).getSimple().equals(ALL))) {
                return super.visit(call);
            }
            List<SqlNode> operands = new ArrayList<>();
            for (SqlNode operand : call.getOperandList()) {
                if (isPlaceholder(operand) && ((SqlIdentifier) operand).getSimple().equals(ALL)) {
                    operands.addAll(args);
                } else {
                    operands.add(operand == null ? null : operand.accept(this));
                }
            }
            return call.getOperator().createCall(call.getFunctionQuantifier(), call.getParserPosition(), operands.toArray(SqlNode[]::new));
        }
    }

    /** For {@link TextTemplateOperator}: the placeholder pattern's argument index, or -1 for {*}. */
    static int argumentIndex(Matcher placeholder) {
        return placeholder.group(1).equals("*") ? -1 : Integer.parseInt(placeholder.group(1));
    }
}
