package org.schemashift.source;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.schemashift.model.SourceStatement;

/**
 * The statements of one run in input order, while their parses run on several threads: a reader
 * decides sequentially what each statement is (cheap, and where state such as SQL*Plus variables
 * lives) and hands the independent parse of a DDL statement to {@link #parse}. The results come
 * back in the order they were added, so the output is the same for any number of threads.
 */
public final class OrderedReads implements AutoCloseable {
    /** Parse threads get a deep stack: nesting depth, not the thread count, decides what parses. */
    private static final long STACK_BYTES = 256L << 20;
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final ExecutorService pool;
    private final List<Future<List<SourceStatement>>> results = new ArrayList<>();

    /** {@code threads} parse threads; 1 parses on the caller's thread as it reads. */
    public OrderedReads(int threads) {
        this.pool = threads <= 1 ? null : Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(null, task, "schemashift-parse-" + THREADS.incrementAndGet(), STACK_BYTES);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The number of parse threads a run uses: {@code -Dschemashift.threads=N}, else one per core. */
    public static int defaultThreads() {
        Integer configured = Integer.getInteger("schemashift.threads");
        return configured != null ? Math.max(1, configured) : Runtime.getRuntime().availableProcessors();
    }

    /** Adds statements already read. */
    public void add(List<SourceStatement> statements) {
        results.add(CompletableFuture.completedFuture(statements));
    }

    public void add(SourceStatement statement) {
        add(List.of(statement));
    }

    /** Adds a statement whose reading does not depend on any other statement's: it may run on another thread. */
    public void parse(Supplier<SourceStatement> reading) {
        if (pool == null) {
            add(reading.get());
        } else {
            results.add(pool.submit(() -> List.of(reading.get())));
        }
    }

    /** Every statement added, in order. */
    public List<SourceStatement> all() {
        List<SourceStatement> all = new ArrayList<>(results.size());
        for (Future<List<SourceStatement>> result : results) {
            all.addAll(join(result));
        }
        return all;
    }

    private static List<SourceStatement> join(Future<List<SourceStatement>> result) {
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) throw runtime;
            if (e.getCause() instanceof Error error) throw error;
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        if (pool != null) pool.shutdownNow();
    }
}
