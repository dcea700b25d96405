package org.schemashift.emit.mysql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.schemashift.emit.EmitContext;
import org.schemashift.emit.EmittedObject;
import org.schemashift.emit.ForeignKeyStatement;
import org.schemashift.emit.TableLoad;
import org.schemashift.emit.TableStatement;
import org.schemashift.model.Column;
import org.schemashift.model.ForeignKey;
import org.schemashift.model.Identity;
import org.schemashift.model.ObjectKind;
import org.schemashift.model.ReferentialAction;
import org.schemashift.model.Table;
import org.schemashift.plan.PlannedStep;
import org.schemashift.plan.PlannedTable;
import org.schemashift.plan.TargetName;

/**
 * CREATE TABLE with MySQL's column attributes (AUTO_INCREMENT, ON UPDATE, INVISIBLE, inline
 * COMMENT), keys within InnoDB's limits ({@link MySqlKeyParts}) and table options: every table is
 * InnoDB (foreign keys need it) in utf8mb4, so the same script gives the same tables on any server
 * defaults. Foreign keys follow as ALTER TABLE; partitioning is {@link MySqlPartitionWriter}'s.
 */
record MySqlTableWriter(EmitContext context, MySqlTableLayouts layouts, MySqlPartitionWriter partitions) {
    EmittedObject createTable(PlannedTable planned) {
        return new MySqlTableWriter(context.within(planned.table().name()), layouts, partitions).create(planned);
    }

    private EmittedObject create(PlannedTable planned) {
        Table table = planned.table();
        TargetName target = planned.name();
        MySqlTableLayout layout = layouts.of(table);
        if (!layout.widened().isEmpty()) {
            context.items().add(MySqlTargetCode.ROW_TOO_WIDE, table.span(), table.name() + ": " + String.join(", ", layout.widened())
                    + " stored as TEXT to keep the row within " + MySqlTableLayout.MAX_ROW_BYTES + " bytes");
        }
        recordNormalisedOptions(table);
        TableStatement statement = new TableStatement();
        for (PlannedTable.PlannedColumn column : planned.columns()) {
            statement.add(column(column, layout.type(column.column().name()), statement));
        }
        if (planned.primaryKey() != null) {
            statement.add("PRIMARY KEY (" + MySqlKeyParts.of(planned.primaryKey().columns(), layout, context,
                    "primary key of " + table.name(), true, planned.primaryKey().span()) + ")");
        }
        for (PlannedTable.Key unique : planned.uniques()) {
            statement.add("UNIQUE KEY " + context.quote(unique.name()) + " (" + MySqlKeyParts.of(unique.columns(), layout, context,
                    "unique key " + unique.name() + " of " + table.name(), true, unique.span()) + ")");
        }
        Column autoIncrement = table.columns().stream().filter(c -> c.identity() != null).findFirst().orElse(null);
        if (planned.autoNumberKey() != null) statement.add("KEY (" + context.quotedColumn(table.name(), planned.autoNumberKey().name()) + ")");
        statement.addChecks(planned.checks(), context);
        String partitionBy = partitions.clause(table, target, layout, statement, context);
        String sql = statement.render("CREATE TABLE " + context.qualified(target), tableOptions(table, autoIncrement) + partitionBy);
        // its keys and checks stay in the table: a MySQL target has no post-data split yet (docs/data-migration.md)
        return new EmittedObject(ObjectKind.TABLE, context.qualified(target), sql, table.span(),
                new TableLoad(TableLoad.copy(planned), null, List.of()));
    }

    /**
     * A binary or case-sensitive collation (a _bin, _BIN2, _cs or _CS_ one: comparison, so also
     * uniqueness, tells case apart) is utf8mb4_bin in the utf8mb4 table, the case-sensitive collation
     * MySQL 8.0 and MariaDB 10.11 both have (accent-sensitive too); other collations take the
     * server's default for utf8mb4 (MySQL's and MariaDB's default collation names differ). MySQL's
     * BINARY attribute ({@code VARCHAR(10) BINARY}) is shorthand for the binary collation.
     */
    private String binaryCollation(Column column, MySqlColumnType type) {
        String collation = column.type().collation();
        boolean binaryAttribute = column.type().has("binary");
        boolean binary = binaryAttribute || Boolean.FALSE.equals(column.type().collationIgnoresCase());
        boolean text = type.kind() == MySqlColumnType.Kind.CHARS || type.kind() == MySqlColumnType.Kind.TEXT;
        if (!binary || !text) return "";
        String written = binaryAttribute ? "BINARY" : "COLLATE " + collation;
        if (!written.equalsIgnoreCase("COLLATE utf8mb4_bin")) {
            context.items().decided(column.span(), "MYSQL-W003", column.name() + ": " + written + " becomes COLLATE utf8mb4_bin");
        }
        return " COLLATE utf8mb4_bin";
    }

