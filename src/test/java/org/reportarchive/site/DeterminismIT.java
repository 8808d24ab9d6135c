package org.reportarchive.site;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two builds of the same input are byte-identical, in two separate processes (each JVM orders hash-based sets
 * and maps its own way) and with different numbers of workers.
 */
class DeterminismIT {

    @Test
    void twoProcessesWithDifferentWorkerCountsBuildTheSameBytes(@TempDir Path tmp) throws Exception {
        String seeds = Path.of("seeds").toAbsolutePath().toString();
        JarRun.build(tmp.resolve("a.log"), "--seeds", seeds, "--out", tmp.resolve("a").toString(), "--jobs", "1");
        JarRun.build(tmp.resolve("b.log"), "--seeds", seeds, "--out", tmp.resolve("b").toString(), "--jobs", "3");
        JarRun.assertSameSite(tmp.resolve("a"), tmp.resolve("b"));
    }
}
