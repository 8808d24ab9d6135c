package org.reportarchive.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportarchive.model.RemovalReason;
import org.reportarchive.model.Report;

/** A report a site prints in parts, copied one part after the other into one file. */
class ReportPartsTest {

    private static final String FIRST = "大连市人民代表大会常务委员会工作报告（上）\n发布时间：2008-02-15　来源：市人大常委会办公厅\n"
            + "——2008年1月12日在大连市第十四届人民代表大会第一次会议上\n大连市人大常委会主任　孙长林\n各位代表：\n"
            + "　　我受市人大常委会的委托，向大会报告工作，请予审议。\n　　一、坚持科学立法\n　　五年来，常委会共制定地方性法规二十六件。\n"
            + "【打印本页】　【关闭窗口】\n上一篇：大连市第十四届人民代表大会第一次会议关于大连市人民代表大会常务委员会工作报告的决议\n"
            + "下一篇：大连市人民代表大会常务委员会工作报告（下）\n";
    private static final String SECOND = "大连市人民代表大会常务委员会工作报告（下）\n发布时间：2008-02-15　来源：市人大常委会办公厅\n"
            + "　　二、依法行使重大事项决定权\n　　五年来，常委会共作出决议、决定四十一项。\n"
            + "　　各位代表，让我们为把大连建设成为东北亚重要的国际航运中心而努力奋斗！\n【打印本页】　【关闭窗口】\n"
            + "上一篇：大连市人民代表大会常务委员会工作报告（上）\n";

    @Test
    void bothPartsAreOneWholeTextWithoutTheSecondPagesFrame() throws Exception {
        Report r = Copies.ingest(FIRST + SECOND);
        assertEquals("大连市人民代表大会常务委员会工作报告", r.metadata().title());
        assertFalse(r.metadata().incomplete(), r.metadata().incompleteReason());
        assertEquals(List.of("各位代表：", "我受市人大常委会的委托，向大会报告工作，请予审议。", "一、坚持科学立法",
                "五年来，常委会共制定地方性法规二十六件。", "二、依法行使重大事项决定权", "五年来，常委会共作出决议、决定四十一项。",
                "各位代表，让我们为把大连建设成为东北亚重要的国际航运中心而努力奋斗！"), Copies.texts(r));
        assertEquals(1, Copies.count(r, RemovalReason.DUPLICATE));
    }

    @Test
    void theFirstPartAloneIsAPart() throws Exception {
        Report r = Copies.ingest(FIRST);
        assertTrue(r.metadata().incomplete());
        assertTrue(Copies.texts(r).stream().noneMatch(t -> t.startsWith("上一篇") || t.startsWith("下一篇")));
    }
}
