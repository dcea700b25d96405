package org.schemashift.source.oracle.plsql;

import java.util.ArrayList;
import java.util.List;
import org.schemashift.model.Disposition;
import org.schemashift.model.ObjectKind;
import org.schemashift.model.SourceStatement;
import org.schemashift.model.proc.Block;
import org.schemashift.source.RawStatement;
import org.schemashift.source.antlr.SourcePositions;
import org.schemashift.source.antlr.SyntaxError;
import org.schemashift.source.oracle.OracleParsing;
import org.schemashift.source.oracle.grammar.OracleParser.*;

/**
 * Reads one PL/SQL unit (CREATE PROCEDURE / FUNCTION / PACKAGE [BODY] / TRIGGER / TYPE BODY) as the
 * script splitter cut it: conditional compilation first ({@link PlSqlPreprocessor}), then the
 * grammar, then the builders. The unit's statement carries its change; a package or type body adds
 * one statement per subprogram (kind PROCEDURE / FUNCTION, name {@code PKG.SUB}, its own place and
 * text), so the report shows each. Throws the parser's {@link org.schemashift.source.antlr.SyntaxError}.
 */
public final class PlSqlReader {
    private final OracleParsing parsing;
    private final PackageSubtypes packageSubtypes = new PackageSubtypes();

    /** One reader per conversion run: the subtypes a package declares serve the units read after it. */
    public PlSqlReader(OracleParsing parsing) {
        this.parsing = parsing;
    }

    /** {@code text}: the statement as written; {@code code} and {@code positions}: what is parsed and where it stands. */
    public List<SourceStatement> read(String text, RawStatement code, SourcePositions positions) {
        PlSqlPreprocessor.Result preprocessed = PlSqlPreprocessor.process(code.code(), positions);
        String parsedCode = preprocessed.code();
        PlsqlUnitContext unit;
        UnreadSubprograms unread = null;
        try {
            unit = parsing.parseUnit(parsedCode);
        } catch (SyntaxError e) {
            unread = UnreadSubprograms.find(parsedCode, positions, parsing);
            if (unread == null || !unread.any()) throw e;
            parsedCode = unread.readable();
            unit = parseAgain(parsedCode, e);
        }
        SourcePositions parsedPositions = new SourcePositions(positions.file(),
                new RawStatement(code.text(), parsedCode, code.line(), code.column()));
        UnitReading reading = new UnitReading(parsedPositions, parsedCode, unitName(unit), packageSubtypes);
        reading.notes.addAll(preprocessed.notes());
        PlSqlUnits units = new PlSqlUnits(reading, text, unread == null ? List.of() : unread.declarations());
        PlSqlUnits.Unit built = build(unit.plsqlUnitBody(), units, reading);
        List<SourceStatement> out = new ArrayList<>();
        out.add(new SourceStatement(positions.statementSpan(), text, built.kind(), built.name().toString(),
                built.changes().isEmpty() ? Disposition.UNSUPPORTED : Disposition.PARSED, built.changes(), reading.notes));
        for (PlSqlUnits.Member member : built.members()) {
            out.add(new SourceStatement(parsedPositions.span(member.source()), parsedPositions.text(member.source()),
                    member.kind(), member.name(), Disposition.PARSED, List.of(), List.of()));
        }
        if (unread != null) out.addAll(unread.statements(built.name().name()));
        return out;
    }

    /**
     * An anonymous block as procedural code, read only for what it calls (an install script's
     * block is not converted); throws the parser's {@link SyntaxError}.
     */
    public Block readBlock(RawStatement code, SourcePositions positions) {
        PlSqlPreprocessor.Result preprocessed = PlSqlPreprocessor.process(code.code(), positions);
        AnonymousBlockContext block = parsing.parseBlock(preprocessed.code());
        SourcePositions parsedPositions = new SourcePositions(positions.file(),
                new RawStatement(code.text(), preprocessed.code(), code.line(), code.column()));
        UnitReading reading = new UnitReading(parsedPositions, preprocessed.code(), null, packageSubtypes);
        return reading.statements.block(block.block(), null, List.of());
    }

    /** The body without its unreadable subprograms; when that fails too, the first error stands. */
    private PlsqlUnitContext parseAgain(String code, SyntaxError first) {
        try {
            return parsing.parseUnit(code);
        } catch (SyntaxError e) {
            throw first;
        }
    }

    private static PlSqlUnits.Unit build(PlsqlUnitBodyContext body, PlSqlUnits units, UnitReading reading) {
        if (body instanceof CreateSubprogramContext c) return units.routine(c);
        if (body instanceof CreatePackageContext c) return units.packageSpecification(c);
        if (body instanceof CreatePackageBodyContext c) return units.packageBody(c);
        if (body instanceof CreateTypeBodyContext c) return units.typeBody(c);
        return new PlSqlTriggers(reading).trigger((CreateTriggerContext) body);
    }

    /** What $$PLSQL_UNIT reads: the unit's name without its schema. */
    private static String unitName(PlsqlUnitContext unit) {
        PlsqlUnitBodyContext body = unit.plsqlUnitBody();
        if (body instanceof CreateSubprogramContext c) return PlSqlSubprograms.name(c.subprogram().name).name();
        TableNameContext name = body instanceof CreatePackageContext c ? c.tableName()
                : body instanceof CreatePackageBodyContext c ? c.tableName()
                : body instanceof CreateTypeBodyContext c ? c.tableName()
                : ((CreateTriggerContext) body).tableName();
        return org.schemashift.source.oracle.OracleNames.objectName(name).name();
    }
}
