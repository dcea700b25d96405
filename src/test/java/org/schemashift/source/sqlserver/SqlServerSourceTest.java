package org.schemashift.source.sqlserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.schemashift.model.ActionItem;
import org.schemashift.model.Column;
import org.schemashift.model.Disposition;
import org.schemashift.model.GeneralCode;
import org.schemashift.model.Identity;
import org.schemashift.model.Index;
import org.schemashift.model.ObjectKind;
import org.schemashift.model.ObjectName;
import org.schemashift.model.SchemaChange;
import org.schemashift.model.Sequence;
import org.schemashift.model.SourceStatement;
import org.schemashift.model.Table;
import org.schemashift.model.TableChange;
import org.schemashift.model.UserType;
import org.schemashift.model.View;
import org.schemashift.source.SourceFile;

/** What the SQL Server reader makes of T-SQL scripts: statements, their disposition and their model changes. */
class SqlServerSourceTest {

    private static List<SourceStatement> read(String script) {
        return new SqlServerSourceDialect().read(new SourceFile("test.sql", script));
    }

    private static SourceStatement single(String script) {
        List<SourceStatement> statements = read(script);
        assertThat(statements).hasSize(1);
        return statements.get(0);
    }

    private static Table table(String script) {
        SourceStatement statement = single(script);
        assertThat(statement.disposition()).as(statement.actionItems().toString()).isEqualTo(Disposition.PARSED);
        return ((SchemaChange.CreateTable) statement.changes().get(0)).table();
    }

    private static List<String> codes(SourceStatement statement) {
        return statement.actionItems().stream().map(ActionItem::code).map(c -> c.code()).toList();
    }

    @Test
    void goBatchesAndStatementsWithoutSemicolonsAreOneEntryEach() {
        List<SourceStatement> statements = read("""
                SET ANSI_NULLS ON
                GO
                CREATE TABLE a (id int NOT NULL)
                 CREATE INDEX ix_a ON dbo.a (id)
                ALTER TABLE a ADD CONSTRAINT pk_a PRIMARY KEY (id)
                INSERT INTO a VALUES (1)
                go 3
                -- GO inside a comment, 'GO' inside a string
                /* GO */ PRINT 'GO'
                """);
        assertThat(statements).extracting(SourceStatement::disposition).containsExactly(Disposition.IGNORED, Disposition.PARSED,
                Disposition.PARSED, Disposition.PARSED, Disposition.IGNORED, Disposition.IGNORED);
        assertThat(statements).extracting(s -> s.span().line()).containsExactly(1, 3, 4, 5, 6, 9);
        assertThat(codes(statements.get(4))).contains(SqlServerCode.BATCH_REPEATED.code());
    }

    @Test
    void codeObjectsAreReadWithTheirWholeBatchAndUnconvertedStatementsKeptAsWritten() {
        List<SourceStatement> statements = read("""
                CREATE OR ALTER PROCEDURE dbo.p @x int AS
                BEGIN
                  INSERT INTO #u EXEC dbo.q
                  INSERT INTO #t VALUES (@x)
                END
                GO
                CREATE TRIGGER trg ON a FOR INSERT, UPDATE AS SELECT 1
                GO
                """);
        assertThat(statements).extracting(SourceStatement::kind).containsExactly(ObjectKind.PROCEDURE, ObjectKind.TRIGGER);
        assertThat(statements).allMatch(s -> s.disposition() == Disposition.PARSED);
        assertThat(statements.get(0).name()).isEqualTo("p");
        assertThat(statements.get(0).text()).contains("INSERT INTO #t").endsWith("END");
        org.schemashift.model.Routine routine = ((org.schemashift.model.SchemaChange.CreateRoutine) statements.get(0).changes().get(0))
                .routine();
        assertThat(routine.body().block().statements().get(0)).isInstanceOfSatisfying(org.schemashift.model.proc.Block.class,
                b -> assertThat(b.statements().get(0)).as("unconverted unless dbo.q becomes a function RETURNS TABLE")
                        .isInstanceOfSatisfying(org.schemashift.model.proc.Statement.InsertExec.class,
                                i -> assertThat(i.otherwise().rawText()).isEqualTo("INSERT INTO #u EXEC dbo.q")));
    }

