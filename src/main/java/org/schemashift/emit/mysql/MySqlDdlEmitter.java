package org.schemashift.emit.mysql;

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
import org.schemashift.plan.DdlPlan;
import org.schemashift.plan.DdlPlanner;

/**
 * Spells a {@link DdlPlan} as MySQL DDL. The plan never holds user types (MySQL has none), separate
 * comments (they are COMMENT clauses) or ON UPDATE triggers (MySQL has the clause), and MySQL needs
 * no helper library.
 */
final class MySqlDdlEmitter {

    private MySqlDdlEmitter() {
    }

    static List<EmittedObject> emit(Catalog catalog, NameCase sourceCase, ActionItems items, TargetOptions options) {
        DdlPlan plan = new DdlPlanner(MySqlTargetDialect.CAPABILITIES, sourceCase, items, options).plan(catalog);
        EmitContext context = new EmitContext(plan, new MySqlExpressions(plan.naming()), items);
        MySqlTableLayouts layouts = new MySqlTableLayouts();
        MySqlSchemaObjectWriter objects = new MySqlSchemaObjectWriter(context);
        MySqlTableWriter tables = new MySqlTableWriter(context, layouts);
        return new StepSpelling(objects::createDatabase, StepSpelling.notPlanned(), objects::createSequence,
                step -> tables.createTable(step.table()), new MySqlIndexWriter(context, layouts)::createIndex,
                tables::addForeignKey, StepSpelling.notPlanned(), StepSpelling.notPlanned(),
                new MySqlViewWriter(context)::createView, new SynonymViews(context)::create,
                step -> GrantStatement.of(step, "", context), () -> null)
                .write(plan);
    }
}
