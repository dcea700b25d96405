package org.schemashift.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.schemashift.model.ActionItem;
import org.schemashift.model.GeneralCode;
import org.schemashift.model.SourceSpan;
import org.schemashift.pipeline.ConversionPipeline;
import org.schemashift.pipeline.ConversionResult;
import org.schemashift.pipeline.SchemaScript;
import org.schemashift.source.SourceFile;

/**
 * An object whose conversion outlasts its time budget (issue 15, "no hang") becomes one SS-GEN-0055
 * item saying so, and the run goes on with the other objects. The budget is set to nothing here so
 * that any object whose conversion reaches a check runs out.
 */
class ObjectBudgetTest {

    @Test
    void anObjectOverBudgetIsLeftOutWithAnItemAndTheRunGoesOn() {
        ConversionResult result = withBudgetSeconds("0", () -> new ConversionPipeline("oracle", "postgresql", null).run(List.of(
                new SourceFile("slow.sql", "CREATE TABLE t (id NUMBER(9));\nCREATE VIEW v AS SELECT NVL(id, 0) AS id FROM t;\n"))));
        assertThat(result.conversionItems()).filteredOn(i -> i.code() == GeneralCode.INTERNAL_FAILURE).extracting(ActionItem::message)
                .containsExactly("view V: took longer than 0 s, so it was given up (raise -Dschemashift.objectBudgetSeconds to allow more);"
                        + " left out of the output");
        assertThat(SchemaScript.render(result)).contains("CREATE TABLE t (").doesNotContain("CREATE VIEW v");
    }

    @Test
    void theClockRunsOnlyWhileAnObjectIsConvertedAndANestedObjectDoesNotStopItsEnclosingObjectsClock() {
        ActionItems items = new ActionItems();
        ObjectGuard guard = new ObjectGuard(items);
        withBudgetSeconds("0", () -> {
            ObjectBudget.check();
            return guard.run("package p", SourceSpan.UNKNOWN, () -> {
                guard.run("function p.f", SourceSpan.UNKNOWN, () -> "fits");
                ObjectBudget.check();
                return "not reached";
            });
        });
        assertThat(items.all()).extracting(ActionItem::message).singleElement().asString().startsWith("package p: took longer than 0 s");
        assertThat(withBudgetSeconds("60", () -> guard.run("quick", SourceSpan.UNKNOWN, () -> {
            ObjectBudget.check();
            return "done";
        }))).contains("done");
    }

    private static <T> T withBudgetSeconds(String seconds, java.util.function.Supplier<T> work) {
        System.setProperty("schemashift.objectBudgetSeconds", seconds);
        try {
            return work.get();
        } finally {
            System.clearProperty("schemashift.objectBudgetSeconds");
        }
    }
}
