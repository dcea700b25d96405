package org.schemashift.convert;

/**
 * How long converting or writing one object may take: a clock started by the outermost
 * {@link ObjectGuard} on the thread and read where the work loops (each expression node, each
 * procedural statement), so an input that makes a rule run away costs its object, not the run.
 * The default is generous (a 40,000-line procedure converts in about a second);
 * {@code -Dschemashift.objectBudgetSeconds=N} changes it.
 */
public final class ObjectBudget {
    private static final ThreadLocal<long[]> DEADLINE = ThreadLocal.withInitial(() -> new long[1]);

    /** Thrown where the work checks the clock; the guard turns it into the object's item. */
    static final class Exceeded extends RuntimeException {
        Exceeded(long seconds) {
            super("took longer than " + seconds + " s, so it was given up (raise -Dschemashift.objectBudgetSeconds to allow more)",
                    null, false, false);
        }
    }

    private ObjectBudget() {
    }

    /** Starts the clock unless an enclosing object's is running; true when this call started it (and must {@link #stop} it). */
    static boolean start() {
        long[] deadline = DEADLINE.get();
        if (deadline[0] != 0) return false;
        deadline[0] = System.nanoTime() + seconds() * 1_000_000_000L;
        if (deadline[0] == 0) deadline[0] = 1;
        return true;
    }

    static void stop() {
        DEADLINE.get()[0] = 0;
    }

    /** Throws once the running object's time is spent; nothing when no object is being converted. */
    public static void check() {
        long deadline = DEADLINE.get()[0];
        if (deadline != 0 && System.nanoTime() - deadline > 0) throw new Exceeded(seconds());
    }

    private static long seconds() {
        return Long.getLong("schemashift.objectBudgetSeconds", 120);
    }
}
