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
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.reportarchive.ingest.Slugs;
import org.reportarchive.model.PageSink;
import org.reportarchive.model.Pager;
import org.reportarchive.model.Place;
import org.reportarchive.model.ReportCard;
import org.reportarchive.model.ReportRow;

/**
 * Writes the place pages. A report is filed under its own place, at its own level (a province, a city, a
 * district, a county, a county-level city, the national congress); the index groups the cities under their
 * provinces, and a city's page lists its own reports and the districts and counties within it, each with a page
 * of its own. Anonymised documents and documents of unknown place have lists of their own. Every list of
 * reports continues on numbered pages, {@value #REPORTS_PER_PAGE} a page. Also writes {@code data/cities.json}.
 */
public final class PlacePages {

    static final int REPORTS_PER_PAGE = 100;

    private final Divisions divisions;
    /** Each place of the archive (by its key), with its page's name. */
    private final Map<String, String> slugs = new LinkedHashMap<>();
    private final Map<String, Place> byKey = new LinkedHashMap<>();

    /** A place and how many reports it has, for the home page; {@code url} is relative to the site root. */
    public record Count(String name, String url, int count) {
    }

    /**
     * @param places the places of the archive's reports; the cities and provinces they are in get pages too
     */
    public PlacePages(Divisions divisions, Collection<Place> places) {
        this.divisions = divisions;
        for (Place p : places) {
            if (p == null) {
                continue;
            }
            byKey.putIfAbsent(key(p), p);
            if (p.city() != null && !p.city().equals(p.name())) {
                Place city = cityOf(p);
                byKey.putIfAbsent(key(city), city);
            }
            if (p.province() != null && !p.province().equals(p.name()) && !p.province().equals(p.city())) {
                Place province = provinceOf(p);
                byKey.putIfAbsent(key(province), province);
            }
        }
        Set<String> taken = new HashSet<>(List.of("index", "anonymous", "unknown"));
        List<Place> ordered = new ArrayList<>(byKey.values());
        // today's units name their pages first, so that a unit of the past added later does not move them
        ordered.sort(Comparator.comparing((Place p) -> p.code() != null && today(p).isEmpty()).thenComparing(ORDER));
        for (Place p : ordered) {
            String base = Place.NATIONAL.equals(p.level()) ? "national" : Slugs.pinyin(shortName(p));
            String slug = base;
            if (taken.contains(slug)) {
                Place parent = p.city() != null && !p.city().equals(p.name()) ? cityOf(p) : provinceOf(p);
                slug = parent == null ? base : base + "-" + Slugs.pinyin(shortName(parent));
            }
            for (int n = 2; taken.contains(slug); n++) {
                slug = base + "-" + n;
            }
            taken.add(slug);
            slugs.put(key(p), slug);
        }
    }

    /** Places in the order of their division codes (those not in the table last, by name). */
    private static final Comparator<Place> ORDER = Comparator.comparing((Place p) -> Place.NATIONAL.equals(p.level())
            ? "000000" : p.code() == null ? "999999" : p.code()).thenComparing(Place::name);

    /**
     * A place's key: its code, name and city, since a unit of the past may have today's code under another name
     * (襄樊市, now 襄阳市) or parent (襄城区 under 襄樊市).
     */
    private static String key(Place p) {
        return p.code() != null ? p.code() + ":" + p.name() + ":" + p.city()
                : Place.NATIONAL.equals(p.level()) ? "national" : "name:" + p.name();
    }

    private String shortName(Place p) {
        return today(p).map(Division::shortName).orElse(divisions.shortName(p.name()));
    }

    /**
     * The unit of today's table a place is, unless it is one of the past (襄樊市 has 襄阳市's code, 樊城区 under
     * 襄樊市 its own).
     */
    private Optional<Division> today(Place p) {
        return divisions.byCode(p.code()).filter(d -> d.place().equals(p));
    }

    /** The city a place is in: today's, else the one city of the past of that name in its province, else by name. */
    private Place cityOf(Place p) {
        Optional<Place> today = divisions.byName(p.city()).filter(d -> d.name().equals(p.city()) && d.isCityLike())
                .map(Division::place);
        if (today.isPresent()) {
            return today.get();
        }
        List<Place> past = DivisionHistory.defaults().named(p.city()).stream().filter(h -> h.to() != null && h.unit().isCityLike()
                && h.unit().province().equals(p.province())).map(DivisionHistory.Period::place).distinct().toList();
        return past.size() == 1 ? past.get(0) : new Place(p.city(), null, "prefecture", p.city(), p.province());
    }

    private Place provinceOf(Place p) {
        if (p.province() == null) {
            return null;
        }
        return divisions.byName(p.province()).filter(Division::isProvinceLevel).map(Division::place)
                .orElse(new Place(p.province(), null, "province", null, p.province()));
    }

    /** The URL of a place's page, relative to the site root, or null. */
    public String url(Place place) {
        return place == null || !slugs.containsKey(key(place)) ? null : "places/" + slugs.get(key(place)) + ".html";
    }

