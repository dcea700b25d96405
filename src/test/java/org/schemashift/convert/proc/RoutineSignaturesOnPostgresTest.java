package org.schemashift.convert.proc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.schemashift.model.ActionItem;

/**
 * Routine signatures PostgreSQL sees differently from Oracle: overloads whose parameter types map
 * to the same target types are renamed and their calls resolved by argument type (the source type
 * where the target types are the same: VARCHAR2 and CLOB are both text); members private
 * to a package body become public routines (reported once per package); a date passed to a string
 * parameter, or a string to a date one, is converted explicitly (reported: the format is the
 * target's); names the conversion makes up (routines of nested subprograms, copies of OUT
 * arguments) never take one the input uses.
 */
class RoutineSignaturesOnPostgresTest {
    private static final String OVERLOADS = """
            CREATE OR REPLACE PACKAGE fmt AS
              FUNCTION tochar(p_val IN NUMBER) RETURN VARCHAR2;
              FUNCTION tochar(p_val IN DATE) RETURN VARCHAR2;
              FUNCTION tochar(p_val IN TIMESTAMP) RETURN VARCHAR2;
              FUNCTION describe(p_name IN VARCHAR2, p_val IN DATE) RETURN VARCHAR2;
              FUNCTION describe(p_name IN VARCHAR2, p_val IN TIMESTAMP) RETURN VARCHAR2;
              FUNCTION count_rows(p_table IN VARCHAR2) RETURN NUMBER;
              PROCEDURE count_rows(p_table IN VARCHAR2);
              FUNCTION last_count RETURN NUMBER;
              FUNCTION zoned(p_val IN TIMESTAMP WITH TIME ZONE) RETURN VARCHAR2;
              FUNCTION zoned(p_val IN TIMESTAMP WITH LOCAL TIME ZONE) RETURN VARCHAR2;
              FUNCTION tochar(p_val IN TIMESTAMP WITH TIME ZONE) RETURN VARCHAR2;
            END fmt;
            /
            CREATE OR REPLACE PACKAGE BODY fmt AS
              g_last NUMBER;
              FUNCTION tochar(p_val IN NUMBER) RETURN VARCHAR2 IS
              BEGIN
                RETURN 'number ' || TO_CHAR(p_val);
              END;
              FUNCTION tochar(p_val IN DATE) RETURN VARCHAR2 IS
              BEGIN
                RETURN 'date ' || TO_CHAR(p_val, 'YYYY-MM-DD');
              END;
              FUNCTION tochar(p_val IN TIMESTAMP) RETURN VARCHAR2 IS
              BEGIN
                RETURN 'timestamp ' || TO_CHAR(p_val, 'YYYY-MM-DD HH24:MI:SS.FF3');
              END;
              FUNCTION describe(p_name IN VARCHAR2, p_val IN DATE) RETURN VARCHAR2 IS
              BEGIN
                RETURN p_name || ': ' || tochar(p_val);
              END;
              FUNCTION describe(p_name IN VARCHAR2, p_val IN TIMESTAMP) RETURN VARCHAR2 IS
              BEGIN
                RETURN p_name || ': ' || tochar(p_val => p_val);
              END;
              FUNCTION count_rows(p_table IN VARCHAR2) RETURN NUMBER IS
              BEGIN
                RETURN LENGTH(p_table);
              END;
              PROCEDURE count_rows(p_table IN VARCHAR2) IS
              BEGIN
                g_last := count_rows(p_table) * 10;
              END;
              FUNCTION last_count RETURN NUMBER IS
              BEGIN
                RETURN g_last;
              END;
              FUNCTION zoned(p_val IN TIMESTAMP WITH TIME ZONE) RETURN VARCHAR2 IS
              BEGIN
                RETURN 'zone';
              END;
              FUNCTION zoned(p_val IN TIMESTAMP WITH LOCAL TIME ZONE) RETURN VARCHAR2 IS
              BEGIN
                RETURN 'local';
              END;
              FUNCTION tochar(p_val IN TIMESTAMP WITH TIME ZONE) RETURN VARCHAR2 IS
              BEGIN
                RETURN 'zoned ' || zoned(p_val);
              END;
            END fmt;
            /
            CREATE OR REPLACE FUNCTION stamp_text RETURN VARCHAR2 IS
              l_stamp TIMESTAMP := TIMESTAMP '2024-05-06 07:08:09.123';
            BEGIN
              RETURN fmt.tochar(l_stamp);
            END;
            /
            CREATE OR REPLACE FUNCTION date_text RETURN VARCHAR2 IS
              l_date DATE := DATE '2024-05-06';
            BEGIN
              RETURN fmt.describe('d', l_date) || ' / ' || fmt.describe('t', CAST(l_date AS TIMESTAMP));
            END;
            /
            CREATE OR REPLACE FUNCTION zoned_text RETURN VARCHAR2 IS
              l_zoned TIMESTAMP WITH TIME ZONE := SYSTIMESTAMP;
            BEGIN
              RETURN fmt.tochar(l_zoned);
            END;
            /
            CREATE OR REPLACE PROCEDURE count_twice IS
            BEGIN
              fmt.count_rows(p_table => 'abcd');
            END;
            /
            """;

