package org.schemashift.emit.postgresql;

import java.util.List;
import org.schemashift.convert.ActionItems;
import org.schemashift.emit.EmitContext;
import org.schemashift.emit.EmittedObject;
import org.schemashift.emit.GrantStatement;
import org.schemashift.emit.StepSpelling;
import org.schemashift.emit.SynonymViews;
import org.schemashift.emit.TargetOptions;
import org.schemashift.model.Catalog;
import org.schemashift.model.NameCase;
import org.schemashift.model.ObjectKind;
import org.schemashift.model.SourceSpan;
import org.schemashift.plan.DdlPlan;
import org.schemashift.plan.DdlPlanner;
import org.schemashift.plan.PlannedStep;

/**
 * Spells a {@link DdlPlan} as PostgreSQL DDL, step by step in the plan's order; the helper
 * functions the written expressions call ({@link CompatFunctions}) go where the plan puts helper
 * libraries.
 */
final class PostgresqlDdlEmitter {

    private PostgresqlDdlEmitter() {
    }

    static List<EmittedObject> emit(Catalog catalog, NameCase sourceCase, ActionItems items, TargetOptions options) {
        DdlPlan plan = new DdlPlanner(PostgresqlTargetDialect.CAPABILITIES, sourceCase, items, options).plan(catalog);
        PostgresqlExpressions expressions = new PostgresqlExpressions(new PostgresqlIdentifiers(sourceCase));
        EmitContext context = new EmitContext(plan, expressions, items);
        PostgresqlSchemaObjectWriter objects = new PostgresqlSchemaObjectWriter(context);
        PostgresqlTableWriter tables = new PostgresqlTableWriter(context);
        return new StepSpelling(
                step -> createSchema(step, context), objects::createType, objects::createSequence,
                step -> tables.createTable(step.table()), new PostgresqlIndexWriter(context)::createIndex,
                tables::addForeignKey, tables::comments, new PostgresqlOnUpdateTriggerWriter(context)::create,
                new PostgresqlViewWriter(context)::createView, new SynonymViews(context)::create,
                step -> GrantStatement.of(step, "SEQUENCE ", context),
                () -> expressions.helpersUsed().isEmpty() ? null : new EmittedObject(ObjectKind.FUNCTION, "oracle_compat",
                        CompatFunctions.script(expressions.helpersUsed()).strip(), SourceSpan.UNKNOWN))
                .write(plan);
    }

    private static EmittedObject createSchema(PlannedStep.CreateSchema step, EmitContext context) {
        return new EmittedObject(ObjectKind.SCHEMA, step.name(), "CREATE SCHEMA IF NOT EXISTS " + context.quote(step.name()) + ";",
                SourceSpan.UNKNOWN);
    }
}
