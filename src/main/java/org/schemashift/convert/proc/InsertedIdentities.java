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
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.util.SqlShuttle;
import org.apache.calcite.util.Litmus;
import org.schemashift.convert.ActionItems;
import org.schemashift.model.Catalog;
import org.schemashift.model.Column;
import org.schemashift.model.DataType;
import org.schemashift.model.Table;
import org.schemashift.model.proc.Block;
import org.schemashift.model.proc.Declaration;
import org.schemashift.model.proc.IntoRows;
import org.schemashift.model.proc.ProcRewriter;
import org.schemashift.model.proc.ProcType;
import org.schemashift.model.proc.Statement;
import org.schemashift.model.sql.CanonicalOperators;

/**
 * The key an INSERT has just generated, read by the statements after it (T-SQL
 * {@code INSERT INTO t ... VALUES (...); SET @id = SCOPE_IDENTITY()}, not @@IDENTITY, which counts a trigger's; MySQL
 * {@code INSERT ...; INSERT INTO child VALUES (LAST_INSERT_ID(), ...)}): after an INSERT of one row
 * of VALUES into a table of the input with an identity column, the reads of the code's last generated key
 * (SCOPE_GENERATED_KEY) in the assignments and SQL statements that follow it in the same statement
 * list, up to the next INSERT or any other kind of statement, read the value that INSERT returns
 * (decision {@code plpgsql.identity-by-returning}): {@code RETURNING id INTO} the variable the next
 * statement assigns it to, else into a variable of a block around them. That is the row's own key,
 * whatever a trigger inserts elsewhere, and not the key a child table's own identity generates while
 * the next INSERT evaluates its VALUES, which PostgreSQL's lastval() would read. Other reads are left
 * as they are (lastval(), reported by the source).
 */
final class InsertedIdentities {
    static final String DECISION = "plpgsql.identity-by-returning";
    private static final String KEY = "ss_key";

    /** Identity column by lower-case table name; null where two tables of that name differ. */
    private final Map<String, String> identities = new HashMap<>();
    private int keys;

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

    /** {@code statements} with the key reads after each one-row INSERT reading what the INSERT returns. */
    List<Statement> rewrite(List<Statement> statements, ActionItems items) {
        List<Statement> out = new ArrayList<>(statements.size());
        int i = 0;
        while (i < statements.size()) {
            String column = statements.get(i) instanceof Statement.SqlStatement s ? identityOfOneRow(s) : null;
            int end = column == null ? i + 1 : endOfReads(statements, i + 1);
            if (end == i + 1) {
                out.add(statements.get(i++));
                continue;
            }
            out.add(returning((Statement.SqlStatement) statements.get(i), column, statements.subList(i + 1, end), items));
            i = end;
        }
        return out;
    }

    /** The end of the statements from {@code from} that read the key: assignments and SQL statements, the first INSERT the last. */
    private static int endOfReads(List<Statement> statements, int from) {
        int end = from;
        int lastRead = from;
        while (end < statements.size() && (statements.get(end) instanceof Statement.Assign || statements.get(end) instanceof Statement.SqlStatement)) {
            Statement statement = statements.get(end++);
            boolean[] reads = {false};
            withKey(statement, null, reads);
            if (reads[0]) lastRead = end;
            if (statement instanceof Statement.SqlStatement s && s.statement() instanceof SqlInsert) break;
        }
        return lastRead;
    }

    /**
     * The INSERT returning its key and the {@code reads} after it reading that: into the variable the first
     * of them assigns it to (when no other assigns that variable), else into a variable of a block around them.
     */
    private Statement returning(Statement.SqlStatement insert, String column, List<Statement> reads, ActionItems items) {
        SqlParserPos pos = insert.statement().getParserPosition();
        SqlIdentifier into;
        List<Statement> rest;
        List<Declaration> declarations;
        if (reads.get(0) instanceof Statement.Assign assign && isKey(assign.value()) && assign.target() instanceof SqlIdentifier variable
                && reads.stream().skip(1).noneMatch(r -> r instanceof Statement.Assign a && a.target().equalsDeep(variable, Litmus.IGNORE))) {
            into = variable;
            rest = reads.subList(1, reads.size());
            declarations = List.of();
        } else {
            into = new SqlIdentifier(KEY + ++keys, pos);
            rest = reads;
            declarations = List.of(new Declaration.Variable(into.getSimple(), new ProcType.Declared(DataType.named("bigint")), null,
                    false, false, insert.span()));
        }
        items.decided(reads.get(0).span(), DECISION, "the key the INSERT generated is returned by it into " + into
                + (rest.isEmpty() ? "" : ", which the statements after it read"));
        List<Statement> block = new ArrayList<>();
        block.add(new Statement.SqlStatement(insert.statement(), List.of(new SqlIdentifier(column, pos)), List.of(into), IntoRows.FIRST_ROW,
                insert.span()));
        rest.forEach(r -> block.add(withKey(r, into, new boolean[1])));
        return block.size() == 1 ? block.get(0) : new Block(null, declarations, block, List.of(), insert.span());
    }

    /**
     * {@code statement} with its reads of the code's last generated key replaced by {@code key} (null: kept);
     * {@code found[0]} set when it has any.
     */
    private static Statement withKey(Statement statement, SqlIdentifier key, boolean[] found) {
        SqlShuttle replace = new SqlShuttle() {
            @Override
            public SqlNode visit(SqlCall call) {
                if (call.getOperator() != CanonicalOperators.SCOPE_GENERATED_KEY) return super.visit(call);
                found[0] = true;
                return key == null ? call : key;
            }
        };
        return statement.accept(new ProcRewriter() {
            @Override
            protected SqlNode expression(SqlNode node) {
                return node.accept(replace);
            }
        });
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

    /** The last generated key, perhaps cast ({@code CAST(SCOPE_IDENTITY() AS int)}). */
    private static boolean isKey(SqlNode value) {
        SqlNode read = value instanceof SqlBasicCall cast && cast.getKind() == SqlKind.CAST ? cast.operand(0) : value;
        return read instanceof SqlCall call && call.getOperator() == CanonicalOperators.SCOPE_GENERATED_KEY;
    }
}
