package org.schemashift.emit.postgresql;

import java.util.List;
import java.util.Locale;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.schemashift.model.proc.Declaration;
import org.schemashift.model.proc.ProcOperators;
import org.schemashift.model.proc.ProcOperators.CollectionMethod;
import org.schemashift.model.proc.ProcType;
import org.schemashift.model.sql.PseudoFunctions;
import org.schemashift.model.sql.SqlTemplate;

/**
 * Oracle's associative arrays as jsonb objects (decision {@code plpgsql.associative-array-as-jsonb}):
 * those of scalars (INDEX BY VARCHAR2 or PLS_INTEGER) and those of rows keyed by strings. A key is
 * the object's key as text, a variable starts as {@code '{}'} (empty, as Oracle's), {@code v(k) := x}
 * adds or replaces the key (a row as {@code to_jsonb} makes it, an object of its fields), {@code v(k).f := x}
 * sets one field (adding the element first, as Oracle does), reading a missing key raises
 * NO_DATA_FOUND ({@code oracle_compat.assoc_element}; a row is read back with
 * {@code jsonb_populate_record} into its composite type), and FIRST, LAST, NEXT and PRIOR walk the
 * keys in Oracle's order ({@code oracle_compat.assoc_key}): numeric for integer keys, for strings
 * byte by byte (Oracle's order under NLS_SORT BINARY, its default; a linguistic NLS_SORT is not
 * followed). DELETE(k) removes a key; DELETE(lo, hi) is reported. Rows keyed by integers are arrays
 * ({@link #isArrayOfRows}).
 */
final class PlPgSqlAssociativeArrays {
    private static final SqlTemplate COUNT = SqlTemplate.target("coalesce(jsonb_array_length(jsonb_path_query_array({0}, '$.*')), 0)");
    private static final SqlTemplate EXISTS = SqlTemplate.target("coalesce({0} ? CAST({1} AS VARCHAR), FALSE)");
    private static final SqlTemplate REMOVE = SqlTemplate.target("{0} - CAST({1} AS VARCHAR)");

    private final PlPgSqlContext context;

    PlPgSqlAssociativeArrays(PlPgSqlContext context) {
        this.context = context;
    }

    /**
     * True when PL/pgSQL holds the collection type as jsonb: an associative array of a scalar
     * element, or of rows keyed by strings.
     */
    static boolean isJsonb(Declaration.CollectionType type) {
        return type != null && type.indexType() != null && (holdsScalars(type) || !integerKeyed(type));
    }

    /**
     * True when PL/pgSQL holds the collection type as an array of its rows: an associative array of
     * rows keyed by integers. A key not assigned, or deleted, is a NULL element, which reading raises
     * NO_DATA_FOUND for and the methods skip; keys below the array's start extend it down. Reported where it is declared.
     */
    static boolean isArrayOfRows(Declaration.CollectionType type) {
        return type != null && integerKeyed(type) && !holdsScalars(type);
    }

    static boolean holdsScalars(Declaration.CollectionType type) {
        return type.element() instanceof ProcType.Declared
                || type.element() instanceof ProcType.Anchored a && a.anchor() == ProcType.Anchor.TYPE;
    }

    private static boolean integerKeyed(Declaration.CollectionType type) {
        return type.indexType() instanceof ProcType.Declared key && key.type().name().matches("(?i).*(int|number|numeric|decimal).*");
    }

    /** The associative array {@code node} names (a variable of such a type) or a function returns ({@code F(x)}), or null. */
    Declaration.CollectionType of(SqlNode node) {
        String function = PseudoFunctions.name(node);
        Declaration.CollectionType collection = function != null ? context.scan.collectionReturnedBy(function)
                : node instanceof SqlIdentifier id && id.isSimple() ? context.scan.collectionOfVariable(id.getSimple()) : null;
        return isJsonb(collection) ? collection : null;
    }

    /** True for {@code v(k)} (Calcite ITEM) on an associative array. */
    boolean isElement(SqlNode node) {
        return node instanceof SqlCall call && call.getKind() == SqlKind.ITEM && of(call.operand(0)) != null;
    }

