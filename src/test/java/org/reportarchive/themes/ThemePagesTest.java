package org.reportarchive.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reportarchive.model.Kind;
import org.reportarchive.model.PageMemo;
import org.reportarchive.model.Place;
import org.reportarchive.model.RecordingSink;
import org.reportarchive.model.ReportCard;
import org.reportarchive.model.ReportMetadata;
import org.reportarchive.model.ReportRow;
import org.reportarchive.model.ReportSummary;
import org.reportarchive.model.Theme;
import org.reportarchive.model.ThemePassage;
import org.reportarchive.model.ThemeShare;

/** At a thousand reports a theme is still a set of pages that load fast: fifty reports a page. */
class ThemePagesTest {

    @Test
    void aThemeOfAThousandReportsIsPaginated() throws Exception {
        Theme legislation = new Theme("li-fa", "地方立法", 1, "立法工作。", Map.of("立法", 3));
        Map<String, ReportCard> cards = new LinkedHashMap<>();
        List<ThemePassage> passages = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            ReportMetadata m = new ReportMetadata("报告" + i, new Place("乐山市", "511100", "prefecture", "乐山市", "四川省"),
                    LocalDate.of(2000 + i % 20, 1, 1), 2000 + i % 20, null, null, null, null, null, Kind.REPORT, null,
                    false, null, false, List.of(), List.of(), Map.of());
            ReportSummary s = new ReportSummary("r" + i, "r" + i + ".txt", m, 1, 10, 0, 0, List.of(), List.of(),
                    false, null);
            cards.put(s.id(), new ReportCard(s, List.of(new ThemeShare("li-fa", 0.5)), List.of()));
            passages.add(new ThemePassage("li-fa", "r" + i, "p1", "制定条例，推进立法。"));
            passages.add(new ThemePassage("li-fa", "r" + i, "p2", "开展立法调研。"));
        }
        RecordingSink sink = new RecordingSink();
        List<ThemePages.Use> uses = new ThemePages(List.of(legislation), cards, c -> new ReportRow(c.id(), c.url(),
                "t", "p", null, "w", "工作报告", false, 1, List.of())).write(sink, t -> passages, (t, p) -> { });
        assertEquals(1000, uses.get(0).reports());
        assertEquals(2000, uses.get(0).passages());
        assertTrue(sink.pages.containsKey("themes/li-fa.html"));
        assertTrue(sink.pages.containsKey("themes/li-fa-20.html"));
        assertFalse(sink.pages.containsKey("themes/li-fa-21.html"));
        ThemePage first = sink.model("themes/li-fa.html", ThemePage.class);
        assertEquals(20, first.pager().pages());
        assertEquals("li-fa-2.html", first.pager().next());
        assertNull(first.pager().prev());
        assertEquals("50%", first.groups().get(0).share());
        assertEquals(List.of("立法"), first.keywords());
        ThemePage last = sink.model("themes/li-fa-20.html", ThemePage.class);
        assertEquals("li-fa-19.html", last.pager().prev());
        assertNull(last.pager().next());
        assertEquals(21, sink.pages.size(), "twenty pages and the index");
    }

    @Test
    void aThemeTheMemoRecallsIsNeitherReadNorMadeAgain() throws Exception {
        Theme legislation = new Theme("li-fa", "地方立法", 1, "立法工作。", Map.of("立法", 3));
        Theme supervision = new Theme("jian-du", "监督", 2, "监督工作。", Map.of("监督", 3));
        PageMemo.Made kept = new PageMemo.Made(List.of("themes/li-fa.html"), "{\"slug\":\"li-fa\"}", 9, 4, null);
        Map<String, PageMemo.Made> told = new LinkedHashMap<>();
        PageMemo memo = new PageMemo() {
            @Override
            public Optional<Made> recall(String part) {
                return part.equals("li-fa") ? Optional.of(kept) : Optional.empty();
            }

            @Override
            public void remember(String part, Made made) {
                told.put(part, made);
            }
        };
        RecordingSink sink = new RecordingSink();
        List<String> exported = new ArrayList<>();
        List<ThemePages.Use> uses = new ThemePages(List.of(legislation, supervision), Map.of(), c -> null).write(sink,
                t -> {
                    assertEquals("jian-du", t, "a recalled theme's passages are not read");
                    return List.of();
                }, (t, data) -> exported.add(data), memo);
        assertEquals(List.of(9, 0), uses.stream().map(ThemePages.Use::passages).toList());
        assertEquals(List.of(4, 0), uses.stream().map(ThemePages.Use::reports).toList());
        assertFalse(sink.pages.containsKey("themes/li-fa.html"), "its page is kept as it is");
        assertEquals(List.of("themes/jian-du.html"), told.get("jian-du").pages());
        assertEquals(List.of("{\"slug\":\"li-fa\"}", told.get("jian-du").data()), exported);
        ThemesPage index = sink.model("themes/index.html", ThemesPage.class);
        assertEquals(9, index.themes().get(0).passages(), "the index counts a recalled theme as it was");
    }
}
