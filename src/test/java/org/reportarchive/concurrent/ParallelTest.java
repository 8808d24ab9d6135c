package org.reportarchive.concurrent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelTest {

    private static final List<Integer> ITEMS = IntStream.range(0, 200).boxed().toList();

    @Test
    void resultsReachTheSinkInTheItemsOrderWhateverOrderTheyFinishIn() throws IOException {
        List<Integer> seen = new ArrayList<>();
        Parallel.stream(ITEMS, 4, i -> {
            Thread.sleep((i * 7) % 3); // later items often finish first
            return i * 2;
        }, (item, result) -> {
            assertEquals(item * 2, result);
            seen.add(item);
        });
        assertEquals(ITEMS, seen);
    }

    @Test
    void onlyAFewResultsWaitForTheSinkAtATime() throws IOException {
        AtomicInteger started = new AtomicInteger();
        AtomicInteger consumed = new AtomicInteger();
        int[] mostAhead = {0};
        Parallel.stream(ITEMS, 3, i -> {
            int ahead = started.incrementAndGet() - consumed.get();
            synchronized (mostAhead) {
                mostAhead[0] = Math.max(mostAhead[0], ahead);
            }
            return i;
        }, (item, result) -> {
            Thread.yield();
            consumed.incrementAndGet();
        });
        assertTrue(mostAhead[0] <= 3 * 2 + 1, "results held at once: " + mostAhead[0]);
    }

    @Test
    void theFirstFailureStopsTheWholeAsAnIoException() {
        List<Integer> seen = new ArrayList<>();
        IOException e = assertThrows(IOException.class, () -> Parallel.stream(ITEMS, 2, i -> {
            if (i == 50) {
                throw new IllegalStateException("item fifty");
            }
            return i;
        }, (item, result) -> seen.add(item)));
        assertEquals("item fifty", e.getMessage());
        assertEquals(ITEMS.subList(0, 50), seen);
    }
}
