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
}
