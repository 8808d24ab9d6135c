package org.reportarchive.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reportarchive.model.Kind;
import org.reportarchive.model.Place;
import org.reportarchive.model.RecordingSink;
import org.reportarchive.model.ReportCard;
import org.reportarchive.model.ReportMetadata;
import org.reportarchive.model.ReportRow;
import org.reportarchive.model.ReportSummary;

/** Place pages for units of today's table and of the past that share a name or a code. */
class PlacePagesTest {

    private static ReportCard card(String id, Place place, int year) {
        ReportMetadata m = new ReportMetadata("报告" + id, place, LocalDate.of(year, 1, 10), year, null, null, null,
                null, null, Kind.REPORT, null, false, null, false, List.of(), List.of(), Map.of());
        return new ReportCard(new ReportSummary(id, id + ".txt", m, 1, 10, 0, 0, List.of(), List.of(), false, null),
                List.of(), List.of());
    }

    @Test
    void aUnitOfThePastHasAPageOfItsOwnUnderItsCityThenAndSaysWhen() throws Exception {
        Place chaohuThen = new Place("巢湖市", "341400", "prefecture", "巢湖市", "安徽省");
        Place chaohuNow = Divisions.defaults().byCode("340181").orElseThrow().place();
        Place xiangfan = new Place("襄樊市", "420600", "prefecture", "襄樊市", "湖北省");
        Place xiangyang = Divisions.defaults().byCode("420600").orElseThrow().place();
        Place fanchengThen = new Place("樊城区", "420606", "district", "襄樊市", "湖北省");
        List<ReportCard> cards = List.of(card("a", chaohuThen, 2009), card("b", chaohuNow, 2015),
                card("c", xiangfan, 2008), card("d", xiangyang, 2015), card("e", fanchengThen, 2008));
        List<Place> places = new ArrayList<>();
        cards.forEach(c -> places.add(c.metadata().place()));
        PlacePages pages = new PlacePages(Divisions.defaults(), places);

        assertNotEquals(pages.url(chaohuThen), pages.url(chaohuNow));
        assertNotEquals(pages.url(xiangfan), pages.url(xiangyang), "襄樊市 has 襄阳市's code");
        assertEquals("places/xiangfan.html", pages.url(xiangfan), "named by its own name, not today's");

        RecordingSink sink = new RecordingSink();
        pages.write(sink, cards, c -> new ReportRow(c.id(), c.url(), c.metadata().title(), c.metadata().place().name(),
                null, String.valueOf(c.metadata().year()), "工作报告", false, 1, List.of()));
        PlacePage then = sink.model(pages.url(chaohuThen), PlacePage.class);
        assertEquals("地级市（1999—2011年）", then.level());
        assertEquals("县级市（合肥市代管）", sink.model(pages.url(chaohuNow), PlacePage.class).level());
        assertEquals("合肥市", sink.model(pages.url(chaohuNow), PlacePage.class).parent());
        PlacePage fancheng = sink.model(pages.url(fanchengThen), PlacePage.class);
        assertEquals("襄樊市", fancheng.parent(), "listed under the city it was in, with that city's reports");
        assertEquals("市辖区（1995—2010年）", fancheng.level());
        // today's units name their pages first: a unit of the past with a lower code does not take 崇川区's name
        Place chongchuanThen = new Place("崇川区", "320602", "district", "南通市", "江苏省");
        Place chongchuanNow = Divisions.defaults().byCode("320613").orElseThrow().place();
        PlacePages both = new PlacePages(Divisions.defaults(), List.of(chongchuanThen, chongchuanNow));
        assertEquals("places/chongchuan.html", both.url(chongchuanNow));
        PlacePage city = sink.model(pages.url(xiangfan), PlacePage.class);
        assertEquals(List.of("樊城区"), city.within().stream().map(PlacePage.Within::name).toList());
        assertEquals(1, city.within().get(0).count());
        assertEquals(1, city.reportCount(), "its own report");
    }
}
