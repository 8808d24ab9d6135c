package org.reportarchive.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.reportarchive.markdown.JBakeHeader;
import org.reportarchive.model.Kind;
import org.reportarchive.model.ReportSummary;

/**
 * Writes the home page (the hub: latest reports, places, themes and the glossary, with counts) and the indexes
 * of reports by year and by kind, as JBake content built from data computed once.
 */
final class BrowsePages {

    /** The home page lists this many of the newest reports. */
    static final int LATEST = 20;

    private final List<ReportSummary> reports;
    private final Function<ReportSummary, Map<String, Object>> listing;

    /** @param reports newest first */
    BrowsePages(List<ReportSummary> reports, Function<ReportSummary, Map<String, Object>> listing) {
        this.reports = reports;
        this.listing = listing;
    }

    void writeHome(Path content, Map<String, Object> counts, List<Map<String, Object>> themes,
                   List<Map<String, Object>> places) throws IOException {
        List<Map<String, Object>> latest = new ArrayList<>();
        reports.stream().limit(LATEST).forEach(r -> latest.add(listing.apply(r)));
        Files.writeString(content.resolve("index.md"), JBakeHeader.page("地方人大常委会工作报告注释档案", "home")
                .put("report_count", reports.size())
                .putJson("counts", counts)
                .putJson("latest", latest)
                .putJson("themes", themes)
                .putJson("places", places)
                .render() + "\n", StandardCharsets.UTF_8);
    }

    void writeYearsAndKinds(Path content) throws IOException {
        Map<String, List<Map<String, Object>>> byYear = new TreeMap<>((a, b) -> b.compareTo(a));
        Map<Kind, List<Map<String, Object>>> byKind = new TreeMap<>();
        for (ReportSummary r : reports) {
            Integer year = r.metadata().year();
            byYear.computeIfAbsent(year == null ? "0000" : String.valueOf(year), k -> new ArrayList<>()).add(listing.apply(r));
            byKind.computeIfAbsent(r.metadata().kind(), k -> new ArrayList<>()).add(listing.apply(r));
        }
        List<Map<String, Object>> years = new ArrayList<>();
        byYear.forEach((y, rows) -> years.add(group(y.equals("0000") ? "年份不详" : y + "年", "y" + y, rows)));
        List<Map<String, Object>> kinds = new ArrayList<>();
        byKind.forEach((k, rows) -> kinds.add(group(k.label(), k.code(), rows)));
        Files.createDirectories(content.resolve("years"));
        Files.createDirectories(content.resolve("kinds"));
        Files.writeString(content.resolve("years/index.md"), index("按年份", "years", years), StandardCharsets.UTF_8);
        Files.writeString(content.resolve("kinds/index.md"), index("按类型", "kinds", kinds), StandardCharsets.UTF_8);
    }

    private static Map<String, Object> group(String name, String id, List<Map<String, Object>> rows) {
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("name", name);
        g.put("id", id);
        g.put("reports", rows);
        return g;
    }

    private static String index(String title, String type, List<Map<String, Object>> groups) {
        return JBakeHeader.page(title, "browse")
                .put("browse", type)
                .putJson("groups", groups)
                .render() + "\n";
    }
}
