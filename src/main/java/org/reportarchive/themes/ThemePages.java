package org.reportarchive.themes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.reportarchive.markdown.JBakeHeader;
import org.reportarchive.markdown.MarkdownEscaper;
import org.reportarchive.model.ReportSummary;
import org.reportarchive.model.Theme;

/**
 * Writes the theme pages as JBake content: an index of themes, and for each theme the reports that treat it
 * (newest first) with their passages on it as snippets linking to the paragraphs. A theme page holds at most
 * {@value #REPORTS_PER_PAGE} reports; more continue on numbered pages ({@code li-fa-2.html}).
 */
public final class ThemePages {

    static final int REPORTS_PER_PAGE = 50;

    private final List<Theme> themes;
    private final ThemeIndex index;
    private final List<ReportSummary> reports;
    private final Function<ReportSummary, Map<String, Object>> listing;

    /** @param reports newest first */
    public ThemePages(List<Theme> themes, ThemeIndex index, List<ReportSummary> reports,
                      Function<ReportSummary, Map<String, Object>> listing) {
        this.themes = themes;
        this.index = index;
        this.reports = reports;
        this.listing = listing;
    }

    public void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Theme t : themes) {
            Map<String, List<ThemeIndex.Passage>> passages = index.passages(t.slug());
            List<Map<String, Object>> groups = new ArrayList<>();
            int passageCount = 0;
            for (ReportSummary r : reports) {
                List<ThemeIndex.Passage> ps = passages.get(r.id());
                if (ps == null) {
                    continue;
                }
                Map<String, Object> g = new LinkedHashMap<>(listing.apply(r));
                g.put("share", ThemeChart.percent(index.profile(r.id()).shares().getOrDefault(t.slug(), 0.0)));
                List<Map<String, String>> lines = new ArrayList<>();
                ps.forEach(p -> lines.add(Map.of("paragraph", p.paragraphId(), "snippet", p.snippet())));
                g.put("passages", lines);
                groups.add(g);
                passageCount += ps.size();
            }
            int pages = Math.max(1, (groups.size() + REPORTS_PER_PAGE - 1) / REPORTS_PER_PAGE);
            for (int page = 1; page <= pages; page++) {
                List<Map<String, Object>> slice = groups.subList((page - 1) * REPORTS_PER_PAGE,
                        Math.min(groups.size(), page * REPORTS_PER_PAGE));
                JBakeHeader h = JBakeHeader.page(t.name(), "theme")
                        .put("slug", t.slug())
                        .put("description", t.description())
                        .put("report_count", groups.size())
                        .put("passage_count", passageCount)
                        .put("page", page)
                        .put("pages", pages)
                        .put("prev", page == 1 ? null : pageName(t.slug(), page - 1))
                        .put("next", page == pages ? null : pageName(t.slug(), page + 1))
                        .putJson("keywords", new ArrayList<>(t.keywords().keySet()).subList(0, Math.min(12, t.keywords().size())))
                        .putJson("groups", slice);
                Files.writeString(dir.resolve(pageName(t.slug(), page) + ".md"),
                        h.render() + "\n" + MarkdownEscaper.escape(t.description()) + "\n", StandardCharsets.UTF_8);
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("slug", t.slug());
            row.put("name", t.name());
            row.put("description", t.description());
            row.put("reports", groups.size());
            row.put("passages", passageCount);
            rows.add(row);
        }
        Files.writeString(dir.resolve("index.md"), JBakeHeader.page("主题", "themes")
                .putJson("themes", rows)
                .render() + "\n", StandardCharsets.UTF_8);
    }

    static String pageName(String slug, int page) {
        return page == 1 ? slug : slug + "-" + page;
    }
}
