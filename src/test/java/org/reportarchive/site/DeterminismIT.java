package org.reportarchive.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportarchive.model.ReportSummary;

/** Two builds of the same input give byte-identical output. */
class DeterminismIT {

    private static final BuildListener SILENT = new BuildListener() {
        @Override
        public void ingested(ReportSummary report, long millis) {
        }

        @Override
        public void failed(String file, String message) {
        }

        @Override
        public void warning(String message) {
        }
    };

    private static List<Path> files(Path dir) throws Exception {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(dir::relativize).sorted().toList();
        }
    }

    @Test
    void twoBuildsAreByteIdentical(@TempDir Path tmp) throws Exception {
        SiteLayout layout = new SiteLayout(Path.of(".").toAbsolutePath().normalize());
        Path seeds = Path.of("seeds").toAbsolutePath();
        Path a = tmp.resolve("a/site");
        Path b = tmp.resolve("b/site");
        assertTrue(new SiteBuilder(layout, SILENT).build(seeds, a).ok());
        assertTrue(new SiteBuilder(layout, SILENT).build(seeds, b).ok());
        List<Path> filesA = files(a);
        assertEquals(filesA, files(b));
        assertTrue(filesA.size() > 100);
        for (Path f : filesA) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f.toString());
        }
    }
}
