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

    /** The text in messages and commented-out output has every branch condition. */
    @Test
    void itsTextHasEveryCondition() {
        SqlNode merge = OracleDmlText.read("MERGE INTO t x USING u ON (x.k = u.k) WHEN MATCHED THEN UPDATE SET x.a = u.a"
                + " WHERE EXISTS (SELECT 1 FROM v) DELETE WHERE x.a = 0 WHEN NOT MATCHED THEN INSERT (k) VALUES (u.k) WHERE u.k > 0");
        assertThat(merge.toString().replaceAll("\\s+", " ")).isEqualTo("MERGE INTO `T` `X` USING `U` ON `X`.`K` = `U`.`K`"
                + " WHEN MATCHED THEN UPDATE SET `A` = `U`.`A` WHERE EXISTS (SELECT 1 FROM `V`) DELETE WHERE `X`.`A` = 0"
                + " WHEN NOT MATCHED THEN INSERT (`K`) VALUES ROW(`U`.`K`) WHERE `U`.`K` > 0");
    }
}
