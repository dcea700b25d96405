package org.schemashift.emit;

import java.util.List;
import org.schemashift.convert.ActionItems;
import org.schemashift.convert.DefaultLiterals;
import org.schemashift.model.Catalog;
import org.schemashift.model.NameCase;

/**
 * A target dialect: what it can express ({@link #capabilities()}, read by the DDL planner) and how
 * it spells a planned catalog as DDL in dependency order. What the target cannot express becomes
 * an action item (and a commented-out line), never a silent drop.
 */
public interface TargetDialect {

    String id();

    /** The server versions the emitted SQL runs on, as the report names them ("PostgreSQL 15+"). */
    String version();

    TargetCapabilities capabilities();

    /** The catalog as this target's DDL, in apply order, with the user's target options. */
    List<EmittedObject> emit(Catalog catalog, NameCase sourceNameCase, ActionItems items, TargetOptions options);

    /** As {@link #emit(Catalog, NameCase, ActionItems, TargetOptions)} with the default options. */
    default List<EmittedObject> emit(Catalog catalog, NameCase sourceNameCase, ActionItems items) {
        return emit(catalog, sourceNameCase, items, TargetOptions.DEFAULTS);
    }

    /** How this target's columns need default literals spelled (PostgreSQL: true/false for boolean, hex for bytea). */
    default DefaultLiterals defaultLiterals() {
        return DefaultLiterals.UNCHANGED;
    }

    /** How this target writes the ALTER TABLE that adds or changes a column or adds a constraint; null when it writes none. */
    default TableAlteration.Spelling tableAlteration() {
        return null;
    }

    /** The line-comment prefix used to comment out what was not converted. */
    default String lineComment() {
        return "-- ";
    }
}
