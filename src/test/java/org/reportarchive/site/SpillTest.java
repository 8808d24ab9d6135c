package org.reportarchive.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportarchive.model.TermOccurrence;

class SpillTest {

    @TempDir
    Path dir;

    private static Map<String, List<TermOccurrence>> report(String id) {
        Map<String, List<TermOccurrence>> byKey = new LinkedHashMap<>();
        byKey.put("si-ge-ji-guan", List.of(
                new TermOccurrence("si-ge-ji-guan", id, "p3", 3, 12, "四个机关", "努力建设", "，", true),
                new TermOccurrence("si-ge-ji-guan", id, "p9", 9, 0, "“四个机关”", "", "建设", false)));
        byKey.put("bei-an-shen-cha", List.of(
                new TermOccurrence("bei-an-shen-cha", id, "p4", 4, 5, "备案审查", "加强", "工作", true)));
        return byKey;
    }

    /** A rebuild hands over a report's records as they were encoded: the spill is the same as if they were read. */
    @Test
    void encodedRecordsAreAddedAsTheRecordsThemselvesAre() throws IOException {
        Path a = Files.createDirectories(dir.resolve("a"));
        Path b = Files.createDirectories(dir.resolve("b"));
        try (Spill<TermOccurrence> plain = new Spill<>(a, Spill.OCCURRENCES);
             Spill<TermOccurrence> encoded = new Spill<>(b, Spill.OCCURRENCES)) {
            for (int rank : new int[] {2, 0, 1}) {
                plain.add(rank, report("r" + rank));
                encoded.addEncoded(rank, encoded.encode(report("r" + rank)));
            }
            for (String key : List.of("si-ge-ji-guan", "bei-an-shen-cha")) {
                assertEquals(plain.read(key), encoded.read(key));
            }
            assertEquals(List.of("r0", "r0", "r1", "r1", "r2", "r2"),
                    encoded.read("si-ge-ji-guan").stream().map(r -> r.value().reportId()).toList());
        }
        for (String file : List.of("si-ge-ji-guan.spill", "bei-an-shen-cha.spill")) {
            assertArrayEquals(Files.readAllBytes(a.resolve(file)), Files.readAllBytes(b.resolve(file)));
        }
    }
}
