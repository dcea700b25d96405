package org.schemashift.source.sqlserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import org.junit.jupiter.api.Test;
import org.schemashift.pipeline.ConversionResult;
import org.schemashift.pipeline.SchemaScript;
import org.schemashift.testing.JdbcRows;
import org.schemashift.testing.SharedPostgres;

/**
 * Every SQL Server column type, as the issue's type table gives it, applied to PostgreSQL: the
 * column's type in PostgreSQL's catalog, and an action item for each type that has only a
 * documented choice (SQL_VARIANT, HIERARCHYID, GEOGRAPHY, GEOMETRY, ROWVERSION / TIMESTAMP).
 */
class SqlServerTypesOnPostgresqlTest {
    private static final String TABLE = """
            CREATE TABLE dbo.all_types (
              c_bit bit, c_tinyint tinyint, c_smallint smallint, c_int int, c_bigint bigint,
              c_decimal decimal(12,3), c_numeric numeric(5), c_money money, c_smallmoney smallmoney,
              c_float float, c_float24 float(24), c_real real,
              c_date date, c_time time(3), c_datetime datetime, c_datetime2 datetime2(4), c_smalldatetime smalldatetime,
              c_dto datetimeoffset(2),
              c_char char(3), c_varchar varchar(20), c_varcharmax varchar(max), c_text text,
              c_nchar nchar(3), c_nvarchar nvarchar(20), c_nvarcharmax nvarchar(max), c_ntext ntext,
              c_binary binary(4), c_varbinary varbinary(10), c_varbinarymax varbinary(max), c_image image,
              c_guid uniqueidentifier, c_xml xml,
              c_variant sql_variant, c_hier hierarchyid, c_geog geography, c_geom geometry, c_rv rowversion
            )
            GO
            CREATE TABLE dbo.old_stamp (id int, ts timestamp)
            GO
            """;

    @Test
    void eachTypeHasItsPostgresqlTypeAndTheDocumentedChoicesAnItem() throws Exception {
        ConversionResult result = SqlServerConversions.convert(TABLE, "postgresql");
        try (Connection db = SharedPostgres.freshDatabase("mss_types")) {
            SharedPostgres.runScript(db, SchemaScript.render(result));
            assertThat(JdbcRows.column(db, "SELECT attname || ' ' || format_type(atttypid, atttypmod) FROM pg_attribute "
                    + "WHERE attrelid IN ('all_types'::regclass, 'old_stamp'::regclass) AND attnum > 0 ORDER BY attrelid, attnum"))
                    .containsExactly("c_bit boolean", "c_tinyint smallint", "c_smallint smallint", "c_int integer", "c_bigint bigint",
                            "c_decimal numeric(12,3)", "c_numeric numeric(5,0)", "c_money numeric(19,4)", "c_smallmoney numeric(10,4)",
                            "c_float double precision", "c_float24 real", "c_real real", "c_date date",
                            "c_time time(3) without time zone", "c_datetime timestamp(3) without time zone",
                            "c_datetime2 timestamp(4) without time zone", "c_smalldatetime timestamp(0) without time zone",
                            "c_dto timestamp(2) with time zone", "c_char character(3)", "c_varchar character varying(20)",
                            "c_varcharmax text", "c_text text", "c_nchar character(3)", "c_nvarchar character varying(20)",
                            "c_nvarcharmax text", "c_ntext text", "c_binary bytea", "c_varbinary bytea", "c_varbinarymax bytea",
                            "c_image bytea", "c_guid uuid", "c_xml xml", "c_variant text", "c_hier character varying(4000)",
                            "c_geog bytea", "c_geom bytea", "c_rv bytea", "id integer", "ts bytea");
        }
        assertThat(result.conversionItems()).filteredOn(i -> i.code().code().startsWith("SS-MSS-"))
                .map(i -> i.code().code() + " @" + i.span().line() + " " + i.message())
                .containsExactly("SS-MSS-0119 @11 all_types.c_variant: sql_variant becomes text (rule MSS-T070+PG-T045)",
                        "SS-MSS-0119 @11 all_types.c_hier: hierarchyid becomes varchar(4000) (rule MSS-T071+PG-T047)",
                        "SS-MSS-0119 @11 all_types.c_geog: geography becomes bytea (rule MSS-T072+PG-T061)",
                        "SS-MSS-0119 @11 all_types.c_geom: geometry becomes bytea (rule MSS-T072+PG-T061)",
                        "SS-MSS-0120 @11 all_types.c_rv: rowversion becomes bytea (rule MSS-T073+PG-T050)",
                        "SS-MSS-0120 @14 old_stamp.ts: timestamp becomes bytea (rule MSS-T073+PG-T050)");
    }
}
