package org.reportarchive.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.reportarchive.model.RemovalReason;
import org.reportarchive.model.Report;

/** A report a book prints under its own text after 附：, and a report's own attachment under the same label. */
class AttachedDocumentTest {

    private static final String REPORT = "绵竹县人民代表大会常务委员会工作报告\n（一九八五年四月二十日在绵竹县第十届人民代表大会第三次会议上）\n"
            + "县人大常委会主任　何光荣\n　　一年来，县人大常委会在县委的领导下，依法行使职权。\n"
            + "　　各位代表，让我们为把我县建设成为富裕文明的新绵竹而努力奋斗。\n（录自县人大常委会档案）\n";

    @Test
    void aGazetteersTextAboveTheLabelIsTheBooksAndTheReportUnderItIsRead() throws Exception {
        Report r = Copies.ingest("第二章　县人民代表大会\n　　1981年3月，县第九届人民代表大会第一次会议选举产生县人民代表大会常务委员会。"
                + "至1985年，县人大常委会共举行常委会会议38次。\n附：\n" + REPORT);
        assertEquals("绵竹县人民代表大会常务委员会工作报告", r.metadata().title());
        assertEquals(LocalDate.of(1985, 4, 20), r.metadata().date());
        assertEquals("何光荣", r.metadata().speaker());
        assertEquals(3, Copies.count(r, RemovalReason.OTHER_ARTICLE));
        assertEquals("一年来，县人大常委会在县委的领导下，依法行使职权。", Copies.texts(r).get(0));
        assertTrue(r.removals().stream().anyMatch(x -> x.reason() == RemovalReason.PUBLICATION
                && x.text().equals("（录自县人大常委会档案）")));
    }

    @Test
    void underAReportsOwnTitleBlockTheLabelOpensItsAttachment() throws Exception {
        Report r = Copies.ingest(REPORT.replace("（录自县人大常委会档案）\n", "") + "附：\n"
                + "绵竹县人民代表大会常务委员会关于加强代表工作的决定\n（1985年4月20日绵竹县第十届人民代表大会第三次会议通过）\n"
                + "为加强代表工作，作如下决定。\n");
        assertEquals("绵竹县人民代表大会常务委员会工作报告", r.metadata().title());
        assertEquals(0, Copies.count(r, RemovalReason.OTHER_ARTICLE));
        assertTrue(Copies.texts(r).contains("附："), Copies.texts(r).toString());
    }

    @Test
    void aDocumentAfterTheReportsClosingWithItsTitleOverTwoLinesOrAListUnderItsPeriodIsThePages() throws Exception {
        String report = "甘肃省人民代表大会常务委员会工作报告\n——2009年1月12日在甘肃省第十一届人民代表大会第二次会议上\n"
                + "各位代表：\n我受省人民代表大会常务委员会委托，向大会报告工作，请予审议。\n"
                + "一、2008年主要工作\n一年来，共举行常委会会议7次，制定和修改地方性法规11件。\n以上报告，请予审议。\n";
        Report r = Copies.ingest(report + "甘肃省人民代表大会法制委员会\n关于《甘肃省农村扶贫开发条例（草案）》审议结果的报告\n"
                + "——2009年1月15日在甘肃省第十一届人民代表大会第二次会议主席团第三次会议上\n"
                + "甘肃省人民代表大会法制委员会主任委员　王立德\n大会主席团：\n现将审议结果报告如下：\n以上报告和条例草案修改稿，请予审议。\n");
        assertEquals(7, Copies.count(r, RemovalReason.OTHER_ARTICLE));
        assertEquals("以上报告，请予审议。", Copies.texts(r).get(Copies.texts(r).size() - 1));
        Report list = Copies.ingest(report + "甘肃省人民代表大会常务委员会任免名单\n（2008年1月—2008年12月）\n一、任命\n"
                + "黄建华为省人民政府教育厅厅长\n二、免去\n张国栋的省人民政府教育厅厅长职务\n");
        assertEquals(6, Copies.count(list, RemovalReason.OTHER_ARTICLE));
        assertEquals("以上报告，请予审议。", Copies.texts(list).get(Copies.texts(list).size() - 1));
        // the report's own signature under its closing, its committee's name and day, is the report's
        Report signed = Copies.ingest(report + "甘肃省人民代表大会常务委员会\n2009年1月12日\n");
        assertEquals(0, Copies.count(signed, RemovalReason.OTHER_ARTICLE));
    }
}
