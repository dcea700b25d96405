package org.schemashift.source.sqlserver;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlJoin;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.util.SqlBasicVisitor;
import org.apache.calcite.sql.util.SqlShuttle;
import org.apache.calcite.util.NlsString;
import org.schemashift.model.ObjectName;
import org.schemashift.model.sql.CanonicalOperators;
import org.schemashift.model.sql.PseudoFunctions;

/**
 * Names written as strings in a catalog lookup ({@code WHERE TABLE_NAME = 'Customer'}, {@code sys.columns ... name = 'Id'},
 * {@code TABLE_SCHEMA = 'dbo'}): SQL Server holds names as written and compares them without case, the converted schema
 * holds them as the conversion names them (folded, renamed, shortened). A string compared (=, <>, IN) with a name column
 * of a sys view or an INFORMATION_SCHEMA view in the FROM of the same query becomes the name the target gives that
 * object, column or schema ({@link CanonicalOperators#OBJECT_NAME_IN_TARGET} ...); the default schema {@code dbo} is
 * the session's current schema, where the conversion puts its objects. A column's table is the one the same query names
 * by such a string or by {@code OBJECT_ID('t')}. Names held in variables are compared as they are.
 */
final class TsqlCatalogNames {
    private enum Kind { OBJECT, COLUMN, SCHEMA }

    /** The name columns of the INFORMATION_SCHEMA views (lower case). */
    private static final Map<String, Kind> INFORMATION_SCHEMA_NAMES = Map.of("table_name", Kind.OBJECT,
            "routine_name", Kind.OBJECT, "view_name", Kind.OBJECT, "column_name", Kind.COLUMN, "table_schema", Kind.SCHEMA,
            "routine_schema", Kind.SCHEMA, "view_schema", Kind.SCHEMA, "constraint_schema", Kind.SCHEMA, "schema_name", Kind.SCHEMA);
    /** The {@code name} column of the sys views that name objects, columns or schemas the conversion names. */
    private static final Map<String, Kind> SYS_NAMES = Map.of("objects", Kind.OBJECT, "tables", Kind.OBJECT,
            "views", Kind.OBJECT, "procedures", Kind.OBJECT, "schemas", Kind.SCHEMA, "columns", Kind.COLUMN);

    private TsqlCatalogNames() {
    }

    /** {@code node} with each such string replaced by the target's name; {@code replaced} gets the strings replaced. */
    static SqlNode inTarget(SqlNode node, Set<String> replaced) {
        return node.accept(new SqlShuttle() {
            @Override
            public SqlNode visit(SqlCall call) {
                SqlNode visited = super.visit(call);
                return visited instanceof SqlSelect select ? inSelect(select, replaced) : visited;
            }
        });
    }

    private static SqlNode inSelect(SqlSelect select, Set<String> replaced) {
        Map<String, Map<String, Kind>> sources = new LinkedHashMap<>();
        if (select.getFrom() != null) sources(select.getFrom(), sources);
        if (sources.isEmpty()) return select;
        Lookup lookup = new Lookup(sources, replaced);
        if (select.getWhere() != null) lookup.named(select.getWhere());
        SqlNode from = select.getFrom().accept(lookup.rewriter());
        SqlNode where = select.getWhere() == null ? null : select.getWhere().accept(lookup.rewriter());
        if (from == select.getFrom() && where == select.getWhere()) return select;
        List<SqlNode> operands = new ArrayList<>(select.getOperandList());
        operands.set(2, from);
        operands.set(3, where);
        return select.getOperator().createCall(null, select.getParserPosition(), operands.toArray(SqlNode[]::new));
    }

    /** The catalog views among the FROM items, by lower-case alias (or view name), with their name columns. */
    private static void sources(SqlNode from, Map<String, Map<String, Kind>> sources) {
        if (from instanceof SqlJoin join) {
            sources(join.getLeft(), sources);
            sources(join.getRight(), sources);
            return;
        }
        SqlNode item = from.getKind() == SqlKind.AS ? ((SqlCall) from).operand(0) : from;
        if (!(item instanceof SqlIdentifier id) || id.names.size() < 2) return;
        String alias = (from.getKind() == SqlKind.AS ? ((SqlCall) from).operand(1).toString() : id.names.get(id.names.size() - 1))
                .toLowerCase(Locale.ROOT);
        String owner = id.names.get(id.names.size() - 2).toLowerCase(Locale.ROOT);
        String view = id.names.get(id.names.size() - 1).toLowerCase(Locale.ROOT);
        if (owner.equals("information_schema")) {
            sources.put(alias, INFORMATION_SCHEMA_NAMES);
        } else if (owner.equals("sys") && SYS_NAMES.containsKey(view)) {
            sources.put(alias, Map.of("name", SYS_NAMES.get(view)));
        }
    }

