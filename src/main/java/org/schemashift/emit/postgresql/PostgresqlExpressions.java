package org.schemashift.emit.postgresql;

import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.util.SqlShuttle;
import org.apache.calcite.sql.SqlNode;
import org.schemashift.convert.ActionItems;
import org.schemashift.emit.CanonicalSpelling;
import org.schemashift.emit.DmlText;
import org.schemashift.emit.ExpressionWriter;
import org.schemashift.emit.IdentifierFolder;
import org.schemashift.emit.NamesInTarget;
import org.schemashift.emit.ReferenceScope;
import org.schemashift.emit.UniqueKeys;
import org.schemashift.model.ObjectName;
import org.schemashift.model.SourceSpan;
import org.schemashift.model.sql.CanonicalOperators;
import org.schemashift.model.sql.DataChanges;
import org.schemashift.plan.TargetName;
import org.schemashift.plan.TargetNaming;

/**
 * Writes converted (canonical) expressions and queries as PostgreSQL text: canonical operators
 * spelled by PostgreSQL's write rules ({@code mappings/functions/postgresql.yaml}, and the Java
 * rules of {@link PostgresqlSpellingRules}), names folded by the naming policy; and remembers which
 * compatibility helpers ({@link CompatFunctions}) the text calls so the emitter can create them first.
 * PostgreSQL spells every canonical operator (CanonicalSpellingCoverageTest), so a node it cannot
 * spell is a bug in the rules, not in the input, and fails loudly. Data changes are written
 * by {@link PostgresqlDml}.
 */
public final class PostgresqlExpressions implements ExpressionWriter {
    private static final CanonicalSpelling SPELLING = new CanonicalSpelling("postgresql", PostgresqlSpellingRules.all());
    private final TargetNaming naming;
    private final Function<ObjectName, TargetName> renamed;
    private final UniqueKeys keys;
    private final Set<String> helpers;
    private final ReferenceScope scope;
    private final NamesInTarget namesInTarget;

    public PostgresqlExpressions(PostgresqlIdentifiers names) {
        this(names.naming());
    }

    /** Writes names by the conversion's naming policy. */
    public PostgresqlExpressions(TargetNaming naming) {
        this(naming, source -> null);
    }

    /** Writes names by the conversion's naming policy, and tables the plan renamed ({@code renamed}) by their target names. */
    public PostgresqlExpressions(TargetNaming naming, Function<ObjectName, TargetName> renamed) {
        this(naming, renamed, UniqueKeys.none());
    }

    /** As above; {@code keys}: the unique keys of the converted tables, for the conflict target of an upsert. */
    public PostgresqlExpressions(TargetNaming naming, Function<ObjectName, TargetName> renamed, UniqueKeys keys) {
        this(naming, renamed, keys, new TreeSet<>(), ReferenceScope.NONE);
    }

    private PostgresqlExpressions(TargetNaming naming, Function<ObjectName, TargetName> renamed, UniqueKeys keys,
                                  Set<String> helpers, ReferenceScope scope) {
        this.naming = naming;
        this.renamed = renamed;
        this.keys = keys;
        this.helpers = helpers;
        this.scope = scope;
        this.namesInTarget = new NamesInTarget(naming, renamed);
    }

    /** This writer, sharing its helpers, for expressions that see the relations of {@code within}. */
    @Override
    public PostgresqlExpressions within(ReferenceScope within) {
        return new PostgresqlExpressions(naming, renamed, keys, helpers, within);
    }

    /** A source relation's name as the plan names it (its rename, a clash's), qualified and quoted. */
    public String relation(ObjectName source) {
        TargetName target = renamed.apply(source);
        return target != null ? naming.qualified(target)
                : naming.qualified(source.schema() == null ? null : naming.name(source.schema()), naming.name(source.name()));
    }

    @Override
    public String write(SqlNode node) {
        return write(node, null, null);
    }

    /** As {@link #write}; a data change PostgreSQL cannot write as the source means it is null, after an item. */
    @Override
    public String writeIfSpellable(SqlNode node, SourceSpan where, ActionItems items) {
        return write(node, where, items);
    }

    private String write(SqlNode node, SourceSpan where, ActionItems items) {
        SqlNode spelled = spelled(node);
        if (DataChanges.isStatement(spelled)) {
            IdentifierFolder parts = IdentifierFolder.forDataChange(naming, renamed, scope, (SqlCall) spelled);
            DmlText text = new DmlText(part -> PostgresqlTargetSqlDialect.INSTANCE.unparsePart(part.accept(parts)), this::unparse);
            return new PostgresqlDml(text, keys).write(spelled, where, items);
        }
        return unparse(spelled);
    }

    /**
     * An expression or condition standing alone in procedural code (after IF, :=, RETURN): its
     * subqueries keep their parentheses, a scalar subquery that is the whole value too.
     */
    public String writeExpression(SqlNode node) {
        return PostgresqlTargetSqlDialect.INSTANCE.unparsePart(folded(spelled(node)));
    }

    private SqlNode spelled(SqlNode node) {
        CanonicalSpelling.Spelled spelled = SPELLING.spell(node.accept(relationNamesAsText).accept(namesInTarget));
        if (!spelled.complete()) throw new IllegalStateException("PostgreSQL cannot spell " + spelled.unspellable());
        helpers.addAll(CompatFunctions.calledBy(spelled.node()));
        return spelled.node();
    }

    /**
     * RELATION_ID_OF_NAMED, of a relation the code names (not text): the text of the name this conversion gives
     * that relation (its rename, folded, quoted where needed), which to_regclass reads as written; the names the
     * *_NAME_IN_TARGET calls ask for ({@link NamesInTarget}).
     */
    private final SqlShuttle relationNamesAsText = new SqlShuttle() {
        @Override
        public SqlNode visit(SqlCall call) {
            if (call.getOperator() == CanonicalOperators.RELATION_ID_OF_NAMED && call.operand(0) instanceof SqlIdentifier id) {
                ObjectName source = id.names.size() == 1 ? ObjectName.of(id.names.get(0)) : new ObjectName(id.names.get(0), id.names.get(1));
                SqlParserPos pos = call.getParserPosition();
                return CanonicalOperators.RELATION_ID.createCall(pos, SqlLiteral.createCharString(relation(source), pos));
            }
            return super.visit(call);
        }
    };

    private String unparse(SqlNode spelled) {
        return PostgresqlTargetSqlDialect.INSTANCE.unparse(folded(spelled));
    }

    private SqlNode folded(SqlNode spelled) {
        return spelled.accept(new IdentifierFolder(naming, renamed, scope));
    }

    /** The helper functions called by everything written so far, by name. */
    public Set<String> helpersUsed() {
        return Set.copyOf(helpers);
    }
}
