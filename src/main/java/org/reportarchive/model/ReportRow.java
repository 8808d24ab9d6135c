package org.reportarchive.model;

import java.util.List;

/**
 * A report as every list of reports shows it ({@code layout.ftl}'s report table).
 *
 * @param within   what the place is in (成都市 · 四川省, or 四川省), when it is not a province-level unit, or null
 * @param themes   the names of the report's first three themes
 */
public record ReportRow(String id, String url, String title, String place, String within, String when,
                        String kind, boolean incomplete, int paragraphs, List<String> themes) {
}
