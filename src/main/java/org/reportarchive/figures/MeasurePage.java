package org.reportarchive.figures;

import java.util.List;
import org.reportarchive.model.Pager;

/**
 * One measure across the archive: a chart of the yearly figures by the year of the report, and every figure
 * the reports state, the yearly ones first, largest first.
 *
 * @param chart   the SVG chart of the figures that cover one year (empty when there are none)
 * @param counts  how many figures cover a year, five years, the term, or a period the text does not say
 */
public record MeasurePage(String slug, String label, String id, String chart, List<PeriodCount> counts,
                          List<Line> lines, int figures, Pager pager, List<Other> others) {

    /** How many of the measure's figures cover a period. */
    public record PeriodCount(String period, int figures) {
    }

    /** A figure of a report. */
    public record Line(String title, String url, String place, String when, int value, String unit, String period,
                       String sentence, String href) {
    }

    /** Another measure, for the navigation between them. */
    public record Other(String slug, String label) {
    }
}
