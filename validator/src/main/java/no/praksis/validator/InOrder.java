package no.praksis.validator;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Work on many inputs on all the machine's cores, with the results taken in the inputs' order: a
 * run over thousands of agreements checks several at once, yet reports (and adds to a portfolio)
 * exactly as one by one would. At most a few results per core wait to be taken, so memory does not
 * grow with the number of inputs.
 */
public final class InOrder {

    private InOrder() {
    }

    /**
     * The heap one check may need at worst: a file at the size limit built to make the reader work
     * (LimitsCliTest runs such files in a 96 MB heap, one at a time).
     */
    static final long HEAP_PER_CHECK = 96L * 1024 * 1024;

    /**
     * The threads a run uses: one per core the JVM may use, but no more than the heap holds checks at
     * their worst, so that a small heap ({@code -Xmx96m}) checks one file at a time rather than fail.
     */
    public static int threads() {
        long byHeap = Runtime.getRuntime().maxMemory() / HEAP_PER_CHECK;
        return (int) Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), byHeap));
    }

    /**
     * Gives {@code take} the result of {@code work} on each of {@code inputs}, in the inputs' order,
     * working on up to {@code threads} inputs at a time. An exception or error of {@code work} is
     * thrown here, when its result's turn comes, after the work already started has ended.
     */
    public static <T, R> void each(List<T> inputs, int threads, Function<T, R> work, Consumer<R> take) {
        if (threads <= 1 || inputs.size() <= 1) {
            inputs.forEach(input -> take.accept(work.apply(input)));
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "praksis-check");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Deque<Future<R>> pending = new ArrayDeque<>();
            int window = threads * 4;
            int next = 0;
            while (next < inputs.size() || !pending.isEmpty()) {
                while (next < inputs.size() && pending.size() < window) {
                    T input = inputs.get(next++);
                    pending.add(pool.submit(() -> work.apply(input)));
                }
                take.accept(result(pending.removeFirst()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <R> R result(Future<R> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }
}
