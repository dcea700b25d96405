package org.schemashift.emit.mysql;

import org.apache.calcite.sql.SqlNode;
import org.schemashift.emit.ExpressionWriter;
import org.schemashift.emit.IdentifierFolder;
import org.schemashift.emit.SqlUnparsing;
import org.schemashift.plan.TargetNaming;

/** Writes converted expressions and queries as MySQL text, with names folded and quoted by the naming policy. */
final class MySqlExpressions implements ExpressionWriter {
    private final TargetNaming naming;
    private final MySqlTargetSqlDialect dialect;

    MySqlExpressions(TargetNaming naming) {
        this.naming = naming;
        this.dialect = new MySqlTargetSqlDialect(naming.spelling());
    }

    @Override
    public String write(SqlNode node) {
        return SqlUnparsing.oneLine(spell(node).accept(new IdentifierFolder(naming)), dialect);
    }

    /**
     * The one place a canonical tree gets MySQL's own spelling of functions and operators (the
     * {@code write:} rules of mappings/functions/mysql.yaml, through the shared canonical-spelling
     * step once it lands); until then the tree is written as Calcite's MySQL dialect spells it.
     */
    private SqlNode spell(SqlNode node) {
        return node;
    }
}
