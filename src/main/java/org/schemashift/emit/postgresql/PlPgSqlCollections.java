package org.schemashift.emit.postgresql;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlUnresolvedFunction;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.schemashift.model.proc.Declaration;
import org.schemashift.model.proc.ProcOperators;
import org.schemashift.model.proc.ProcOperators.CollectionMethod;
import org.schemashift.model.proc.ProcType;
import org.schemashift.model.sql.SqlTemplate;

/**
 * Nested tables and VARRAYs as PostgreSQL arrays (decision {@code plpgsql.collection-as-array}),
 * indexed from 1 as Oracle's are, so {@code v(i)} (Calcite ITEM) is {@code v[i]}. The arrays are
 * dense: DELETE(i), which makes a nested table sparse, is reported, and so the methods read the
 * array's bounds. An uninitialised collection is a NULL array: COUNT gives 0, FIRST and LAST NULL,
 * EXISTS false, where Oracle raises COLLECTION_IS_NULL for COUNT (the emulation is the lenient one).
 * A constructor is a call named after a collection type the body declares ({@code t(1, 2)}) or another package's ({@code pkg.t()}), as
 * the convert stage leaves it: it becomes {@code ARRAY[1, 2]::element[]}, or for a type of the
 * schema a cast to its domain ({@code ARRAY['a']::t_str_array}).
 */
final class PlPgSqlCollections {
    private static final SqlTemplate COUNT = SqlTemplate.target("coalesce(cardinality({0}), 0)");
    private static final SqlTemplate FIRST = SqlTemplate.target("array_lower({0}, 1)");
    private static final SqlTemplate LAST = SqlTemplate.target("array_upper({0}, 1)");
    private static final SqlTemplate EXISTS = SqlTemplate.target("coalesce({1} BETWEEN array_lower({0}, 1) AND array_upper({0}, 1), FALSE)");
    private static final SqlTemplate NEXT = SqlTemplate.target(
            "CASE WHEN {1} < array_lower({0}, 1) THEN array_lower({0}, 1) WHEN {1} < array_upper({0}, 1) THEN {1} + 1 END");
    private static final SqlTemplate PRIOR = SqlTemplate.target(
            "CASE WHEN {1} > array_upper({0}, 1) THEN array_upper({0}, 1) WHEN {1} > array_lower({0}, 1) THEN {1} - 1 END");
    // v[0] is a NULL of the element type, whatever the array holds
    private static final SqlTemplate EXTEND_NULLS = SqlTemplate.target("array_cat({0}, array_fill({0}[0], ARRAY[{1}]))");
    private static final SqlTemplate EXTEND_COPIES = SqlTemplate.target("array_cat({0}, array_fill({0}[{2}], ARRAY[{1}]))");
    private static final SqlTemplate TRIM = SqlTemplate.target("{0}[:cardinality({0}) - {1}]");
    // Oracle: NULL when the element is NULL or the collection empty (or NULL), else whether an element equals it
    private static final SqlTemplate MEMBER_OF = SqlTemplate.target(
            "CASE WHEN {0} IS NULL OR coalesce(cardinality({1}), 0) = 0 THEN NULL ELSE array_position({1}, {0}) IS NOT NULL END");

    private final PlPgSqlContext context;

    PlPgSqlCollections(PlPgSqlContext context) {
        this.context = context;
    }

    /** A collection method call as PL/pgSQL computes it on the array (operands already rewritten). */
    SqlNode method(SqlCall call) {
        CollectionMethod method = ProcOperators.collectionMethodOf(call);
        List<SqlNode> operands = call.getOperandList();
        SqlNode collection = operands.get(0);
        SqlParserPos pos = call.getParserPosition();
        return switch (method) {
            case COUNT -> COUNT.apply(collection);
            case FIRST -> FIRST.apply(collection);
            case LAST -> LAST.apply(collection);
            case EXISTS -> EXISTS.apply(collection, operands.get(1));
            case NEXT -> NEXT.apply(collection, operands.get(1));
            case PRIOR -> PRIOR.apply(collection, operands.get(1));
            case LIMIT -> limit(collection, pos);
            case EXTEND -> operands.size() > 2 ? EXTEND_COPIES.apply(collection, operands.get(1), operands.get(2))
                    : EXTEND_NULLS.apply(collection, operands.size() > 1 ? operands.get(1) : one(pos));
            case DELETE -> SqlLiteral.createCharString("{}", pos);   // only DELETE of everything gets here (see notWritable)
            case TRIM -> TRIM.apply(collection, operands.size() > 1 ? operands.get(1) : one(pos));
        };
    }

