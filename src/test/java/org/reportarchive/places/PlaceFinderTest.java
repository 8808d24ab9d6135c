package org.reportarchive.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlaceFinderTest {

    private final PlaceFinder finder = new PlaceFinder(Divisions.defaults());

    private List<String> chain(String text) {
        PlaceFinder.Named n = assertInstanceOf(PlaceFinder.Named.class, finder.congress(text, false).orElseThrow());
        return n.chain().stream().map(PlaceFinder.Mention::name).toList();
    }

    @Test
    void theNamesBeforeTheCongressAreItsPlace() {
        assertEquals(List.of("乐山市"), chain("乐山市人民代表大会常务委员会工作报告"));
        assertEquals(List.of("成都市", "武侯区"), chain("在成都市武侯区第十九届人民代表大会第四次会议上"));
        assertEquals(List.of("四川省", "成都市"), chain("四川省成都市人大常委会主任"));
        assertEquals(List.of("峨边彝族自治县"), chain("峨边彝族自治县第十七届人大常委会"));
        assertEquals(List.of("广元市"), chain("2021年广元市人民代表大会常务委员会工作报告"));
    }

    @Test
    void aNameOfThePastIsNotReadAsTheNameOfTodayInsideIt() {
        PlaceFinder withPast = new PlaceFinder(Divisions.defaults(), Set.of("莱城区", "莱芜市", "通县", "黄山区甲", "甲黄山"));
        // 城区 (阳泉市, 晋城市, 汕尾市) is the end of 莱城区, a district of 莱芜市 until 2019
        assertEquals(List.of("城区"), finder.mentions("莱芜市莱城区人民代表大会").stream()
                .map(PlaceFinder.Mention::name).toList());
        assertTrue(withPast.mentions("莱芜市莱城区人民代表大会").isEmpty());
        assertTrue(withPast.congress("北京市通县人大常委会", false).isEmpty(), "通县, a county of Beijing until 1997");
        // today's names around and after a name of the past are still read
        assertEquals(List.of("北京市", "朝阳区"), withPast.mentions("北京市通县、朝阳区").stream()
                .map(PlaceFinder.Mention::name).toList());
        // a name of today at the same place, or one that starts inside a name of the past and goes on after it, wins
        assertEquals(List.of("黄山区"), withPast.mentions("黄山区甲乙").stream().map(PlaceFinder.Mention::name).toList());
        assertEquals(List.of("黄山区"), withPast.mentions("甲黄山区").stream().map(PlaceFinder.Mention::name).toList());
    }

    @Test
    void theNationalCongressPlaceholdersAndNothing() {
        assertInstanceOf(PlaceFinder.National.class, finder.congress("在第十四届全国人民代表大会第二次会议上", false)
                .orElseThrow());
        for (String anonymous : new String[] {"XX市人民代表大会", "xx区人大常委会", "○○县第十九届人民代表大会",
            "**市人大常委会", "___市人民代表大会", "某某区人大常委会"}) {
            assertInstanceOf(PlaceFinder.Placeholder.class, finder.congress(anonymous, false).orElseThrow(), anonymous);
        }
        assertTrue(finder.congress("市人大常委会坚持依法履职", false).isEmpty(), "no name, no place");
        assertTrue(finder.congress("我们学习了成都市的经验", false).isEmpty(), "a place that is not a congress's");
    }

    @Test
    void aSharedNameHasEveryUnitOfThatNameAsCandidate() {
        PlaceFinder.Named n = assertInstanceOf(PlaceFinder.Named.class,
                finder.congress("朝阳区人大常委会", false).orElseThrow());
        assertEquals(List.of("北京市", "长春市"), n.place().candidates().stream().map(Division::prefecture).toList());
    }

    @Test
    void traditionalNamesAreFoundInTheSimplifiedReading() {
        assertEquals(List.of("广州市"), chain(org.reportarchive.text.Simplified.of("廣州市人民代表大會常務委員會")));
    }

    @Test
    void runningTextIsReadForStandingCommitteesOnly() {
        List<PlaceFinder.Reading> r = finder.congresses("学习借鉴成都市人大常委会经验，与德阳市人大常委会开展调研，泸州市人大代表列席", true);
        assertEquals(2, r.size(), "人大代表 is not a congress of its own");
    }
}
