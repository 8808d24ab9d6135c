package org.reportarchive.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A cache keeps what the last build used, and touches nothing in its folder but its own entries. */
class BuildCacheTest {

    @TempDir
    Path dir;

    private static final String KEY_A = "a1b2c3d4e5f60718293a4b5c6d7e8f90";
    private static final String KEY_B = "b1b2c3d4e5f60718293a4b5c6d7e8f90";

    @Test
    void aBuildRemovesTheEntriesItDidNotUseAndNothingElse() throws IOException {
        Path folder = dir.resolve("cache");
        Path out = dir.resolve("cache/site");
        Files.createDirectories(out);
        Files.writeString(out.resolve("index.html"), "<p>the output, inside the cache folder</p>");
        Files.createDirectories(folder.resolve("notes"));
        Files.writeString(folder.resolve("notes/todo.txt"), "the maintainer's own");

        try (BuildCache cache = BuildCache.open(folder, out)) {
            cache.writeBytes("occurrences", KEY_A, new byte[] {1});
            cache.writeBytes("occurrences", KEY_B, new byte[] {2});
            cache.write(IndexStage.THEME_MEMO, KEY_A, "kept");
        }
        try (BuildCache cache = BuildCache.open(folder, out)) {
            assertTrue(cache.readBytes("occurrences", KEY_A).isPresent());
            cache.retainKind(IndexStage.THEME_MEMO); // the index pages were not made again
        }
        try (BuildCache cache = BuildCache.open(folder, out)) {
            assertTrue(cache.readBytes("occurrences", KEY_A).isPresent());
            assertFalse(cache.readBytes("occurrences", KEY_B).isPresent(), "not used by the last build: removed");
            assertEquals("kept", cache.read(IndexStage.THEME_MEMO, KEY_A, String.class).orElseThrow());
        }
        assertTrue(Files.exists(out.resolve("index.html")), "a folder that is not the cache's is left alone");
        assertTrue(Files.exists(folder.resolve("notes/todo.txt")));
        try (BuildCache cache = BuildCache.open(folder, out)) {
            assertThrows(IllegalArgumentException.class, () -> cache.write("notes", KEY_A, "x"),
                    "every kind the cache keeps is one it removes unused entries of");
        }
    }
}
