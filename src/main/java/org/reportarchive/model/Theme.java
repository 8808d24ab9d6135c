package org.reportarchive.model;

import java.util.Map;

/**
 * A theme of the archive's taxonomy.
 *
 * @param order    position in lists of themes
 * @param keywords the lexicon: words (as HanLP tokens) and how strongly each points to the theme (1 to 3), in
 *                 the order of the theme's file
 */
public record Theme(String slug, String name, int order, String description, Map<String, Integer> keywords) {
    public Theme {
        keywords = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(keywords));
    }
}
