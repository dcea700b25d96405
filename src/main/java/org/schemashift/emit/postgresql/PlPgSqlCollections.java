package org.schemashift.emit.postgresql;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlUnresolvedFunction;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.util.Litmus;
import org.schemashift.model.proc.Declaration;
import org.schemashift.model.proc.ProcOperators;
import org.schemashift.model.proc.ProcOperators.CollectionMethod;
import org.schemashift.model.proc.ProcType;
import org.schemashift.model.sql.PseudoFunctions;
import org.schemashift.model.sql.SqlTemplate;

/**
 * Nested tables and VARRAYs as PostgreSQL arrays (decision {@code plpgsql.collection-as-array}),
 * indexed from 1 as Oracle's are, so {@code v(i)} (Calcite ITEM) is {@code v[i]}. An array has no
 * gaps: in a collection of rows (records, objects, a table's rows; associative arrays of rows keyed
 * by integers too) a deleted element is a NULL element, which no row that exists is, and the methods
 * skip it ({@code oracle_compat.collection_key}); EXTEND appends rows with NULL fields, not NULLs. A
 * collection of scalars may hold NULLs: a local one the body deletes inner elements of is held with its
 * gaps where it can be ({@link #holdsScalarGaps}), else DELETE(i) can only cut elements at its end (an
 * inner one raises at run time, reported). An element written to is checked as Oracle checks it
 * ({@code oracle_compat.collection_index}: COLLECTION_IS_NULL, SUBSCRIPT_BEYOND_COUNT). An
 * uninitialised nested table or VARRAY is a NULL array: COUNT raises COLLECTION_IS_NULL as in Oracle
 * ({@code oracle_compat.collection_count}), an associative array's COUNT is 0; FIRST and LAST give NULL,
 * EXISTS false.
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
    private static final SqlTemplate ROW_COUNT = SqlTemplate.target("coalesce(cardinality({0}) - cardinality(array_positions({0}, NULL)), 0)");
    private static final SqlTemplate ROW_EXISTS = SqlTemplate.target("num_nonnulls({0}[CAST({1} AS INTEGER)]) = 1");
    private static final SqlTemplate ROW_KEY = SqlTemplate.target("oracle_compat.collection_key({0}, {1}, CAST({2} AS INTEGER))");
    private static final SqlTemplate DELETE_RANGE = SqlTemplate.target(
            "oracle_compat.collection_delete({0}, CAST({1} AS INTEGER), CAST({2} AS INTEGER), {3})");
    private static final SqlTemplate WRITTEN_INDEX = SqlTemplate.target("oracle_compat.collection_index({0}, CAST({1} AS INTEGER))");
    private static final SqlTemplate WITH_GAPS = SqlTemplate.target("oracle_compat.with_gaps({0})");
    private static final SqlTemplate TRIM = SqlTemplate.target("{0}[:cardinality({0}) - {1}]");
    // Oracle: NULL when the element is NULL or the collection empty (or NULL), else whether an element equals it
    private static final SqlTemplate MEMBER_OF = SqlTemplate.target(
            "CASE WHEN {0} IS NULL OR coalesce(cardinality({1}), 0) = 0 THEN NULL ELSE array_position({1}, {0}) IS NOT NULL END");

    /** The methods without arguments, which a function's result can be asked: f(x).COUNT. */
    private static final Map<String, CollectionMethod> RESULT_METHODS = Map.of("COUNT", CollectionMethod.COUNT,
            "FIRST", CollectionMethod.FIRST, "LAST", CollectionMethod.LAST, "LIMIT", CollectionMethod.LIMIT);

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
        Declaration.CollectionType declared = declared(collection);
        String rowType = rowType(declared);
        boolean scalarGaps = holdsScalarGaps(collection);
        if (method == CollectionMethod.COUNT && declared != null && declared.indexType() == null) {
            return SqlTemplate.target("oracle_compat.collection_count({0}, " + (rowType != null || scalarGaps) + ")").apply(collection);
        }
        if ((rowType != null || scalarGaps) && method != CollectionMethod.LIMIT && method != CollectionMethod.TRIM) {
            // an element that exists: a row with NULL fields (jsonb_populate_record of nothing), a JSON null, never a NULL
            return rowMethod(method, operands, scalarGaps ? "oracle_compat.gap_element(CAST(NULL AS " + scalarElement(declared) + "))"
                    : "jsonb_populate_record(CAST(NULL AS " + rowType + "), '{}')", pos);
        }
        return switch (method) {
            case COUNT -> COUNT.apply(collection);
            case FIRST -> FIRST.apply(collection);
            case LAST -> LAST.apply(collection);
            case EXISTS -> EXISTS.apply(collection, operands.get(1));
            case NEXT -> NEXT.apply(collection, operands.get(1));
            case PRIOR -> PRIOR.apply(collection, operands.get(1));
            case LIMIT -> limit(declared, pos);
            case EXTEND -> operands.size() > 2 ? EXTEND_COPIES.apply(collection, operands.get(1), operands.get(2))
                    : EXTEND_NULLS.apply(collection, operands.size() > 1 ? operands.get(1) : one(pos));
            case DELETE -> delete(operands, false, pos);
            case TRIM -> TRIM.apply(collection, operands.size() > 1 ? operands.get(1) : one(pos));
        };
    }

    /**
     * {@code f(x).COUNT} (FIRST, LAST, LIMIT): the method of the collection a function returns, which
     * the convert stage leaves as a field of the call; null for any other DOT (a field of a record).
     */
    SqlNode methodOfResult(SqlCall dot) {
        if (dot.getKind() != SqlKind.DOT || !(dot.operand(1) instanceof SqlIdentifier field) || !field.isSimple()
                || PseudoFunctions.name(dot.operand(0)) == null || declared(dot.operand(0)) == null) {
            return null;
        }
        CollectionMethod method = RESULT_METHODS.get(field.getSimple().toUpperCase(Locale.ROOT));
        return method == null ? null : ProcOperators.collection(method, dot.operand(0), dot.getParserPosition());
    }

    /**
     * A method on a collection of rows, or of scalars held with its gaps, whose deleted elements are NULLs
     * the methods skip; EXTEND appends {@code newElement}.
     */
    private static SqlNode rowMethod(CollectionMethod method, List<SqlNode> operands, String newElement, SqlParserPos pos) {
        SqlNode collection = operands.get(0);
        SqlNode from = operands.size() > 1 ? operands.get(1) : SqlLiteral.createNull(pos);
        return switch (method) {
            case COUNT -> ROW_COUNT.apply(collection);
            case EXISTS -> ROW_EXISTS.apply(collection, from);
            case FIRST, LAST, NEXT, PRIOR -> ROW_KEY.apply(collection, SqlLiteral.createCharString(method.name(), pos), from);
            case EXTEND -> SqlTemplate.target("array_cat({0}, array_fill(" + (operands.size() > 2 ? "{0}[{2}]" : newElement) + ", ARRAY[{1}]))")
                    .apply(collection, operands.size() > 1 ? operands.get(1) : one(pos), operands.size() > 2 ? operands.get(2) : collection);
            case DELETE -> delete(operands, true, pos);
            case LIMIT, TRIM -> throw new IllegalArgumentException(method.name());
        };
    }

    /** DELETE, DELETE(i) or DELETE(low, high). */
    private static SqlNode delete(List<SqlNode> operands, boolean rows, SqlParserPos pos) {
        if (operands.size() == 1) return SqlLiteral.createCharString("{}", pos);
        return DELETE_RANGE.apply(operands.get(0), operands.get(1), operands.get(operands.size() - 1), SqlLiteral.createBoolean(rows, pos));
    }

    /** The collection type of a variable or of a function's result ({@code PKG.V__GET()}), or null. */
    private Declaration.CollectionType declared(SqlNode collection) {
        String function = PseudoFunctions.name(collection);
        return function != null ? context.scan.collectionReturnedBy(function)
                : collection instanceof SqlIdentifier id && id.isSimple() ? context.scan.collectionOfVariable(id.getSimple()) : null;
    }

    /**
     * The element type of a collection of rows held as an array, as spelled (a record, object or table
     * row type; an associative array's keyed by integers), or null for scalars, nested collections and
     * what is not an array.
     */
    private String rowType(Declaration.CollectionType type) {
        if (type == null || PlPgSqlAssociativeArrays.isJsonb(type) || PlPgSqlAssociativeArrays.holdsScalars(type)
                || type.element() instanceof ProcType.Named named && context.scan.collection(named) != null) {
            return null;
        }
        String element = new PlPgSqlTypes(context).asElement(type.element());
        return element.equals("record") ? null : element;
    }

    /**
     * True when DELETE(i) of {@code collection} can only cut elements at its end: a collection of scalars
     * held as a plain array (not {@link #holdsScalarGaps with its gaps}).
     */
    boolean deletesOnlyAtTheEnd(SqlNode collection) {
        Declaration.CollectionType type = declared(collection);
        return type != null && !PlPgSqlAssociativeArrays.isJsonb(type) && rowType(type) == null && !holdsScalarGaps(collection);
    }

    /**
     * True when {@code collection} is a local nested table of scalars that the body deletes inner elements
     * of and uses only through its elements and methods ({@link PlPgSqlScalarGaps}; decision
     * {@code plpgsql.scalar-collection-with-gaps}): it is held as {@code jsonb[]}, one JSON value per
     * element (JSON null for a NULL value) and an SQL NULL per deleted element, so Oracle's gaps are the
     * gaps of a collection of rows: COUNT, EXISTS, FIRST, LAST, NEXT, PRIOR skip them, EXTEND appends after
     * them, reading one raises NO_DATA_FOUND ({@code oracle_compat.gap_value}, cast back to the element type).
     */
    boolean holdsScalarGaps(SqlNode collection) {
        if (!(collection instanceof SqlIdentifier id) || !id.isSimple() || !context.scan.mayHoldScalarGaps(id.getSimple())) return false;
        Declaration.CollectionType type = declared(collection);
        return type != null && type.indexType() == null && type.maxSize() == null && PlPgSqlAssociativeArrays.holdsScalars(type);
    }

    /** The element type of a collection of scalars, as a cast spells it. */
    private String scalarElement(Declaration.CollectionType type) {
        return new PlPgSqlTypes(context).asElement(type.element());
    }

    /** {@code value} as stored in {@code item}'s collection (operands not rewritten): a JSON value where it holds its gaps. */
    SqlNode stored(SqlCall item, SqlNode value) {
        if (!holdsScalarGaps(item.operand(0))) return value;
        return SqlTemplate.target("oracle_compat.gap_element(CAST({0} AS " + scalarElement(declared(item.operand(0))) + "))").apply(value);
    }

    /** {@code value} assigned to the whole {@code collection} (not rewritten): converted to {@code jsonb[]} where it holds its gaps. */
    SqlNode assigned(SqlNode collection, SqlNode value) {
        boolean methodOfItself = ProcOperators.collectionMethodOf(value) != null && ((SqlCall) value).operand(0) instanceof SqlIdentifier id
                && id.equalsDeep(collection, Litmus.IGNORE);
        return !holdsScalarGaps(collection) || methodOfItself ? value : WITH_GAPS.apply(value);
    }

    /**
     * The index of {@code v(i)} written to ({@code item}'s operands already rewritten): for a nested table
     * or VARRAY variable checked as Oracle does (COLLECTION_IS_NULL, SUBSCRIPT_BEYOND_COUNT), else {@code i}.
     */
    SqlNode writtenIndex(SqlCall item) {
        Declaration.CollectionType type = item.operand(0) instanceof SqlIdentifier id && id.isSimple()
                ? context.scan.collectionOfVariable(id.getSimple()) : null;
        return type == null || type.indexType() != null ? item.operand(1) : WRITTEN_INDEX.apply(item.operand(0), item.operand(1));
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
        if (holdsScalarGaps(item.operand(0))) {
            return SqlTemplate.target("CAST(oracle_compat.gap_value({0}, CAST({1} AS INTEGER)) AS " + scalarElement(declared) + ")")
                    .apply(item.operand(0), item.operand(1));
        }
        boolean associative = PlPgSqlAssociativeArrays.isArrayOfRows(declared);
        return SqlTemplate.target("oracle_compat.collection_element({0}, CAST({1} AS INTEGER), " + associative + ", "
                + (rowType(declared) != null) + ")").apply(item.operand(0), item.operand(1));
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
     * Why an assignment of a collection method cannot be written, or null when it can: an associative
     * array (jsonb) deletes one key, not a range of them.
     */
    static String notWritable(SqlNode value, PlPgSqlAssociativeArrays associativeArrays) {
        if (ProcOperators.collectionMethodOf(value) != CollectionMethod.DELETE) return null;
        SqlCall call = (SqlCall) value;
        return associativeArrays.of(call.operand(0)) != null && call.operandCount() > 2
                ? "DELETE(lo, hi) of an associative array held as jsonb: delete the keys of the range one by one (v := v - key)" : null;
    }

    /** A VARRAY's maximum size; NULL for a nested table, as in Oracle. */
    private static SqlNode limit(Declaration.CollectionType declared, SqlParserPos pos) {
        return declared == null || declared.maxSize() == null ? SqlLiteral.createNull(pos)
                : SqlLiteral.createExactNumeric(String.valueOf(declared.maxSize()), pos);
    }

    private static SqlNode one(SqlParserPos pos) {
        return SqlLiteral.createExactNumeric("1", pos);
    }
}
