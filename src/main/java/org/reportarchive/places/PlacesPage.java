package org.reportarchive.places;

import java.util.List;

/**
 * The index of places ({@code places.ftl}): the province-level units, each with the cities (and the places
 * directly under it) that have reports; anonymised documents and documents of unknown place are counted and
 * listed on pages of their own.
 *
 * @param anonymous the list of anonymised documents, or null if there are none
 * @param unknown   the list of documents of unknown place, or null if there are none
 */
public record PlacesPage(int cityCount, int provinceCount, List<Province> groups, Other anonymous, Other unknown) {

    /**
     * A province-level unit (or the national congress), its page, its own reports and all reports within it, and
     * the places under it.
     */
    public record Province(String name, String url, boolean municipality, int own, int total, List<City> cities) {
    }

    /** A place under a province and the number of reports in it; {@code url} is relative to the places folder. */
    public record City(String name, String url, int count, String level) {
    }

    /** A list of reports that are filed under no place. */
    public record Other(int count, String url) {
    }
}
