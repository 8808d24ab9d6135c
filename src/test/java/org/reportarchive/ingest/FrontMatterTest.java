package org.reportarchive.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FrontMatterTest {

    @Test
    void readsDeliveryLineWithArabicDate() {
        FrontMatter.Delivery d = FrontMatter.parseDelivery("2021年11月24日在乐山市第八届人民代表大会第一次会议上").orElseThrow();
        assertEquals(LocalDate.of(2021, 11, 24), d.date());
        assertEquals("乐山市", d.place());
        assertEquals(8, d.congress());
        assertEquals(1, d.session());
        assertNull(d.speakerPart());
    }

    @Test
    void readsDeliveryLineWithChineseNumeralsAndLeadingDash() {
        FrontMatter.Delivery d = FrontMatter.parseDelivery("——二〇二三年一月十二日在绵阳市第八届人民代表大会第三次会议上")
                .orElseThrow();
        assertEquals(LocalDate.of(2023, 1, 12), d.date());
        assertEquals("绵阳市", d.place());
        assertEquals(3, d.session());
    }

    @Test
    void readsDeliveryLineFollowedBySpeaker() {
        FrontMatter.Delivery d = FrontMatter.parseDelivery(
                "2023年2月22日在成都市第十八届人民代表大会第一次会议上 成都市第十七届人民代表大会常务委员会主任包 惠").orElseThrow();
        assertEquals(18, d.congress());
        FrontMatter.Speaker s = FrontMatter.parseSpeaker(d.speakerPart()).orElseThrow();
        assertEquals("成都市第十七届人民代表大会常务委员会主任", s.office());
        assertEquals("包惠", s.name());
    }

    @Test
    void readsCountyLevelAndStandingCommitteeMeetings() {
        FrontMatter.Delivery d = FrontMatter.parseDelivery("2024年1月8日在峨眉山市第十届人民代表大会第四次会议上").orElseThrow();
        assertEquals("峨眉山市", d.place());
        assertEquals(10, d.congress());
        assertEquals(4, d.session());
    }

    @Test
    void aSentenceIsNotADeliveryLine() {
        assertTrue(FrontMatter.parseDelivery("2022年是开局之年，我们在市委领导下召开会议上报了材料。").isEmpty());
    }

    @Test
    void normalisesNamesTypesetWithSpaces() {
        assertEquals("鞠丽", FrontMatter.parseSpeaker("泸州市人民代表大会常务委员会主任 鞠 丽").orElseThrow().name());
        assertEquals("赖淑芳", FrontMatter.parseSpeaker("乐山市人大常委会主任 赖淑芳").orElseThrow().name());
        FrontMatter.Speaker wide = FrontMatter.parseSpeaker("深圳市人大常委会副主任　王　小　明").orElseThrow();
        assertEquals("王小明", wide.name());
        assertEquals("深圳市人大常委会副主任", wide.office());
        assertEquals("张三丰", FrontMatter.normaliseName("张 三 丰"));
    }

    @Test
    void textIsNotASpeakerLine() {
        assertTrue(FrontMatter.parseSpeaker("主任会议听取汇报，推动工作。").isEmpty());
        assertTrue(FrontMatter.parseSpeaker("过去五年工作回顾").isEmpty());
    }

    @Test
    void recognisesTitlesAndSalutations() {
        assertTrue(FrontMatter.isTitle("乐山市人民代表大会常务委员会工作报告"));
        assertTrue(FrontMatter.isTitle("# 重庆市人民代表大会常务委员会工作报告"));
        assertTrue(FrontMatter.isTitle("在全市人大工作会议上的讲话"));
        assertFalse(FrontMatter.isTitle("听取和审议专项工作报告，提出意见建议。"));
        assertTrue(FrontMatter.isSalutation("各位代表："));
        assertTrue(FrontMatter.isSalutation("各位代表:"));
        assertTrue(FrontMatter.isSalutation("同志们！"));
        assertFalse(FrontMatter.isSalutation("同志们，大道至简，实干为要。"));
    }
}
