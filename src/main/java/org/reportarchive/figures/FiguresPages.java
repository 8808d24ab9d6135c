package org.reportarchive.figures;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.reportarchive.charts.YearChart;
import org.reportarchive.model.Figure;
import org.reportarchive.model.PageSink;
import org.reportarchive.model.Pager;
import org.reportarchive.model.ReportCard;
import org.reportarchive.model.ReportRow;

/**
 * Writes the key figures across the archive: the comparison table ({@code figures/index.html}, a row per report,
 * {@value #REPORTS_PER_PAGE} a page), a page per measure with its chart by year ({@code figures/laws-enacted.html},
 * {@value #LINES_PER_PAGE} figures a page), and the data ({@code data/figures.json}, {@code data/figures.csv}).
 * A report that states a measure more than once (for one year and for five) shows its first figure in the
 * comparison and every figure on the measure's page and in the data.
 */
public final class FiguresPages {

    static final int REPORTS_PER_PAGE = 100;
    static final int LINES_PER_PAGE = 200;

    private final List<ReportCard> reports;
    private final Function<ReportCard, ReportRow> row;

    /** @param reports newest first */
    public FiguresPages(List<ReportCard> reports, Function<ReportCard, ReportRow> row) {
        this.reports = reports;
        this.row = row;
    }

    public void write(PageSink sink) throws IOException {
        Map<Measure, List<ReportCard>> stating = new EnumMap<>(Measure.class);
        int any = 0;
        for (ReportCard c : reports) {
            any += c.figures().isEmpty() ? 0 : 1;
            for (Measure m : Measure.values()) {
                if (first(c, m) != null) {
                    stating.computeIfAbsent(m, k -> new ArrayList<>()).add(c);
                }
            }
        }
        List<FiguresPage.Column> columns = new ArrayList<>();
        for (Measure m : Measure.values()) {
            columns.add(new FiguresPage.Column(m.slug(), m.label(), stating.getOrDefault(m, List.of()).size()));
        }
        int pages = Math.max(1, (reports.size() + REPORTS_PER_PAGE - 1) / REPORTS_PER_PAGE);
        for (int page = 1; page <= pages; page++) {
            List<FiguresPage.Row> rows = new ArrayList<>();
            for (ReportCard c : reports.subList((page - 1) * REPORTS_PER_PAGE,
                    Math.min(reports.size(), page * REPORTS_PER_PAGE))) {
                List<FiguresPage.Cell> cells = new ArrayList<>();
                for (Measure m : Measure.values()) {
                    Figure f = first(c, m);
                    cells.add(f == null ? new FiguresPage.Cell(null, null, null, null, null)
                            : new FiguresPage.Cell(f.value(), f.unit(), periodLabel(f), f.sentence(),
                            c.url() + "#" + f.paragraph()));
                }
                rows.add(new FiguresPage.Row(row.apply(c), cells));
            }
            sink.page("figures/" + pageName("index", page) + ".html", "figures.ftl",
                    new FiguresPage(columns, rows, any, reports.size(),
                            Pager.of(page, pages, n -> pageName("index", n) + ".html")));
        }
        for (Measure m : Measure.values()) {
            writeMeasure(sink, m);
        }
    }

    private void writeMeasure(PageSink sink, Measure measure) throws IOException {
        List<MeasurePage.Line> lines = new ArrayList<>();
        Map<Period, Integer> byPeriod = new EnumMap<>(Period.class);
        int unsaid = 0;
        TreeMap<Integer, List<Integer>> yearly = new TreeMap<>();
        List<Object[]> sorted = new ArrayList<>(); // figure, card, report order
        int order = 0;
        for (ReportCard c : reports) {
            for (Figure f : c.figures()) {
                if (!f.measure().equals(measure.id())) {
                    continue;
                }
                sorted.add(new Object[] {f, c, order++});
                Period p = Period.byCode(f.period());
                if (p == null) {
                    unsaid++;
                } else {
                    byPeriod.merge(p, 1, Integer::sum);
                }
                if (p == Period.YEAR && c.metadata().year() != null) {
                    yearly.computeIfAbsent(c.metadata().year(), y -> new ArrayList<>()).add(f.value());
                }
            }
        }
        sorted.sort(Comparator.comparingInt((Object[] o) -> rank(((Figure) o[0]).period()))
                .thenComparing(o -> -((Figure) o[0]).value()).thenComparingInt(o -> (Integer) o[2]));
        for (Object[] o : sorted) {
            Figure f = (Figure) o[0];
            ReportCard c = (ReportCard) o[1];
            ReportRow r = row.apply(c);
            lines.add(new MeasurePage.Line(r.title(), c.url(), r.place(), r.when(), f.value(), f.unit(), periodLabel(f),
                    f.sentence(), c.url() + "#" + f.paragraph()));
        }
        TreeMap<Integer, YearChart.Spread> spreads = new TreeMap<>();
        yearly.forEach((y, values) -> spreads.put(y, spread(values)));
        String chart = YearChart.spreads("chart-" + measure.slug(), measure.label() + "：各年报告所述一年的数字（中位数与范围）",
                spreads, measure.usualUnit());
        List<MeasurePage.PeriodCount> counts = new ArrayList<>();
        for (Period p : Period.values()) {
            counts.add(new MeasurePage.PeriodCount(p.label(), byPeriod.getOrDefault(p, 0)));
        }
        counts.add(new MeasurePage.PeriodCount("未说明", unsaid));
        List<MeasurePage.Other> others = new ArrayList<>();
        for (Measure m : Measure.values()) {
            others.add(new MeasurePage.Other(m.slug(), m.label()));
        }
        int pages = Math.max(1, (lines.size() + LINES_PER_PAGE - 1) / LINES_PER_PAGE);
        for (int page = 1; page <= pages; page++) {
            sink.page("figures/" + pageName(measure.slug(), page) + ".html", "measure.ftl",
                    new MeasurePage(measure.slug(), measure.label(), measure.id(), page == 1 ? chart : "", counts,
                            lines.subList((page - 1) * LINES_PER_PAGE, Math.min(lines.size(), page * LINES_PER_PAGE)),
                            lines.size(), Pager.of(page, pages, n -> pageName(measure.slug(), n) + ".html"), others));
        }
    }

    private static int rank(String period) {
        Period p = Period.byCode(period);
        return p == null ? Period.values().length : p.ordinal();
    }

    static YearChart.Spread spread(List<Integer> values) {
        List<Integer> v = new ArrayList<>(values);
        v.sort(null);
        int n = v.size();
        double median = n % 2 == 1 ? v.get(n / 2) : (v.get(n / 2 - 1) + v.get(n / 2)) / 2.0;
        return new YearChart.Spread(v.get(0), median, v.get(n - 1), n);
    }

    /** The report's first figure for a measure, or null. */
    static Figure first(ReportCard c, Measure m) {
        for (Figure f : c.figures()) {
            if (f.measure().equals(m.id())) {
                return f;
            }
        }
        return null;
    }

    static String periodLabel(Figure f) {
        Period p = Period.byCode(f.period());
        return p == null ? "未说明" : p.label();
    }

    private static String pageName(String base, int page) {
        return page == 1 ? base : base + "-" + page;
    }
}
