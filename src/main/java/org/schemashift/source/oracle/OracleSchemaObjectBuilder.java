package org.schemashift.source.oracle;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.calcite.sql.SqlIdentifier;
import org.schemashift.model.ActionItem;
import org.schemashift.model.Column;
import org.schemashift.model.Expr;
import org.schemashift.model.Grant;
import org.schemashift.model.Index;
import org.schemashift.model.IndexMethod;
import org.schemashift.model.IndexPart;
import org.schemashift.model.ObjectName;
import org.schemashift.model.Sequence;
import org.schemashift.model.SourceSpan;
import org.schemashift.model.Synonym;
import org.schemashift.model.UserType;
import org.schemashift.model.View;
import org.schemashift.source.antlr.SourcePositions;
import org.schemashift.source.oracle.grammar.OracleParser.*;

/** Indexes, sequences, synonyms, views, materialized views, types and grants. */
final class OracleSchemaObjectBuilder {
    private final SourcePositions positions;
    private final OracleExpressionBuilder expressions;
    private final List<ActionItem> notes;
    private final String text;

    OracleSchemaObjectBuilder(SourcePositions positions, OracleExpressionBuilder expressions, List<ActionItem> notes, String text) {
        this.positions = positions;
        this.expressions = expressions;
        this.notes = notes;
        this.text = text;
    }

    /** A key part that is a bare column is a column part; anything else (function-based) an expression. */
    Index index(CreateIndexContext ctx) {
        SourceSpan span = positions.statementSpan();
        String name = OracleNames.objectName(ctx.tableName(0)).name();
        List<IndexPart> parts = new ArrayList<>();
        for (IndexPartContext part : ctx.indexPart()) {
            boolean desc = part.order != null && part.order.getType() == org.schemashift.source.oracle.grammar.OracleParser.DESC;
            Expr expr = expressions.expr(part.valueExpression());
            if (expr.node() instanceof SqlIdentifier id && id.isSimple()) {
                parts.add(new IndexPart(id.getSimple(), null, null, desc));
            } else {
                parts.add(new IndexPart(null, expr, null, desc));
            }
        }
        IndexMethod method = IndexMethod.DEFAULT;
        if (ctx.BITMAP() != null) {
            method = IndexMethod.BITMAP;
            notes.add(OracleCode.INDEX_KIND.at(span, "BITMAP index " + name));
        }
        if (text.toUpperCase(Locale.ROOT).matches("(?s).*\\)\\s*REVERSE\\b.*")) {
            notes.add(OracleCode.INDEX_KIND.at(span, "REVERSE key index " + name));
        }
        return new Index(name, OracleNames.objectName(ctx.tableName(1)), ctx.UNIQUE() != null, parts, method, null, null, span);
    }

    Sequence sequence(CreateSequenceContext ctx) {
        Long start = null;
        Long increment = null;
        Long min = null;
        Long max = null;
        boolean cycle = false;
        Long cache = null;
        boolean ordered = false;
        for (SequenceOptionContext option : ctx.sequenceOption()) {
            if (option instanceof SequenceStartContext s) start = OracleNumbers.bigint(s.signedNumber());
            else if (option instanceof SequenceIncrementContext i) increment = OracleNumbers.bigint(i.signedNumber());
            else if (option instanceof SequenceMinValueContext m) min = OracleNumbers.bigint(m.signedNumber());
            else if (option instanceof SequenceMaxValueContext m) max = OracleNumbers.bigint(m.signedNumber());
            else if (option instanceof SequenceCacheContext c) cache = OracleNumbers.bigint(c.signedNumber());
            else if (option instanceof SequenceCycleContext) cycle = true;
            else if (option instanceof SequenceOrderContext) ordered = true;
        }
        return new Sequence(OracleNames.objectName(ctx.tableName()), null, start, increment, min, max, cycle, cache, ordered,
                positions.statementSpan());
    }

    Synonym synonym(CreateSynonymContext ctx) {
        String link = ctx.dbLink() == null ? null : positions.text(ctx.dbLink()).toUpperCase(Locale.ROOT);
        ObjectName name = OracleNames.objectName(ctx.tableName(0));
        if (link != null) {
            notes.add(OracleCode.DBLINK.at(positions.statementSpan(), "synonym " + name + " over database link " + link));
        }
        return new Synonym(name, OracleNames.objectName(ctx.tableName(1)), link, ctx.PUBLIC() != null, positions.statementSpan());
    }

    View view(CreateViewContext ctx) {
        List<String> columns = new ArrayList<>();
        for (ViewColumnContext c : ctx.viewColumn()) columns.add(OracleNames.identifier(c.identifier()));
        boolean readOnly = ctx.subqueryRestriction() instanceof ReadOnlyRestrictionContext;
        boolean checkOption = ctx.subqueryRestriction() instanceof CheckOptionRestrictionContext;
        return new View(OracleNames.objectName(ctx.tableName()), columns, expressions.expr(ctx.query()), false, readOnly,
                checkOption, text, positions.statementSpan());
    }

