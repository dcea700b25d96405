package org.schemashift.convert;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.schemashift.model.ActionCode;
import org.schemashift.model.Catalog;
import org.schemashift.model.CheckConstraint;
import org.schemashift.model.Column;
import org.schemashift.model.DataType;
import org.schemashift.model.Expr;
import org.schemashift.model.GeneralCode;
import org.schemashift.model.GeneratedColumn;
import org.schemashift.model.Index;
import org.schemashift.model.NameCase;
import org.schemashift.model.ObjectKind;
import org.schemashift.model.IndexPart;
import org.schemashift.model.Partitioning;
import org.schemashift.model.Table;
import org.schemashift.model.ObjectName;
import org.schemashift.model.ObjectReference;
import org.schemashift.model.ObjectReferences;
import org.schemashift.model.UserType;
import org.schemashift.model.View;
import org.schemashift.convert.proc.CodeConversion;
import org.schemashift.convert.proc.PackageSchemas;
import org.schemashift.convert.proc.ResultSetFunctions;
import org.schemashift.model.proc.ProcType;
import org.schemashift.source.mysql.MySqlCode;

/**
 * Converts a source catalog into one whose types and expressions are the target's: type rules
 * per column, function rules per expression, member checks for ENUM/SET, and foreign-key
 * columns typed like the columns they reference. Names are left to the target's policy.
 */
public final class SchemaConverter {
    /** The type name a reader gives a generated column declared without a type. */
    private static final String UNSPECIFIED = "unspecified";
    private final MappingRules rules;
    private ExpressionConverter expressions;
    /** {@link #expressions} with the rules of views' queries too. */
    private ExpressionConverter viewExpressions;
    /** The input's routines, which a generated column must not call ({@link #generated}). */
    private UserRoutines routines = UserRoutines.NONE;
    private final List<ExpressionRule> javaRules;
    private final DefaultLiterals defaults;
    private final ActionItems items;
    private final ForeignKeyTypes foreignKeyTypes;
    private ActionCode sessionDateFormat;
    private boolean caselessText;
    private final TargetTypes targetTypes;
    /**
     * Domains (SQL Server alias types) by lower-case name: a column of one has the domain's base type
     * on every target, so targets without domains (MySQL) read it too; PostgreSQL also gets the domain.
     */
    private final Map<String, UserType> domains = new HashMap<>();
    /** The types columns declare of their own (a rule's {@code declare: enum}), in column order. */
    private final List<UserType> declaredTypes = new ArrayList<>();

    /**
     * {@code defaults}: the source's then the target's facts about default literals; {@code nameCase}:
     * which of the source's names are one object.
     */
    public SchemaConverter(MappingRules rules, List<ExpressionRule> javaRules, ActionItems items, DefaultLiterals defaults,
                           NameCase nameCase) {
        this.rules = rules;
        this.foreignKeyTypes = new ForeignKeyTypes(nameCase);
        this.items = items;
        this.javaRules = List.copyOf(javaRules);
        this.defaults = defaults;
        this.targetTypes = new TargetTypes(rules.types(), items);
    }

    /** A converter for a source whose names match whatever their case. */
    public SchemaConverter(MappingRules rules, List<ExpressionRule> javaRules, ActionItems items, DefaultLiterals defaults) {
        this(rules, javaRules, items, defaults, NameCase.INSENSITIVE);
    }

    /** A converter that keeps default literals as the expression rules leave them. */
    public SchemaConverter(MappingRules rules, List<ExpressionRule> javaRules, ActionItems items) {
        this(rules, javaRules, items, DefaultLiterals.UNCHANGED);
    }

    /** Reports with {@code code} where code passes a date as text or text as a date (the source's {@code SourceDialect#sessionDateFormat}). */
    public SchemaConverter withSessionDateFormat(ActionCode code) {
        this.sessionDateFormat = code;
        return this;
    }

