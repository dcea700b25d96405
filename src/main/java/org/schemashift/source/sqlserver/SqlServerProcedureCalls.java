package org.schemashift.source.sqlserver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.util.SqlShuttle;
import org.schemashift.model.ActionItem;
import org.schemashift.model.CheckConstraint;
import org.schemashift.model.DataType;
import org.schemashift.model.Disposition;
import org.schemashift.model.Expr;
import org.schemashift.model.GeneralCode;
import org.schemashift.model.ObjectKind;
import org.schemashift.model.ObjectName;
import org.schemashift.model.SchemaChange;
import org.schemashift.model.SourceSpan;
import org.schemashift.model.TableChange;
import org.schemashift.model.UserType;
import org.schemashift.source.antlr.SourcePositions;
import org.schemashift.source.sqlserver.grammar.SqlServerParser.*;

/**
 * EXEC of the system procedures that change a schema: {@code sp_addextendedproperty} with
 * MS_Description (a table, view or column comment), {@code sp_addtype} (an alias type: a domain),
 * {@code sp_bindrule} / {@code sp_bindefault} (a rule or default bound to a column: a check or a
 * default). Arguments are taken by position or by name. Database options (sp_dboption,
 * sp_configure) are ignored; any other procedure is not converted.
 */
final class SqlServerProcedureCalls {

    record Call(ObjectKind kind, String name, Disposition disposition, List<SchemaChange> changes, List<ActionItem> items) {
    }

    private static final Map<String, List<String>> PARAMETERS = Map.of(
            "SP_ADDEXTENDEDPROPERTY", List.of("@name", "@value", "@level0type", "@level0name", "@level1type", "@level1name",
                    "@level2type", "@level2name"),
            "SP_ADDTYPE", List.of("@typename", "@phystype", "@nulltype", "@owner"),
            "SP_BINDRULE", List.of("@rulename", "@objname", "@futureonly"),
            "SP_BINDEFAULT", List.of("@defname", "@objname", "@futureonly"));
    private static final Set<String> DATABASE_OPTIONS = Set.of("SP_DBOPTION", "SP_CONFIGURE", "SP_DBCMPTLEVEL", "SP_FULLTEXT_DATABASE");
    private static final Pattern TYPE = Pattern.compile("(?i)\\s*([a-z0-9_]+)\\s*(?:\\(\\s*(\\d+|max)\\s*(?:,\\s*(\\d+)\\s*)?\\))?\\s*");

    private final SourcePositions positions;
    private final SqlServerScript script;

    SqlServerProcedureCalls(SourcePositions positions, SqlServerScript script) {
        this.positions = positions;
        this.script = script;
    }

    Call call(ExecuteProcedureContext ctx) {
        ObjectName procedure = SqlServerNames.objectName(ctx.procedure);
        String name = procedure.name().toUpperCase(Locale.ROOT);
        SourceSpan span = positions.statementSpan();
        if (DATABASE_OPTIONS.contains(name)) return new Call(ObjectKind.OTHER, procedure.name(), Disposition.IGNORED, List.of(), List.of());
        List<String> parameters = PARAMETERS.get(name);
        if (parameters == null) {
            return new Call(ObjectKind.OTHER, procedure.name(), Disposition.UNSUPPORTED, List.of(),
                    List.of(GeneralCode.UNSUPPORTED_STATEMENT.at(span, "EXEC " + procedure + ": not converted")));
        }
        Map<String, String> arguments = arguments(ctx.procedureArgument(), parameters);
        return switch (name) {
            case "SP_ADDEXTENDEDPROPERTY" -> extendedProperty(arguments, span);
            case "SP_ADDTYPE" -> aliasType(arguments, span);
            default -> binding(name.equals("SP_BINDRULE"), arguments, span);
        };
    }

