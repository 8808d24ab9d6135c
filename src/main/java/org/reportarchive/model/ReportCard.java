package org.reportarchive.model;

import java.util.List;

/**
 * What the archive's indexes keep of a report once its page is written: its summary and its themes. Small, so
 * that the indexes of a large archive fit in memory while the reports' texts do not have to.
 *
 * @param themes the report's themes by share, largest first
 */
public record ReportCard(ReportSummary summary, List<ThemeShare> themes) {
    public ReportCard {
        themes = List.copyOf(themes);
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
