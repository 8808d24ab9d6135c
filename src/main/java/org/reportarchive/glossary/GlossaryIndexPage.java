package org.reportarchive.glossary;

import java.util.List;

/**
 * The glossary's index page ({@code glossary.ftl}): the entries of general use by pinyin, grouped by initial,
 * and the places whose reports define terms of their own, each with a page of its terms; or one such page
 * ({@code place} is then the place it is about).
 *
 * @param places the places with terms of their own (on the index), each with its page and its number of terms
 */
public record GlossaryIndexPage(String place, int entryCount, List<Letter> groups, List<Place> places,
                                String jsonld) {

    /** A place whose reports define terms of their own; {@code url} is relative to the glossary folder. */
    public record Place(String name, String url, int terms) {
    }

    /** The entries under one initial; {@code id} is the section's anchor. */
    public record Letter(String initial, String id, List<Row> entries) {
    }

    /** An entry in the index, with the number of its occurrences in the reports. */
    public record Row(String slug, String term, String pinyin, String definition, String scope, boolean national,
                      int count) {
    }
}
