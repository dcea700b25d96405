package org.schemashift.convert;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.calcite.sql.JoinType;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.SqlDelete;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlJoin;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlMerge;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlOrderBy;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.SqlUnknownLiteral;
import org.apache.calcite.sql.SqlUpdate;
import org.apache.calcite.sql.SqlUnresolvedFunction;
import org.apache.calcite.sql.SqlWith;
import org.apache.calcite.sql.SqlWithItem;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.type.SqlTypeFamily;
import org.apache.calcite.sql.type.SqlTypeName;
import org.schemashift.model.sql.DataChanges;
import org.schemashift.model.sql.HierarchicalQuery;
import org.schemashift.model.sql.PseudoFunctions;

/**
 * The column-type resolver: one pass over a source expression or query that gives every node
 * the family of its source type and every column reference the FROM-clause relation it belongs
 * to. Columns come from the catalog ({@link SourceRelations}) through the FROM clause's tables,
 * aliases, derived tables and WITH items; function results come from the {@code returns} of the
 * pair's function rules. Each node is typed once, so the cost is linear in the tree's size.
 * Column references are also told never NULL where the catalog declares the column NOT NULL (or in
 * a primary key) and its relation is not the optional side of an outer join (ANSI or Oracle (+)).
 * An ORDER BY's keys see the FROM clause of the query it orders.
 */
final class ExpressionTypes {
    private final SourceRelations relations;
    private final FunctionRules functions;
    private final UserRoutines routines;
    private final Map<SqlNode, TypeFamily> types = new IdentityHashMap<>();
    private final Map<SqlIdentifier, String> owners = new IdentityHashMap<>();
    /** The table or view each column reference reads, through its alias: its qualified name. */
    private final Map<SqlIdentifier, List<String>> tablesRead = new IdentityHashMap<>();
    private final Set<SqlNode> notNullColumns = Collections.newSetFromMap(new IdentityHashMap<>());
    /** The scope of each SELECT's FROM clause, which the keys of an ORDER BY around it see. */
    private final Map<SqlSelect, Scope> selectScopes = new IdentityHashMap<>();

    ExpressionTypes(SourceRelations relations, FunctionRules functions) {
        this(relations, functions, UserRoutines.NONE);
    }

    /** {@code routines}: the input's routines, whose calls have the family of their declared result. */
    ExpressionTypes(SourceRelations relations, FunctionRules functions, UserRoutines routines) {
        this.relations = relations;
        this.functions = functions;
        this.routines = routines;
    }

    /**
     * The names visible to column references: FROM-clause name (upper case) → column families and
     * the columns (lower case) never NULL there, the WITH items visible as tables (upper case
     * name → their columns), and the table or view of the input each FROM-clause name reads (an alias's table).
     */
    record Scope(Scope parent, Map<String, Map<String, TypeFamily>> relations, Map<String, Set<String>> notNull,
                 Map<String, RelationColumns> withItems, Map<String, List<String>> tables) {
        static Scope of(Scope parent) {
            return new Scope(parent, new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>());
        }

        /** The columns of the WITH item {@code name} visible here, or null. */
        RelationColumns withItem(List<String> name) {
            if (name.size() != 1) return null;
            for (Scope s = this; s != null; s = s.parent) {
                RelationColumns columns = s.withItems.get(name.get(0).toUpperCase(Locale.ROOT));
                if (columns != null) return columns;
            }
            return null;
        }

        /** The column {@code id} names: its relation, family and whether it is never NULL there; or null. */
        Resolved resolve(SqlIdentifier id) {
            String column = SourceRelations.key(id.names.get(id.names.size() - 1));
            for (Scope s = this; s != null; s = s.parent) {
                if (id.names.size() >= 2) {
                    String qualifier = id.names.get(id.names.size() - 2).toUpperCase(Locale.ROOT);
                    Map<String, TypeFamily> columns = s.relations.get(qualifier);
                    if (columns != null) return s.resolved(qualifier, column, columns.getOrDefault(column, TypeFamily.UNKNOWN));
                } else {
                    for (Map.Entry<String, Map<String, TypeFamily>> r : s.relations.entrySet()) {
                        TypeFamily t = r.getValue().get(column);
                        if (t != null) return s.resolved(r.getKey(), column, t);
                    }
                }
            }
            return null;
        }

        private Resolved resolved(String relation, String column, TypeFamily family) {
            return new Resolved(relation, family, notNull.getOrDefault(relation, Set.of()).contains(column),
                    tables.getOrDefault(relation, List.of(relation)));
        }

        /** The relations that own the (+)-marked columns of {@code where}: an Oracle outer join's optional side. */
        void optionalSides(SqlNode where) {
            if (!(where instanceof SqlCall call)) return;
            if (PseudoFunctions.isCall(call, PseudoFunctions.ORACLE_OUTER_JOIN)) {
                Resolved column = call.operand(0) instanceof SqlIdentifier id ? resolve(id) : null;
                if (column != null) notNull.put(column.relation(), Set.of());
                return;
            }
            for (SqlNode operand : call.getOperandList()) {
                optionalSides(operand);
            }
        }
    }

