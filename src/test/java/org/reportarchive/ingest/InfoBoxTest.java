package org.reportarchive.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportarchive.model.Heading;
import org.reportarchive.model.RemovalReason;
import org.reportarchive.model.Report;

/** An encyclopedia's page around a report: its lead, summary box, contents and section title. */
class InfoBoxTest {

    private static final String LEAD = "《汉中市人民代表大会常务委员会工作报告》是2023年1月10日在汉中市第八届人民代表大会第三次会议上，"
            + "汉中市人大常委会主任王建军所作的工作报告。\n";
    private static final String TEXT = "各位代表：\n现在，我代表汉中市人民代表大会常务委员会向大会报告工作，请予审议。\n"
            + "一、坚持党的全面领导\n常委会严格执行重大事项请示报告制度。\n二、依法履行监督职责\n听取审议专项工作报告18个。\n";

    @Test
    void theBoxTheContentsAndTheSectionTitleAreThePagesAndTheLeadSaysWhenAndByWhom() throws Exception {
        Report r = Copies.ingest("汉中市人民代表大会常务委员会工作报告\n播报\n编辑\n" + LEAD
                + "中文名\n汉中市人民代表大会常务委员会工作报告\n报告人\n王建军\n报告时间\n2023年1月10日\n"
                + "报告会议\n汉中市第八届人民代表大会第三次会议\n目录\n1 报告全文\n报告全文\n" + TEXT);
        assertEquals("各位代表：", Copies.texts(r).get(0));
        assertEquals(List.of("一、坚持党的全面领导", "二、依法履行监督职责"), r.headings().stream().map(Heading::text).toList());
        assertEquals(11, Copies.count(r, RemovalReason.INFO_BOX));
        assertEquals(LocalDate.of(2023, 1, 10), r.metadata().date());
        assertEquals(8, r.metadata().congress());
        assertEquals(3, r.metadata().session());
        assertEquals("王建军", r.metadata().speaker());
        assertEquals("汉中市人大常委会主任", r.metadata().office());
        assertTrue(r.metadata().headerLines().get(0).startsWith("《汉中市人民代表大会常务委员会工作报告》是"));
    }

    @Test
    void keysAndValuesOnOneLineAndNoBoxWithoutTwoKeys() throws Exception {
        Report r = Copies.ingest("汉中市人民代表大会常务委员会工作报告\n" + LEAD + "报告人　王建军\n报告时间：2023年1月10日\n" + TEXT);
        assertEquals(2, Copies.count(r, RemovalReason.INFO_BOX));
        assertEquals("各位代表：", Copies.texts(r).get(0));
        // a line that only looks like a key is the text's
        Report text = Copies.ingest("汉中市人民代表大会常务委员会工作报告\n各位代表：\n时间\n过得真快，一年又过去了。\n" + TEXT);
        assertEquals(0, Copies.count(text, RemovalReason.INFO_BOX));
        assertTrue(Copies.texts(text).contains("时间"), Copies.texts(text).toString());
    }
}
