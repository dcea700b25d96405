package org.schemashift.convert.proc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.calcite.sql.SqlBasicCall;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlInsert;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.schemashift.convert.ActionItems;
import org.schemashift.model.Catalog;
import org.schemashift.model.Column;
import org.schemashift.model.Table;
import org.schemashift.model.proc.IntoRows;
import org.schemashift.model.proc.Statement;
import org.schemashift.model.sql.CanonicalOperators;

/**
 * The identity value an INSERT has just generated, read by the next statement (T-SQL
 * {@code INSERT INTO t ... VALUES (...); SET @id = SCOPE_IDENTITY()}): an INSERT of one row of VALUES
 * into a table of the input with an identity column, followed in the same statement list by an
 * assignment of SCOPE_IDENTITY() or @@IDENTITY (LAST_GENERATED_KEY) to a variable, becomes
 * {@code INSERT ... RETURNING column INTO variable}: that row's value, as SCOPE_IDENTITY gives it,
 * whatever a trigger inserts elsewhere (decision {@code plpgsql.identity-by-returning}). Anything
 * else is left as it is: the session's last generated value (PostgreSQL lastval()), reported.
 */
final class InsertedIdentities {
    static final String DECISION = "plpgsql.identity-by-returning";

    /** Identity column by lower-case table name; null where two tables of that name differ. */
    private final Map<String, String> identities = new HashMap<>();

    InsertedIdentities(Catalog catalog) {
        for (Table table : catalog.tables()) {
            for (Column column : table.columns()) {
                if (column.identity() == null) continue;
                String key = table.name().name().toLowerCase(Locale.ROOT);
                if (identities.containsKey(key) && !column.name().equals(identities.get(key))) identities.put(key, null);
                else identities.putIfAbsent(key, column.name());
            }
        }
    }

    /** {@code statements} with each INSERT read by SCOPE_IDENTITY() right after it returning its identity instead. */
    List<Statement> rewrite(List<Statement> statements, ActionItems items) {
        List<Statement> out = new ArrayList<>(statements.size());
        for (int i = 0; i < statements.size(); i++) {
            Statement statement = statements.get(i);
            Statement next = i + 1 < statements.size() ? statements.get(i + 1) : null;
            String column = statement instanceof Statement.SqlStatement s ? identityOfOneRow(s) : null;
            if (column != null && next instanceof Statement.Assign assign && isLastIdentity(assign.value())) {
                Statement.SqlStatement insert = (Statement.SqlStatement) statement;
                SqlIdentifier returned = new SqlIdentifier(column, insert.statement().getParserPosition());
                out.add(new Statement.SqlStatement(insert.statement(), List.of(returned), List.of(assign.target()), IntoRows.FIRST_ROW,
                        insert.span()));
                items.decided(assign.span(), DECISION, "the identity the INSERT generated is returned by it into " + assign.target());
                i++;
                continue;
            }
            out.add(statement);
        }
        return out;
    }

    /** The identity column an INSERT of one VALUES row that returns nothing fills, or null. */
    private String identityOfOneRow(Statement.SqlStatement statement) {
        if (!(statement.statement() instanceof SqlInsert insert) || !statement.returning().isEmpty() || !statement.into().isEmpty()
                || statement.appendTo() != null || !(insert.getSource() instanceof SqlCall values)
                || values.getKind() != SqlKind.VALUES || values.operandCount() != 1) {
            return null;
        }
        SqlNode target = insert.getTargetTable().getKind() == SqlKind.AS ? ((SqlCall) insert.getTargetTable()).operand(0) : insert.getTargetTable();
        if (!(target instanceof SqlIdentifier table)) return null;
        return identities.get(table.names.get(table.names.size() - 1).toLowerCase(Locale.ROOT));
    }

    /** SCOPE_IDENTITY() or @@IDENTITY, perhaps cast ({@code CAST(SCOPE_IDENTITY() AS int)}). */
    private static boolean isLastIdentity(SqlNode value) {
        SqlNode read = value instanceof SqlBasicCall cast && cast.getKind() == SqlKind.CAST ? cast.operand(0) : value;
        return read instanceof SqlCall call && call.getOperator() == CanonicalOperators.LAST_GENERATED_KEY;
    }
}
