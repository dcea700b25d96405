package org.schemashift.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.schemashift.model.ActionCode;
import org.schemashift.model.CanonicalType;
import org.schemashift.model.Column;
import org.schemashift.model.Decision;

/**
 * Types go through a canonical type: the source's read rules say what a type means, each target's
 * write rules spell it. One source type, its spelling on every target, side by side.
 */
class TypeRulesTest {
    private static final Map<String, TypeRules> BUNDLED = new ConcurrentHashMap<>();

    private static TypeRules bundled(String source, String target) {
        return BUNDLED.computeIfAbsent(source + "->" + target, k -> MappingRules.load(source, target, null).types());
    }

    private static TypeResolution resolve(String source, String target, String definition) {
        Column column = SourceColumns.column(source, definition);
        return bundled(source, target).resolve(column.type(), column.identity() != null);
    }

    private static String spelling(String source, String target, String definition) {
        TypeResolution resolved = resolve(source, target, definition);
        return resolved == null ? null : resolved.spelling();
    }

    @ParameterizedTest(name = "{0} {1} -> postgresql {2}, mysql {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            oracle | NUMBER(5)                         | integer                     | int
            oracle | NUMBER(4)                         | smallint                    | smallint
            oracle | NUMBER(18,0)                      | bigint                      | bigint
            oracle | NUMBER(20)                        | numeric(20)                 | decimal(20)
            oracle | NUMBER                            | numeric                     | decimal(65,30)
            oracle | NUMBER(10,2)                      | numeric(10,2)               | decimal(10,2)
            oracle | NUMBER(*,2)                       | numeric(38,2)               | decimal(38,2)
            oracle | NUMBER(2,5)                       | numeric(2,5)                | decimal(5,5)
            oracle | NUMBER(7,-2)                      | numeric(7,-2)               | decimal(65,0)
            oracle | NUMBER(38,35)                     | numeric(38,35)              | decimal(65,30)
            oracle | INTEGER                           | numeric(38)                 | decimal(38)
            oracle | NUMBER GENERATED AS IDENTITY      | bigint                      | bigint
            oracle | FLOAT                             | double precision            | double
            oracle | BINARY_FLOAT                      | real                        | float
            oracle | VARCHAR2(30 CHAR)                 | varchar(30)                 | varchar(30)
            oracle | NVARCHAR2(40)                     | varchar(40)                 | varchar(40)
            oracle | CHAR(10)                          | char(10)                    | char(10)
            oracle | CHAR(2000)                        | char(2000)                  | varchar(2000)
            oracle | CLOB                              | text                        | longtext
            oracle | NCLOB                             | text                        | longtext
            oracle | DATE                              | timestamp(0)                | datetime
            oracle | TIMESTAMP                         | timestamp                   | datetime(6)
            oracle | TIMESTAMP(3)                      | timestamp(3)                | datetime(3)
            oracle | TIMESTAMP(9)                      | timestamp                   | datetime(6)
            oracle | TIMESTAMP WITH TIME ZONE          | timestamptz                 | datetime(6)
            oracle | TIMESTAMP(6) WITH LOCAL TIME ZONE | timestamptz(6)              | timestamp(6)
            oracle | INTERVAL YEAR(3) TO MONTH         | interval year to month      | varchar(32)
            oracle | INTERVAL DAY(2) TO SECOND(3)      | interval day to second(3)   | varchar(32)
            oracle | BLOB                              | bytea                       | longblob
            oracle | RAW(16)                           | bytea                       | varbinary(16)
            oracle | LONG RAW                          | bytea                       | longblob
            oracle | ROWID                             | text                        | varchar(18)
            oracle | UROWID(100)                       | text                        | varchar(100)
            oracle | BFILE                             | text                        | text
            oracle | XMLTYPE                           | xml                         | longtext
            oracle | JSON                              | jsonb                       | json
            oracle | BOOLEAN                           | boolean                     | tinyint(1)
            oracle | MDSYS.SDO_GEOMETRY                | bytea                       | geometry
            mysql  | TINYINT UNSIGNED                  | smallint                    | tinyint unsigned
            mysql  | TINYINT(1)                        | boolean                     | tinyint(1)
            mysql  | BOOL                              | boolean                     | tinyint(1)
            mysql  | SMALLINT UNSIGNED                 | integer                     | smallint unsigned
            mysql  | MEDIUMINT UNSIGNED                | integer                     | mediumint unsigned
            mysql  | INT(11)                           | integer                     | int
            mysql  | INT UNSIGNED                      | bigint                      | int unsigned
            mysql  | BIGINT UNSIGNED                   | numeric(20)                 | bigint unsigned
            mysql  | BIGINT UNSIGNED AUTO_INCREMENT    | bigint                      | bigint unsigned
            mysql  | BIT(8)                            | bit(8)                      | bit(8)
            mysql  | DECIMAL                           | numeric(10)                 | decimal(10)
            mysql  | DECIMAL(12,4) UNSIGNED            | numeric(12,4)               | decimal(12,4) unsigned
            mysql  | FLOAT                             | real                        | float
            mysql  | FLOAT(7,3)                        | real                        | float(7,3)
            mysql  | DOUBLE(10,2)                      | double precision            | double(10,2)
            mysql  | DATE                              | date                        | date
            mysql  | DATETIME                          | timestamp(0)                | datetime
            mysql  | DATETIME(6)                       | timestamp(6)                | datetime(6)
            mysql  | TIMESTAMP(3)                      | timestamp(3) with time zone | timestamp(3)
            mysql  | TIME(2)                           | time(2)                     | time(2)
            mysql  | YEAR                              | smallint                    | year
            mysql  | CHAR                              | char(1)                     | char(1)
            mysql  | NATIONAL VARCHAR(20)              | varchar(20)                 | varchar(20)
            mysql  | TINYTEXT                          | text                        | tinytext
            mysql  | TEXT                              | text                        | text
            mysql  | MEDIUMTEXT                        | text                        | mediumtext
            mysql  | LONGTEXT                          | text                        | longtext
            mysql  | BINARY(16)                        | bytea                       | binary(16)
            mysql  | VARBINARY(255)                    | bytea                       | varbinary(255)
            mysql  | BLOB                              | bytea                       | blob
            mysql  | BLOB(100)                         | bytea                       | tinyblob
            mysql  | LONGBLOB                          | bytea                       | longblob
            mysql  | "ENUM('a','it''s')"               | varchar(4)                  | "enum('a','it''s')"
            mysql  | "SET('x','y')"                    | text                        | "set('x','y')"
            mysql  | JSON                              | jsonb                       | json
            mysql  | GEOMETRY                          | bytea                       | geometry
            mysql  | POINT                             | bytea                       | point
            """)
    void oneSourceTypeOnEveryTarget(String source, String type, String postgresql, String mysql) {
        assertThat(spelling(source, "postgresql", type)).as("%s %s on postgresql", source, type).isEqualTo(postgresql);
        assertThat(spelling(source, "mysql", type)).as("%s %s on mysql", source, type).isEqualTo(mysql);
    }

    @Test
    void theSourceSaysWhatATypeMeans() {
        TypeRules oracle = bundled("oracle", "postgresql");
        assertThat(oracle.read(SourceColumns.column("oracle", "DATE").type(), false)).hasToString("TIMESTAMP(0)");
        assertThat(oracle.read(SourceColumns.column("oracle", "VARCHAR2(30 BYTE)").type(), false)).hasToString("VARCHAR(30 BYTE)");
        assertThat(oracle.read(SourceColumns.column("oracle", "NVARCHAR2(40)").type(), false)).hasToString("VARCHAR(40) NATIONAL");
        assertThat(oracle.read(SourceColumns.column("oracle", "TIMESTAMP WITH TIME ZONE").type(), false)).hasToString("TIMESTAMP_TZ");
        TypeRules mysql = bundled("mysql", "postgresql");
        assertThat(mysql.read(SourceColumns.column("mysql", "DATE").type(), false)).hasToString("DATE");
        assertThat(mysql.read(SourceColumns.column("mysql", "MEDIUMINT UNSIGNED").type(), false)).hasToString("INTEGER UNSIGNED [mediumint]");
        assertThat(mysql.read(SourceColumns.column("mysql", "TIMESTAMP").type(), false)).hasToString("TIMESTAMP_WITH_LOCAL_TIME_ZONE(0)");
        assertThat(mysql.read(SourceColumns.column("mysql", "ENUM('s','m')").type(), false)).hasToString("VARCHAR('s', 'm') [enum]");
    }

    @ParameterizedTest(name = "{0} {1} is a {2}")
    @CsvSource(delimiter = '|', textBlock = """
            oracle | DATE                     | DATETIME
            oracle | TIMESTAMP(0)             | TIMESTAMP
            oracle | TIMESTAMP(6)             | TIMESTAMP
            oracle | TIMESTAMP WITH TIME ZONE | TIMESTAMP
            oracle | NUMBER(10,2)             | NUMBER
            oracle | VARCHAR2(10)             | STRING
            oracle | CLOB                     | STRING
            oracle | INTERVAL YEAR TO MONTH   | INTERVAL
            oracle | XMLTYPE                  | UNKNOWN
            oracle | ROWID                    | UNKNOWN
            mysql  | DATE                     | DATE
            mysql  | DATETIME                 | DATETIME
            mysql  | TIMESTAMP                | TIMESTAMP
            mysql  | TINYINT(1)               | NUMBER
            mysql  | BOOL                     | BOOLEAN
            mysql  | ENUM('a')                | UNKNOWN
            """)
    void aColumnsFamilyComesFromItsCanonicalType(String source, String type, TypeFamily family) {
        Column column = SourceColumns.column(source, type);
        assertThat(bundled(source, "postgresql").family(column.type(), false)).isEqualTo(family);
    }

    @ParameterizedTest(name = "{0} {1} on {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            oracle | NUMBER(5)                | postgresql | ORA-T008+PG-T007
            oracle | NUMBER(5)                | mysql      | ORA-T008+MYSQL-T007
            mysql  | TINYINT UNSIGNED         | mysql      | MY-T002+MYSQL-T003
            mysql  | TIMESTAMP                | postgresql | MY-PG-T034
            """)
    void everyResolutionNamesItsRules(String source, String type, String target, String ruleId) {
        assertThat(resolve(source, target, type).ruleId()).isEqualTo(ruleId);
    }

