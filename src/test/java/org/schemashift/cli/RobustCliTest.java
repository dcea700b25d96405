package org.schemashift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.schemashift.cli.SchemaShiftCommandTest.Run;

/**
 * Promise 2 on the command line (docs/robustness.md): every odd input has a defined behaviour, a
 * malformed statement costs only itself, and every error names its cause before anything is written.
 */
class RobustCliTest {
    @TempDir
    Path dir;

    private static Run run(String... args) {
        return SchemaShiftCommandTest.run(args);
    }

    /** convert --from FROM --to postgresql -o DIR/out MORE... INPUT */
    private Run convert(String from, Path input, String... more) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(
                "convert", "--from", from, "--to", "postgresql", "-o", dir.resolve("out").toString()));
        args.addAll(java.util.List.of(more));
        args.add(input.toString());
        return run(args.toArray(String[]::new));
    }

    private Path file(String name, byte[] content) throws Exception {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, content);
        return file;
    }

    private Path file(String name, String content) throws Exception {
        return file(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private String schema() throws Exception {
        return Files.readString(dir.resolve("out/schema.sql"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"oracle", "mysql", "sqlserver"})
    void parenthesesNestedThousandsDeepCostOnlyTheirStatement(String from) throws Exception {
        String deep = "(".repeat(3000) + "a > 0" + ")".repeat(3000);
        String go = from.equals("sqlserver") ? "GO\n" : "";
        Run r = convert(from, file("deep.sql", "CREATE TABLE t1 (a INT CHECK (" + deep + "));\n" + go + "CREATE TABLE t2 (b INT);\n"));
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(schema()).contains("CREATE TABLE t2").contains("parentheses are nested").contains("reads up to 256 levels");
    }

    @ParameterizedTest
    @ValueSource(strings = {"oracle", "mysql", "sqlserver"})
    void anUnterminatedStringOrCommentDoesNotSwallowTheStatementsAfterIt(String from) throws Exception {
        String go = from.equals("sqlserver") ? "GO\n" : "";
        Run r = convert(from, file("unterminated.sql", "CREATE TABLE t1 (a VARCHAR(10) DEFAULT 'abc);\n" + go
                + "CREATE TABLE t2 (b INT);\n" + go + "/* a comment never closed\n" + "CREATE TABLE t3 (c INT);\n"));
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(schema()).contains("CREATE TABLE t2").contains("CREATE TABLE t3").contains("SS-GEN-0001");
    }

    @Test
    void anEmptyDirectoryOrOneWithoutScriptsIsAnErrorSayingSo() throws Exception {
        Files.createDirectories(dir.resolve("empty"));
        Run empty = convert("oracle", dir.resolve("empty"));
        assertThat(empty.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(empty.err()).contains("no script files").contains("it is empty");
        file("notes/readme.txt", "CREATE TABLE t (a INT);");
        Run notes = convert("oracle", dir.resolve("notes"));
        assertThat(notes.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(notes.err()).contains("such as readme.txt");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void anInputWithoutStatementsIsAnError() throws Exception {
        Run r = convert("mysql", file("empty.sql", "  \n-- only a comment\n"));
        assertThat(r.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("no statements found");
    }

    @Test
    void aBinaryFileIsRefusedWithTheReason() throws Exception {
        byte[] elf = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0x3E, 0};
        Run r = convert("oracle", file("program.sql", elf));
        assertThat(r.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("executable (ELF)");
        byte[] nul = "CREATE TABLE t (a INT);\0\0\1\2garbage".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(convert("oracle", file("nul.sql", nul)).err()).contains("NUL bytes");
    }

    @Test
    void encodingsAreDetectedOrChosen() throws Exception {
        String sql = "CREATE TABLE stadt (name VARCHAR(20) DEFAULT 'M\u00fcnchen');\r\nCREATE TABLE t2 (b INT);\r\n";
        byte[] bom = new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] utf8 = sql.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + utf8.length];
        System.arraycopy(bom, 0, withBom, 0, bom.length);
        System.arraycopy(utf8, 0, withBom, bom.length, utf8.length);
        for (byte[] bytes : new byte[][] {withBom, sql.getBytes(StandardCharsets.UTF_16), sql.getBytes(StandardCharsets.UTF_16LE)}) {
            Run r = convert("mysql", file("in.sql", bytes), "--force");
            assertThat(r.status()).as(r.err()).isZero();
            assertThat(schema()).contains("'M\u00fcnchen'").contains("CREATE TABLE t2");
        }
        Run latin1 = convert("mysql", file("in.sql", sql.getBytes(StandardCharsets.ISO_8859_1)), "--force");
        assertThat(latin1.err()).contains("read as ISO-8859-1");
        assertThat(schema()).contains("'M\u00fcnchen'");
        Run chosen = convert("mysql", file("in.sql", sql.getBytes(StandardCharsets.ISO_8859_1)), "--force", "--encoding", "windows-1252");
        assertThat(chosen.err()).doesNotContain("ISO-8859-1");
        assertThat(schema()).contains("'M\u00fcnchen'");
    }

    @Test
    void aHugeSingleLineConverts() throws Exception {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < 2000; i++) line.append("CREATE TABLE t").append(i).append(" (a INT);");
        Run r = convert("mysql", file("line.sql", line.toString()));
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("2000 statements read");
    }

    @Test
    void aScriptOfAnotherDialectGetsAHintNamingIt() throws Exception {
        Run r = convert("mysql", file("ora.sql", "CREATE TABLE emp (id NUMBER(9) CONSTRAINT pk PRIMARY KEY, n VARCHAR2(10 CHAR));\n"
                + "CREATE OR REPLACE PROCEDURE p IS BEGIN NULL; END;\n/\n"
                + "CREATE TABLE dept (id NUMBER(9), d DATE DEFAULT SYSDATE) TABLESPACE users;\n"));
        assertThat(r.err()).contains("looks like oracle").contains("--from oracle");
    }

    @Test
    void anOutputPathThatIsAFileIsRefusedBeforeConverting() throws Exception {
        Path taken = file("taken", "x");
        Run r = run("convert", "--from", "mysql", "--to", "postgresql", "-o", taken.toString(), dir.resolve("missing.sql").toString());
        assertThat(r.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("it is a file");
    }

    /**
     * Paths that cannot be read or written, whoever runs the tests (root reads any file, so the
     * failures here are ones permissions do not decide): each says its cause before anything is written.
     */
    @Test
    void unreadableInputsAndUnwritableOutputsNameTheirCause() throws Exception {
        Path loop = dir.resolve("loop.sql");
        Files.createSymbolicLink(loop, dir.resolve("back.sql"));
        Files.createSymbolicLink(dir.resolve("back.sql"), loop);
        Run looped = convert("mysql", loop);
        assertThat(looped.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(looped.err()).contains("cannot read " + loop).containsIgnoringCase("too many levels of symbolic links");

        Files.createSymbolicLink(dir.resolve("dangling.sql"), dir.resolve("gone.sql"));
        assertThat(convert("mysql", dir.resolve("dangling.sql")).err()).contains("dangling.sql: no such file or directory");

        Path input = file("in.sql", "CREATE TABLE t (a INT);");
        Path underAFile = file("taken", "x").resolve("out");
        Run unwritable = run("convert", "--from", "mysql", "--to", "postgresql", "-o", underAFile.toString(), input.toString());
        assertThat(unwritable.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(unwritable.err()).contains("cannot create " + underAFile).contains("is a file");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void convertRefusesToOverwriteHandEditedOutputUnlessForced() throws Exception {
        Path in = file("in.sql", "CREATE TABLE t (a INT);\nCREATE VIEW v AS SELECT a FROM t;\n");
        assertThat(convert("mysql", in).status()).isZero();
        assertThat(convert("mysql", in).status()).as("its own unchanged output is replaced").isZero();
        Files.writeString(dir.resolve("out/schema.sql"), "-- my fix\n", java.nio.file.StandardOpenOption.APPEND);
        Run refused = convert("mysql", in);
        assertThat(refused.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(refused.err()).contains("schema.sql was edited").contains("--force");
        assertThat(schema()).endsWith("-- my fix\n");
        Path mine = file("out/objects/9999-my-notes.sql", "-- mine");
        assertThat(convert("mysql", in, "--force").status()).isZero();
        assertThat(mine).as("files SchemaShift did not write are never deleted").exists();
        assertThat(convert("mysql", in).err()).contains("objects/9999-my-notes.sql was added by hand");
    }

    @Test
    void outputFilesAreRenamedIntoPlaceLeavingNoTemporaries() throws Exception {
        assertThat(convert("mysql", file("in.sql", "CREATE TABLE t (a INT);")).status()).isZero();
        try (var files = Files.walk(dir.resolve("out"))) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.contains(".tmp-"));
        }
    }

    @Test
    void applyOnAMissingFolderAndReportOnAFileThatIsNotJsonSayWhy() throws Exception {
        Run apply = run("apply", "--dry-run", dir.resolve("nowhere").toString());
        assertThat(apply.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(apply.err()).contains("no such directory");
        Run report = run("report", file("notes.json", "hello").toString());
        assertThat(report.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(report.err()).contains("not a SchemaShift report.json");
    }

    /**
     * Promise 3 through the real command: an internal failure on one view (here a rule of the user's
     * that uses an argument the call does not have) costs that view, as an SS-GEN-0055 item; the run
     * completes with exit 0 and nothing on stderr, and --fail-on high turns the item into exit 1.
     */
    @Test
    void anInternalFailureOnOneObjectEndsTheRunNormallyWithItsItem() throws Exception {
        Path input = file("shop.sql", """
                CREATE TABLE t (name VARCHAR(10));
                CREATE VIEW v AS SELECT shop_upper(name) AS u FROM t;
                CREATE VIEW w AS SELECT u FROM v;
                CREATE TABLE after_it (id INT);
                """);
        Path rules = file("rules.yaml", "functions:\n  - id: SHOP-1\n    name: SHOP_UPPER\n    to: shop.upper({0}, {3})\n");

        Run r = convert("mysql", input, "--rules", rules.toString());
        assertThat(r.status()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(r.err()).isEmpty();
        assertThat(schema()).contains("CREATE TABLE after_it").doesNotContain("CREATE VIEW v")
                .contains("-- not converted: view v, SchemaShift failed on it (SS-GEN-0055)")
                .contains("-- not written: view w uses view v, which could not be written (SS-GEN-0055)\n-- CREATE VIEW w")
                .doesNotContain("\nCREATE VIEW w");
        assertThat(Files.readString(dir.resolve("out/report.json"))).contains("SS-GEN-0055").contains("view v: internal error")
                .contains("view w uses view v, which could not be written");

        Run failOn = convert("mysql", input, "--rules", rules.toString(), "--force", "--fail-on", "high");
        assertThat(failOn.status()).isEqualTo(ExitCodes.FAILED_ON_SEVERITY);
        assertThat(failOn.err()).contains("SS-GEN-0055").doesNotContain("Exception\n\tat");
    }
}
