package org.reportarchive.concurrent;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs one task per item on a pool of workers and hands back the results in the items' order. */
public final class Parallel {

    /** A task that may fail with a checked exception. */
    public interface Task<T, R> {
        R run(T item) throws Exception;
    }

    /** A result, or the exception that its task threw. */
    public record Outcome<T, R>(T item, R result, Throwable failure) {
    }

    private Parallel() {
    }

    /** The number of workers a build uses unless told otherwise: one per processor. */
    public static int defaultJobs() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** Runs the tasks on at most {@code jobs} workers. */
    public static <T, R> List<Outcome<T, R>> map(List<T> items, int jobs, Task<T, R> task) throws IOException {
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

    /** Runs the tasks on at most {@code jobs} workers; the first that fails fails the whole, as an IOException. */
    public static void run(List<Task<Integer, Void>> tasks, int jobs) throws IOException {
        List<Integer> items = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            items.add(i);
        }
        for (Outcome<Integer, Void> o : map(items, jobs, i -> tasks.get(i).run(i))) {
            if (o.failure() instanceof IOException e) {
                throw e;
            } else if (o.failure() != null) {
                throw new IOException(o.failure().getMessage(), o.failure());
            }
        }
    }
}