    /** The source's read rule raises what is a fact of the source, the target's write rule what the target lacks. */
    @ParameterizedTest(name = "{0} {1} on {2} raises {3}")
    @CsvSource(delimiter = '|', textBlock = """
            oracle | ROWID                        | postgresql | SS-ORA-0219
            oracle | ROWID                        | mysql      | SS-ORA-0219
            oracle | TIMESTAMP WITH TIME ZONE     | mysql      | SS-MYSQL-0701
            oracle | INTERVAL DAY(2) TO SECOND(6) | mysql      | SS-MYSQL-0702
            oracle | XMLTYPE                      | mysql      | SS-MYSQL-0702
            oracle | MDSYS.SDO_GEOMETRY           | postgresql | SS-ORA-0220 SS-PG-0104
            oracle | MDSYS.SDO_GEOMETRY           | mysql      | SS-ORA-0220
            mysql  | SET('a')                     | postgresql | SS-PG-0108
            mysql  | GEOMETRY                     | postgresql | SS-PG-0104
            mysql  | FLOAT(7,3)                   | postgresql | SS-PG-0114
            """)
    void whatATargetCannotExpressIsAnActionItem(String source, String type, String target, String codes) {
        assertThat(resolve(source, target, type).actions()).extracting(ActionCode::code).containsExactly(codes.split(" "));
    }

