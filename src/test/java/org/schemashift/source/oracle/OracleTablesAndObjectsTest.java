package org.schemashift.source.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schemashift.source.oracle.OracleTestSupport.parsed;
import static org.schemashift.source.oracle.OracleTestSupport.table;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.schemashift.model.Column;
import org.schemashift.model.DataType;
import org.schemashift.model.ForeignKey;
import org.schemashift.model.Identity;
import org.schemashift.model.Index;
import org.schemashift.model.IndexMethod;
import org.schemashift.model.ReferentialAction;
import org.schemashift.model.SchemaChange;
import org.schemashift.model.Sequence;
import org.schemashift.model.SourceStatement;
import org.schemashift.model.Synonym;
import org.schemashift.model.Table;
import org.schemashift.model.TableChange;
import org.schemashift.model.UserType;
import org.schemashift.model.View;

/** CREATE TABLE and the other schema statements as the model receives them. */
class OracleTablesAndObjectsTest {

    private static DataType type(String oracleType) {
        return table("CREATE TABLE t (c " + oracleType + ")").columns().get(0).type();
    }

    @Test
    void typesHaveOneCanonicalSpelling() {
        assertThat(type("NUMBER(10)")).extracting(DataType::name, DataType::length, DataType::scale).containsExactly("number", 10, null);
        assertThat(type("NUMBER(*,0)")).extracting(DataType::name, DataType::length, DataType::scale).containsExactly("number", null, 0);
        assertThat(type("NUMBER(5,-2)").scale()).isEqualTo(-2);
        assertThat(type("DECIMAL").length()).isEqualTo(38);
        assertThat(type("VARCHAR2(100 CHAR)")).satisfies(t -> {
            assertThat(t.name()).isEqualTo("varchar2");
            assertThat(t.has("char")).isTrue();
        });
        assertThat(type("NATIONAL CHARACTER VARYING(20)").name()).isEqualTo("nvarchar2");
        assertThat(type("CHAR").length()).isEqualTo(1);
        assertThat(type("TIMESTAMP(3) WITH LOCAL TIME ZONE")).satisfies(t -> {
            assertThat(t.length()).isEqualTo(3);
            assertThat(t.has("with local time zone")).isTrue();
        });
        assertThat(type("INTERVAL DAY(2) TO SECOND(6)")).extracting(DataType::name, DataType::length, DataType::scale)
                .containsExactly("interval day to second", 2, 6);
        assertThat(type("LONG RAW").name()).isEqualTo("long raw");
        assertThat(type("MDSYS.SDO_GEOMETRY").name()).isEqualTo("sdo_geometry");
        assertThat(type("SYS.XMLTYPE").name()).isEqualTo("xmltype");
    }

    @Test
    void columnsConstraintsIdentityAndVirtualColumns() {
        Table t = table("""
                CREATE TABLE hr.emp (
                  id NUMBER GENERATED ALWAYS AS IDENTITY (START WITH 100 INCREMENT BY 10 CACHE 20 ORDER) CONSTRAINT emp_pk PRIMARY KEY,
                  mgr NUMBER REFERENCES hr.emp (id) ON DELETE SET NULL,
                  email VARCHAR2(100) CONSTRAINT email_nn NOT NULL CONSTRAINT email_uk UNIQUE,
                  created DATE DEFAULT ON NULL SYSDATE,
                  salary NUMBER(8,2) CHECK (salary > 0) DISABLE,
                  bonus GENERATED ALWAYS AS (salary * 0.1) VIRTUAL
                ) TABLESPACE users""");
        assertThat(t.name().toString()).isEqualTo("HR.EMP");
        Column id = t.columns().get(0);
        assertThat(id.identity()).isEqualTo(new Identity(true, 100L, 10L, null, null, null, 20L));
        assertThat(t.primaryKey().name()).isEqualTo("EMP_PK");
        ForeignKey fk = t.foreignKeys().get(0);
        assertThat(fk.refTable().toString()).isEqualTo("HR.EMP");
        assertThat(fk.onDelete()).isEqualTo(ReferentialAction.SET_NULL);
        assertThat(t.column("EMAIL").nullable()).isFalse();
        assertThat(t.uniques()).singleElement().satisfies(u -> assertThat(u.name()).isEqualTo("EMAIL_UK"));
        assertThat(t.column("CREATED").nullable()).isFalse();
        assertThat(t.checks()).as("a DISABLEd check is not built").isEmpty();
        assertThat(t.column("BONUS").generated().stored()).isFalse();
        assertThat(t.column("BONUS").type().name()).isEqualTo("unspecified");
    }