    /** Says that the source's text compares without case where no collation is declared ({@code SourceDialect#caselessText}). */
    public SchemaConverter withCaselessText(boolean caseless) {
        this.caselessText = caseless;
        return this;
    }

    public Catalog convert(Catalog catalog) {
        SourceRelations relations = SourceRelations.of(catalog, rules.types(), caselessText);
        PackageSchemas packageSchemas = PackageSchemas.of(catalog, items);
        routines = packageSchemas.routines(catalog,
                type -> type instanceof ProcType.Declared declared ? targetTypes.family(declared.type()) : TypeFamily.UNKNOWN,
                type -> type instanceof ProcType.Declared declared ? TargetTypes.identity(targetTypes.spelling(declared.type()))
                        : RoutineOverloads.typeKey(type), items, sessionDateFormat);
        this.expressions = new ExpressionConverter(rules.functions(), javaRules.stream().filter(r -> !r.viewsOnly()).toList(), items,
                relations, routines);
        this.viewExpressions = new ExpressionConverter(rules.functions(), javaRules, items, relations, routines);
        for (UserType type : catalog.types()) {
            if (UserType.DOMAIN.equals(type.category())) domains.put(type.name().name().toLowerCase(Locale.ROOT), type);
            else targetTypes.addUserType(type.name().name());
        }
        ObjectGuard guard = new ObjectGuard(items);
        List<UserType> types = new ArrayList<>();
        for (UserType type : catalog.types()) {
            guard.run(ObjectKind.TYPE, type.name(), type.span(), () -> convertType(type)).ifPresent(types::add);
        }
        List<View> views = new ArrayList<>(catalog.views().size());
        for (View view : catalog.views()) {
            guard.run(view.objectKind(), view.name(), view.span(), () -> convertView(view, relations)).ifPresent(views::add);
        }
        catalog = catalog.withTypes(types);
        List<Table> tables = new ArrayList<>(catalog.tables().size());
        for (Table table : catalog.tables()) {
            guard.run(ObjectKind.TABLE, table.name(), table.span(), () -> convertTable(table)).ifPresent(tables::add);
        }
        types.addAll(declaredTypes);
        Catalog converted = catalog.withTables(foreignKeyTypes.align(tables)).withViews(views).withTypes(types);
        return new CodeConversion(converted, expressions, targetTypes, routines, packageSchemas, rules.calls(), items,
                ResultSetFunctions.SETOF.equals(rules.option(ResultSetFunctions.OPTION))).convert(converted);
    }

    /** Converts the view's query and makes its columns known to the views defined after it. */
    private View convertView(View view, SourceRelations relations) {
        if (view.query() == null || view.query().node() == null) return view;
        RelationColumns columns = expressions.outputRelation(view.query().node());
        if (!view.columns().isEmpty()) columns = columns.renamed(view.columns());
        relations.add(view.name(), columns.families(), columns.notNull());
        return view.withQuery(viewExpressions.convert(view.query(), view.span(), view.what() + " " + view.name()));
    }

    private Table convertTable(Table table) {
        List<Column> columns = new ArrayList<>(table.columns().size());
        List<CheckConstraint> checks = new ArrayList<>();
        for (Column column : table.columns()) {
            foreignKeyTypes.source(table, column);
            columns.add(convertColumn(table, column, checks));
        }
        for (CheckConstraint check : table.checks()) {
            checks.add(check.withCondition(expressions.convert(check.condition(), check.span(),
                    "check " + (check.name() == null ? "" : check.name() + " ") + "on " + table.name(), table)));
        }
        List<Index> indexes = new ArrayList<>(table.indexes().size());
        for (Index index : table.indexes()) {
            indexes.add(convertIndex(table, index));
        }
        Table converted = table.withColumns(columns).withChecks(checks).withIndexes(indexes);
        return table.partitioning() == null ? converted : converted.withPartitioning(convertPartitioning(table));
    }

