package org.reportarchive.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A writer that remembers its files digests each the same way, whether it held the file in memory or not. */
class SiteWriterTest {

    @TempDir
    Path out;

    private static byte[] text(int size) {
        byte[] b = new byte[size];
        byte[] unit = "四个机关，一点一库一基地；".getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < size; i++) {
            b[i] = unit[i % unit.length];
        }
        return b;
    }

    /** Writes in uneven pieces and single bytes, as a JSON or page writer does. */
    private static void unevenly(byte[] bytes, OutputStream os) throws IOException {
        int i = 0;
        int piece = 1;
        while (i < bytes.length) {
            if (piece % 5 == 0) {
                os.write(bytes[i++]);
            } else {
                int n = Math.min(piece * 977 % 70_001, bytes.length - i);
                os.write(bytes, i, n);
                i += n;
            }
            piece++;
        }
    }

    @Test
    void aFileHasOneDigestHeldOrStreamed() throws IOException {
        SiteWriter writer = new SiteWriter(out, Manifest.empty(out.toString()), true);
        int[] sizes = {SiteWriter.HELD_BYTES - 1, SiteWriter.HELD_BYTES, SiteWriter.HELD_BYTES + 1,
            3 * SiteWriter.HELD_BYTES + 7};
        for (int size : sizes) {
            byte[] bytes = text(size);
            writer.write("streamed-" + size + ".json", os -> unevenly(bytes, os), SiteWriter.Meta.of("index"));
            writer.write("whole-" + size + ".json", bytes, SiteWriter.Meta.of("index"));
        }
        Manifest made = writer.finish("k", List.of());
        for (int size : sizes) {
            byte[] bytes = text(size);
            assertArrayEquals(bytes, Files.readAllBytes(out.resolve("streamed-" + size + ".json")));
            assertEquals(SiteWriter.hash(bytes), made.files().get("streamed-" + size + ".json").hash(), "" + size);
            assertEquals(SiteWriter.hash(bytes), made.files().get("whole-" + size + ".json").hash(), "" + size);
        }
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(2 * sizes.length, files.count(), "no temporary file is left");
        }
    }

    @Test
    void aFileThatFailsHalfWayLeavesNoTemporaryFile() throws IOException {
        SiteWriter writer = new SiteWriter(out, Manifest.empty(out.toString()), true);
        byte[] bytes = text(2 * SiteWriter.HELD_BYTES);
        assertThrows(IOException.class, () -> writer.write("broken.json", os -> {
            os.write(bytes);
            throw new IOException("the disk is full");
        }, SiteWriter.Meta.of("index")));
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of(), files.toList());
        }
    }
}