    /**
     * The page names of a place and of the city and province it is in (what a search filtered by any of them
     * finds it by); {@code anonymous} or {@code unknown} for a report without a place.
     */
    public List<String> slugsWithin(Place place, boolean anonymised) {
        if (place == null) {
            return List.of(anonymised ? "anonymous" : "unknown");
        }
        List<String> out = new ArrayList<>();
        if (slugs.containsKey(key(place))) {
            out.add(slugs.get(key(place)));
        }
        if (place.city() != null && !place.city().equals(place.name())) {
            String city = slugs.get(key(cityOf(place)));
            if (city != null) {
                out.add(city);
            }
        }
        Place province = place.province() == null || place.province().equals(place.name()) ? null : provinceOf(place);
        if (province != null && slugs.containsKey(key(province)) && !out.contains(slugs.get(key(province)))) {
            out.add(slugs.get(key(province)));
        }
        return out;
    }

    /** A place a search can be narrowed to: its page name, its name, and whether it is a province-level unit. */
    public record Option(String slug, String name, boolean province) {
    }

    /**
     * The national congress, the provinces and the cities of the archive, each province followed by its cities,
     * in the order of their division codes (districts and counties are found through their city).
     */
    public List<Option> options() {
        List<Place> ordered = new ArrayList<>(byKey.values());
        ordered.sort(ORDER);
        List<Option> out = new ArrayList<>();
        for (Place p : ordered) {
            boolean province = Place.NATIONAL.equals(p.level()) || p.name().equals(p.province());
            boolean city = !province && (p.name().equals(p.city()) || "prefecture".equals(p.level()));
            if (province || city) {
                out.add(new Option(slugs.get(key(p)), p.name(), province));
            }
        }
        return out;
    }

    /** Places and the number of their own reports, in the order of their newest report (reports newest first). */
    public List<Count> counts(List<ReportCard> reports) {
        Map<String, Integer> count = new LinkedHashMap<>();
        Map<String, Place> place = new LinkedHashMap<>();
        for (ReportCard r : reports) {
            Place p = r.metadata().place();
            if (p != null) {
                count.merge(key(p), 1, Integer::sum);
                place.putIfAbsent(key(p), p);
            }
        }
        List<Count> out = new ArrayList<>();
        count.forEach((k, n) -> out.add(new Count(place.get(k).name(), url(place.get(k)), n)));
        return out;
    }

    /** @param reports newest first */
    public void write(PageSink sink, List<ReportCard> reports, Function<ReportCard, ReportRow> row)
            throws IOException {
        Map<String, List<ReportCard>> own = new LinkedHashMap<>();
        List<ReportCard> anonymous = new ArrayList<>();
        List<ReportCard> unknown = new ArrayList<>();
        for (ReportCard r : reports) {
            Place p = r.metadata().place();
            if (p == null) {
                (r.metadata().anonymised() ? anonymous : unknown).add(r);
            } else {
                own.computeIfAbsent(key(p), k -> new ArrayList<>()).add(r);
            }
        }
        // the places within each city and province, and every report under each place, counted
        Map<String, List<Place>> within = new LinkedHashMap<>();
        Map<String, Integer> total = new LinkedHashMap<>();
        List<Place> ordered = new ArrayList<>(byKey.values());
        ordered.sort(ORDER);
        for (Place p : ordered) {
            int n = own.getOrDefault(key(p), List.of()).size();
            total.merge(key(p), n, Integer::sum);
            Place parent = parent(p);
            if (parent != null) {
                within.computeIfAbsent(key(parent), k -> new ArrayList<>()).add(p);
                for (Place up = parent; up != null; up = parent(up)) {
                    total.merge(key(up), n, Integer::sum);
                }
            }
        }
        for (Place p : ordered) {
            List<PlacePage.Within> children = new ArrayList<>();
            for (Place c : within.getOrDefault(key(p), List.of())) {
                children.add(new PlacePage.Within(c.name(), slugs.get(key(c)) + ".html", total.get(key(c)),
                        levelLabel(c)));
            }
            Place parent = parent(p);
            writeList(sink, slugs.get(key(p)), p.name(), parent == null ? null : parent.name(),
                    parent == null ? null : slugs.get(key(parent)) + ".html", levelLabel(p), null,
                    own.getOrDefault(key(p), List.of()), children, false, row);
        }
        if (!anonymous.isEmpty()) {
            writeList(sink, "anonymous", "匿名文稿", null, null, null, "原文以 XX、XXX 代替地名和人名，本站不推断其地区。",
                    anonymous, List.of(), false, row);
        }
        if (!unknown.isEmpty()) {
            writeList(sink, "unknown", "地区不详", null, null, null, "原文没有写明是哪一地的人大，编者也没有补充。", unknown,
                    List.of(), true, row);
        }
        List<PlacesPage.Province> groups = new ArrayList<>();
        int cities = 0;
        for (Place p : ordered) {
            if (parent(p) != null) {
                continue; // listed under its province
            }
            List<PlacesPage.City> rows = new ArrayList<>();
            for (Place c : within.getOrDefault(key(p), List.of())) {
                rows.add(new PlacesPage.City(c.name(), slugs.get(key(c)) + ".html", total.get(key(c)),
                        c.level() == null ? "unknown" : c.level()));
                cities += "prefecture".equals(c.level()) ? 1 : 0;
            }
            cities += "municipality".equals(p.level()) ? 1 : 0;
            groups.add(new PlacesPage.Province(p.name(), slugs.get(key(p)) + ".html", "municipality".equals(p.level()),
                    own.getOrDefault(key(p), List.of()).size(), total.get(key(p)), rows));
        }
        sink.page("places/index.html", "places.ftl", new PlacesPage(cities, groups.size(), groups,
                anonymous.isEmpty() ? null : new PlacesPage.Other(anonymous.size(), "anonymous.html"),
                unknown.isEmpty() ? null : new PlacesPage.Other(unknown.size(), "unknown.html")));
    }

