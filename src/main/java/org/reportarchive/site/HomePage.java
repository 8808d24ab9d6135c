package org.reportarchive.site;

import java.util.List;
import org.reportarchive.model.ReportRow;
import org.reportarchive.places.PlacePages;

/**
 * The home page ({@code home.ftl}): the hub, with counts, the newest reports, the themes and the places with
 * the most reports.
 */
public record HomePage(Counts counts, List<ReportRow> latest, List<ThemeCount> themes, List<PlacePages.Count> places,
                boolean morePlaces) {

    public record Counts(int reports, long cities, long provinces, int themes, int terms, long years) {
    }

    public record ThemeCount(String slug, String name, int reports, int passages) {
    }
}
