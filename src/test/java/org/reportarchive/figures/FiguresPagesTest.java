package org.reportarchive.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reportarchive.model.Figure;
import org.reportarchive.model.Kind;
import org.reportarchive.model.Place;
import org.reportarchive.model.RecordingSink;
import org.reportarchive.model.ReportCard;
import org.reportarchive.model.ReportMetadata;
import org.reportarchive.model.ReportRow;
import org.reportarchive.model.ReportSummary;

class FiguresPagesTest {

    private static ReportCard card(int i, int year, List<Figure> figures) {
        ReportMetadata m = new ReportMetadata("报告" + i, new Place("乐山市", "511100", "prefecture", "乐山市", "四川省"),
                LocalDate.of(year, 1, 10), year, null, null, null, null, null, Kind.REPORT, null, false, null, false,
                List.of(), List.of(), Map.of());
        return new ReportCard(new ReportSummary("r" + i, "r" + i + ".txt", m, 1, 10, 0, 0, List.of(), List.of(), false, null),
                List.of(), figures);
    }

    private static Figure f(String measure, int value, String period, String sentence) {
        return new Figure(measure, value, "次", period, sentence, "p3");
    }

    private static RecordingSink write(List<ReportCard> cards) throws Exception {
        RecordingSink sink = new RecordingSink();
        new FiguresPages(cards, c -> new ReportRow(c.id(), c.url(), c.metadata().title(), "乐山市", null,
                String.valueOf(c.metadata().year()), "工作报告", false, 1, List.of())).write(sink);
        FiguresData.write(sink, cards);
        return sink;
    }

    @Test
    void aReportsFirstFigureOfAMeasureIsItsCellAndEveryFigureIsOnTheMeasuresPage() throws Exception {
        List<ReportCard> cards = List.of(
                card(1, 2023, List.of(f("standing_committee_sessions", 8, "year", "一年来，召开常委会会议8次。"),
                        f("standing_committee_sessions", 39, "five-years", "五年来，召开常委会会议39次。"))),
                card(2, 2022, List.of(f("standing_committee_sessions", 12, "year", "召开常委会会议12次,主任会议\"8\"次"))),
                card(3, 2022, List.of()));
        RecordingSink sink = write(cards);
        FiguresPage page = sink.model("figures/index.html", FiguresPage.class);
        assertEquals(11, page.measures().size());
        assertEquals(3, page.rows().size(), "every report is a row");
        assertEquals(2, page.stating());
        assertEquals(8, page.rows().get(0).cells().get(0).value(), "the first figure the report states");
        assertNull(page.rows().get(2).cells().get(0).value(), "nothing stated, nothing shown");

        MeasurePage sessions = sink.model("figures/standing-committee-sessions.html", MeasurePage.class);
        assertEquals(List.of(12, 8, 39), sessions.lines().stream().map(MeasurePage.Line::value).toList(),
                "yearly figures first, largest first; then five years");
        assertTrue(sessions.chart().contains("<svg") && sessions.chart().contains("2022年"), sessions.chart());
        assertFalse(sessions.chart().contains("39"), "five-year figures are not drawn among yearly ones");
        assertEquals("", sink.model("figures/inquiries.html", MeasurePage.class).chart());

        String csv = sink.files.get("data/figures.csv");
        assertEquals(4, csv.split("\r\n").length, "a header and a line per figure");
        assertTrue(csv.contains(",\"召开常委会会议12次,主任会议\"\"8\"\"次\","), "a field with a comma or a quote is quoted: " + csv);
        assertTrue(sink.files.get("data/figures.json").contains("\"value\":39"));
    }

    @Test
    void theComparisonContinuesOverPagesOfAHundredReports() throws Exception {
        List<ReportCard> cards = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            cards.add(card(i, 2000 + i % 20, List.of(f("inquiries", 1 + i % 7, "year", "开展专题询问" + (1 + i % 7) + "次。"))));
        }
        RecordingSink sink = write(cards);
        assertTrue(sink.pages.containsKey("figures/index-3.html"));
        assertFalse(sink.pages.containsKey("figures/index-4.html"));
        assertEquals(50, sink.model("figures/index-3.html", FiguresPage.class).rows().size());
        assertTrue(sink.pages.containsKey("figures/inquiries-2.html"), "a measure's page holds 200 figures");
        YearChart2Check.check(sink.model("figures/inquiries.html", MeasurePage.class).chart());
    }

    /** The chart of twenty years of values: a median and a range for each year. */
    private static final class YearChart2Check {
        static void check(String svg) {
            assertEquals(20, svg.split("<circle").length - 1);
            assertTrue(svg.contains("<desc"), "described in words");
        }
    }
}