    View materializedView(CreateMaterializedViewContext ctx) {
        List<String> columns = new ArrayList<>();
        for (ViewColumnContext c : ctx.viewColumn()) columns.add(OracleNames.identifier(c.identifier()));
        ObjectName name = OracleNames.objectName(ctx.tableName());
        for (MaterializedViewOptionContext option : ctx.materializedViewOption()) {
            if (differsFromOnDemandRefresh(option)) {
                notes.add(OracleCode.MVIEW_REFRESH.at(positions.span(option), "materialized view " + name + ": "
                        + positions.text(option)));
            }
        }
        return new View(name, columns, expressions.expr(ctx.query()), true, false, false, text, positions.statementSpan());
    }

    /**
     * PostgreSQL builds a materialized view at once and refreshes it completely on demand: only
     * options asking for something else (FAST, ON COMMIT / STATEMENT, a schedule, BUILD DEFERRED,
     * a prebuilt table, query rewrite) need an item.
     */
    private boolean differsFromOnDemandRefresh(MaterializedViewOptionContext option) {
        String text = positions.text(option).toUpperCase(Locale.ROOT);
        if (option instanceof RefreshOptionContext) return text.matches("(?s).*\\b(FAST|COMMIT|STATEMENT|START|NEXT)\\b.*");
        if (option instanceof BuildOptionContext) return text.contains("DEFERRED");
        if (option instanceof RewriteOptionContext) return text.startsWith("ENABLE");
        return option instanceof PrebuiltOptionContext;
    }

    UserType type(CreateTypeContext ctx) {
        ObjectName name = OracleNames.objectName(ctx.tableName());
        SourceSpan span = positions.statementSpan();
        OracleTypeBuilder types = new OracleTypeBuilder(positions);
        TypeDefinitionContext definition = ctx.typeDefinition();
        if (definition instanceof VarrayTypeContext v) {
            notes.add(OracleCode.TYPE_SEMANTICS.at(span, "VARRAY " + name + " becomes an array without its size limit"));
            return new UserType(name, "ARRAY", List.of(), List.of(), types.type(v.dataType()), span)
                    .withMaxSize(Integer.valueOf(v.INTEGER_LITERAL().getText()));
        }
        if (definition instanceof NestedTableTypeContext t) {
            notes.add(OracleCode.TYPE_SEMANTICS.at(span, "nested table type " + name + " becomes an array"));
            return new UserType(name, "ARRAY", List.of(), List.of(), types.type(t.dataType()), span);
        }
        List<TypeAttributeContext> attributes = definition instanceof ObjectTypeContext o ? o.typeAttribute()
                : ((SubtypeTypeContext) definition).typeAttribute();
        if (definition instanceof SubtypeTypeContext) {
            notes.add(OracleCode.TYPE_SEMANTICS.at(span, "subtype " + name + ": inherited attributes are not included"));
        }
        List<Column> columns = new ArrayList<>();
        boolean methods = false;
        for (TypeAttributeContext attribute : attributes) {
            if (attribute instanceof AttributeDefinitionContext a) {
                columns.add(new Column(OracleNames.identifier(a.identifier()), types.type(a.dataType()), true, null, null, null,
                        null, null, false, positions.span(a)));
            } else {
                methods = true;
                MethodDeclarationContext method = (MethodDeclarationContext) attribute;
                if (!method.MAP().isEmpty() || !method.ORDER().isEmpty()) {
                    notes.add(OracleCode.TYPE_COMPARISON_METHOD.at(positions.span(method), "object type " + name + " is compared "
                            + "through its " + (method.MAP().isEmpty() ? "ORDER" : "MAP") + " method; PostgreSQL compares its "
                            + "attributes in order"));
                }
            }
        }
        if (methods) {
            notes.add(OracleCode.TYPE_SEMANTICS.at(span, "object type " + name + ": member methods are not converted"));
        }
        return new UserType(name, "OBJECT", columns, List.of(), null, span);
    }

    Grant grant(GrantStatementContext ctx) {
        List<String> privileges = new ArrayList<>();
        for (GrantPrivilegeContext p : ctx.grantPrivilege()) privileges.add(positions.text(p).toUpperCase(Locale.ROOT).replaceAll("\\s+", " "));
        List<String> grantees = new ArrayList<>();
        for (GranteeContext g : ctx.grantee()) grantees.add(g.PUBLIC() != null ? "PUBLIC" : OracleNames.identifier(g.identifier()));
        ObjectName object = ctx.grantObject() == null ? null : OracleNames.objectName(ctx.grantObject().tableName());
        return new Grant(privileges, object, grantees, ctx.OPTION() != null, positions.statementSpan());
    }
}