    @Test
    void overloadsTheTargetCannotTellApartAreRenamedAndTheirCallsFollowTheArgumentTypes() throws Exception {
        try (OracleCodeOnPostgres db = new OracleCodeOnPostgres().ddl(OVERLOADS).apply()) {
            assertThat(db.one("SELECT stamp_text()")).isEqualTo("timestamp 2024-05-06 07:08:09.123");
            assertThat(db.one("SELECT date_text()")).isEqualTo("d: date 2024-05-06 / t: timestamp 2024-05-06 00:00:00.000");
            assertThat(db.one("SELECT fmt.tochar(42)")).isEqualTo("number 42");
            assertThat(db.one("SELECT fmt.tochar_timestamp(TIMESTAMP '2024-01-02 03:04:05.5')"))
                    .isEqualTo("timestamp 2024-01-02 03:04:05.500");
            db.run("CALL count_twice()");
            assertThat(db.one("SELECT fmt.last_count()")).as("the procedure, renamed, calls the function").isEqualTo("40");
            assertThat(db.one("SELECT zoned_text()")).as("the overload of the variable's type among those of its family")
                    .isEqualTo("zoned zone");
            assertThat(db.one("SELECT fmt.zoned(now()) || fmt.zoned_timestamp_with_local_time_zone(now())")).isEqualTo("zonelocal");
            List<ActionItem> renamed = db.itemsWith("SS-ORA-0480");
            assertThat(renamed).extracting(ActionItem::message).containsExactly(
                    "package FMT: function TOCHAR(IN timestamp) becomes TOCHAR_TIMESTAMP: in PostgreSQL its signature (timestamp)"
                            + " is that of function TOCHAR(IN date) at line 3, which keeps the name",
                    "package FMT: function DESCRIBE(IN varchar2, IN timestamp) becomes DESCRIBE_TIMESTAMP: in PostgreSQL its"
                            + " signature (text, timestamp) is that of function DESCRIBE(IN varchar2, IN date) at line 5, which keeps the name",
                    "package FMT: procedure COUNT_ROWS(IN varchar2) becomes COUNT_ROWS_PROC: in PostgreSQL its signature (text)"
                            + " is that of function COUNT_ROWS(IN varchar2) at line 7, which keeps the name",
                    "package FMT: function ZONED(IN timestamp with local time zone) becomes ZONED_TIMESTAMP_WITH_LOCAL_TIME_ZONE: in"
                            + " PostgreSQL its signature (timestamptz) is that of function ZONED(IN timestamp with time zone) at line 10,"
                            + " which keeps the name");
            assertThat(renamed).extracting(i -> i.span().line()).containsExactly(4, 6, 8, 11);
        }
    }