    /** Partition bounds are expressions too (TO_DATE(...) in Oracle exports): a null node means not convertible. */
    private Partitioning convertPartitioning(Table table) {
        Partitioning partitioning = table.partitioning();
        List<Partitioning.Partition> partitions = new ArrayList<>();
        for (Partitioning.Partition partition : partitioning.partitions()) {
            List<Expr> bounds = new ArrayList<>();
            for (Expr bound : partition.bounds()) {
                bounds.add(bound == null ? null : expressions.convert(bound, partitioning.span(), "partition bound of " + table.name()));
            }
            partitions.add(new Partitioning.Partition(partition.name(), bounds, partition.isDefault()));
        }
        return partitioning.withPartitions(partitions);
    }

    /** A user type with its attributes' and element type's target types. */
    private UserType convertType(UserType type) {
        List<Column> attributes = new ArrayList<>();
        for (Column attribute : type.attributes()) {
            attributes.add(attribute.withType(targetTypes.convert(attribute.type(), attribute.span(), type.name() + "." + attribute.name())));
        }
        DataType base = type.baseType() == null ? null
                : targetTypes.convert(type.baseType(), type.span(), "element type of " + type.name());
        return type.withTypes(attributes, base);
    }

    /** In the primary key or a foreign key: the columns a user's type rule for keys is about. */
    private static boolean isKey(Table table, String column) {
        return table.primaryKey() != null && table.primaryKey().columns().stream().anyMatch(column::equalsIgnoreCase)
                || table.foreignKeys().stream().anyMatch(fk -> fk.columns().stream().anyMatch(column::equalsIgnoreCase));
    }

    private Column convertColumn(Table table, Column column, List<CheckConstraint> checks) {
        String where = table.name() + "." + column.name();
        UserType domain = domains.get(column.type().name());
        DataType source = domain == null ? column.type() : domain.baseType();
        if (domain != null && domain.check() != null) checks.add(domainCheck(domain, table, column));
        if (column.generated() != null && UNSPECIFIED.equals(source.name())) source = inferred(column, table, source);
        TypeResolution resolved = targetTypes.resolve(source, new ColumnFacts(column.identity() != null, column.name(),
                isKey(table, column.name()), column.defaultValue() != null));
        Column out = column;
        if (resolved == null && targetTypes.isUserType(source)) {
            out = out.withType(DataType.named(source.name()));   // a user type of the input: emitted under its own name
        } else if (resolved == null) {
            targetTypes.notMapped(source, column.span(), where);
        } else {
            if (TypeRule.DECLARE_ENUM.equals(resolved.declare())) resolved = declaredEnum(table, column, source, resolved);
            out = out.withType(TargetTypes.spelled(resolved, source));
            targetTypes.record(resolved, source, column.span(), where);
            if (resolved.check() != null) checks.add(memberCheck(resolved.check(), table, column));
        }
        if (source.has("zerofill")) {
            items.add(MySqlCode.ZEROFILL, column.span(), where + ": " + source.sourceText());
        }
        Expr defaultValue = expressions.convert(column.defaultValue(), column.span(), "default of " + where, table);
        out = out.withDefault(defaultValue == null || defaultValue.node() == null ? defaultValue
                : defaults.adapt(defaultValue, out.type(), column.span(), where, items));
        if (column.generated() != null) out = out.withGenerated(generated(column, where, table));
        return out.withOnUpdate(expressions.convert(column.onUpdate(), column.span(), "ON UPDATE of " + where, table));
    }

    /**
     * The converted generation expression; one that calls a routine of the input is kept out (written as a
     * comment), with an item: PostgreSQL takes only IMMUTABLE functions there and MySQL no stored function at all.
     */
    private GeneratedColumn generated(Column column, String where, Table table) {
        Expr expression = column.generated().expression();
        for (ObjectReference reference : ObjectReferences.of(expression.node())) {
            ObjectName name = reference.name();
            if (!reference.kinds().contains(ObjectKind.FUNCTION) || routines.resolve(name.parts()) == null) continue;
            items.add(GeneralCode.GENERATED_CALLS_ROUTINE, column.span(), "generated column " + where + " calls function "
                    + name + " of the input; the column is written without its expression");
            return new GeneratedColumn(expression.withNode(null), column.generated().stored());
        }
        return new GeneratedColumn(expressions.convert(expression, column.span(), "generated column " + where, table),
                column.generated().stored());
    }

