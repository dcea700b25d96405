package org.schemashift.model.sql;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.util.SqlShuttle;
import org.junit.jupiter.api.Test;
import org.schemashift.source.oracle.OracleDmlText;

/** A rule that rewrites part of a MERGE (a Calcite shuttle copying what it changes) keeps its branch conditions. */
class ConditionalMergeTest {

    @Test
    void aShuttleThatChangesAConditionCopiesTheMergeWithBothConditions() {
        SqlNode merge = OracleDmlText.read("MERGE INTO t USING u ON (t.k = u.k) WHEN MATCHED THEN UPDATE SET t.a = u.a"
                + " DELETE WHERE t.a = 0 WHEN NOT MATCHED THEN INSERT (k) VALUES (u.k) WHERE u.k > 0");
        SqlNode copy = merge.accept(new SqlShuttle() {
            @Override
            public SqlNode visit(SqlLiteral literal) {
                return SqlLiteral.createExactNumeric("7", literal.getParserPosition());
            }
        });
        assertThat(copy).isNotSameAs(merge).isInstanceOf(ConditionalMerge.class);
        ConditionalMerge changed = (ConditionalMerge) copy;
        assertThat(changed.deleteCondition()).hasToString("`T`.`A` = 7");
        assertThat(changed.insertCondition()).hasToString("`U`.`K` > 7");
        assertThat(changed.getUpdateCall().getTargetColumnList()).hasToString("`A`");
    }
}