    /** A column reference resolved: the FROM-clause name owning it, its family, whether it is never NULL there, the table it reads. */
    record Resolved(String relation, TypeFamily family, boolean notNull, List<String> table) {
    }

    /** Types {@code root}; {@code scope} holds the relations visible from outside (a table for checks). */
    void annotate(SqlNode root, Scope scope) {
        type(root, scope);
    }

    TypeFamily typeOf(SqlNode node) {
        return types.getOrDefault(node, TypeFamily.UNKNOWN);
    }

    String ownerOf(SqlIdentifier id) {
        return owners.get(id);
    }

    /** The qualified name of the table or view column {@code id} is read from (through an alias), null when unresolved. */
    List<String> tableRead(SqlIdentifier id) {
        return tablesRead.get(id);
    }

    /** True when {@code id} is a column that is never NULL where it is read. */
    boolean notNull(SqlIdentifier id) {
        return notNullColumns.contains(id);
    }

    /** Gives {@code rewritten} the family its source node had, so later rules still see it. */
    void carry(SqlNode source, SqlNode rewritten) {
        if (source != rewritten && rewritten != null && types.containsKey(source)) {
            types.put(rewritten, types.get(source));
            if (notNullColumns.contains(source)) notNullColumns.add(rewritten);
        }
    }

    /** The output columns of a query with their families and those never NULL (names upper case). */
    RelationColumns outputRelation(SqlNode query) {
        Set<String> notNull = new HashSet<>();
        SqlSelect select = plainSelect(query);
        if (select != null) {
            for (SqlNode item : select.getSelectList()) {
                String name = outputName(item);
                if (name != null && NotNullExpressions.test(item, this::notNull)) notNull.add(name);
            }
        }
        return new RelationColumns(outputColumns(query), notNull);
    }

    /** The SELECT whose list names a query's output, a set operation's rows being any branch's: null then. */
    private static SqlSelect plainSelect(SqlNode query) {
        SqlNode q = query;
        while (true) {
            if (q instanceof SqlOrderBy o) q = o.query;
            else if (q instanceof SqlWith w) q = w.body;
            else if (q instanceof HierarchicalQuery h) q = h.query();
            else return q instanceof SqlSelect select ? select : null;
        }
    }

    private static String outputName(SqlNode item) {
        if (item instanceof SqlCall c && c.getKind() == SqlKind.AS) return ((SqlIdentifier) c.operand(1)).getSimple().toUpperCase(Locale.ROOT);
        return item instanceof SqlIdentifier id && !id.isStar() ? id.names.get(id.names.size() - 1).toUpperCase(Locale.ROOT) : null;
    }

    /** The output columns of a query: name (upper case) → family. Unnamed expressions are left out. */
    Map<String, TypeFamily> outputColumns(SqlNode query) {
        SqlNode q = query;
        while (true) {
            if (q instanceof SqlOrderBy o) q = o.query;
            else if (q instanceof SqlWith w) q = w.body;
            else if (q instanceof HierarchicalQuery h) q = h.query();
            else if (q instanceof SqlCall c && c.getKind().belongsTo(SqlKind.SET_QUERY)) q = c.operand(0);
            else break;
        }
        Map<String, TypeFamily> out = new LinkedHashMap<>();
        if (!(q instanceof SqlSelect select)) return out;
        for (SqlNode item : select.getSelectList()) {
            String name = outputName(item);
            SqlNode expr = item instanceof SqlCall c && c.getKind() == SqlKind.AS ? c.operand(0) : item;
            if (name != null) out.put(name, typeOf(expr));
        }
        return out;
    }

