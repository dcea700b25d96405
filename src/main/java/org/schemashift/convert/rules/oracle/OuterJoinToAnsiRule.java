package org.schemashift.convert.rules.oracle;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.calcite.sql.JoinConditionType;
import org.apache.calcite.sql.JoinType;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlJoin;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.util.SqlBasicVisitor;
import org.apache.calcite.sql.util.SqlShuttle;
import org.schemashift.convert.ExpressionRule;
import org.schemashift.convert.RuleContext;
import org.schemashift.model.sql.PseudoFunctions;

/**
 * Oracle's {@code (+)} outer joins (ORA_OUTER_JOIN(col) in WHERE) become ANSI joins. Every WHERE
 * conjunct with (+) columns belongs to the table those columns are from, which is the optional
 * side; the tables its other columns come from must be joined first. The FROM list is rebuilt
 * left-deep in its own order: a table without (+) conditions joins by CROSS JOIN (its inner-join
 * conditions stay in WHERE, as on Oracle), an optional table by LEFT JOIN ... ON its conditions
 * with (+) removed, once the tables it depends on are in — so multi-column joins, constant
 * filters such as {@code b.kind(+) = 'X'} (which filter before the join) and chains over several
 * tables keep Oracle's meaning. Conditions Oracle itself rejects (a (+) inside OR, (+) columns of
 * two tables in one conjunct) and circular dependencies are reported, not guessed.
 */
public final class OuterJoinToAnsiRule implements ExpressionRule {
    @Override
    public String id() {
        return "ORA-J019";
    }

    /** One FROM-list entry and the names (alias or table) it provides. */
    private record FromItem(SqlNode node, Set<String> names) {}

    /** The (+) conditions of one optional table and the tables they depend on. */
    private record OuterConditions(List<SqlNode> conditions, Set<String> dependsOn) {}

    @Override
    public SqlNode rewrite(SqlNode node, RuleContext context) {
        if (!(node instanceof SqlSelect select) || select.getWhere() == null || !hasOuterJoinMarker(select.getWhere())) {
            return null;
        }
        List<FromItem> items = new ArrayList<>();
        if (!flatten(select.getFrom(), items)) {
            context.unconvertible("(+) outer join in a FROM clause that also has ANSI joins");
            return null;
        }
        Map<String, OuterConditions> optional = new LinkedHashMap<>();
        List<SqlNode> where = new ArrayList<>();
        for (SqlNode conjunct : OracleNodes.conjuncts(select.getWhere())) {
            if (!hasOuterJoinMarker(conjunct)) {
                where.add(conjunct);
                continue;
            }
            if (!addOuterCondition(conjunct, optional, context)) return null;
        }
        SqlNode from = join(items, optional, context);
        if (from == null) return null;
        SqlSelect copy = (SqlSelect) select.clone(select.getParserPosition());
        copy.setFrom(from);
        copy.setWhere(OracleNodes.and(where));
        copy.setSelectList(starsInFromOrder(select.getSelectList(), items));
        return copy;
    }

    /**
     * The joins may list the tables in another order than FROM did (an optional table written first
     * joins after the tables it depends on); a bare * keeps Oracle's column order as t1.*, t2.*, ...
     */
    private static SqlNodeList starsInFromOrder(SqlNodeList selectList, List<FromItem> items) {
        boolean bareStar = selectList.stream().anyMatch(i -> i instanceof SqlIdentifier id && id.isStar() && id.names.size() == 1);
        if (!bareStar) return selectList;
        SqlNodeList out = new SqlNodeList(selectList.getParserPosition());
        for (SqlNode item : selectList) {
            if (item instanceof SqlIdentifier id && id.isStar() && id.names.size() == 1) {
                for (FromItem from : items) {
                    String spelled = from.node() instanceof SqlCall as ? ((SqlIdentifier) as.operand(1)).getSimple()
                            : ((SqlIdentifier) from.node()).names.get(((SqlIdentifier) from.node()).names.size() - 1);
                    out.add(SqlIdentifier.star(List.of(spelled, ""), SqlParserPos.ZERO, null));
                }
            } else {
                out.add(item);
            }
        }
        return out;
    }

    private boolean addOuterCondition(SqlNode conjunct, Map<String, OuterConditions> optional, RuleContext context) {
        if (containsOr(conjunct)) {
            context.unconvertible("(+) outer join inside an OR condition");
            return false;
        }
        Set<String> marked = new LinkedHashSet<>();
        Set<String> others = new LinkedHashSet<>();
        if (!relationsOf(conjunct, marked, others, false, context)) return false;
        if (marked.size() != 1) {
            context.unconvertible("(+) outer join on columns of several tables in one condition");
            return false;
        }
        String table = marked.iterator().next();
        others.remove(table);
        OuterConditions conditions = optional.computeIfAbsent(table, t -> new OuterConditions(new ArrayList<>(), new LinkedHashSet<>()));
        conditions.conditions().add(withoutMarkers(conjunct));
        conditions.dependsOn().addAll(others);
        return true;
    }

