package org.schemashift.emit.mysql;

import org.apache.calcite.sql.SqlNode;
import org.schemashift.convert.ActionItems;
import org.schemashift.emit.CanonicalSpelling;
import org.schemashift.emit.ExpressionWriter;
import org.schemashift.emit.IdentifierFolder;
import org.schemashift.emit.SqlUnparsing;
import org.schemashift.model.SourceSpan;
import org.schemashift.plan.TargetNaming;

/**
 * Writes converted (canonical) expressions and queries as MySQL text: canonical operators spelled
 * by MySQL's write rules ({@code mappings/functions/mysql.yaml} and {@link MySqlSpellingRules}),
 * the rest by Calcite's MySQL dialect ({@link MySqlTargetSqlDialect}), names folded and quoted by
 * the naming policy. Some canonical operators have no MySQL form: such a tree is not written, and
 * the clause holding it is commented out.
 */
final class MySqlExpressions implements ExpressionWriter {
    private static final CanonicalSpelling SPELLING = new CanonicalSpelling("mysql", MySqlSpellingRules.all());
    private final TargetNaming naming;
    private final MySqlTargetSqlDialect dialect;

    MySqlExpressions(TargetNaming naming) {
        this.naming = naming;
        this.dialect = new MySqlTargetSqlDialect(naming.spelling());
    }

    @Override
    public String write(SqlNode node) {
        CanonicalSpelling.Spelled spelled = SPELLING.spell(node);
        if (!spelled.complete()) throw new IllegalStateException("MySQL cannot spell " + spelled.unspellable());
        return unparse(spelled.node());
    }

    @Override
    public String writeIfSpellable(SqlNode node, SourceSpan where, ActionItems items) {
        SqlNode spelled = SPELLING.spell(node, where, items);
        return spelled == null ? null : unparse(spelled);
    }

    private String unparse(SqlNode spelled) {
        return SqlUnparsing.oneLine(spelled.accept(new IdentifierFolder(naming)), dialect);
    }
}
