package org.schemashift.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.schemashift.convert.ActionItems;
import org.schemashift.convert.CatalogAssembler;
import org.schemashift.emit.TargetCapabilities;
import org.schemashift.emit.TargetCapabilities.AutoNumbering;
import org.schemashift.emit.TargetCapabilities.BooleanType;
import org.schemashift.emit.TargetCapabilities.CommentSyntax;
import org.schemashift.emit.TargetCapabilities.Containers;
import org.schemashift.emit.TargetCapabilities.ForeignKeyTarget;
import org.schemashift.emit.TargetCapabilities.GeneratedStorage;
import org.schemashift.emit.TargetCapabilities.LengthUnit;
import org.schemashift.emit.TargetCapabilities.NameScope;
import org.schemashift.emit.TargetCapabilities.UnquotedCase;
import org.schemashift.emit.TargetOptions;
import org.schemashift.emit.mysql.MySqlTargetCode;
import org.schemashift.emit.postgresql.PostgresqlTargetDialect;
import org.schemashift.model.ActionCode;
import org.schemashift.model.GeneralCode;
import org.schemashift.model.ActionItem;
import org.schemashift.model.Catalog;
import org.schemashift.model.NameCase;
import org.schemashift.source.SourceFile;
import org.schemashift.source.SourceOptions;
import org.schemashift.source.mysql.MySqlSourceDialect;
import org.schemashift.source.oracle.OracleSourceDialect;
import org.junit.jupiter.api.Test;

/**
 * The planner decides order, names and what a target cannot take, from capability flags alone:
 * each case plans one small source schema for PostgreSQL and for a made-up "narrow" target that
 * differs from it in every flag the planner reads.
 */
class DdlPlannerTest {
    private static final TargetCapabilities POSTGRESQL = new PostgresqlTargetDialect().capabilities();
    /** 16-character names compared case-insensitively, per-table index names, per-database constraint names, no extras. */
    private static final TargetCapabilities NARROW = new TargetCapabilities("Narrow",
            new TargetCapabilities.Identifiers(16, LengthUnit.CHARACTERS, UnquotedCase.PRESERVE, false, '`',
                    "/org/schemashift/emit/postgresql/keywords.txt", "[A-Za-z_][A-Za-z0-9_]*"),
            Containers.DATABASES,
            new TargetCapabilities.Constraints(false, false, ForeignKeyTarget.INDEXED_COLUMNS, NameScope.SCHEMA, false, false),
            new TargetCapabilities.Indexes(false, false, true, NameScope.TABLE),
            new TargetCapabilities.Columns(AutoNumbering.AUTO_INCREMENT,
                    Set.of(GeneratedStorage.STORED, GeneratedStorage.VIRTUAL), true, true, BooleanType.TINYINT),
            CommentSyntax.INLINE, false, false, false,
            new TargetCapabilities.Gaps(null, null, MySqlTargetCode.CHECK_NOT_ENFORCED, MySqlTargetCode.NOT_DEFERRABLE,
                    MySqlTargetCode.EXPRESSION_INDEX, MySqlTargetCode.PARTIAL_INDEX, MySqlTargetCode.USER_TYPE,
                    MySqlTargetCode.AUTO_INCREMENT_KEY, MySqlTargetCode.TIME_DEPENDENT_CHECK));

    /** The items of the last plan. */
    private ActionItems items = new ActionItems();

    private DdlPlan plan(TargetCapabilities target, NameCase sourceCase, Catalog catalog) {
        items = new ActionItems();
        return new DdlPlanner(target, sourceCase, items, TargetOptions.DEFAULTS).plan(catalog);
    }

    private DdlPlan mysql(TargetCapabilities target, String sql) {
        return plan(target, NameCase.INSENSITIVE, catalog(new MySqlSourceDialect().read(new SourceFile("t.sql", sql))));
    }

    private DdlPlan oracle(TargetCapabilities target, String sql) {
        return plan(target, NameCase.UPPER_CANONICAL, catalog(new OracleSourceDialect()
                .read(List.of(new SourceFile("t.sql", sql)), SourceOptions.NONE)));
    }

    private static Catalog catalog(List<org.schemashift.model.SourceStatement> statements) {
        return new CatalogAssembler(new ActionItems()).assemble(statements);
    }

