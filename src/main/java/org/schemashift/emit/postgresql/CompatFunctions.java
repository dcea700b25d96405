package org.schemashift.emit.postgresql;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlFunction;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.util.SqlBasicVisitor;

/**
 * Small SQL functions that give PostgreSQL a source function's exact semantics where no built-in
 * has them (Oracle ADD_MONTHS' end-of-month rule, INSTR's occurrence argument, T-SQL PARSENAME ...).
 * Rules call them as {@code oracle_compat.name(...)}, {@code mssql_compat.name(...)} or {@code mysql_compat.name(...)}; the emitter creates the schema and
 * only the functions the converted schema calls, once, before everything else. Each function is
 * one resource file {@code compat/<schema>/<name>.sql}, plain SQL, immutable where it can be.
 */
public final class CompatFunctions {
    /** The helper schemas; a call qualified by one of them is a helper call. */
    public static final Set<String> SCHEMAS = Set.of("oracle_compat", "mssql_compat", "mysql_compat");
    /** A helper's call of another helper in its definition (outside its comments). */
    private static final Pattern CALL = Pattern.compile("\\b(oracle_compat|mssql_compat|mysql_compat)\\.(\\w+)\\s*\\(");

    private CompatFunctions() {
    }

    /** "schema.name" of every helper {@code node} calls. */
    public static Set<String> calledBy(SqlNode node) {
        Set<String> found = new TreeSet<>();
        node.accept(new SqlBasicVisitor<Void>() {
            @Override
            public Void visit(SqlCall call) {
                if (call.getOperator() instanceof SqlFunction f && f.getSqlIdentifier() != null) {
                    SqlIdentifier id = f.getSqlIdentifier();
                    if (id.names.size() == 2 && SCHEMAS.contains(id.names.get(0).toLowerCase(Locale.ROOT))) {
                        found.add(id.names.get(0).toLowerCase(Locale.ROOT) + "." + id.names.get(1).toLowerCase(Locale.ROOT));
                    }
                }
                return super.visit(call);
            }
        });
        return found;
    }

    /** The helper schemas {@code helpers} ("schema.name") live in, in name order: what the script creates, and its label. */
    public static List<String> schemas(Collection<String> helpers) {
        return new TreeSet<>(helpers).stream().map(h -> h.substring(0, h.indexOf('.'))).distinct().toList();
    }

    /**
     * CREATE SCHEMA and CREATE FUNCTION statements for {@code helpers} ("schema.name") and the helpers their
     * definitions call, in name order, each after those it calls (a SQL function's body is checked when created).
     */
    public static String script(Collection<String> helpers) {
        Set<String> ordered = new LinkedHashSet<>();
        new TreeSet<>(helpers).forEach(helper -> addAfterItsCallees(helper, ordered));
        StringBuilder sql = new StringBuilder();
        schemas(ordered).forEach(schema -> sql.append("CREATE SCHEMA IF NOT EXISTS ").append(schema).append(";\n"));
        for (String helper : ordered) {
            sql.append(definition(helper).strip()).append('\n');
        }
        return sql.toString();
    }

    private static void addAfterItsCallees(String helper, Set<String> ordered) {
        if (ordered.contains(helper)) return;
        Matcher call = CALL.matcher(definition(helper).replaceAll("--[^\n]*", ""));
        Set<String> callees = new TreeSet<>();
        while (call.find()) callees.add(call.group(1).toLowerCase(Locale.ROOT) + "." + call.group(2).toLowerCase(Locale.ROOT));
        callees.remove(helper);
        callees.forEach(callee -> addAfterItsCallees(callee, ordered));
        ordered.add(helper);
    }

    static String definition(String helper) {
        String resource = "compat/" + helper.replace('.', '/') + ".sql";
        try (InputStream in = CompatFunctions.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("no definition for helper function " + helper);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