    @Test
    void tableLevelItems() {
        SourceStatement statement = parsed("""
                CREATE GLOBAL TEMPORARY TABLE gtt (id NUMBER) ON COMMIT PRESERVE ROWS
                """);
        assertThat(statement.actionItems()).extracting(i -> i.code().code()).containsExactly("SS-ORA-0205");
        SourceStatement partitioned = parsed("""
                CREATE TABLE sales (id NUMBER, sold DATE) PCTFREE 5 STORAGE (INITIAL 1M) NOLOGGING COMPRESS
                PARTITION BY RANGE (sold) INTERVAL (NUMTOYMINTERVAL(1, 'MONTH'))
                (PARTITION p0 VALUES LESS THAN (DATE '2020-01-01') TABLESPACE users)""");
        assertThat(partitioned.actionItems()).extracting(i -> i.code().code()).containsExactlyInAnyOrder("SS-ORA-0203", "SS-ORA-0204");
        assertThat(parsed("CREATE TABLE ext (id NUMBER) ORGANIZATION EXTERNAL (TYPE oracle_loader DEFAULT DIRECTORY d "
                + "LOCATION ('x.csv')) REJECT LIMIT UNLIMITED").actionItems())
                .extracting(i -> i.code().code()).containsExactly("SS-ORA-0206");
    }

    @Test
    void alterTableChangesOnlyWhatItWrites() {
        SchemaChange.AlterTable alter = (SchemaChange.AlterTable) parsed("""
                ALTER TABLE t ADD (a NUMBER, CONSTRAINT t_uk UNIQUE (a)) MODIFY (b NOT NULL) MODIFY c VARCHAR2(20)
                DROP COLUMN d DISABLE CONSTRAINT t_fk RENAME COLUMN e TO f""").changes().get(0);
        assertThat(alter.changes()).extracting(c -> c.getClass().getSimpleName()).containsExactly(
                "AddColumn", "AddUnique", "SetColumnNullable", "SetColumnType", "DropColumn", "DropConstraint", "RenameColumn");
        assertThat(alter.changes().get(2)).isEqualTo(new TableChange.SetColumnNullable("B", false));
    }

    @Test
    void invisibleColumnsAreReadInCreateAndModifyNotAsATypeNamedInvisible() {
        SchemaChange.CreateTable create = (SchemaChange.CreateTable) parsed(
                "CREATE TABLE t (id NUMBER, a VARCHAR2(10) INVISIBLE, b NUMBER)").changes().get(0);
        assertThat(create.table().columns()).extracting(c -> c.name() + " " + c.invisible()).containsExactly("ID false", "A true", "B false");
        SchemaChange.AlterTable alter = (SchemaChange.AlterTable) parsed("ALTER TABLE t MODIFY (b INVISIBLE) MODIFY (a VISIBLE)")
                .changes().get(0);
        assertThat(alter.changes()).containsExactly(new TableChange.SetColumnInvisible("B", true),
                new TableChange.SetColumnInvisible("A", false));
    }

