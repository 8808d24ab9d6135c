package org.reportarchive.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportarchive.model.Kind;
import org.reportarchive.model.Paragraph;
import org.reportarchive.model.Report;
import org.reportarchive.model.ReportMetadata;
import org.reportarchive.model.ReportSummary;
import org.reportarchive.model.Theme;
import org.reportarchive.model.ThemeProfile;

/** At a thousand reports a theme is still a set of pages that load fast: fifty reports a page. */
class ThemePagesTest {

    @Test
    void aThemeOfAThousandReportsIsPaginated(@TempDir Path dir) throws Exception {
        Theme legislation = new Theme("li-fa", "地方立法", 1, "立法工作。", Map.of("立法", 3));
        ThemeIndex index = new ThemeIndex();
        List<ReportSummary> reports = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            ReportMetadata m = new ReportMetadata("报告" + i, "乐山市", "四川省", LocalDate.of(2000 + i % 20, 1, 1),
                    2000 + i % 20, null, null, null, null, Kind.REPORT, null, false, null, false, List.of(), List.of());
            Report r = new Report("r" + i, "r" + i + ".txt", m,
                    List.of(new Paragraph("p1", "制定条例，推进立法。", 1, 1, null, List.of())), null, List.of(), List.of(),
                    List.of(), List.of());
            index.add(r, new ThemeProfile(Map.of("li-fa", 1.0), Map.of("p1", List.of("li-fa")), Map.of()));
            reports.add(ReportSummary.of(r, false));
        }
        new ThemePages(List.of(legislation), index, reports, r -> Map.of("url", r.url(), "title", "t", "place", "p",
                "when", "w")).write(dir);
        assertTrue(Files.exists(dir.resolve("li-fa.md")));
        assertTrue(Files.exists(dir.resolve("li-fa-20.md")));
        assertFalse(Files.exists(dir.resolve("li-fa-21.md")));
        String first = Files.readString(dir.resolve("li-fa.md"));
        assertTrue(first.contains("\npages=20\n") && first.contains("\nnext=li-fa-2\n") && !first.contains("\nprev="));
        assertTrue(first.length() < 60_000, "one page stays small: " + first.length());
        String last = Files.readString(dir.resolve("li-fa-20.md"));
        assertTrue(last.contains("\nprev=li-fa-19\n") && !last.contains("\nnext="));
        assertEquals(21, Files.list(dir).count(), "twenty pages and the index");
    }
}
