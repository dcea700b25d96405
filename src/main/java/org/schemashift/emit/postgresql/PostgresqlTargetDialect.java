package org.schemashift.emit.postgresql;

import java.util.List;
import java.util.Set;
import org.schemashift.convert.ActionItems;
import org.schemashift.convert.DefaultLiterals;
import org.schemashift.emit.EmitContext;
import org.schemashift.emit.EmittedObject;
import org.schemashift.emit.GrantStatement;
import org.schemashift.emit.PlannedTargetDialect;
import org.schemashift.emit.StepSpelling;
import org.schemashift.emit.SynonymViews;
import org.schemashift.emit.TableAlteration;
import org.schemashift.emit.TargetCapabilities;
import org.schemashift.emit.UniqueKeys;
import org.schemashift.emit.TargetCapabilities.AutoNumbering;
import org.schemashift.emit.TargetCapabilities.BooleanType;
import org.schemashift.emit.TargetCapabilities.CommentSyntax;
import org.schemashift.emit.TargetCapabilities.Containers;
import org.schemashift.emit.TargetCapabilities.ForeignKeyTarget;
import org.schemashift.emit.TargetCapabilities.GeneratedStorage;
import org.schemashift.emit.TargetCapabilities.NameScope;
import org.schemashift.model.ObjectKind;
import org.schemashift.model.SourceSpan;
import org.schemashift.model.Table;
import org.schemashift.plan.DdlPlan;
import org.schemashift.plan.PlannedStep;

/**
 * PostgreSQL 15 and later as a target. The helper functions written expressions call
 * ({@link CompatFunctions}) go where the plan puts helper libraries.
 */
public final class PostgresqlTargetDialect extends PlannedTargetDialect {
    /**
     * Transactional DDL, deferrable constraints, partial and expression indexes but no column
     * prefixes, identity columns, stored generated columns only (virtual ones arrived in 18), no
     * invisible columns, no ON UPDATE clause (a trigger instead), COMMENT ON statements.
     */
    static final TargetCapabilities CAPABILITIES = new TargetCapabilities("PostgreSQL", PostgresqlIdentifiers.RULES,
            Containers.SCHEMAS,
            new TargetCapabilities.Constraints(true, true, ForeignKeyTarget.UNIQUE_KEY, NameScope.TABLE, true, true),
            new TargetCapabilities.Indexes(true, true, false, NameScope.SCHEMA),
            new TargetCapabilities.Columns(AutoNumbering.IDENTITY, Set.of(GeneratedStorage.STORED), false, false,
                    BooleanType.NATIVE),
            CommentSyntax.COMMENT_ON, true, true, true,
            new TargetCapabilities.Gaps(PostgresqlCode.VIRTUAL_COLUMN, PostgresqlCode.INVISIBLE_COLUMN,
                    PostgresqlCode.CHECK_NOT_ENFORCED, null, null, null, null, null, null));

    public PostgresqlTargetDialect() {
        super("postgresql", "PostgreSQL 15+", CAPABILITIES);
    }

    @Override
    public TableAlteration.Spelling tableAlteration() {
        return new PostgresqlTableAlteration();
    }

    @Override
    public DefaultLiterals defaultLiterals() {
        return new PostgresqlDefaultLiterals();
    }

    @Override
    protected StepSpelling spelling(DdlPlan plan, ActionItems items) {
        List<Table> sourceTables = plan.steps().stream().filter(s -> s instanceof PlannedStep.CreateTable)
                .map(s -> ((PlannedStep.CreateTable) s).table().table()).toList();
        PostgresqlExpressions expressions = new PostgresqlExpressions(plan.naming(), plan.names()::renamed, UniqueKeys.of(sourceTables));
        EmitContext context = new EmitContext(plan, expressions, items);
        PostgresqlSchemaObjectWriter objects = new PostgresqlSchemaObjectWriter(context);
        PostgresqlTableWriter tables = new PostgresqlTableWriter(context);
        PostgresqlIdentifiers names = new PostgresqlIdentifiers(plan.naming());
        SharedCollections collections = SharedCollections.of(
                plan.steps().stream().filter(s -> s instanceof PlannedStep.CreateType).map(s -> ((PlannedStep.CreateType) s).type()).toList(),
                plan.steps().stream().filter(s -> s instanceof PlannedStep.CreatePackageState)
                        .map(s -> ((PlannedStep.CreatePackageState) s).state()).toList(),
                plan.steps().stream().filter(s -> s instanceof PlannedStep.CreateRoutine).map(s -> ((PlannedStep.CreateRoutine) s).routine()).toList());
        PlPgSqlEmitter code = new PlPgSqlEmitter(names, expressions).withShared(collections);
        PostgresqlColumnTriggerWriter columnTriggers = new PostgresqlColumnTriggerWriter(context);
        return new StepSpelling(
                step -> createSchema(step, context), objects::createType, objects::createSequence,
                step -> tables.createTable(step.table()), new PostgresqlIndexWriter(context)::createIndex,
                tables::addForeignKey, tables::comments, columnTriggers::create, columnTriggers::create,
                new PostgresqlViewWriter(context)::createView, new SynonymViews(context)::create,
                step -> GrantStatement.of(step, "SEQUENCE ", context),
                () -> expressions.helpersUsed().isEmpty() ? null : new EmittedObject(ObjectKind.FUNCTION,
                        String.join(", ", CompatFunctions.schemas(expressions.helpersUsed())),
                        CompatFunctions.script(expressions.helpersUsed()).strip(), SourceSpan.UNKNOWN),
                new StepSpelling.Code(step -> code.routine(step.routine(), items),
                        new PostgresqlPackageStateWriter(names, expressions, items, collections)::create, step -> code.trigger(step.trigger(), items)));
    }

    private static EmittedObject createSchema(PlannedStep.CreateSchema step, EmitContext context) {
        return new EmittedObject(ObjectKind.SCHEMA, step.name(), "CREATE SCHEMA IF NOT EXISTS " + context.quote(step.name()) + ";",
                SourceSpan.UNKNOWN);
    }
}
