package org.schemashift.source.sqlserver;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.schemashift.model.ActionItem;
import org.schemashift.pipeline.ConversionResult;

/** A computed column's type follows its expression's family; an item only where the family is unknown. */
class ComputedColumnTypeTest {
    private static final String SCRIPT = """
            CREATE TABLE dbo.t (id int, name nvarchar(20), born date,
              twice AS (id * 2), shout AS (UPPER(name)), next_day AS (DATEADD(day, 1, born)),
              label AS (dbo.fn_label(id)))
            """;

    @Test
    void typedByTheExpressionOnBothTargets() {
        assertThat(SqlServerConversions.schema(SCRIPT, "postgresql")).contains("twice numeric GENERATED", "shout text GENERATED",
                "next_day date GENERATED", "label text");
        assertThat(SqlServerConversions.schema(SCRIPT, "mysql")).contains("twice decimal(65,30) GENERATED",
                "shout longtext GENERATED", "next_day date GENERATED", "label longtext");
    }

    @Test
    void anItemOnlyForTheColumnOfUnknownType() {
        ConversionResult result = SqlServerConversions.convert(SCRIPT, "postgresql");
        assertThat(result.conversionItems()).filteredOn(i -> i.code() == SqlServerCode.COMPUTED_COLUMN_TYPE)
                .extracting(ActionItem::message).singleElement().asString().contains("t.label");
    }
}
