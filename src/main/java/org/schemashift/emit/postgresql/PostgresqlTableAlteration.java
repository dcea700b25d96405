package org.schemashift.emit.postgresql;

import org.schemashift.emit.TableAlteration;

/**
 * PostgreSQL's ALTER TABLE for a column changed, written as {@link PostgresqlTableWriter} writes a column:
 * {@code name type [NOT NULL] [DEFAULT value]}. It gets its type (converting the stored values as a
 * cast does, as MySQL's MODIFY converts them), its NOT NULL and its default set one by one; an identity or
 * generated column changed is no such statement.
 */
final class PostgresqlTableAlteration implements TableAlteration.Spelling {

    @Override
    public String changeColumn(String table, String name, String element) {
        String rest = element.substring(name.length()).strip();
        if (rest.contains(" GENERATED ")) return null;
        int defaultAt = rest.indexOf(" DEFAULT ");
        String defaultValue = defaultAt < 0 ? null : rest.substring(defaultAt + " DEFAULT ".length());
        String typeAndNull = defaultAt < 0 ? rest : rest.substring(0, defaultAt);
        boolean notNull = typeAndNull.endsWith(" NOT NULL");
        String type = notNull ? typeAndNull.substring(0, typeAndNull.length() - " NOT NULL".length()) : typeAndNull;
        String column = "ALTER COLUMN " + name;
        return "ALTER TABLE " + table + " " + column + " TYPE " + type + " USING CAST(" + name + " AS " + type + "), "
                + column + (notNull ? " SET NOT NULL, " : " DROP NOT NULL, ")
                + column + (defaultValue == null ? " DROP DEFAULT;" : " SET DEFAULT " + defaultValue + ";");
    }
}
