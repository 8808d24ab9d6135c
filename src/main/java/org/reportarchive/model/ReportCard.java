package org.reportarchive.model;

import java.util.List;

/**
 * What the archive's indexes keep of a report once its page is written: its summary, its themes and figures. Small, so
 * that the indexes of a large archive fit in memory while the reports' texts do not have to.
 *
 * @param themes  the report's themes by share, largest first
 * @param figures the key figures it states, in text order
 */
public record ReportCard(ReportSummary summary, List<ThemeShare> themes, List<Figure> figures) {
    public ReportCard {
        themes = List.copyOf(themes);
        figures = List.copyOf(figures);
    }

    public String id() {
        return summary.id();
    }

    public ReportMetadata metadata() {
        return summary.metadata();
    }

    public String url() {
        return summary.url();
    }

    /** Theme slugs by share, largest first. */
    public List<String> themeSlugs() {
        return themes.stream().map(ThemeShare::slug).toList();
    }

    /** The report's share of a theme, or 0. */
    public double share(String theme) {
        return themes.stream().filter(t -> t.slug().equals(theme)).mapToDouble(ThemeShare::share).findFirst()
                .orElse(0);
    }
}