    @Test
    void overloadsOfTheSameTargetTypesAreCalledByTheArgumentsSourceType() throws Exception {
        try (OracleCodeOnPostgres db = new OracleCodeOnPostgres().ddl("""
                CREATE OR REPLACE PACKAGE printer AS
                  FUNCTION kind(p_text IN CLOB) RETURN VARCHAR2;
                  FUNCTION kind(p_text IN VARCHAR2) RETURN VARCHAR2;
                  PROCEDURE remember(p_text IN CLOB);
                  PROCEDURE remember(p_text IN VARCHAR2);
                  FUNCTION remembered RETURN VARCHAR2;
                  FUNCTION both_kinds RETURN VARCHAR2;
                END printer;
                /
                CREATE OR REPLACE PACKAGE BODY printer AS
                  g_last VARCHAR2(100);
                  g_clob CLOB := 'package clob';
                  FUNCTION kind(p_text IN CLOB) RETURN VARCHAR2 IS
                  BEGIN
                    RETURN 'clob ' || p_text;
                  END;
                  FUNCTION kind(p_text IN VARCHAR2) RETURN VARCHAR2 IS
                  BEGIN
                    RETURN 'varchar2 ' || p_text;
                  END;
                  PROCEDURE remember(p_text IN VARCHAR2) IS
                  BEGIN
                    g_last := 'varchar2 ' || p_text;
                  END;
                  PROCEDURE remember(p_text IN CLOB) IS
                  BEGIN
                    g_last := 'clob ' || p_text;
                  END;
                  FUNCTION remembered RETURN VARCHAR2 IS
                  BEGIN
                    RETURN g_last;
                  END;
                  FUNCTION both_kinds RETURN VARCHAR2 IS
                    l_short VARCHAR2(10) := 'short';
                    l_long CLOB := 'long';
                  BEGIN
                    remember(l_long);
                    RETURN kind(l_short) || ' / ' || kind(l_long) || ' / ' || printer.kind(p_text => g_clob) || ' / ' || remembered
                      || ' / ' || kind('literal');
                  END;
                END printer;
                /
                CREATE OR REPLACE PROCEDURE remember_short IS
                  l_short VARCHAR2(10) := 'short';
                BEGIN
                  printer.remember(l_short);
                END;
                /
                CREATE OR REPLACE PROCEDURE remember_literal IS
                BEGIN
                  printer.remember('literal');
                END;
                /
                """).apply()) {
            // a string literal goes to the VARCHAR2 overload, as in Oracle, whichever is declared first
            assertThat(db.one("SELECT printer.both_kinds()"))
                    .isEqualTo("varchar2 short / clob long / clob package clob / clob long / varchar2 literal");
            db.run("CALL remember_short()");
            assertThat(db.one("SELECT printer.remembered()")).isEqualTo("varchar2 short");
            db.run("CALL remember_literal()");
            assertThat(db.one("SELECT printer.remembered()")).isEqualTo("varchar2 literal");
            assertThat(db.itemsWith("SS-ORA-0480")).hasSize(2);
        }
    }

    @Test
    void membersOnlyTheBodyDeclaresStayCallableInsideThePackageAndAreReportedOnce() throws Exception {
        try (OracleCodeOnPostgres db = new OracleCodeOnPostgres().ddl("""
                CREATE OR REPLACE PACKAGE counter AS
                  FUNCTION next_value RETURN NUMBER;
                END counter;
                /
                CREATE OR REPLACE PACKAGE BODY counter AS
                  g_value NUMBER := 0;
                  FUNCTION step RETURN NUMBER IS
                  BEGIN
                    RETURN 5;
                  END;
                  FUNCTION next_value RETURN NUMBER IS
                  BEGIN
                    g_value := g_value + step;
                    RETURN g_value;
                  END;
                END counter;
                /
                """).apply()) {
            assertThat(db.one("SELECT counter.next_value()")).isEqualTo("5");
            assertThat(db.one("SELECT counter.next_value()")).isEqualTo("10");
            assertThat(db.itemsWith("SS-ORA-0481")).extracting(ActionItem::message).containsExactly(
                    "package COUNTER: 2 member(s) declared only in the body become routines or variables of schema COUNTER"
                            + " that any caller with access to it can use: G_VALUE, STEP");
        }
    }