    private TypeFamily type(SqlNode node, Scope scope) {
        if (node == null) return TypeFamily.UNKNOWN;
        TypeFamily known = types.get(node);
        if (known != null) return known;
        TypeFamily t = compute(node, scope);
        types.put(node, t);
        return t;
    }

    private TypeFamily compute(SqlNode node, Scope scope) {
        if (node instanceof SqlLiteral literal) return literal(literal);
        if (node instanceof SqlIdentifier id) return identifier(id, scope);
        if (node instanceof SqlNodeList list) {
            TypeFamily first = TypeFamily.UNKNOWN;
            for (SqlNode n : list) {
                TypeFamily t = type(n, scope);
                if (first == TypeFamily.UNKNOWN) first = t;
            }
            return first;
        }
        if (node instanceof SqlDataTypeSpec spec) return TypeFamily.of(spec);
        if (node instanceof SqlSelect select) return select(select, scope);
        if (node instanceof SqlWith with) return with(with, scope);
        if (node instanceof SqlOrderBy orderBy) return orderBy(orderBy, scope);
        if (node instanceof HierarchicalQuery h) return hierarchical(h, scope);
        if (DataChanges.isStatement(node)) return dataChange((SqlCall) node, scope);
        if (node instanceof SqlCall call) return call(call, scope);
        return TypeFamily.UNKNOWN;
    }

    private static TypeFamily literal(SqlLiteral literal) {
        if (literal instanceof SqlUnknownLiteral unknown) {
            // DATE '...' / TIMESTAMP '...' as Calcite's parser leaves them until validation
            return unknown.tag.equalsIgnoreCase("DATE") ? TypeFamily.DATETIME : TypeFamily.ofName(unknown.tag);
        }
        SqlTypeName name = literal.getTypeName();
        if (name == SqlTypeName.NULL || name == SqlTypeName.SYMBOL) return TypeFamily.UNKNOWN;
        if (name == SqlTypeName.DATE) return TypeFamily.DATETIME;
        if (name.getFamily() == SqlTypeFamily.TIMESTAMP) return TypeFamily.TIMESTAMP;
        if (SqlTypeName.CHAR_TYPES.contains(name)) return TypeFamily.STRING;
        if (SqlTypeName.NUMERIC_TYPES.contains(name)) return TypeFamily.NUMBER;
        if (SqlTypeName.INTERVAL_TYPES.contains(name)) return TypeFamily.INTERVAL;
        if (name == SqlTypeName.BOOLEAN) return TypeFamily.BOOLEAN;
        return TypeFamily.UNKNOWN;
    }

    private TypeFamily identifier(SqlIdentifier id, Scope scope) {
        if (id.isStar()) return TypeFamily.UNKNOWN;
        Resolved found = scope == null ? null : scope.resolve(id);
        if (found != null) {
            owners.put(id, found.relation());
            tablesRead.put(id, found.table());
            if (found.notNull()) notNullColumns.add(id);
            return found.family();
        }
        // Not a column: a niladic function written without parentheses (SYSDATE, seq.NEXTVAL).
        return functions.returns(id.names.get(id.names.size() - 1), List.of());
    }

    private TypeFamily select(SqlSelect select, Scope outer) {
        Scope scope = Scope.of(outer);
        from(select.getFrom(), scope, false);
        scope.optionalSides(select.getWhere());
        selectScopes.put(select, scope);
        type(select.getSelectList(), scope);
        type(select.getWhere(), scope);
        type(select.getGroup(), scope);
        type(select.getHaving(), scope);
        type(select.getOrderList(), scope);
        SqlNode first = select.getSelectList().get(0);
        return typeOf(first instanceof SqlCall c && c.getKind() == SqlKind.AS ? c.operand(0) : first);
    }