    /** Argument values by parameter name (lower case): positional ones by their position, named ones by name. */
    private Map<String, String> arguments(List<ProcedureArgumentContext> args, List<String> parameters) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            ProcedureArgumentContext arg = args.get(i);
            String parameter = arg.VARIABLE() != null ? arg.VARIABLE().getText().toLowerCase(Locale.ROOT)
                    : i < parameters.size() ? parameters.get(i) : "";
            values.put(parameter, value(arg.value));
        }
        return values;
    }

    private static String value(ProcedureValueContext value) {
        if (value instanceof LiteralArgumentContext literal) {
            String text = literal.literal().getText();
            return text.endsWith("'") ? SqlServerNames.string(literal.literal()) : (literal.sign == null ? "" : "-") + text;
        }
        if (value instanceof NameArgumentContext name) return String.join(".", SqlServerNames.parts(name.getText()));
        return null;
    }

    /** MS_Description on a table, view or column; other properties are reported. */
    private Call extendedProperty(Map<String, String> args, SourceSpan span) {
        String property = args.get("@name");
        String level1 = upper(args.get("@level1type"));
        String level2 = upper(args.get("@level2type"));
        String objectName = args.get("@level1name");
        String owner = args.get("@level0name");
        boolean relation = "TABLE".equals(level1) || "VIEW".equals(level1);
        if (!"MS_Description".equalsIgnoreCase(property) || !relation || objectName == null
                || (level2 != null && !"COLUMN".equals(level2))) {
            return new Call(ObjectKind.COMMENT, property, Disposition.UNSUPPORTED, List.of(), List.of(SqlServerCode.EXTENDED_PROPERTY
                    .at(span, "extended property " + property + " on " + (level1 == null ? "the database" : level1 + " " + objectName))));
        }
        ObjectName table = SqlServerNames.objectName(owner == null ? List.of(objectName) : List.of(owner, objectName));
        String column = "COLUMN".equals(level2) ? args.get("@level2name") : null;
        String comment = args.get("@value") == null ? "" : args.get("@value");
        return new Call(ObjectKind.COMMENT, table + (column == null ? "" : "." + column), Disposition.PARSED,
                List.of(new SchemaChange.SetComment(table, column, comment, span)), List.of());
    }

    /** sp_addtype name, 'varchar(11)' [, 'NOT NULL']: an alias type, as CREATE TYPE name FROM varchar(11). */
    private Call aliasType(Map<String, String> args, SourceSpan span) {
        ObjectName name = SqlServerNames.objectName(SqlServerNames.parts(args.get("@typename")));
        Matcher type = TYPE.matcher(args.getOrDefault("@phystype", ""));
        if (!type.matches()) {
            return new Call(ObjectKind.TYPE, name.toString(), Disposition.ERROR, List.of(), List.of(GeneralCode.PARSE_ERROR.at(span,
                    "sp_addtype " + name + ": base type '" + args.get("@phystype") + "' not understood")));
        }
        boolean max = "max".equalsIgnoreCase(type.group(2));
        Integer length = type.group(2) == null || max ? null : Integer.valueOf(type.group(2));
        Integer scale = type.group(3) == null ? null : Integer.valueOf(type.group(3));
        DataType base = new DataType(type.group(1), length, scale, max ? Set.of("max") : Set.of(), List.of(), null, null,
                args.get("@phystype"));
        UserType alias = new UserType(name, "DOMAIN", List.of(), List.of(), base, span).withNotNull(isNotNull(args.get("@nulltype")));
        script.aliasType(alias);
        return new Call(ObjectKind.TYPE, name.toString(), Disposition.PARSED, List.of(new SchemaChange.CreateType(alias)), List.of());
    }

    /** sp_addtype's @nulltype: 'NOT NULL' (any spacing and case) makes the type's columns NOT NULL; 'NULL' or none does not. */
    private static boolean isNotNull(String nulltype) {
        return nulltype != null && nulltype.trim().replaceAll("\\s+", " ").equalsIgnoreCase("NOT NULL");
    }

    /**
     * A rule or default bound to 'table.column' becomes the column's check or default; a rule bound to
     * an alias type becomes the domain's check (every column of the type gets it). A default bound to
     * an alias type is reported.
     */
    private Call binding(boolean rule, Map<String, String> args, SourceSpan span) {
        String what = rule ? "rule" : "default";
        ObjectName bound = SqlServerNames.objectName(SqlServerNames.parts(args.getOrDefault(rule ? "@rulename" : "@defname", "")));
        Expr value = rule ? script.rule(bound) : script.defaultValue(bound);
        List<String> target = SqlServerNames.parts(args.getOrDefault("@objname", ""));
        ActionItem note = SqlServerCode.BOUND_RULE_OR_DEFAULT.at(span, what + " " + bound + " on " + String.join(".", target));
        if (value != null && rule && target.size() == 1) {
            ObjectName type = SqlServerNames.objectName(target);
            return new Call(ObjectKind.TYPE, type.toString(), Disposition.PARSED, List.of(new SchemaChange.AddDomainCheck(type,
                    new CheckConstraint(bound.name(), onColumn(value, "VALUE"), true, span))), List.of(note));
        }
        if (value == null || target.size() < 2) {
            String reason = value == null ? what + " " + bound + " is not created in the input"
                    : what + " " + bound + " is bound to alias type " + target.get(0) + ": add it to the columns of that type";
            return new Call(ObjectKind.CONSTRAINT, bound.toString(), Disposition.UNSUPPORTED, List.of(),
                    List.of(SqlServerCode.BOUND_RULE_OR_DEFAULT.at(span, reason)));
        }
        String column = target.get(target.size() - 1);
        ObjectName table = SqlServerNames.objectName(target.subList(0, target.size() - 1));
        Expr onColumn = onColumn(value, column);
        TableChange change = rule ? new TableChange.AddCheck(new CheckConstraint(bound.name(), onColumn, true, span))
                : new TableChange.SetColumnDefault(column, onColumn);
        return new Call(ObjectKind.CONSTRAINT, bound.toString(), Disposition.PARSED,
                List.of(new SchemaChange.AlterTable(table, List.of(change), span)), List.of(note));
    }

    /** A rule's @variable stands for the column it is bound to. */
    private static Expr onColumn(Expr value, String column) {
        SqlNode node = value.node().accept(new SqlShuttle() {
            @Override
            public SqlNode visit(SqlIdentifier id) {
                return id.isSimple() && id.getSimple().startsWith("@") ? new SqlIdentifier(column, id.getParserPosition()) : id;
            }
        });
        return new Expr(node, value.sourceText().replaceAll("@[\\w@$#]+", Matcher.quoteReplacement(column)));
    }

    private static String upper(String s) {
        return s == null ? null : s.toUpperCase(Locale.ROOT);
    }
}
