package org.schemashift.emit;

import org.schemashift.convert.ActionItems;
import org.schemashift.model.Routine;
import org.schemashift.model.Trigger;

/**
 * A target's writer of procedural code: turns a routine or trigger whose body is the procedural IR
 * ({@code model/proc}) into the target's CREATE statements. Every IR node must be written; what the
 * target cannot express is written commented out where it stood and raised as an action item, never
 * dropped. docs/procedural-ir.md lists what an implementation must decide per node.
 */
public interface ProceduralEmitter {

    /** The statement(s) creating {@code routine}: a procedure or a function, body included. */
    EmittedObject routine(Routine routine, ActionItems items);

    /** The statement(s) creating {@code trigger} (on PostgreSQL: a trigger function, then the trigger). */
    EmittedObject trigger(Trigger trigger, ActionItems items);
}
