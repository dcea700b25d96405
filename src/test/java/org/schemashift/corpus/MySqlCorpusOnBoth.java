package org.schemashift.corpus;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.schemashift.pipeline.ConversionPipeline;
import org.schemashift.pipeline.ConversionResult;
import org.schemashift.pipeline.InputFiles;
import org.schemashift.pipeline.SchemaScript;
import org.schemashift.testing.JdbcRows;
import org.schemashift.testing.SharedMariaDb;
import org.schemashift.testing.SharedPostgres;

/**
 * Test support: a MySQL corpus schema created as it is on MariaDB (in its own database, the one its
 * {@code USE} picks) and, converted, on PostgreSQL, with the same generated rows in every base table
 * ({@link #ROWS} rows, integer keys 1..3, so every foreign key finds its parent), loaded without the
 * triggers on both. Views, function calls and procedures' result sets then compare as rows of text,
 * booleans and numbers spelled alike ({@link #rows}).
 */
final class MySqlCorpusOnBoth implements AutoCloseable {
    static final int ROWS = 3;

    final ConversionResult result;
    final Connection maria;
    final Connection pg;
    private final String database;

    /** Converts and creates {@code source}; {@code database} is the MySQL database it creates, {@code pgSchema} its PostgreSQL schema. */
    MySqlCorpusOnBoth(String source, String database, String pgSchema) throws Exception {
        this.result = convert(source);
        this.database = database;
        this.maria = SharedMariaDb.freshDatabase("corpus_" + database);
        this.pg = SharedPostgres.freshDatabase("corpus_" + database);
        try (Statement s = maria.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database);
        }
        SharedMariaDb.runScript(maria, source);
        // The script runs on a plain session (its objects name the schema USE chose); the rows inserted
        // and the queries below name tables and views bare.
        SharedPostgres.runScript(pg, SchemaScript.render(result));
        try (Statement s = pg.createStatement()) {
            s.execute("SET search_path = " + pgSchema + ", public");
            s.execute("SET session_replication_role = replica");
        }
        try (Statement s = maria.createStatement()) {
            s.execute("USE " + database);
            s.execute("SET FOREIGN_KEY_CHECKS = 0");
            for (String trigger : JdbcRows.column(maria, "SELECT trigger_name FROM information_schema.triggers"
                    + " WHERE trigger_schema = ?", database)) {
                s.execute("DROP TRIGGER `" + trigger + "`");
            }
        }
        insertGeneratedRows();
        try (Statement s = pg.createStatement()) {
            s.execute("SET session_replication_role = origin");
        }
    }

    static ConversionResult convert(String source) throws Exception {
        java.nio.file.Path file = Files.createTempFile("corpus", ".sql");
        try {
            Files.writeString(file, source);
            return new ConversionPipeline("mysql", "postgresql", null).run(InputFiles.read(List.of(file)));
        } finally {
            Files.delete(file);
        }
    }

    /** The rows of {@code query} as text, sorted; booleans and numbers spelled alike on both servers. */
    static List<String> rows(Connection db, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        for (List<String> row : JdbcRows.query(db, query)) {
            rows.add(String.join(" | ", row.stream().map(MySqlCorpusOnBoth::normal).toList()));
        }
        rows.sort(null);
        return rows;
    }

    /**
     * The rows of the result set a procedure returns: MariaDB's CALL returns it, the converted
     * procedure opens it in its INOUT refcursor parameter, which the same transaction fetches.
     */
    List<List<String>> procedureRows(String procedure) throws SQLException {
        return List.of(rows(maria, "CALL " + procedure + "()"), pgProcedureRows(procedure));
    }

    private List<String> pgProcedureRows(String procedure) throws SQLException {
        pg.setAutoCommit(false);
        try {
            String cursor = JdbcRows.query(pg, "CALL " + procedure + "(NULL)").get(0).get(0);
            return rows(pg, "FETCH ALL FROM \"" + cursor + "\"");
        } finally {
            pg.rollback();
            pg.setAutoCommit(true);
        }
    }

    /** ROWS rows in every base table: the same values on both servers, spelled for each. */
    private void insertGeneratedRows() throws SQLException {
        List<List<String>> columns = JdbcRows.query(maria, "SELECT c.table_name, c.column_name, c.data_type, c.column_type,"
                + " c.character_maximum_length FROM information_schema.columns c JOIN information_schema.tables t"
                + " ON t.table_schema = c.table_schema AND t.table_name = c.table_name"
                + " WHERE c.table_schema = ? AND t.table_type = 'BASE TABLE' ORDER BY c.table_name, c.ordinal_position", database);
        Map<String, List<List<String>>> byTable = new TreeMap<>();
        for (List<String> column : columns) byTable.computeIfAbsent(column.get(0), t -> new ArrayList<>()).add(column);
        try (Statement m = maria.createStatement(); Statement p = pg.createStatement()) {
            for (Map.Entry<String, List<List<String>>> table : byTable.entrySet()) {
                Map<String, String> pgTypes = new TreeMap<>();
                for (List<String> c : JdbcRows.query(pg, "SELECT column_name, udt_name FROM information_schema.columns"
                        + " WHERE table_schema = current_schema() AND table_name = ?", table.getKey().toLowerCase(Locale.ROOT))) {
                    pgTypes.put(c.get(0), c.get(1));
                }
                // A column MariaDB skipped (sakila's /*!50705 location GEOMETRY */: MariaDB runs no MySQL 5.7 version comment) stays NULL.
                for (String pgColumn : pgTypes.keySet()) {
                    if (table.getValue().stream().noneMatch(c -> c.get(1).equalsIgnoreCase(pgColumn))) {
                        p.execute("ALTER TABLE " + table.getKey().toLowerCase(Locale.ROOT) + " ALTER COLUMN " + pgColumn + " DROP NOT NULL");
                    }
                }
                for (int i = 1; i <= ROWS; i++) {
                    List<String> names = new ArrayList<>();
                    List<String> mariaValues = new ArrayList<>();
                    List<String> pgValues = new ArrayList<>();
                    for (List<String> c : table.getValue()) {
                        String pgType = pgTypes.get(c.get(1).toLowerCase(Locale.ROOT));
                        if (pgType == null) continue;
                        names.add(c.get(1));
                        String[] value = value(c.get(1), c.get(2), c.get(3), c.get(4), pgType, i);
                        mariaValues.add(value[0]);
                        pgValues.add(value[1]);
                    }
                    m.execute("INSERT INTO `" + table.getKey() + "` (`" + String.join("`, `", names) + "`) VALUES ("
                            + String.join(", ", mariaValues) + ")");
                    p.execute("INSERT INTO " + table.getKey().toLowerCase(Locale.ROOT) + " (\"" + String.join("\", \"",
                            names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList()) + "\") VALUES (" + String.join(", ", pgValues) + ")");
                }
            }
        }
    }

    /** Row i's value of a column: {MariaDB literal, PostgreSQL literal}. */
    private static String[] value(String column, String type, String columnType, String maxLength, String pgType, int i) {
        return switch (type) {
            case "tinyint", "smallint", "mediumint", "int", "bigint" -> pgType.equals("bool")
                    ? new String[] {String.valueOf(i % 2), i % 2 == 1 ? "true" : "false"} : same(String.valueOf(i));
            case "decimal", "float", "double" -> same(i + ".25");
            case "year" -> same(String.valueOf(2000 + i));
            case "date" -> same("'2024-0" + i + "-1" + i + "'");
            case "datetime", "timestamp" -> same("'2024-0" + i + "-1" + i + " 1" + i + ":30:00'");
            case "enum", "set" -> same("'" + columnType.substring(columnType.indexOf('\'') + 1, columnType.indexOf('\'', columnType.indexOf('\'') + 1)) + "'");
            case "geometry", "point" -> new String[] {"ST_GeomFromText('POINT(1 1)')", "'\\x00'::bytea"};
            case "blob", "mediumblob", "longblob", "binary", "varbinary" -> new String[] {"x'00'", "'\\x00'::bytea"};
            default -> {
                String text = (column + " " + (char) ('a' + ROWS - i) + i);
                int max = maxLength == null ? text.length() : Math.min(text.length(), Integer.parseInt(maxLength));
                yield same("'" + text.substring(text.length() - max) + "'");
            }
        };
    }

    private static String[] same(String literal) {
        return new String[] {literal, literal};
    }

    private static String normal(String value) {
        if (value == null) return "NULL";
        if (value.equals("t") || value.equals("true")) return "1";
        if (value.equals("f") || value.equals("false")) return "0";
        return value.replaceAll("^(\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d)(\\.0+)?$", "$1").replaceAll("^(-?\\d+)\\.0+$", "$1");
    }

    @Override
    public void close() throws SQLException {
        try (maria; pg; Statement s = maria.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database);
        }
    }
}
