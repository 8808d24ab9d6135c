package org.reportarchive.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportarchive.search.IndexState;

class SearchHistoryTest {

    @TempDir
    Path dir;

    private static IndexState state() {
        return new IndexState(2, List.of("report:a", "glossary:b"), new int[] {3, 4}, new int[] {0, 1},
                new long[] {30, 40});
    }

    @Test
    void aBuildTakesThePreviousIndexStateAndOnlyItsEndLeavesOneForTheNext() throws IOException {
        BuildCache cache = BuildCache.open(dir.resolve("cache"), dir.resolve("site"));
        SearchHistory.take(cache).save(state());
        assertTrue(Files.exists(cache.fixedFile("search-state.bin")));

        SearchHistory taken = SearchHistory.take(cache);
        assertNotNull(taken.previous());
        assertEquals(List.of("report:a", "glossary:b"), taken.previous().state().docs());
        assertEquals(4, taken.previous().state().keys()[1]);
        assertFalse(Files.exists(cache.fixedFile("search-state.bin")),
                "a build that fails before it ends leaves no state for files it may have changed");
        assertNull(SearchHistory.take(cache).previous(), "so the next build merges every shard");
    }

    @Test
    void aBuildWithoutACacheHasNoHistory() throws IOException {
        BuildCache cache = BuildCache.open(null, dir.resolve("site"));
        SearchHistory history = SearchHistory.take(cache);
        history.save(state());
        assertNull(SearchHistory.take(cache).previous());
    }
}
