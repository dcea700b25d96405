package org.schemashift.source.sql;

import java.util.Map;
import java.util.function.Function;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Vocabulary;
import org.antlr.v4.runtime.tree.ParseTree;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;

/**
 * A dialect grammar that imports the core (grammars/imports/SqlCoreParser.g4), as
 * {@link CoreSqlBuilder} reads it: its parser's rule and token names, and what the core grammar
 * leaves to the dialect. One constant per dialect.
 *
 * @param tree              the dialect's parse trees read by the core's names
 * @param names             the name an identifier spells, as the dialect stores it (case folded or kept, quotes removed)
 * @param strings           the value of a {@code stringLiteral} node or a STRING_LITERAL token (quotes removed,
 *                          escapes resolved, adjacent parts joined)
 * @param functionNames     the function a {@code functionName} node calls: upper case, a qualified one joined with dots
 * @param dialectFunctions  the dialect's standard functions beyond {@link #SHARED_FUNCTIONS}
 */
public record CoreGrammar(CoreParseTree tree, Function<String, String> names, Function<ParseTree, String> strings,
                          Function<ParserRuleContext, String> functionNames, Map<String, SqlOperator> dialectFunctions) {

    /** Functions every SQL dialect means the same by: the standard operator for each. */
    public static final Map<String, SqlOperator> SHARED_FUNCTIONS = Map.of(
            "COUNT", SqlStdOperatorTable.COUNT, "SUM", SqlStdOperatorTable.SUM, "MIN", SqlStdOperatorTable.MIN,
            "MAX", SqlStdOperatorTable.MAX, "AVG", SqlStdOperatorTable.AVG, "COALESCE", SqlStdOperatorTable.COALESCE,
            "NULLIF", SqlStdOperatorTable.NULLIF, "UPPER", SqlStdOperatorTable.UPPER, "LOWER", SqlStdOperatorTable.LOWER,
            "ABS", SqlStdOperatorTable.ABS);

    /** {@code vocabulary} and {@code ruleNames} are the dialect parser's (its VOCABULARY and ruleNames). */
    public CoreGrammar(Vocabulary vocabulary, String[] ruleNames, Function<String, String> names, Function<ParseTree, String> strings,
                       Function<ParserRuleContext, String> functionNames, Map<String, SqlOperator> dialectFunctions) {
        this(new CoreParseTree(vocabulary, ruleNames), names, strings, functionNames, dialectFunctions);
    }

    String name(ParserRuleContext identifier) {
        return names.apply(identifier.getText());
    }

    String string(ParseTree literal) {
        return strings.apply(literal);
    }

    String functionName(ParserRuleContext functionName) {
        return functionNames.apply(functionName);
    }

    /**
     * The standard operator the dialect means by function {@code name}, or null: the call is then
     * an unresolved function of that name, for the conversion rules.
     */
    SqlOperator standardFunction(String name) {
        SqlOperator own = dialectFunctions.get(name);
        return own != null ? own : SHARED_FUNCTIONS.get(name);
    }
}
