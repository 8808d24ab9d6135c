package org.reportarchive.site;

import java.util.List;
import org.reportarchive.model.Pager;
import org.reportarchive.model.ReportRow;

/**
 * The reports by year or by kind ({@code browse.ftl}): an index of the years (or kinds) with their counts and
 * newest reports, or one year's (kind's) reports, newest first, a page at a time.
 *
 * @param browse   {@code years} or {@code kinds}
 * @param groups   on the index: each year or kind; otherwise empty
 * @param group    on a list: the year or kind it lists; otherwise null
 */
public record BrowsePage(String title, String browse, List<Group> groups, Group group, List<ReportRow> reports,
                  Pager pager) {

    /**
     * A year or kind, its page (relative to the folder), its number of reports and, on the index, its newest
     * reports.
     */
    public record Group(String name, String note, String url, int count, List<ReportRow> newest) {
    }
}
