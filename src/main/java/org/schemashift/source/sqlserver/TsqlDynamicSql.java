package org.schemashift.source.sqlserver;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.util.NlsString;
import org.schemashift.source.sqlserver.grammar.SqlServerLexer;
import org.schemashift.source.sqlserver.grammar.SqlServerParser.BlockStatementContext;
import org.schemashift.source.sqlserver.grammar.SqlServerParser.ExecuteCallContext;
import org.schemashift.source.sqlserver.grammar.SqlServerParser.ExecuteProcedureCallContext;
import org.schemashift.source.sqlserver.grammar.SqlServerParser.ExecuteStringContext;
import org.schemashift.source.sqlserver.grammar.SqlServerParser.GotoStatementContext;
import org.schemashift.source.sqlserver.grammar.SqlServerParser.ScalarVariableContext;
import org.schemashift.source.sqlserver.grammar.SqlServerParser.SetVariableStatementContext;
import org.schemashift.source.sqlserver.grammar.SqlServerParser.TsqlStatementContext;

/**
 * The parameters of {@code sp_executesql @stmt, N'@a int, @b varchar(10)', @b = 2, ...}
 * (https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-executesql-transact-sql)
 * as PL/pgSQL's {@code EXECUTE text USING ...} takes them: the USING values in the order the parameters are
 * declared (an argument {@code @b = v} by its name, the others by position), and each {@code @a} of the SQL
 * text numbered {@code $1} after its declaration. The text is rewritten where its pieces are visible: a
 * literal, or literals joined by {@code +} with other values (a value's own text is never searched); quoted
 * strings inside the SQL are left alone.
 */
final class TsqlDynamicSql {
    private static final Pattern DECLARED = Pattern.compile("(?:^|,)\\s*(@[\\w@#$]+)");

    /** The text with its parameters numbered, and the USING values in the order of the numbers. */
    record Bound(SqlNode text, List<SqlNode> values) {
    }

    private TsqlDynamicSql() {
    }

    /** The parameter names (lower case, with their {@code @}) a declaration list names, in order; null when it is no literal. */
    static List<String> declared(SqlNode declarations) {
        String text = literal(declarations);
        if (text == null) return null;
        List<String> names = new ArrayList<>();
        Matcher m = DECLARED.matcher(stripTypeArguments(text));
        while (m.find()) names.add(m.group(1).toLowerCase(Locale.ROOT));
        return names;
    }

    /**
     * {@code text} with each declared parameter numbered, and {@code named} / {@code positional} values placed
     * at their parameters' numbers; null when an argument names no declared parameter or a parameter has no value.
     */
    static Bound bind(SqlNode text, List<String> parameters, List<String> argumentNames, List<SqlNode> values) {
        SqlNode[] ordered = new SqlNode[parameters.size()];
        for (int i = 0; i < values.size(); i++) {
            int at = argumentNames.get(i) == null ? i : parameters.indexOf(argumentNames.get(i).toLowerCase(Locale.ROOT));
            if (at < 0 || at >= ordered.length || ordered[at] != null) return null;
            ordered[at] = values.get(i);
        }
        for (SqlNode value : ordered) if (value == null) return null;
        Map<String, Integer> numbers = new HashMap<>();
        for (int i = 0; i < parameters.size(); i++) numbers.put(parameters.get(i), i + 1);
        return new Bound(new Numbering(numbers).pieces(text), List.of(ordered));
    }

    /** True when no piece of the text is a variable, whose value could hold more parameters than the code shows. */
    static boolean visible(SqlNode text) {
        if (literal(text) != null) return true;
        if (text instanceof SqlCall call && (call.getKind() == SqlKind.PLUS || call.getOperator().getName().equals("||"))) {
            return call.getOperandList().stream().allMatch(TsqlDynamicSql::visible);
        }
        return !(text instanceof SqlIdentifier);
    }

