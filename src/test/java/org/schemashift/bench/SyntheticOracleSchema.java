package org.schemashift.bench;

/**
 * An Oracle DDL/PL-SQL script of any size for benchmarks, deterministic for its counts. Each table
 * has 11 columns of mixed types with SYSDATE and literal defaults, a named primary key, a CHECK, two
 * indexes, two comments and a foreign key with ON DELETE CASCADE added by ALTER TABLE; one sequence
 * per 10 tables; views join two tables with NVL, DECODE, the (+) outer join and ROWNUM; routines
 * are procedures, functions, packages and triggers with loops, cursors, exceptions and embedded SQL.
 */
public final class SyntheticOracleSchema {
    private SyntheticOracleSchema() {
    }

    public static String generate(int tables, int views, int routines) {
        StringBuilder sql = new StringBuilder(tables * 1_400 + views * 400 + routines * 1_000);
        for (int i = 0; i < tables; i++) table(sql, i);
        for (int i = 0; i < views; i++) view(sql, i, tables);
        for (int i = 0; i < routines; i++) routine(sql, i, tables);
        return sql.toString();
    }

    private static void table(StringBuilder sql, int i) {
        String t = "T" + i;
        sql.append("CREATE TABLE ").append(t).append(" (\n")
                .append("  ID NUMBER(10) NOT NULL,\n")
                .append("  PARENT_ID NUMBER(10),\n")
                .append("  CODE VARCHAR2(30) NOT NULL,\n")
                .append("  NAME VARCHAR2(200) DEFAULT 'unnamed' NOT NULL,\n")
                .append("  AMOUNT NUMBER(12,2) DEFAULT 0,\n")
                .append("  RATE NUMBER,\n")
                .append("  FLAG CHAR(1) DEFAULT 'N',\n")
                .append("  CREATED DATE DEFAULT SYSDATE NOT NULL,\n")
                .append("  UPDATED TIMESTAMP(6),\n")
                .append("  NOTES CLOB,\n")
                .append("  PAYLOAD RAW(16),\n")
                .append("  CONSTRAINT ").append(t).append("_PK PRIMARY KEY (ID),\n")
                .append("  CONSTRAINT ").append(t).append("_FLAG_CK CHECK (FLAG IN ('Y', 'N'))\n")
                .append(") TABLESPACE USERS;\n")
                .append("CREATE INDEX ").append(t).append("_CODE_IX ON ").append(t).append(" (CODE);\n")
                .append("CREATE UNIQUE INDEX ").append(t).append("_NAME_UX ON ").append(t).append(" (NAME, CREATED);\n")
                .append("COMMENT ON TABLE ").append(t).append(" IS 'Synthetic table ").append(i).append("';\n")
                .append("COMMENT ON COLUMN ").append(t).append(".AMOUNT IS 'Amount in cents';\n");
        if (i > 0) {
            sql.append("ALTER TABLE ").append(t).append(" ADD CONSTRAINT ").append(t).append("_FK FOREIGN KEY (PARENT_ID) REFERENCES T")
                    .append(i - 1).append(" (ID) ON DELETE CASCADE;\n");
        }
        if (i % 10 == 0) {
            sql.append("CREATE SEQUENCE ").append(t).append("_SEQ START WITH 1 INCREMENT BY 1 CACHE 20;\n");
        }
        sql.append('\n');
    }

    private static void view(StringBuilder sql, int i, int tables) {
        int a = tables == 0 ? 0 : i % tables;
        int b = tables == 0 ? 0 : (i + 1) % tables;
        sql.append("CREATE OR REPLACE VIEW V").append(i).append(" AS\n")
                .append("SELECT a.ID, NVL(a.NAME, '-') AS NAME, DECODE(a.FLAG, 'Y', 'yes', 'N', 'no', 'unknown') AS FLAG_TEXT,\n")
                .append("       b.AMOUNT, TO_CHAR(a.CREATED, 'YYYY-MM-DD') AS CREATED_DAY\n")
                .append("  FROM T").append(a).append(" a, T").append(b).append(" b\n")
                .append(" WHERE a.ID = b.PARENT_ID (+) AND ROWNUM <= 1000;\n\n");
    }

