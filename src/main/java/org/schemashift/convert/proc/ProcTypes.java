package org.schemashift.convert.proc;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.schemashift.convert.ActionItems;
import org.schemashift.convert.ExpressionConverter;
import org.schemashift.convert.TargetTypes;
import org.schemashift.convert.TypeFamily;
import org.schemashift.model.Catalog;
import org.schemashift.model.Column;
import org.schemashift.model.DataType;
import org.schemashift.model.GeneralCode;
import org.schemashift.model.ObjectName;
import org.schemashift.model.SourceSpan;
import org.schemashift.model.Table;
import org.schemashift.model.View;
import org.schemashift.model.proc.Declaration;
import org.schemashift.model.proc.ProcType;
import org.schemashift.source.oracle.OracleCode;

/**
 * The types of procedural code, converted: a declared type through the type rules (as a column's,
 * the decision recorded), an anchor resolved against the catalog and the scope ({@code %TYPE} of a
 * column takes the column's converted type, of a variable the variable's; {@code %ROWTYPE} of a
 * table or view is the relation's row type; a cursor's row stays an anchor, which the writers know),
 * and a record type of the current package named in the package's schema, where it is created.
 * Beside the target type, the family of the source type and a row's fields feed the expression rules.
 */
final class ProcTypes {
    private final TargetTypes targetTypes;
    private final ExpressionConverter expressions;
    private final ActionItems items;
    /**
     * Oracle's supplied packages by their documented names (PL/SQL Packages and Types Reference): a
     * type {@code PKG.T} of one, which no package of the input declares, exists only in Oracle.
     */
    private static final Pattern SUPPLIED_PACKAGE = Pattern.compile("(?i)(DBMS|UTL|OWA|APEX|CTX|SDO|ORD|WWV)(_\\w+)?|HT[PF]");
    private final Map<String, Table> tables = new HashMap<>();
    private final Map<String, View> views = new HashMap<>();

    /** {@code catalog}: tables already converted, so a column anchor takes the column's target type. */
    ProcTypes(Catalog catalog, TargetTypes targetTypes, ExpressionConverter expressions, ActionItems items) {
        this.targetTypes = targetTypes;
        this.expressions = expressions;
        this.items = items;
        for (Table table : catalog.tables()) index(tables, table.name(), table);
        for (View view : catalog.views()) index(views, view.name(), view);
    }

    private static <T> void index(Map<String, T> map, ObjectName name, T value) {
        map.put(name.key(), value);
        map.putIfAbsent(name.name().toLowerCase(Locale.ROOT), value);
    }

    /** The target type of {@code type}, declared at {@code where}. */
    ProcType target(ProcType type, SourceSpan span, String where, ProcScope scope) {
        if (type instanceof ProcType.Declared declared) {
            return new ProcType.Declared(targetTypes.convert(declared.type(), span, where));
        }
        if (type instanceof ProcType.Anchored anchored && anchored.resolved() == null) return anchor(anchored, span, where, scope);
        if (type instanceof ProcType.Named named && named.name().size() == 1) return named(named, scope);
        if (type instanceof ProcType.Named named && ownPackage(named, scope)) {
            return named(new ProcType.Named(List.of(named.name().get(1))), scope);   // PKG.T inside PKG is T
        }
        ProcType subtype = packageSubtype(type, scope);
        if (subtype != null) return target(subtype, span, where, scope);
        if (type instanceof ProcType.Row row) {
            return new ProcType.Row(row.fields().stream()
                    .map(f -> new ProcType.Field(f.name(), target(f.type(), span, where + "." + f.name(), scope))).toList());
        }
        if (type instanceof ProcType.Named named && named.name().size() == 2 && scope.packageNamed(named.name().get(0)) == null
                && SUPPLIED_PACKAGE.matcher(named.name().get(0)).matches()) {
            items.add(OracleCode.SUPPLIED_PACKAGE_TYPE, span, where + ": " + String.join(".", named.name())
                    + " is a type of Oracle's supplied package " + named.name().get(0));
        }
        return type;
    }

