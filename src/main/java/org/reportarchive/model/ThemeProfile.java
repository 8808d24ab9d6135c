package org.reportarchive.model;

import java.util.List;
import java.util.Map;

/**
 * The themes of one report.
 *
 * @param shares     theme slug to its share of the report's text (0 to 1), largest first
 * @param paragraphs paragraph id to the slugs of the themes the paragraph is about
 * @param sections   heading id to the slugs of the themes of the section it opens
 */
public record ThemeProfile(Map<String, Double> shares, Map<String, List<String>> paragraphs,
                           Map<String, List<String>> sections) {
    public ThemeProfile {
        shares = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(shares));
        paragraphs = Map.copyOf(paragraphs);
        sections = Map.copyOf(sections);
    }

    /** Theme slugs ordered by share, largest first. */
    public List<String> ordered() {
        return List.copyOf(shares.keySet());
    }
}