    /** Routines cycle through a procedure, a function, a package (spec and body) and a trigger. */
    private static void routine(StringBuilder sql, int i, int tables) {
        String t = "T" + (tables == 0 ? 0 : i % tables);
        switch (i % 4) {
            case 0 -> sql.append("CREATE OR REPLACE PROCEDURE P").append(i).append(" (p_id IN NUMBER, p_total OUT NUMBER) AS\n")
                    .append("  CURSOR c IS SELECT ID, AMOUNT FROM ").append(t).append(" WHERE PARENT_ID = p_id;\n")
                    .append("  v_count PLS_INTEGER := 0;\n")
                    .append("BEGIN\n")
                    .append("  p_total := 0;\n")
                    .append("  FOR r IN c LOOP\n")
                    .append("    p_total := p_total + NVL(r.AMOUNT, 0);\n")
                    .append("    v_count := v_count + 1;\n")
                    .append("    IF v_count > 100 THEN EXIT; END IF;\n")
                    .append("  END LOOP;\n")
                    .append("  UPDATE ").append(t).append(" SET UPDATED = SYSTIMESTAMP WHERE ID = p_id;\n")
                    .append("EXCEPTION\n")
                    .append("  WHEN NO_DATA_FOUND THEN p_total := 0;\n")
                    .append("  WHEN OTHERS THEN RAISE_APPLICATION_ERROR(-20001, 'P").append(i).append(" failed: ' || SQLERRM);\n")
                    .append("END;\n/\n\n");
            case 1 -> sql.append("CREATE OR REPLACE FUNCTION F").append(i).append(" (p_code IN VARCHAR2) RETURN NUMBER IS\n")
                    .append("  v_id ").append(t).append(".ID%TYPE;\n")
                    .append("BEGIN\n")
                    .append("  SELECT ID INTO v_id FROM ").append(t).append(" WHERE CODE = UPPER(p_code);\n")
                    .append("  RETURN v_id;\n")
                    .append("EXCEPTION\n")
                    .append("  WHEN NO_DATA_FOUND THEN RETURN NULL;\n")
                    .append("END;\n/\n\n");
            case 2 -> sql.append("CREATE OR REPLACE PACKAGE PKG").append(i).append(" AS\n")
                    .append("  g_calls NUMBER := 0;\n")
                    .append("  PROCEDURE touch(p_id NUMBER);\n")
                    .append("  FUNCTION total(p_parent NUMBER) RETURN NUMBER;\n")
                    .append("END PKG").append(i).append(";\n/\n")
                    .append("CREATE OR REPLACE PACKAGE BODY PKG").append(i).append(" AS\n")
                    .append("  PROCEDURE touch(p_id NUMBER) IS\n")
                    .append("  BEGIN\n")
                    .append("    g_calls := g_calls + 1;\n")
                    .append("    UPDATE ").append(t).append(" SET UPDATED = SYSTIMESTAMP WHERE ID = p_id;\n")
                    .append("    IF SQL%ROWCOUNT = 0 THEN\n")
                    .append("      INSERT INTO ").append(t).append(" (ID, CODE, NAME) VALUES (p_id, 'C' || p_id, 'auto');\n")
                    .append("    END IF;\n")
                    .append("  END touch;\n")
                    .append("  FUNCTION total(p_parent NUMBER) RETURN NUMBER IS\n")
                    .append("    v_sum NUMBER := 0;\n")
                    .append("    i PLS_INTEGER := 0;\n")
                    .append("  BEGIN\n")
                    .append("    WHILE i < 10 LOOP\n")
                    .append("      i := i + 1;\n")
                    .append("      SELECT v_sum + NVL(SUM(AMOUNT), 0) INTO v_sum FROM ").append(t).append(" WHERE PARENT_ID = p_parent + i;\n")
                    .append("    END LOOP;\n")
                    .append("    RETURN v_sum;\n")
                    .append("  END total;\n")
                    .append("END PKG").append(i).append(";\n/\n\n");
            default -> sql.append("CREATE OR REPLACE TRIGGER TRG").append(i).append("\n")
                    .append("  BEFORE INSERT OR UPDATE ON ").append(t).append("\n")
                    .append("  FOR EACH ROW\n")
                    .append("BEGIN\n")
                    .append("  IF INSERTING THEN\n")
                    .append("    :NEW.CREATED := NVL(:NEW.CREATED, SYSDATE);\n")
                    .append("  END IF;\n")
                    .append("  :NEW.UPDATED := SYSTIMESTAMP;\n")
                    .append("  :NEW.CODE := UPPER(TRIM(:NEW.CODE));\n")
                    .append("END;\n/\n\n");
        }
    }
}