    @ParameterizedTest(name = "mysql {0} stays itself on mysql")
    @CsvSource(delimiter = '|', textBlock = """
            SET('a')
            GEOMETRY
            FLOAT(7,3)
            TIMESTAMP(6)
            """)
    void aMySqlTypeOnMySqlRaisesNothing(String type) {
        assertThat(resolve("mysql", "mysql", type).actions()).isEmpty();
    }

    @Test
    void everyColumnTypeIsADecisionNamingItsRules() {
        var statements = org.schemashift.pipeline.Dialects.source("oracle")
                .read(new org.schemashift.source.SourceFile("t.sql", "CREATE TABLE t (n NUMBER(5), d DATE);"));
        ActionItems items = new ActionItems();
        var catalog = new CatalogAssembler(items).assemble(List.copyOf(statements));
        var converted = new SchemaConverter(MappingRules.load("oracle", "mysql", null), List.of(), items).convert(catalog);

        assertThat(converted.tables().get(0).columns()).extracting(c -> c.type().name()).containsExactly("int", "datetime");
        assertThat(items.decisions()).extracting(Decision::ruleId, Decision::message).containsExactly(
                tuple("ORA-T008+MYSQL-T007", "T.N: NUMBER(5) becomes int"),
                tuple("ORA-T040+MYSQL-T041", "T.D: DATE becomes datetime"));
    }

