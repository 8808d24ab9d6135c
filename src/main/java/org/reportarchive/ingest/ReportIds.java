package org.reportarchive.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reportarchive.model.Place;
import org.reportarchive.model.ReportSummary;
import org.reportarchive.places.Division;
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

    /** The id a report gets from its metadata alone: year, its place's short name in pinyin, kind. */
    public String base(ReportMetadata m) {
        String year = m.year() == null ? "undated" : String.valueOf(m.year());
        String place;
        if (m.place() == null) {
            place = m.anonymised() ? "anonymous" : "unknown-place";
        } else if (Place.NATIONAL.equals(m.place().level())) {
            place = "national";
        } else {
            // a unit of the past by its own name (襄樊市 has the code of today's 襄阳市)
            place = Slugs.pinyin(divisions.byCode(m.place().code()).filter(d -> d.name().equals(m.place().name()))
                    .map(Division::shortName).orElse(divisions.shortName(m.place().name())));
        }
        return year + "-" + place + "-" + m.kind().code();
    }

    /**
     * Assigns final ids: ids chosen in sidecars stay; the others are the base id, numbered when taken. When two
     * sidecars choose the same id, the first file (by name) keeps it and the other is left out with a message.
     *
     * @param conflicts receives one line per report left out
     */
    public List<ReportSummary> assign(List<ReportSummary> reports, List<String> conflicts) {
        List<ReportSummary> sorted = new ArrayList<>(reports);
        sorted.sort(Comparator.comparing(ReportSummary::source));
        Map<String, String> used = new HashMap<>();
        List<ReportSummary> kept = new ArrayList<>();
        for (ReportSummary r : sorted) {
            if (r.idFixed()) {
                String other = used.putIfAbsent(r.id(), r.source());
                if (other != null) {
                    conflicts.add(r.source() + ": id '" + r.id() + "' is already used by " + other
                            + "; give one of them another 'id:' in its sidecar");
                    continue;
                }
            }
            kept.add(r);
        }
        List<ReportSummary> out = new ArrayList<>();
        for (ReportSummary r : kept) {
            if (r.idFixed()) {
                out.add(r);
                continue;
            }
            String base = base(r.metadata());
            String id = base;
            int n = 1;
            while (used.containsKey(id)) {
                id = base + "-" + (++n);
            }
            used.put(id, r.source());
            out.add(r.withId(id));
        }
        return out;
    }
}