    /** The name columns of one query, the table and schema it names, and the rewrite of its strings. */
    private static final class Lookup {
        private final Map<String, Map<String, Kind>> sources;
        private final Set<String> replaced;
        private String table;
        private String schema;

        Lookup(Map<String, Map<String, Kind>> sources, Set<String> replaced) {
            this.sources = sources;
            this.replaced = replaced;
        }

        /** Reads the table and schema the condition names: a string compared with an object or schema name, or OBJECT_ID('t'). */
        void named(SqlNode condition) {
            condition.accept(new SqlBasicVisitor<Void>() {
                @Override
                public Void visit(SqlCall call) {
                    if (call.getKind() == SqlKind.EQUALS) {
                        Kind kind = kind(column(call));
                        String text = text(call.operand(0)) != null ? text(call.operand(0)) : text(call.operand(1));
                        if (kind == Kind.OBJECT && text != null) table = text;
                        if (kind == Kind.SCHEMA && text != null) schema = text;
                    } else if (PseudoFunctions.isCall(call, "OBJECT_ID") && text(call.operand(0)) != null) {
                        ObjectName named = SqlServerNames.objectNamed(text(call.operand(0)));
                        if (named != null && table == null) {
                            table = named.name();
                            schema = named.schema();
                        }
                    }
                    return call instanceof SqlSelect ? null : super.visit(call);
                }
            });
        }

        SqlShuttle rewriter() {
            return new SqlShuttle() {
                @Override
                public SqlNode visit(SqlCall call) {
                    if (call instanceof SqlSelect) return call;
                    boolean comparison = call.getKind() == SqlKind.EQUALS || call.getKind() == SqlKind.NOT_EQUALS
                            || call.getKind() == SqlKind.IN || call.getKind() == SqlKind.NOT_IN;
                    Kind kind = comparison ? kind(column(call)) : null;
                    if (kind == null) return super.visit(call);
                    List<SqlNode> operands = new ArrayList<>(call.getOperandList());
                    for (int i = 0; i < operands.size(); i++) operands.set(i, named(operands.get(i), kind));
                    return call.getOperator().createCall(call.getFunctionQuantifier(), call.getParserPosition(), operands);
                }
            };
        }

        private SqlNode named(SqlNode operand, Kind kind) {
            if (operand instanceof SqlNodeList list) {
                SqlNodeList names = new SqlNodeList(list.getParserPosition());
                list.forEach(item -> names.add(named(item, kind)));
                return names;
            }
            String text = text(operand);
            if (text == null) return operand;
            replaced.add(text);
            SqlParserPos pos = operand.getParserPosition();
            return switch (kind) {
                case OBJECT -> call(CanonicalOperators.OBJECT_NAME_IN_TARGET, pos, text, defaultSchema(schema) ? null : schema);
                case COLUMN -> table == null ? call(CanonicalOperators.COLUMN_NAME_IN_TARGET, pos, text)
                        : call(CanonicalOperators.COLUMN_NAME_IN_TARGET, pos, text, table, defaultSchema(schema) ? null : schema);
                case SCHEMA -> defaultSchema(text) ? SqlStdOperatorTable.CURRENT_SCHEMA.createCall(pos)
                        : call(CanonicalOperators.SCHEMA_NAME_IN_TARGET, pos, text);
            };
        }

        /** The catalog name column compared in {@code call} (its first operand that is a column), else null. */
        private SqlIdentifier column(SqlCall call) {
            for (SqlNode operand : call.getOperandList()) {
                if (operand instanceof SqlIdentifier id) return id;
            }
            return null;
        }

        /** What the column names: by its qualifier's view, or the first catalog view in FROM that has it. */
        private Kind kind(SqlIdentifier column) {
            if (column == null || column.names.size() > 2) return null;
            String name = column.names.get(column.names.size() - 1).toLowerCase(Locale.ROOT);
            if (column.names.size() == 2) {
                Map<String, Kind> names = sources.get(column.names.get(0).toLowerCase(Locale.ROOT));
                return names == null ? null : names.get(name);
            }
            return sources.values().stream().map(names -> names.get(name)).filter(java.util.Objects::nonNull).findFirst().orElse(null);
        }
    }

    private static boolean defaultSchema(String schema) {
        return schema == null || schema.isEmpty() || schema.equalsIgnoreCase(SqlServerNames.DEFAULT_SCHEMA);
    }

    /** {@code op('a', 'b', ...)} of the strings up to the first null. */
    private static SqlNode call(org.apache.calcite.sql.SqlFunction op, SqlParserPos pos, String... texts) {
        List<SqlNode> operands = new ArrayList<>();
        for (String text : texts) {
            if (text == null) break;
            operands.add(SqlLiteral.createCharString(text, pos));
        }
        return op.createCall(pos, operands);
    }

    private static String text(SqlNode node) {
        return node instanceof SqlLiteral literal && literal.getValue() instanceof NlsString s ? s.getValue() : null;
    }
}
