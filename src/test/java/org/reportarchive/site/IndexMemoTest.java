package org.reportarchive.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportarchive.model.PageMemo;
import org.reportarchive.model.TermOccurrence;

/**
 * The index pages' memo recalls a part only when its records, what its pages show of their reports and what all
 * parts depend on are those of the previous build, and its pages are still there as they were written.
 */
class IndexMemoTest {

    @TempDir
    Path dir;

    /** What one build gives the memo: each report's occurrences by rank, and its title. */
    private record Build(Map<Integer, List<TermOccurrence>> reports, Map<Integer, String> titles, String base) {
    }

    private static TermOccurrence occ(String slug, String report, String paragraph) {
        return new TermOccurrence(slug, report, paragraph, 1, 0, "四个机关", "建设", "。", true);
    }

    private static Build build() {
        Map<Integer, List<TermOccurrence>> reports = new LinkedHashMap<>();
        reports.put(0, List.of(occ("si-ge-ji-guan", "r0", "p1"), occ("liang-yuan", "r0", "p2")));
        reports.put(1, List.of(occ("si-ge-ji-guan", "r1", "p5")));
        return new Build(reports, new LinkedHashMap<>(Map.of(0, "二〇二三年报告", 1, "二〇二二年报告")), "base");
    }

    private Manifest previous = null;
    private int run = 0;

    /**
     * Runs one build: each part is recalled, or its page written and remembered. Returns the parts recalled.
     */
    private List<String> run(Build b) throws IOException {
        Path out = dir.resolve("out");
        Manifest before = previous == null ? Manifest.empty(out.toString()) : previous;
        SiteWriter writer = new SiteWriter(out, before, true);
        List<String> recalled = new ArrayList<>();
        try (BuildCache cache = BuildCache.open(dir.resolve("cache"), out);
             Spill<TermOccurrence> spill = new Spill<>(cache.scratch("occ-" + run++), Spill.OCCURRENCES)) {
            // reports finish in any order
            List<Integer> ranks = new ArrayList<>(b.reports().keySet());
            Collections.reverse(ranks);
            for (int rank : ranks) {
                Map<String, List<TermOccurrence>> bySlug = new LinkedHashMap<>();
                b.reports().get(rank).forEach(o -> bySlug.computeIfAbsent(o.slug(), k -> new ArrayList<>())
                        .add(o));
                spill.add(rank, bySlug);
            }
            IndexMemo memo = new IndexMemo(new IndexMemo.Store(cache, writer, b.base()), IndexStage.GLOSSARY_MEMO, spill,
                    new IndexMemo.Inputs() {
                        @Override
                        public Object part(String part) {
                            return null;
                        }

                        @Override
                        public Object report(int rank) {
                            return b.titles().get(rank);
                        }
                    });
            for (String part : List.of("si-ge-ji-guan", "liang-yuan")) {
                Optional<PageMemo.Made> made = memo.recall(part);
                if (made.isPresent()) {
                    recalled.add(part);
                    assertEquals("{\"term\":\"" + part + "\"}", made.get().data());
                    assertEquals(spill.read(part).size(), made.get().count());
                } else {
                    String page = "glossary/" + part + ".html";
                    writer.write(page, ("<p>" + part + " " + b.titles()).getBytes(StandardCharsets.UTF_8),
                            new SiteWriter.Meta(part + b.titles(), "index", "term.ftl", List.of()));
                    memo.remember(part, new PageMemo.Made(List.of(page), "{\"term\":\"" + part + "\"}",
                            spill.read(part).size(), 1, 2023));
                }
            }
            previous = writer.finish("index", List.of());
        }
        return recalled;
    }

    @Test
    void aPartIsRecalledOnlyWhenWhatItIsMadeFromIsTheSame() throws IOException {
        Build b = build();
        assertEquals(List.of(), run(b), "the first build makes every part");
        assertEquals(List.of("si-ge-ji-guan", "liang-yuan"), run(b), "nothing changed");

        // report 1 is edited where it uses 四个机关: that part only is made again
        b.reports().put(1, List.of(occ("si-ge-ji-guan", "r1", "p6")));
        assertEquals(List.of("liang-yuan"), run(b));
        assertEquals(List.of("si-ge-ji-guan", "liang-yuan"), run(b));

        // the title of report 0, shown on both parts' pages, changes: both are made again
        b.titles().put(0, "二〇二三年工作报告");
        assertEquals(List.of(), run(b));

        // a page changed on disk since it was written: its part is made again
        Files.writeString(dir.resolve("out/glossary/liang-yuan.html"), "edited by hand");
        assertEquals(List.of("si-ge-ji-guan"), run(b));

        // what every part depends on (the templates, say) changes: everything is made again
        assertEquals(List.of(), run(new Build(b.reports(), b.titles(), "other templates")));
    }

    /**
     * An entry of the memo that outlived its build (one stopped while it removed the entries it did not use) is
     * not trusted: a page is kept only if it is the very page the entry's part made.
     */
    @Test
    void aStaleEntryDoesNotKeepPagesMadeFromOtherInputs() throws IOException {
        Build b = build();
        run(b);
        Path memo = dir.resolve("cache").resolve(IndexStage.GLOSSARY_MEMO);
        Path saved = dir.resolve("saved-memo");
        SiteFiles.copyTree(memo, saved);
        b.titles().put(0, "二〇二三年工作报告");
        assertEquals(List.of(), run(b), "both parts show report 0");
        SiteFiles.copyTree(saved, memo); // the first build's entries are back beside the second's
        b.titles().put(0, "二〇二三年报告");
        assertEquals(List.of(), run(b), "the pages on disk are the second build's: made again");
        assertTrue(Files.readString(dir.resolve("out/glossary/liang-yuan.html")).contains("0=二〇二三年报告"));
    }

    @Test
    void theSameRecordsGiveTheSameSectionsWhateverTheOrderReportsCameIn() throws IOException {
        List<List<Spill.Section>> seen = new ArrayList<>();
        for (int[] order : new int[][] {{0, 1, 2}, {2, 0, 1}}) {
            Path d = Files.createDirectories(dir.resolve("spill-" + order[0]));
            try (Spill<TermOccurrence> spill = new Spill<>(d, Spill.OCCURRENCES)) {
                for (int rank : order) {
                    spill.add(rank, Map.of("si-ge-ji-guan", List.of(occ("si-ge-ji-guan", "r" + rank, "p1"))));
                }
                seen.add(spill.sections("si-ge-ji-guan"));
            }
        }
        assertEquals(seen.get(0), seen.get(1));
        assertEquals(List.of(0, 1, 2), seen.get(0).stream().map(Spill.Section::rank).toList());
        assertNotEquals(seen.get(0).get(0).hash(), seen.get(0).get(1).hash(), "different records, different hashes");
        assertTrue(new Spill<>(dir, Spill.OCCURRENCES).sections("nothing").isEmpty());
    }
}
