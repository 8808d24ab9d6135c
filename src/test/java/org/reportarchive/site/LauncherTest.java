package org.reportarchive.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/report-archive} compiles with the quick compiler alone only for a build of a small archive (up to 800
 * reports) and for a rebuild from a cache whose last build was made by the jar it runs and ended, as the cache's
 * {@code program.txt} and {@code manifest.json} record.
 */
class LauncherTest {

    private static final String QUICK = "-XX:TieredStopAtLevel=1";
    private static final Path LAUNCHER = Path.of("bin/report-archive").toAbsolutePath();
    private static final long JAR_TIME = 1_700_000_000_123_456_789L;

    @TempDir
    Path dir;

    /** The launcher reads the jar's size and time with GNU stat; elsewhere it keeps both compilers. */
    @BeforeAll
    static void gnuStat() throws Exception {
        Process p = new ProcessBuilder("stat", "-L", "-c", "%.9Y", LAUNCHER.toString()).redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assumeTrue(p.waitFor() == 0 && out.matches("\\d+\\.\\d{9}"), "no GNU stat here");
    }

    private Path jar() throws IOException {
        Path jar = dir.resolve("lib").resolve("archive.jar");
        if (!Files.exists(jar)) {
            Files.createDirectories(jar.getParent());
            Files.write(jar, new byte[] {'P', 'K', 3, 4});
            Files.setLastModifiedTime(jar, FileTime.from(JAR_TIME, TimeUnit.NANOSECONDS));
        }
        return jar;
    }

    /** A seeds folder of as many (empty) reports as given. */
    private Path seeds(int reports) throws IOException {
        Path seeds = Files.createDirectories(dir.resolve("seeds-" + reports));
        for (int i = 0; i < reports; i++) {
            Files.createFile(seeds.resolve(String.format("%05d.txt", i)));
        }
        return seeds;
    }

    /** A cache whose program.txt names the stamp given, and whose manifest is older or newer than it. */
    private Path cache(String name, String stamp, boolean buildEnded) throws IOException {
        Path cache = Files.createDirectories(dir.resolve(name));
        Path program = Files.writeString(cache.resolve("program.txt"), stamp + "\n0123456789abcdef\n");
        Path manifest = Files.writeString(cache.resolve("manifest.json"), "{}");
        long now = System.currentTimeMillis();
        Files.setLastModifiedTime(program, FileTime.fromMillis(now - 10_000));
        Files.setLastModifiedTime(manifest, FileTime.fromMillis(buildEnded ? now : now - 20_000));
        return cache;
    }

    private String command(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("bash", LAUNCHER.toString()));
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

    /** The threshold scaling the JVM ends with: the last one given wins. */
    private static String lastScaling(String command) {
        Matcher m = Pattern.compile("-XX:CompileThresholdScaling=(\\d+)").matcher(command);
        String last = null;
        while (m.find()) {
            last = m.group(1);
        }
        return last;
    }

    @Test
    void aRebuildByTheSameJarCompilesWithTheQuickCompiler() throws Exception {
        Path cache = cache("same", BuildCache.stamp(jar()), true);
        String large = seeds(801).toString();
        String command = command("build", "--seeds", large, "--cache", cache.toString());
        assertTrue(command.contains(QUICK), command);
        assertEquals("1", lastScaling(command), command);
        assertTrue(command("build", "--quiet", "--cache=" + cache, "--jobs", "2", "--seeds=" + large).contains(QUICK));
    }

    @Test
    void aSmallArchiveCompilesWithTheQuickCompiler() throws Exception {
        String command = command("build", "--seeds", seeds(800).toString());
        assertTrue(command.contains(QUICK), command);
        assertEquals("1", lastScaling(command), command);
        assertTrue(command("build", "--seeds=" + seeds(3)).contains(QUICK));
        assertTrue(command("build", "--out", dir.resolve("site").toString()).contains(QUICK), "the five seeds");
        assertFalse(command("build", "--seeds", seeds(801).toString()).contains(QUICK), "a large archive");
        assertFalse(command("build", "--seeds", dir.resolve("missing").toString()).contains(QUICK),
                "no folder: the program says so");
        assertFalse(command("serve", "--seeds", seeds(5).toString()).contains(QUICK), "serve runs long");
    }

    @Test
    void aBuildFromScratchOrByAnotherJarKeepsBothCompilers() throws Exception {
        String large = seeds(801).toString();
        String scratch = command("build", "--seeds", large);
        assertFalse(scratch.contains(QUICK), "no cache, a large archive");
        assertEquals("4", lastScaling(scratch), scratch);
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertFalse(command("build", "--seeds", large, "--cache", empty.toString()).contains(QUICK), "a cache without a build");
        String stamp = BuildCache.stamp(jar());
        String[] f = stamp.split("\t");
        Path size = cache("size", f[0] + "\t" + (Long.parseLong(f[1]) + 1) + "\t" + f[2] + "\t" + f[3], true);
        assertFalse(command("build", "--seeds", large, "--cache", size.toString()).contains(QUICK), "another size");
        Path time = cache("time", f[0] + "\t" + f[1] + "\t" + (Long.parseLong(f[2]) + 1) + "\t" + f[3], true);
        assertFalse(command("build", "--seeds", large, "--cache", time.toString()).contains(QUICK), "another time");
        Path garbled = cache("garbled", "garbled", true);
        assertFalse(command("build", "--seeds", large, "--cache", garbled.toString()).contains(QUICK), "an unreadable stamp");
        Path unfinished = cache("unfinished", stamp, false);
        assertFalse(command("build", "--seeds", large, "--cache", unfinished.toString()).contains(QUICK),
                "the jar's first build did not end: the manifest is an earlier jar's");
        Path same = cache("same", stamp, true);
        assertFalse(command("serve", "--seeds", large, "--cache", same.toString()).contains(QUICK), "serve runs long");
        assertFalse(command("build", "--seeds", large, "--cache").contains(QUICK), "no folder after --cache");
    }

    @Test
    void aLinkToTheJarIsReadWhereItLeads() throws Exception {
        Path cache = cache("same", BuildCache.stamp(jar()), true);
        Path link = Files.createSymbolicLink(dir.resolve("current.jar"), jar());
        List<String> cmd = List.of("bash", LAUNCHER.toString(), "build", "--seeds", seeds(801).toString(), "--cache",
                cache.toString());
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("REPORT_ARCHIVE_JAR", link.toString());
        pb.environment().put("REPORT_ARCHIVE_PRINT", "1");
        pb.environment().put("LC_ALL", "de_DE.UTF-8"); // a locale whose decimal mark is a comma
        pb.environment().remove("JAVA_OPTS");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        assertTrue(out.contains(QUICK), out);
    }
}
