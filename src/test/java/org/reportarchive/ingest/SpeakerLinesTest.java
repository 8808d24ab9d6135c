package org.reportarchive.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportarchive.model.Report;

/** Where a speech gives its speaker: in brackets with the day under the title, or signed under the text. */
class SpeakerLinesTest {

    private static final String TITLE = "在区十八届人大常委会第三十六次会议上的讲话\n";
    private static final String TEXT = "同志们：\n区十八届人大常委会第三十六次会议，经过全体组成人员的共同努力，完成了各项议程。\n"
            + "现在，我宣布：会议闭幕！\n";

    @Test
    void theSpeakerAndTheDayInBracketsUnderTheTitle() throws Exception {
        Report r = Copies.ingest(TITLE + "（区人大常委会主任　杨俊峰　2021年6月29日）\n" + TEXT);
        assertEquals("杨俊峰", r.metadata().speaker());
        assertEquals("区人大常委会主任", r.metadata().office());
        assertEquals(LocalDate.of(2021, 6, 29), r.metadata().date());
        assertEquals(36, r.metadata().session());
        assertEquals("同志们：", Copies.texts(r).get(0));
    }

    @Test
    void aSpeechsSpeakerSignedUnderItsTextIsTheTitleBlocks() throws Exception {
        Report r = Copies.ingest(TITLE + "（2021年6月29日）\n" + TEXT + "　　　　　　　　　　区人大常委会主任　杨俊峰\n");
        assertEquals("杨俊峰", r.metadata().speaker());
        List<String> text = Copies.texts(r);
        assertEquals("现在，我宣布：会议闭幕！", text.get(text.size() - 1));
        // not under a document that is no speech: a list's last name is the list's
        Report list = Copies.ingest("区第十八届人民代表大会第一次会议主席团名单\n（2021年1月5日区第十八届人民代表大会第一次会议预备会议通过）\n"
                + "王建国　李明华　张伟\n区人大常委会主任　杨俊峰\n");
        assertNull(list.metadata().speaker());
    }

    @Test
    void aListsTitleUnderTheSessionsNameOnTheLineAboveAndTheMeetingThatChoseIt() throws Exception {
        Report r = Copies.ingest("信息来源：宾川县人大常委会办公室　　发布时间：2021-10-28\n宾川县第十七届人民代表大会第一次会议\n各代表团团长、副团长名单\n"
                + "（2021年10月27日各代表团全体会议推选产生）\n金牛镇代表团\n　　团　长　杨建华\n　　副团长　李映红（女）\n"
                + "宾居镇代表团\n　　团　长　张国强\n　　副团长　段丽芬\n");
        assertEquals("宾川县第十七届人民代表大会第一次会议各代表团团长、副团长名单", r.metadata().title());
        assertEquals(LocalDate.of(2021, 10, 27), r.metadata().date());
        assertEquals(17, r.metadata().congress());
        assertEquals(1, r.metadata().session());
        assertNull(r.metadata().speaker());
        assertEquals("金牛镇代表团", Copies.texts(r).get(0));
        // a list's own 名单 is no speaker's name; a title that starts with the line above it is whole without it
        Report chairs = Copies.ingest("集安市第十七届人民代表大会第二次会议\n主席团常务主席名单\n（2023年1月5日大会主席团第一次会议推选产生）\n"
                + "王　斌　　刘春生　　孙德明\n");
        assertNull(chairs.metadata().speaker());
        assertEquals(LocalDate.of(2023, 1, 5), chairs.metadata().date());
        Report banner = Copies.ingest("建水县第十七届人民代表大会第三次会议\n建水县第十七届人民代表大会第三次会议各代表团团长、副团长名单\n"
                + "（2022年1月10日各代表团全体会议推选产生）\n临安镇代表团\n团　长　李建国\n");
        assertEquals("建水县第十七届人民代表大会第三次会议各代表团团长、副团长名单", banner.metadata().title());
    }
}