    /**
     * True when PostgreSQL would refuse a variable of target type {@code variable} as the OUT argument
     * of a parameter of source type {@code parameter}: it takes only one of the parameter's own type
     * (lengths aside), so a VARCHAR(100) variable cannot receive a text parameter. Only declared types
     * are compared; anchors and named types are taken as matching.
     */
    boolean refusesAsOutArgument(ProcType variable, ProcType parameter) {
        if (!(variable instanceof ProcType.Declared v) || !(parameter instanceof ProcType.Declared p)) return false;
        return !baseName(v.type()).equals(baseName(targetTypes.spelling(p.type())));
    }

    private static String baseName(DataType type) {
        int paren = type.name().indexOf('(');
        return (paren < 0 ? type.name() : type.name().substring(0, paren)).trim();
    }

    /** The family of {@code type}'s source type (UNKNOWN for rows, collections and cursors). */
    TypeFamily family(ProcType type, ProcScope scope) {
        if (type instanceof ProcType.Declared declared) return targetTypes.family(declared.type());
        if (!(type instanceof ProcType.Anchored anchored) || anchored.anchor() != ProcType.Anchor.TYPE) return TypeFamily.UNKNOWN;
        List<String> reference = anchored.reference();
        Symbol symbol = scope.resolve(reference);
        if (symbol != null) return symbol.family();
        Map<String, TypeFamily> columns = reference.size() < 2 ? null : expressions.relation(reference.subList(0, reference.size() - 1));
        return columns == null ? TypeFamily.UNKNOWN
                : columns.getOrDefault(reference.get(reference.size() - 1).toLowerCase(Locale.ROOT), TypeFamily.UNKNOWN);
    }

    /** The fields of a row type by lower-case name (a record type, a table's or cursor's row); empty for other types. */
    Map<String, TypeFamily> fields(ProcType type, ProcScope scope) {
        if (type instanceof ProcType.Anchored anchored && anchored.anchor() == ProcType.Anchor.ROWTYPE) {
            Symbol cursor = anchored.reference().size() == 1 ? scope.lookup(anchored.reference().get(0)) : null;
            if (cursor != null) return cursor.fields();
            Map<String, TypeFamily> columns = expressions.relation(anchored.reference());
            return columns == null ? Map.of() : columns;
        }
        if (type instanceof ProcType.Named named && named.name().size() == 1
                && scope.type(named.name().get(0)) instanceof Declaration.RecordType record) {
            Map<String, TypeFamily> fields = new LinkedHashMap<>();
            record.fields().forEach(f -> fields.put(f.name().toLowerCase(Locale.ROOT), family(f.type(), scope)));
            return fields;
        }
        if (type instanceof ProcType.Row row) {
            Map<String, TypeFamily> fields = new LinkedHashMap<>();
            row.fields().forEach(f -> fields.put(f.name().toLowerCase(Locale.ROOT), family(f.type(), scope)));
            return fields;
        }
        return Map.of();
    }

    /**
     * The row a new variable of target type {@code target} starts with, as source expressions: for
     * a package record type (a composite type of the package's schema) with default field values,
     * ROW(default or NULL, ...); else null (a record starts with every field NULL).
     */
    SqlNode defaultRow(ProcType target, ProcScope scope) {
        if (!(target instanceof ProcType.Named named) || named.name().size() != 2
                || !(scope.type(named.name().get(1)) instanceof Declaration.RecordType record) || record.defaults().isEmpty()) {
            return null;
        }
        SqlNode[] values = record.defaults().stream()
                .map(d -> d != null ? d : SqlLiteral.createNull(SqlParserPos.ZERO)).toArray(SqlNode[]::new);
        return SqlStdOperatorTable.ROW.createCall(SqlParserPos.ZERO, values);
    }

    /** True when {@code type} names a collection type in scope or of a package ({@code PKG.T}). */
    boolean isCollection(ProcType type, ProcScope scope) {
        return type instanceof ProcType.Named named && scope.type(named) instanceof Declaration.CollectionType;
    }

