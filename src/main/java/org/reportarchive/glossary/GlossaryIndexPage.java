package org.reportarchive.glossary;

import java.util.List;

/** The glossary's index page ({@code glossary.ftl}): entries by pinyin, grouped by initial. */
public record GlossaryIndexPage(int entryCount, List<Letter> groups, String jsonld) {

    /** The entries under one initial; {@code id} is the section's anchor. */
    public record Letter(String initial, String id, List<Row> entries) {
    }

    /** An entry in the index, with the number of its occurrences in the reports. */
    public record Row(String slug, String term, String pinyin, String definition, String scope, boolean national,
                      int count) {
    }
}
