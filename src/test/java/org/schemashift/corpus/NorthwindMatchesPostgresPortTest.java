package org.schemashift.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.sql.Connection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.schemashift.pipeline.ConversionPipeline;
import org.schemashift.pipeline.ConversionResult;
import org.schemashift.pipeline.InputFiles;
import org.schemashift.pipeline.SchemaScript;
import org.schemashift.testing.Corpora;
import org.schemashift.testing.PostgresCatalog;
import org.schemashift.testing.SharedPostgres;

/**
 * Northwind converted from SQL Server's instnwnd.sql matches the hand-written PostgreSQL port
 * (pg-northwind) on tables, columns with compatible types, primary keys and foreign keys. The port
 * spells names in snake case ("Order Details" is order_details, CategoryID category_id), so names
 * are compared without case, spaces and underscores; the port's extra us_states table is not in
 * the original. BIT is boolean here and integer in the port: both are the 0/1 flag.
 */
class NorthwindMatchesPostgresPortTest {

    @Test
    void convertedNorthwindHasThePortsTablesColumnsAndKeys() throws Exception {
        ConversionResult result = new ConversionPipeline("sqlserver", "postgresql", null)
                .run(InputFiles.read(java.util.List.of(Corpora.path("mssql-northwind-pubs/instnwnd.sql"))));
        String port = Files.readString(Corpora.path("pg-northwind/northwind.sql"));
        try (Connection converted = SharedPostgres.freshDatabase("nw_converted");
             Connection ported = SharedPostgres.freshDatabase("nw_port")) {
            SharedPostgres.runScript(converted, SchemaScript.render(result));
            SharedPostgres.runScript(ported, port);
            Map<String, Map<String, String>> ours = tables(new PostgresCatalog(converted));
            Map<String, Map<String, String>> theirs = tables(new PostgresCatalog(ported));
            assertThat(theirs.keySet()).as("tables of the port").containsAll(ours.keySet());
            assertThat(ours).as("tables converted").hasSize(13);
            for (String table : ours.keySet()) {
                Map<String, String> columns = ours.get(table);
                assertThat(columns.keySet()).as("columns of " + table).isEqualTo(theirs.get(table).keySet());
                for (String column : columns.keySet()) {
                    assertThat(family(columns.get(column))).as("type of " + table + "." + column)
                            .isEqualTo(family(theirs.get(table).get(column)));
                }
            }
            assertThat(keys(new PostgresCatalog(converted), ours.keySet()))
                    .as("primary and foreign keys").isEqualTo(keys(new PostgresCatalog(ported), ours.keySet()));
        }
    }

    /** Normalised table name → normalised column name → udt name, for the public schema. */
    private static Map<String, Map<String, String>> tables(PostgresCatalog catalog) throws Exception {
        Map<String, Map<String, String>> tables = new TreeMap<>();
        for (var row : catalog.query("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
                + " AND table_type = 'BASE TABLE'")) {
            Map<String, String> columns = new TreeMap<>();
            catalog.columns("public", row.get(0)).forEach((column, type) -> columns.put(normal(column), type));
            tables.put(normal(row.get(0)), columns);
        }
        return tables;
    }

    /** "p orders (orderid)" and "f orders (customerid) -> customers" for every key of {@code tables}. */
    private static Set<String> keys(PostgresCatalog catalog, Set<String> tables) throws Exception {
        Set<String> keys = new TreeSet<>();
        for (var row : catalog.query("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
                + " AND table_type = 'BASE TABLE'")) {
            String table = normal(row.get(0));
            if (!tables.contains(table)) continue;
            for (PostgresCatalog.Constraint c : catalog.constraints("public", row.get(0))) {
                if (!c.type().equals("p") && !c.type().equals("f")) continue;
                String columns = String.join(",", c.columns().stream().map(NorthwindMatchesPostgresPortTest::normal).toList());
                keys.add(c.type() + " " + table + " (" + columns + ")" + (c.refTable() == null ? "" : " -> " + normal(c.refTable())));
            }
        }
        return keys;
    }

    private static String normal(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    /** Types that hold the same values: integers (and the port's integer flag for BIT), strings, numbers, times, bytes. */
    private static String family(String udt) {
        return switch (udt) {
            case "int2", "int4", "int8", "bool" -> "integer";
            case "bpchar", "varchar", "text" -> "string";
            case "numeric", "float4", "float8" -> "number";
            case "timestamp", "date" -> "time";
            default -> udt;
        };
    }
}
