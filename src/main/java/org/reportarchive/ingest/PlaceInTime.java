package org.reportarchive.ingest;

import java.util.List;
import java.util.stream.Collectors;
import org.reportarchive.model.Place;
import org.reportarchive.places.DivisionHistory;

/**
 * Files a report under its place as it was in the report's year. The division table is today's; a report of 2010
 * that names 巢湖市 is the prefecture-level city's, not today's county-level city's under 合肥市, and one of 2008
 * that names 襄樊市 (renamed 襄阳市 in 2010) is that city's. A name that meant different units during the year is
 * left empty with a warning, rather than filed under either.
 */
final class PlaceInTime {

    /** Where the city and province of a place of the past come from. */
    static final String HISTORY = "division history";

    private final DivisionHistory history;

    PlaceInTime(DivisionHistory history) {
        this.history = history;
    }

    /**
     * The place of today's table as it was in the year: itself, the unit that had its name then, or null (with a
     * warning) when the name changed its meaning during that year.
     *
     * @param source where the report names the place, for the warning
     */
    Place asOf(Place place, int year, String source, List<String> warnings) {
        if (place.code() == null) {
            return place;
        }
        DivisionHistory.Verdict v = history.of(place.code(), place.name(), year);
        if (v instanceof DivisionHistory.Then then) {
            return then.period().place();
        }
        if (v instanceof DivisionHistory.Unclear unclear) {
            warnings.add("place: " + place.name() + " (" + source + ") was the name of " + describe(unclear.periods())
                    + ", and the report, of " + year + ", does not say which; add 'place:' with the division code"
                    + " to the sidecar");
            return null;
        }
        if (v instanceof DivisionHistory.NotYet notYet) {
            warnings.add("place: " + place.name() + " (" + source + ") is a division of that name only from "
                    + notYet.from() + ", and the report is of " + year + "; check its date, or add 'place:' to the"
                    + " sidecar");
        }
        return place;
    }

    /**
     * The place of the past a name that today's table does not hold stood for in the year (襄樊市 in 2008), or null;
     * a name several units had then gets a warning.
     */
    Place named(String name, int year, String source, List<String> warnings) {
        DivisionHistory.Verdict v = history.ofName(name, year);
        if (v instanceof DivisionHistory.Then then) {
            return then.period().place();
        }
        if (v instanceof DivisionHistory.Unclear unclear) {
            warnings.add("place: " + name + " (" + source + ") was the name of " + describe(unclear.periods())
                    + " in " + year + ", and the report does not say which; add 'place:' and 'province:' to the"
                    + " sidecar");
        }
        return null;
    }

    private static String describe(List<DivisionHistory.Period> periods) {
        return periods.stream().map(p -> p.unit().code() + " " + p.unit().name() + " ("
                + (p.unit().prefecture() != null ? p.unit().prefecture() : p.unit().province()) + ", "
                + p.from() + "–" + (p.to() == null ? "" : String.valueOf(p.to())) + ")")
                .collect(Collectors.joining(" and "));
    }
}