    @Test
    void aTypeNoRuleReadsIsNotMapped() {
        assertThat(resolve("oracle", "mysql", "SYS.ANYDATA")).isNull();
    }

    @Test
    void aTargetWithoutAWriteRuleForAMeaningDoesNotGuess() {
        TypeRules rules = new TypeRules(List.of(), List.of(), List.of());
        assertThat(rules.spell(CanonicalType.of(org.apache.calcite.sql.type.SqlTypeName.DATE), false)).isNull();
    }

    @Test
    void userRulesComeFirst(@TempDir Path dir) throws Exception {
        Path user = Files.writeString(dir.resolve("rules.yaml"), """
                types:
                  - {id: U-1, match: {type: tinyint, length: 1}, target: boolean}
                read:
                  types:
                    - {id: U-2, match: {type: number, lengthUnset: true}, to: {type: BIGINT}}
                write:
                  types:
                    - {id: U-3, match: {type: BOOLEAN}, target: boolean}
                """);
        TypeRules mysqlToPostgresql = MappingRules.load("mysql", "postgresql", user).types();
        assertThat(mysqlToPostgresql.resolve(SourceColumns.column("mysql", "TINYINT(1)").type(), false))
                .extracting(TypeResolution::spelling, TypeResolution::ruleId).containsExactly("boolean", "U-1");
        TypeRules oracleToMysql = MappingRules.load("oracle", "mysql", user).types();
        assertThat(oracleToMysql.resolve(SourceColumns.column("oracle", "NUMBER").type(), false))
                .extracting(TypeResolution::spelling, TypeResolution::ruleId).containsExactly("bigint", "U-2+MYSQL-T008");
        assertThat(oracleToMysql.resolve(SourceColumns.column("oracle", "BOOLEAN").type(), false))
                .extracting(TypeResolution::spelling, TypeResolution::ruleId).containsExactly("boolean", "ORA-T072+U-3");
    }

    @Test
    void aBrokenRuleIsRejectedWhenTheFileIsRead(@TempDir Path dir) throws Exception {
        Path user = Files.writeString(dir.resolve("rules.yaml"), """
                read:
                  types:
                    - {id: U-1, match: {type: number}, to: {type: NUMBER}}
                """);
        assertThatThrownBy(() -> MappingRules.load("oracle", "mysql", user))
                .isInstanceOf(MappingRules.RulesException.class).hasMessageContaining("'NUMBER' is not a Calcite type name");
    }
}
