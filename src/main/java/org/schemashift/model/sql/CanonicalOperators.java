package org.schemashift.model.sql;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.calcite.sql.SqlFunction;
import org.apache.calcite.sql.SqlFunctionCategory;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.fun.SqlLibraryOperators;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.type.OperandTypes;
import org.apache.calcite.sql.type.ReturnTypes;
import org.apache.calcite.sql.type.SqlReturnTypeInference;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * The project's operator table: meanings Calcite has no operator for. With Calcite's
 * {@link SqlStdOperatorTable} and {@link SqlLibraryOperators} (used wherever the meaning is the
 * same) they are the vocabulary of converted trees: a source's read rules turn its functions into
 * calls of these operators, a target's write rules spell them. Rules recognise an operator by
 * identity or kind, never by a name string; names appear only in rule files, where
 * {@link #named} resolves them. Arguments shown in quotes must be literals for every target to
 * spell the call. "Oracle" means Oracle's documented behaviour, which the operator keeps.
 */
public final class CanonicalOperators {
    // Dates and times
    /** ADD_MONTHS(d, n): d plus n months; from a month's last day, or past the end of a shorter month, the target month's last day (Oracle). */
    public static final SqlFunction ADD_MONTHS = function("ADD_MONTHS", ReturnTypes.ARG0_NULLABLE);
    /** MONTHS_BETWEEN(a, b): months from b to a; whole on the same day of the month or on two last days, else a fraction of 31 days (Oracle). */
    public static final SqlFunction MONTHS_BETWEEN = function("MONTHS_BETWEEN", ReturnTypes.DECIMAL_OR_DOUBLE_NULLABLE);
    /** LAST_DAY(d): the last day of d's month, keeping d's time of day (Oracle). */
    public static final SqlFunction LAST_DAY = function("LAST_DAY", ReturnTypes.ARG0_NULLABLE);
    /** NEXT_DAY(d, 'weekday'): the first date after d on the weekday named in English (or its 3-letter abbreviation), keeping d's time (Oracle). */
    public static final SqlFunction NEXT_DAY = function("NEXT_DAY", ReturnTypes.ARG0_NULLABLE);
    /** TRUNC_DATETIME(d, 'unit'): d truncated to the start of its century, year, quarter, month, week (ISO: Monday), day, hour or minute. */
    public static final SqlFunction TRUNC_DATETIME = function("TRUNC_DATETIME", ReturnTypes.ARG0_NULLABLE);
    /** TRUNC_BY_MODEL(d, model): d truncated to the unit an Oracle format model names ('WW': weekday of January 1st, 'D': Sunday...). */
    public static final SqlFunction TRUNC_BY_MODEL = function("TRUNC_BY_MODEL", ReturnTypes.ARG0_NULLABLE);
    /** ROUND_BY_MODEL(d, model): d rounded to the unit an Oracle format model names ('MM' rounds up from the 16th, 'DD' from noon). */
    public static final SqlFunction ROUND_BY_MODEL = function("ROUND_BY_MODEL", ReturnTypes.ARG0_NULLABLE);
    /** PLUS_DAYS(d, n): d plus n days, a fraction being hours, minutes and seconds (Oracle date + number). */
    public static final SqlFunction PLUS_DAYS = function("PLUS_DAYS", ReturnTypes.ARG0_NULLABLE);
    /** MINUS_DAYS(d, n): d minus n days, a fraction being hours, minutes and seconds (Oracle date - number). */
    public static final SqlFunction MINUS_DAYS = function("MINUS_DAYS", ReturnTypes.ARG0_NULLABLE);
    /** DAYS_BETWEEN(a, b): a minus b in days, with a fraction for the time of day (Oracle date - date). */
    public static final SqlFunction DAYS_BETWEEN = function("DAYS_BETWEEN", ReturnTypes.DECIMAL_OR_DOUBLE_NULLABLE);
    /** DAYS_BETWEEN_DATES(a, b): the number of day boundaries from b to a, times of day ignored (MySQL DATEDIFF). */
    public static final SqlFunction DAYS_BETWEEN_DATES = function("DAYS_BETWEEN_DATES", ReturnTypes.INTEGER_NULLABLE);
    /** MAKE_DATE(year, month, day): that date; an impossible one is an error (SQL Server DATEFROMPARTS, PostgreSQL make_date). */
    public static final SqlFunction MAKE_DATE = function("MAKE_DATE", ReturnTypes.DATE_NULLABLE);
    /** UTC_TIMESTAMP(): the current date and time in UTC, without a time zone. */
    public static final SqlFunction UTC_TIMESTAMP = function("UTC_TIMESTAMP", ReturnTypes.TIMESTAMP);

    // Format models: the model is an Oracle format model ('YYYY-MM-DD HH24:MI:SS', text in double quotes); source rules leave no RR in it
    /** FORMAT_BY_MODEL(x, model): x, a datetime or a number, as text by the model (Oracle TO_CHAR). */
    public static final SqlFunction FORMAT_BY_MODEL = function("FORMAT_BY_MODEL", ReturnTypes.VARCHAR_NULLABLE);
    /** PARSE_TIMESTAMP_BY_MODEL(s, model): text s read as a timestamp by the model (Oracle TO_TIMESTAMP). */
    public static final SqlFunction PARSE_TIMESTAMP_BY_MODEL = function("PARSE_TIMESTAMP_BY_MODEL", ReturnTypes.TIMESTAMP_NULLABLE);
    /** PARSE_NUMBER_BY_MODEL(s, model): text s read as a number by the model (Oracle TO_NUMBER). */
    public static final SqlFunction PARSE_NUMBER_BY_MODEL = function("PARSE_NUMBER_BY_MODEL", ReturnTypes.DECIMAL_OR_DOUBLE_NULLABLE);
    /** NUMBER_TO_TEXT(n): n as text without trailing fractional zeros (Oracle's implicit conversion writes 5000.00 as '5000'). */
    public static final SqlFunction NUMBER_TO_TEXT = function("NUMBER_TO_TEXT", ReturnTypes.VARCHAR_NULLABLE);

    // Strings
    /** INSTR(s, sub, position, occurrence): where the occurrence-th sub starts, searching from position (backwards from the end when negative); 0 if none (Oracle). */
    public static final SqlFunction INSTR = function("INSTR", ReturnTypes.INTEGER_NULLABLE);
    /** BINARY_COLLATED(s): s compared and ordered by its characters' codes, case and accents told apart (a binary collation). */
    public static final SqlFunction BINARY_COLLATED = function("BINARY_COLLATED", ReturnTypes.ARG0_NULLABLE);
    /** REGEXP_COUNT(s, pattern, position, flags): how often pattern matches from position; flags are Oracle's match parameter (Oracle). */
    public static final SqlFunction REGEXP_COUNT = function("REGEXP_COUNT", ReturnTypes.INTEGER_NULLABLE);

    // Numbers
    /** LOG_BASE(base, x): the logarithm of x to the given base. */
    public static final SqlFunction LOG_BASE = function("LOG_BASE", ReturnTypes.DECIMAL_OR_DOUBLE_NULLABLE);

    // Large objects and raw bytes
    /** LOB_LENGTH(lob): the length of a character large object in characters, of a binary one in bytes (Oracle DBMS_LOB.GETLENGTH). */
    public static final SqlFunction LOB_LENGTH = function("LOB_LENGTH", ReturnTypes.INTEGER_NULLABLE);
    /** TEXT_TO_BYTES(s): the UTF-8 bytes of s (Oracle UTL_RAW.CAST_TO_RAW in a UTF-8 database). */
    public static final SqlFunction TEXT_TO_BYTES = function("TEXT_TO_BYTES", ReturnTypes.explicit(SqlTypeName.VARBINARY));
    /** BYTES_TO_TEXT(b): the text whose UTF-8 bytes are b (Oracle UTL_RAW.CAST_TO_VARCHAR2 in a UTF-8 database). */
    public static final SqlFunction BYTES_TO_TEXT = function("BYTES_TO_TEXT", ReturnTypes.VARCHAR_NULLABLE);

    // Session and clock
    /** CLOCK_TIMESTAMP(): the time at the moment of the call, not at the start of the statement or transaction. */
    public static final SqlFunction CLOCK_TIMESTAMP = function("CLOCK_TIMESTAMP", ReturnTypes.TIMESTAMP);
    /** EPOCH_SECONDS(ts): seconds from 1970-01-01 00:00:00 UTC to ts, with a fraction. */
    public static final SqlFunction EPOCH_SECONDS = function("EPOCH_SECONDS", ReturnTypes.DECIMAL_OR_DOUBLE_NULLABLE);
    /** CALL_STACK(): a text naming the routines being executed, innermost first (for logging; the format is the target's). */
    public static final SqlFunction CALL_STACK = function("CALL_STACK", ReturnTypes.VARCHAR_NULLABLE);
    /** SLEEP_SECONDS(n): waits n seconds (a fraction allowed); for its effect, its value means nothing. */
    public static final SqlFunction SLEEP_SECONDS = function("SLEEP_SECONDS", ReturnTypes.INTEGER_NULLABLE);
    /** SESSION_ID(): text identifying the current session among those connected (Oracle DBMS_SESSION.UNIQUE_SESSION_ID, USERENV('SESSIONID')). */
    public static final SqlFunction SESSION_ID = function("SESSION_ID", ReturnTypes.VARCHAR);
    /** SET_APPLICATION_NAME(s): names the session's application as monitoring shows it (Oracle DBMS_APPLICATION_INFO.SET_MODULE); its value means nothing. */
    public static final SqlFunction SET_APPLICATION_NAME = function("SET_APPLICATION_NAME", ReturnTypes.VARCHAR_NULLABLE);
    /** CLIENT_ADDRESS(): the client's IP address as text, NULL over a local socket (Oracle SYS_CONTEXT('USERENV', 'IP_ADDRESS')). */
    public static final SqlFunction CLIENT_ADDRESS = function("CLIENT_ADDRESS", ReturnTypes.VARCHAR);
    /**
     * TRIGGER_DEPTH(): how deeply triggers are nested where it is read: 0 outside a trigger, 1 in a
     * trigger a statement of the session fired, more in one fired by a trigger's own statement.
     */
    public static final SqlFunction TRIGGER_DEPTH = function("TRIGGER_DEPTH", ReturnTypes.INTEGER);
    /** CURRENT_DATABASE(): the name of the database the session is connected to (T-SQL DB_NAME()). */
    public static final SqlFunction CURRENT_DATABASE = function("CURRENT_DATABASE", ReturnTypes.VARCHAR);
    /** APPLICATION_NAME(): the name the client gave its session's application, NULL or empty without one (T-SQL APP_NAME()). */
    public static final SqlFunction APPLICATION_NAME = function("APPLICATION_NAME", ReturnTypes.VARCHAR);
    /**
     * RELATION_ID(name): the catalog number of the table or view {@code name} names (text, schema
     * optional, as the target reads a name), NULL when there is none (T-SQL OBJECT_ID(name)).
     */
    public static final SqlFunction RELATION_ID = function("RELATION_ID", ReturnTypes.INTEGER_NULLABLE);
    /**
     * RELATION_ID_OF_NAMED(t): RELATION_ID of the relation the code names by the identifier t (a table of the input, not
     * text): the target looks up the name the conversion gave it. Apart from RELATION_ID, whose operand may be a
     * variable holding a name.
     */
    public static final SqlFunction RELATION_ID_OF_NAMED = function("RELATION_ID_OF_NAMED", ReturnTypes.INTEGER_NULLABLE);
    /**
     * OBJECT_NUMBER(name, type): the catalog number of the schema-scoped object name names (text: a table, view,
     * sequence, routine, constraint or trigger), of the sys.objects type code type when it is not NULL; names compared
     * without case, no schema or the source's default schema the current one; NULL when there is none (T-SQL OBJECT_ID).
     * The numbers RELATION_ID gives a relation.
     */
    public static final SqlFunction OBJECT_NUMBER = function("OBJECT_NUMBER", ReturnTypes.INTEGER_NULLABLE);
    /** RELATION_NAME(id): the name of the table or view numbered id by RELATION_ID, NULL when there is none (T-SQL OBJECT_NAME(id)). */
    public static final SqlFunction RELATION_NAME = function("RELATION_NAME", ReturnTypes.VARCHAR_NULLABLE);
    /** RELATION_SCHEMA(id): the schema of the table or view numbered id, NULL when there is none (T-SQL OBJECT_SCHEMA_NAME(id)). */
    public static final SqlFunction RELATION_SCHEMA = function("RELATION_SCHEMA", ReturnTypes.VARCHAR_NULLABLE);
    /** SCHEMA_NAME_OF(id): the name of the schema the catalog numbers id, NULL when there is none (T-SQL SCHEMA_NAME(id)). */
    public static final SqlFunction SCHEMA_NAME_OF = function("SCHEMA_NAME_OF", ReturnTypes.VARCHAR_NULLABLE);
    /** SCHEMA_ID_OF(name): the catalog number of the schema named name (as the target reads a name), NULL when there is none (T-SQL SCHEMA_ID(name)). */
    public static final SqlFunction SCHEMA_ID_OF = function("SCHEMA_ID_OF", ReturnTypes.INTEGER_NULLABLE);
    /**
     * NAME_PART(name, n): part n of a multi-part object name counted from the right (1 the object, 2
     * its schema, 3 the database, 4 the server), unquoted; NULL when absent or not a valid name (T-SQL PARSENAME).
     */
    public static final SqlFunction NAME_PART = function("NAME_PART", ReturnTypes.VARCHAR_NULLABLE);
    /**
     * CATALOG_OBJECTS(), CATALOG_TABLES(), CATALOG_VIEWS(), CATALOG_PROCEDURES(), CATALOG_SCHEMAS(): in FROM, the
     * rows of SQL Server's sys.objects, sys.tables, sys.views, sys.procedures, sys.schemas (their columns), as the
     * target's catalog holds those objects.
     */
    public static final SqlFunction CATALOG_OBJECTS = function("CATALOG_OBJECTS", ReturnTypes.CURSOR);
    public static final SqlFunction CATALOG_TABLES = function("CATALOG_TABLES", ReturnTypes.CURSOR);
    public static final SqlFunction CATALOG_VIEWS = function("CATALOG_VIEWS", ReturnTypes.CURSOR);
    public static final SqlFunction CATALOG_PROCEDURES = function("CATALOG_PROCEDURES", ReturnTypes.CURSOR);
    public static final SqlFunction CATALOG_SCHEMAS = function("CATALOG_SCHEMAS", ReturnTypes.CURSOR);
    /**
     * CATALOG_COLUMNS(), CATALOG_TYPES(), CATALOG_INDEXES(), CATALOG_INDEX_COLUMNS(), CATALOG_FOREIGN_KEYS(): in FROM,
     * the rows of SQL Server's sys.columns, sys.types, sys.indexes, sys.index_columns, sys.foreign_keys, as the
     * target's catalog holds those objects.
     */
    public static final SqlFunction CATALOG_COLUMNS = function("CATALOG_COLUMNS", ReturnTypes.CURSOR);
    public static final SqlFunction CATALOG_TYPES = function("CATALOG_TYPES", ReturnTypes.CURSOR);
    public static final SqlFunction CATALOG_INDEXES = function("CATALOG_INDEXES", ReturnTypes.CURSOR);
    public static final SqlFunction CATALOG_INDEX_COLUMNS = function("CATALOG_INDEX_COLUMNS", ReturnTypes.CURSOR);
    public static final SqlFunction CATALOG_FOREIGN_KEYS = function("CATALOG_FOREIGN_KEYS", ReturnTypes.CURSOR);
    /** CATALOG_EXTENDED_PROPERTIES(): in FROM, the rows of SQL Server's sys.extended_properties: the target's comments. */
    public static final SqlFunction CATALOG_EXTENDED_PROPERTIES = function("CATALOG_EXTENDED_PROPERTIES", ReturnTypes.CURSOR);
    /**
     * ROLE_ID(name): the catalog number of the role (database user) named name, as the catalog numbers a schema's owner;
     * NULL when there is none (T-SQL USER_ID(name)).
     */
    public static final SqlFunction ROLE_ID = function("ROLE_ID", ReturnTypes.INTEGER_NULLABLE);
    /**
     * LAST_GENERATED_KEY(): the identity (auto-increment, sequence) value the session generated last, whichever table
     * and whichever routine or trigger took it (T-SQL @@IDENTITY).
     */
    public static final SqlFunction LAST_GENERATED_KEY = function("LAST_GENERATED_KEY", ReturnTypes.BIGINT_NULLABLE);
    /**
     * SCOPE_GENERATED_KEY(): the identity value the last INSERT of the running code generated, not one its triggers
     * generated (T-SQL SCOPE_IDENTITY(), MySQL LAST_INSERT_ID()); right after a one-row INSERT the converter reads it
     * from the INSERT's RETURNING, elsewhere a target may only have the session's last value.
     */
    public static final SqlFunction SCOPE_GENERATED_KEY = function("SCOPE_GENERATED_KEY", ReturnTypes.BIGINT_NULLABLE);
    /**
     * COLUMN_LENGTH(relation, column): the defined length in bytes of the column named column (text, as the target
     * names it) of the relation numbered relation by RELATION_ID, -1 for an unbounded one, NULL when there is no such
     * column (T-SQL COL_LENGTH).
     */
    public static final SqlFunction COLUMN_LENGTH = function("COLUMN_LENGTH", ReturnTypes.INTEGER_NULLABLE);
    /**
     * OBJECT_NAME_IN_TARGET('name' [, 'schema']), COLUMN_NAME_IN_TARGET('column' [, 'table' [, 'schema']]),
     * SCHEMA_NAME_IN_TARGET('schema'): the name, as text, that the conversion gives the object, column or schema the
     * source names so (renamed, folded, shortened; unquoted, as the target's catalog holds it), for code that looks the
     * name up in a catalog. A target that cannot resolve it writes the name as given.
     */
    public static final SqlFunction OBJECT_NAME_IN_TARGET = function("OBJECT_NAME_IN_TARGET", ReturnTypes.VARCHAR);
    public static final SqlFunction COLUMN_NAME_IN_TARGET = function("COLUMN_NAME_IN_TARGET", ReturnTypes.VARCHAR);
    public static final SqlFunction SCHEMA_NAME_IN_TARGET = function("SCHEMA_NAME_IN_TARGET", ReturnTypes.VARCHAR);
    /** QUOTE_IDENTIFIER(s): s as a quoted identifier of the target, embedded quotes doubled where needed. */
    public static final SqlFunction QUOTE_IDENTIFIER = function("QUOTE_IDENTIFIER", ReturnTypes.VARCHAR_NULLABLE);

    // JSON: a document operand is a JSON value (the target's JSON type, or text holding one); a path is an
    // ARRAY of text steps, each an object's key or an array's index counted from 0 ("ARRAY['a', '0']")
    /** JSON_AT(doc, path): the JSON value at the path, NULL where there is none (MySQL JSON_EXTRACT of one path). */
    public static final SqlFunction JSON_AT = function("JSON_AT", ReturnTypes.VARCHAR_NULLABLE);
    /** JSON_TEXT_AT(doc, path): that value as text, a string without its quotes and escapes (MySQL doc->>path). */
    public static final SqlFunction JSON_TEXT_AT = function("JSON_TEXT_AT", ReturnTypes.VARCHAR_NULLABLE);
    /** JSON_BUILD_OBJECT(key, value, ...): an object of those members; text values are JSON strings, NULL is null. */
    public static final SqlFunction JSON_BUILD_OBJECT = function("JSON_BUILD_OBJECT", ReturnTypes.VARCHAR);
    /** JSON_BUILD_ARRAY(value, ...): an array of those elements, as JSON_BUILD_OBJECT takes values. */
    public static final SqlFunction JSON_BUILD_ARRAY = function("JSON_BUILD_ARRAY", ReturnTypes.VARCHAR);
    /** JSON_ARRAY_AGG(x): an array of the group's values, NULLs as null, in no stated order. */
    public static final SqlFunction JSON_ARRAY_AGG = aggregate("JSON_ARRAY_AGG");
    /** JSON_OBJECT_AGG(key, value): an object of the group's pairs; of duplicate keys, the last one read. */
    public static final SqlFunction JSON_OBJECT_AGG = aggregate("JSON_OBJECT_AGG");
    /** JSON_KEYS_ARRAY(doc): an array of an object's keys, [] for an empty one; NULL when doc is no object. */
    public static final SqlFunction JSON_KEYS_ARRAY = function("JSON_KEYS_ARRAY", ReturnTypes.VARCHAR_NULLABLE);
    /** JSON_SIZE(doc): an array's elements, an object's members, 1 for a scalar (MySQL JSON_LENGTH). */
    public static final SqlFunction JSON_SIZE = function("JSON_SIZE", ReturnTypes.INTEGER_NULLABLE);
    /**
     * JSON_CONTAINS_VALUE(target, candidate): true when the candidate is in the target: equal scalars, an object's
     * members each contained in the target's member of that key, an array's elements each contained in some element
     * of a target array, a scalar in some element of a target array (MySQL JSON_CONTAINS).
     */
    public static final SqlFunction JSON_CONTAINS_VALUE = function("JSON_CONTAINS_VALUE", ReturnTypes.BOOLEAN_NULLABLE);
    /** JSON_QUOTE_TEXT(s): s as a JSON string, in double quotes with '"', '\\' and control characters escaped, as text. */
    public static final SqlFunction JSON_QUOTE_TEXT = function("JSON_QUOTE_TEXT", ReturnTypes.VARCHAR_NULLABLE);
    /** JSON_WITHOUT(doc, path): doc without the value at the path; doc itself when there is none. */
    public static final SqlFunction JSON_WITHOUT = function("JSON_WITHOUT", ReturnTypes.VARCHAR_NULLABLE);
    /** JSON_TYPE_NAME(doc): MySQL's name of the value's type: OBJECT, ARRAY, STRING, BOOLEAN, NULL, INTEGER or DOUBLE. */
    public static final SqlFunction JSON_TYPE_NAME = function("JSON_TYPE_NAME", ReturnTypes.VARCHAR_NULLABLE);
    /**
     * JSON_PUT(doc, path, value, create): doc with the value at the path replaced, or, when create is TRUE and only
     * the path's last step is missing, added (past an array's end: appended); value as JSON_BUILD_ARRAY takes one.
     */
    public static final SqlFunction JSON_PUT = function("JSON_PUT", ReturnTypes.VARCHAR_NULLABLE);
    /** JSON_IS_VALID(text): whether the text is one JSON document (MySQL JSON_VALID). */
    public static final SqlFunction JSON_IS_VALID = function("JSON_IS_VALID", ReturnTypes.BOOLEAN_NULLABLE);
    /**
     * JSON_PATCHED(target, patch): the target merged with the patch as RFC 7396 says (MySQL JSON_MERGE_PATCH of two);
     * NULL when the patch is NULL, or is an object and the target is NULL.
     */
    public static final SqlFunction JSON_PATCHED = function("JSON_PATCHED", ReturnTypes.VARCHAR_NULLABLE);
    /**
     * JSON_MERGED(a, b): two objects merged, the values of a key both have merged in turn; else the two as arrays
     * (a value that is no array as an array of itself) concatenated (MySQL JSON_MERGE_PRESERVE of two).
     */
    public static final SqlFunction JSON_MERGED = function("JSON_MERGED", ReturnTypes.VARCHAR_NULLABLE);
    /** JSON_DEPTH_OF(doc): 1 for a scalar or an empty array or object, else 1 more than its deepest element. */
    public static final SqlFunction JSON_DEPTH_OF = function("JSON_DEPTH_OF", ReturnTypes.INTEGER_NULLABLE);
    /** JSON_PRETTY_TEXT(doc): the document laid out as MySQL's JSON_PRETTY does (two spaces a level). */
    public static final SqlFunction JSON_PRETTY_TEXT = function("JSON_PRETTY_TEXT", ReturnTypes.VARCHAR_NULLABLE);
    /**
     * JSON_SEARCH_PATHS(doc, all, pattern, escape, scopes): the MySQL paths of the strings LIKE the pattern, in
     * document order: the first as a JSON string, or with all TRUE every one (one: a string, more: an array); NULL
     * for none. scopes is NULL or a JSON array of paths, each an array of steps, to search under (MySQL JSON_SEARCH).
     */
    public static final SqlFunction JSON_SEARCH_PATHS = function("JSON_SEARCH_PATHS", ReturnTypes.VARCHAR_NULLABLE);
    /** JSON_ITEMS(doc, path): an array of the values a path with [*] or .* steps finds in the document, in order. */
    public static final SqlFunction JSON_ITEMS = function("JSON_ITEMS", ReturnTypes.VARCHAR_NULLABLE);

    // Other
    /** NOT_IN_ARRAY(array, x): true when x is no element of the array (a cycle check in recursive queries). */
    public static final SqlFunction NOT_IN_ARRAY = function("NOT_IN_ARRAY", ReturnTypes.BOOLEAN_NULLABLE);
    /** RANDOM_UUID(): a random (version 4) UUID. */
    public static final SqlFunction RANDOM_UUID = function("RANDOM_UUID", ReturnTypes.CHAR);

    /**
     * NULLS_LOW(key) / NULLS_HIGH(key): an ORDER BY key (maybe DESC) whose NULLs sort as the source
     * sorts them, below every value (MySQL, SQL Server) or above (Oracle, PostgreSQL); each target
     * writes what its own default needs ({@code NULLS FIRST}, {@code x IS NULL} before the key) or nothing.
     */
    public static final SqlFunction NULLS_LOW = function("NULLS_LOW", ReturnTypes.ARG0);
    public static final SqlFunction NULLS_HIGH = function("NULLS_HIGH", ReturnTypes.ARG0);

    private static final Map<String, SqlOperator> BY_NAME = new HashMap<>();
    private static final Map<SqlOperator, String> NAMES = new IdentityHashMap<>();
    private static final List<SqlOperator> PROJECT = new ArrayList<>();

    static {
        // Later tables do not replace earlier names: the project's table, then the standard, then the library operators.
        register(CanonicalOperators.class, true);
        register(SqlStdOperatorTable.class, false);
        register(SqlLibraryOperators.class, false);
    }

    private CanonicalOperators() {
    }

    /**
     * The operator a rule file names: a field of this class, of {@link SqlStdOperatorTable} or of
     * {@link SqlLibraryOperators} (in that order), case-insensitively; null when there is none.
     */
    public static SqlOperator named(String name) {
        return BY_NAME.get(name.toUpperCase(Locale.ROOT));
    }

    /** The field name by which rule files name {@code operator}, or its SQL name when it has none. */
    public static String nameOf(SqlOperator operator) {
        return NAMES.getOrDefault(operator, operator.getName());
    }

    /** The operators of this class: every target must spell each one or say it cannot. */
    public static List<SqlOperator> projectOperators() {
        return List.copyOf(PROJECT);
    }

    /** True for an operator of this class (Calcite's own operators have a spelling in every Calcite dialect). */
    public static boolean isProjectOperator(SqlOperator operator) {
        return PROJECT.contains(operator);
    }

    private static SqlFunction function(String name, SqlReturnTypeInference returns) {
        return new SqlFunction(name, SqlKind.OTHER_FUNCTION, returns, null, OperandTypes.VARIADIC,
                SqlFunctionCategory.SYSTEM);
    }

    private static SqlFunction aggregate(String name) {
        return new SqlFunction(name, SqlKind.OTHER_FUNCTION, ReturnTypes.VARCHAR_NULLABLE, null, OperandTypes.VARIADIC,
                SqlFunctionCategory.SYSTEM) {
            @Override
            public boolean isAggregator() {
                return true;
            }
        };
    }

    private static void register(Class<?> table, boolean project) {
        for (Field field : table.getFields()) {
            if (!Modifier.isStatic(field.getModifiers()) || !SqlOperator.class.isAssignableFrom(field.getType())) continue;
            try {
                SqlOperator operator = (SqlOperator) field.get(null);
                if (operator == null) continue;
                BY_NAME.putIfAbsent(field.getName(), operator);
                NAMES.putIfAbsent(operator, field.getName());
                if (project) PROJECT.add(operator);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
