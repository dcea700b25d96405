package org.schemashift.model;

import static org.schemashift.model.Severity.*;

/**
 * The catalogue of action items: every code any stage can raise, with its severity, title,
 * recommended action and default effort in hours. Codes are stable: never renumber, only add.
 */
public enum ActionCode {
    PARSE_ERROR("SS-GEN-0001", HIGH, 2, "Statement could not be parsed",
            "Check the statement against the source dialect; if it is valid, convert it by hand and report the grammar gap."),
    UNSUPPORTED_STATEMENT("SS-GEN-0002", MEDIUM, 2, "Statement kind is not converted yet",
            "Convert the statement by hand and add it to the target schema."),
    UNKNOWN_TABLE("SS-GEN-0003", MEDIUM, 1, "Statement refers to a table that is not in the input",
            "Add the file that creates the table to the input, or apply this change by hand."),
    NAME_COLLISION("SS-GEN-0004", HIGH, 1, "Two source names map to the same target name",
            "Rename one of the objects in the source or with a rename rule."),
    NAME_SHORTENED("SS-GEN-0005", LOW, 0.25, "Name shortened to the target's identifier limit",
            "Check that code referring to the object uses the new name."),
    NAME_MADE_UNIQUE("SS-GEN-0006", LOW, 0.25, "Name changed to be unique in the target schema",
            "Check that code referring to the object uses the new name."),
    UNKNOWN_COLUMN("SS-GEN-0007", MEDIUM, 1, "Statement refers to a column that is not in the table",
            "Check the source script: the column may be created by a file that is not in the input."),
    UNMAPPED_FUNCTION("SS-GEN-0008", MEDIUM, 1, "Function has no known equivalent in the target",
            "Rewrite the expression with target functions, or add a rule to your mappings file."),
    TYPE_NOT_MAPPED("SS-GEN-0009", HIGH, 1, "Data type has no mapping rule",
            "Choose a target type and add a type rule to your mappings file."),
    DUPLICATE_OBJECT("SS-GEN-0010", MEDIUM, 0.5, "Object is created twice in the input",
            "Keep one definition; the later one replaced the earlier."),

    ZERO_DATE_DEFAULT("SS-MY-PG-0101", MEDIUM, 0.5, "Zero-date default has no PostgreSQL equivalent",
            "The default was left out. Choose a real default or make the column nullable, and convert zero dates in the data."),
    PREFIX_INDEX("SS-MY-PG-0102", LOW, 0.5, "Prefix index converted to its closest equivalent",
            "A unique prefix index becomes a unique index on left(col, n); a plain one indexes the whole column. Check query plans."),
    FULLTEXT_INDEX("SS-MY-PG-0103", MEDIUM, 2, "FULLTEXT index converted to a GIN text-search index",
            "Rewrite MATCH ... AGAINST queries as to_tsvector(...) @@ to_tsquery(...) using the same expression."),
    SPATIAL_TYPE("SS-MY-PG-0104", HIGH, 2, "Spatial type stored as bytea",
            "Install PostGIS and change the column to geometry; load the data with ST_GeomFromWKB."),
    SPATIAL_INDEX("SS-MY-PG-0105", MEDIUM, 1, "SPATIAL index not created",
            "After moving the column to PostGIS geometry, create a GiST index on it."),
    PARTITIONING("SS-MY-PG-0106", MEDIUM, 4, "Partitioning not converted; the table is created unpartitioned",
            "Recreate the partitioning with PostgreSQL declarative partitioning; the primary key must include the partition key columns."),
    ON_UPDATE_TRIGGER("SS-MY-PG-0107", INFO, 0, "ON UPDATE CURRENT_TIMESTAMP emulated with a trigger",
            "No action needed; the trigger sets the column when a row changes, as MySQL does."),
    SET_TYPE("SS-MY-PG-0108", LOW, 0.5, "SET column stored as text with a CHECK on its members",
            "Consider a text[] column or a join table; FIND_IN_SET queries must be rewritten."),
    ZEROFILL("SS-MY-PG-0109", INFO, 0.25, "ZEROFILL display padding is not kept",
            "Pad in queries with lpad(col::text, width, '0') where the padding matters."),
    UNSIGNED_IDENTITY("SS-MY-PG-0110", LOW, 0.25, "BIGINT UNSIGNED AUTO_INCREMENT becomes bigint identity",
            "Values above 9223372036854775807 cannot be stored; check the current maximum."),
    INVISIBLE_COLUMN("SS-MY-PG-0111", LOW, 0.5, "INVISIBLE column becomes a normal column",
            "SELECT * now returns this column; check code that relies on it being hidden."),
    VIRTUAL_COLUMN("SS-MY-PG-0112", LOW, 0.25, "VIRTUAL generated column becomes STORED",
            "PostgreSQL 15 supports only stored generated columns; the value now takes disk space."),
    CHECK_NOT_ENFORCED("SS-MY-PG-0113", LOW, 0.25, "NOT ENFORCED check constraint left out",
            "The constraint is in the output as a comment; add it if the data satisfies it."),
    FLOAT_PRECISION("SS-MY-PG-0114", LOW, 0.25, "FLOAT(M,D)/DOUBLE(M,D) digits are not kept",
            "Use numeric(M,D) if the rounding to D decimals matters."),
    EXPRESSION_NOT_CONVERTED("SS-MY-PG-0115", MEDIUM, 1, "Expression could not be converted",
            "The clause is in the output as a comment; rewrite it for PostgreSQL."),
    INDEX_ON_UNSUPPORTED_TYPE("SS-MY-PG-0116", LOW, 0.5, "Index method has no PostgreSQL equivalent; a B-tree index is used",
            "Check that the B-tree index serves the queries that used the original index."),

