package org.schemashift.source.oracle.plsql;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.schemashift.model.ObjectKind;
import org.schemashift.model.ObjectName;
import org.schemashift.model.PackageDef;
import org.schemashift.model.Routine;
import org.schemashift.model.SchemaChange;
import org.schemashift.model.proc.Block;
import org.schemashift.model.proc.Declaration;
import org.schemashift.model.proc.Parameter;
import org.schemashift.model.proc.ParameterMode;
import org.schemashift.model.proc.ProcType;
import org.schemashift.model.proc.RoutineSignature;
import org.schemashift.source.oracle.OracleNames;
import org.schemashift.source.oracle.grammar.OracleParser.*;

/**
 * The units that hold subprograms: a standalone procedure or function ({@link Routine}), a package
 * specification or body ({@link PackageDef}: the body's subprograms are {@link Declaration.Subprogram}s,
 * every overload kept), and a type body (one {@link Routine} per member, see docs/procedural-ir.md).
 * Each subprogram of a package or type body is also a {@link Member}, so the report lists it.
 */
final class PlSqlUnits {
    private final UnitReading reading;
    private final String sourceText;
    private final List<Declaration.Subprogram> unread;

    /** {@code unread}: a package body's subprograms that did not parse ({@link UnreadSubprograms}). */
    PlSqlUnits(UnitReading reading, String sourceText, List<Declaration.Subprogram> unread) {
        this.reading = reading;
        this.sourceText = sourceText;
        this.unread = unread;
    }

    /** A subprogram of a package or type body as the report shows it: its own place and text. */
    record Member(ObjectKind kind, String name, ParserRuleContext source) {
    }

    /** What a unit yields: its kind and name, its changes, and its members. */
    record Unit(ObjectKind kind, ObjectName name, List<SchemaChange> changes, List<Member> members) {
    }

    Unit routine(CreateSubprogramContext ctx) {
        PlSqlSubprograms.Built built = reading.subprograms.build(ctx.subprogram(), null);
        ObjectKind kind = built.function() ? ObjectKind.FUNCTION : ObjectKind.PROCEDURE;
        Routine routine = new Routine(built.name(), kind, built.signature(), built.body(), sourceText,
                reading.positions.statementSpan(), built.traits());
        return new Unit(kind, built.name(), List.of(new SchemaChange.CreateRoutine(routine)), List.of());
    }

    Unit packageSpecification(CreatePackageContext ctx) {
        ObjectName name = OracleNames.objectName(ctx.tableName());
        for (UnitAttributeContext attribute : ctx.unitAttribute()) reading.subprograms.attributeItem(attribute, name);
        List<Declaration> declarations = reading.declarations.section(ctx.declaration()).declarations();
        PackageDef pkg = new PackageDef(name, declarations, List.of(), null, reading.positions.statementSpan(),
                reading.types.declared());
        return new Unit(ObjectKind.PACKAGE, name, List.of(new SchemaChange.CreatePackage(pkg)), List.of());
    }

    Unit packageBody(CreatePackageBodyContext ctx) {
        ObjectName name = OracleNames.objectName(ctx.tableName());
        List<Declaration> declarations = new ArrayList<>(reading.declarations.section(ctx.declaration()).declarations());
        declarations.addAll(unread);
        declarations.sort(Comparator.comparing(Declaration::span));
        Block initialization = ctx.BEGIN() == null ? null : new Block(null, List.of(),
                reading.statements.sequence(ctx.statementSequence()), reading.conditions.handlers(ctx.exceptionSection()),
                reading.positions.span(ctx.BEGIN().getSymbol()));
        PackageDef pkg = new PackageDef(name, List.of(), declarations, initialization, reading.positions.statementSpan());
        List<Member> members = new ArrayList<>();
        for (DeclarationContext d : ctx.declaration()) {
            if (d instanceof SubprogramDeclarationContext s) members.add(member(name, s.subprogram(), s.subprogram()));
        }
        return new Unit(ObjectKind.PACKAGE, name, List.of(new SchemaChange.CreatePackage(pkg)), members);
    }

    /**
     * {@code CREATE TYPE BODY t}: each member a routine {@code T_MEMBER} in t's schema; MEMBER
     * subprograms take SELF (of type t) first, IN OUT for procedures; constructors are functions
     * {@code T_T} returning t.
     */
    Unit typeBody(CreateTypeBodyContext ctx) {
        ObjectName type = OracleNames.objectName(ctx.tableName());
        ProcType self = new ProcType.Named(type.parts());
        List<SchemaChange> changes = new ArrayList<>();
        List<Member> members = new ArrayList<>();
        for (TypeBodyMemberContext m : ctx.typeBodyMember()) {
            PlSqlSubprograms.Built built = reading.subprograms.build(m.subprogram(), self);
            RoutineSignature signature = m.MEMBER() == null ? built.signature() : withSelf(built, self, m);
            ObjectKind kind = built.function() ? ObjectKind.FUNCTION : ObjectKind.PROCEDURE;
            ObjectName name = new ObjectName(type.schema(), type.name() + "_" + built.name().name());
            changes.add(new SchemaChange.CreateRoutine(new Routine(name, kind, signature, built.body(),
                    reading.text(m), reading.span(m), built.traits())));
            // the member's own statement spans what its routine does (MEMBER / STATIC / CONSTRUCTOR included), so what
            // the routine becomes is reported under it, not under the member before
            members.add(member(type, m.subprogram(), m));
        }
        return new Unit(ObjectKind.TYPE, type, changes, members);
    }

    private RoutineSignature withSelf(PlSqlSubprograms.Built built, ProcType self, TypeBodyMemberContext m) {
        List<Parameter> parameters = built.signature().parameters();
        if (!parameters.isEmpty() && parameters.get(0).name().equals("SELF")) return built.signature();
        List<Parameter> withSelf = new ArrayList<>();
        withSelf.add(new Parameter("SELF", built.function() ? ParameterMode.IN : ParameterMode.INOUT, self, null, reading.span(m)));
        withSelf.addAll(parameters);
        return new RoutineSignature(withSelf, built.signature().returns());
    }

    private static Member member(ObjectName owner, SubprogramContext subprogram, ParserRuleContext source) {
        return new Member(subprogram.FUNCTION() != null ? ObjectKind.FUNCTION : ObjectKind.PROCEDURE,
                owner.name() + "." + PlSqlSubprograms.name(subprogram.name).name(), source);
    }
}
