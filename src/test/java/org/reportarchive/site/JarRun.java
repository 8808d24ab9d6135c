package org.reportarchive.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Runs the archive's jar as a process of its own, and compares built sites file by file. */
final class JarRun {

    private JarRun() {
    }

    /** Runs {@code build} with the given arguments; fails the test unless it exits with 0. Returns its output. */
    static String build(Path log, String... args) throws Exception {
        String jar = System.getProperty("archive.jar", "target/report-archive.jar");
        List<String> cmd = new ArrayList<>(List.of("java", "-jar", jar, "build", "--quiet"));
        cmd.addAll(Arrays.asList(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "the build ends");
        String out = Files.readString(log);
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    /** Every file below a folder, by its path relative to it. */
    static Map<String, Path> files(Path dir) throws IOException {
        Map<String, Path> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            s.filter(Files::isRegularFile).forEach(f -> out.put(dir.relativize(f).toString(), f));
        }
        return out;
    }

    /** Fails unless the two folders hold the same files with the same bytes. */
    static void assertSameSite(Path expected, Path actual) throws IOException {
        Map<String, Path> a = files(expected);
        Map<String, Path> b = files(actual);
        assertEquals(a.keySet(), b.keySet(), "the same files");
        assertTrue(a.size() > 100, "a whole site: " + a.size() + " files");
        for (String f : a.keySet()) {
            assertTrue(Arrays.equals(Files.readAllBytes(a.get(f)), Files.readAllBytes(b.get(f))), f + " differs");
        }
    }

    /** Each file's modification time. */
    static Map<String, Long> times(Path dir) throws IOException {
        Map<String, Long> out = new TreeMap<>();
        for (Map.Entry<String, Path> e : files(dir).entrySet()) {
            out.put(e.getKey(), Files.getLastModifiedTime(e.getValue()).toMillis());
        }
        return out;
    }
}
