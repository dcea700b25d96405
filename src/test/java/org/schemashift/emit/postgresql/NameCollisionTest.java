package org.schemashift.emit.postgresql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.schemashift.model.ActionItem;
import org.schemashift.model.GeneralCode;
import org.schemashift.pipeline.ConversionPipeline;
import org.schemashift.pipeline.ConversionResult;
import org.schemashift.source.SourceFile;

/** Names distinct in a case-sensitive source but equal after folding are renamed and reported, never merged in silence. */
class NameCollisionTest {

    private static List<ActionItem> collisions(String oracle) {
        ConversionResult result = new ConversionPipeline("oracle", "postgresql", null)
                .run(List.of(new SourceFile("names.sql", oracle)));
        return result.conversionItems().stream().filter(i -> i.code() == GeneralCode.NAME_COLLISION).toList();
    }

    @Test
    void quotedLowerCaseAndUnquotedColumnNamesCollide() {
        assertThat(collisions("CREATE TABLE T1 (\"id\" NUMBER, ID NUMBER, \"Name\" VARCHAR2(10));\n"))
                .singleElement().satisfies(i -> {
                    assertThat(i.message()).isEqualTo("columns id and ID of T1 would both be named id in PostgreSQL; ID is named id_2");
                    assertThat(i.span().line()).isEqualTo(1);
                });
    }
}
