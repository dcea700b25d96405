package org.schemashift.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.schemashift.emit.EmittedObject;
import org.schemashift.emit.TableAlteration;
import org.schemashift.model.ObjectKind;
import org.schemashift.model.ObjectName;
import org.schemashift.model.SchemaChange;
import org.schemashift.model.SourceStatement;
import org.schemashift.model.proc.IntoRows;
import org.schemashift.model.proc.ProcRewriter;
import org.schemashift.model.proc.RoutineBody;
import org.schemashift.model.proc.Statement;
import org.schemashift.model.proc.Unsupported;
import org.schemashift.source.SourceDialect;
import org.schemashift.source.SourceFile;
import org.schemashift.source.SourceOptions;

/**
 * Static DDL on permanent objects inside routines and triggers ({@link Unsupported#STATIC_DDL}: a
 * MySQL procedure's CREATE TABLE, CREATE INDEX, CREATE VIEW, ALTER TABLE, DROP TABLE / VIEW) goes
 * through the same stages as a top-level statement and runs as dynamic SQL of the target's text,
 * which the target creates at run time exactly as the converted schema would have it. The statement
 * is converted together with the input's CREATE of the table or view it changes, and what that adds to
 * the objects the CREATE alone gives is the statement's target text (an ALTER TABLE ... ADD INDEX is
 * the index's CREATE INDEX; an ALTER TABLE ... ADD / MODIFY COLUMN the target's ALTER TABLE from the table as
 * written before to the table as written after, {@link TableAlteration}). It stays unsupported, with the reason,
 * where the result is no such statement (a column dropped or renamed, an identity changed), needs an object the
 * input does not create, or raises action items of its own.
 */
final class EmbeddedDdl {
    private final SourceDialect source;
    private final SourceOptions options;
    private final Function<List<SourceStatement>, ConversionPipeline.Emitted> emit;
    /** How the target changes a table's columns; null when it does not. */
    private final TableAlteration.Spelling tableAlteration;
    /** The input's statements that create each table and view, by upper-case name. */
    private final Map<String, SourceStatement> definitions = new HashMap<>();

    EmbeddedDdl(SourceDialect source, SourceOptions options, List<SourceStatement> statements,
                Function<List<SourceStatement>, ConversionPipeline.Emitted> emit, TableAlteration.Spelling tableAlteration) {
        this.source = source;
        this.options = options;
        this.emit = emit;
        this.tableAlteration = tableAlteration;
        for (SourceStatement s : statements) {
            for (SchemaChange change : s.changes()) {
                ObjectName created = created(change);
                if (created != null) definitions.put(key(created), s);
            }
        }
    }

    List<SourceStatement> convert(List<SourceStatement> statements) {
        return statements.stream().map(this::statement).toList();
    }

    /** The statement with its routine's or trigger's static DDL converted; the statement itself when there is none. */
    private SourceStatement statement(SourceStatement s) {
        if (s.changes().stream().noneMatch(c -> c instanceof SchemaChange.CreateRoutine || c instanceof SchemaChange.CreateTrigger)) return s;
        List<SchemaChange> changes = s.changes().stream().map(this::change).toList();
        boolean same = true;
        for (int i = 0; i < changes.size(); i++) same &= changes.get(i) == s.changes().get(i);
        return same ? s : new SourceStatement(s.span(), s.text(), s.kind(), s.name(), s.disposition(), changes, s.actionItems(),
                s.unconvertedCode());
    }

    private SchemaChange change(SchemaChange change) {
        if (change instanceof SchemaChange.CreateRoutine r && r.routine().body() != null) {
            RoutineBody body = body(r.routine().body());
            return body == r.routine().body() ? change : new SchemaChange.CreateRoutine(r.routine().withCode(r.routine().signature(), body));
        }
        if (change instanceof SchemaChange.CreateTrigger t && t.trigger().body() != null) {
            RoutineBody body = body(t.trigger().body());
            return body == t.trigger().body() ? change : new SchemaChange.CreateTrigger(t.trigger().withBody(body));
        }
        return change;
    }

    /** The body with its static DDL converted; the body itself (not a rebuilt copy) when it has none. */
    private RoutineBody body(RoutineBody body) {
        boolean[] found = {false};
        RoutineBody rewritten = new ProcRewriter() {
            @Override
            protected List<Statement> statements(List<Statement> statements) {
                return statements == null ? null : super.statements(statements.stream().map(s -> {
                    if (!(s instanceof Unsupported u) || !Unsupported.STATIC_DDL.equals(u.reason())) return s;
                    found[0] = true;
                    return converted(u);
                }).toList());
            }
        }.body(body);
        return found[0] ? rewritten : body;
    }

