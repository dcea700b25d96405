package org.schemashift.emit;

import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.ArrayList;
import java.util.Locale;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlFunction;
import org.apache.calcite.sql.SqlFunctionCategory;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlOrderBy;
import org.apache.calcite.sql.SqlUnresolvedFunction;
import org.schemashift.plan.Renames;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlJoin;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.util.SqlShuttle;
import org.schemashift.model.ObjectName;
import org.schemashift.plan.TargetName;
import org.schemashift.plan.TargetNaming;

/**
 * Gives every name in an expression tree its target spelling (folded and shortened by the naming
 * policy) and marks the parts that need quotes. Calcite's writer quotes a name only when its
 * position says it was quoted, so function names, which come from rules, are written as they are.
 * A table in a FROM clause that the plan renamed (two source tables that fold alike: Oracle
 * {@code "orders"} and {@code ORDERS}, or a user's rename rule) is written by its target name,
 * aliased as its folded name when it has no alias, so the query's qualified columns still reach it.
 * Where the user's rules rename something, each column reference is resolved through the
 * {@link ReferenceScope}s of the queries around it and takes the name of the column it resolves to
 * (a bare name no relation in scope has is a variable or parameter, and is only folded); a renamed
 * column selected without an alias keeps its source name as the alias, so a query's result columns
 * (a view's, a cursor's) are what the code reading them expects; a call of a renamed routine calls it by
 * its new name.
 */
