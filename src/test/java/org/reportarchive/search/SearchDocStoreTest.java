package org.reportarchive.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchDocStoreTest {

    @TempDir
    Path dir;

    private static SearchDoc doc(String text) {
        List<SearchUnit> units = List.of(new SearchUnit("report-title", SearchUnit.HEADING, "工作报告"),
                new SearchUnit("p1", SearchUnit.BODY, text));
        BitSet words = new BitSet();
        words.set(0);
        return SearchDoc.of(units, Arrays.asList(null, words));
    }

    @Test
    void aDocumentReadFromAFileOfItsOwnIsTheDocumentKeptInTheStore() throws IOException {
        SearchDoc a = doc("常委会依法履职，备案审查规范性文件。");
        SearchDoc b = doc("听取和审议专项工作报告十六个。");
        Path own = dir.resolve("b.bin");
        Files.write(own, SearchDocStore.encode(b));
        try (SearchDocStore store = new SearchDocStore(dir.resolve("store.bin"))) {
            store.add(7, a);
            store.addFile(3, own);
            store.addEncoded(5, SearchDocStore.encode(b));
            assertArrayEquals(a.postings(), store.postings(7));
            assertArrayEquals(b.postings(), store.postings(3));
            assertEquals(store.units(5), store.units(3));
            assertEquals(b.units(), store.units(3));
            assertEquals(a.postings().length + 2L * b.postings().length, store.postingBytes());
        }
    }

    @Test
    void aFileThatIsNoEncodedDocumentIsRefused() throws IOException {
        Path junk = dir.resolve("junk.bin");
        Files.write(junk, new byte[] {0x7f, 0, 0, 0, 1});
        try (SearchDocStore store = new SearchDocStore(dir.resolve("store.bin"))) {
            assertThrows(IOException.class, () -> store.addFile(1, junk));
        }
    }
}
