package org.schemashift.emit;

import java.util.List;
import org.schemashift.convert.ActionItems;
import org.schemashift.convert.DefaultLiterals;
import org.schemashift.model.Catalog;
import org.schemashift.model.NameCase;

/**
 * A target dialect: writes a converted catalog as DDL in dependency order. What the target
 * cannot express becomes an action item (and a commented-out line), never a silent drop.
 */
public interface TargetDialect {

    String id();

    List<EmittedObject> emit(Catalog catalog, NameCase sourceNameCase, ActionItems items);

    /** As {@link #emit(Catalog, NameCase, ActionItems)}, with the user's target options; targets without options ignore them. */
    default List<EmittedObject> emit(Catalog catalog, NameCase sourceNameCase, ActionItems items, TargetOptions options) {
        return emit(catalog, sourceNameCase, items);
    }

    /** How this target's columns need default literals spelled (PostgreSQL: true/false for boolean, hex for bytea). */
    default DefaultLiterals defaultLiterals() {
        return DefaultLiterals.UNCHANGED;
    }

    /** The line-comment prefix used to comment out what was not converted. */
    default String lineComment() {
        return "-- ";
    }
}