    /**
     * Adds the FROM clause's relations to {@code scope}, typing derived tables and join conditions;
     * the relations of an {@code optional} side (of an outer join) may give NULL for any column.
     */
    private void from(SqlNode from, Scope scope, boolean optional) {
        if (from == null) return;
        if (from instanceof SqlJoin join) {
            JoinType joinType = join.getJoinType();
            from(join.getLeft(), scope, optional || joinType == JoinType.RIGHT || joinType == JoinType.FULL);
            from(join.getRight(), scope, optional || joinType == JoinType.LEFT || joinType == JoinType.FULL);
            type(join.getCondition(), scope);
        } else if (from instanceof SqlIdentifier table) {
            addRelation(scope, table.names.get(table.names.size() - 1), columnsOf(table, scope), optional);
            scope.tables().put(table.names.get(table.names.size() - 1).toUpperCase(Locale.ROOT), table.names);
        } else if (from instanceof SqlCall as && as.getKind() == SqlKind.AS) {
            SqlNode source = as.operand(0);
            String alias = ((SqlIdentifier) as.operand(1)).getSimple();
            if (source instanceof SqlIdentifier table) {
                addRelation(scope, alias, columnsOf(table, scope), optional);
                scope.tables().put(alias.toUpperCase(Locale.ROOT), table.names);
            } else {
                type(source, scope.parent());
                addRelation(scope, alias, outputRelation(source), optional);
            }
        } else {
            type(from, scope.parent());
        }
    }

    /** A WITH item in scope, else the catalog's table or view. */
    private RelationColumns columnsOf(SqlIdentifier table, Scope scope) {
        RelationColumns withItem = scope.withItem(table.names);
        return withItem != null ? withItem : new RelationColumns(relations.columns(table.names), relations.notNullColumns(table.names));
    }

    private static void addRelation(Scope scope, String name, RelationColumns columns, boolean optional) {
        Map<String, TypeFamily> byLowerName = new LinkedHashMap<>();
        Set<String> notNull = new HashSet<>();
        if (columns.families() != null) columns.families().forEach((c, t) -> byLowerName.put(SourceRelations.key(c), t));
        if (!optional) columns.notNull().forEach(c -> notNull.add(SourceRelations.key(c)));
        scope.relations().put(name.toUpperCase(Locale.ROOT), byLowerName);
        scope.notNull().put(name.toUpperCase(Locale.ROOT), notNull);
    }

    private TypeFamily with(SqlWith with, Scope outer) {
        Scope scope = Scope.of(outer);
        for (SqlNode item : with.withList) {
            SqlWithItem w = (SqlWithItem) item;
            type(w.query, scope);
            RelationColumns columns = outputRelation(w.query);
            if (w.columnList != null) {
                columns = columns.renamed(w.columnList.stream().map(c -> ((SqlIdentifier) c).getSimple()).toList());
            }
            scope.withItems().put(w.name.getSimple().toUpperCase(Locale.ROOT), columns);
        }
        return type(with.body, scope);
    }

    /** The ordered query, then its keys in the scope of its FROM clause (a set operation's keys name output columns only). */
    private TypeFamily orderBy(SqlOrderBy orderBy, Scope outer) {
        TypeFamily family = type(orderBy.query, outer);
        SqlSelect select = plainSelect(orderBy.query);
        Scope keys = select == null ? null : selectScopes.get(select);
        type(orderBy.orderList, keys == null ? Scope.of(outer) : keys);
        type(orderBy.offset, outer);
        type(orderBy.fetch, outer);
        return family;
    }

    private TypeFamily hierarchical(HierarchicalQuery h, Scope outer) {
        Scope scope = Scope.of(outer);
        from(h.query().getFrom(), scope, false);
        type(h.startWith(), scope);
        type(h.connectBy(), scope);
        return select(h.query(), outer);
    }