    /** The place a place is listed under: a county-level unit's city, a city's province; none for a province. */
    private Place parent(Place p) {
        if (p.city() != null && !p.city().equals(p.name())) {
            return byKey.get(key(cityOf(p)));
        }
        if (p.province() != null && !p.province().equals(p.name())) {
            Place province = provinceOf(p);
            return province == null ? null : byKey.get(key(province));
        }
        return null;
    }

    private String levelLabel(Place p) {
        if (p.level() == null) {
            return null;
        }
        String label = switch (p.level()) {
            case Place.NATIONAL -> "全国人民代表大会";
            case "province" -> "省级";
            case "municipality" -> "直辖市";
            case "sar" -> "特别行政区";
            case "prefecture" -> "地级市";
            case "county-city" -> "县级市";
            case "district" -> "市辖区";
            case "county" -> "县";
            case "township" -> "乡镇";
            case "subdistrict" -> "街道";
            default -> null;
        };
        List<String> notes = new ArrayList<>();
        if ("county-city".equals(p.level()) && p.city() != null && !p.city().equals(p.name())) {
            notes.add(p.city() + "代管");
        }
        // the history is read only for a place that is not a unit of today's table
        DivisionHistory.Period past = p.code() == null || today(p).isPresent() ? null
                : DivisionHistory.defaults().periodOf(p);
        if (past != null) {
            notes.add(past.from() + "—" + past.to() + "年"); // a unit of the past, under this name and parent
        }
        return label == null || notes.isEmpty() ? label : label + "（" + String.join("，", notes) + "）";
    }

    private static void writeList(PageSink sink, String slug, String name, String parent, String parentUrl,
                                  String level, String note, List<ReportCard> list, List<PlacePage.Within> within,
                                  boolean showPlace, Function<ReportCard, ReportRow> row) throws IOException {
        int pages = Math.max(1, (list.size() + REPORTS_PER_PAGE - 1) / REPORTS_PER_PAGE);
        for (int page = 1; page <= pages; page++) {
            List<ReportRow> rows = list.subList((page - 1) * REPORTS_PER_PAGE,
                    Math.min(list.size(), page * REPORTS_PER_PAGE)).stream().map(row).toList();
            sink.page("places/" + pageName(slug, page) + ".html", "place.ftl", new PlacePage(name, parent, parentUrl,
                    level, note, list.size(), rows, page == 1 ? within : List.of(), showPlace,
                    Pager.of(page, pages, n -> pageName(slug, n) + ".html")));
        }
    }

    static String pageName(String slug, int page) {
        return page == 1 ? slug : slug + "-" + page;
    }

    /** {@code data/cities.json}: each place with its level, city, province, page and its own reports' ids. */
    public void writeJson(PageSink sink, List<ReportCard> reports) throws IOException {
        Map<String, List<String>> own = new TreeMap<>();
        for (ReportCard r : reports) {
            Place p = r.metadata().place();
            if (p != null) {
                own.computeIfAbsent(key(p), k -> new ArrayList<>()).add(r.id());
            }
        }
        List<Place> ordered = new ArrayList<>(byKey.values());
        ordered.sort(ORDER);
        sink.file("data/cities.json", stream -> {
            try (JsonGenerator out = new ObjectMapper().getFactory().createGenerator(stream)) {
                out.useDefaultPrettyPrinter();
                out.writeStartArray();
                for (Place p : ordered) {
                    out.writeStartObject();
                    out.writeStringField("name", p.name());
                    out.writeStringField("code", p.code());
                    out.writeStringField("level", p.level());
                    out.writeStringField("city", p.city());
                    out.writeStringField("province", p.province());
                    out.writeStringField("url", url(p));
                    out.writeArrayFieldStart("reports");
                    for (String id : own.getOrDefault(key(p), List.of())) {
                        out.writeString(id);
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
