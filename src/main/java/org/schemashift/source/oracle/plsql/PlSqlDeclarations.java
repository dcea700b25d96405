package org.schemashift.source.oracle.plsql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.calcite.sql.SqlNode;
import org.schemashift.model.proc.Declaration;
import org.schemashift.model.proc.ProcType;
import org.schemashift.source.oracle.OracleCode;
import org.schemashift.source.oracle.OracleNames;
import org.schemashift.source.oracle.grammar.OracleParser.*;

/**
 * A declare section (of a block, a subprogram or a package) as IR {@link Declaration}s, in source
 * order. Pragmas are not declarations: EXCEPTION_INIT completes the exception it names,
 * AUTONOMOUS_TRANSACTION becomes the routine's trait ({@link Section#autonomous}), SERIALLY_REUSABLE
 * and the compiler hints (INLINE, RESTRICT_REFERENCES, UDF) raise items.
 */
final class PlSqlDeclarations {
    private final UnitReading reading;

    PlSqlDeclarations(UnitReading reading) {
        this.reading = reading;
    }

    /** The declarations of one section, and whether it declared PRAGMA AUTONOMOUS_TRANSACTION. */
    record Section(List<Declaration> declarations, boolean autonomous) {
    }

    Section section(List<DeclarationContext> contexts) {
        List<Declaration> out = new ArrayList<>();
        boolean autonomous = false;
        for (DeclarationContext ctx : contexts) {
            if (ctx instanceof PragmaDeclarationContext pragma) {
                autonomous |= pragma(pragma, out);
                continue;
            }
            try {
                Declaration declaration = declaration(ctx);
                if (declaration != null) {
                    out.add(declaration);
                    reading.declaredNames.add(declaration.name().toUpperCase(Locale.ROOT));
                }
            } catch (UnitReading.NotReadable e) {
                out.add(reading.unsupported(ctx, e.getMessage()));
            }
        }
        return new Section(out, autonomous);
    }

    private Declaration declaration(DeclarationContext ctx) {
        var span = reading.span(ctx);
        if (ctx instanceof ConstantDeclarationContext c) {
            return new Declaration.Variable(name(c.identifier()), reading.types.type(c.plsqlType()),
                    reading.expression(c.expression()), true, c.NOT() != null, span);
        }
        if (ctx instanceof VariableDeclarationContext v) {
            return new Declaration.Variable(name(v.identifier()), reading.types.type(v.plsqlType()),
                    reading.expression(v.expression()), false, v.NOT() != null, span);
        }
        if (ctx instanceof ExceptionDeclarationContext e) {
            return new Declaration.NamedCondition(name(e.identifier()), null, null, span);
        }
        if (ctx instanceof CursorDeclarationContext c) {
            return new Declaration.Cursor(name(c.identifier()), reading.subprograms.parameters(c.parameterList()),
                    reading.expression(c.query()), false, span);
        }
        if (ctx instanceof RecordTypeDeclarationContext r) {
            List<ProcType.Field> fields = new ArrayList<>();
            List<SqlNode> defaults = new ArrayList<>();
            for (FieldDefinitionContext f : r.fieldDefinition()) {
                fields.add(new ProcType.Field(OracleNames.identifier(f.memberName().getText()), reading.types.type(f.plsqlType())));
                defaults.add(f.expression() == null ? null : reading.expression(f.expression()));
            }
            boolean anyDefault = defaults.stream().anyMatch(Objects::nonNull);
            return new Declaration.RecordType(name(r.identifier()), fields, anyDefault ? defaults : List.of(), span);
        }
        if (ctx instanceof TableTypeDeclarationContext t) {
            ProcType index = t.INDEX() == null ? null : reading.types.type(t.plsqlType(1));
            return new Declaration.CollectionType(name(t.identifier()), reading.types.type(t.plsqlType(0)), index, null, span);
        }
        if (ctx instanceof VarrayTypeDeclarationContext v) {
            return new Declaration.CollectionType(name(v.identifier()), reading.types.type(v.plsqlType()), null,
                    Integer.valueOf(v.INTEGER_LITERAL().getText()), span);
        }
        if (ctx instanceof RefCursorTypeDeclarationContext r) {
            reading.types.alias(name(r.identifier()), new ProcType.CursorReference());
            return null;
        }
        if (ctx instanceof SubtypeDeclarationContext s) {
            reading.types.alias(name(s.identifier()), reading.types.type(s.plsqlType()));
            return null;
        }
        return reading.subprograms.declaration(((SubprogramDeclarationContext) ctx).subprogram());
    }

    /** Applies a pragma to what was declared before it; true for AUTONOMOUS_TRANSACTION. */
    private boolean pragma(PragmaDeclarationContext ctx, List<Declaration> declared) {
        String pragma = ctx.identifier().getText().toUpperCase(Locale.ROOT);
        switch (pragma) {
            case "AUTONOMOUS_TRANSACTION":
                return true;
            case "EXCEPTION_INIT":
                exceptionInit(ctx, declared);
                return false;
            case "SERIALLY_REUSABLE":
                reading.notes.add(OracleCode.SERIALLY_REUSABLE.at(reading.span(ctx), "PRAGMA SERIALLY_REUSABLE: package "
                        + "state lasts for one server call in the source"));
                return false;
            default:
                reading.notes.add(OracleCode.PLSQL_HINT.at(reading.span(ctx), "PRAGMA " + pragma + " not converted"));
                return false;
        }
    }

    /** {@code PRAGMA EXCEPTION_INIT(e, -n)}: e's number, and its SQLSTATE when a predefined exception has that number. */
    private void exceptionInit(PragmaDeclarationContext ctx, List<Declaration> declared) {
        List<FunctionArgumentContext> args = ctx.functionArgument();
        SqlNode number = args.size() == 2 ? reading.expression(args.get(1).expression()) : null;
        Integer errorNumber = number == null ? null : UnitReading.integer(number);
        String exception = args.isEmpty() ? null : OracleNames.identifier(args.get(0).getText());
        for (int i = 0; i < declared.size(); i++) {
            if (declared.get(i) instanceof Declaration.NamedCondition c && c.name().equals(exception) && errorNumber != null) {
                declared.set(i, new Declaration.NamedCondition(c.name(),
                        PredefinedExceptions.instance().sqlStateOf(errorNumber), errorNumber, c.span()));
                return;
            }
        }
        declared.add(reading.unsupported(ctx, "PRAGMA EXCEPTION_INIT for an exception not declared in this section"));
    }

    static String name(IdentifierContext ctx) {
        return OracleNames.identifier(ctx);
    }
}