    private static <T extends PlannedStep> List<T> steps(DdlPlan plan, Class<T> kind) {
        return plan.steps().stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    /** One word per step, in plan order: the kind and the target name. */
    private static List<String> order(DdlPlan plan) {
        Function<PlannedStep, String> word = step -> {
            String kind = step.getClass().getSimpleName();
            if (step instanceof PlannedStep.CreateTable t) return kind + " " + t.table().name().name();
            if (step instanceof PlannedStep.CreateIndex i) return kind + " " + i.name();
            if (step instanceof PlannedStep.AddForeignKey f) return kind + " " + f.name();
            if (step instanceof PlannedStep.CreateView v) return kind + " " + v.name().name();
            if (step instanceof PlannedStep.CreateSchema s) return kind + " " + s.name();
            return kind;
        };
        return plan.steps().stream().map(word).toList();
    }

    private List<ActionItem> items(ActionCode code) {
        return items.all().stream().filter(i -> i.code() == code).toList();
    }

    @Test
    void foreignKeysComeAfterEveryTableSoForwardReferencesNeedNoOrdering() {
        DdlPlan plan = mysql(POSTGRESQL, """
                CREATE TABLE child (id INT PRIMARY KEY, parent_id INT, KEY ix_parent (parent_id),
                  CONSTRAINT fk_parent FOREIGN KEY (parent_id) REFERENCES parent (id));
                CREATE TABLE parent (id INT PRIMARY KEY);
                """);
        assertThat(order(plan)).containsExactly("HelperLibraries", "CreateTable child", "CreateTable parent",
                "CreateIndex ix_parent", "AddForeignKey fk_parent");
    }

    @Test
    void aUniqueIndexOnTheKeyColumnsServesTheKeyAndIsNotPlanned() {
        DdlPlan plan = oracle(POSTGRESQL, """
                CREATE TABLE T (ID NUMBER, CODE VARCHAR2(10));
                CREATE UNIQUE INDEX T_PK_IX ON T (ID);
                CREATE INDEX T_CODE_IX ON T (CODE);
                ALTER TABLE T ADD CONSTRAINT T_PK PRIMARY KEY (ID) USING INDEX T_PK_IX;
                """);
        assertThat(steps(plan, PlannedStep.CreateIndex.class)).extracting(PlannedStep.CreateIndex::name)
                .containsExactly("t_code_ix");
        assertThat(steps(plan, PlannedStep.CreateTable.class).get(0).table().primaryKey().name()).isEqualTo("t_pk");
    }

    @Test
    void anAutoIncrementTargetGetsAKeyOnAnIdentityColumnThatLeadsNone() {
        String sql = """
                CREATE TABLE audit (id NUMBER GENERATED ALWAYS AS IDENTITY, code VARCHAR2(10) PRIMARY KEY);
                CREATE TABLE keyed (id NUMBER GENERATED ALWAYS AS IDENTITY PRIMARY KEY);
                """;
        assertThat(steps(oracle(NARROW, sql), PlannedStep.CreateTable.class))
                .extracting(t -> t.table().autoNumberKey() == null ? null : t.table().autoNumberKey().name())
                .containsExactly("ID", null);
        assertThat(items(MySqlTargetCode.AUTO_INCREMENT_KEY)).hasSize(1);
        assertThat(steps(oracle(POSTGRESQL, sql), PlannedStep.CreateTable.class))
                .allSatisfy(t -> assertThat(t.table().autoNumberKey()).as("identity columns need no key").isNull());
    }

    @Test
    void indexNamesClashPerSchemaInPostgresqlButNotPerTableTargets() {
        String sql = """
                CREATE TABLE a (x INT, KEY ix_x (x));
                CREATE TABLE b (x INT, KEY ix_x (x));
                """;
        assertThat(steps(mysql(POSTGRESQL, sql), PlannedStep.CreateIndex.class)).extracting(PlannedStep.CreateIndex::name)
                .containsExactly("ix_x", "ix_x_2");
        assertThat(items(GeneralCode.NAME_MADE_UNIQUE)).singleElement().extracting(ActionItem::message)
                .isEqualTo("index ix_x is already used in the schema; named ix_x_2");
        assertThat(steps(mysql(NARROW, sql), PlannedStep.CreateIndex.class)).extracting(PlannedStep.CreateIndex::name)
                .containsExactly("ix_x", "ix_x");
    }

    @Test
    void namesOverTheLimitAreShortenedDeterministicallyInTheTargetsUnit() {
        DdlPlan plan = mysql(NARROW, "CREATE TABLE customer_order_history (id INT, KEY (id));");
        String table = steps(plan, PlannedStep.CreateTable.class).get(0).table().name().name();
        assertThat(table).hasSize(16).startsWith("custome_").isEqualTo(plan.naming().name("customer_order_history"));
        assertThat(steps(plan, PlannedStep.CreateIndex.class).get(0).name()).hasSize(16).isNotEqualTo(table);
        assertThat(items(GeneralCode.NAME_SHORTENED)).extracting(ActionItem::message)
                .anySatisfy(m -> assertThat(m).contains("is longer than 16 characters"));
    }

    @Test
    void aCaseInsensitiveTargetSeesNamesThatDifferOnlyInCaseAsOneNameAndRenamesTheSecond() {
        String sql = "CREATE TABLE \"T\" (\"Name\" VARCHAR2(10), \"NAME\" VARCHAR2(10));";
        PlannedTable onPostgresql = steps(oracle(POSTGRESQL, sql), PlannedStep.CreateTable.class).get(0).table();
        assertThat(onPostgresql.columns()).extracting(PlannedTable.PlannedColumn::name).containsExactly("Name", "name");
        PlannedTable onNarrow = steps(oracle(NARROW, sql), PlannedStep.CreateTable.class).get(0).table();
        assertThat(onNarrow.columns()).extracting(PlannedTable.PlannedColumn::name).containsExactly("Name", "name_2");
        assertThat(items(GeneralCode.NAME_COLLISION)).singleElement().extracting(ActionItem::message)
                .isEqualTo("columns Name and NAME of T would both be named Name in Narrow; NAME is named name_2");
    }

    @Test
    void aTargetThatKeepsUnquotedCaseKeepsACaseInsensitiveSourcesSpelling() {
        assertThat(steps(mysql(NARROW, "CREATE TABLE CustomerOrder (Id INT);"), PlannedStep.CreateTable.class).get(0)
                .table().name().name()).isEqualTo("CustomerOrder");
        assertThat(steps(mysql(POSTGRESQL, "CREATE TABLE CustomerOrder (Id INT);"), PlannedStep.CreateTable.class).get(0)
                .table().name().name()).isEqualTo("customerorder");
    }

    @Test
    void deferrableConstraintsBecomeImmediateWhereTheTargetHasNoDeferrable() {
        String sql = """
                CREATE TABLE D (ID NUMBER CONSTRAINT D_PK PRIMARY KEY DEFERRABLE);
                CREATE TABLE E (D_ID NUMBER CONSTRAINT E_D_FK REFERENCES D (ID) DEFERRABLE INITIALLY DEFERRED);
                """;
        PlannedStep.AddForeignKey onPostgresql = steps(oracle(POSTGRESQL, sql), PlannedStep.AddForeignKey.class).get(0);
        assertThat(onPostgresql.foreignKey().deferrable()).isTrue();
        assertThat(onPostgresql.commentedOut()).as("PostgreSQL rejects a foreign key to a deferrable key").isTrue();
        DdlPlan narrow = oracle(NARROW, sql);
        PlannedStep.AddForeignKey onNarrow = steps(narrow, PlannedStep.AddForeignKey.class).get(0);
        assertThat(onNarrow.foreignKey().deferrable()).isFalse();
        assertThat(onNarrow.commentedOut()).isFalse();
        assertThat(steps(narrow, PlannedStep.CreateTable.class).get(0).table().primaryKey())
                .satisfies(pk -> assertThat(pk.deferrable()).isFalse())
                .satisfies(pk -> assertThat(pk.name()).as("the target does not name primary keys").isNull());
        assertThat(items(MySqlTargetCode.NOT_DEFERRABLE)).extracting(ActionItem::message).containsExactly(
                "primary key on D is DEFERRABLE in the source; Narrow checks it at once",
                "foreign key e_d_fk on E is DEFERRABLE in the source; Narrow checks it at once");
    }

    @Test
    void aForeignKeyToIndexedButNotUniqueColumnsIsKeptOnlyWhereTheTargetAcceptsIt() {
        String sql = """
                CREATE TABLE p (id INT PRIMARY KEY, code INT, KEY ix_code (code, id));
                CREATE TABLE c (code INT, CONSTRAINT fk_code FOREIGN KEY (code) REFERENCES p (code));
                CREATE TABLE d (id INT, CONSTRAINT fk_id FOREIGN KEY (id) REFERENCES p (id, code));
                """;
        assertThat(steps(mysql(POSTGRESQL, sql), PlannedStep.AddForeignKey.class))
                .extracting(PlannedStep.AddForeignKey::commentedOut).containsExactly(true, true);
        assertThat(items(GeneralCode.FOREIGN_KEY_NOT_UNIQUE)).first().extracting(ActionItem::message).isEqualTo(
                "foreign key fk_code on c references p [code], which is not a primary key or unique constraint that "
                        + "PostgreSQL accepts (one that is not DEFERRABLE); the constraint is commented out");
        assertThat(steps(mysql(NARROW, sql), PlannedStep.AddForeignKey.class))
                .extracting(PlannedStep.AddForeignKey::commentedOut).containsExactly(false, true);
    }

    @Test
    void aForeignKeyToATableOutsideTheInputIsCommentedOut() {
        PlannedStep.AddForeignKey fk = steps(mysql(NARROW, "CREATE TABLE c (x INT, FOREIGN KEY (x) REFERENCES elsewhere (id));"),
                PlannedStep.AddForeignKey.class).get(0);
        assertThat(fk.commentedOut()).isTrue();
        assertThat(fk.name()).isEqualTo("c_x_fkey");
        assertThat(items(GeneralCode.UNKNOWN_TABLE)).hasSize(1);
    }

    @Test
    void expressionAndPartialIndexesAreChangedOnlyWhereTheTargetLacksThem() {
        String sql = """
                CREATE TABLE T (A VARCHAR2(10), B NUMBER);
                CREATE INDEX T_UPPER_IX ON T (UPPER(A));
                CREATE INDEX T_B_IX ON T (B);
                """;
        assertThat(steps(oracle(POSTGRESQL, sql), PlannedStep.CreateIndex.class))
                .extracting(PlannedStep.CreateIndex::commentedOut).containsExactly(false, false);
        assertThat(steps(oracle(NARROW, sql), PlannedStep.CreateIndex.class))
                .extracting(PlannedStep.CreateIndex::commentedOut).containsExactly(true, false);
        assertThat(items(MySqlTargetCode.EXPRESSION_INDEX)).singleElement().extracting(ActionItem::message).isEqualTo(
                "index T_UPPER_IX on T has expression key parts, which Narrow cannot index; it is written commented out");
    }

    @Test
    void viewsComeAfterTheViewsTheyRead() {
        DdlPlan plan = oracle(POSTGRESQL, """
                CREATE TABLE T (A NUMBER);
                CREATE VIEW V_TOP AS SELECT A FROM V_BASE;
                CREATE VIEW V_BASE AS SELECT A FROM T;
                """);
        assertThat(steps(plan, PlannedStep.CreateView.class)).extracting(v -> v.name().name()).containsExactly("v_base", "v_top");
    }

    @Test
    void commentsAreSeparateStepsOnlyWhereTheTargetWritesCommentOn() {
        String sql = "CREATE TABLE t (a INT COMMENT 'the a') COMMENT 'the table';";
        assertThat(steps(mysql(POSTGRESQL, sql), PlannedStep.AddComments.class)).hasSize(1);
        assertThat(steps(mysql(NARROW, sql), PlannedStep.AddComments.class)).isEmpty();
    }

    @Test
    void onUpdateColumnsNeedATriggerOnlyWhereTheTargetHasNoOnUpdateClause() {
        String sql = "CREATE TABLE t (changed TIMESTAMP DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP);";
        assertThat(steps(mysql(POSTGRESQL, sql), PlannedStep.AddOnUpdateTrigger.class)).hasSize(1);
        assertThat(steps(mysql(NARROW, sql), PlannedStep.AddOnUpdateTrigger.class)).isEmpty();
    }

    @Test
    void checkNamesMustBeUniqueInTheDatabaseWhereTheTargetSaysSo() {
        String sql = """
                CREATE TABLE a (x INT, CONSTRAINT ck_x CHECK (x > 0));
                CREATE TABLE b (x INT, CONSTRAINT ck_x CHECK (x > 0));
                """;
        assertThat(steps(mysql(POSTGRESQL, sql), PlannedStep.CreateTable.class))
                .extracting(t -> t.table().checks().get(0).name()).containsExactly("ck_x", "ck_x");
        assertThat(steps(mysql(NARROW, sql), PlannedStep.CreateTable.class))
                .extracting(t -> t.table().checks().get(0).name()).containsExactly("ck_x", "ck_x_2");
    }

    @Test
    void userTypesAreReportedWhereTheTargetHasNone() {
        DdlPlan plan = oracle(NARROW, "CREATE TYPE ADDRESS_T AS OBJECT (STREET VARCHAR2(40));\n/\n");
        assertThat(steps(plan, PlannedStep.CreateType.class)).isEmpty();
        assertThat(items(MySqlTargetCode.USER_TYPE)).hasSize(1);
    }
}
