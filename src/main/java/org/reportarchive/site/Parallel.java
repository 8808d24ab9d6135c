package org.reportarchive.site;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs one task per item on a pool of workers and hands back the results in the items' order. */
final class Parallel {

    /** A task that may fail with a checked exception. */
    interface Task<T, R> {
        R run(T item) throws Exception;
    }

    /** A result, or the exception that its task threw. */
    record Outcome<T, R>(T item, R result, Throwable failure) {
    }

    private Parallel() {
    }

    /** The number of workers a build uses unless told otherwise: one per processor. */
    static int defaultJobs() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** Runs the tasks on at most {@code jobs} workers. */
    static <T, R> List<Outcome<T, R>> map(List<T> items, int jobs, Task<T, R> task) throws IOException {
        int threads = Math.max(1, Math.min(jobs, items.size()));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<R>> futures = new ArrayList<>();
            for (T item : items) {
                futures.add(pool.submit(() -> task.run(item)));
            }
            List<Outcome<T, R>> out = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                try {
                    out.add(new Outcome<>(items.get(i), futures.get(i).get(), null));
                } catch (ExecutionException e) {
                    out.add(new Outcome<>(items.get(i), null, e.getCause()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted", e);
                }
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}