    @Test
    void columnsIdentityComputedDefaultsAndOptions() {
        Table t = table("""
                CREATE TABLE [dbo].[Orders] (
                  [Id] [int] IDENTITY(100, 5) NOT FOR REPLICATION NOT NULL,
                  [Total] AS ([Qty] * [Price]) PERSISTED,
                  [Qty] smallint CONSTRAINT DF_Qty DEFAULT ((1)),
                  [Price] money NULL,
                  [Guid] uniqueidentifier ROWGUIDCOL NOT NULL DEFAULT (newid()),
                  [Name] nvarchar(50) COLLATE SQL_Latin1_General_CP1_CI_AS NULL,
                  CONSTRAINT [PK_Orders] PRIMARY KEY CLUSTERED ([Id] ASC) WITH (PAD_INDEX = OFF) ON [PRIMARY]
                ) ON [PRIMARY] TEXTIMAGE_ON [PRIMARY]
                """);
        assertThat(t.name()).isEqualTo(ObjectName.of("Orders"));
        Column id = t.column("Id");
        assertThat(id.identity()).isEqualTo(new Identity(false, 100L, 5L, null, null, null, null));
        assertThat(id.nullable()).isFalse();
        assertThat(t.column("Total").generated().stored()).isTrue();
        assertThat(t.column("Qty").defaultValue().sourceText()).isEqualTo("((1))");
        assertThat(t.primaryKey().name()).isEqualTo("PK_Orders");
        assertThat(t.primaryKey().columns()).containsExactly("Id");
        SourceStatement statement = single("CREATE TABLE t (a nvarchar(5) COLLATE Latin1_General_CI_AS, b int SPARSE NULL)"
                + " WITH (SYSTEM_VERSIONING = ON, MEMORY_OPTIMIZED = ON)");
        assertThat(codes(statement)).contains(SqlServerCode.CASE_INSENSITIVE_COLLATION.code(), SqlServerCode.SPARSE_COLUMN.code(),
                SqlServerCode.TEMPORAL_TABLE.code(), SqlServerCode.MEMORY_OPTIMIZED.code());
    }

    @Test
    void alterTableAddsKeysChecksAndDefaultsForColumns() {
        List<SourceStatement> statements = read("""
                ALTER TABLE [dbo].[Orders] WITH NOCHECK ADD CONSTRAINT [FK_Orders_C] FOREIGN KEY([CustomerId])
                REFERENCES [dbo].[Customers] ([Id]) ON DELETE CASCADE
                ALTER TABLE [dbo].[Orders] CHECK CONSTRAINT [FK_Orders_C]
                ALTER TABLE [dbo].[Orders] ADD CONSTRAINT [DF_Orders_Qty] DEFAULT ((0)) FOR [Qty]
                ALTER TABLE Orders DROP CONSTRAINT DF_Orders_Qty
                """);
        assertThat(statements).hasSize(4).allMatch(s -> s.disposition() == Disposition.PARSED);
        TableChange fk = ((SchemaChange.AlterTable) statements.get(0).changes().get(0)).changes().get(0);
        assertThat(fk).isInstanceOf(TableChange.AddForeignKey.class);
        assertThat(((TableChange.AddForeignKey) fk).foreignKey().validated()).as("WITH NOCHECK: old rows never checked").isFalse();
        TableChange setDefault = ((SchemaChange.AlterTable) statements.get(2).changes().get(0)).changes().get(0);
        assertThat(setDefault).isEqualTo(new TableChange.SetColumnDefault("Qty",
                ((TableChange.SetColumnDefault) setDefault).defaultValue()));
        assertThat(((SchemaChange.AlterTable) statements.get(3).changes().get(0)).changes())
                .containsExactly(new TableChange.DropConstraint("DF_Orders_Qty"));
    }

