package org.reportarchive.model;

/**
 * The publishing line a web page or newspaper printed around the report
 * (for example {@code 发布日期:2023-02-18 来源:泸州日报}). Any part may be null.
 */
public record Publication(String source, String date, String author, String line) {
}