    /** True for {@code v(k).f} (DOT of the element) on an associative array of rows. */
    boolean isElementField(SqlNode node) {
        return node instanceof SqlCall dot && dot.getKind() == SqlKind.DOT && isElement(dot.operand(0))
                && !holdsScalars(of(((SqlCall) dot.operand(0)).operand(0)));
    }

    /** Reads {@code v(k)}: the element as its type (a row as its composite type), or NO_DATA_FOUND. */
    SqlNode element(SqlCall item) {
        Declaration.CollectionType type = of(item.operand(0));
        String element = new PlPgSqlTypes(context).asElement(type.element());
        String read = "oracle_compat.assoc_element({0}, CAST({1} AS VARCHAR))";
        return SqlTemplate.target(holdsScalars(type) ? "CAST(" + read + " AS " + element + ")"
                : "jsonb_populate_record(CAST(NULL AS " + element + "), CAST(" + read + " AS jsonb))")
                .apply(item.operand(0), item.operand(1));
    }

    /** The element type as PL/pgSQL spells it, or null when it is no type a jsonb value can be read back into (a block's record type). */
    String readableElement(Declaration.CollectionType type) {
        String element = new PlPgSqlTypes(context).asElement(type.element());
        return element.equals("record") ? null : element;
    }

    /** {@code v(k) := value} as the assignment of the whole object. */
    String assignment(SqlCall item, SqlNode value) {
        String collection = context.expression(item.operand(0));
        return collection + " := " + collection + " || jsonb_build_object(" + context.expression(item.operand(1)) + ", "
                + context.expression(value) + ");";
    }

    /** {@code v(k).f := value}: the element's object with the field set, the element added when missing. */
    String fieldAssignment(SqlCall dot, SqlNode value) {
        SqlCall item = dot.operand(0);
        String collection = context.expression(item.operand(0));
        String key = "CAST(" + context.expression(item.operand(1)) + " AS VARCHAR)";
        String field = context.bare(((SqlIdentifier) dot.operand(1)).getSimple());
        return collection + " := " + collection + " || jsonb_build_object(" + key + ", coalesce(" + collection + " -> " + key
                + ", '{}') || jsonb_build_object('" + field + "', " + context.expression(value) + "));";
    }

    /** A collection method on an associative array (operands already rewritten); null for one Oracle does not allow on it. */
    SqlNode method(SqlCall call, Declaration.CollectionType type) {
        List<SqlNode> operands = call.getOperandList();
        CollectionMethod method = ProcOperators.collectionMethodOf(call);
        return switch (method) {
            case COUNT -> COUNT.apply(operands.get(0));
            case FIRST, LAST -> key(type, method, operands.get(0), SqlLiteral.createNull(call.getParserPosition()));
            case NEXT, PRIOR -> key(type, method, operands.get(0), operands.get(1));
            case EXISTS -> EXISTS.applyTo(operands);
            case DELETE -> operands.size() == 1 ? SqlLiteral.createCharString("{}", call.getParserPosition()) : REMOVE.applyTo(operands);
            case LIMIT -> SqlLiteral.createNull(call.getParserPosition());
            case EXTEND, TRIM -> null;
        };
    }

    /** FIRST, LAST, NEXT or PRIOR: the key found by oracle_compat.assoc_key, as the index type. */
    private SqlNode key(Declaration.CollectionType type, CollectionMethod step, SqlNode collection, SqlNode from) {
        String index = new PlPgSqlTypes(context).spell(type.indexType());
        String lower = index.toLowerCase(Locale.ROOT);
        boolean strings = lower.startsWith("varchar") || lower.startsWith("char") || lower.equals("text");
        return SqlTemplate.target("CAST(oracle_compat.assoc_key({0}, " + !strings + ", '" + step.name() + "', CAST({1} AS VARCHAR)) AS "
                + index + ")").apply(collection, from);
    }
}