    @Test
    void indexesFilteredIncludedDescendingAndSpecialKinds() {
        Index index = ((SchemaChange.CreateIndex) single("CREATE UNIQUE NONCLUSTERED INDEX ix ON dbo.t (a DESC, b)"
                + " INCLUDE (c) WHERE a IS NOT NULL WITH (ONLINE = ON)").changes().get(0)).index();
        assertThat(index.unique()).isTrue();
        assertThat(index.parts()).extracting(p -> p.column() + (p.descending() ? " desc" : "")).containsExactly("a desc", "b");
        assertThat(index.where().sourceText()).isEqualTo("a IS NOT NULL");
        SourceStatement columnstore = single("CREATE NONCLUSTERED COLUMNSTORE INDEX cs ON t (a, b)");
        assertThat(columnstore.disposition()).isEqualTo(Disposition.UNSUPPORTED);
        assertThat(codes(columnstore)).containsExactly(SqlServerCode.INDEX_KIND.code());
    }

    @Test
    void guardsConvertTheGuardedStatement() {
        List<SourceStatement> statements = read("""
                IF NOT EXISTS (SELECT * FROM sys.objects WHERE object_id = OBJECT_ID(N'[dbo].[T]') AND type in (N'U'))
                BEGIN
                CREATE TABLE [dbo].[T] ([Id] int NOT NULL)
                END
                GO
                IF OBJECT_ID('dbo.T2') IS NOT NULL DROP TABLE dbo.T2;
                if exists (select * from sysobjects where id = object_id('dbo.V') and sysstat & 0xf = 2) drop view "dbo"."V"
                """);
        assertThat(statements).hasSize(3).allMatch(s -> s.disposition() == Disposition.PARSED);
        assertThat(statements.get(0).changes()).singleElement().isInstanceOf(SchemaChange.CreateTable.class);
        assertThat(codes(statements.get(0))).contains(SqlServerCode.GUARD_DROPPED.code());
        assertThat(statements.get(1).changes()).containsExactly(new SchemaChange.DropObject(ObjectKind.TABLE,
                ObjectName.of("T2"), null, true, statements.get(1).span()));
        assertThat(statements.get(2).kind()).isEqualTo(ObjectKind.VIEW);
    }

    @Test
    void aGuardsElsePartIsReportedWhateverItHolds() {
        List<SourceStatement> statements = read("""
                IF OBJECT_ID('dbo.Q') IS NULL
                    CREATE TABLE dbo.Q (id int PRIMARY KEY, s varchar(9) DEFAULT (CASE WHEN 1 = 1 THEN 'a' ELSE 'b' END))
                ELSE
                    ALTER TABLE dbo.Q ADD extra int NULL
                GO
                IF OBJECT_ID('dbo.R') IS NULL
                BEGIN
                    CREATE TABLE dbo.R (id int PRIMARY KEY)
                END
                ELSE
                BEGIN
                    PRINT 'exists'
                END
                """);
        assertThat(statements).hasSize(2).allMatch(s -> s.disposition() == Disposition.PARSED)
                .allMatch(s -> s.changes().size() == 1 && s.changes().get(0) instanceof SchemaChange.CreateTable);
        assertThat(statements.get(0).actionItems()).filteredOn(i -> i.code() == SqlServerCode.GUARD_ELSE_NOT_TAKEN)
                .singleElement().satisfies(i -> assertThat(i.message()).isEqualTo("ELSE ALTER TABLE dbo.Q ADD extra int NULL"));
        assertThat(statements.get(1).actionItems()).filteredOn(i -> i.code() == SqlServerCode.GUARD_ELSE_NOT_TAKEN)
                .singleElement().satisfies(i -> assertThat(i.span().line()).isEqualTo(10));
    }

