package org.reportarchive.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportarchive.model.Kind;
import org.reportarchive.model.ReportMetadata;
import org.reportarchive.model.Place;
import org.reportarchive.model.ReportSummary;
import org.reportarchive.places.Divisions;

class ReportIdsTest {

    private final ReportIds ids = new ReportIds(Divisions.defaults());

    /** The metadata of a report from a place of the division table (or none). */
    private static ReportMetadata meta(String place, Integer year, Kind kind, boolean anonymous) {
        Place p = place == null ? null : Divisions.defaults().named(place).get(0).place();
        return new ReportMetadata("t", p, year == null ? null : LocalDate.of(year, 1, 2), year, null, null, null,
                null, null, kind, null, false, null, anonymous, List.of(), List.of(), java.util.Map.of());
    }

    private static ReportSummary summary(String source, String id, ReportMetadata m, boolean fixed) {
        return new ReportSummary(id, source, m, 1, 1, 0, 0, List.of(), List.of(), fixed, null);
    }

    @Test
    void idsAreYearPlaceInPinyinAndKind() {
        assertEquals("2021-leshan-report", ids.base(meta("乐山市", 2021, Kind.REPORT, false)));
        assertEquals("2024-chongqing-report", ids.base(meta("重庆市", 2024, Kind.REPORT, false)));
        assertEquals("2023-emeishan-report", ids.base(meta("峨眉山市", 2023, Kind.REPORT, false)));
        assertEquals("2024-wuhou-report", ids.base(meta("武侯区", 2024, Kind.REPORT, false)));
        assertEquals("2023-ebian-explanation", ids.base(meta("峨边彝族自治县", 2023, Kind.EXPLANATION, false)));
        assertEquals("2022-anonymous-speech", ids.base(meta(null, 2022, Kind.SPEECH, true)));
        assertEquals("2020-sichuan-report", ids.base(meta("四川省", 2020, Kind.REPORT, false)));
        assertEquals("undated-unknown-place-report", ids.base(meta(null, null, Kind.REPORT, false)));
        // a unit of the past by its own name, though today's 襄阳市 has its code
        ReportMetadata xiangfan = new ReportMetadata("t", new Place("襄樊市", "420600", "prefecture", "襄樊市", "湖北省"),
                LocalDate.of(2008, 2, 25), 2008, null, null, null, null, null, Kind.REPORT, null, false, null, false,
                List.of(), List.of(), java.util.Map.of());
        assertEquals("2008-xiangfan-report", ids.base(xiangfan));
        // a unit of the past whose name today's table still has is named by its short name (印江, then under 铜仁地区)
        ReportMetadata yinjiang = new ReportMetadata("t", new Place("印江土家族苗族自治县", "522226", "county", "铜仁地区",
                "贵州省"), LocalDate.of(2010, 1, 2), 2010, null, null, null, null, null, Kind.REPORT, null, false, null,
                false, List.of(), List.of(), java.util.Map.of());
        assertEquals("2010-yinjiang-report", ids.base(yinjiang));
    }

    @Test
    void collidingIdsAreNumberedInFileOrder() {
        ReportMetadata m = meta("成都市", 2023, Kind.REPORT, false);
        List<ReportSummary> out = ids.assign(List.of(summary("b.txt", "b", m, false), summary("a.txt", "a", m, false),
                summary("c.txt", "2023-chengdu-report", m, true)), new java.util.ArrayList<>());
        assertEquals("2023-chengdu-report-2", out.stream().filter(r -> r.source().equals("a.txt")).findFirst().orElseThrow().id());
        assertEquals("2023-chengdu-report-3", out.stream().filter(r -> r.source().equals("b.txt")).findFirst().orElseThrow().id());
        assertEquals("2023-chengdu-report", out.stream().filter(r -> r.source().equals("c.txt")).findFirst().orElseThrow().id());
    }

    @Test
    void twoSidecarsChoosingOneIdLeaveTheSecondOutWithAMessage() {
        ReportMetadata m = meta("成都市", 2023, Kind.REPORT, false);
        List<String> conflicts = new java.util.ArrayList<>();
        List<ReportSummary> out = ids.assign(List.of(summary("b.txt", "same", m, true), summary("a.txt", "same", m, true),
                summary("c.txt", "c", m, false)), conflicts);
        assertEquals(List.of("a.txt", "c.txt"), out.stream().map(ReportSummary::source).toList());
        assertEquals(List.of("b.txt: id 'same' is already used by a.txt; give one of them another 'id:' in its sidecar"),
                conflicts);
    }
}
