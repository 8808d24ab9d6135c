package org.reportarchive.places;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.reportarchive.ingest.Slugs;
import org.reportarchive.markdown.JBakeHeader;
import org.reportarchive.model.ReportSummary;

/**
 * Writes the place pages as JBake content: an index of cities grouped by province (a municipality is its own
 * province-level unit; anonymised documents and documents of unknown place have groups of their own), and one
 * page per city listing its reports, newest first. Also writes {@code data/cities.json}.
 */
public final class PlacePages {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Divisions divisions;
    private final List<ReportSummary> reports;
    private final Function<ReportSummary, Map<String, Object>> listing;
    private final Map<String, String> slugs = new LinkedHashMap<>();

    /** @param reports newest first */
    public PlacePages(Divisions divisions, List<ReportSummary> reports, Function<ReportSummary, Map<String, Object>> listing) {
        this.divisions = divisions;
        this.reports = reports;
        this.listing = listing;
        Set<String> taken = new HashSet<>();
        taken.add("index");
        for (String city : cities().keySet()) {
            Division d = divisions.byName(city).orElse(null);
            String base = Slugs.pinyin(d == null ? city : d.shortName());
            String slug = taken.contains(base) && d != null ? base + "-" + Slugs.pinyin(d.province()) : base;
            int n = 1;
            while (taken.contains(slug)) {
                slug = base + "-" + (++n);
            }
            taken.add(slug);
            slugs.put(city, slug);
        }
    }

    /** The URL of a city's page, relative to the site root, or null. */
    public String url(String city) {
        return city == null || !slugs.containsKey(city) ? null : "places/" + slugs.get(city) + ".html";
    }

    /** City to its reports (newest first), cities in the order of their division codes. */
    private Map<String, List<ReportSummary>> cities() {
        Map<String, List<ReportSummary>> out = new TreeMap<>(Comparator.comparing(this::code).thenComparing(c -> c));
        for (ReportSummary r : reports) {
            if (r.metadata().city() != null) {
                out.computeIfAbsent(r.metadata().city(), k -> new ArrayList<>()).add(r);
            }
        }
        return out;
    }

    private String code(String name) {
        return divisions.byName(name).map(Division::code).orElse("999999");
    }

    public void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Map<String, List<ReportSummary>> cities = cities();
        Map<String, List<Map<String, Object>>> byProvince = new TreeMap<>(Comparator.comparing(this::code)
                .thenComparing(p -> p));
        for (Map.Entry<String, List<ReportSummary>> c : cities.entrySet()) {
            ReportSummary first = c.getValue().get(0);
            String province = first.metadata().province() != null ? first.metadata().province() : "省份不详";
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", c.getKey());
            row.put("slug", slugs.get(c.getKey()));
            row.put("count", c.getValue().size());
            row.put("level", divisions.byName(c.getKey()).map(Division::level).orElse("unknown"));
            byProvince.computeIfAbsent(province, k -> new ArrayList<>()).add(row);
            writeCity(dir, c.getKey(), province, c.getValue());
        }
        List<Map<String, Object>> groups = new ArrayList<>();
        byProvince.forEach((province, rows) -> {
            Map<String, Object> g = new LinkedHashMap<>();
            g.put("name", province);
            g.put("municipality", divisions.byName(province).map(d -> d.level().equals("municipality")).orElse(false));
            g.put("cities", rows);
            groups.add(g);
        });
        List<Map<String, Object>> anonymous = new ArrayList<>();
        List<Map<String, Object>> unknown = new ArrayList<>();
        for (ReportSummary r : reports) {
            if (r.metadata().city() == null) {
                (r.metadata().anonymised() ? anonymous : unknown).add(listing.apply(r));
            }
        }
        Files.writeString(dir.resolve("index.md"), JBakeHeader.page("地区", "places")
                .put("city_count", cities.size())
                .put("province_count", groups.size())
                .putJson("groups", groups)
                .putJson("anonymous", anonymous)
                .putJson("unknown", unknown)
                .render() + "\n", StandardCharsets.UTF_8);
    }

    private void writeCity(Path dir, String city, String province, List<ReportSummary> list) throws IOException {
        List<Map<String, Object>> rows = new ArrayList<>();
        list.forEach(r -> rows.add(listing.apply(r)));
        Division d = divisions.byName(city).orElse(null);
        String level = d == null ? "" : switch (d.level()) {
            case "municipality" -> "直辖市";
            case "prefecture" -> "地级市";
            case "county-city" -> "县级市" + (d.prefecture() != null ? "（" + d.prefecture() + "代管）" : "");
            default -> "";
        };
        Files.writeString(dir.resolve(slugs.get(city) + ".md"), JBakeHeader.page(city, "place")
                .put("province", province)
                .put("level", level)
                .putJson("reports", rows)
                .render() + "\n", StandardCharsets.UTF_8);
    }

    /** {@code data/cities.json}: each city with its province, page and report ids. */
    public void writeJson(Path file) throws IOException {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map.Entry<String, List<ReportSummary>> c : cities().entrySet()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", c.getKey());
            m.put("province", c.getValue().get(0).metadata().province());
            m.put("level", divisions.byName(c.getKey()).map(Division::level).orElse(null));
            m.put("url", url(c.getKey()));
            m.put("reports", c.getValue().stream().map(ReportSummary::id).toList());
            out.add(m);
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, JSON.writeValueAsString(out) + "\n");
    }
}