    /**
     * A data change's values and conditions see the target table (by its alias when it has one) and
     * a MERGE's source; its names are not typed. An INSERT's values see no table.
     */
    private TypeFamily dataChange(SqlCall statement, Scope outer) {
        Scope scope = Scope.of(outer);
        if (statement instanceof SqlUpdate u) {
            from(aliased(u.getTargetTable(), u.getAlias()), scope, false);
        } else if (statement instanceof SqlDelete d) {
            from(aliased(d.getTargetTable(), d.getAlias()), scope, false);
        } else if (statement instanceof SqlMerge m) {
            from(aliased(m.getTargetTable(), m.getAlias()), scope, false);
            from(m.getSourceTableRef(), scope, false);
        }
        List<SqlNode> operands = statement.getOperandList();
        for (int i = 0; i < operands.size(); i++) {
            if (!DataChanges.namesOperand(statement, i)) type(operands.get(i), scope);
        }
        return TypeFamily.UNKNOWN;
    }

    private static SqlNode aliased(SqlNode table, SqlIdentifier alias) {
        return alias == null ? table : SqlStdOperatorTable.AS.createCall(alias.getParserPosition(), table, alias);
    }

    private TypeFamily call(SqlCall call, Scope scope) {
        List<TypeFamily> operands = new ArrayList<>(call.operandCount());
        for (SqlNode operand : call.getOperandList()) {
            operands.add(type(operand, scope));
        }
        SqlKind kind = call.getKind();
        switch (kind) {
            case CAST:
                return operands.size() > 1 ? operands.get(1) : TypeFamily.UNKNOWN;
            case PLUS:
                return plus(operands.get(0), operands.get(1));
            case MINUS:
                return minus(operands.get(0), operands.get(1));
            case TIMES, DIVIDE, MOD, MINUS_PREFIX, PLUS_PREFIX, EXTRACT:
                return TypeFamily.NUMBER;
            case CASE:
                return firstKnown(operands.subList(2, operands.size()));
            case AS, OVER:
                return operands.get(0);
            case SCALAR_QUERY:
                return operands.get(0);
            default:
                break;
        }
        if (kind.belongsTo(SqlKind.COMPARISON) || kind == SqlKind.AND || kind == SqlKind.OR || kind == SqlKind.NOT
                || kind == SqlKind.IS_NULL || kind == SqlKind.IS_NOT_NULL || kind == SqlKind.LIKE || kind == SqlKind.IN
                || kind == SqlKind.NOT_IN || kind == SqlKind.EXISTS || kind == SqlKind.BETWEEN) {
            return TypeFamily.BOOLEAN;
        }
        if (call.getOperator().getName().equals("||")) return TypeFamily.STRING;
        String name = call.getOperator() instanceof org.apache.calcite.sql.SqlFunction f && f.getSqlIdentifier() != null
                ? String.join(".", f.getSqlIdentifier().names) : call.getOperator().getName();
        TypeFamily result = functions.returns(name, operands);
        if (result != TypeFamily.UNKNOWN || !(call.getOperator() instanceof SqlUnresolvedFunction f)) return result;
        return routines.returns(f.getSqlIdentifier() == null ? List.of(f.getName()) : f.getSqlIdentifier().names);
    }

    /** Oracle: date + number is a date (days); interval arithmetic keeps the date's type. */
    private static TypeFamily plus(TypeFamily left, TypeFamily right) {
        if (left.isTemporal()) return right == TypeFamily.NUMBER ? TypeFamily.DATETIME : left;
        if (right.isTemporal()) return left == TypeFamily.NUMBER ? TypeFamily.DATETIME : right;
        return left == TypeFamily.NUMBER && right == TypeFamily.NUMBER ? TypeFamily.NUMBER : TypeFamily.UNKNOWN;
    }

    /** Oracle: date - date is a number of days; timestamp - timestamp an interval; date - number a date. */
    private static TypeFamily minus(TypeFamily left, TypeFamily right) {
        if (left == TypeFamily.DATETIME && right == TypeFamily.DATETIME) return TypeFamily.NUMBER;
        if (left.isTemporal() && right.isTemporal()) return TypeFamily.INTERVAL;
        if (left.isTemporal()) return right == TypeFamily.NUMBER ? TypeFamily.DATETIME : left;
        return left == TypeFamily.NUMBER && right == TypeFamily.NUMBER ? TypeFamily.NUMBER : TypeFamily.UNKNOWN;
    }

    private static TypeFamily firstKnown(List<TypeFamily> families) {
        return families.stream().filter(f -> f != TypeFamily.UNKNOWN).findFirst().orElse(TypeFamily.UNKNOWN);
    }
}
