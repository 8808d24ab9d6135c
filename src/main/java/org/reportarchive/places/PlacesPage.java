package org.reportarchive.places;

import java.util.List;

/**
 * The index of places ({@code places.ftl}): cities grouped by province; anonymised documents and documents of
 * unknown place are counted and listed on pages of their own.
 *
 * @param anonymous the list of anonymised documents, or null if there are none
 * @param unknown   the list of documents of unknown place, or null if there are none
 */
public record PlacesPage(int cityCount, int provinceCount, List<Province> groups, Other anonymous, Other unknown) {

    /** A province-level unit and its cities. */
    public record Province(String name, boolean municipality, List<City> cities) {
    }

    /** A city and the number of its reports; {@code url} is relative to the places folder. */
    public record City(String name, String url, int count, String level) {
    }

    /** A list of reports that are filed under no city. */
    public record Other(int count, String url) {
    }
}