    /**
     * The variables of {@code body} (as the IR names them) set once (SET, or DECLARE with a value) and
     * otherwise only run as the whole text of EXEC() or sp_executesql: where the one assignment gives a
     * known text, that text is what runs ({@link org.schemashift.source.sql.KnownDynamicSql}). None when
     * the body has a GOTO, which could jump over the assignment.
     */
    static Set<String> textVariables(ParseTree body, TsqlVariables variables) {
        Map<String, int[]> uses = new HashMap<>();   // by IR name: assignments, dynamic texts, other uses
        boolean[] jumps = {false};
        walk(body, tree -> {
            if (tree instanceof GotoStatementContext) jumps[0] = true;
            if (!(tree instanceof TerminalNode t) || t.getSymbol().getType() != SqlServerLexer.VARIABLE) return;
            int[] counts = uses.computeIfAbsent(variables.name(t.getText()), k -> new int[3]);
            ParseTree parent = t.getParent();
            if (parent instanceof SetVariableStatementContext set && set.compound == null && set.CURSOR() == null
                    || parent instanceof ScalarVariableContext declared && declared.expression() != null) {
                counts[0]++;
            } else if (!(parent instanceof ScalarVariableContext)) {
                counts[isDynamicText(t) ? 1 : 2]++;
            }
        });
        Set<String> texts = new HashSet<>();
        if (jumps[0]) return texts;
        uses.forEach((name, counts) -> {
            if (counts[0] == 1 && counts[1] > 0 && counts[2] == 0) texts.add(name);
        });
        return texts;
    }

    /** Whether the variable is the whole text of EXEC() or of sp_executesql's statement. */
    private static boolean isDynamicText(TerminalNode variable) {
        ParseTree tree = variable.getParent();
        while (tree != null && !(tree instanceof ExecuteCallContext)) tree = tree.getParent();
        String text = variable.getText();
        if (tree instanceof ExecuteStringContext s) return s.valueExpression().size() == 1 && s.valueExpression(0).getText().equals(text);
        return tree instanceof ExecuteProcedureCallContext call && call.procedure.getText().toLowerCase(Locale.ROOT).endsWith("sp_executesql")
                && !call.callArgument().isEmpty() && call.callArgument(0).VARIABLE() == null
                && call.callArgument(0).callValue() != null && call.callArgument(0).callValue().getText().equals(text);
    }

    /** True when {@code statement} is in no IF, loop or TRY/CATCH: it has run wherever the code after it runs. */
    static boolean unconditional(ParserRuleContext statement) {
        for (ParseTree t = statement.getParent(); t != null; t = t.getParent()) {
            if (t instanceof TsqlStatementContext && !(t instanceof BlockStatementContext)) return false;
        }
        return true;
    }

    private static void walk(ParseTree tree, Consumer<ParseTree> each) {
        each.accept(tree);
        for (int i = 0; i < tree.getChildCount(); i++) walk(tree.getChild(i), each);
    }

    /** The value of a string literal, else null. */
    static String literal(SqlNode node) {
        return node instanceof SqlLiteral l && l.getValue() instanceof NlsString s ? s.getValue() : null;
    }

    /** {@code decimal(10, 2)}: the comma inside the parentheses separates no declarations. */
    private static String stripTypeArguments(String text) {
        return text.replaceAll("\\([^)]*\\)", "");
    }

    /** Walks the literal pieces of the text in order, keeping whether a quoted SQL string is open across them. */
    private static final class Numbering {
        private static final Pattern PARAMETER = Pattern.compile("@[\\w@#$]+");
        private final Map<String, Integer> numbers;
        private boolean quoted;

        Numbering(Map<String, Integer> numbers) {
            this.numbers = numbers;
        }

        SqlNode pieces(SqlNode node) {
            String text = literal(node);
            if (text != null) return SqlLiteral.createCharString(numbered(text), node.getParserPosition());
            if (node instanceof SqlCall call && (call.getKind() == SqlKind.PLUS || call.getOperator().getName().equals("||"))) {
                List<SqlNode> operands = new ArrayList<>();
                for (SqlNode operand : call.getOperandList()) operands.add(pieces(operand));
                return call.getOperator().createCall(call.getParserPosition(), operands);
            }
            return node;   // a value: its text is not the code's to see
        }

        private String numbered(String text) {
            StringBuilder out = new StringBuilder();
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (c == '\'') {
                    quoted = !quoted;
                } else if (!quoted && c == '@') {
                    Matcher m = PARAMETER.matcher(text).region(i, text.length());
                    if (m.lookingAt() && numbers.containsKey(m.group().toLowerCase(Locale.ROOT))) {
                        out.append('$').append(numbers.get(m.group().toLowerCase(Locale.ROOT)));
                        i = m.end();
                        continue;
                    }
                }
                out.append(c);
                i++;
            }
            return out.toString();
        }
    }
}