    /** A MySQL source's other engine or character set, normalised: a decision in the report, not an item. */
    private void recordNormalisedOptions(Table table) {
        String engine = table.options().get("ENGINE");
        if (engine != null && !engine.equalsIgnoreCase("InnoDB")) {
            context.items().decided(table.span(), "MYSQL-W001", table.name() + ": ENGINE=" + engine
                    + " becomes InnoDB (foreign keys need it)");
        }
        String charset = table.options().get("CHARSET");
        if (charset != null && !charset.equalsIgnoreCase("utf8mb4")) {
            context.items().decided(table.span(), "MYSQL-W002", table.name() + ": CHARSET=" + charset + " becomes utf8mb4");
        }
    }

    private String column(PlannedTable.PlannedColumn planned, MySqlColumnType type, TableStatement statement) {
        Column column = planned.column();
        StringBuilder sql = new StringBuilder(context.quote(planned.name())).append(' ').append(type.spelling())
                .append(binaryCollation(column, type));
        String generated = column.generated() == null ? null : statement.generatedExpression(column, context);
        if (generated != null) {
            sql.append(" GENERATED ALWAYS AS (").append(generated).append(column.generated().stored() ? ") STORED" : ") VIRTUAL");
        }
        if (column.generated() != null && !column.nullable()) {
            // MySQL takes NOT NULL on a generated column, MariaDB does not: the common form leaves it out
            context.items().add(MySqlTargetCode.GENERATED_NOT_NULL, column.span(), column.name()
                    + ": NOT NULL is left out of the generated column (MariaDB rejects it)");
        } else if (!column.nullable() || column.identity() != null) {
            sql.append(" NOT NULL");
        }
        if (column.identity() != null) {
            sql.append(" AUTO_INCREMENT");
            reportIdentityOptions(column);
        } else if (column.generated() == null) {
            String defaultValue = statement.defaultClause(column, context);
            if (defaultValue != null) sql.append(" DEFAULT ").append(defaultValue(column.defaultValue().node(), defaultValue, type));
        }
        String onUpdate = column.onUpdate() == null || column.onUpdate().node() == null ? null
                : context.written(column.onUpdate(), column.span());
        if (onUpdate != null) sql.append(" ON UPDATE ").append(defaultValue(column.onUpdate().node(), onUpdate, type));
        else if (column.onUpdate() != null) statement.commentOut(column.name() + " ON UPDATE " + column.onUpdate().sourceText());
        if (column.invisible()) sql.append(" INVISIBLE");
        if (column.comment() != null && !column.comment().isEmpty()) sql.append(" COMMENT ").append(MySqlLiterals.string(column.comment()));
        return sql.toString();
    }

    /**
     * A default as MySQL takes it: a literal as it is (not on TEXT, BLOB, JSON or geometry, which
     * take only expressions); CURRENT_TIMESTAMP with the column's fractional digits, which MySQL
     * requires to match; anything else as an expression in parentheses (MySQL 8.0.13, MariaDB 10.2).
     */
    private static String defaultValue(SqlNode node, String written, MySqlColumnType type) {
        if (isCurrentTimestamp(node) && isDateTime(type)) {
            int digits = fractionalDigits(type);
            return "CURRENT_TIMESTAMP" + (digits > 0 ? "(" + digits + ")" : "");
        }
        if (isLiteral(node) && (type.takesLiteralDefault() || ((SqlLiteral) unsigned(node)).getValue() == null)) return written;
        return "(" + written + ")";
    }

    private static boolean isLiteral(SqlNode node) {
        return unsigned(node) instanceof SqlLiteral;
    }

    /** A literal under a unary minus or plus is still a literal default (DEFAULT -1). */
    private static SqlNode unsigned(SqlNode node) {
        if (node instanceof SqlCall call && (call.getKind() == SqlKind.MINUS_PREFIX || call.getKind() == SqlKind.PLUS_PREFIX)) {
            return call.operand(0);
        }
        return node;
    }

    private static boolean isCurrentTimestamp(SqlNode node) {
        if (!(node instanceof SqlCall call)) return false;
        String name = call.getOperator().getName().toUpperCase(Locale.ROOT);
        return name.equals("CURRENT_TIMESTAMP") || name.equals("LOCALTIMESTAMP") || name.equals("NOW");
    }

