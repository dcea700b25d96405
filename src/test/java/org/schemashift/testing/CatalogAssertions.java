package org.schemashift.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.schemashift.model.Column;
import org.schemashift.model.ForeignKey;
import org.schemashift.model.Table;
import org.schemashift.model.UniqueConstraint;

/**
 * What every corpus test checks of a source table on the real server: its columns with their type
 * family and comments, its comment, primary key, unique constraints and foreign keys (columns and
 * referenced table). Names are compared lower case, as the PostgreSQL naming policy folds them.
 */
public final class CatalogAssertions {

    private CatalogAssertions() {
    }

    /** Asserts the table and returns its constraints in PostgreSQL, for the dialect-specific checks that follow. */
    public static List<PostgresCatalog.Constraint> assertTableBasics(PostgresCatalog catalog, String schema, Table table,
                                                                   Function<String, Set<String>> typeFamily)
            throws SQLException {
        String name = lower(table.name().name());
        Map<String, String> columns = catalog.columns(schema, name);
        assertThat(columns).as("columns of " + schema + "." + name).hasSize(table.columns().size());
        for (Column column : table.columns()) {
            assertThat(columns.get(lower(column.name()))).as("type of " + name + "." + column.name() + " " + column.type())
                    .isIn(typeFamily.apply(column.type().name()));
            if (column.comment() != null && !column.comment().isEmpty()) {
                assertThat(catalog.columnComment(schema, name, lower(column.name()))).isEqualTo(column.comment());
            }
        }
        if (table.comment() != null && !table.comment().isEmpty()) {
            assertThat(catalog.tableComment(schema, name)).isEqualTo(table.comment());
        }
        List<PostgresCatalog.Constraint> constraints = catalog.constraints(schema, name);
        if (table.primaryKey() != null) {
            assertThat(constraints).as("primary key of " + name)
                    .anyMatch(c -> c.type().equals("p") && c.columns().equals(lower(table.primaryKey().columns())));
        }
        for (UniqueConstraint unique : table.uniques()) {
            assertThat(constraints).as("unique " + unique.name() + " of " + name)
                    .anyMatch(c -> c.type().equals("u") && c.columns().equals(lower(unique.columns())));
        }
        for (ForeignKey fk : table.foreignKeys()) {
            assertThat(constraints).as("foreign key " + fk.name() + " of " + name).anyMatch(c -> c.type().equals("f")
                    && c.columns().equals(lower(fk.columns()))
                    && c.refTable().replace("\"", "").endsWith(lower(fk.refTable().name())));
        }
        return constraints;
    }

    public static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    public static List<String> lower(List<String> names) {
        return names.stream().map(CatalogAssertions::lower).toList();
    }
}
