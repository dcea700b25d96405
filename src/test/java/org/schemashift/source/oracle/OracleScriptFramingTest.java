package org.schemashift.source.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.schemashift.source.oracle.OracleTestSupport.read;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemashift.model.Disposition;
import org.schemashift.model.ObjectKind;
import org.schemashift.model.SchemaChange;
import org.schemashift.model.SourceStatement;
import org.schemashift.source.SourceFile;
import org.schemashift.source.SourceOptions;

/** SQL*Plus framing: terminators, PL/SQL extents, client commands, substitution variables, includes. */
class OracleScriptFramingTest {

    @Test
    void sqlPlusCommandsAreIgnoredAndStatementsEndAtSemicolonOrSlashLine() {
        List<SourceStatement> statements = read("""
                SET ECHO OFF
                PROMPT Creating t ...
                REM a remark
                WHENEVER SQLERROR EXIT SQL.SQLCODE
                SPOOL install.log
                CREATE TABLE t (id NUMBER);
                /
                CREATE TABLE u (id NUMBER)
                /
                EXIT
                """);
        assertThat(statements).extracting(SourceStatement::disposition, SourceStatement::kind, SourceStatement::name).containsExactly(
                tuple(Disposition.IGNORED, ObjectKind.OTHER, null),
                tuple(Disposition.IGNORED, ObjectKind.OTHER, null),
                tuple(Disposition.IGNORED, ObjectKind.OTHER, null),
                tuple(Disposition.IGNORED, ObjectKind.OTHER, null),
                tuple(Disposition.IGNORED, ObjectKind.OTHER, null),
                tuple(Disposition.PARSED, ObjectKind.TABLE, "T"),
                tuple(Disposition.PARSED, ObjectKind.TABLE, "U"),
                tuple(Disposition.IGNORED, ObjectKind.OTHER, null));
        assertThat(statements.get(6).span().line()).isEqualTo(8);
    }

    @Test
    void plsqlUnitsRunToTheirSlashLineWithTheirLines() {
        List<SourceStatement> statements = read("""
                CREATE OR REPLACE PACKAGE BODY pkg AS
                  PROCEDURE p IS BEGIN NULL; END;
                  -- a slash inside a string: '/'
                  FUNCTION f RETURN VARCHAR2 IS BEGIN RETURN q'[;
                /]'; END;
                END pkg;
                /
                CREATE TRIGGER trg BEFORE INSERT ON t FOR EACH ROW
                BEGIN :new.id := 1; END;
                /
                CREATE TABLE after_code (id NUMBER);
                """);
        // the package body is followed by one statement per subprogram
        assertThat(statements).extracting(SourceStatement::disposition, SourceStatement::kind, SourceStatement::name).containsExactly(
                tuple(Disposition.PARSED, ObjectKind.PACKAGE, "PKG"),
                tuple(Disposition.PARSED, ObjectKind.PROCEDURE, "PKG.P"),
                tuple(Disposition.PARSED, ObjectKind.FUNCTION, "PKG.F"),
                tuple(Disposition.PARSED, ObjectKind.TRIGGER, "TRG"),
                tuple(Disposition.PARSED, ObjectKind.TABLE, "AFTER_CODE"));
        assertThat(statements.get(0).text()).endsWith("END pkg;");
        assertThat(statements.get(2).span().line()).isEqualTo(4);
        assertThat(statements.get(3).span().line()).isEqualTo(8);
    }

    @Test
    void dataAndSessionStatementsAreIgnored() {
        assertThat(read("INSERT INTO t VALUES ('R&B; soul');\nCOMMIT;\nALTER SESSION SET NLS_DATE_FORMAT = 'YYYY';"))
                .extracting(SourceStatement::disposition).containsOnly(Disposition.IGNORED).hasSize(3);
    }

    @Test
    void substitutionVariablesComeFromDefinesAndDefineLines() {
        List<SourceStatement> statements = read("""
                DEFINE owner = APP
                CREATE TABLE &owner..t (id NUMBER) TABLESPACE &&tbs;
                CREATE TABLE &undefined_one..u (id NUMBER);
                SET DEFINE OFF
                CREATE TABLE v (s VARCHAR2(10) DEFAULT 'A&B');
                """, Map.of("tbs", "USERS"));
        assertThat(statements.get(1).disposition()).isEqualTo(Disposition.PARSED);
        assertThat(((SchemaChange.CreateTable) statements.get(1).changes().get(0)).table().name().toString()).isEqualTo("APP.T");
        assertThat(statements.get(2).disposition()).isEqualTo(Disposition.UNSUPPORTED);
        assertThat(statements.get(2).actionItems()).singleElement().satisfies(item -> {
            assertThat(item.code().code()).isEqualTo("SS-ORA-0201");
            assertThat(item.message()).isEqualTo("undefined: &undefined_one");
        });
        assertThat(statements.get(4).disposition()).isEqualTo(Disposition.PARSED);
    }

