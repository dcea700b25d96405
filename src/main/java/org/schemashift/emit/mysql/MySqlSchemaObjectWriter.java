package org.schemashift.emit.mysql;

import org.schemashift.emit.EmitContext;
import org.schemashift.emit.EmittedObject;
import org.schemashift.model.ObjectKind;
import org.schemashift.model.Sequence;
import org.schemashift.model.SourceSpan;
import org.schemashift.plan.PlannedStep;

/**
 * Databases (MySQL's schemas) and sequences. MariaDB has CREATE SEQUENCE, MySQL 8.0 does not: a
 * sequence becomes a one-row table holding the next value and the step, which both take and
 * which hands out values atomically through LAST_INSERT_ID(expr).
 */
record MySqlSchemaObjectWriter(EmitContext context) {
    EmittedObject createDatabase(PlannedStep.CreateSchema step) {
        return new EmittedObject(ObjectKind.SCHEMA, step.name(), "CREATE DATABASE IF NOT EXISTS " + context.quote(step.name())
                + " DEFAULT CHARACTER SET utf8mb4;", SourceSpan.UNKNOWN);
    }

    EmittedObject createSequence(PlannedStep.CreateSequence step) {
        Sequence sequence = step.sequence();
        String table = context.qualified(step.name());
        long increment = sequence.increment() == null ? 1 : sequence.increment();
        long start = sequence.start() != null ? sequence.start()
                : increment > 0 ? (sequence.minValue() == null ? 1 : sequence.minValue())
                : (sequence.maxValue() == null ? -1 : sequence.maxValue());
        String ignored = (sequence.maxValue() != null && increment > 0 ? " MAXVALUE" : "")
                + (sequence.minValue() != null && increment < 0 ? " MINVALUE" : "") + (sequence.cycle() ? " CYCLE" : "");
        context.items().add(MySqlTargetCode.SEQUENCE_AS_TABLE, sequence.span(), "sequence " + sequence.name() + " becomes table "
                + table + "; take a value with UPDATE " + table + " SET next_value = LAST_INSERT_ID(next_value) + increment_by;"
                + " SELECT LAST_INSERT_ID();" + (ignored.isEmpty() ? "" : " not kept:" + ignored));
        String sql = "CREATE TABLE " + table + " (\n    next_value bigint NOT NULL,\n    increment_by bigint NOT NULL\n)"
                + " ENGINE=InnoDB COMMENT=" + MySqlLiterals.string("sequence " + sequence.name()) + ";\n"
                + "INSERT INTO " + table + " (next_value, increment_by) VALUES (" + start + ", " + increment + ");";
        return new EmittedObject(ObjectKind.SEQUENCE, table, sql, sequence.span());
    }
}
