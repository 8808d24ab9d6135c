package org.reportarchive.glossary;

import com.fasterxml.jackson.databind.ObjectMapper;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reportarchive.model.PageMemo;
import org.reportarchive.model.RecordingSink;
import org.reportarchive.model.ReportRef;
import org.reportarchive.model.TermOccurrence;

/** A term used in a thousand reports keeps an entry page that loads fast; its concordance continues on pages. */
class GlossaryPagesTest {

    private static GlossaryPages pages(Glossary g, int reports, Map<String, ReportRef> refs) {
        for (int i = 0; i < reports; i++) {
            refs.put("r" + i, new ReportRef("r" + i, "报告" + i, "乐山市", "2021年", "reports/r" + i + ".html", 2021, "乐山市"));
        }
        return new GlossaryPages(g, refs, "https://example.org/archive", md -> "<p>" + md + "</p>");
    }

    @Test
    void aLongConcordanceIsPaginated() throws Exception {
        Glossary g = Glossary.of(List.of(TermMatcherTest.entry("liang-yuan", "两院")));
        List<TermOccurrence> occ = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            occ.add(new TermOccurrence("liang-yuan", "r" + i, "p1", 1, 0, "两院", "", "工作", true));
            occ.add(new TermOccurrence("liang-yuan", "r" + i, "p2", 2, 0, "两院", "", "报告", false));
        }
        RecordingSink sink = new RecordingSink();
        List<String> exported = new ArrayList<>();
        List<GlossaryPages.Use> uses = pages(g, 1000, new LinkedHashMap<>()).write(sink, Concordance.of(occ),
                (e, data) -> exported.add(e.slug() + ":" + new ObjectMapper().readTree(data).get("occurrences").size()));
        assertEquals(List.of("liang-yuan:2000"), exported);
        assertEquals(2000, uses.get(0).occurrences());
        assertEquals(1000, uses.get(0).reports());
        TermPage first = sink.model("glossary/liang-yuan.html", TermPage.class);
        assertEquals(20, first.pager().pages());
        assertEquals("liang-yuan/2.html", first.pager().next());
        assertNull(first.pager().prev());
        assertEquals(2000, first.occurrenceCount());
        assertEquals(1000, first.reportCount());
        assertEquals(50, first.groups().size());
        assertEquals("r0", first.groups().get(0).id(), "oldest report first, as given");
        assertTrue(sink.pages.containsKey("glossary/liang-yuan/20.html"));
        assertFalse(sink.pages.containsKey("glossary/liang-yuan/21.html"));
        TermPage last = sink.model("glossary/liang-yuan/20.html", TermPage.class);
        assertTrue(last.continuation());
        assertEquals("19.html", last.pager().prev());
        assertNull(last.pager().next());
        assertEquals("../liang-yuan.html", sink.model("glossary/liang-yuan/2.html", TermPage.class).pager().prev());
        assertEquals(1, sink.model("glossary/index.html", GlossaryIndexPage.class).entryCount());
    }

    @Test
    void aReportWithManyOccurrencesShowsSomeAndCountsTheRestAndPagesStayBounded() throws Exception {
        Glossary g = Glossary.of(List.of(TermMatcherTest.entry("liang-yuan", "两院")));
        List<TermOccurrence> occ = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            for (int k = 0; k < 100; k++) {
                occ.add(new TermOccurrence("liang-yuan", "r" + i, "p" + k, k, 0, "两院", "", "工作", false));
            }
        }
        RecordingSink sink = new RecordingSink();
        pages(g, 60, new LinkedHashMap<>()).write(sink, Concordance.of(occ), (e, o) -> { });
        TermPage first = sink.model("glossary/liang-yuan.html", TermPage.class);
        TermPage.Group group = first.groups().get(0);
        assertEquals(GlossaryPages.LINES_PER_REPORT, group.lines().size());
        assertEquals(100 - GlossaryPages.LINES_PER_REPORT, group.more());
        int lines = first.groups().stream().mapToInt(x -> x.lines().size()).sum();
        assertTrue(lines <= GlossaryPages.LINES_PER_PAGE, "a page holds a bounded number of lines: " + lines);
        assertEquals(4, first.pager().pages(), "60 reports of 40 lines at 600 lines a page: 15 a page");
    }

    /** A memo of the entries' parts: recalls what it was given, and notes what it is told. */
    private static final class Memo implements PageMemo {
        final Map<String, PageMemo.Made> kept = new LinkedHashMap<>();
        final Map<String, PageMemo.Made> told = new LinkedHashMap<>();

        @Override
        public Optional<Made> recall(String part) {
            return Optional.ofNullable(kept.get(part));
        }

        @Override
        public void remember(String part, Made made) {
            told.put(part, made);
        }
    }

    @Test
    void anEntryTheMemoRecallsIsNeitherReadNorMadeAgain() throws Exception {
        Glossary g = Glossary.of(List.of(TermMatcherTest.entry("liang-yuan", "两院"),
                TermMatcherTest.entry("si-ge-ji-guan", "四个机关")));
        List<TermOccurrence> occ = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            occ.add(new TermOccurrence("si-ge-ji-guan", "r" + i, "p1", 1, 0, "四个机关", "建设", "。", true));
        }
        Memo memo = new Memo();
        memo.kept.put("liang-yuan", new PageMemo.Made(List.of("glossary/liang-yuan.html"), "{\"term\":\"两院\"}", 7,
                3, 2019));
        RecordingSink sink = new RecordingSink();
        List<String> exported = new ArrayList<>();
        List<GlossaryPages.Use> uses = pages(g, 120, new LinkedHashMap<>()).write(sink, slug -> {
            assertEquals("si-ge-ji-guan", slug, "a recalled entry's occurrences are not read");
            return occ;
        }, (e, data) -> exported.add(data), 2, memo);

        assertFalse(sink.pages.containsKey("glossary/liang-yuan.html"), "its page is kept as it is");
        GlossaryPages.Use recalled = uses.stream().filter(u -> u.entry().slug().equals("liang-yuan")).findFirst()
                .orElseThrow();
        assertEquals(List.of(7, 3, 2019), List.of(recalled.occurrences(), recalled.reports(), recalled.firstYear()));
        assertTrue(exported.contains("{\"term\":\"两院\"}"));

        // the entry made now is remembered with all its pages and its part of the export
        PageMemo.Made made = memo.told.get("si-ge-ji-guan");
        assertEquals(List.of("glossary/si-ge-ji-guan.html", "glossary/si-ge-ji-guan/2.html",
                "glossary/si-ge-ji-guan/3.html"), made.pages());
        assertEquals(List.of(120, 120, 2021), List.of(made.count(), made.reports(), made.firstYear()));
        assertTrue(exported.contains(made.data()));
        assertEquals(120, new ObjectMapper().readTree(made.data()).get("occurrences").size());
        assertEquals(List.of("si-ge-ji-guan"), List.copyOf(memo.told.keySet()), "a recalled entry is not told again");
    }
}