    @Test
    void extendedPropertiesAreComments() {
        List<SourceStatement> statements = read("""
                EXEC sys.sp_addextendedproperty @name=N'MS_Description', @value=N'The orders' , @level0type=N'SCHEMA',
                  @level0name=N'dbo', @level1type=N'TABLE',@level1name=N'Orders'
                GO
                EXEC sp_addextendedproperty 'MS_Description', 'Order total', 'SCHEMA', 'sales', 'TABLE', 'Orders', 'COLUMN', 'Total'
                GO
                EXEC sp_addextendedproperty 'Owner', 'team', 'SCHEMA', 'dbo', 'TABLE', 'Orders'
                """);
        assertThat(statements.get(0).changes()).containsExactly(new SchemaChange.SetComment(ObjectName.of("Orders"), null,
                "The orders", statements.get(0).span()));
        assertThat(statements.get(1).changes()).containsExactly(new SchemaChange.SetComment(new ObjectName("sales", "Orders"),
                "Total", "Order total", statements.get(1).span()));
        assertThat(codes(statements.get(2))).containsExactly(SqlServerCode.EXTENDED_PROPERTY.code());
    }

    @Test
    void aliasTypesRulesAndDefaults() {
        List<SourceStatement> statements = read("""
                EXEC sp_addtype id, 'varchar(11)', 'NOT NULL'
                CREATE TYPE [dbo].[Flag] FROM [char](1) NULL
                GO
                CREATE RULE r_flag AS @f IN ('Y', 'N')
                GO
                EXEC sp_bindrule 'r_flag', 'Flag'
                GO
                CREATE DEFAULT d_qty AS 1
                GO
                EXEC sp_bindefault 'd_qty', 'Orders.Qty'
                EXEC sp_bindrule r_flag, '[dbo].[Orders].[Done]'
                CREATE TYPE dbo.IdList AS TABLE (id int)
                """);
        UserType id = ((SchemaChange.CreateType) statements.get(0).changes().get(0)).type();
        assertThat(id.category()).isEqualTo(UserType.DOMAIN);
        assertThat(id.baseType().name()).isEqualTo("varchar");
        assertThat(id.baseType().length()).isEqualTo(11);
        SchemaChange.AddDomainCheck check = (SchemaChange.AddDomainCheck) statements.get(3).changes().get(0);
        assertThat(check.type()).isEqualTo(ObjectName.of("Flag"));
        assertThat(check.check().condition().sourceText()).isEqualTo("VALUE IN ('Y', 'N')");
        TableChange setDefault = ((SchemaChange.AlterTable) statements.get(5).changes().get(0)).changes().get(0);
        assertThat(((TableChange.SetColumnDefault) setDefault).column()).isEqualTo("Qty");
        TableChange addCheck = ((SchemaChange.AlterTable) statements.get(6).changes().get(0)).changes().get(0);
        assertThat(((TableChange.AddCheck) addCheck).check().condition().sourceText()).isEqualTo("Done IN ('Y', 'N')");
        assertThat(statements.get(7).disposition()).isEqualTo(Disposition.UNSUPPORTED);
        assertThat(codes(statements.get(7))).containsExactly(SqlServerCode.TABLE_TYPE.code());
    }

    @Test
    void sequencesStartAtTheirMinimumUnlessToldOtherwise() {
        Sequence plain = ((SchemaChange.CreateSequence) single("CREATE SEQUENCE dbo.s AS int").changes().get(0)).sequence();
        assertThat(plain.start()).isEqualTo((long) Integer.MIN_VALUE);
        assertThat(plain.minValue()).isEqualTo((long) Integer.MIN_VALUE);
        Sequence explicit = ((SchemaChange.CreateSequence) single(
                "CREATE SEQUENCE s START WITH 10 INCREMENT BY 2 MINVALUE 1 NO MAXVALUE CYCLE CACHE 20").changes().get(0)).sequence();
        assertThat(explicit).extracting(Sequence::start, Sequence::increment, Sequence::minValue, Sequence::cycle, Sequence::cache)
                .containsExactly(10L, 2L, 1L, true, 20L);
    }