    /** The statement as dynamic SQL of its target text, or unsupported with the reason it has none. */
    private Statement converted(Unsupported ddl) {
        List<SourceStatement> read = source.read(List.of(new SourceFile(ddl.span().file(), ddl.rawText())), options);
        if (read.size() != 1 || read.get(0).changes().size() != 1 || !read.get(0).actionItems().isEmpty()) {
            return new Unsupported(ddl.rawText(), ddl.span(), Unsupported.STATIC_DDL);
        }
        SourceStatement statement = read.get(0);
        SchemaChange change = statement.changes().get(0);
        ObjectName changed = change instanceof SchemaChange.AlterTable a ? a.table()
                : change instanceof SchemaChange.CreateIndex i ? i.index().table()
                : change instanceof SchemaChange.DropObject d ? d.name() : null;
        SourceStatement definition = changed == null ? null : definitions.get(key(changed));
        if (changed != null && definition == null) {
            return new Unsupported(ddl.rawText(), ddl.span(), "DDL on " + changed + ", which the input does not create: run it as "
                    + "dynamic SQL by hand");
        }
        List<SourceStatement> context = definition == null ? List.of() : List.of(definition);
        ConversionPipeline.Emitted before = emit.apply(context);
        String sql = change instanceof SchemaChange.DropObject d ? drop(d, before.objects()) : added(before, statement, context);
        if (sql == null) {
            return new Unsupported(ddl.rawText(), ddl.span(), "DDL in a stored program whose conversion is not one statement of its own "
                    + "(or raises items): run it as dynamic SQL by hand");
        }
        // a later statement (an index on the table, its DROP) is converted against it
        ObjectName created = created(change);
        if (created != null) definitions.putIfAbsent(key(created), statement);
        return new Statement.DynamicSql(SqlLiteral.createCharString(sql, SqlParserPos.ZERO), List.of(), List.of(), IntoRows.FIRST_ROW,
                ddl.span(), true);
    }

    /**
     * The target objects {@code statement} adds to those of {@code context}, and the ALTER TABLE of a table whose
     * columns it adds or changes: null when it changes or drops anything else, or raises items.
     */
    private String added(ConversionPipeline.Emitted before, SourceStatement statement, List<SourceStatement> context) {
        List<SourceStatement> both = new ArrayList<>(context);
        both.add(statement);
        ConversionPipeline.Emitted after = emit.apply(both);
        if (after.items().all().size() != before.items().all().size()) return null;
        Map<String, EmittedObject> afterTables = new HashMap<>();
        Set<String> afterSql = new HashSet<>();
        for (EmittedObject o : after.objects()) {
            afterSql.add(o.sql());
            if (o.kind() == ObjectKind.TABLE) afterTables.put(o.name(), o);
        }
        List<String> statements = new ArrayList<>();
        Set<String> accounted = new HashSet<>();
        for (EmittedObject o : before.objects()) {
            accounted.add(o.sql());
            if (afterSql.contains(o.sql())) continue;
            EmittedObject altered = o.kind() == ObjectKind.TABLE && tableAlteration != null ? afterTables.get(o.name()) : null;
            String alter = altered == null ? null : TableAlteration.of(o.name(), o.sql(), altered.sql(), tableAlteration);
            if (alter == null) return null;
            statements.add(alter);
            accounted.add(altered.sql());
        }
        after.objects().stream().map(EmittedObject::sql).filter(sql -> !accounted.contains(sql)).forEach(statements::add);
        return statements.isEmpty() ? null : String.join("\n", statements);
    }

    /** DROP TABLE / VIEW of an object the input creates, by its target name. */
    private static String drop(SchemaChange.DropObject drop, List<EmittedObject> created) {
        if (drop.kind() != ObjectKind.TABLE && drop.kind() != ObjectKind.VIEW) return null;
        return created.stream().filter(o -> o.kind() == drop.kind()).findFirst()
                .map(o -> "DROP " + drop.kind().name() + (drop.ifExists() ? " IF EXISTS " : " ") + o.name()).orElse(null);
    }

    private static ObjectName created(SchemaChange change) {
        return change instanceof SchemaChange.CreateTable t ? t.table().name()
                : change instanceof SchemaChange.CreateView v ? v.view().name() : null;
    }

    private static String key(ObjectName name) {
        return name.name().toUpperCase(Locale.ROOT);
    }
}
