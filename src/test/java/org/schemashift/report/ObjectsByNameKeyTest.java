package org.schemashift.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.schemashift.pipeline.ConversionPipeline;
import org.schemashift.source.SourceFile;

/**
 * A report object is one target object: a table and the statements that change it are one
 * entry however the source spells its name (quoted or not, bracketed, schema-qualified or not),
 * and two tables the target keeps apart (Oracle {@code "orders"} and {@code ORDERS}) are two.
 */
class ObjectsByNameKeyTest {

    /** Each object as "name: statement lines -> target names". */
    private static List<String> objects(String from, String sql) {
        Report report = ReportBuilder.build(new ConversionPipeline(from, "postgresql", null)
                .run(List.of(new SourceFile("s.sql", sql))));
        return report.objects().stream().map(o -> o.name() + ": " + o.statements().stream().map(s -> s.line()).toList()
                + " -> " + o.target()).toList();
    }

    @Test
    void oracleQuotedNamesAreOneObjectWhenTheyKeyAlikeAndTwoWhenTheirCaseDiffers() {
        assertThat(objects("oracle", """
                CREATE TABLE "ORDERS" (id NUMBER(9) PRIMARY KEY, v NUMBER);
                ALTER TABLE orders ADD CONSTRAINT ck1 CHECK (v > 0);
                CREATE TABLE "orders" (id NUMBER(9) PRIMARY KEY, v NUMBER);
                ALTER TABLE "orders" ADD CONSTRAINT ck2 CHECK (v > 0);
                CREATE TABLE hr.emp (id NUMBER(9) PRIMARY KEY, v NUMBER);
                ALTER TABLE HR."EMP" ADD CONSTRAINT ck3 CHECK (v > 0);
                ALTER TABLE "HR".emp ADD CONSTRAINT ck4 CHECK (v > 0);
                """)).containsExactly(
                "ORDERS: [1, 2] -> [orders]",
                "orders: [3, 4] -> [orders_2]",
                "HR.EMP: [5, 6, 7] -> [hr.emp]");
    }

    @Test
    void sqlServerBracketedQuotedAndSchemaQualifiedSpellingsAreOneObject() {
        assertThat(objects("sqlserver", """
                CREATE TABLE [dbo].[T1] (id int PRIMARY KEY, v int)
                GO
                ALTER TABLE T1 ADD CONSTRAINT ck1 CHECK (v > 0)
                GO
                CREATE TABLE T2 (id int PRIMARY KEY, v int)
                GO
                ALTER TABLE [dbo].[t2] ADD CONSTRAINT ck2 CHECK (v > 0)
                GO
                ALTER TABLE "T2" ADD CONSTRAINT ck3 CHECK (v > 1)
                GO
                CREATE TABLE sales.T3 (id int PRIMARY KEY, v int)
                GO
                ALTER TABLE [sales].[t3] ADD CONSTRAINT ck4 CHECK (v > 1)
                GO
                """)).containsExactly(
                "T1: [1, 3] -> [t1]",
                "T2: [5, 7, 9] -> [t2]",
                "sales.T3: [11, 13] -> [sales.t3]");
    }
}