    @Test
    void viewsSynonymsAndSchemas() {
        List<SourceStatement> statements = read("""
                CREATE SCHEMA sales AUTHORIZATION dbo
                GO
                CREATE VIEW sales.v_orders WITH SCHEMABINDING AS SELECT o.Id, Label = o.Name + N'!' FROM dbo.Orders o
                  WITH CHECK OPTION
                GO
                CREATE SYNONYM dbo.Ord FOR sales.Orders
                CREATE UNIQUE CLUSTERED INDEX ix_v ON sales.v_orders (Id)
                """);
        assertThat(statements).extracting(SourceStatement::kind)
                .containsExactly(ObjectKind.SCHEMA, ObjectKind.VIEW, ObjectKind.SYNONYM, ObjectKind.VIEW);
        View view = ((SchemaChange.CreateView) statements.get(1).changes().get(0)).view();
        assertThat(view.checkOption()).isTrue();
        assertThat(view.query().node().toString()).contains("`o`.`Name` + '!' AS `Label`").contains("FROM `Orders` AS `o`");
        assertThat(codes(statements.get(3))).contains(SqlServerCode.INDEXED_VIEW.code());
        View materialized = ((SchemaChange.CreateView) statements.get(3).changes().get(1)).view();
        assertThat(materialized.materialized()).isTrue();
    }

    @Test
    void useThreePartNamesStorageOptionsSpecialIndexesAndCreateOrAlterView() {
        List<SourceStatement> statements = read("""
                USE Shop
                GO
                CREATE TABLE Shop.dbo.Docs (Id int PRIMARY KEY, Body varbinary(max) FILESTREAM NULL, X xml, G geography,
                  T nvarchar(100)) ON [PRIMARY] TEXTIMAGE_ON [PRIMARY] FILESTREAM_ON fs
                GO
                CREATE PRIMARY XML INDEX px ON dbo.Docs (X)
                CREATE SPATIAL INDEX sx ON dbo.Docs (G)
                CREATE FULLTEXT INDEX ON dbo.Docs (T) KEY INDEX pk_docs
                GO
                CREATE OR ALTER VIEW dbo.V AS SELECT Id FROM Shop.dbo.Docs
                GO
                """);
        assertThat(statements).extracting(SourceStatement::disposition).containsExactly(Disposition.IGNORED, Disposition.PARSED,
                Disposition.UNSUPPORTED, Disposition.UNSUPPORTED, Disposition.UNSUPPORTED, Disposition.PARSED);
        assertThat(table("CREATE TABLE Shop.dbo.Docs (Id int)").name()).as("the database part of a name is dropped")
                .isEqualTo(ObjectName.of("Docs"));
        assertThat(statements.get(1).actionItems()).map(i -> i.code().code() + " " + i.message()).containsExactly(
                "SS-MSS-0107 Docs.Body", "SS-MSS-0101 table Docs: ON [PRIMARY]", "SS-MSS-0101 table Docs: TEXTIMAGE_ON [PRIMARY]",
                "SS-MSS-0101 table Docs: FILESTREAM_ON fs");
        assertThat(statements.subList(2, 5)).map(st -> codes(st) + " " + st.actionItems().get(0).message()).containsExactly(
                "[SS-MSS-0109] XML index", "[SS-MSS-0109] SPATIAL index", "[SS-MSS-0109] FULLTEXT index");
        View view = ((SchemaChange.CreateView) statements.get(5).changes().get(0)).view();
        assertThat(view.name()).isEqualTo(ObjectName.of("V"));
        assertThat(view.query().node().toString()).endsWith("FROM `Docs`");
    }
}