    /**
     * A generated column declared without a type (SQL Server computed columns, Oracle virtual
     * columns): the type {@code unspecified_<family>} of its expression's family, when the
     * source's type rules read one (as SQL Server's do); else {@code unspecified} as it was.
     */
    private DataType inferred(Column column, Table table, DataType unspecified) {
        TypeFamily family = expressions.familyOf(column.generated().expression(), table);
        DataType typed = DataType.named(UNSPECIFIED + "_" + family.name().toLowerCase(Locale.ROOT));
        return family != TypeFamily.UNKNOWN && targetTypes.resolve(typed, false) != null ? typed : unspecified;
    }

    /**
     * The column's own enum type, as a rule with {@code declare: enum} asks: {@code <table>_<column>}
     * in the table's schema holding the members in their order (so values sort as the source's ENUM
     * indexes do), created before the table; the column is of that type.
     */
    private TypeResolution declaredEnum(Table table, Column column, DataType source, TypeResolution resolved) {
        ObjectName name = new ObjectName(table.name().schema(), (table.name().name() + "_" + column.name()).toLowerCase(Locale.ROOT));
        declaredTypes.add(new UserType(name, "ENUM", List.of(), source.values(), null, column.span(), null));
        return new TypeResolution(name.toString(), resolved.canonical(), resolved.ruleId(), null, resolved.declare(), resolved.actions());
    }

    /** The domain's condition on one of its columns: VALUE is the column. */
    private CheckConstraint domainCheck(UserType domain, Table table, Column column) {
        CheckConstraint check = domain.check();
        SqlNode onColumn = check.condition().node().accept(new org.apache.calcite.sql.util.SqlShuttle() {
            @Override
            public SqlNode visit(org.apache.calcite.sql.SqlIdentifier id) {
                return id.isSimple() && id.getSimple().equalsIgnoreCase("VALUE")
                        ? new org.apache.calcite.sql.SqlIdentifier(column.name(), id.getParserPosition()) : id;
            }
        });
        Expr condition = new Expr(onColumn, check.condition().sourceText());
        return new CheckConstraint(null, expressions.convert(condition, check.span(), "check of type " + domain.name() + " on "
                + table.name() + "." + column.name(), table), check.enforced(), check.span());
    }

    /** ENUM: col IN (members); SET: every comma-separated element is a member (or the value is empty). */
    private static CheckConstraint memberCheck(String check, Table table, Column column) {
        SqlParserPos pos = SqlParserPos.ZERO;
        SqlNode col = new org.apache.calcite.sql.SqlIdentifier(column.name(), pos);
        SqlNodeList members = new SqlNodeList(pos);
        column.type().values().forEach(v -> members.add(SqlLiteral.createCharString(v, pos)));
        SqlNode condition = check.equals("set") ? SetMemberCheck.condition(col, members)
                : SqlStdOperatorTable.IN.createCall(pos, col, members);
        String name = table.name().name() + "_" + column.name() + "_check";
        return new CheckConstraint(name, new Expr(condition, column.type().sourceText()), true, column.span());
    }

    private Index convertIndex(Table table, Index index) {
        List<IndexPart> parts = new ArrayList<>(index.parts().size());
        for (IndexPart part : index.parts()) {
            parts.add(part.expression() == null ? part
                    : part.withExpression(expressions.convert(part.expression(), index.span(), "index " + index.name() + " on " + table.name(), table)));
        }
        return index.withParts(parts);
    }
}
