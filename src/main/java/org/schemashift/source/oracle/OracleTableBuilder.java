package org.schemashift.source.oracle;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.antlr.v4.runtime.Token;
import org.schemashift.model.ActionItem;
import org.schemashift.model.CheckConstraint;
import org.schemashift.model.Column;
import org.schemashift.model.ForeignKey;
import org.schemashift.model.ObjectName;
import org.schemashift.model.Partitioning;
import org.schemashift.model.PrimaryKey;
import org.schemashift.model.SourceSpan;
import org.schemashift.model.Table;
import org.schemashift.model.UniqueConstraint;
import org.schemashift.source.antlr.SourcePositions;
import org.schemashift.source.antlr.SyntaxError;
import org.schemashift.source.oracle.grammar.OracleParser.*;

/**
 * CREATE TABLE → {@link Table}. Table options: GLOBAL TEMPORARY ... ON COMMIT is kept in the
 * options ({@link Table#GLOBAL_TEMPORARY_OPTION}) for the target to choose its closest construct;
 * ORGANIZATION EXTERNAL raises an item (the table is built with its columns); partitioning is kept
 * where a target can recreate it ({@link OraclePartitioningBuilder}) and reported otherwise; physical attributes raise one INFO item per statement (see OracleDdlBuilder).
 * CREATE TABLE ... AS SELECT without a column list cannot be typed from the script: it is
 * reported by the caller.
 */
final class OracleTableBuilder {

    private final SourcePositions positions;
    private final OracleColumnBuilder columns;
    private final OracleConstraintBuilder constraints;
    private final List<ActionItem> notes;
    private final OraclePartitioningBuilder partitionings;

    OracleTableBuilder(SourcePositions positions, OracleColumnBuilder columns, OracleConstraintBuilder constraints,
                       OraclePartitioningBuilder partitionings, List<ActionItem> notes) {
        this.positions = positions;
        this.partitionings = partitionings;
        this.columns = columns;
        this.constraints = constraints;
        this.notes = notes;
    }

    Table build(CreateTableContext ctx) {
        ObjectName name = OracleNames.objectName(ctx.tableName());
        SourceSpan span = positions.statementSpan();
        List<Column> columnList = new ArrayList<>();
        List<Object> built = new ArrayList<>();
        for (RelationalPropertyContext property : ctx.relationalProperty()) {
            if (property instanceof ColumnElementContext c) {
                OracleColumnBuilder.BuiltColumn column = columns.build(c.columnDefinition());
                if (column.column().type() == null && ctx.query() == null) {
                    Token at = c.columnDefinition().getStart();
                    throw new SyntaxError(at.getLine(), at.getCharPositionInLine() + 1, "expected a data type for column "
                            + column.column().name() + " (only CREATE TABLE ... AS SELECT may leave it out)");
                }
                columnList.add(column.column());
                built.addAll(column.constraints());
            } else if (property instanceof ConstraintElementContext c) {
                Object constraint = constraints.build(c.outOfLineConstraint());
                if (constraint != null) built.add(constraint);
            }
        }
        PrimaryKey primaryKey = null;
        List<UniqueConstraint> uniques = new ArrayList<>();
        List<ForeignKey> foreignKeys = new ArrayList<>();
        List<CheckConstraint> checks = new ArrayList<>();
        for (Object constraint : built) {
            if (constraint instanceof PrimaryKey pk) primaryKey = pk;
            else if (constraint instanceof UniqueConstraint u) uniques.add(u);
            else if (constraint instanceof ForeignKey f) foreignKeys.add(f);
            else if (constraint instanceof CheckConstraint c) checks.add(c);
        }
        if (primaryKey != null) {
            Set<String> keyColumns = Set.copyOf(primaryKey.columns());
            columnList.replaceAll(c -> keyColumns.contains(c.name()) && c.nullable() ? c.withNullable(false) : c);
        }
        Map<String, String> options = new LinkedHashMap<>();
        boolean globalTemporary = ctx.GLOBAL() != null || ctx.PRIVATE() != null;
        String onCommit = "DELETE ROWS";
        Partitioning partitioning = null;
        for (TableOptionContext option : ctx.tableOption()) {
            if (option instanceof OnCommitOptionContext c) {
                onCommit = c.PRESERVE() != null ? "PRESERVE ROWS" : "DELETE ROWS";
            } else if (option instanceof ExternalOrganizationContext) {
                notes.add(OracleCode.EXTERNAL_TABLE.at(positions.span(option), "table " + name + " reads an external file"));
            } else if (option instanceof OrganizationOptionContext o && o.INDEX() != null) {
                options.put("ORGANIZATION", "INDEX");
            } else if (option instanceof PartitionOptionContext p) {
                partitioning = partitionings.build(p.partitionClause());
                if (partitioning == null) {
                    notes.add(OracleCode.PARTITIONING.at(positions.span(option), "table " + name + ": "
                            + oneLine(positions.text(p.partitionClause()))));
                }
            }
        }
        if (globalTemporary) {
            options.put(Table.GLOBAL_TEMPORARY_OPTION, onCommit);
            notes.add(OracleCode.GLOBAL_TEMPORARY.at(span, "table " + name + " ON COMMIT " + onCommit));
        }
        return new Table(name, columnList, primaryKey, uniques, foreignKeys, checks, List.of(), null, options, partitioning,
                globalTemporary, span);
    }

    private static String oneLine(String text) {
        String line = text.replaceAll("\\s+", " ");
        return line.length() > 200 ? line.substring(0, 200) + " ..." : line;
    }
}
