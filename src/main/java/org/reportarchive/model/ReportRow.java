package org.reportarchive.model;

import java.util.List;

/**
 * A report as every list of reports shows it ({@code layout.ftl}'s report table).
 *
 * @param province the province, when it is not the place itself, or null
 * @param themes   the names of the report's first three themes
 */
public record ReportRow(String id, String url, String title, String place, String province, String when,
                        String kind, boolean incomplete, int paragraphs, List<String> themes) {
}