public final class IdentifierFolder extends SqlShuttle {
    private final TargetNaming naming;
    private final Function<ObjectName, TargetName> renamed;
    private final Renames renames;
    /** Identifiers already written in target names, not to be folded again. */
    private final Set<SqlIdentifier> written = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Identifiers that name a relation (a data change's target): written by the relation's target name. */
    private final Set<SqlIdentifier> relations = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Bare names in an ORDER BY that name a result column of its query, not a column of its FROM items. */
    private final Set<SqlIdentifier> resultNameRefs = Collections.newSetFromMap(new IdentityHashMap<>());
    private ReferenceScope scope;

    public IdentifierFolder(TargetNaming naming) {
        this(naming, source -> null, ReferenceScope.NONE);
    }

    /**
     * {@code renamed}: the target name of a source relation the plan did not name by folding, else
     * null; {@code scope}: the relations the tree's column references can name from outside it.
     */
    public IdentifierFolder(TargetNaming naming, Function<ObjectName, TargetName> renamed, ReferenceScope scope) {
        this.naming = naming;
        this.renamed = renamed;
        this.renames = naming.renames();
        this.scope = scope;
    }

    /**
     * A folder for the parts of the data change {@code statement} (written part by part): its
     * clauses see its target table, and the target table's name is written as the plan names it.
     */
    public static IdentifierFolder forDataChange(TargetNaming naming, Function<ObjectName, TargetName> renamed,
                                                 ReferenceScope outside, SqlCall statement) {
        IdentifierFolder folder = new IdentifierFolder(naming, renamed, outside.dataChange(statement));
        SqlIdentifier target = ReferenceScope.targetTable(statement);
        if (target != null) folder.relations.add(target);
        return folder;
    }

    @Override
    public SqlNode visit(SqlCall call) {
        if (call instanceof SqlSelect select) return select(select);
        if (renames.any() && call instanceof SqlOrderBy orderBy && orderBy.query instanceof SqlSelect select) {
            return orderBy(orderBy, select);
        }
        SqlCall routineCall = renames.any() ? renamedRoutine(call) : null;
        return super.visit(routineCall != null ? routineCall : call);
    }

    private SqlNode select(SqlSelect select) {
        ReferenceScope outer = scope;
        if (renames.any()) scope = scope.select(select.getFrom());
        try {
            SqlSelect copy = select;
            SqlNode from = select.getFrom() == null ? null : relations(select.getFrom());
            SqlNodeList items = renames.any() ? aliasedRenamedColumns(select.getSelectList()) : select.getSelectList();
            if (from != select.getFrom() || items != select.getSelectList()) {
                copy = (SqlSelect) select.clone(select.getParserPosition());
                copy.setFrom(from);
                copy.setSelectList(items);
            }
            return super.visit(copy);
        } finally {
            scope = outer;
        }
    }

    /**
     * A query's ORDER BY sees its FROM items, as the SELECT does; a bare name that is one of the
     * result columns' names (an alias, or a column selected by name, which keeps its source name)
     * names that result column, in Oracle as in PostgreSQL, and is only folded.
     */
    private SqlNode orderBy(SqlOrderBy orderBy, SqlSelect select) {
        SqlNode query = orderBy.query.accept(this);
        Set<String> resultNames = new HashSet<>();
        for (SqlNode item : select.getSelectList()) {
            if (item instanceof SqlIdentifier id && !id.isStar()) resultNames.add(key(id.names.get(id.names.size() - 1)));
            else if (item.getKind() == SqlKind.AS && ((SqlCall) item).operand(1) instanceof SqlIdentifier alias) {
                resultNames.add(key(alias.getSimple()));
            }
        }
        for (SqlNode item : orderBy.orderList) {
            SqlNode bare = item;
            while (bare instanceof SqlCall c && (c.getKind() == SqlKind.DESCENDING || c.getKind() == SqlKind.NULLS_FIRST
                    || c.getKind() == SqlKind.NULLS_LAST)) {
                bare = c.operand(0);
            }
            if (bare instanceof SqlIdentifier id && id.isSimple() && resultNames.contains(key(id.getSimple()))) resultNameRefs.add(id);
        }
        ReferenceScope outer = scope;
        scope = scope.select(select.getFrom());
        SqlNodeList order;
        try {
            order = (SqlNodeList) orderBy.orderList.accept(this);
        } finally {
            scope = outer;
        }
        SqlNode offset = orderBy.offset == null ? null : orderBy.offset.accept(this);
        SqlNode fetch = orderBy.fetch == null ? null : orderBy.fetch.accept(this);
        return new SqlOrderBy(orderBy.getParserPosition(), query, order, offset, fetch);
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    @Override
    public SqlNode visit(SqlIdentifier id) {
        if (written.contains(id)) return id;
        if (resultNameRefs.contains(id)) return targetIdentifier(List.of(naming.name(id.getSimple())), id.getParserPosition());
        if (relations.contains(id)) return relation(id);
        if (id.isStar()) {
            if (id.names.size() == 1) return id;
            List<String> folded = id.names.stream().map(n -> n.isEmpty() ? n : naming.name(n)).toList();
            return SqlIdentifier.star(folded, id.getParserPosition(), quotingPositions(folded, id.getParserPosition()));
        }
        List<String> folded = renames.any() ? resolved(id) : id.names.stream().map(naming::name).toList();
        return new SqlIdentifier(folded, null, id.getParserPosition(), quotingPositions(folded, id.getParserPosition()));
    }

    /**
     * The target spelling of a column reference: the column it resolves to through the scopes named
     * as the rules rename it, its qualifier as the scope spells it; a qualified name no scope has
     * (a record's field) takes a column rename only where every column of that name is renamed alike.
     */
    private List<String> resolved(SqlIdentifier id) {
        List<String> names = id.names;
        int n = names.size();
        String column = names.get(n - 1);
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n - 1; i++) out.add(naming.name(names.get(i)));
        if (n == 1) {
            out.add(bareColumn(column));
            return out;
        }
        ReferenceScope.Visible qualifier = scope.qualifier(names.get(n - 2));
        if (qualifier == null) {
            String byName = renames.columnByName(column);
            out.add(byName != null ? naming.spelling().shorten(byName) : naming.name(column));
            return out;
        }
        if (qualifier.relation() != null && qualifier.qualifierIsTargetName()) {
            TargetName target = renamed.apply(qualifier.relation());
            if (target != null) out.set(n - 2, target.name());
        }
        out.add(qualifier.relation() == null ? naming.name(column) : naming.column(qualifier.relation(), column));
        return out;
    }

    /** A bare name: the column of the innermost relation in scope that has it, else a variable's name, only folded. */
    private String bareColumn(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        for (ObjectName relation : scope.bareCandidates()) {
            if (relation == null) continue;
            Set<String> columns = renames.columnsOf(relation);
            if (columns != null && columns.contains(key)) return naming.column(relation, name);
        }
        return naming.name(name);
    }

    /**
     * Select items that are renamed columns, aliased by their source names; the same list when none
     * is. A trigger's {@code NEW.c} or {@code OLD.c} is a value, not a column of the query (Oracle
     * names such an item after the expression, so no code reads it by the column's name): it is not
     * aliased, which also spares {@code SELECT :OLD.c, :NEW.c} two items of one alias.
     */
    private SqlNodeList aliasedRenamedColumns(SqlNodeList items) {
        SqlNodeList out = null;
        Set<String> selected = new HashSet<>();
        Set<String> selectedTwice = new HashSet<>();
        for (SqlNode item : items) {
            if (item instanceof SqlIdentifier id && !id.isStar() && !selected.add(key(naming.name(id.names.get(id.names.size() - 1))))) {
                selectedTwice.add(key(naming.name(id.names.get(id.names.size() - 1))));
            }
        }
        for (int i = 0; i < items.size(); i++) {
            if (!(items.get(i) instanceof SqlIdentifier id) || id.isStar() || isRowValue(id)) continue;
            String source = id.names.get(id.names.size() - 1);
            String target = resolved(id).get(id.names.size() - 1);
            // Oracle "id" and ID selected together: the one renamed for the clash keeps its new name
            if (target.equals(naming.name(source)) || selectedTwice.contains(key(naming.name(source)))) continue;
            if (out == null) out = SqlNodeList.of(items.getParserPosition(), new ArrayList<>(items.getList()));
            out.set(i, SqlStdOperatorTable.AS.createCall(id.getParserPosition(), id,
                    targetIdentifier(List.of(naming.name(source)), id.getParserPosition())));
        }
        return out == null ? items : out;
    }

    private boolean isRowValue(SqlIdentifier id) {
        if (id.names.size() < 2) return false;
        ReferenceScope.Visible qualifier = scope.qualifier(id.names.get(id.names.size() - 2));
        return qualifier != null && qualifier.rowValue();
    }

    /** A relation's name as the plan names it. */
    private SqlNode relation(SqlIdentifier id) {
        SqlIdentifier target = target(id);
        if (target != null) return target;
        List<String> folded = id.names.stream().map(naming::name).toList();
        return targetIdentifier(folded, id.getParserPosition());
    }

    /** A call of a routine of the input that a rule renames, calling it by its new name; null for any other call. */
    private SqlCall renamedRoutine(SqlCall call) {
        if (!(call.getOperator() instanceof SqlFunction f) || f.getSqlIdentifier() == null) return null;
        List<String> names = f.getSqlIdentifier().names;
        if (names.size() > 2) return null;
        ObjectName source = names.size() == 1 ? ObjectName.of(names.get(0)) : new ObjectName(names.get(0), names.get(1));
        String target = renames.routine(source);
        if (target == null) return null;
        List<String> spelled = source.schema() == null ? List.of(naming.spelling().shorten(target))
                : List.of(naming.schema(source.schema()), naming.spelling().shorten(target));
        SqlIdentifier name = new SqlIdentifier(spelled, f.getSqlIdentifier().getParserPosition());
        SqlFunction renamedFunction = new SqlUnresolvedFunction(name, f.getReturnTypeInference(), f.getOperandTypeInference(),
                f.getOperandTypeChecker(), null, SqlFunctionCategory.USER_DEFINED_FUNCTION);
        return renamedFunction.createCall(call.getFunctionQuantifier(), call.getParserPosition(), call.getOperandList());
    }

    /** The FROM items with renamed tables written by their target names; the same node when none is renamed. */
    private SqlNode relations(SqlNode from) {
        if (from instanceof SqlIdentifier table) {
            SqlIdentifier target = target(table);
            if (target == null) return from;
            SqlIdentifier alias = targetIdentifier(List.of(naming.name(table.names.get(table.names.size() - 1))), table.getParserPosition());
            return SqlStdOperatorTable.AS.createCall(table.getParserPosition(), target, alias);
        }
        if (from instanceof SqlCall as && as.getKind() == SqlKind.AS && as.operand(0) instanceof SqlIdentifier table) {
            SqlIdentifier target = target(table);
            if (target == null) return from;
            List<SqlNode> operands = new java.util.ArrayList<>(as.getOperandList());
            operands.set(0, target);
            return as.getOperator().createCall(as.getFunctionQuantifier(), as.getParserPosition(), operands);
        }
        if (from instanceof SqlJoin join) {
            SqlNode left = relations(join.getLeft());
            SqlNode right = relations(join.getRight());
            if (left == join.getLeft() && right == join.getRight()) return from;
            SqlJoin copy = (SqlJoin) join.clone(join.getParserPosition());
            copy.setLeft(left);
            copy.setRight(right);
            return copy;
        }
        return from;
    }

    /** The target name of a renamed table, already spelled; null when the table keeps its folded name. */
    private SqlIdentifier target(SqlIdentifier table) {
        if (table.isStar() || table.names.size() > 2) return null;
        ObjectName source = table.names.size() == 1 ? ObjectName.of(table.names.get(0))
                : new ObjectName(table.names.get(0), table.names.get(1));
        TargetName target = renamed.apply(source);
        if (target == null) return null;
        return targetIdentifier(target.schema() == null || source.schema() == null ? List.of(target.name())
                : List.of(target.schema(), target.name()), table.getParserPosition());
    }

    private SqlIdentifier targetIdentifier(List<String> names, SqlParserPos pos) {
        SqlIdentifier id = new SqlIdentifier(names, null, pos, quotingPositions(names, pos));
        written.add(id);
        return id;
    }

    /** One position per name part, marked quoted where the target needs quotes (keywords, case, spaces). */
    private List<SqlParserPos> quotingPositions(List<String> parts, SqlParserPos pos) {
        return parts.stream().map(p -> pos.withQuoting(!p.isEmpty() && naming.spelling().needsQuotes(p))).toList();
    }
}
