package org.schemashift.model.proc;

/** The code of a routine or trigger: its outermost block, and how its SQL resolves names that are both column and variable. */
public record RoutineBody(Block block, NameConflict nameConflict) {
}
