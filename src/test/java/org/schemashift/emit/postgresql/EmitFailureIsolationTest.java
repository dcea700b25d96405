package org.schemashift.emit.postgresql;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.schemashift.convert.ActionItems;
import org.schemashift.convert.CatalogAssembler;
import org.schemashift.emit.EmittedObject;
import org.schemashift.emit.PlannedTargetDialect;
import org.schemashift.emit.StepSpelling;
import org.schemashift.model.ActionItem;
import org.schemashift.model.GeneralCode;
import org.schemashift.model.NameCase;
import org.schemashift.model.ObjectKind;
import org.schemashift.model.ObjectName;
import org.schemashift.model.SourceSpan;
import org.schemashift.model.UnconvertedObject;
import org.schemashift.plan.DdlPlan;
import org.schemashift.pipeline.ConversionPipeline;
import org.schemashift.pipeline.ConversionResult;
import org.schemashift.pipeline.SchemaScript;
import org.schemashift.plan.PlannedStep.CreateTable;
import org.schemashift.source.SourceFile;
import org.schemashift.source.mysql.MySqlSourceDialect;
import org.schemashift.testing.SharedPostgres;

/**
 * A writer that fails on one object costs that object only: an SS-GEN-0055 item, every other object
 * written; what uses it (a view, a foreign key, a view on that view) is written commented out with an
 * SS-GEN-0130 item naming the object it waits for, as is a view on a view whose query is not converted.
 */
class EmitFailureIsolationTest {

    private static final String SCHEMA = """
            CREATE TABLE a (id INT PRIMARY KEY);
            CREATE TABLE boom (id INT PRIMARY KEY, a_id INT REFERENCES a (id));
            CREATE TABLE c (id INT PRIMARY KEY);
            CREATE VIEW v AS SELECT id FROM c;
            """;

    @Test
    void aTableWhoseWriterThrowsBecomesAnItemAndTheOthersAreWritten() {
        ActionItems items = new ActionItems();
        List<EmittedObject> objects = new FailingOnBoom().emit(
                new CatalogAssembler(new ActionItems()).assemble(new MySqlSourceDialect().read(new SourceFile("t.sql", SCHEMA))),
                NameCase.INSENSITIVE, items);

        assertThat(objects).extracting(EmittedObject::name).contains("a", "c", "v");
        assertThat(objects).extracting(EmittedObject::sql).noneMatch(sql -> sql.contains("boom"));   // nor its foreign key
        List<ActionItem> failures = items.all().stream().filter(i -> i.code() == GeneralCode.INTERNAL_FAILURE).toList();
        assertThat(failures).singleElement().satisfies(item -> {
            assertThat(item.span().line()).isEqualTo(2);
            assertThat(item.message()).startsWith("writing table boom: internal error IllegalStateException (injected)"
                    + " at EmitFailureIsolationTest.java:").endsWith("; left out of the output");
        });
    }

    @Test
    void whatUsesTheTableThatFailedIsWrittenCommentedOutWithAnItemNamingIt() {
        ActionItems items = new ActionItems();
        List<EmittedObject> objects = new FailingOnBoom().emit(new CatalogAssembler(new ActionItems()).assemble(
                new MySqlSourceDialect().read(new SourceFile("t.sql", SCHEMA + """
                        CREATE TABLE d (id INT PRIMARY KEY, boom_id INT, CONSTRAINT d_boom FOREIGN KEY (boom_id) REFERENCES boom (id));
                        CREATE VIEW on_boom AS SELECT id FROM boom;
                        CREATE VIEW on_on_boom AS SELECT id FROM on_boom;
                        """))), NameCase.INSENSITIVE, items);

        assertThat(sqlOf(objects, "v")).startsWith("CREATE VIEW");
        assertThat(sqlOf(objects, "d")).startsWith("CREATE TABLE");
        assertThat(sqlOf(objects, "d_boom")).startsWith("-- not written: foreign key d_boom on d uses table boom, which could not"
                + " be written (SS-GEN-0055)\n-- ALTER TABLE");
        assertThat(sqlOf(objects, "on_boom")).startsWith("-- not written: view on_boom uses table boom, which could not be written"
                + " (SS-GEN-0055)\n-- CREATE VIEW on_boom AS");
        assertThat(sqlOf(objects, "on_on_boom")).startsWith("-- not written: view on_on_boom uses view on_boom,")
                .doesNotContain("\nCREATE");
        assertThat(items.all()).filteredOn(i -> i.code() == GeneralCode.USES_UNWRITTEN_OBJECT)
                .extracting(i -> i.span().line() + " " + i.message()).containsExactly(
                        "5 foreign key d_boom on d uses table boom, which could not be written (SS-GEN-0055); written commented out",
                        "6 view on_boom uses table boom, which could not be written (SS-GEN-0055); written commented out",
                        "7 view on_on_boom uses view on_boom, which could not be written (SS-GEN-0055); written commented out");
    }

