package org.reportarchive.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/report-archive} compiles with the quick compiler alone only for a rebuild from a cache whose earlier
 * build was made by the jar it runs, as the cache's {@code program.txt} records it.
 */
class LauncherTest {

    private static final String QUICK = "-XX:TieredStopAtLevel=1";

    @TempDir
    Path dir;

    private Path jar() throws IOException {
        Path jar = dir.resolve("lib").resolve("archive.jar");
        if (!Files.exists(jar)) {
            Files.createDirectories(jar.getParent());
            Files.write(jar, new byte[] {'P', 'K', 3, 4});
            Files.setLastModifiedTime(jar, FileTime.from(1_700_000_000_123_456_789L, TimeUnit.NANOSECONDS));
        }
        return jar;
    }

    /** A cache with an earlier build, made by the jar whose stamp is given. */
    private Path cache(String stamp) throws IOException {
        Path cache = Files.createDirectories(dir.resolve("cache"));
        Files.writeString(cache.resolve("manifest.json"), "{}");
        Files.writeString(cache.resolve("program.txt"), stamp + "\n0123456789abcdef\n");
        return cache;
    }

    private String command(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("bash", Path.of("bin/report-archive").toAbsolutePath().toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("REPORT_ARCHIVE_JAR", jar().toString());
        pb.environment().put("REPORT_ARCHIVE_PRINT", "1");
        pb.environment().remove("JAVA_OPTS");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        return out;
    }

    @Test
    void aRebuildByTheSameJarCompilesWithTheQuickCompiler() throws Exception {
        Path cache = cache(BuildCache.stamp(jar()));
        assertTrue(command("build", "--cache", cache.toString()).contains(QUICK));
        assertTrue(command("build", "--quiet", "--cache=" + cache, "--jobs", "2").contains(QUICK));
    }

    @Test
    void aBuildFromScratchOrByAnotherJarKeepsBothCompilers() throws Exception {
        assertFalse(command("build", "--seeds", "seeds").contains(QUICK), "no cache");
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertFalse(command("build", "--cache", empty.toString()).contains(QUICK), "a cache without a build");
        String stamp = BuildCache.stamp(jar());
        String[] parts = stamp.split("\t");
        Path other = cache(parts[0] + "\t" + (Long.parseLong(parts[1]) + 1) + "\t" + parts[2] + "\t" + parts[3]);
        assertFalse(command("build", "--cache", other.toString()).contains(QUICK), "another size");
        cache(parts[0] + "\t" + parts[1] + "\t" + (Long.parseLong(parts[2]) + 1) + "\t" + parts[3]);
        assertFalse(command("build", "--cache", other.toString()).contains(QUICK), "another time");
        cache("garbled");
        assertFalse(command("build", "--cache", other.toString()).contains(QUICK), "an unreadable stamp");
        cache(stamp);
        assertFalse(command("serve", "--cache", other.toString()).contains(QUICK), "serve runs long");
        assertFalse(command("build", "--cache").contains(QUICK), "no folder after --cache");
    }
}
