package org.schemashift.emit.postgresql;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
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
import org.schemashift.model.proc.Parameter;
import org.schemashift.model.proc.ProcOperators;
import org.schemashift.model.proc.ProcOperators.CursorAttribute;
import org.schemashift.model.proc.ProcOperators.HandledError;
import org.schemashift.model.proc.ProcOperators.TriggerEvent;
import org.schemashift.model.proc.ProcRewriter;
import org.schemashift.model.proc.ProcType;
import org.schemashift.model.proc.RoutineBody;
import org.schemashift.model.proc.Statement;

/**
 * What the writer must know about a whole body before writing its first line: which cursor
 * attributes are read anywhere (a FETCH must record FOUND for a test that comes after it), and the
 * conditions, cursors, types and variables it declares, and whether it reads or changes data or
 * controls transactions (what a routine's volatility and rights may promise); in a trigger, which of
 * the rows NEW and OLD it reads and which columns it asks UPDATING('c') about. Names are keyed
 * without case, as the sources compare them.
 */
final class PlPgSqlScan extends ProcRewriter {
    /** The key of the implicit cursor (the last SQL statement) in {@link #attributesOf}. */
    static final String IMPLICIT = "";

    private final Map<String, Set<CursorAttribute>> attributes = new HashMap<>();
    private final Map<String, Declaration.NamedCondition> conditions = new HashMap<>();
    private final Map<String, Declaration.CollectionType> collections = new HashMap<>();
    private SharedCollections shared = SharedCollections.NONE;
    private final Set<String> recordTypes = new HashSet<>();
    private final Set<String> cursors = new HashSet<>();
    private final Set<String> triggerRows = new TreeSet<>();
    private final Map<String, String> updatingColumns = new TreeMap<>();
    private boolean triggerEvents;
    private boolean readsErrorPlace;
    private final Map<String, ProcType> variables = new HashMap<>();
    /** The first parts of the names the body's expressions and statements hold, by {@link #key}. */
    private final Set<String> names = new HashSet<>();
    private boolean readsData;
    private boolean changesData;
    private boolean controlsTransactions;
    private Set<String> scalarGapCandidates = Set.of();

    static PlPgSqlScan of(RoutineBody body) {
        return of(body, List.of());
    }

    /** The facts of a routine's body; its parameters are variables too. */
    static PlPgSqlScan of(RoutineBody body, List<Parameter> parameters) {
        PlPgSqlScan scan = new PlPgSqlScan();
        parameters.forEach(p -> scan.variables.put(key(p.name()), p.type()));
        scan.body(body);
        scan.scalarGapCandidates = PlPgSqlScalarGaps.of(body);
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

    /** Makes the collection types of the schema and of other packages known; a type the body declares hides one of the schema's. */
    PlPgSqlScan withShared(SharedCollections collections) {
        this.shared = collections;
        return this;
    }

    /** A collection type the body declares, else one of the schema's, or null. */
    Declaration.CollectionType collection(String name) {
        Declaration.CollectionType declared = collections.get(key(name));
        return declared != null ? declared : shared.schema().get(key(name));
    }

    /** The collection type {@code named} names: {@link #collection(String)} for T, another package's for PKG.T; else null. */
    Declaration.CollectionType collection(ProcType.Named named) {
        return named.name().size() == 1 ? collection(named.name().get(0)) : shared.packaged(named);
    }

    /** The collection type of variable {@code name}, or null. */
    Declaration.CollectionType collectionOfVariable(String name) {
        return variableType(name) instanceof ProcType.Named named ? collection(named) : null;
    }

    /** True when local variable {@code name} may hold its gaps ({@link PlPgSqlScalarGaps}). */
    boolean mayHoldScalarGaps(String name) {
        return scalarGapCandidates.contains(key(name));
    }

    /** The collection type the function a call names ({@code PKG.F}, upper case) returns, or null. */
    Declaration.CollectionType collectionReturnedBy(String function) {
        return shared.results().get(function);
    }

    /** True when {@code name} is a collection type of the schema (a domain over an array) the body does not hide. */
    boolean isSchemaCollection(String name) {
        return !collections.containsKey(key(name)) && shared.schema().containsKey(key(name));
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


    /** True when a handler asks where its error was raised (the line or the routine). */
    boolean readsErrorPlace() {
        return readsErrorPlace;
    }

    /** True when the body runs a query (a SELECT, a cursor, a subquery, a query built at run time). */
    boolean readsData() {
        return readsData;
    }

    /** True when the body may change data: DML, dynamic SQL, or a procedure call, which may do either. */
    boolean changesData() {
        return changesData;
    }

    /** True when the body commits, rolls back or uses savepoints. */
    boolean controlsTransactions() {
        return controlsTransactions;
    }

    /** True when a name of the body starts with {@code name} (a variable or parameter it reads or sets). */
    boolean mentions(String name) {
        return names.contains(key(name));
    }

    /** The declared type of a variable or parameter, or null when the body declares none of that name. */
    ProcType variableType(String name) {
        return variables.get(key(name));
    }

    @Override
    protected SqlNode expression(SqlNode node) {
        node.accept(new SqlBasicVisitor<Void>() {
            @Override
            public Void visit(SqlCall call) {
                readsData |= call.getKind().belongsTo(SqlKind.QUERY);
                changesData |= call.getKind().belongsTo(SqlKind.DML);
                CursorAttribute attribute = ProcOperators.attributeOf(call);
                if (attribute != null) {
                    attributes.computeIfAbsent(key(ProcOperators.cursorOf(call)), k -> EnumSet.noneOf(CursorAttribute.class))
                            .add(attribute);
                }
                HandledError error = ProcOperators.handledErrorOf(call);
                readsErrorPlace |= error == HandledError.LINE || error == HandledError.ROUTINE || error == HandledError.CONTEXT;
                TriggerEvent event = ProcOperators.triggerEventOf(call);
                triggerEvents |= event != null;
                if (event == TriggerEvent.UPDATING && call.operandCount() == 1) {
                    String column = ((SqlIdentifier) call.operand(0)).getSimple();
                    updatingColumns.putIfAbsent(key(column), column);
                }
                return super.visit(call);
            }

            @Override
            public Void visit(SqlIdentifier id) {
                names.add(key(id.names.get(0)));
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

    /** Every statement list of the body passes here, nested ones included: notes what its statements do to data. */
    @Override
    protected List<Statement> statements(List<Statement> statements) {
        if (statements != null) {
            for (Statement statement : statements) {
                changesData |= statement instanceof Statement.DynamicSql || statement instanceof Statement.Call
                        || statement instanceof Statement.CreateTable || statement instanceof Statement.DropTable;
                readsData |= statement instanceof Statement.Open || statement instanceof Statement.QueryFor
                        || statement instanceof Statement.ReturnQuery;
                controlsTransactions |= statement instanceof Statement.Transaction;
            }
        }
        return super.statements(statements);
    }

    @Override
    public Declaration visitVariable(Declaration.Variable variable) {
        variables.put(key(variable.name()), variable.type());
        return super.visitVariable(variable);
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
