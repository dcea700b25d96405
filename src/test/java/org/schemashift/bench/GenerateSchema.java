package org.schemashift.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a synthetic schema for benchmarks and side-by-side runs (scripts/generate-schema):
 * {@code DIALECT TABLES VIEWS ROUTINES FILE}. The same arguments always give the same file.
 */
public final class GenerateSchema {
    private GenerateSchema() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 5) {
            System.err.println("usage: generate-schema oracle|sqlserver|mysql TABLES VIEWS ROUTINES FILE");
            System.exit(2);
        }
        int tables = Integer.parseInt(args[1]);
        int views = Integer.parseInt(args[2]);
        int routines = Integer.parseInt(args[3]);
        String sql = generate(args[0], tables, views, routines);
        Files.writeString(Path.of(args[4]), sql, StandardCharsets.UTF_8);
    }

    public static String generate(String dialect, int tables, int views, int routines) {
        return switch (dialect) {
            case "oracle" -> SyntheticOracleSchema.generate(tables, views, routines);
            case "sqlserver" -> SyntheticSqlServerSchema.generate(tables, views, routines);
            case "mysql" -> SyntheticMySqlSchema.generate(tables, views, routines);
            default -> throw new IllegalArgumentException("unknown dialect " + dialect + " (oracle, sqlserver, mysql)");
        };
    }
}
