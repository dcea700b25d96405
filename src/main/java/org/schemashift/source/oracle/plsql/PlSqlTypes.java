package org.schemashift.source.oracle.plsql;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.schemashift.model.ActionItem;
import org.schemashift.model.DataType;
import org.schemashift.model.proc.ProcType;
import org.schemashift.source.antlr.SourcePositions;
import org.schemashift.source.oracle.OracleCode;
import org.schemashift.source.oracle.OracleNames;
import org.schemashift.source.oracle.OracleTypeBuilder;
import org.schemashift.source.oracle.grammar.OracleParser.AnchoredTypeContext;
import org.schemashift.source.oracle.grammar.OracleParser.DeclaredTypeContext;
import org.schemashift.source.oracle.grammar.OracleParser.IdentifierContext;
import org.schemashift.source.oracle.grammar.OracleParser.NamedTypeContext;
import org.schemashift.source.oracle.grammar.OracleParser.PlsqlTypeContext;
import org.schemashift.source.oracle.grammar.OracleParser.QualifiedTypeContext;
import org.schemashift.source.oracle.grammar.OracleParser.RefCursorTypeContext;

/**
 * PL/SQL types as {@link ProcType}s: Oracle's data types (and STANDARD's subtypes such as STRING or
 * POSITIVE) are {@link ProcType.Declared} as {@link OracleTypeBuilder} spells them; {@code %TYPE} and
 * {@code %ROWTYPE} are unresolved {@link ProcType.Anchored} (a data dictionary column's {@code %TYPE}
 * is the type Oracle documents for it, {@link DictionaryColumns}); SYS_REFCURSOR and REF CURSOR are
 * {@link ProcType.CursorReference}; any other name is {@link ProcType.Named}, for the convert stage
 * to find among the code's record and collection types and the catalog's types.
 *
 * <p>A SUBTYPE or a REF CURSOR type declared in the unit has no IR declaration of its own: from its
 * declaration on, its name stands for what it was declared as ({@link #alias}), in the units read
 * after it too ({@link PackageSubtypes}: a package body, or another package naming {@code PKG.T}).
 */
final class PlSqlTypes {
    /** STANDARD's subtypes and the Oracle-supplied types the type rules know (mappings/types/oracle.yaml). */
    private static final Set<String> STANDARD_NAMES = Set.of("STRING", "POSITIVE", "POSITIVEN", "NATURALN",
            "SIGNTYPE", "SIMPLE_INTEGER", "SIMPLE_FLOAT", "SIMPLE_DOUBLE", "XMLTYPE", "SDO_GEOMETRY");

    private final SourcePositions positions;
    private final OracleTypeBuilder dataTypes;
    private final Map<String, ProcType> aliases = new HashMap<>();
    private final Map<String, ProcType> declared = new LinkedHashMap<>();
    private final PackageSubtypes packageSubtypes;
    private final String unit;
    private final List<ActionItem> notes;

    /**
     * {@code unit}: the unit's name (a package's, for its subtypes); {@code packageSubtypes}: those of
     * the units read before; {@code notes}: where the items raised while reading go.
     */
    PlSqlTypes(SourcePositions positions, PackageSubtypes packageSubtypes, String unit, List<ActionItem> notes) {
        this.positions = positions;
        this.notes = notes;
        this.dataTypes = new OracleTypeBuilder(positions);
        this.packageSubtypes = packageSubtypes;
        this.unit = unit;
    }

    /** {@code name} (a SUBTYPE or REF CURSOR type) stands for {@code type} in what follows, in later units too. */
    void alias(String name, ProcType type) {
        aliases.put(name, type);
        declared.put(name, packageSubtypes.define(unit, name, type));
    }

    /** The types this unit named so far, as other units see them ({@code PKG.T}). */
    Map<String, ProcType> declared() {
        return declared;
    }

    ProcType type(PlsqlTypeContext ctx) {
        if (ctx instanceof RefCursorTypeContext) return new ProcType.CursorReference();
        if (ctx instanceof AnchoredTypeContext a) {
            List<String> reference = names(a.identifier());
            DataType dictionary = a.PERCENT_TYPE() == null ? null : DictionaryColumns.instance().type(reference);
            if (dictionary != null) {
                notes.add(OracleCode.DICTIONARY_ANCHOR.at(positions.span(ctx), String.join(".", reference)
                        + "%TYPE is a data dictionary column: typed " + dictionary.sourceText() + " as Oracle documents it"));
                return new ProcType.Declared(dictionary);
            }
            return new ProcType.Anchored(reference, a.PERCENT_TYPE() != null ? ProcType.Anchor.TYPE : ProcType.Anchor.ROWTYPE, null);
        }
        if (ctx instanceof QualifiedTypeContext q) return new ProcType.Named(names(q.identifier()));
        if (ctx instanceof DeclaredTypeContext d) return declared(d);
        return new ProcType.Declared(new DataType("natural", null, null, Set.of(), List.of(), null, null,
                positions.text(ctx)));
    }

    private ProcType declared(DeclaredTypeContext ctx) {
        if (ctx.dataType() instanceof NamedTypeContext named && named.PERCENT_TYPE() == null
                && named.PERCENT_ROWTYPE() == null && named.INTEGER_LITERAL() == null) {
            List<String> name = names(named.tableName().identifier());
            String last = name.get(name.size() - 1);
            if (name.size() == 1 && aliases.containsKey(last)) return aliases.get(last);
            if (last.equals("SYS_REFCURSOR")) return new ProcType.CursorReference();
            ProcType declaredBefore = packageSubtypes.find(name, unit);
            if (declaredBefore != null) return declaredBefore;
            if (!(name.size() == 1 && STANDARD_NAMES.contains(last))) return new ProcType.Named(name);
        }
        return new ProcType.Declared(dataTypes.type(ctx.dataType()));
    }

    private static List<String> names(List<IdentifierContext> parts) {
        return parts.stream().map(OracleNames::identifier).toList();
    }
}
