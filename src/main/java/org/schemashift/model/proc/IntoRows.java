package org.schemashift.model.proc;

/** What a statement that reads into variables does when the query gives no row or several: each source's rule. */
public enum IntoRows {
    /** No row or several rows is an error (Oracle SELECT INTO and EXECUTE IMMEDIATE INTO; PL/pgSQL INTO STRICT). */
    EXACTLY_ONE,
    /** No row raises the NOT FOUND condition and leaves the targets unchanged; several rows is an error (MySQL). */
    ONE_OR_NOT_FOUND,
    /** Every row is assigned in turn, so the last one stays; no row leaves the targets unchanged (T-SQL SELECT @v = ...). */
    LAST_ROW,
    /** The first row, or nulls when there is none (PL/pgSQL INTO without STRICT). */
    FIRST_ROW,
    /**
     * Every row, in order, each target a collection that receives one column (Oracle BULK COLLECT INTO);
     * no row leaves the collections empty.
     */
    ALL_ROWS
}
