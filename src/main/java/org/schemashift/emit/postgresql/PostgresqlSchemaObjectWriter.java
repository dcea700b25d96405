package org.schemashift.emit.postgresql;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.schemashift.emit.EmitContext;
import org.schemashift.emit.EmittedObject;
import org.schemashift.model.Column;
import org.schemashift.model.ObjectKind;
import org.schemashift.model.Sequence;
import org.schemashift.model.UserType;
import org.schemashift.plan.PlannedStep;

/**
 * CREATE SEQUENCE and user types (object types as composite types, collections as array domains,
 * domains as domains).
 */
record PostgresqlSchemaObjectWriter(EmitContext context) {
    EmittedObject createSequence(PlannedStep.CreateSequence step) {
        Sequence sequence = step.sequence();
        List<String> options = new ArrayList<>();
        if (sequence.increment() != null) options.add("INCREMENT BY " + sequence.increment());
        if (sequence.minValue() != null) options.add("MINVALUE " + sequence.minValue());
        if (sequence.maxValue() != null) options.add("MAXVALUE " + sequence.maxValue());
        if (sequence.start() != null) options.add("START WITH " + sequence.start());
        if (sequence.cache() != null && sequence.cache() > 0) options.add("CACHE " + sequence.cache());
        if (sequence.cycle()) options.add("CYCLE");
        String qualified = context.qualified(step.name());
        String sql = "CREATE SEQUENCE " + qualified + (options.isEmpty() ? "" : " " + String.join(" ", options)) + ";";
        return new EmittedObject(ObjectKind.SEQUENCE, qualified, sql, sequence.span());
    }

    EmittedObject createType(PlannedStep.CreateType step) {
        UserType type = step.type();
        String qualified = context.qualified(step.name());
        String sql;
        if ("ARRAY".equals(type.category())) {
            sql = "CREATE DOMAIN " + qualified + " AS " + type.baseType().name() + "[];";
        } else if (UserType.DOMAIN.equals(type.category())) {
            sql = "CREATE DOMAIN " + qualified + " AS " + type.baseType().name() + ";";
        } else if ("ENUM".equals(type.category())) {
            sql = "CREATE TYPE " + qualified + " AS ENUM (" + type.values().stream().map(PostgresqlTableWriter::literal)
                    .collect(Collectors.joining(", ")) + ");";
        } else {
            String attributes = type.attributes().stream().map(this::attribute).collect(Collectors.joining(",\n    "));
            sql = "CREATE TYPE " + qualified + " AS (\n    " + attributes + "\n);";
        }
        return new EmittedObject(ObjectKind.TYPE, qualified, sql, type.span());
    }

    private String attribute(Column column) {
        return context.quotedName(column.name()) + " " + column.type().name();
    }
}