    /**
     * Reads {@code v(i)} (operands already rewritten) of a collection variable held as an array with
     * Oracle's errors for a missing element ({@code oracle_compat.collection_element}): NO_DATA_FOUND
     * for an associative array of rows, SUBSCRIPT_BEYOND_COUNT (or OUTSIDE_LIMIT) for a nested table
     * or VARRAY; {@code v[i]} for any other array.
     */
    SqlNode element(SqlCall item) {
        Declaration.CollectionType declared = item.operand(0) instanceof SqlIdentifier id && id.isSimple()
                ? context.scan.collectionOfVariable(id.getSimple()) : null;
        if (declared == null) return item;
        boolean associative = PlPgSqlAssociativeArrays.isArrayOfRows(declared);
        return SqlTemplate.target("oracle_compat.collection_element({0}, CAST({1} AS INTEGER), " + associative + ")").apply(item.operand(0), item.operand(1));
    }

    /** {@code x MEMBER OF c} (operands already rewritten) on the array. */
    static SqlNode memberOf(SqlCall call) {
        return MEMBER_OF.applyTo(call.getOperandList());
    }

    /** A call of a collection type's name builds the collection: ARRAY[...] cast to the element's array type. */
    SqlNode constructor(SqlCall call) {
        if (!(call.getOperator() instanceof SqlUnresolvedFunction function) || function.getSqlIdentifier() == null
                || function.getSqlIdentifier().names.size() > 2) {
            return null;
        }
        ProcType.Named name = new ProcType.Named(function.getSqlIdentifier().names);
        Declaration.CollectionType type = context.scan.collection(name);
        if (type == null || type.indexType() != null) return null;
        PlPgSqlTypes types = new PlPgSqlTypes(context);
        String arrayType = name.name().size() == 1 && context.scan.isSchemaCollection(name.name().get(0)) ? types.spell(name)
                : types.asElement(type.element()) + "[]";
        String elements = IntStream.range(0, call.operandCount()).mapToObj(i -> "{" + i + "}").collect(Collectors.joining(", "));
        String array = call.operandCount() == 0 ? "'{}'" : "ARRAY[" + elements + "]";
        return SqlTemplate.target("CAST(" + array + " AS " + arrayType + ")").applyTo(call.getOperandList());
    }

    /**
     * Why an assignment of a collection method cannot be written, or null when it can: DELETE of
     * some elements would leave gaps an array cannot have; an associative array (jsonb) deletes one
     * key, not a range of them.
     */
    static String notWritable(SqlNode value, PlPgSqlAssociativeArrays associativeArrays) {
        if (ProcOperators.collectionMethodOf(value) != CollectionMethod.DELETE) return null;
        SqlCall call = (SqlCall) value;
        if (associativeArrays.of(call.operand(0)) != null) {
            return call.operandCount() > 2 ? "DELETE(lo, hi) of an associative array held as jsonb: delete the keys of the"
                    + " range one by one (v := v - key)" : null;
        }
        if (call.operandCount() > 1) {
            return "DELETE(i) leaves a gap in a nested table, which a PostgreSQL array cannot have: rebuild the array"
                    + " without the element (array_remove, or a slice) and check the code that reads it by index";
        }
        return null;
    }

    /** A VARRAY's maximum size; NULL for a nested table, as in Oracle. */
    private SqlNode limit(SqlNode collection, SqlParserPos pos) {
        Declaration.CollectionType declared = collection instanceof SqlIdentifier id && id.isSimple()
                ? context.scan.collectionOfVariable(id.getSimple()) : null;
        return declared == null || declared.maxSize() == null ? SqlLiteral.createNull(pos)
                : SqlLiteral.createExactNumeric(String.valueOf(declared.maxSize()), pos);
    }

    private static SqlNode one(SqlParserPos pos) {
        return SqlLiteral.createExactNumeric("1", pos);
    }
}
