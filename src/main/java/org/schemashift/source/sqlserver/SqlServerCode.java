package org.schemashift.source.sqlserver;

import static org.schemashift.model.Severity.*;

import org.schemashift.model.ActionCode;

/** Action items about facts of SQL Server as a source (SS-MSS-…): raised by the SQL Server reader, its type and function rules. Codes are stable: never renumber, only add. */
public enum SqlServerCode implements ActionCode {
    STORAGE_OPTION_IGNORED(new Entry("SS-MSS-0101", INFO, 0, "Storage option ignored",
            "None: the target places and stores data its own way. Review tablespaces if the placement mattered.",
            "Filegroups (ON [PRIMARY], TEXTIMAGE_ON), partition schemes, CLUSTERED / NONCLUSTERED and WITH (...) storage "
                    + "options are SQL Server's physical design; they have no meaning on the target.",
            "CONSTRAINT pk_t PRIMARY KEY CLUSTERED (id) WITH (PAD_INDEX = OFF) ON [PRIMARY]",
            "CONSTRAINT pk_t PRIMARY KEY (id)")),
    BATCH_REPEATED(new Entry("SS-MSS-0102", LOW, 0.25, "Batch repeated with GO n is converted once",
            "If the repetition mattered (test data), run the converted statement that many times.",
            "sqlcmd's GO n runs the batch n times; a schema is created once.",
            "INSERT INTO t DEFAULT VALUES\nGO 10",
            "INSERT INTO t DEFAULT VALUES;")),
    GUARD_DROPPED(new Entry("SS-MSS-0103", INFO, 0, "IF guard around DDL: the guarded statement is converted",
            "None for a fresh target; re-runnable scripts need the target's IF [NOT] EXISTS forms.",
            "Install scripts guard DDL with IF OBJECT_ID(...) / IF NOT EXISTS (...) so they can run again; the converted "
                    + "schema is created once, in order, so the guarded statement is converted on its own.",
            "IF OBJECT_ID('dbo.t') IS NULL CREATE TABLE dbo.t (id int)",
            "CREATE TABLE t (id integer);")),
    CASE_INSENSITIVE_COLLATION(new Entry("SS-MSS-0104", MEDIUM, 1, "Case-insensitive collation",
            "PostgreSQL: declare a nondeterministic ICU collation (CREATE COLLATION ci (provider = icu, locale = "
                    + "'und-u-ks-level2', deterministic = false)) and put COLLATE ci on the column, or use citext; MySQL: "
                    + "the default utf8mb4_0900_ai_ci collation already compares case-insensitively.",
            "SQL Server's _CI_ collations compare 'ABC' = 'abc' as equal, in keys and WHERE clauses; PostgreSQL's default "
                    + "collations compare case-sensitively, so unique keys and lookups may behave differently.",
            "name nvarchar(50) COLLATE SQL_Latin1_General_CP1_CI_AS",
            "name varchar(50) COLLATE ci")),
    TEMPORAL_TABLE(new Entry("SS-MSS-0105", HIGH, 4, "System-versioned temporal table",
            "Create the history table and a trigger that copies old rows there (or use the temporal_tables extension).",
            "SQL Server keeps every row version in a history table; neither target has system versioning, so the "
                    + "period columns are kept as ordinary columns.",
            "PERIOD FOR SYSTEM_TIME (valid_from, valid_to)) WITH (SYSTEM_VERSIONING = ON)",
            "valid_from timestamp(7), valid_to timestamp(7)")),
    MEMORY_OPTIMIZED(new Entry("SS-MSS-0106", MEDIUM, 1, "Memory-optimized table becomes an ordinary table",
            "Review the workload; an UNLOGGED table (PostgreSQL) is the nearest for SCHEMA_ONLY durability.",
            "In-Memory OLTP tables have no equivalent; the table is created as a normal, durable table.",
            "WITH (MEMORY_OPTIMIZED = ON, DURABILITY = SCHEMA_ONLY)",
            "CREATE TABLE ...")),
    FILESTREAM(new Entry("SS-MSS-0107", HIGH, 4, "FILESTREAM column keeps its bytes in the table",
            "Move large files to external storage and keep a path, or keep them in the bytea/longblob column.",
            "FILESTREAM stores varbinary(max) values as files in the file system; the targets store them in the row.",
            "doc varbinary(max) FILESTREAM",
            "doc bytea")),
    SPARSE_COLUMN(new Entry("SS-MSS-0108", INFO, 0, "SPARSE column is an ordinary column",
            "None: NULLs take little room on both targets.",
            "SPARSE optimises storage of NULLs; it does not change values.",
            "note varchar(100) SPARSE NULL",
            "note varchar(100)")),
    INDEX_KIND(new Entry("SS-MSS-0109", MEDIUM, 2, "Index kind has no direct equivalent",
            "Columnstore: consider a BRIN index or a columnar extension; XML/spatial: GIN/GiST with the matching "
                    + "extension; full-text: a tsvector column with a GIN index (PostgreSQL) or a FULLTEXT index (MySQL).",
            "Columnstore, XML, spatial and full-text indexes are SQL Server structures; the statement is not converted.",
            "CREATE NONCLUSTERED COLUMNSTORE INDEX cs ON sales (qty, price)",
            "-- not converted")),
    INDEXED_VIEW(new Entry("SS-MSS-0110", MEDIUM, 2, "Indexed view becomes a materialized view",
            "Create a materialized view and refresh it (REFRESH MATERIALIZED VIEW) when the base tables change.",
            "A clustered index on a SCHEMABINDING view materialises it and SQL Server keeps it current; the targets "
                    + "have no automatically maintained materialized views.",
            "CREATE UNIQUE CLUSTERED INDEX ix ON dbo.v_totals (id)",
            "CREATE MATERIALIZED VIEW v_totals AS ...")),
    TABLE_TYPE(new Entry("SS-MSS-0111", MEDIUM, 2, "Table type is not converted",
            "Pass sets as arrays of a composite type or through a temporary table in the converted routines.",
            "User-defined table types exist for table-valued parameters of procedures; neither target has them.",
            "CREATE TYPE dbo.IdList AS TABLE (id int)",
            "-- not converted")),
    BOUND_RULE_OR_DEFAULT(new Entry("SS-MSS-0112", LOW, 0.25, "Bound rule or default becomes a check or default",
            "None for columns; a rule or default bound to an alias type must be added to each column of that type.",
            "CREATE RULE / CREATE DEFAULT with sp_bindrule / sp_bindefault are deprecated SQL Server objects; the "
                    + "binding becomes a CHECK constraint or a DEFAULT on the column.",
            "CREATE RULE r_pos AS @v > 0\nGO\nEXEC sp_bindrule 'r_pos', 't.qty'",
            "ALTER TABLE t ADD CHECK (qty > 0);")),
    NOT_FOR_REPLICATION(new Entry("SS-MSS-0113", INFO, 0, "NOT FOR REPLICATION is dropped",
            "If the target replicates, configure the replication agent to skip the check or identity.",
            "NOT FOR REPLICATION lets SQL Server's replication agents bypass an identity, check or foreign key.",
            "id int IDENTITY(1,1) NOT FOR REPLICATION",
            "id integer GENERATED BY DEFAULT AS IDENTITY")),
    ROWGUIDCOL(new Entry("SS-MSS-0114", INFO, 0, "ROWGUIDCOL is dropped",
            "None: the column keeps its uuid type and default.",
            "ROWGUIDCOL marks the column merge replication and FILESTREAM use as the row's GUID.",
            "rowguid uniqueidentifier ROWGUIDCOL DEFAULT NEWID()",
            "rowguid uuid DEFAULT gen_random_uuid()")),
    UNCHECKED_CONSTRAINT(new Entry("SS-MSS-0115", MEDIUM, 0.5, "Constraint was not checked against existing rows",
            "Check the data before loading it: the target validates every row against the constraint.",
            "WITH NOCHECK (or NOCHECK CONSTRAINT) lets SQL Server keep rows that violate the constraint; the target "
                    + "rejects them when the data is loaded.",
            "ALTER TABLE t WITH NOCHECK ADD CONSTRAINT ck CHECK (qty > 0)",
            "ALTER TABLE t ADD CONSTRAINT ck CHECK (qty > 0);")),
    TABLE_HINT_DROPPED(new Entry("SS-MSS-0116", INFO, 0, "Table hint dropped",
            "None: PostgreSQL readers never block writers; review NOLOCK queries that relied on dirty reads.",
            "Table hints (NOLOCK, READPAST, INDEX(...)) steer SQL Server's locking and plans; the targets have none.",
            "SELECT * FROM orders WITH (NOLOCK)",
            "SELECT * FROM orders")),
    QUERY_CONSTRUCT(new Entry("SS-MSS-0117", MEDIUM, 1, "Query construct is not converted",
            "Rewrite the construct by hand (TOP ... PERCENT: a window with ntile or a count; FOR XML / FOR JSON: "
                    + "the target's XML or JSON functions; PIVOT: conditional aggregation).",
            "The construct has no equivalent that keeps its meaning on the target.",
            "SELECT TOP 10 PERCENT * FROM t ORDER BY x",
            "-- view commented out")),
    EXTENDED_PROPERTY(new Entry("SS-MSS-0118", LOW, 0.25, "Extended property other than MS_Description is not kept",
            "Keep the property in documentation or a comment if tools read it.",
            "Only MS_Description has a target equivalent (COMMENT); other extended properties are SQL Server metadata.",
            "EXEC sp_addextendedproperty 'Owner', 'sales', 'SCHEMA', 'dbo', 'TABLE', 't'",
            "-- not converted")),
    TYPE_EMULATED(new Entry("SS-MSS-0119", MEDIUM, 1, "SQL Server type is emulated",
            "Check how the application reads the column: the documented replacement type holds the values, not the type's behaviour.",
            "sql_variant, hierarchyid, geography/geometry and rowversion have no equivalent; the column gets the "
                    + "documented replacement (text, varchar path, the spatial bytes, an 8-byte binary without automatic update).",
            "node hierarchyid",
            "node varchar(4000)")),
    ROWVERSION(new Entry("SS-MSS-0120", MEDIUM, 1, "rowversion / timestamp column is not maintained",
            "For optimistic concurrency use a bigint version column set by a trigger (PostgreSQL can also read xmin).",
            "SQL Server sets a rowversion column to a new database-wide value on every change; the target column is a "
                    + "plain 8-byte binary that no one updates.",
            "ver rowversion",
            "ver bytea")),
    FUNCTION_SEMANTICS(new Entry("SS-MSS-0121", MEDIUM, 1, "Function converted where it has no target equivalent",
            "Review the expression; rewrite it with the target's functions where the default chosen does not fit.",
            "TRY_CAST / TRY_CONVERT return NULL on failure, FORMAT uses .NET format strings, CONVERT style codes "
                    + "pick formats; where the target has no equivalent the call is kept as written and commented out.",
            "FORMAT(amount, 'C', 'en-US')",
            "-- kept as written")),
    COMPUTED_COLUMN_TYPE(new Entry("SS-MSS-0122", LOW, 0.25, "Computed column type could not be inferred",
            "Declare the column with the type the expression gives (ALTER COLUMN ... TYPE on PostgreSQL, MODIFY on MySQL).",
            "A computed column has no declared type; SQL Server derives it from the expression. Where the expression's "
                    + "type family (number, string, date, timestamp, boolean) is unknown to the converter, the column "
                    + "is written as text (longtext on MySQL), which holds any value.",
            "Label AS (dbo.fn_label(Id))",
            "label text GENERATED ALWAYS AS (fn_label(id)) STORED"));

    private final Entry entry;

    SqlServerCode(Entry entry) {
        this.entry = entry;
    }

    @Override
    public Entry entry() {
        return entry;
    }
}