    /** Left-deep join of the FROM items in order; null (and reported) when the dependencies cannot be met. */
    private static SqlNode join(List<FromItem> items, Map<String, OuterConditions> optional, RuleContext context) {
        for (String table : optional.keySet()) {
            if (items.stream().noneMatch(i -> i.names().contains(table))) {
                context.unconvertible("(+) outer join on " + table + ", which is not in the FROM clause");
                return null;
            }
        }
        List<FromItem> remaining = new ArrayList<>(items);
        Set<String> placed = new LinkedHashSet<>();
        SqlNode tree = null;
        while (!remaining.isEmpty()) {
            FromItem next = null;
            for (FromItem item : remaining) {
                OuterConditions outer = outerConditionsOf(item, optional);
                if (outer == null ? true : tree != null && placed.containsAll(outer.dependsOn())) {
                    next = item;
                    break;
                }
            }
            if (next == null) {
                context.unconvertible("(+) outer joins that depend on each other in a circle");
                return null;
            }
            remaining.remove(next);
            OuterConditions outer = outerConditionsOf(next, optional);
            SqlParserPos pos = SqlParserPos.ZERO;
            if (tree == null) {
                tree = next.node();
            } else if (outer == null) {
                tree = new SqlJoin(pos, tree, SqlLiteral.createBoolean(false, pos), JoinType.CROSS.symbol(pos), next.node(),
                        JoinConditionType.NONE.symbol(pos), null);
            } else {
                tree = new SqlJoin(pos, tree, SqlLiteral.createBoolean(false, pos), JoinType.LEFT.symbol(pos), next.node(),
                        JoinConditionType.ON.symbol(pos), OracleNodes.and(outer.conditions()));
            }
            placed.addAll(next.names());
        }
        return tree;
    }

    private static OuterConditions outerConditionsOf(FromItem item, Map<String, OuterConditions> optional) {
        for (String name : item.names()) {
            if (optional.containsKey(name)) return optional.get(name);
        }
        return null;
    }

    /** The comma-separated FROM items; false when the FROM clause has explicit joins. */
    private static boolean flatten(SqlNode from, List<FromItem> out) {
        if (from instanceof SqlJoin join) {
            if (join.getJoinType() != JoinType.COMMA) return false;
            return flatten(join.getLeft(), out) && flatten(join.getRight(), out);
        }
        out.add(new FromItem(from, Set.of(nameOf(from))));
        return true;
    }

    private static String nameOf(SqlNode fromItem) {
        if (fromItem instanceof SqlCall as && as.getKind() == SqlKind.AS) {
            return ((SqlIdentifier) as.operand(1)).getSimple().toUpperCase(Locale.ROOT);
        }
        if (fromItem instanceof SqlIdentifier table) return table.names.get(table.names.size() - 1).toUpperCase(Locale.ROOT);
        return "";
    }

    /** Sorts the column references of {@code node} into (+)-marked and other tables; false when one is unknown. */
    private static boolean relationsOf(SqlNode node, Set<String> marked, Set<String> others, boolean insideMarker,
                                       RuleContext context) {
        if (node instanceof SqlIdentifier id) {
            String relation = id.names.size() >= 2 ? id.names.get(id.names.size() - 2).toUpperCase(Locale.ROOT)
                    : context.relationOf(id);
            if (relation == null) {
                context.unconvertible("(+) outer join with column " + id + " whose table is not known");
                return false;
            }
            (insideMarker ? marked : others).add(relation);
            return true;
        }
        if (!(node instanceof SqlCall call) || call.getKind().belongsTo(SqlKind.QUERY)) return true;
        boolean marker = PseudoFunctions.isCall(call, PseudoFunctions.ORACLE_OUTER_JOIN);
        for (SqlNode operand : call.getOperandList()) {
            if (operand != null && !relationsOf(operand, marked, others, insideMarker || marker, context)) return false;
        }
        return true;
    }

    private static boolean hasOuterJoinMarker(SqlNode node) {
        Boolean found = node.accept(new SqlBasicVisitor<Boolean>() {
            @Override
            public Boolean visit(SqlCall call) {
                if (PseudoFunctions.isCall(call, PseudoFunctions.ORACLE_OUTER_JOIN)) return true;
                if (call.getKind().belongsTo(SqlKind.QUERY)) return false;
                for (SqlNode operand : call.getOperandList()) {
                    if (operand != null && Boolean.TRUE.equals(operand.accept(this))) return true;
                }
                return false;
            }

            @Override
            public Boolean visit(SqlIdentifier id) {
                return false;
            }

            @Override
            public Boolean visit(SqlLiteral literal) {
                return false;
            }
        });
        return Boolean.TRUE.equals(found);
    }

    private static boolean containsOr(SqlNode node) {
        if (!(node instanceof SqlCall call) || call.getKind().belongsTo(SqlKind.QUERY)) return false;
        if (call.getKind() == SqlKind.OR) return true;
        return call.getOperandList().stream().anyMatch(OuterJoinToAnsiRule::containsOr);
    }

    private static SqlNode withoutMarkers(SqlNode condition) {
        return condition.accept(new SqlShuttle() {
            @Override
            public SqlNode visit(SqlCall call) {
                if (PseudoFunctions.isCall(call, PseudoFunctions.ORACLE_OUTER_JOIN)) return call.operand(0);
                return super.visit(call);
            }
        });
    }
}
