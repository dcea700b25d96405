package org.schemashift.model.proc;

/**
 * An error or completion condition, as a handler catches it and a RAISE/SIGNAL/THROW raises it.
 * Source builders map their predefined names to the canonical forms here (Oracle NO_DATA_FOUND and
 * MySQL NOT FOUND are {@link Standard#NOT_FOUND}; ZERO_DIVIDE is SQLSTATE 22012), so a target sees
 * one vocabulary whatever the source.
 */
public sealed interface Condition {

    /** A condition declared in the code ({@link Declaration.NamedCondition}) or in a package, by name. */
    record Named(String name) implements Condition {
    }

    /** A five-character SQLSTATE, e.g. {@code 23505} (unique violation) or MySQL's user class {@code 45000}. */
    record SqlState(String code) implements Condition {
    }

    /**
     * A vendor error number the source builder could not express as a SQLSTATE (MySQL 1062, T-SQL
     * 2627, Oracle -54): a target that cannot match it reports it.
     */
    record ErrorNumber(int number) implements Condition {
    }

    /** Condition classes every language has under some name. */
    enum Standard implements Condition {
        /** Any error: Oracle OTHERS, MySQL SQLEXCEPTION, T-SQL CATCH, PL/pgSQL OTHERS. */
        ANY_ERROR,
        /** No row: Oracle NO_DATA_FOUND, MySQL NOT FOUND, PL/pgSQL NO_DATA_FOUND. */
        NOT_FOUND,
        /** More than one row where one was expected: Oracle TOO_MANY_ROWS, MySQL error 1172. */
        TOO_MANY_ROWS,
        /** A warning: MySQL SQLWARNING. */
        WARNING
    }
}
