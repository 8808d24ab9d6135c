package org.reportarchive.glossary;

import java.util.Locale;

/** Which occurrences of a term get the tooltip link; every occurrence counts in the concordance. */
public enum AnnotationPolicy {
    FIRST_PER_SECTION, FIRST_PER_REPORT, EVERY;

    /** Reads {@code first-per-section}, {@code first-per-report} or {@code every}. */
    public static AnnotationPolicy parse(String value) {
        if (value == null || value.isBlank()) {
            return FIRST_PER_SECTION;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("glossary.annotate=" + value
                    + " is unknown; use first-per-section, first-per-report or every");
        }
    }
}
