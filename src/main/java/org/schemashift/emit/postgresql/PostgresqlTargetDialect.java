package org.schemashift.emit.postgresql;

import java.util.List;
import org.schemashift.convert.ActionItems;
import org.schemashift.convert.DefaultLiterals;
import org.schemashift.model.Catalog;
import org.schemashift.model.NameCase;
import org.schemashift.emit.EmittedObject;
import org.schemashift.emit.TargetDialect;
import org.schemashift.emit.TargetOptions;

/** PostgreSQL 15 and later as a target. */
public final class PostgresqlTargetDialect implements TargetDialect {

    @Override
    public String id() {
        return "postgresql";
    }

    @Override
    public DefaultLiterals defaultLiterals() {
        return new PostgresqlDefaultLiterals();
    }

    @Override
    public List<EmittedObject> emit(Catalog catalog, NameCase sourceNameCase, ActionItems items) {
        return emit(catalog, sourceNameCase, items, TargetOptions.DEFAULTS);
    }

    @Override
    public List<EmittedObject> emit(Catalog catalog, NameCase sourceNameCase, ActionItems items, TargetOptions options) {
        return new PostgresqlDdlEmitter(sourceNameCase, items, options).emit(catalog);
    }
}
