package org.reportarchive.themes;

import java.util.List;

/** The index of themes ({@code themes.ftl}). */
public record ThemesPage(List<Row> themes) {

    /** A theme and how many reports and passages treat it. */
    public record Row(String slug, String name, String description, int reports, int passages) {
    }
}
