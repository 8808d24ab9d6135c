package org.reportarchive.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportarchive.model.Place;

/** What a division name meant in a year, on a small history written for the test and on the shipped one. */
class DivisionHistoryTest {

    private static DivisionHistory.Period period(String code, String name, String level, String province,
                                                 String prefecture, int from, Integer to) {
        return new DivisionHistory.Period(new Division(code, name, Divisions.shortOf(name), level, province,
                prefecture), from, to);
    }

    /** A county that became a city's district in 2015, and a prefecture whose name a county-level city took. */
    private static final DivisionHistory SMALL = new DivisionHistory(List.of(
            period("990100", "甲市", "prefecture", "某省", null, 1983, null),
            period("990121", "乙县", "county", "某省", "甲市", 1983, 2015),
            period("990105", "乙区", "district", "某省", "甲市", 2015, null),
            period("990200", "丙市", "prefecture", "某省", null, 1993, 2011),
            period("990181", "丙市", "county-city", "某省", "甲市", 2011, null),
            period("990300", "丁市", "prefecture", "某省", null, 1983, 2010),
            period("990300", "戊市", "prefecture", "某省", null, 2010, null),
            period("990421", "庚县", "county", "某省", "甲市", 1983, 2002),
            period("880421", "庚县", "county", "他省", "辛市", 1983, 2005)));

    @Test
    void aUnitThatHadItsNameAllYearIsTheSame() {
        assertInstanceOf(DivisionHistory.Same.class, SMALL.of("990100", "甲市", 1990));
        assertInstanceOf(DivisionHistory.Same.class, SMALL.of("990181", "丙市", 2012));
        assertInstanceOf(DivisionHistory.Same.class, SMALL.of("990105", "乙区", 2016));
        // a unit the history does not know is left as it is
        assertInstanceOf(DivisionHistory.Same.class, SMALL.of("990999", "己县", 2000));
    }

    @Test
    void aNameThatMeantAnotherUnitThenIsThatUnit() {
        DivisionHistory.Verdict v = SMALL.of("990181", "丙市", 2005);
        Place then = assertInstanceOf(DivisionHistory.Then.class, v).period().place();
        assertEquals(new Place("丙市", "990200", "prefecture", "丙市", "某省"), then);
    }

    @Test
    void theYearANameChangedHandsIsUnclear() {
        DivisionHistory.Unclear v = assertInstanceOf(DivisionHistory.Unclear.class, SMALL.of("990181", "丙市", 2011));
        assertEquals(List.of("990200", "990181"), v.periods().stream().map(p -> p.unit().code()).toList());
        // a unit renamed in that year is still the same unit
        assertInstanceOf(DivisionHistory.Same.class, SMALL.of("990300", "戊市", 2010));
    }

    @Test
    void aNameNoUnitHadYetSaysFromWhen() {
        assertEquals(2015, assertInstanceOf(DivisionHistory.NotYet.class, SMALL.of("990105", "乙区", 2008)).from());
    }

    @Test
    void aNameOfThePastIsReadInItsYearsOnly() {
        Place then = assertInstanceOf(DivisionHistory.Then.class, SMALL.ofName("丁市", 2005)).period().place();
        assertEquals("990300", then.code());
        // in the year it was renamed, a report that names it was given while it had the name
        assertEquals("990300", assertInstanceOf(DivisionHistory.Then.class, SMALL.ofName("丁市", 2010)).period()
                .unit().code());
        // a name two units had that year
        assertInstanceOf(DivisionHistory.Unclear.class, SMALL.ofName("庚县", 2001));
        assertEquals("880421", assertInstanceOf(DivisionHistory.Then.class, SMALL.ofName("庚县", 2004)).period()
                .unit().code());
        assertEquals("990421", assertInstanceOf(DivisionHistory.Then.class, SMALL.ofName("某省甲市庚县", 2001))
                .period().unit().code(), "the units named before it say which");
        assertInstanceOf(DivisionHistory.Same.class, SMALL.ofName("丁市", 2012), "not a unit's name in 2012");
        // after the units it lies in
        assertEquals("990121", assertInstanceOf(DivisionHistory.Then.class, SMALL.ofName("某省甲市乙县", 2005))
                .period().unit().code());
    }

    @Test
    void theShippedHistoryKnowsRenamedAndUpgradedUnits() {
        DivisionHistory h = DivisionHistory.defaults();
        // 巢湖市: a prefecture-level city until 2011, then a county-level city under 合肥市
        Place chaohu = assertInstanceOf(DivisionHistory.Then.class, h.of("340181", "巢湖市", 2009)).period().place();
        assertEquals(new Place("巢湖市", "341400", "prefecture", "巢湖市", "安徽省"), chaohu);
        assertInstanceOf(DivisionHistory.Unclear.class, h.of("340181", "巢湖市", 2011));
        assertInstanceOf(DivisionHistory.Same.class, h.of("340181", "巢湖市", 2015));
        // 襄樊市, renamed 襄阳市 in 2010, and its districts under it
        assertEquals("420600", assertInstanceOf(DivisionHistory.Then.class, h.ofName("襄樊市", 2008)).period()
                .unit().code());
        Place xiangcheng = assertInstanceOf(DivisionHistory.Then.class, h.of("420602", "襄城区", 2008)).period()
                .place();
        assertEquals("襄樊市", xiangcheng.city());
        // 莱芜市, a prefecture-level city until 2018, now 济南市莱芜区
        assertEquals("prefecture", assertInstanceOf(DivisionHistory.Then.class, h.ofName("山东省莱芜市", 2016))
                .period().unit().level());
        // Beijing's 朝阳区 has been 朝阳区 since the history begins
        assertInstanceOf(DivisionHistory.Same.class, h.of("110105", "朝阳区", 1995));
    }
}
