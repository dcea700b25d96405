package org.schemashift.emit.postgresql;

import java.util.List;
import java.util.Locale;
import org.schemashift.convert.ActionItems;
import org.schemashift.emit.EmittedObject;
import org.schemashift.model.ObjectKind;
import org.schemashift.model.ObjectName;
import org.schemashift.model.PackageState;
import org.schemashift.model.proc.Block;
import org.schemashift.model.proc.Declaration;
import org.schemashift.model.proc.NameConflict;
import org.schemashift.model.proc.ProcType;
import org.schemashift.model.proc.RoutineBody;
import org.schemashift.plan.PlannedStep;

/**
 * A package's state on PostgreSQL (docs/procedural-ir.md, "Package state"): its record types as
 * composite types of the package's schema (a routine's record type alone, {@link PackageState#routineType}), and per variable a getter function and a setter
 * procedure over a session setting named {@code ss_<schema>.<variable>} (set_config /
 * current_setting, not local to the transaction). NULL is stored as the empty string, which an
 * Oracle value never is ('' is NULL there); the value's text form round-trips through its type.
 * An associative array held as jsonb reads as empty ({@code '{}'}) until it is set, as Oracle's
 * starts empty (COUNT 0), never NULL.
 * Each getter and setter first runs the package's initialiser once per session, marking the session
 * before it runs so the initialiser's own reads and writes do not run it again.
 */
final class PostgresqlPackageStateWriter {
    private final PostgresqlIdentifiers names;
    private final PostgresqlExpressions expressions;
    private final ActionItems items;
    private final SharedCollections collections;

    PostgresqlPackageStateWriter(PostgresqlIdentifiers names, PostgresqlExpressions expressions, ActionItems items,
                                 SharedCollections collections) {
        this.collections = collections;
        this.names = names;
        this.expressions = expressions;
        this.items = items;
    }

    EmittedObject create(PlannedStep.CreatePackageState step) {
        PackageState state = step.state();
        PlPgSqlContext context = contextOf(state);
        PlPgSqlTypes types = new PlPgSqlTypes(context);
        StringBuilder sql = new StringBuilder();
        for (Declaration type : state.types()) {
            if (type instanceof Declaration.RecordType record) {
                sql.append("CREATE TYPE ").append(qualified(state.schema(), record.name())).append(" AS (")
                        .append(types.fields(record.fields())).append(");\n");
            }
        }
        String guard = state.initializer() == null ? "" : initialiserGuard(state);
        for (Declaration.Variable variable : state.variables()) {
            String type = types.spell(variable.type());
            String setting = "'" + setting(state.schema(), variable.name()) + "'";
            sql.append("CREATE FUNCTION ").append(qualified(state.schema(), PackageState.getter(variable.name()))).append("() RETURNS ")
                    .append(type).append(" LANGUAGE plpgsql AS $$\nBEGIN\n").append(guard)
                    .append("    RETURN ").append(stored(setting, context, variable)).append("::").append(type)
                    .append(";\nEND;\n$$;\n");
            sql.append("CREATE PROCEDURE ").append(qualified(state.schema(), variable.name() + "__SET")).append("(value ")
                    .append(type).append(") LANGUAGE plpgsql AS $$\nBEGIN\n").append(guard)
                    .append("    PERFORM set_config(").append(setting).append(", COALESCE(value::text, ''), false);\nEND;\n$$;\n");
        }
        if (state.routineType()) {
            Declaration type = state.types().get(0);
            return new EmittedObject(ObjectKind.TYPE, names.fold(type.name()), sql.toString().strip(), state.span());
        }
        return new EmittedObject(ObjectKind.PACKAGE, names.fold(state.schema()), sql.toString().strip(), state.span());
    }

    /** The setting's value as text, NULL when unset or NULL, but an associative array's empty value then. */
    private static String stored(String setting, PlPgSqlContext context, Declaration.Variable variable) {
        String value = "NULLIF(current_setting(" + setting + ", true), '')";
        boolean associative = variable.type() instanceof ProcType.Named named && PlPgSqlAssociativeArrays.isJsonb(context.scan.collection(named));
        return associative ? "COALESCE(" + value + ", '{}')" : value;
    }

    /** Runs the initialiser the first time the session touches the package's state. */
    private String initialiserGuard(PackageState state) {
        String flag = "'" + setting(state.schema(), "initialized") + "'";
        ObjectName initializer = state.initializer();
        return "    IF current_setting(" + flag + ", true) IS DISTINCT FROM 'yes' THEN\n"
                + "        PERFORM set_config(" + flag + ", 'yes', false);\n"
                + "        CALL " + qualified(initializer.schema(), initializer.name()) + "();\n"
                + "    END IF;\n";
    }

    /** A custom setting name: two parts of lower-case letters, digits and underscores. */
    private static String setting(String schema, String variable) {
        return "ss_" + plain(schema) + "." + plain(variable);
    }

    private static String plain(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
    }

    /** A context to spell types as PL/pgSQL does, with the package's collection types known. */
    private PlPgSqlContext contextOf(PackageState state) {
        List<Declaration> own = state.types().stream().filter(t -> t instanceof Declaration.CollectionType).toList();
        RoutineBody declaring = new RoutineBody(new Block(null, own, List.of(), List.of(), state.span()), NameConflict.COLUMN);
        return new PlPgSqlContext(names, expressions, items, PlPgSqlScan.of(declaring).withShared(collections),
                PlPgSqlContext.Shape.PROCEDURE, List.of());
    }

    private String qualified(String schema, String name) {
        if (schema == null) return PostgresqlIdentifiers.quote(PostgresqlIdentifiers.shorten(names.fold(name)));
        return PostgresqlIdentifiers.quote(PostgresqlIdentifiers.shorten(names.fold(schema))) + "."
                + PostgresqlIdentifiers.quote(PostgresqlIdentifiers.shorten(names.fold(name)));
    }
}