    private static boolean isDateTime(MySqlColumnType type) {
        String name = type.spelling().toLowerCase(Locale.ROOT);
        return name.startsWith("datetime") || name.startsWith("timestamp");
    }

    private static int fractionalDigits(MySqlColumnType type) {
        String name = type.spelling().toLowerCase(Locale.ROOT);
        int open = name.indexOf('(');
        return open < 0 ? 0 : Integer.parseInt(name.substring(open + 1, name.indexOf(')', open)).strip());
    }

    private void reportIdentityOptions(Column column) {
        Identity identity = column.identity();
        List<String> lost = new ArrayList<>();
        if (identity.always()) lost.add("GENERATED ALWAYS (explicit values are accepted)");
        if (identity.increment() != null && identity.increment() != 1) lost.add("INCREMENT BY " + identity.increment());
        if (identity.minValue() != null) lost.add("MINVALUE " + identity.minValue());
        if (identity.maxValue() != null) lost.add("MAXVALUE " + identity.maxValue());
        if (Boolean.TRUE.equals(identity.cycle())) lost.add("CYCLE");
        if (!lost.isEmpty()) {
            context.items().add(MySqlTargetCode.IDENTITY_OPTIONS, column.span(), column.name() + ": AUTO_INCREMENT keeps the start value only, not "
                    + String.join(", ", lost));
        }
    }

    private static String tableOptions(Table table, Column autoIncrement) {
        StringBuilder options = new StringBuilder(" ENGINE=InnoDB DEFAULT CHARSET=utf8mb4");
        Long start = autoIncrement == null ? null : autoIncrement.identity().start();
        if (start != null && start > 1) options.append(" AUTO_INCREMENT=").append(start);
        if (table.comment() != null && !table.comment().isEmpty()) options.append(" COMMENT=").append(MySqlLiterals.string(table.comment()));
        return options.toString();
    }

    /**
     * InnoDB rejects SET DEFAULT, and SET NULL on a NOT NULL column: both are left out (NO ACTION). The source
     * (Oracle, PostgreSQL) accepts SET NULL on a NOT NULL column but fails the parent's change when a child row
     * would have to take NULL, so NO ACTION keeps what happens.
     */
    EmittedObject addForeignKey(PlannedStep.AddForeignKey step) {
        ForeignKey fk = step.foreignKey();
        List<String> unsupported = new ArrayList<>();
        if (fk.onDelete() == ReferentialAction.SET_DEFAULT) unsupported.add("ON DELETE SET DEFAULT");
        if (fk.onUpdate() == ReferentialAction.SET_DEFAULT) unsupported.add("ON UPDATE SET DEFAULT");
        String notNull = fk.columns().stream().filter(c -> step.table().column(c) != null && !step.table().column(c).nullable())
                .findFirst().orElse(null);
        boolean setNullOnNotNull = notNull != null
                && (fk.onDelete() == ReferentialAction.SET_NULL || fk.onUpdate() == ReferentialAction.SET_NULL);
        PlannedStep.AddForeignKey written = step;
        if (!unsupported.isEmpty()) {
            context.items().add(MySqlTargetCode.REFERENTIAL_ACTION, fk.span(), "foreign key " + step.name() + ": "
                    + String.join(", ", unsupported) + " is left out");
        }
        if (setNullOnNotNull) {
            context.items().add(MySqlTargetCode.SET_NULL_ON_NOT_NULL, fk.span(), "foreign key " + step.name() + ": SET NULL on NOT NULL"
                    + " column " + notNull + " is left out");
        }
        if (!unsupported.isEmpty() || setNullOnNotNull) {
            ForeignKey kept = new ForeignKey(fk.name(), fk.columns(), fk.refTable(), fk.refColumns(),
                    kept(fk.onDelete(), setNullOnNotNull), kept(fk.onUpdate(), setNullOnNotNull), false, false, fk.span(),
                    fk.validated());
            written = new PlannedStep.AddForeignKey(step.table(), step.tableName(), kept, step.parent(), step.parentColumns(),
                    step.name(), step.commentedOut());
        }
        return ForeignKeyStatement.of(written, "", true, context);
    }

    /** {@code action}, or null (NO ACTION) where InnoDB rejects it. */
    private static ReferentialAction kept(ReferentialAction action, boolean setNullOnNotNull) {
        return action == ReferentialAction.SET_DEFAULT || setNullOnNotNull && action == ReferentialAction.SET_NULL ? null : action;
    }
}
