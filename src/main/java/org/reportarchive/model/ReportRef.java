package org.reportarchive.model;

/** What glossary pages show of a report they link to. */
public record ReportRef(String id, String title, String place, String when, String url) {
}