    @Test
    void indexesSequencesSynonymsViewsTypesAndGrants() {
        Index index = ((SchemaChange.CreateIndex) parsed("CREATE BITMAP INDEX ix ON t (UPPER(name), id DESC) NOLOGGING")
                .changes().get(0)).index();
        assertThat(index.method()).isEqualTo(IndexMethod.BITMAP);
        assertThat(index.parts().get(0).expression().sourceText()).isEqualTo("UPPER(name)");
        assertThat(index.parts().get(1)).satisfies(p -> {
            assertThat(p.column()).isEqualTo("ID");
            assertThat(p.descending()).isTrue();
        });

        Sequence sequence = ((SchemaChange.CreateSequence) parsed(
                "CREATE SEQUENCE s START WITH 10 INCREMENT BY -1 MINVALUE -99 MAXVALUE 999999999999999999999999999 CYCLE ORDER NOCACHE")
                .changes().get(0)).sequence();
        assertThat(sequence).extracting(Sequence::start, Sequence::increment, Sequence::minValue, Sequence::maxValue,
                Sequence::cycle, Sequence::ordered).containsExactly(10L, -1L, -99L, null, true, true);

        Synonym synonym = ((SchemaChange.CreateSynonym) parsed("CREATE PUBLIC SYNONYM emp FOR hr.employees@remote")
                .changes().get(0)).synonym();
        assertThat(synonym.isPublic()).isTrue();
        assertThat(synonym.dbLink()).isEqualTo("REMOTE");

        View view = ((SchemaChange.CreateView) parsed("CREATE OR REPLACE NOFORCE EDITIONABLE VIEW v (a, b) AS SELECT x, y FROM t "
                + "WITH CHECK OPTION CONSTRAINT v_ck").changes().get(0)).view();
        assertThat(view.columns()).containsExactly("A", "B");
        assertThat(view.checkOption()).isTrue();
        assertThat(view.query().node()).isNotNull();
        SourceStatement mview = parsed("CREATE MATERIALIZED VIEW mv BUILD IMMEDIATE REFRESH FAST ON COMMIT AS SELECT * FROM t");
        assertThat(((SchemaChange.CreateView) mview.changes().get(0)).view().materialized()).isTrue();
        assertThat(mview.actionItems()).extracting(i -> i.code().code()).containsOnly("SS-ORA-0211");

        UserType object = ((SchemaChange.CreateType) parsed("CREATE OR REPLACE TYPE addr AS OBJECT (street VARCHAR2(40), "
                + "MEMBER FUNCTION label RETURN VARCHAR2, zip NUMBER(5));").changes().get(0)).type();
        assertThat(object.category()).isEqualTo("OBJECT");
        assertThat(object.attributes()).extracting(Column::name).containsExactly("STREET", "ZIP");
        SourceStatement ordered = parsed("CREATE TYPE money_t AS OBJECT (amount NUMBER, "
                + "MAP MEMBER FUNCTION in_euro RETURN NUMBER)");
        assertThat(ordered.actionItems()).extracting(i -> i.code().code() + " " + i.message()).contains(
                "SS-ORA-0370 object type MONEY_T is compared through its MAP method; PostgreSQL compares its attributes in order");
        UserType list = ((SchemaChange.CreateType) parsed("CREATE TYPE names AS TABLE OF VARCHAR2(30)").changes().get(0)).type();
        assertThat(list.category()).isEqualTo("ARRAY");
        assertThat(list.baseType().name()).isEqualTo("varchar2");

        var grant = ((SchemaChange.GrantPrivileges) parsed("GRANT SELECT, UPDATE (a, b) ON hr.t TO app, PUBLIC WITH GRANT OPTION")
                .changes().get(0)).grant();
        assertThat(grant.privileges()).containsExactly("SELECT", "UPDATE (A, B)");
        assertThat(grant.grantees()).containsExactly("APP", "PUBLIC");
        assertThat(grant.withGrantOption()).isTrue();
    }

    @Test
    void commentsOnTablesAndColumns() {
        List<SchemaChange> changes = parsed("COMMENT ON COLUMN hr.emp.email IS 'it''s the login'").changes();
        assertThat(changes).singleElement().isEqualTo(new SchemaChange.SetComment(
                new org.schemashift.model.ObjectName("HR", "EMP"), "EMAIL", "it's the login",
                ((SchemaChange.SetComment) changes.get(0)).span()));
    }
}
