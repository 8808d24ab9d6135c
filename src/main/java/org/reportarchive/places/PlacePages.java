package org.reportarchive.places;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.reportarchive.ingest.Slugs;
import org.reportarchive.model.PageSink;
import org.reportarchive.model.Pager;
import org.reportarchive.model.ReportCard;
import org.reportarchive.model.ReportRow;

/**
 * Writes the place pages: an index of cities grouped by province (a municipality is its own province-level
 * unit; anonymised documents and documents of unknown place have lists of their own), and one page per city
 * listing its reports, newest first, {@value #REPORTS_PER_PAGE} a page. Also writes {@code data/cities.json}.
 */
public final class PlacePages {

    static final int REPORTS_PER_PAGE = 100;

    private final Divisions divisions;
    private final Map<String, String> slugs = new LinkedHashMap<>();

    /** A city and how many reports it has, for the home page. */
    public record Count(String name, String url, int count) {
    }

    /** @param cities the cities of the archive's reports */
    public PlacePages(Divisions divisions, Collection<String> cities) {
        this.divisions = divisions;
        Set<String> taken = new HashSet<>(List.of("index", "anonymous", "unknown"));
        TreeSet<String> ordered = new TreeSet<>(Comparator.comparing(this::code).thenComparing(c -> c));
        cities.stream().filter(Objects::nonNull).forEach(ordered::add);
        for (String city : ordered) {
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
    private Map<String, List<ReportCard>> cities(List<ReportCard> reports) {
        Map<String, List<ReportCard>> out = new TreeMap<>(Comparator.comparing(this::code).thenComparing(c -> c));
        for (ReportCard r : reports) {
            if (r.metadata().city() != null) {
                out.computeIfAbsent(r.metadata().city(), k -> new ArrayList<>()).add(r);
            }
        }
        return out;
    }

    private String code(String name) {
        return divisions.byName(name).map(Division::code).orElse("999999");
    }

    /** Cities and the number of their reports, in the order of their newest report (reports newest first). */
    public List<Count> counts(List<ReportCard> reports) {
        Map<String, Integer> count = new LinkedHashMap<>();
        for (ReportCard r : reports) {
            if (r.metadata().city() != null) {
                count.merge(r.metadata().city(), 1, Integer::sum);
            }
        }
        List<Count> out = new ArrayList<>();
        count.forEach((city, n) -> out.add(new Count(city, url(city), n)));
        return out;
    }

    /** @param reports newest first */
    public void write(PageSink sink, List<ReportCard> reports, Function<ReportCard, ReportRow> row)
            throws IOException {
        Map<String, List<ReportCard>> cities = cities(reports);
        Map<String, List<PlacesPage.City>> byProvince = new TreeMap<>(Comparator.comparing(this::code)
                .thenComparing(p -> p));
        for (Map.Entry<String, List<ReportCard>> c : cities.entrySet()) {
            ReportCard first = c.getValue().get(0);
            String province = first.metadata().province() != null ? first.metadata().province() : "省份不详";
            byProvince.computeIfAbsent(province, k -> new ArrayList<>()).add(new PlacesPage.City(c.getKey(),
                    slugs.get(c.getKey()) + ".html", c.getValue().size(),
                    divisions.byName(c.getKey()).map(Division::level).orElse("unknown")));
            writeList(sink, slugs.get(c.getKey()), c.getKey(), province, level(c.getKey()), null, c.getValue(), false,
                    row);
        }
        List<PlacesPage.Province> groups = new ArrayList<>();
        byProvince.forEach((province, rows) -> groups.add(new PlacesPage.Province(province,
                divisions.byName(province).map(d -> d.level().equals("municipality")).orElse(false), rows)));
        List<ReportCard> anonymous = new ArrayList<>();
        List<ReportCard> unknown = new ArrayList<>();
        for (ReportCard r : reports) {
            if (r.metadata().city() == null) {
                (r.metadata().anonymised() ? anonymous : unknown).add(r);
            }
        }
        if (!anonymous.isEmpty()) {
            writeList(sink, "anonymous", "匿名文稿", null, null, "原文以 XX、XXX 代替地名和人名，本站不推断其地区。",
                    anonymous, false, row);
        }
        if (!unknown.isEmpty()) {
            writeList(sink, "unknown", "地区不详", null, null, "原文没有写明是哪一地的人大，编者也没有补充。", unknown,
                    true, row);
        }
        sink.page("places/index.html", "places.ftl", new PlacesPage(cities.size(), groups.size(), groups,
                anonymous.isEmpty() ? null : new PlacesPage.Other(anonymous.size(), "anonymous.html"),
                unknown.isEmpty() ? null : new PlacesPage.Other(unknown.size(), "unknown.html")));
    }

    private String level(String city) {
        Division d = divisions.byName(city).orElse(null);
        return d == null ? null : switch (d.level()) {
            case "municipality" -> "直辖市";
            case "prefecture" -> "地级市";
            case "county-city" -> "县级市" + (d.prefecture() != null ? "（" + d.prefecture() + "代管）" : "");
            default -> null;
        };
    }

    private static void writeList(PageSink sink, String slug, String name, String province, String level, String note,
                                  List<ReportCard> list, boolean showPlace, Function<ReportCard, ReportRow> row)
            throws IOException {
        int pages = Math.max(1, (list.size() + REPORTS_PER_PAGE - 1) / REPORTS_PER_PAGE);
        for (int page = 1; page <= pages; page++) {
            List<ReportRow> rows = list.subList((page - 1) * REPORTS_PER_PAGE,
                    Math.min(list.size(), page * REPORTS_PER_PAGE)).stream().map(row).toList();
            sink.page("places/" + pageName(slug, page) + ".html", "place.ftl", new PlacePage(name, province, level,
                    note, list.size(), rows, showPlace, Pager.of(page, pages, n -> pageName(slug, n) + ".html")));
        }
    }

    static String pageName(String slug, int page) {
        return page == 1 ? slug : slug + "-" + page;
    }

    /** {@code data/cities.json}: each city with its province, page and report ids. */
    public void writeJson(PageSink sink, List<ReportCard> reports) throws IOException {
        sink.file("data/cities.json", stream -> {
            try (JsonGenerator out = new ObjectMapper().getFactory().createGenerator(stream)) {
                out.useDefaultPrettyPrinter();
                out.writeStartArray();
                for (Map.Entry<String, List<ReportCard>> c : cities(reports).entrySet()) {
                    out.writeStartObject();
                    out.writeStringField("name", c.getKey());
                    out.writeStringField("province", c.getValue().get(0).metadata().province());
                    out.writeStringField("level", divisions.byName(c.getKey()).map(Division::level).orElse(null));
                    out.writeStringField("url", url(c.getKey()));
                    out.writeArrayFieldStart("reports");
                    for (ReportCard r : c.getValue()) {
                        out.writeString(r.id());
                    }
                    out.writeEndArray();
                    out.writeEndObject();
                }
                out.writeEndArray();
                out.writeRaw('\n');
            }
        });
    }
}
