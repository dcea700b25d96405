package org.schemashift.pipeline;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs a conversion on a thread with a large stack. Parsers and tree walkers recurse once per
 * nesting level, and real scripts nest deeper than the JVM's default stack (about 10,000 frames)
 * allows; past this stack's limit, the stage that overflows reports the one statement instead.
 */
final class DeepStack {
    /** 1 GiB of address space, reserved, not committed: only the depth actually used costs memory. */
    private static final long STACK_BYTES = 1L << 30;

    private DeepStack() {
    }

    static <T> T call(Supplier<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                result.set(work.get());
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "schemashift-convert", STACK_BYTES);
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            thread.interrupt();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("conversion interrupted", e);
        }
        Throwable e = failure.get();
        if (e instanceof RuntimeException runtime) throw runtime;
        if (e instanceof Error error) throw error;
        if (e != null) throw new IllegalStateException(e);
        return result.get();
    }
}
