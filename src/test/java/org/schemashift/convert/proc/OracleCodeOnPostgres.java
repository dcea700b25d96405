package org.schemashift.convert.proc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.schemashift.convert.ActionItems;
import org.schemashift.convert.CatalogAssembler;
import org.schemashift.convert.MappingRules;
import org.schemashift.convert.SchemaConverter;
import org.schemashift.emit.EmittedObject;
import org.schemashift.emit.TargetOptions;
import org.schemashift.source.SourceOptions;
import org.schemashift.model.ActionItem;
import org.schemashift.model.Catalog;
import org.schemashift.model.DataType;
import org.schemashift.model.Disposition;
import org.schemashift.model.ObjectKind;
import org.schemashift.model.SchemaChange;
import org.schemashift.model.SourceStatement;
import org.schemashift.model.proc.ProcType;
import org.schemashift.pipeline.Dialects;
import org.schemashift.source.SourceFile;
import org.schemashift.testing.PostgresCatalog;
import org.schemashift.testing.ProcIr;
import org.schemashift.testing.SharedPostgres;

/**
 * Test support: Oracle DDL read by SchemaShift's own Oracle reader plus code written by hand as
 * the PL/SQL builder's contract says it reads (docs/procedural-ir.md), through the whole pipeline
 * after reading (assemble, convert, plan, emit for PostgreSQL); the script is applied to a fresh
 * database of the shared PostgreSQL with function bodies checked, and queried.
 */
final class OracleCodeOnPostgres implements AutoCloseable {
    private static final MappingRules RULES = MappingRules.load("oracle", "postgresql", null);

    final ActionItems items = new ActionItems();
    private final List<SourceStatement> statements = new ArrayList<>();
    private Connection db;
    private Catalog converted;
    private List<EmittedObject> emitted;

    /** Oracle DDL (tables, views, sequences) as the Oracle reader reads it. */
    OracleCodeOnPostgres ddl(String oracleDdl) {
        statements.addAll(Dialects.source("oracle").read(new SourceFile("test.sql", oracleDdl)));
        return this;
    }

    /** Changes as a source builder gives them (CREATE FUNCTION, PACKAGE, TRIGGER ...), one statement each. */
    OracleCodeOnPostgres code(SchemaChange... changes) {
        for (SchemaChange change : changes) {
            statements.add(new SourceStatement(ProcIr.AT, "", ObjectKind.FUNCTION, "", Disposition.PARSED, List.of(change), List.of()));
        }
        return this;
    }

    /** The converted catalog (assembled and converted, not planned), converted once. */
    Catalog converted() {
        if (converted == null) {
            Catalog catalog = new CatalogAssembler(items).assemble(statements);
            converted = new SchemaConverter(RULES, Dialects.expressionRules("oracle", "postgresql"), items,
                    Dialects.source("oracle").defaultLiterals().then(Dialects.target("postgresql").defaultLiterals()))
                    .withSessionDateFormat(Dialects.source("oracle").sessionDateFormat()).convert(catalog);
        }
        return converted;
    }

    /** The PostgreSQL script, in apply order. */
    String script() {
        if (emitted == null) {
            emitted = Dialects.target("postgresql").emit(converted(), Dialects.source("oracle").nameCase(SourceOptions.NONE), items, TargetOptions.DEFAULTS);
        }
        return emitted.stream().map(EmittedObject::sql).collect(Collectors.joining("\n"));
    }

    List<EmittedObject> emitted() {
        script();
        return emitted;
    }

    /** Applies the script to a fresh database. */
    OracleCodeOnPostgres apply() throws SQLException {
        db = SharedPostgres.freshDatabase("code");
        SharedPostgres.runScript(db, "SET check_function_bodies = on");
        String script = script();
        try {
            SharedPostgres.runScript(db, script);
        } catch (SQLException e) {
            throw new SQLException(e.getMessage() + "\n--- while applying:\n" + script, e.getSQLState(), e);
        }
        return this;
    }

    void run(String sql) throws SQLException {
        SharedPostgres.runScript(db, sql);
    }

    String one(String query) throws SQLException {
        return new PostgresCatalog(db).query(query).get(0).get(0);
    }

    List<String> codes() {
        return items.all().stream().map(i -> i.code().code()).toList();
    }

    /** The codes of the items the reader raised on the statements. */
    List<String> readCodes() {
        return statements.stream().flatMap(s -> s.actionItems().stream()).map(i -> i.code().code()).toList();
    }

    /** The items the reader raised on the statements with {@code code}. */
    List<ActionItem> readItemsWith(String code) {
        return statements.stream().flatMap(s -> s.actionItems().stream()).filter(i -> i.code().code().equals(code)).toList();
    }

    List<ActionItem> items() {
        return items.all();
    }

    List<ActionItem> itemsWith(String code) {
        return items.all().stream().filter(i -> i.code().code().equals(code)).toList();
    }

    /** An Oracle type as the Oracle reader reads it in a column ({@code NUMBER(10)}, {@code VARCHAR2(20)}). */
    static ProcType oracle(String type) {
        SourceStatement statement = Dialects.source("oracle").read(new SourceFile("type.sql", "CREATE TABLE t (c " + type + ");")).get(0);
        DataType read = ((SchemaChange.CreateTable) statement.changes().get(0)).table().columns().get(0).type();
        return new ProcType.Declared(read);
    }

    @Override
    public void close() throws SQLException {
        if (db != null) db.close();
    }
}
