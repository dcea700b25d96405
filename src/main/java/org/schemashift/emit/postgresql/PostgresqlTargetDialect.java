package org.schemashift.emit.postgresql;

import java.util.List;
import java.util.Set;
import org.schemashift.convert.ActionItems;
import org.schemashift.emit.EmittedObject;
import org.schemashift.emit.TargetCapabilities;
import org.schemashift.emit.TargetCapabilities.AutoNumbering;
import org.schemashift.emit.TargetCapabilities.BooleanType;
import org.schemashift.emit.TargetCapabilities.CommentSyntax;
import org.schemashift.emit.TargetCapabilities.Containers;
import org.schemashift.emit.TargetCapabilities.ForeignKeyTarget;
import org.schemashift.emit.TargetCapabilities.GeneratedStorage;
import org.schemashift.emit.TargetCapabilities.NameScope;
import org.schemashift.emit.TargetDialect;
import org.schemashift.emit.TargetOptions;
import org.schemashift.model.Catalog;
import org.schemashift.model.NameCase;

/** PostgreSQL 15 and later as a target. */
public final class PostgresqlTargetDialect implements TargetDialect {
    /**
     * Transactional DDL, deferrable constraints, partial and expression indexes but no column
     * prefixes, identity columns, stored generated columns only (virtual ones arrived in 18), no
     * invisible columns, no ON UPDATE clause (a trigger instead), COMMENT ON statements.
     */
    static final TargetCapabilities CAPABILITIES = new TargetCapabilities("PostgreSQL", PostgresqlIdentifiers.RULES,
            Containers.SCHEMAS,
            new TargetCapabilities.Constraints(true, true, ForeignKeyTarget.UNIQUE_KEY, NameScope.TABLE),
            new TargetCapabilities.Indexes(true, true, false, NameScope.SCHEMA),
            new TargetCapabilities.Columns(AutoNumbering.IDENTITY, Set.of(GeneratedStorage.STORED), false, false,
                    BooleanType.NATIVE),
            CommentSyntax.COMMENT_ON, true, true, true,
            new TargetCapabilities.Gaps(PostgresqlCode.VIRTUAL_COLUMN, PostgresqlCode.INVISIBLE_COLUMN,
                    PostgresqlCode.CHECK_NOT_ENFORCED, null, null, null, null));

    @Override
    public String id() {
        return "postgresql";
    }

    @Override
    public TargetCapabilities capabilities() {
        return CAPABILITIES;
    }

    @Override
    public List<EmittedObject> emit(Catalog catalog, NameCase sourceNameCase, ActionItems items) {
        return emit(catalog, sourceNameCase, items, TargetOptions.DEFAULTS);
    }

    @Override
    public List<EmittedObject> emit(Catalog catalog, NameCase sourceNameCase, ActionItems items, TargetOptions options) {
        return PostgresqlDdlEmitter.emit(catalog, sourceNameCase, items, options);
    }
}
