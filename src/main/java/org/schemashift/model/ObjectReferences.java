package org.schemashift.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlFunction;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlJoin;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.SqlWith;
import org.apache.calcite.sql.SqlWithItem;
import org.apache.calcite.sql.SqlDelete;
import org.apache.calcite.sql.SqlFunctionCategory;
import org.apache.calcite.sql.SqlInsert;
import org.apache.calcite.sql.SqlMerge;
import org.apache.calcite.sql.SqlUpdate;
import org.schemashift.model.proc.ProcRewriter;
import org.schemashift.model.proc.RoutineBody;
import org.schemashift.model.proc.Statement;

/**
 * What a view's query or a routine's code reads or changes: the relations named in FROM clauses
 * (tables or views, at any depth: joins, subqueries, set operations) and as the target of an
 * INSERT, UPDATE, DELETE or MERGE, the user functions called in expressions, the routines
 * called as statements and the sequences read by {@code seq.NEXTVAL} or {@code seq.CURRVAL}. Names
 * of a query's own WITH items are not relations of the schema. The report keeps those that name an
 * object of the input, so a built-in or a missing object adds nothing; the emit stage leaves out
 * what uses an object it could not write.
 */
public final class ObjectReferences {
    private static final List<ObjectKind> RELATION = List.of(ObjectKind.TABLE, ObjectKind.VIEW);
    private static final List<ObjectKind> FUNCTION = List.of(ObjectKind.FUNCTION);
    private static final List<ObjectKind> ROUTINE = List.of(ObjectKind.PROCEDURE, ObjectKind.FUNCTION);
    private static final List<ObjectKind> SEQUENCE = List.of(ObjectKind.SEQUENCE);

    private final List<ObjectReference> found = new ArrayList<>();
    private final Set<String> withNames = new HashSet<>();

    private ObjectReferences() {
    }

    public static List<ObjectReference> of(SqlNode query) {
        ObjectReferences references = new ObjectReferences();
        if (query != null) references.walk(query);
        return List.copyOf(references.found);
    }

    /** The references of procedural code: every expression and embedded SQL of the body, and the routines it calls. */
    public static List<ObjectReference> of(RoutineBody body) {
        ObjectReferences references = new ObjectReferences();
        if (body == null) return List.of();
        new ProcRewriter() {
            @Override
            protected SqlNode expression(SqlNode node) {
                references.walk(node);
                return node;
            }

            @Override
            public Statement visitCall(Statement.Call call) {
                references.found.add(new ObjectReference(ROUTINE, name(call.routine())));
                return super.visitCall(call);
            }
        }.body(body);
        return List.copyOf(references.found);
    }

    private void walk(SqlNode node) {
        if (node instanceof SqlIdentifier id) {
            sequence(id);
        } else if (node instanceof SqlNodeList list) {
            for (SqlNode n : list) if (n != null) walk(n);
        } else if (node instanceof SqlSelect select) {
            if (select.getFrom() != null) from(select.getFrom());
            for (SqlNode operand : select.getOperandList()) {
                if (operand != null && operand != select.getFrom()) walk(operand);
            }
        } else if (node instanceof SqlWith with) {
            for (SqlNode item : with.withList) withNames.add(((SqlWithItem) item).name.getSimple().toLowerCase(Locale.ROOT));
            walk(with.withList);
            walk(with.body);
        } else if (node instanceof SqlCall call && targetOf(call) != null) {
            from(targetOf(call));
            for (SqlNode operand : call.getOperandList()) if (operand != null && operand != targetOf(call)) walk(operand);
        } else if (node instanceof SqlCall call) {
            if (call.getOperator() instanceof SqlFunction f && f.getFunctionType() == SqlFunctionCategory.USER_DEFINED_FUNCTION
                    && f.getSqlIdentifier() != null) {
                found.add(new ObjectReference(FUNCTION, name(f.getSqlIdentifier())));
            }
            for (SqlNode operand : call.getOperandList()) if (operand != null) walk(operand);
        }
    }

    /** Oracle's {@code [schema.]seq.NEXTVAL} and {@code CURRVAL}: compound identifiers naming the sequence before them. */
    private void sequence(SqlIdentifier id) {
        int n = id.names.size();
        if (n < 2 || n > 3) return;
        String last = id.names.get(n - 1).toUpperCase(Locale.ROOT);
        if (!last.equals("NEXTVAL") && !last.equals("CURRVAL")) return;
        found.add(new ObjectReference(SEQUENCE, n == 2 ? ObjectName.of(id.names.get(0))
                : new ObjectName(id.names.get(0), id.names.get(1))));
    }

    /** A FROM item: a named relation, a join of two, an aliased item or a subquery. */
    private void from(SqlNode node) {
        if (node instanceof SqlIdentifier id) {
            if (id.names.size() > 1 || !withNames.contains(id.getSimple().toLowerCase(Locale.ROOT))) {
                found.add(new ObjectReference(RELATION, name(id)));
            }
        } else if (node instanceof SqlJoin join) {
            from(join.getLeft());
            from(join.getRight());
            if (join.getCondition() != null) walk(join.getCondition());
        } else if (node instanceof SqlCall call && call.getKind() == SqlKind.AS) {
            from(call.operand(0));
        } else {
            walk(node);
        }
    }

    /** The table a DML statement changes; null for any other call. */
    private static SqlNode targetOf(SqlCall call) {
        if (call instanceof SqlInsert insert) return insert.getTargetTable();
        if (call instanceof SqlUpdate update) return update.getTargetTable();
        if (call instanceof SqlDelete delete) return delete.getTargetTable();
        if (call instanceof SqlMerge merge) return merge.getTargetTable();
        return null;
    }

    /** The object a name names; a function's name may be one part qualified as written ({@code PKG.F}, see PseudoFunctions). */
    private static ObjectName name(SqlIdentifier id) {
        int n = id.names.size();
        if (n > 1) return new ObjectName(id.names.get(n - 2), id.names.get(n - 1));
        String name = id.names.get(0);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? ObjectName.of(name) : new ObjectName(name.substring(0, dot), name.substring(dot + 1));
    }
}
