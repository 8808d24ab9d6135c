package org.reportarchive.themes;

import java.util.List;
import org.reportarchive.model.Pager;
import org.reportarchive.model.ReportRow;

/**
 * A theme's page ({@code theme.ftl}): the reports that treat it, newest first, each with its passages on the
 * theme; a long list continues on numbered pages.
 *
 * @param keywords the first words of the theme's lexicon
 */
public record ThemePage(String slug, String name, String description, List<String> keywords, int reportCount,
                        int passageCount, List<Group> groups, Pager pager) {

    /** A report, its share of the theme and its passages on it; {@code more} counts those not shown. */
    public record Group(ReportRow report, String share, List<Passage> passages, int more) {
    }

    /** A paragraph on the theme, linking to it. */
    public record Passage(String paragraph, String snippet) {
    }
}
