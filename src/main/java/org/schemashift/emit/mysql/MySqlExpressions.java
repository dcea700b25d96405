package org.schemashift.emit.mysql;

import java.util.function.Function;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.util.SqlBasicVisitor;
import org.schemashift.convert.ActionItems;
import org.schemashift.emit.CanonicalSpelling;
import org.schemashift.emit.DmlText;
import org.schemashift.emit.ExpressionWriter;
import org.schemashift.emit.IdentifierFolder;
import org.schemashift.emit.NamesInTarget;
import org.schemashift.emit.ReferenceScope;
import org.schemashift.emit.SqlUnparsing;
import org.schemashift.emit.UniqueKeys;
import org.schemashift.model.NameCase;
import org.schemashift.model.ObjectName;
import org.schemashift.model.SourceSpan;
import org.schemashift.model.proc.ProcOperators;
import org.schemashift.model.sql.DataChanges;
import org.schemashift.plan.TargetName;
import org.schemashift.plan.TargetNaming;

/**
 * Writes converted (canonical) expressions, queries and data changes as MySQL text: canonical
 * operators spelled by MySQL's write rules ({@code mappings/functions/mysql.yaml} and
 * {@link MySqlSpellingRules}), the rest by Calcite's MySQL dialect ({@link MySqlTargetSqlDialect}),
 * names folded and quoted by the naming policy; INSERT, UPDATE, DELETE and MERGE by {@link MySqlDml}.
 * Some canonical operators and statements have no MySQL form: such a tree is not written, and the
 * clause or statement holding it is commented out.
 */
public final class MySqlExpressions implements ExpressionWriter {
    private static final CanonicalSpelling SPELLING = new CanonicalSpelling("mysql", MySqlSpellingRules.all());
    private final TargetNaming naming;
    private final MySqlTargetSqlDialect dialect;
    private final UniqueKeys keys;
    private final Function<ObjectName, TargetName> renamed;
    private final ReferenceScope scope;
    private final NamesInTarget namesInTarget;

    /** Names by the conversion's naming policy, relations the plan renamed ({@code renamed}) by their target names. */
    MySqlExpressions(TargetNaming naming, Function<ObjectName, TargetName> renamed) {
        this(naming, UniqueKeys.none(), renamed, ReferenceScope.NONE);
    }

    /**
     * Names from a source of {@code sourceCase}, folded as the MySQL target folds them; {@code keys}
     * are the source tables' unique keys, which decide whether a MERGE can be an upsert.
     */
    public MySqlExpressions(NameCase sourceCase, UniqueKeys keys) {
        this(new TargetNaming(sourceCase, MySqlTargetDialect.IDENTIFIERS), keys, source -> null, ReferenceScope.NONE);
    }

    private MySqlExpressions(TargetNaming naming, UniqueKeys keys, Function<ObjectName, TargetName> renamed, ReferenceScope scope) {
        this.naming = naming;
        this.dialect = new MySqlTargetSqlDialect(naming.spelling());
        this.keys = keys;
        this.renamed = renamed;
        this.scope = scope;
        this.namesInTarget = new NamesInTarget(naming, renamed);
    }

    @Override
    public MySqlExpressions within(ReferenceScope within) {
        return new MySqlExpressions(naming, keys, renamed, within);
    }

    @Override
    public String write(SqlNode node) {
        CanonicalSpelling.Spelled spelled = SPELLING.spell(node.accept(namesInTarget));
        if (!spelled.complete()) throw new IllegalStateException("MySQL cannot spell " + spelled.unspellable());
        return written(spelled.node(), null, null);
    }

    @Override
    public String writeIfSpellable(SqlNode node, SourceSpan where, ActionItems items) {
        SqlNode spelled = SPELLING.spell(node.accept(namesInTarget), where, items);
        if (spelled != null) reportWidenedLocks(spelled, where, items);
        return spelled == null ? null : written(spelled, where, items);
    }

    /** Each locking clause MySQL and MariaDB cannot both read as it is ({@link MySqlTargetSqlDialect}), reported. */
    private static void reportWidenedLocks(SqlNode node, SourceSpan where, ActionItems items) {
        node.accept(new SqlBasicVisitor<Void>() {
            @Override
            public Void visit(SqlCall call) {
                ProcOperators.RowLock lock = ProcOperators.rowLockOf(call);
                if (lock != null && (!lock.tables().isEmpty()
                        || lock.mode() == ProcOperators.LockMode.SHARE && lock.onLocked() != ProcOperators.LockWait.WAIT)) {
                    items.add(MySqlTargetCode.LOCK_CLAUSE_WIDENED, where, (lock.mode() == ProcOperators.LockMode.SHARE ? "FOR SHARE" : "FOR UPDATE")
                            + (lock.tables().isEmpty() ? "" : " OF " + lock.tables()) + ": written without what MariaDB does not read");
                }
                return super.visit(call);
            }
        });
    }

    private String written(SqlNode spelled, SourceSpan where, ActionItems items) {
        if (DataChanges.isStatement(spelled)) {
            IdentifierFolder parts = IdentifierFolder.forDataChange(naming, renamed, scope, (SqlCall) spelled);
            DmlText text = new DmlText(part -> SqlUnparsing.partLine(part.accept(parts), dialect), this::unparse);
            return new MySqlDml(text, keys, where, items).write(spelled);
        }
        return unparse(spelled);
    }

    private String unparse(SqlNode spelled) {
        return SqlUnparsing.oneLine(folded(spelled), dialect);
    }

    private SqlNode folded(SqlNode spelled) {
        return spelled.accept(new IdentifierFolder(naming, renamed, scope));
    }
}
