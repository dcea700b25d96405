package org.schemashift.source.oracle.plsql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.schemashift.model.ObjectName;
import org.schemashift.model.proc.Declaration;
import org.schemashift.model.proc.NameConflict;
import org.schemashift.model.proc.Parameter;
import org.schemashift.model.proc.ProcType;
import org.schemashift.model.proc.ParameterMode;
import org.schemashift.model.proc.Returns;
import org.schemashift.model.proc.RoutineBody;
import org.schemashift.model.proc.RoutineSignature;
import org.schemashift.model.proc.RoutineTraits;
import org.schemashift.source.oracle.OracleCode;
import org.schemashift.source.oracle.OracleNames;
import org.schemashift.source.oracle.grammar.OracleParser.*;

/**
 * Procedures and functions, standalone or declared in a block or package: signature, body, traits.
 * AUTHID and DETERMINISTIC are {@link RoutineTraits}, PIPELINED a set-returning result; the hints
 * (RESULT_CACHE, PARALLEL_ENABLE, NOCOPY) and ACCESSIBLE BY raise items; a LANGUAGE JAVA / C or
 * EXTERNAL call specification has no body and an item. Oracle SQL prefers the column when a name is
 * both a column and a variable ({@link NameConflict#COLUMN}).
 */
final class PlSqlSubprograms {
    private final UnitReading reading;

    PlSqlSubprograms(UnitReading reading) {
        this.reading = reading;
    }

    /** One subprogram as read: its name as written (schema-qualified for a standalone one). */
    record Built(ObjectName name, boolean function, RoutineSignature signature, RoutineBody body, RoutineTraits traits) {
    }

    Declaration.Subprogram declaration(SubprogramContext ctx) {
        Built built = build(ctx, null);
        return new Declaration.Subprogram(built.name().name(), built.signature(), built.body(), reading.span(ctx), built.traits());
    }

    /** {@code selfType}: in a type body, the type that {@code RETURN SELF AS RESULT} returns; null elsewhere. */
    Built build(SubprogramContext ctx, ProcType selfType) {
        ObjectName name = name(ctx.name);
        boolean function = ctx.FUNCTION() != null;
        Returns returns = null;
        boolean deterministic = false;
        RoutineTraits.Rights rights = RoutineTraits.Rights.UNSPECIFIED;
        boolean pipelined = false;
        for (UnitAttributeContext attribute : ctx.unitAttribute()) {
            if (attribute instanceof DeterministicAttributeContext) deterministic = true;
            else if (attribute instanceof PipelinedAttributeContext) pipelined = true;
            else if (attribute instanceof AuthidAttributeContext a) rights = rights(a);
            else attributeItem(attribute, name);
        }
        if (function) {
            FunctionResultContext result = ctx.functionResult();
            returns = new Returns(result.plsqlType() == null ? selfType : reading.types.type(result.plsqlType()), pipelined);
        }
        RoutineSignature signature = new RoutineSignature(parameters(ctx.parameterList()), returns);
        RoutineBody body = null;
        boolean autonomous = false;
        SubprogramImplementationContext implementation = ctx.subprogramImplementation();
        if (implementation instanceof PlsqlImplementationContext code) {
            PlSqlDeclarations.Section section = reading.declarations.section(code.declaration());
            autonomous = section.autonomous();
            body = new RoutineBody(reading.statements.block(code.block(), null, section.declarations()), NameConflict.COLUMN);
        } else if (implementation instanceof ExternalImplementationContext external) {
            reading.notes.add(OracleCode.EXTERNAL_ROUTINE.at(reading.span(external), name + ": "
                    + reading.text(external.callSpecification()).replaceAll("\\s+", " ")));
        }
        return new Built(name, function, signature, body, new RoutineTraits(deterministic, rights, autonomous));
    }

    /** A subprogram's name as Oracle stores it, schema-qualified when written so. */
    static ObjectName name(SubprogramNameContext ctx) {
        String name = OracleNames.identifier(ctx.memberName().getText());
        return new ObjectName(ctx.schema == null ? null : OracleNames.identifier(ctx.schema), name);
    }

    List<Parameter> parameters(ParameterListContext ctx) {
        List<Parameter> parameters = new ArrayList<>();
        if (ctx == null) return parameters;
        for (ParameterContext p : ctx.parameter()) {
            ParameterMode mode = p.OUT() == null ? ParameterMode.IN : p.IN() != null ? ParameterMode.INOUT : ParameterMode.OUT;
            if (p.NOCOPY() != null) {
                reading.notes.add(OracleCode.PLSQL_HINT.at(reading.span(p), "NOCOPY on " + reading.text(p.identifier())
                        + " not converted"));
            }
            String name = PlSqlDeclarations.name(p.identifier());
            reading.declaredNames.add(name.toUpperCase(Locale.ROOT));
            parameters.add(new Parameter(name, mode, reading.types.type(p.plsqlType()), reading.expression(p.expression()), reading.span(p)));
        }
        return parameters;
    }

    private static RoutineTraits.Rights rights(AuthidAttributeContext ctx) {
        return ctx.CURRENT_USER() != null ? RoutineTraits.Rights.INVOKER : RoutineTraits.Rights.DEFINER;
    }

    /** The header attributes that change nothing the IR holds: reported. */
    void attributeItem(UnitAttributeContext ctx, ObjectName unit) {
        String text = reading.text(ctx).replaceAll("\\s+", " ");
        if (ctx instanceof AccessibleByAttributeContext) {
            reading.notes.add(OracleCode.ACCESSIBLE_BY.at(reading.span(ctx), unit + ": " + text + " not enforced"));
        } else if (ctx instanceof ResultCacheAttributeContext || ctx instanceof ParallelEnableAttributeContext) {
            reading.notes.add(OracleCode.PLSQL_HINT.at(reading.span(ctx), unit + ": " + text + " not converted"));
        }
    }
}
