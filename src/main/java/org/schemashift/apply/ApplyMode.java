package org.schemashift.apply;

/**
 * How objects are grouped into transactions and what a failure does. The default on a target with
 * transactional DDL is all or nothing; --per-object commits each object and goes on; a dry run
 * rehearses everything in one transaction with a savepoint per object, then rolls it all back.
 * A target without transactional DDL commits each object (it cannot do otherwise) and stops at
 * the first failure unless --per-object is given; the journal then tells --resume where to go on.
 */
record ApplyMode(boolean singleTransaction, boolean continueAfterFailure, boolean rollbackAtEnd) {

    static ApplyMode choose(TargetDatabase target, boolean perObject, boolean dryRun) {
        if (dryRun) return new ApplyMode(true, true, true);
        if (perObject) return new ApplyMode(false, true, false);
        if (target.transactionalDdl()) return new ApplyMode(true, false, false);
        return new ApplyMode(false, false, false);
    }
}
