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
    GUARD_ELSE_NOT_TAKEN(new Entry("SS-MSS-0190", LOW, 0.25, "ELSE part of an IF guard is not converted",
            "Check that the guarded statement creates the object as the ELSE part would have left it; keep the ELSE "
                    + "part for upgrading an existing database, outside the schema.",
            "An install script's ELSE part runs when the object already exists (it alters, upgrades or prints); the "
                    + "converted schema creates a fresh database, where the guarded statement is the one taken.",
            "IF OBJECT_ID('dbo.t') IS NULL CREATE TABLE dbo.t (id int) ELSE PRINT 'exists'",
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
            "Table hints (NOLOCK, READPAST, INDEX(...)) steer SQL Server's locking and plans; the targets have none. Hints "
                    + "that lock the rows a query reads (UPDLOCK, XLOCK, HOLDLOCK) become its FOR UPDATE / FOR SHARE instead.",
            "SELECT * FROM orders WITH (NOLOCK)",
            "SELECT * FROM orders")),
    KEY_RANGE_LOCKS(new Entry("SS-MSS-0220", LOW, 0.25, "HOLDLOCK / SERIALIZABLE: rows locked, key ranges not",
            "Where the code relies on no other session inserting rows the query would read (a check-then-insert), run the "
                    + "transaction at SERIALIZABLE isolation on PostgreSQL and retry on SQLSTATE 40001, or lock the table.",
            "SQL Server's HOLDLOCK (SERIALIZABLE, REPEATABLEREAD) holds the locks of the rows read until the transaction ends "
                    + "and, for HOLDLOCK and SERIALIZABLE, locks the key ranges between them, so no other session can insert a "
                    + "row the query would have read. The query becomes FOR SHARE (FOR UPDATE with UPDLOCK or XLOCK) of the "
                    + "table: the rows it read stay locked; PostgreSQL has no key-range locks.",
            "SELECT @next = next_id FROM counters WITH (UPDLOCK, HOLDLOCK) WHERE name = @name",
            "SELECT next_id FROM counters WHERE name = p_name FOR UPDATE OF counters INTO next")),
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
            "label text GENERATED ALWAYS AS (fn_label(id)) STORED")),
    CALLERS_MUST_CHANGE(new Entry("SS-MSS-0131", LOW, 0.5, "Procedure passes values back: callers must change",
            "Rewrite each caller: CALL with a variable in every OUT position, and read the return status from the RETURN_STATUS parameter.",
            "T-SQL callers write EXEC @rc = p @a, @b OUTPUT; PostgreSQL returns OUTPUT parameters and the RETURN status through INOUT parameters of CALL.",
            "CREATE PROCEDURE p @n int OUTPUT AS ... RETURN 1",
            "CREATE PROCEDURE p(INOUT p_n integer, INOUT return_status integer DEFAULT NULL)")),
    SESSION_OPTION_IN_CODE(new Entry("SS-MSS-0132", INFO, 0, "Session option in code dropped",
            "None usually; review SET XACT_ABORT and ANSI options if the code relies on them.",
            "SET NOCOUNT, ANSI_NULLS, QUOTED_IDENTIFIER, ARITHABORT, XACT_ABORT and the like change SQL Server's session behaviour; PostgreSQL behaves as with NOCOUNT, ANSI_NULLS and XACT_ABORT on (an error ends the transaction).",
            "SET NOCOUNT ON",
            "-- SET NOCOUNT ON: dropped")),
    RAISERROR_STOPS(new Entry("SS-MSS-0133", LOW, 0.25, "RAISERROR with an error severity stops the routine",
            "Check that nothing after the RAISERROR had to run; it usually is followed by RETURN or ROLLBACK.",
            "Outside TRY, T-SQL goes on after RAISERROR with severity 11-18; RAISE EXCEPTION leaves the routine. Severity 10 or less is RAISE NOTICE; the message's %d and %s become format() placeholders.",
            "RAISERROR('bad %d', 16, 1, @n)",
            "RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = format('bad %s', p_n);")),
    DYNAMIC_SQL_TEXT(new Entry("SS-MSS-0134", MEDIUM, 1, "Dynamic SQL text is T-SQL",
            "Rewrite the SQL string in PostgreSQL's dialect; @parameters in it become $1, $2 in the order of USING.",
            "EXEC(@sql) and sp_executesql run a string built at run time; it is executed with EXECUTE ... USING, but the string's own SQL is not converted.",
            "EXEC sp_executesql @sql, N'@id int', @id = 5",
            "EXECUTE v_sql USING 5;")),
    DYNAMIC_SQL_CONVERTED(new Entry("SS-MSS-0207", INFO, 0.05, "Dynamic SQL of a known text converted",
            "Review the converted text in the EXECUTE; the statement needs no other change.",
            "The string EXEC() or sp_executesql runs is a literal, literals joined with +, or a variable the code sets once "
                    + "to such a text before it runs it: it is read as T-SQL and converted as the same statement written in "
                    + "the code would be, then run by EXECUTE with the declared @parameters numbered $1, $2 ... in the order "
                    + "of their declaration, as USING passes them (a SELECT is a result set of the procedure, as a bare SELECT is).",
            "EXEC sp_executesql N'UPDATE stock SET qty = qty - @n WHERE id = @id', N'@id int, @n int', @id = 5, @n = 1",
            "EXECUTE 'UPDATE stock SET qty = qty - $2 WHERE id = $1' USING 5, 1;")),
    CODE_OBJECT_NOT_CONVERTED(new Entry("SS-MSS-0135", HIGH, 4, "Code object has no PostgreSQL equivalent",
            "DDL and logon triggers: PostgreSQL event triggers (ddl_command_end) or login hooks; CLR routines and assemblies: rewrite in PL/pgSQL or an extension language.",
            "Server and database DDL triggers, logon triggers and CLR objects (EXTERNAL NAME, CREATE ASSEMBLY) run outside T-SQL's table model.",
            "CREATE TRIGGER t ON DATABASE FOR CREATE_TABLE AS ...",
            "-- not converted")),
    TABLE_VALUED_PARAMETER(new Entry("SS-MSS-0136", HIGH, 2, "Table-valued parameter",
            "Pass an array of a composite type (or a temporary table filled by the caller) and rewrite the reads.",
            "A READONLY parameter of a table type passes a set of rows; PostgreSQL routines take arrays or composite values instead.",
            "@rows dbo.IdList READONLY",
            "p_rows idlist[]")),
    ROUTINE_OPTION_NOTED(new Entry("SS-MSS-0137", INFO, 0, "Routine option noted",
            "EXECUTE AS OWNER / SELF: use SECURITY DEFINER where the rights matter; the others need nothing.",
            "WITH RECOMPILE, ENCRYPTION, SCHEMABINDING, NATIVE_COMPILATION and EXECUTE AS are SQL Server's compilation and security options.",
            "CREATE PROCEDURE p WITH RECOMPILE AS ...",
            "CREATE PROCEDURE p() ...")),
    SELECT_ASSIGNS_LAST_ROW(new Entry("SS-MSS-0138", INFO, 0, "SELECT @v = ... FROM keeps the last row",
            "None when the query returns one row; otherwise review which row the code meant.",
            "SELECT @v = col FROM t assigns every row in turn and keeps the last; with no row the variable keeps its value. The conversion keeps that meaning.",
            "SELECT @v = name FROM t WHERE id = @id",
            "SELECT name INTO v_v FROM t WHERE id = p_id;")),
    TRIGGER_ROWS_AS_TABLES(new Entry("SS-MSS-0139", INFO, 0, "Trigger reads inserted / deleted as transition tables",
            "None; a trigger that sets rows (SQL Server's nested triggers) should be reviewed.",
            "A T-SQL DML trigger fires once per statement and reads the changed rows from the pseudo tables inserted and deleted; PostgreSQL statement-level AFTER triggers read them as transition tables, one trigger per event. Nested and recursive firing follows PostgreSQL's rules.",
            "CREATE TRIGGER t ON emp FOR INSERT, UPDATE AS ... FROM inserted",
            "CREATE TRIGGER t_insert AFTER INSERT ON emp REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT ...")),
    ROLLBACK_IN_TRIGGER(new Entry("SS-MSS-0140", LOW, 0.25, "ROLLBACK in a trigger raises an error",
            "Check that the caller handles the error; the statement and its transaction are undone as in SQL Server.",
            "ROLLBACK TRANSACTION in a T-SQL trigger undoes the transaction and ends the batch; a PostgreSQL trigger cannot end the transaction, so it raises an error, which undoes the statement and aborts the transaction.",
            "ROLLBACK TRANSACTION",
            "RAISE EXCEPTION USING ERRCODE = '40003', MESSAGE = 'transaction rolled back by trigger';")),
    SYSTEM_FUNCTION_IN_CODE(new Entry("SS-MSS-0141", MEDIUM, 0.5, "System function or variable in code",
            "Replace it with the PostgreSQL equivalent the message names, or remove the dependency.",
            "@@TRANCOUNT, @@ERROR, XACT_STATE(), ERROR_LINE(), ERROR_SEVERITY() and the like read SQL Server's session state; where PostgreSQL has no equivalent the value is approximated as the message says.",
            "IF @@TRANCOUNT > 0 ROLLBACK",
            "-- reviewed by hand")),
    SET_ROWCOUNT(new Entry("SS-MSS-0142", LOW, 0.25, "SET ROWCOUNT limits the following queries",
            "None when applied; otherwise add LIMIT to the statements that follow.",
            "SET ROWCOUNT n stops every following query after n rows until SET ROWCOUNT 0; a constant n is applied to the result sets that follow as FETCH FIRST n ROWS, other statements are reported.",
            "SET ROWCOUNT 10 SELECT * FROM t ORDER BY a",
            "OPEN result_set FOR SELECT * FROM t ORDER BY a FETCH NEXT 10 ROWS ONLY;")),
    TEMPORARY_TABLE_IN_CODE(new Entry("SS-MSS-0150", LOW, 0.25, "Temporary table or table variable becomes a temporary table",
            "Check the code does not rely on a difference the message names: a table variable keeps its rows after ROLLBACK, "
                    + "and a procedure that creates a #table of the same name as its caller's replaces the caller's.",
            "#t and DECLARE @t TABLE live until their procedure ends; they become CREATE TEMPORARY TABLE (a table of the same "
                    + "name left from an earlier run replaced first) and are dropped at every RETURN and at the end. PostgreSQL "
                    + "has one temporary namespace per session, where SQL Server gives each procedure level its own #t, and its "
                    + "temporary tables follow ROLLBACK, which SQL Server's table variables do not.",
            "DECLARE @t TABLE (id int PRIMARY KEY, name varchar(20))",
            "DROP TABLE IF EXISTS pg_temp.v_t; CREATE TEMPORARY TABLE v_t (id integer NOT NULL, name varchar(20), UNIQUE (id));")),
    GLOBAL_TEMPORARY_TABLE(new Entry("SS-MSS-0151", MEDIUM, 1, "Global temporary table is private to the session",
            "Where other sessions read the ##table, use an unlogged permanent table, emptied and dropped by the code that owns it.",
            "A ##table is visible to every session until the last one using it ends; a PostgreSQL temporary table is visible to its own session only.",
            "CREATE TABLE ##work (id int)",
            "CREATE TEMPORARY TABLE \"##work\" (id integer);")),
    TEMPORARY_TABLE_CONSTRAINT(new Entry("SS-MSS-0152", MEDIUM, 0.5, "Constraint of a temporary table is not kept",
            "Add the check to the code that fills the table, or create the constraint with ALTER TABLE after the CREATE.",
            "CHECK and FOREIGN KEY constraints and indexes of a #table or table variable are not written: the temporary table keeps its columns, NOT NULL, defaults, identity, primary and unique keys.",
            "DECLARE @t TABLE (qty int CHECK (qty > 0))",
            "CREATE TEMPORARY TABLE v_t (qty integer);")),
    TRANSACTION_STATE(new Entry("SS-MSS-0153", LOW, 0.25, "@@TRANCOUNT and XACT_STATE() read as one committable transaction",
            "Review code that counts nested BEGIN TRAN or branches on XACT_STATE() = -1.",
            "PostgreSQL code always runs inside one transaction, which an error caught by an exception block leaves committable "
                    + "(the failed statement's changes undone): @@TRANCOUNT is 1 and XACT_STATE() is 1. SQL Server counts nested "
                    + "BEGIN TRANSACTION statements and marks a transaction uncommittable (-1) after some errors.",
            "IF @@TRANCOUNT > 0 COMMIT",
            "IF 1 > 0 THEN COMMIT; END IF;")),
    ERROR_AFTER_STATEMENT(new Entry("SS-MSS-0154", MEDIUM, 1, "@@ERROR after a statement: an error stops the routine",
            "Move the error handling into a TRY ... CATCH (an exception block); callers see the error itself, not a return code.",
            "Outside TRY, a failing T-SQL statement lets the batch go on and @@ERROR tells the next statement its number; in "
                    + "PostgreSQL the error leaves the routine, so a statement that runs always reads @@ERROR as 0. Inside CATCH, "
                    + "@@ERROR is the caught error's, as ERROR_NUMBER().",
            "INSERT INTO t VALUES (1) IF @@ERROR <> 0 RETURN 1",
            "INSERT INTO t VALUES (1); IF 0 <> 0 THEN ... END IF;")),
    CATALOG_VIEW_THROUGH_HELPER(new Entry("SS-MSS-0215", LOW, 0.25, "SQL Server catalog view read through a helper function",
            "Check the query against PostgreSQL's objects: the helper lists the user's tables, views, sequences, routines, "
                    + "constraints, triggers and schemas with SQL Server's type codes; object_id and schema_id are PostgreSQL's oids.",
            "sys.objects, sys.tables, sys.views, sys.procedures, sys.schemas, sys.columns, sys.types, sys.indexes, "
                    + "sys.index_columns, sys.foreign_keys and sys.extended_properties (the comments) are read through "
                    + "mssql_compat.sys_objects() and its siblings, set-returning functions of the same columns over pg_catalog, created with the schema (bit columns 0 or "
                    + "1). A statement that names a column they lack keeps the view (SS-MSS-0155).",
            "IF EXISTS (SELECT 1 FROM sys.objects WHERE name = 'orders' AND type = 'U')",
            "IF EXISTS (SELECT 1 FROM mssql_compat.sys_objects() AS objects WHERE name = 'orders' AND type = 'U') THEN")),
    CATALOG_NAME_IN_TARGET(new Entry("SS-MSS-0210", INFO, 0, "Name looked up in the catalog as the conversion names it",
            "None, unless the code also compares names held in variables or with LIKE: those are compared as they are, "
                    + "and the target holds names as the conversion gave them (folded to lower case on PostgreSQL).",
            "SQL Server holds names as written and compares them without case; the converted schema holds them as the "
                    + "conversion names them. A string compared (=, <>, IN) with a name column of a sys or INFORMATION_SCHEMA "
                    + "view in the same query (TABLE_NAME, COLUMN_NAME, TABLE_SCHEMA, ROUTINE_NAME, sys.*.name) is replaced "
                    + "by the name the conversion gives that table, routine, column or schema (renamed, folded, shortened); "
                    + "the default schema dbo is the session's current schema.",
            "IF EXISTS (SELECT 1 FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'dbo' AND TABLE_NAME = 'Customer' "
                    + "AND COLUMN_NAME = 'CustomerID')",
            "IF EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema AND table_name = "
                    + "'customer' AND column_name = 'customerid') THEN")),
    COLUMN_LENGTH(new Entry("SS-MSS-0211", LOW, 0.25, "COL_LENGTH reads the converted column's type",
            "Check code that uses the length itself (not only IS NULL): an nchar / nvarchar column's length is its "
                    + "characters, not twice them, and varbinary(n) or varchar(n) columns converted to a type without a "
                    + "bound give -1.",
            "COL_LENGTH(table, column) is the column's defined length in bytes, NULL when there is no such column; the "
                    + "conversion reads the converted column in pg_attribute (mssql_compat.col_length): a fixed-size type its "
                    + "size, char(n) and varchar(n) n, decimal(p,s) SQL Server's 5, 9, 13 or 17 bytes, an unbounded type -1.",
            "IF COL_LENGTH('dbo.Orders', 'Note') IS NULL ALTER TABLE dbo.Orders ADD Note varchar(100)",
            "IF mssql_compat.col_length(CAST(CAST(to_regclass('orders') AS oid) AS integer), 'note') IS NULL THEN")),
    USER_NUMBER(new Entry("SS-MSS-0217", LOW, 0.25, "USER_ID reads the target's roles",
            "Create the roles the code looks up (CREATE ROLE), or change the test: SQL Server database users that are "
                    + "not PostgreSQL roles are not found.",
            "USER_ID(name) is the number of the database user name; the conversion reads the PostgreSQL role of that "
                    + "name (pg_roles, its oid, the number sys.schemas gives a schema's owner), NULL when there is none; "
                    + "USER_ID() the session user's.",
            "SELECT name FROM sys.schemas WHERE principal_id = USER_ID('app')",
            "SELECT name FROM mssql_compat.sys_schemas() WHERE principal_id = (SELECT r.oid::integer FROM pg_roles r "
                    + "WHERE r.rolname = 'app')")),
    CATALOG_VIEW_IN_CODE(new Entry("SS-MSS-0155", MEDIUM, 1, "SQL Server catalog view in code",
            "Rewrite the query on the PostgreSQL catalog the message names (pg_catalog or information_schema).",
            "The sys.* catalog and dynamic management views describe SQL Server's objects and sessions; PostgreSQL has no "
                    + "views of those names, so the statement fails when it runs. INFORMATION_SCHEMA views exist in both.",
            "SELECT name FROM sys.tables",
            "SELECT relname FROM pg_catalog.pg_class WHERE relkind = 'r'")),
    XML_PATH_CONCATENATION(new Entry("SS-MSS-0200", LOW, 0.25, "FOR XML PATH('') concatenation becomes string_agg",
            "Check that no value holds &, < or > that callers expected escaped (&amp;, &lt;, &gt;); usually the escaping "
                    + "was an unwanted side effect and the converted result is the one intended.",
            "Without TYPE, FOR XML PATH('') returns the concatenation as XML text, so SQL Server escapes &, < and > in the "
                    + "values; string_agg returns them as they are. With TYPE and .value('.', ...) both give the plain text.",
            "SELECT STUFF((SELECT ',' + name FROM t ORDER BY id FOR XML PATH('')), 1, 1, '')",
            "SELECT overlay((SELECT string_agg(',' || name, '' ORDER BY id) FROM t) placing '' from 1 for 1)")),
    OUTPUT_CLAUSE(new Entry("SS-MSS-0201", INFO, 0, "OUTPUT clause becomes RETURNING",
            "None.",
            "OUTPUT inserted.c / deleted.c returns the changed rows; PostgreSQL's RETURNING returns the new row of an INSERT "
                    + "or UPDATE and the removed row of a DELETE. OUTPUT ... INTO a table becomes a data-modifying WITH whose "
                    + "rows an INSERT appends to the table.",
            "DELETE FROM queue OUTPUT deleted.id INTO @done WHERE state = 2",
            "WITH ss_returned AS (DELETE FROM queue WHERE state = 2 RETURNING id) INSERT INTO done SELECT * FROM ss_returned;")),
    INSTEAD_OF_PER_ROW(new Entry("SS-MSS-0202", MEDIUM, 1, "INSTEAD OF trigger runs once per row",
            "Check that the body does per row what it did for the statement's rows (a count or an aggregate of inserted now "
                    + "sees one row). On a table, make sure a change of the same table in the body does not fire the trigger "
                    + "again: guard it with pg_trigger_depth().",
            "SQL Server's INSTEAD OF trigger runs once per statement over the inserted and deleted tables; PostgreSQL has "
                    + "INSTEAD OF triggers only FOR EACH ROW and only on views. The body runs once per row, with inserted and "
                    + "deleted that row; on a table the trigger is a BEFORE trigger that returns NULL, so the row is not changed.",
            "CREATE TRIGGER v_ins ON v INSTEAD OF INSERT AS INSERT INTO t SELECT id, name FROM inserted",
            "CREATE TRIGGER v_ins INSTEAD OF INSERT ON v FOR EACH ROW EXECUTE FUNCTION v_ins(); -- INSERT INTO t SELECT id, name FROM (SELECT NEW.*) AS inserted")),
    CATALOG_NUMBER(new Entry("SS-MSS-0203", LOW, 0.25, "Object or schema number read in the target's catalog",
            "Check that the number comes from OBJECT_ID or the target's catalog, and that the object is a table, view or "
                    + "sequence; procedures, functions and triggers have numbers of their own on the target (pg_proc, pg_trigger).",
            "OBJECT_NAME(id), OBJECT_SCHEMA_NAME(id) and SCHEMA_NAME(id) name the object or schema SQL Server numbers id; "
                    + "the conversion looks the number up in the target's catalog (pg_class, pg_namespace), where only "
                    + "relations are numbered together and the numbers differ from SQL Server's: a number stored from SQL "
                    + "Server finds nothing.",
            "SELECT OBJECT_SCHEMA_NAME(@id) + '.' + OBJECT_NAME(@id)",
            "SELECT (SELECT nspname FROM pg_namespace n JOIN pg_class c ON n.oid = c.relnamespace WHERE c.oid = id) || '.' "
                    + "|| (SELECT relname FROM pg_class WHERE oid = id)")),
    OBJECT_ID_LOOKUP(new Entry("SS-MSS-0216", LOW, 0.25, "OBJECT_ID looked up in the target's catalog",
            "Check that the number is not stored or compared with numbers from SQL Server, and, for a database with a "
                    + "case-sensitive collation, that no two objects of a schema differ only in case.",
            "OBJECT_ID(name [, type]) is the number of the table, view, sequence, procedure, function, constraint or "
                    + "trigger the name names; the conversion looks it up in the target's catalog (mssql_compat.object_id, "
                    + "over mssql_compat.sys_objects()): the name read as SQL Server reads one ([ ] and \" \" delimit parts) "
                    + "and compared without case, as SQL Server's default collations compare names, the type as sys.objects "
                    + "gives it. The numbers are PostgreSQL's oids, as sys.objects and OBJECT_NAME give them; a constant "
                    + "name is the name the conversion gives that object.",
            "IF OBJECT_ID('dbo.usp_Load', 'P') IS NOT NULL DROP PROCEDURE dbo.usp_Load",
            "IF mssql_compat.object_id(quote_ident('usp_load'), 'P') IS NOT NULL THEN")),
    SELECT_INTO_TABLE(new Entry("SS-MSS-0205", MEDIUM, 0.5, "SELECT ... INTO a new table becomes CREATE TABLE ... AS SELECT",
            "Add what the table needs after it is created: its primary key, constraints, defaults and indexes, and the "
                    + "identity of a selected identity column (ALTER TABLE ... ALTER COLUMN ... ADD GENERATED BY DEFAULT AS "
                    + "IDENTITY on PostgreSQL, MODIFY ... AUTO_INCREMENT with a key on MySQL).",
            "SELECT ... INTO t creates t with the query's columns and fills it with its rows; CREATE TABLE t AS SELECT does "
                    + "the same on the targets. SQL Server also makes a selected identity column an identity column of t "
                    + "(unless the query joins, groups, aggregates, is a UNION or computes the column); the targets' "
                    + "CREATE TABLE AS copies no identity, and neither copies keys, constraints, defaults or indexes.",
            "SELECT Id, Name INTO dbo.Archive FROM dbo.Orders WHERE Shipped = 1",
            "CREATE TABLE archive AS SELECT id, name FROM orders WHERE shipped = TRUE;")),
    CASE_SENSITIVE_COLLATE_ORDER(new Entry("SS-MSS-0206", LOW, 0.25, "COLLATE of a case-sensitive collation becomes the binary one",
            "Where the expression orders rows (ORDER BY, MIN / MAX, < and >), check that ordering by character codes is "
                    + "acceptable, or use a case-sensitive ICU collation of your language on PostgreSQL "
                    + "(CREATE COLLATION ... (provider = icu, locale = 'en-u-ks-level3')).",
            "x COLLATE Latin1_General_CS_AS compares with case (and accents) told apart, as the binary collation the "
                    + "conversion gives it does (\"C\" on PostgreSQL, utf8mb4_bin on MySQL); equal and unequal are the same, "
                    + "but the binary collation orders by character codes (every capital before every small letter, 'B' < "
                    + "'a'), where SQL Server's _CS_ collations order as a dictionary does ('a' < 'B').",
            "ORDER BY Name COLLATE Latin1_General_CS_AS",
            "ORDER BY name COLLATE \"C\"")),
    CROSS_DATABASE(new Entry("SS-MSS-0213", HIGH, 1, "Reference to another database",
            "Bring the other database's objects into the target database (as a schema), or reach them through "
                    + "postgres_fdw or dblink on PostgreSQL, a FEDERATED table or a schema-qualified name on MySQL; then "
                    + "qualify the name accordingly.",
            "A three- or four-part name names a database other than the one the script is in (USE); the conversion "
                    + "drops the database part, so the converted statement reads the table of that name in its own database.",
            "SELECT * FROM Archive.dbo.Orders",
            "SELECT * FROM archive_orders -- mapped by hand")),
    CASE_SENSITIVE_REPLACE(new Entry("SS-MSS-0214", MEDIUM, 0.25, "REPLACE matches with case on the target",
            "Where the text can differ in case from the pattern, write the case-insensitive replacement by hand: "
                    + "regexp_replace(s, pattern with its special characters escaped, replacement, 'gi').",
            "Under a case-insensitive collation (SQL Server's default) REPLACE finds the pattern whatever its case; the "
                    + "targets' REPLACE matches case exactly. The pattern or replacement is no literal, so it was not "
                    + "rewritten as a case-insensitive regular expression.",
            "REPLACE(name, @from, @to)",
            "REPLACE(name, v_from, v_to)"));

    private final Entry entry;

    SqlServerCode(Entry entry) {
        this.entry = entry;
    }

    @Override
    public Entry entry() {
        return entry;
    }
}
