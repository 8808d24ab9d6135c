package org.reportarchive.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hankcs.hanlp.HanLP;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.reportarchive.text.Simplified;
import java.util.List;
import org.junit.jupiter.api.Test;

class DivisionsTest {

    private final Divisions table = Divisions.defaults();

    @Test
    void anAutonomousUnitIsNamedAlsoAsTextsUsuallyWriteIt() {
        assertEquals(List.of("513400"), table.named("凉山州").stream().map(Division::code).toList());
        assertEquals(List.of("150724"), table.named("鄂温克旗").stream().map(Division::code).toList());
        assertEquals("龙胜县", Divisions.usualForm(table.byCode("450328").orElseThrow()));
        assertEquals(null, Divisions.usualForm(table.byName("乐山市").orElseThrow()));
        // a usual form that is another unit's full name is that unit's alone
        Divisions small = new Divisions(List.of(
                new Division("990100", "甲乙彝族自治县", "甲乙", "county", "某省", "丙市"),
                new Division("990200", "甲乙县", "甲乙", "county", "某省", "丁市")));
        assertEquals(List.of("990200"), small.named("甲乙县").stream().map(Division::code).toList());
        assertTrue(table.byName("凉山州").isEmpty(), "full names only");
        // nor one that was the official name of a unit in another province (东乡县, in 江西 until 2016)
        assertTrue(table.named("东乡县").isEmpty());
        Divisions withPast = new Divisions(List.of(new Division("990100", "甲乙彝族自治县", "甲乙", "county", "某省", "丙市")),
                name -> name.equals("甲乙县") ? List.of(new Division("880100", "甲乙县", "甲乙", "county", "他省", "丁市"))
                        : List.of());
        assertTrue(withPast.named("甲乙县").isEmpty());
    }

    @Test
    void aPrefectureLevelCityAndItsProvince() {
        Division leshan = table.byName("乐山市").orElseThrow();
        assertEquals("prefecture", leshan.level());
        assertEquals("四川省", leshan.province());
        assertEquals("511100", leshan.code());
        assertEquals("广东省", table.byName("深圳市").orElseThrow().province());
    }

    @Test
    void aCountyLevelCity() {
        Division emeishan = table.byName("峨眉山市").orElseThrow();
        assertEquals("county-city", emeishan.level());
        assertEquals("四川省", emeishan.province());
        assertEquals("乐山市", emeishan.prefecture());
        Division xiantao = table.byName("仙桃市").orElseThrow();
        assertEquals("湖北省", xiantao.province());
        assertEquals(null, xiantao.prefecture(), "administered directly by the province");
    }

    @Test
    void aMunicipalityIsItsOwnProvince() {
        Division chongqing = table.byName("重庆市").orElseThrow();
        assertEquals("municipality", chongqing.level());
        assertEquals("重庆市", chongqing.province());
        assertTrue(chongqing.isProvinceLevel() && chongqing.isCityLike());
    }

    @Test
    void anUnknownPlace() {
        assertEquals(Optional.empty(), table.byName("新城市"));
        assertEquals(Optional.empty(), table.prefixOf("某某市人民代表大会"));
    }

    @Test
    void findsTheLongestNameAtTheStartOfATitle() {
        assertEquals("乐山市", table.prefixOf("乐山市人民代表大会常务委员会工作报告").orElseThrow().name());
        assertEquals("四川省", table.prefixOf("四川省人民代表大会常务委员会工作报告").orElseThrow().name());
        assertEquals("凉山彝族自治州", table.prefixOf("凉山彝族自治州人民代表大会").orElseThrow().name());
    }

    @Test
    void theTableIsComplete() {
        long prefectures = table.all().stream().filter(d -> d.level().equals("prefecture")).count();
        long municipalities = table.all().stream().filter(d -> d.level().equals("municipality")).count();
        assertEquals(4, municipalities);
        assertTrue(prefectures >= 330, "prefecture-level units: " + prefectures);
        assertTrue(table.all().stream().filter(d -> d.level().equals("county-city")).count() >= 390);
    }

    /** traditional-forms.tsv lists exactly the names that a round trip through traditional characters changes. */
    @Test
    void theRoundTripFormsAreComplete() {
        Map<String, String> changed = new TreeMap<>();
        for (Division d : table.all()) {
            String back = Simplified.of(HanLP.convertToTraditionalChinese(d.name()));
            if (!back.equals(d.name()) && back.length() == d.name().length()) {
                changed.put(d.name(), back);
            }
        }
        assertEquals(changed, new TreeMap<>(Divisions.roundTrip()), "traditional-forms.tsv must list these rows");
        assertEquals("乾县", Simplified.of(HanLP.convertToTraditionalChinese("乾县")), "乾 stays in a name");
    }
}