    @Test
    void anObjectTheConvertStageFailedOnLeavesACommentAtItsPlaceAndWhatUsesItIsCommentedOut() {
        ActionItems items = new ActionItems();
        items.notConverted(new UnconvertedObject(ObjectKind.VIEW, new ObjectName(null, "v"), "view v", new SourceSpan("t.sql", 5, 1)));
        List<EmittedObject> objects = new PostgresqlTargetDialect().emit(new CatalogAssembler(new ActionItems()).assemble(
                new MySqlSourceDialect().read(new SourceFile("t.sql", SCHEMA + """
                        CREATE VIEW w AS SELECT id FROM v;
                        """))), NameCase.INSENSITIVE, items);

        assertThat(objects).extracting(EmittedObject::name).containsSubsequence("c", "v", "w");
        assertThat(sqlOf(objects, "v")).isEqualTo("-- not converted: view v, SchemaShift failed on it (SS-GEN-0055)");
        assertThat(sqlOf(objects, "w")).startsWith("-- not written: view w uses view v, which could not be written (SS-GEN-0055)\n"
                + "-- CREATE VIEW w AS");
        assertThat(items.all()).filteredOn(i -> i.code() == GeneralCode.USES_UNWRITTEN_OBJECT).extracting(ActionItem::message)
                .containsExactly("view w uses view v, which could not be written (SS-GEN-0055); written commented out");
    }

    @Test
    void aViewOnAViewWrittenCommentedOutIsCommentedOutTooSoTheSchemaApplies() throws Exception {
        ConversionResult result = new ConversionPipeline("oracle", "postgresql", null).run(List.of(new SourceFile("t.sql", """
                CREATE TABLE t (id NUMBER PRIMARY KEY);
                CREATE VIEW v AS SELECT id, TRUNC(NULL) x FROM t;
                CREATE VIEW w AS SELECT id FROM v;
                CREATE VIEW u AS SELECT id FROM t;
                """)));
        String schema = SchemaScript.render(result);
        assertThat(schema).contains("-- not written: view W uses view V, which is written commented out (see its action items)\n"
                + "-- CREATE VIEW w AS").contains("\nCREATE VIEW u AS");
        assertThat(result.conversionItems()).filteredOn(i -> i.code() == GeneralCode.USES_UNWRITTEN_OBJECT).singleElement()
                .satisfies(i -> assertThat(i.span().line()).isEqualTo(3));
        try (Connection db = SharedPostgres.freshDatabase("unwritten_view_chain")) {
            SharedPostgres.runScript(db, schema);
        }
    }

    @Test
    void aForeignKeyToATableTheConvertStageFailedOnIsCommentedOut() {
        ActionItems items = new ActionItems();
        items.notConverted(new UnconvertedObject(ObjectKind.TABLE, new ObjectName(null, "boom"), "table boom", new SourceSpan("t.sql", 1, 1)));
        List<EmittedObject> objects = new PostgresqlTargetDialect().emit(new CatalogAssembler(new ActionItems()).assemble(
                new MySqlSourceDialect().read(new SourceFile("t.sql", """
                        CREATE TABLE d (id INT PRIMARY KEY, boom_id INT, CONSTRAINT d_boom FOREIGN KEY (boom_id) REFERENCES boom (id));
                        """))), NameCase.INSENSITIVE, items);

        assertThat(objects).extracting(EmittedObject::name).containsSubsequence("boom", "d", "d_boom");
        assertThat(sqlOf(objects, "boom")).isEqualTo("-- not converted: table boom, SchemaShift failed on it (SS-GEN-0055)");
        assertThat(sqlOf(objects, "d_boom")).startsWith("-- not written: foreign key d_boom on d uses table boom,");
    }

    private static String sqlOf(List<EmittedObject> objects, String name) {
        return objects.stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError(name)).sql();
    }

    /** PostgreSQL's writers, except that the table writer throws for table {@code boom}. */
    private static final class FailingOnBoom extends PlannedTargetDialect {
        FailingOnBoom() {
            super("postgresql", "PostgreSQL 15+", PostgresqlTargetDialect.CAPABILITIES);
        }

        @Override
        protected StepSpelling spelling(DdlPlan plan, ActionItems items) {
            StepSpelling real = new PostgresqlTargetDialect().spelling(plan, items);
            return new StepSpelling(real.schema(), real.type(), real.sequence(), step -> failOnBoom(step, real),
                    real.index(), real.foreignKey(), real.comments(), real.onUpdateTrigger(), real.defaultOnNullTrigger(),
                    real.view(), real.synonym(), real.grant(), real.helperLibraries(), real.code());
        }

        private static EmittedObject failOnBoom(CreateTable step, StepSpelling real) {
            if (step.table().table().name().name().equals("boom")) {
                throw new IllegalStateException("injected");
            }
            return real.table().apply(step);
        }
    }
}
