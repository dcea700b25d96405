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
    FOREIGN_KEY_NOT_UNIQUE("SS-GEN-0012", HIGH, 1, "Foreign key references columns that are not a key",
            "Add a unique constraint on the referenced columns (if the data allows it), then add the foreign key."),
    CLAUSE_NOT_CONVERTED("SS-GEN-0011", MEDIUM, 1, "Clause is not converted",
            "The clause is not in the output: apply its effect in the target by hand if it is still needed."),
    VIEW_NOT_CONVERTED("SS-GEN-0013", MEDIUM, 1, "View query could not be converted",
            "The view is in the output commented out; rewrite its query for the target."),

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

    ORACLE_SUBSTITUTION_VARIABLE("SS-ORA-PG-0201", HIGH, 0.25, "SQL*Plus substitution variable has no value",
            "Pass the value with convert --define NAME=VALUE (or a DEFINE line in the script) and convert again."),
    ORACLE_INCLUDE_NOT_IN_INPUT("SS-ORA-PG-0202", MEDIUM, 0.5, "Script included with @ / @@ is not among the inputs",
            "Add the included script to the convert inputs so its statements are read in place."),
    ORACLE_PHYSICAL_ATTRIBUTES("SS-ORA-PG-0203", INFO, 0, "Oracle storage attributes are not converted",
            "No action needed: tablespaces, storage, logging, compression and parallel settings have no PostgreSQL meaning here."),
    ORACLE_PARTITIONING("SS-ORA-PG-0204", MEDIUM, 4, "Oracle partitioning not converted; the table is created unpartitioned",
            "Recreate the partitioning with PostgreSQL declarative partitioning; the primary key must include the partition key."),
    ORACLE_GLOBAL_TEMPORARY("SS-ORA-PG-0205", LOW, 1, "GLOBAL TEMPORARY table becomes an ordinary (unlogged) table",
            "PostgreSQL temporary tables exist per session and are created by the session: create it there with CREATE TEMP TABLE ... ON COMMIT, or keep this unlogged table and delete rows yourself."),
    ORACLE_EXTERNAL_TABLE("SS-ORA-PG-0206", HIGH, 4, "ORGANIZATION EXTERNAL table not converted",
            "Load the file with COPY or use file_fdw; the table is created as an ordinary table with its columns."),
    ORACLE_DISABLED_CONSTRAINT("SS-ORA-PG-0207", LOW, 0.5, "Constraint is DISABLED in the source and is not created",
            "Clean the data, then add the constraint by hand (NOT VALID first if needed)."),
    ORACLE_DEFAULT_ON_NULL("SS-ORA-PG-0208", LOW, 0.5, "DEFAULT ON NULL becomes DEFAULT plus NOT NULL",
            "An INSERT of an explicit NULL now fails instead of taking the default; use a BEFORE INSERT trigger if code relies on it."),
    ORACLE_DBLINK("SS-ORA-PG-0209", HIGH, 2, "Object over a database link",
            "Use postgres_fdw (a foreign table or server) for the remote object and adjust the name."),
    ORACLE_SYNONYM("SS-ORA-PG-0210", LOW, 0.5, "Synonym has no PostgreSQL equivalent",
            "Synonyms for tables and views become views; for other objects add the owning schema to search_path or qualify the name in code."),
    ORACLE_MVIEW_REFRESH("SS-ORA-PG-0211", LOW, 1, "Materialized view refresh options are not converted",
            "PostgreSQL refreshes only on demand: schedule REFRESH MATERIALIZED VIEW (pg_cron or a job) to match the source refresh."),
    ORACLE_TYPE_SEMANTICS("SS-ORA-PG-0212", LOW, 1, "User-defined type converted with different semantics",
            "Object types become composite types (methods are not converted), VARRAY and nested tables become arrays without size limits; check code using them."),
    ORACLE_GRANT("SS-ORA-PG-0213", INFO, 0.25, "GRANT reported, not emitted",
            "Convert with --grants to emit GRANT statements, after creating the roles in PostgreSQL."),
    ORACLE_HINT_DROPPED("SS-ORA-PG-0214", INFO, 0, "Optimizer hint dropped",
            "No action needed unless the plan matters; PostgreSQL has no hints (pg_hint_plan is an extension)."),
    ORACLE_INDEX_KIND("SS-ORA-PG-0215", INFO, 0.25, "BITMAP or REVERSE index becomes a B-tree index",
            "Check the plans of queries that used the index; a BRIN or GIN index may suit some cases."),
    ORACLE_PLSQL("SS-ORA-PG-0216", MEDIUM, 4, "PL/SQL is not converted yet",
            "Convert the PL/SQL unit to PL/pgSQL by hand until SchemaShift converts PL/SQL."),
    ORACLE_ANONYMOUS_BLOCK("SS-ORA-PG-0217", MEDIUM, 1, "Anonymous PL/SQL block: only the DDL in its EXECUTE IMMEDIATE strings was read",
            "Check the block's conditions and other statements; the DDL it runs as string literals is converted as if run once."),
    ORACLE_PLACEHOLDER_0218("SS-ORA-PG-0218", INFO, 0, "Reserved",
            "Not raised."),
    ORACLE_UNTYPED_VIRTUAL_COLUMN("SS-ORA-PG-0219", LOW, 0.25, "Virtual column without a declared type",
            "The column is typed from the mapping for an undeclared type; declare the type it should have."),
    ORACLE_SPECIAL_TYPE("SS-ORA-PG-0220", MEDIUM, 1, "Oracle type with no direct PostgreSQL equivalent",
            "Check the chosen type (see docs/oracle-to-postgresql.md) and the code that reads the column."),
    ORACLE_SPATIAL_TYPE("SS-ORA-PG-0221", HIGH, 2, "SDO_GEOMETRY column stored as bytea",
            "Install PostGIS and change the column to geometry; migrate the data with SDO_UTIL.TO_WKBGEOMETRY and ST_GeomFromWKB."),
    ORACLE_IGNORED_COMMAND("SS-ORA-PG-0222", INFO, 0, "SQL*Plus or session command has no schema effect",
            "No action needed."),
    ORACLE_DEFERRABLE_KEY("SS-ORA-PG-0223", LOW, 0.25, "DEFERRABLE primary or unique key created as immediate",
            "Add DEFERRABLE to the PostgreSQL constraint if transactions rely on deferred checking.");

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