    private ProcType anchor(ProcType.Anchored anchored, SourceSpan span, String where, ProcScope scope) {
        List<String> reference = anchored.reference();
        Symbol symbol = scope.resolve(reference);
        if (symbol != null && anchored.anchor() == ProcType.Anchor.TYPE) return anchored.withResolved(symbol.type());
        if (symbol != null && symbol.kind() == Symbol.Kind.CURSOR) return anchored;   // a cursor's row: the writers know it
        ProcType field = reference.size() == 2 ? fieldType(scope.lookup(reference.get(0)), reference.get(1), span, where, scope) : null;
        if (field != null && anchored.anchor() == ProcType.Anchor.TYPE) return anchored.withResolved(field);
        if (anchored.anchor() == ProcType.Anchor.ROWTYPE) {
            ObjectName relation = relation(reference);
            if (relation != null) {
                return anchored.withResolved(new ProcType.Named(relation.parts()));
            }
        } else if (reference.size() >= 2) {
            Table table = tables.get(key(reference.subList(0, reference.size() - 1)));
            Column column = table == null ? null : table.column(reference.get(reference.size() - 1));
            if (column != null) return anchored.withResolved(new ProcType.Declared(column.type()));
            if (table != null) {   // written as an anchor, it would fail to create on the target: the column is not there
                items.add(OracleCode.ANCHOR_COLUMN_NOT_IN_TABLE, span, where + ": " + String.join(".", reference)
                        + "%TYPE: table " + table.name().name() + " has no column " + reference.get(reference.size() - 1)
                        + " in the input; typed text");
                return anchored.withResolved(new ProcType.Declared(DataType.named("text")));
            }
        }
        items.add(GeneralCode.ANCHOR_NOT_RESOLVED, span, where + ": " + String.join(".", reference)
                + (anchored.anchor() == ProcType.Anchor.TYPE ? "%TYPE" : "%ROWTYPE") + " is not defined in the input");
        return anchored;
    }

    /** The target type of field {@code field} of a row variable (a table's row or a record type), or null. */
    private ProcType fieldType(Symbol row, String field, SourceSpan span, String where, ProcScope scope) {
        ProcType type = row == null ? null : row.type();
        if (type instanceof ProcType.Anchored anchored) type = anchored.resolved();
        if (!(type instanceof ProcType.Named named)) return null;
        Table table = tables.get(key(named.name()));
        if (table != null) {
            Column column = table.column(field);
            return column == null ? null : new ProcType.Declared(column.type());
        }
        if (!(scope.type(named.name().get(named.name().size() - 1)) instanceof Declaration.RecordType record)) return null;
        return record.fields().stream().filter(f -> f.name().equalsIgnoreCase(field)).findFirst()
                .map(f -> target(f.type(), span, where, scope)).orElse(null);
    }

    private ObjectName relation(List<String> reference) {
        Table table = tables.get(key(reference));
        if (table != null) return table.name();
        View view = views.get(key(reference));
        return view == null ? null : view.name();
    }

    /**
     * What {@code PKG.T} stands for when T is a SUBTYPE of package PKG's specification: the reader
     * resolves it only in units read after PKG's, and install scripts need not give them in that order.
     */
    private static ProcType packageSubtype(ProcType type, ProcScope scope) {
        if (!(type instanceof ProcType.Named named) || named.name().size() != 2) return null;
        PackageScope pkg = scope.packageNamed(named.name().get(0));
        ProcType subtype = pkg == null ? null : pkg.subtypes().get(PackageScope.key(named.name().get(1)));
        return subtype instanceof ProcType.Named again && again.name().equals(named.name()) ? null : subtype;
    }

    /** True when {@code named} is {@code PKG.T} and PKG is the package the code belongs to. */
    private static boolean ownPackage(ProcType.Named named, ProcScope scope) {
        PackageScope pkg = scope.currentPackage();
        return pkg != null && named.name().size() == 2 && PackageScope.key(named.name().get(0)).equals(PackageScope.key(pkg.name()));
    }

    /** A record type of the current package lives in the package's schema; a block's is the composite type it became. */
    private static ProcType named(ProcType.Named named, ProcScope scope) {
        PackageScope pkg = scope.currentPackage();
        String name = named.name().get(0);
        ObjectName composite = scope.composite(scope.type(name));
        if (composite != null) {
            return new ProcType.Named(composite.parts());
        }
        boolean packageRecord = pkg != null && pkg.types().get(PackageScope.key(name)) instanceof Declaration.RecordType
                && scope.type(name) == pkg.types().get(PackageScope.key(name));
        return packageRecord ? new ProcType.Named(List.of(pkg.schema(), name)) : named;
    }

    private static String key(List<String> parts) {
        return String.join(".", parts).toLowerCase(Locale.ROOT);
    }
}
