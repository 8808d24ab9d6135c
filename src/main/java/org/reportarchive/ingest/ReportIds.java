package org.reportarchive.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reportarchive.model.Report;
import org.reportarchive.model.ReportMetadata;
import org.reportarchive.places.Divisions;

/**
 * Gives every report a stable, readable id for its URL: year, place in pinyin and kind
 * ({@code 2021-leshan-report}). Reports that would share an id are numbered in the order of their file names
 * ({@code -2}, {@code -3}); an id chosen in a sidecar is kept as it is.
 */
public final class ReportIds {

    private final Divisions divisions;

    public ReportIds(Divisions divisions) {
        this.divisions = divisions;
    }

    /** The id a report gets from its metadata alone. */
    public String base(ReportMetadata m) {
        String year = m.year() == null ? "undated" : String.valueOf(m.year());
        String place;
        if (m.anonymised() && m.city() == null) {
            place = "anonymous";
        } else if (m.city() != null) {
            place = Slugs.pinyin(shortName(m.city()));
        } else if (m.province() != null) {
            place = Slugs.pinyin(shortName(m.province()));
        } else {
            place = "unknown-place";
        }
        return year + "-" + place + "-" + m.kind().code();
    }

    private String shortName(String name) {
        return divisions.byName(name).map(d -> d.shortName()).orElse(name.replaceFirst("(市|省)$", ""));
    }

    /**
     * Assigns final ids.
     *
     * @param fixed for each report, whether its current id was chosen in its sidecar
     */
    public List<Report> assign(List<Report> reports, List<Boolean> fixed) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing(i -> reports.get(i).source()));
        Map<String, Integer> used = new HashMap<>();
        for (int i = 0; i < reports.size(); i++) {
            if (fixed.get(i)) {
                used.merge(reports.get(i).id(), 1, Integer::sum);
            }
        }
        Report[] out = new Report[reports.size()];
        for (int i : order) {
            Report r = reports.get(i);
            if (fixed.get(i)) {
                out[i] = r;
                continue;
            }
            String base = base(r.metadata());
            String id = base;
            int n = 1;
            while (used.containsKey(id)) {
                id = base + "-" + (++n);
            }
            used.put(id, 1);
            out[i] = r.withId(id);
        }
        return List.of(out);
    }
}
