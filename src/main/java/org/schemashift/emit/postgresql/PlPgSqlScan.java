package org.schemashift.emit.postgresql;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.util.SqlBasicVisitor;
import org.schemashift.model.proc.Declaration;
import org.schemashift.model.proc.ProcOperators;
import org.schemashift.model.proc.ProcOperators.CursorAttribute;
import org.schemashift.model.proc.ProcOperators.TriggerEvent;
import org.schemashift.model.proc.ProcRewriter;
import org.schemashift.model.proc.RoutineBody;

/**
 * What the writer must know about a whole body before writing its first line: which cursor
 * attributes are read anywhere (a FETCH must record FOUND for a test that comes after it), and the
 * conditions, cursors and types it declares; in a trigger, which of the rows NEW and OLD it reads and which
 * columns it asks UPDATING('c') about. Names are keyed without case, as the sources compare them.
 */
final class PlPgSqlScan extends ProcRewriter {
    /** The key of the implicit cursor (the last SQL statement) in {@link #attributesOf}. */
    static final String IMPLICIT = "";

    private final Map<String, Set<CursorAttribute>> attributes = new HashMap<>();
    private final Map<String, Declaration.NamedCondition> conditions = new HashMap<>();
    private final Map<String, Declaration.CollectionType> collections = new HashMap<>();
    private final Set<String> recordTypes = new HashSet<>();
    private final Set<String> cursors = new HashSet<>();
    private final Set<String> triggerRows = new TreeSet<>();
    private final Map<String, String> updatingColumns = new TreeMap<>();
    private boolean triggerEvents;
    private boolean queries;

    static PlPgSqlScan of(RoutineBody body) {
        PlPgSqlScan scan = new PlPgSqlScan();
        scan.body(body);
        return scan;
    }

    /** The facts of one expression (a trigger's WHEN condition). */
    static PlPgSqlScan of(SqlNode expression) {
        PlPgSqlScan scan = new PlPgSqlScan();
        scan.expression(expression);
        return scan;
    }

    static String key(String name) {
        return name == null ? IMPLICIT : name.toUpperCase(Locale.ROOT);
    }

    Set<CursorAttribute> attributesOf(String cursor) {
        return attributes.getOrDefault(key(cursor), Set.of());
    }

    Map<String, Set<CursorAttribute>> attributes() {
        return attributes;
    }

    Declaration.NamedCondition condition(String name) {
        return conditions.get(key(name));
    }

    Declaration.CollectionType collection(String name) {
        return collections.get(key(name));
    }

    boolean isRecordType(String name) {
        return recordTypes.contains(key(name));
    }

    boolean isCursor(String name) {
        return cursors.contains(key(name));
    }

    /** NEW and OLD, upper case, as far as the body reads or writes a field of them. */
    Set<String> triggerRows() {
        return triggerRows;
    }

    /** The columns of the body's UPDATING('c') tests, as first written, sorted without case. */
    Collection<String> updatingColumns() {
        return updatingColumns.values();
    }

    /** True when INSERTING, UPDATING or DELETING is tested anywhere. */
    boolean testsTriggerEvents() {
        return triggerEvents;
    }

    /** True when an expression holds a query (a subquery in a condition, or a SQL statement). */
    boolean hasQueries() {
        return queries;
    }

    @Override
    protected SqlNode expression(SqlNode node) {
        node.accept(new SqlBasicVisitor<Void>() {
            @Override
            public Void visit(SqlCall call) {
                CursorAttribute attribute = ProcOperators.attributeOf(call);
                if (attribute != null) {
                    attributes.computeIfAbsent(key(ProcOperators.cursorOf(call)), k -> EnumSet.noneOf(CursorAttribute.class))
                            .add(attribute);
                }
                TriggerEvent event = ProcOperators.triggerEventOf(call);
                triggerEvents |= event != null;
                if (event == TriggerEvent.UPDATING && call.operandCount() == 1) {
                    String column = ((SqlIdentifier) call.operand(0)).getSimple();
                    updatingColumns.putIfAbsent(key(column), column);
                }
                queries |= call.getKind().belongsTo(SqlKind.QUERY);
                return super.visit(call);
            }

            @Override
            public Void visit(SqlIdentifier id) {
                String row = triggerRowOf(id);
                if (row != null) triggerRows.add(row);
                return null;
            }
        });
        return node;
    }

    /** NEW or OLD when {@code id} names a field of that trigger row, else null. */
    static String triggerRowOf(SqlIdentifier id) {
        if (id.names.size() < 2) return null;
        String row = key(id.names.get(0));
        return row.equals("NEW") || row.equals("OLD") ? row : null;
    }

    @Override
    public Declaration visitNamedCondition(Declaration.NamedCondition condition) {
        conditions.put(key(condition.name()), condition);
        return condition;
    }

    @Override
    public Declaration visitCollectionType(Declaration.CollectionType type) {
        collections.put(key(type.name()), type);
        return type;
    }

    @Override
    public Declaration visitRecordType(Declaration.RecordType type) {
        recordTypes.add(key(type.name()));
        return type;
    }

    @Override
    public Declaration visitCursor(Declaration.Cursor cursor) {
        cursors.add(key(cursor.name()));
        return super.visitCursor(cursor);
    }
}
