package org.reportarchive.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build with a cache makes again only what changed, and its output is byte-identical to a build from scratch
 * of the same input: after an edited report, an edited glossary entry, an edited template, a removed report.
 */
class IncrementalBuildIT {

    @TempDir
    static Path tmp;
    static Path seeds;
    static Path site;

    @BeforeAll
    static void copyInputs() throws Exception {
        seeds = Files.createDirectories(tmp.resolve("seeds"));
        site = tmp.resolve("layout");
        SiteFiles.copyTree(Path.of("seeds"), seeds);
        for (String dir : new String[] {"templates", "assets", "content"}) {
            SiteFiles.copyTree(Path.of(dir), site.resolve(dir));
        }
        Files.copy(Path.of("jbake.properties"), site.resolve("jbake.properties"));
    }

    private static String incremental(String log) throws Exception {
        return JarRun.build(tmp.resolve(log), "--seeds", seeds.toString(), "--out", tmp.resolve("inc").toString(),
                "--site", site.toString(), "--cache", tmp.resolve("cache").toString());
    }

    /** A build from scratch of the inputs as they are now, compared with the incremental output. */
    private static void sameAsFromScratch(String name) throws Exception {
        Path cold = tmp.resolve("cold-" + name);
        JarRun.build(tmp.resolve(name + "-cold.log"), "--seeds", seeds.toString(), "--out", cold.toString(),
                "--site", site.toString());
        JarRun.assertSameSite(cold, tmp.resolve("inc"));
    }

    private static void edit(Path file, String from, String to) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), file + " holds " + from);
        Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from), to), StandardCharsets.UTF_8);
    }

    private static Path seed(String prefix) throws Exception {
        try (Stream<Path> s = Files.list(seeds)) {
            return s.filter(p -> p.getFileName().toString().startsWith(prefix) && p.toString().endsWith(".txt"))
                    .findFirst().orElseThrow();
        }
    }

    @Test
    void onlyWhatChangedIsMadeAgainAndTheOutputIsTheSameAsFromScratch() throws Exception {
        incremental("first.log");
        Path out = tmp.resolve("inc");

        // nothing changed: nothing is written, and what the indexes' parts made is kept for the next build
        Map<String, Long> before = JarRun.times(out);
        long memos = entries("glossary-pages") + entries("theme-pages");
        assertTrue(entries("glossary-pages") > 0 && entries("theme-pages") > 0, "the index pages' memo is kept");
        String log = incremental("unchanged.log");
        assertTrue(log.contains("indexes 0.0 s (unchanged)") || log.contains("(unchanged)"), log);
        assertEquals(before, JarRun.times(out), "no file is written again");
        assertEquals(memos, entries("glossary-pages") + entries("theme-pages"));

        // one report edited: its page changes, the other reports' pages are not written again
        edit(seed("000_"), "各位代表：", "各位代表：\n\n这是编者为测试增量构建加入的一段话。");
        before = JarRun.times(out);
        incremental("edited.log");
        Map<String, Long> after = JarRun.times(out);
        assertNotEquals(before.get("reports/2021-leshan-report.html"), after.get("reports/2021-leshan-report.html"));
        assertEquals(before.get("reports/2022-luzhou-report.html"), after.get("reports/2022-luzhou-report.html"));
        assertTrue(Files.readString(out.resolve("reports/2021-leshan-report.html")).contains("这是编者为测试增量构建加入的一段话"));
        sameAsFromScratch("edited");

        // a glossary definition edited: the pages that show it change, a page that does not is left alone
        edit(site.resolve("content/glossary/zhu-ren-hui-yi.yaml"), "definition: ", "definition: （测试）");
        before = JarRun.times(out);
        incremental("glossary.log");
        after = JarRun.times(out);
        assertNotEquals(before.get("glossary/zhu-ren-hui-yi.html"), after.get("glossary/zhu-ren-hui-yi.html"));
        assertNotEquals(before.get("reports/2022-luzhou-report.html"), after.get("reports/2022-luzhou-report.html"),
                "Luzhou links 主任会议");
        assertEquals(before.get("reports/2022-anonymous-speech.html"), after.get("reports/2022-anonymous-speech.html"),
                "the speech does not link 主任会议");
        sameAsFromScratch("glossary");

        // a template edited: every page changes
        edit(site.resolve("templates/layout.ftl"), "跳到正文", "跳到正文内容");
        incremental("template.log");
        sameAsFromScratch("template");

        // a report removed: its pages go
        Files.delete(seed("002_"));
        incremental("removed.log");
        assertTrue(Files.notExists(out.resolve("reports/2023-chengdu-report.html")));
        sameAsFromScratch("removed");
        holdsOneBuild();
    }

    /** The number of entries of a kind in the cache. */
    private static long entries(String kind) throws Exception {
        Path dir = tmp.resolve("cache").resolve(kind);
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).count();
        }
    }

    /**
     * After the edits, the cache holds what the last build used and nothing older: one entry of each kind per
     * report, whatever the earlier builds left.
     */
    private static void holdsOneBuild() throws Exception {
        long reports;
        try (Stream<Path> s = Files.list(seeds)) {
            reports = s.filter(p -> p.toString().endsWith(".txt")).count();
        }
        for (String kind : new String[] {"ingest", "summary", "analysis", "digest", "search", "occurrences",
                "passages"}) {
            assertEquals(reports, entries(kind), kind + " entries in the cache");
        }
    }
}