    @Test
    void aDefineFromAScriptArgumentResolvesWhenTheArgumentIsDefined() {
        String script = "define to_user = '&1' -- the grantee\nGRANT SELECT ON t TO &to_user;\n";
        assertThat(read(script, Map.of("1", "APP")).get(1).disposition()).isEqualTo(Disposition.PARSED);
        assertThat(read(script, Map.of("to_user", "APP")).get(1).disposition()).isEqualTo(Disposition.PARSED);
        assertThat(read(script).get(1).actionItems()).extracting(i -> i.code().code()).containsExactly("SS-ORA-0201");
    }

    @Test
    void acceptTakesItsDefaultUnlessTheVariableHasAValue() {
        String script = "ACCEPT tbs PROMPT 'Tablespace: ' DEFAULT 'USERS'\nCREATE TABLE t (id NUMBER) TABLESPACE &tbs;\n"
                + "ACCEPT pass PROMPT 'Password: ' HIDE\nCREATE TABLE u (p VARCHAR2(10) DEFAULT '&pass');\n";
        List<SourceStatement> statements = read(script);
        assertThat(statements.get(1).disposition()).isEqualTo(Disposition.PARSED);
        assertThat(statements.get(3).actionItems()).extracting(i -> i.message()).containsExactly("undefined: &pass");
        assertThat(read(script, Map.of("tbs", "DATA")).get(1).disposition()).isEqualTo(Disposition.PARSED);
    }

    @Test
    void includesAreReadInPlaceWhenTheFileIsAnInputAndReportedOtherwise(@TempDir Path dir) throws Exception {
        Path main = dir.resolve("install.sql");
        Path tables = dir.resolve("tables.sql");
        Files.writeString(main, "@@tables\n@missing.sql\nCREATE INDEX t_ix ON t (id);\n");
        Files.writeString(tables, "CREATE TABLE t (id NUMBER);\n");
        List<SourceStatement> statements = new OracleSourceDialect().read(List.of(
                new SourceFile(main.toString(), Files.readString(main)), new SourceFile(tables.toString(), Files.readString(tables))),
                SourceOptions.NONE);
        assertThat(statements).extracting(SourceStatement::disposition, SourceStatement::kind).containsExactly(
                tuple(Disposition.IGNORED, ObjectKind.OTHER),
                tuple(Disposition.PARSED, ObjectKind.TABLE),
                tuple(Disposition.UNSUPPORTED, ObjectKind.OTHER),
                tuple(Disposition.PARSED, ObjectKind.INDEX));
        assertThat(statements.get(2).actionItems()).extracting(i -> i.code().code()).containsExactly("SS-ORA-0202");
    }

    @Test
    void anonymousBlocksContributeTheDdlOfTheirExecuteImmediateLiterals() {
        List<SourceStatement> statements = read("""
                declare
                  l_count pls_integer;
                begin
                  select count(*) into l_count from user_tables where table_name = 'LOGS';
                  if l_count = 0 then
                    execute immediate q'!
                create table logs (id number, text varchar2(100))
                    !';
                    execute immediate 'create index logs_ix on logs (id)';
                    execute immediate 'alter table logs add ' || l_col;
                  end if;
                end;
                /
                """);
        SourceStatement block = statements.get(0);
        assertThat(block.disposition()).isEqualTo(Disposition.PARSED);
        assertThat(block.changes()).hasSize(2).first().isInstanceOf(SchemaChange.CreateTable.class);
        assertThat(block.actionItems()).first().satisfies(i -> assertThat(i.code().code()).isEqualTo("SS-ORA-0217"));
        assertThat(((SchemaChange.CreateTable) block.changes().get(0)).table().span().line()).isEqualTo(6);
    }

    @Test
    void ddlOfAnExecuteImmediateIsPositionedInTheFileWhereverTheBlockStarts() {
        List<SourceStatement> statements = read("""
                select 1 from dual;
                  begin execute immediate 'create table t1 (a number)'; end;
                /
                begin
                    execute immediate 'create table t2 (a number)';
                end;
                /
                """);
        assertThat(statements.stream().filter(s -> !s.changes().isEmpty())
                .map(s -> ((SchemaChange.CreateTable) s.changes().get(0)).table().span()))
                .extracting(span -> span.line() + ":" + span.column())
                .as("each CREATE where its literal starts: t1 after the indented block's opening, t2 on the file's fifth line")
                .containsExactly("2:28", "5:24");
    }

    @Test
    void aSyntaxErrorNamesTheLineAndWhatWasExpected() {
        SourceStatement statement = read("\nCREATE TABLE t (id NUMBER,, x DATE);").get(0);
        assertThat(statement.disposition()).isEqualTo(Disposition.ERROR);
        assertThat(statement.actionItems()).singleElement().satisfies(i -> {
            assertThat(i.code().code()).isEqualTo("SS-GEN-0001");
            assertThat(i.span().line()).isEqualTo(2);
            assertThat(i.message()).endsWith("found `,`");
        });
    }
}
