package org.reportarchive.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.reportarchive.model.HeadingStyle;
import org.reportarchive.model.RemovalReason;
import org.reportarchive.model.Report;
import org.junit.jupiter.api.Test;

/**
 * Copies in traditional characters are read by the rules written for simplified ones: each rule matches the line's
 * simplified view, and what it takes from the line is taken as written.
 */
class TraditionalCopiesTest {

    private static final String REPORT = "乳源瑤族自治縣人民代表大會常務委員會工作報告\n各位代表：\n"
            + "一年來，縣人大常委會依法履職，各項工作取得新進展。\n各位代表，讓我們為建設幸福新乳源而努力奮鬥！\n";

    @Test
    void aSpeakerAnEditorsNoteNamesIsGivenAsTheNoteWritesThem() throws Exception {
        Report r = Copies.ingest("廣東省人民代表大會常務委員會工作報告（摘要）\n"
                + "【大公報訊】1月12日，廣東省第十四屆人民代表大會第一次會議舉行第二次全體會議，省人大常委會副主任王曉東受省十三屆人大常委會委託，"
                + "向大會報告工作。以下為報告摘要：\n各位代表：\n過去五年，省十三屆人大常委會依法履行職責。\n");
        assertEquals("王曉東", r.metadata().speaker());
        assertEquals("省人大常委會副主任", r.metadata().office());
        // (the note's form, though a line above it writes the name in simplified characters)
        Report mixed = Copies.ingest("王晓东副主任的常委会报告，大公报登的繁体版，转过来大家看看\n廣東省人民代表大會常務委員會工作報告（摘要）\n"
                + "——王晓东副主任代表省人大常委会作报告\n"
                + "【大公報訊】1月12日，廣東省第十四屆人民代表大會第一次會議舉行第二次全體會議，省人大常委會副主任王曉東受省十三屆人大常委會委託，"
                + "向大會報告工作。以下為報告摘要：\n各位代表：\n過去五年，省十三屆人大常委會依法履行職責。\n");
        assertEquals("王曉東", mixed.metadata().speaker());
    }

    @Test
    void aSignatureUnderTheTextAndASpeakerBeforeTheTitlesMeetingAreRead() throws Exception {
        Report signed = Copies.ingest("鄭州市金水區人大代表履職情況報告\n各位選民：\n一年來，我認真履行代表職責。\n報告人：王秀蘭\n");
        assertEquals("王秀蘭", signed.metadata().speaker());
        Report titled = Copies.ingest("張志川在大同市第十六屆人民代表大會第三次會議閉幕時的講話\n各位代表：\n大會圓滿完成了各項議程。\n");
        assertEquals("張志川", titled.metadata().speaker(), "a name alone before 在, as written");
        assertEquals("张志川", Copies.ingest("张志川在大同市第十六届人民代表大会第三次会议闭幕时的讲话\n各位代表：\n大会圆满完成了各项议程。\n")
                .metadata().speaker());
        // a body or a place before 在 is no speaker
        assertNull(Copies.ingest("江油市在綿陽市人大代表工作會議上的發言\n各位領導：\n江油市人大常委會認真落實代表工作要求。\n")
                .metadata().speaker());
        assertNull(Copies.ingest("大會主席團在大同市第十六屆人民代表大會第三次會議閉幕時的講話\n各位代表：\n大會圓滿完成了各項議程。\n")
                .metadata().speaker());
    }

    @Test
    void aDocumentsPrintLineKeepsItsSignatureAParagraph() throws Exception {
        Report r = Copies.ingest("桂林市臨桂區人大常委會關於區人民政府農村人居環境整治工作情況報告的審議意見\n區人民政府：\n"
                + "區人大常委會聽取和審議了區人民政府的報告，提出如下審議意見。\n桂林市臨桂區人大常委會\n2021年6月30日\n"
                + "抄送：區委辦公室。\n臨桂區人大常委會辦公室　2021年7月1日印發\n");
        assertTrue(r.headings().stream().noneMatch(h -> h.style() == HeadingStyle.TITLE), r.headings().toString());
        assertTrue(Copies.texts(r).contains("桂林市臨桂區人大常委會"), Copies.texts(r).toString());
    }

    @Test
    void aPagesButtonsAndCountersInEitherScriptArePageText() throws Exception {
        Report r = Copies.ingest(REPORT + "〖打印此文〗〖關閉窗口〗\n閱讀(86)┊ 評論 (0)┊ 收藏(0) ┊轉載(0) ┊ 喜歡▼ ┊列印┊舉報\n");
        assertEquals(2, Copies.count(r, RemovalReason.NAVIGATION), r.removals().toString());
        assertEquals("各位代表，讓我們為建設幸福新乳源而努力奮鬥！", Copies.texts(r).get(Copies.texts(r).size() - 1));
    }

    @Test
    void daysWithTheirTimeOfDayAndPostedDaysWithSlashesAreRead() throws Exception {
        Report host = Copies.ingest("乾縣第十八屆人民代表大會第一次會議第一次全體會議主持詞\n（2021年12月27日上午）\n各位代表、同志們：\n"
                + "現在開會。\n");
        assertEquals(LocalDate.of(2021, 12, 27), host.metadata().date());
        Report posted = Copies.ingest("西寧晚報數字報\n2019/01/21 15:30:12　　來源：西寧晚報　　作者：本報記者\n" + REPORT);
        assertEquals("2019-01-21", posted.metadata().publication().date());
        assertEquals("本報記者", posted.metadata().publication().author());
    }

    @Test
    void aBlogsTitleWithItsLabelAndItsPostingTimeIsTheTitle() throws Exception {
        Report r = Copies.ingest("乳源鄉情的博客\n" + REPORT.replace("工作報告\n", "工作報告（全文）　(2021-01-26 21:14:05)\n"));
        assertEquals("乳源瑤族自治縣人民代表大會常務委員會工作報告", r.metadata().title());
        assertEquals(2, Copies.count(r, RemovalReason.LABEL), r.removals().toString());
    }

    @Test
    void aRemarkUnderTheDefinitionsIsNoTermInEitherScript() throws Exception {
        for (String remark : new String[] {"說明：以上名詞解釋由編者整理。", "说明：以上名词解释由编者整理。"}) {
            Report r = Copies.ingest(REPORT.replace("一年來，", "推進“一點一庫一基地”建設。一年來，") + "名詞解釋\n"
                    + "一點一庫一基地：指基層立法聯繫點、立法專家庫和立法研究基地。\n四個機關：指政治機關、國家權力機關、工作機關、代表機關。\n"
                    + remark + "\n");
            assertEquals(2, r.footnotes().size(), r.footnotes().toString());
            assertTrue(Copies.texts(r).contains(remark), Copies.texts(r).toString());
        }
    }
}
