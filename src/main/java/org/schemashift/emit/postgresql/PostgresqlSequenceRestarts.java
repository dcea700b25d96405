package org.schemashift.emit.postgresql;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.schemashift.emit.EmitContext;
import org.schemashift.emit.EmittedObject;
import org.schemashift.model.Identity;
import org.schemashift.model.ObjectKind;
import org.schemashift.model.SourceSpan;
import org.schemashift.plan.TargetName;

/**
 * The sequences a table's columns draw from (identity columns, defaults calling nextval), set
 * after a data load to the loaded maximum (minimum for a descending one), so the next value
 * continues after the copied rows. An empty table leaves the sequence where it starts.
 */
final class PostgresqlSequenceRestarts {
    /** nextval('name') or nextval('name'::regclass) as a whole default. */
    private static final Pattern NEXTVAL = Pattern.compile("(?i)nextval\\(('(?:[^']|'')+')(?:::regclass)?\\)");

    private final EmitContext context;
    private final TargetName table;
    private final SourceSpan span;
    private final List<EmittedObject> objects = new ArrayList<>();

    PostgresqlSequenceRestarts(EmitContext context, TargetName table, SourceSpan span) {
        this.context = context;
        this.table = table;
        this.span = span;
    }

    void identity(String column, Identity identity) {
        String sequence = "pg_get_serial_sequence(" + PostgresqlTableWriter.literal(context.qualified(table)) + ", "
                + PostgresqlTableWriter.literal(column) + ")";
        add(column, sequence, identity.increment() != null && identity.increment() < 0);
    }

    /** {@code written}: the column's default as written; a restart only when it is a nextval call. */
    void defaultValue(String column, String written) {
        Matcher m = NEXTVAL.matcher(written.strip());
        if (m.matches()) add(column, m.group(1), false);
    }

    private void add(String column, String sequence, boolean descending) {
        String quoted = context.quote(column);
        String sql = "SELECT setval(" + sequence + ", " + (descending ? "min(" : "max(") + quoted + ")) FROM "
                + context.qualified(table) + " HAVING count(" + quoted + ") > 0;";
        objects.add(new EmittedObject(ObjectKind.SEQUENCE, context.qualified(table) + "." + quoted, sql, span));
    }

    boolean isEmpty() {
        return objects.isEmpty();
    }

    List<EmittedObject> objects() {
        return List.copyOf(objects);
    }
}
