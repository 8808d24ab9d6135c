package org.reportarchive.figures;

import java.util.List;
import org.reportarchive.model.Pager;
import org.reportarchive.model.ReportRow;

/**
 * The comparison of the reports' key figures: a row per report, a column per measure.
 *
 * @param measures the columns
 * @param rows     the reports of this page, newest first
 * @param stating  how many reports of the archive state at least one figure
 * @param reports  how many reports the archive has
 */
public record FiguresPage(List<Column> measures, List<Row> rows, int stating, int reports, Pager pager) {

    /** A measure: its page and name, how many reports state it. */
    public record Column(String slug, String label, int reports) {
    }

    /** A report and its figure for each measure, in the order of the columns (an empty cell when not stated). */
    public record Row(ReportRow report, List<Cell> cells) {
    }

    /**
     * A figure in the table: the count, its unit, the period it covers and the sentence it was read from.
     *
     * @param href the sentence's paragraph, relative to the site root; null for an empty cell
     */
    public record Cell(Integer value, String unit, String period, String sentence, String href) {
    }
}