    @Test
    void aDatePassedToAStringParameterAndAStringToADateOneAreConverted() throws Exception {
        try (OracleCodeOnPostgres db = new OracleCodeOnPostgres().ddl("""
                CREATE OR REPLACE PACKAGE dates AS
                  FUNCTION text_of(p_text IN VARCHAR2) RETURN VARCHAR2;
                  FUNCTION year_of(p_date IN DATE) RETURN NUMBER;
                END dates;
                /
                CREATE OR REPLACE PACKAGE BODY dates AS
                  FUNCTION text_of(p_text IN VARCHAR2) RETURN VARCHAR2 IS
                  BEGIN
                    RETURN '[' || p_text || ']';
                  END;
                  FUNCTION year_of(p_date IN DATE) RETURN NUMBER IS
                  BEGIN
                    RETURN EXTRACT(YEAR FROM p_date);
                  END;
                END dates;
                /
                CREATE OR REPLACE FUNCTION year_text(p_text VARCHAR2) RETURN NUMBER IS
                BEGIN
                  RETURN dates.year_of(p_text);
                END;
                /
                CREATE OR REPLACE FUNCTION date_as_text RETURN VARCHAR2 IS
                  l_day DATE := DATE '2024-05-06';
                  l_text VARCHAR2(30);
                BEGIN
                  l_text := l_day;
                  RETURN dates.text_of(l_day) || l_text;
                END;
                /
                """).apply()) {
            assertThat(db.one("SELECT year_text('2031-02-03')")).isEqualTo("2031");
            assertThat(db.one("SELECT date_as_text()")).isEqualTo("[2024-05-06 00:00:00]2024-05-06 00:00:00");
            assertThat(db.itemsWith("SS-ORA-0483")).extracting(i -> i.span().line() + " " + i.message()).containsExactly(
                    "19 argument 1 of DATES.YEAR_OF: text given as a date is read by the target's date input rules, not the session's format",
                    "26 function DATE_AS_TEXT: assignment to L_TEXT: a date given as text is written in the target's format (ISO), not the session's",
                    "27 argument 1 of DATES.TEXT_OF: a date given as text is written in the target's format (ISO), not the session's");
        }
    }

    @Test
    void routinesMadeOfNestedSubprogramsNeverTakeANameTheInputOrAnotherOneUses() throws Exception {
        try (OracleCodeOnPostgres db = new OracleCodeOnPostgres().ddl("""
                CREATE OR REPLACE PACKAGE shapes AS
                  FUNCTION area(p_side NUMBER) RETURN NUMBER;
                  FUNCTION area(p_width NUMBER, p_height NUMBER) RETURN NUMBER;
                  FUNCTION area__square(p_side NUMBER) RETURN NUMBER;
                END shapes;
                /
                CREATE OR REPLACE PACKAGE BODY shapes AS
                  FUNCTION area(p_side NUMBER) RETURN NUMBER IS
                    FUNCTION square(n NUMBER) RETURN NUMBER;
                    FUNCTION square(n NUMBER) RETURN NUMBER IS
                    BEGIN
                      RETURN n * n;
                    END;
                  BEGIN
                    RETURN square(p_side);
                  END;
                  FUNCTION area(p_width NUMBER, p_height NUMBER) RETURN NUMBER IS
                    FUNCTION square(n NUMBER) RETURN NUMBER IS
                    BEGIN
                      RETURN n * n * 100;
                    END;
                  BEGIN
                    RETURN p_width * p_height + square(0);
                  END;
                  FUNCTION area__square(p_side NUMBER) RETURN NUMBER IS
                  BEGIN
                    RETURN -1;
                  END;
                END shapes;
                /
                CREATE OR REPLACE PROCEDURE split(p_text VARCHAR2, o_head OUT VARCHAR2) IS
                BEGIN
                  o_head := SUBSTR(p_text, 1, 2);
                END;
                /
                CREATE OR REPLACE FUNCTION head_of(p_text VARCHAR2) RETURN VARCHAR2 IS
                  ss_out_o_head VARCHAR2(10) := 'kept';
                  l_head CHAR(2);
                BEGIN
                  split(p_text, l_head);
                  RETURN l_head || ss_out_o_head;
                END;
                /
                """).apply()) {
            assertThat(db.one("SELECT shapes.area(3)")).isEqualTo("9");
            assertThat(db.one("SELECT shapes.area(2, 5)")).isEqualTo("10");
            assertThat(db.one("SELECT shapes.area__square(3)")).isEqualTo("-1");
            assertThat(db.script()).contains("FUNCTION shapes.area__square_2(", "FUNCTION shapes.area__square_3(");
            assertThat(db.script()).as("the copy of an OUT argument of another type").contains("ss_out_o_head_2");
            assertThat(db.one("SELECT head_of('abc')")).isEqualTo("abkept");
        }
    }
}
