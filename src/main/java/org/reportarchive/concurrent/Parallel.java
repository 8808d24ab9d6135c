package org.reportarchive.concurrent;

import java.io.IOException;
import java.util.ArrayDeque;
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

    /** Takes the results of {@link #stream}, one at a time, in the items' order. */
    public interface Sink<T, R> {
        void accept(T item, R result) throws IOException;
    }

    /**
     * Runs the task on every item on at most {@code jobs} workers and hands each result to the sink in the items'
     * order, as soon as it and those before it are done. At most {@code jobs * 2} results wait for the sink at a
     * time, so what the tasks return is never all in memory at once. The first task that fails stops the whole,
     * as an IOException.
     */
    public static <T, R> void stream(List<T> items, int jobs, Task<T, R> task, Sink<T, R> sink) throws IOException {
        int threads = Math.max(1, Math.min(jobs, items.size()));
        int ahead = threads * 2;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            ArrayDeque<Future<R>> pending = new ArrayDeque<>();
            int next = 0;
            for (int i = 0; i < items.size(); i++) {
                while (next < items.size() && next < i + ahead) {
                    T item = items.get(next++);
                    pending.add(pool.submit(() -> task.run(item)));
                }
                R result;
                try {
                    result = pending.poll().get();
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof IOException io) {
                        throw io;
                    }
                    throw new IOException(e.getCause().getMessage(), e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted", e);
                }
                sink.accept(items.get(i), result);
            }
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