    ORACLE_HINT_DROPPED("SS-ORA-PG-0301", INFO, 0, "Optimizer hint dropped",
            "PostgreSQL has no optimizer hints; check the query plan if the hint mattered."),
    ORACLE_ROWNUM_BEFORE_ORDER_BY("SS-ORA-PG-0302", LOW, 0.5, "ROWNUM filter and ORDER BY in the same query block",
            "Oracle numbers rows before sorting, so it returned n arbitrary rows, sorted; PostgreSQL now returns the first n in that order. Check that this is what the query meant."),
    ORACLE_NLS_DEPENDENT("SS-ORA-PG-0303", LOW, 0.5, "Conversion depends on Oracle NLS session settings",
            "The default format of the Oracle session was assumed; give an explicit format model if the text matters."),
    ORACLE_HIERARCHICAL_QUERY("SS-ORA-PG-0304", INFO, 0.25, "CONNECT BY rewritten as a recursive query",
            "Rows come in depth-first order of the parent keys; check ORDER SIBLINGS BY and queries relying on Oracle's order."),
    ORACLE_COMPAT_FUNCTION("SS-ORA-PG-0305", INFO, 0, "Oracle function emulated by a helper in schema oracle_compat",
            "No action needed; the helper functions are created with the schema.");

    private final String code;
    private final Severity severity;
    private final double effortHours;
    private final String title;
    private final String recommendation;

    ActionCode(String code, Severity severity, double effortHours, String title, String recommendation) {
        this.code = code;
        this.severity = severity;
        this.effortHours = effortHours;
        this.title = title;
        this.recommendation = recommendation;
    }

    public String code() {
        return code;
    }

    public Severity severity() {
        return severity;
    }

    public double effortHours() {
        return effortHours;
    }

    public String title() {
        return title;
    }

    public String recommendation() {
        return recommendation;
    }

    private static final java.util.Map<String, ActionCode> BY_CODE = java.util.Arrays.stream(values())
            .collect(java.util.stream.Collectors.toUnmodifiableMap(ActionCode::code, c -> c));

    /** The entry with the stable code {@code code} (as written in rule files), or null. */
    public static ActionCode byCode(String code) {
        return BY_CODE.get(code);
    }

    public ActionItem at(SourceSpan span, String message) {
        return new ActionItem(this, message, span);
    }
}
