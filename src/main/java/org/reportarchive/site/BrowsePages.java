package org.reportarchive.site;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.reportarchive.model.Kind;
import org.reportarchive.model.PageSink;
import org.reportarchive.model.Pager;
import org.reportarchive.model.ReportCard;
import org.reportarchive.model.ReportRow;

/**
 * Writes the reports by year and by kind: an index of the years (kinds) with their counts, and for each year
 * (kind) its reports, newest first, {@value #REPORTS_PER_PAGE} a page ({@code years/2021.html},
 * {@code years/2021-2.html}).
 */
final class BrowsePages {

    static final int REPORTS_PER_PAGE = 100;
    /** The index shows this many of each year's (kind's) newest reports. */
    static final int NEWEST = 10;

    private final List<ReportCard> reports;
    private final Function<ReportCard, ReportRow> row;

    /** @param reports newest first */
    BrowsePages(List<ReportCard> reports, Function<ReportCard, ReportRow> row) {
        this.reports = reports;
        this.row = row;
    }

    void write(PageSink sink) throws IOException {
        Map<String, List<ReportCard>> byYear = new TreeMap<>(Comparator.reverseOrder());
        Map<Kind, List<ReportCard>> byKind = new TreeMap<>();
        for (ReportCard r : reports) {
            Integer year = r.metadata().year();
            byYear.computeIfAbsent(year == null ? "0000" : String.valueOf(year), k -> new ArrayList<>()).add(r);
            byKind.computeIfAbsent(r.metadata().kind(), k -> new ArrayList<>()).add(r);
        }
        List<BrowsePage.Group> years = new ArrayList<>();
        for (Map.Entry<String, List<ReportCard>> e : byYear.entrySet()) {
            String slug = e.getKey().equals("0000") ? "undated" : e.getKey();
            String name = e.getKey().equals("0000") ? "年份不详" : e.getKey() + "年";
            years.add(writeList(sink, "years", "按年份", slug, name, null, e.getValue()));
        }
        List<BrowsePage.Group> kinds = new ArrayList<>();
        for (Map.Entry<Kind, List<ReportCard>> e : byKind.entrySet()) {
            kinds.add(writeList(sink, "kinds", "按类型", e.getKey().code(), e.getKey().label(),
                    e.getKey().description(), e.getValue()));
        }
        sink.page("years/index.html", "browse.ftl", new BrowsePage("按年份", "years", years, null, List.of(), null));
        sink.page("kinds/index.html", "browse.ftl", new BrowsePage("按类型", "kinds", kinds, null, List.of(), null));
    }

    private BrowsePage.Group writeList(PageSink sink, String folder, String title, String slug, String name,
                                       String note, List<ReportCard> list) throws IOException {
        BrowsePage.Group group = new BrowsePage.Group(name, note, slug + ".html", list.size(), List.of());
        int pages = Math.max(1, (list.size() + REPORTS_PER_PAGE - 1) / REPORTS_PER_PAGE);
        for (int page = 1; page <= pages; page++) {
            List<ReportRow> rows = list.subList((page - 1) * REPORTS_PER_PAGE,
                    Math.min(list.size(), page * REPORTS_PER_PAGE)).stream().map(row).toList();
            sink.page(folder + "/" + pageName(slug, page) + ".html", "browse.ftl", new BrowsePage(title, folder,
                    List.of(), group, rows, Pager.of(page, pages, n -> pageName(slug, n) + ".html")));
        }
        return new BrowsePage.Group(name, note, group.url(), group.count(),
                list.stream().limit(NEWEST).map(row).toList());
    }

    private static String pageName(String slug, int page) {
        return page == 1 ? slug : slug + "-" + page;
    }
}
