package org.reportarchive.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportarchive.model.Block;
import org.reportarchive.model.RemovalReason;
import org.reportarchive.model.Report;

/**
 * What a converter leaves in a copy of a report: a page's HTML tags, a note app's Markdown marks, a mail's headers
 * and signature, a yearbook's other items. The report's words are read whole, and each mark is listed.
 */
class CopyRemnantsTest {

    private static final String BODY = "各位代表：\n现在，我代表县人大常委会向大会报告工作，请予审议。\n"
            + "一年来，常委会依法履职，听取和审议专项工作报告十二个。\n";

    private static Report ingest(String text) throws IngestException {
        return ReportIngester.defaults().ingest("t.txt", text.getBytes(StandardCharsets.UTF_8), Sidecar.empty());
    }

    private static List<String> texts(Report r) {
        return r.body().stream().map(Block::text).toList();
    }

    private static long count(Report r, RemovalReason reason) {
        return r.removals().stream().filter(x -> x.reason() == reason).count();
    }

    @Test
    void aPagesHtmlTagsAreLayout() throws Exception {
        Report r = ingest("修水县人民代表大会常务委员会工作报告\n"
                + "<p align=\"center\">&mdash;&mdash;2014年1月8日在修水县第十六届人民代表大会第四次会议上</p>\n"
                + "<p align=\"center\">县人大常委会主任&nbsp;&nbsp;陈明亮</p>\n"
                + "<p>&#12288;&#12288;各位代表：</p>\n"
                + "<p>&#12288;&#12288;<strong>一、2013年工作回顾</strong></p>\n"
                + "<p>&#12288;&#12288;一年来，常委会听取和审议专项工作报告<span style=\"color:red\">十二个</span>。<br/>"
                + "开展执法检查三次。</p>\n"
                + "<p>&#12288;&#12288;各位代表，让我们为建设美丽修水而努力奋斗！</p>\n");
        assertEquals(LocalDate.of(2014, 1, 8), r.metadata().date());
        assertEquals("陈明亮", r.metadata().speaker());
        assertEquals(List.of("各位代表：", "一、2013年工作回顾", "一年来，常委会听取和审议专项工作报告十二个。", "开展执法检查三次。",
                "各位代表，让我们为建设美丽修水而努力奋斗！"), texts(r));
        assertTrue(count(r, RemovalReason.HTML_TAG) >= 5);
        assertTrue(r.removals().stream().anyMatch(x -> x.reason() == RemovalReason.HTML_TAG
                && x.text().contains("<span style=\"color:red\">")));
    }

    @Test
    void angleBracketsOfTheReportsOwnAreText() throws Exception {
        Report r = ingest("修水县人民代表大会常务委员会工作报告\n——2014年1月8日在修水县第十六届人民代表大会第四次会议上\n"
                + "各位代表：\n空气质量优良天数比例由<b>考核改为<p>值排名，一个标签不成版式。\n");
        assertTrue(texts(r).get(1).contains("<b>考核改为<p>值"), texts(r).toString());
        assertEquals(0, count(r, RemovalReason.HTML_TAG));
        assertEquals(List.of("a", "b"), HtmlTags.read("a</p><p>b").parts());
        assertEquals(List.of("a<x>b"), HtmlTags.read("a<x>b").parts(), "not a page's element");
    }

    @Test
    void aNoteAppsInlineBoldAndListMarksAreLayoutAndItsEditorsNoteSitsInTheTitleBlock() throws Exception {
        Report r = ingest("# 修水县人民代表大会常务委员会工作报告\n\n> **编者按：** 1月8日上午，修水县第十六届人民代表大会第四次会议"
                + "听取和审议了县人大常委会工作报告。现将报告全文转载如下。\n>\n> 来源：修水报\n\n---\n\n"
                + "*——2014年1月8日在修水县第十六届人民代表大会第四次会议上*\n\n*县人大常委会主任　陈明亮*\n\n各位代表：\n\n"
                + "一年来，常委会依法履职，**听取和审议**专项工作报告十二个。\n\n- 一是加强监督。\n- 二是服务代表。\n\n- 3 -\n");
        assertEquals(LocalDate.of(2014, 1, 8), r.metadata().date());
        assertEquals("陈明亮", r.metadata().speaker());
        assertEquals("各位代表：", texts(r).get(0));
        assertTrue(texts(r).contains("一年来，常委会依法履职，听取和审议专项工作报告十二个。"), texts(r).toString());
        assertTrue(texts(r).contains("一是加强监督。") && texts(r).contains("二是服务代表。"), texts(r).toString());
        assertFalse(texts(r).stream().anyMatch(t -> t.contains("编者按")), "the note is the publication's");
        assertEquals("Markdown：- **…**", MarkdownCopy.marks("- 一是**加强**监督。"));
        assertEquals("", MarkdownCopy.marks("- 3 -"), "a page number between dashes");
    }

    /** A paragraph as a mail's text export sets it: broken every 24 characters, its first line indented. */
    private static String wrapped(String paragraph) {
        StringBuilder out = new StringBuilder("　　");
        for (int i = 0; i < paragraph.length(); i += 24) {
            out.append(paragraph, i, Math.min(paragraph.length(), i + 24)).append('\n');
        }
        return out.toString();
    }

    @Test
    void aReportInAForwardedMailsTextIsReadWithoutTheMail() throws Exception {
        String first = "一年来，常委会依法履职，听取和审议专项工作报告十二个，开展执法检查三次，作出决议决定九项，任免国家机关工作人员"
                + "四十六人次，为全县经济社会又好又快发展作出了积极贡献。";
        String second = "常委会高度关注民生，听取审议了县人民政府关于新型农村社会养老保险、保障性住房建设和农村饮水安全工程情况的报告，"
                + "组织代表视察了县城污水处理厂和垃圾填埋场建设，推动解决了一批群众反映强烈的问题。";
        Report r = ingest("发件人：修水县人大办 <xsrdb@163.com>\n发送时间：2014年1月20日 下午3:18\n收件人：九江日报 <jjrb@163.com>\n"
                + "主题：转发：常委会工作报告\n\n李编辑：\n　　您好！现将县人大常委会工作报告转发给您，请审阅。\n县人大办　刘敏\n\n"
                + "------------------ 原始邮件 ------------------\n发件人：\"县人大研究室\"<yjs@163.com>\n主题：定稿\n\n"
                + "修水县人民代表大会常务委员会工作报告\n——2014年1月8日在修水县第十六届人民代表大会第四次会议上\n"
                + "县人大常委会主任　陈明亮\n" + "各位代表：\n" + wrapped(first) + wrapped(second)
                + "--\n附件：工作报告.doc (56.5K)\n网易邮箱，中国第一大电子邮件服务商\n");
        assertEquals("修水县人民代表大会常务委员会工作报告", r.metadata().title());
        assertEquals(LocalDate.of(2014, 1, 8), r.metadata().date());
        assertEquals(List.of("各位代表：", first, second), texts(r));
        assertTrue(count(r, RemovalReason.MAIL) >= 10);
    }

    @Test
    void aMailThatIsTheReportsOwnTextIsNotStripped() throws Exception {
        // headers at the top, but no report's title block below them: nothing is taken for the mail's
        Report r = ingest("主题：关于代表建议办理情况的报告\n发件人：修水县人大办\n" + BODY);
        assertEquals(0, count(r, RemovalReason.MAIL));
        assertTrue(texts(r).get(0).startsWith("各位代表"), texts(r).toString());
    }

    @Test
    void aYearbooksOtherItemsAreNotTheReport() throws Exception {
        Report r = ingest("·46·　　　　　　　　　　　　　　修水年鉴·2015\n人民代表大会\n重要会议\n"
                + "【县十六届人大四次会议】　2014年1月7日至9日，修水县第十六届人民代表大会第四次会议召开，选举产生新一届领导。\n"
                + "重要文献\n【县人大常委会工作报告】\n修水县人民代表大会常务委员会工作报告（摘要）\n"
                + "——2014年1月8日在修水县第十六届人民代表大会第四次会议上\n县人大常委会主任　陈明亮\n" + BODY
                + "人民代表大会　　　　　　　　　　　　　　　　·47·\n"
                + "各位代表，让我们为建设美丽修水而努力奋斗！\n（县人大常委会办公室　供稿）\n代表工作\n"
                + "【代表建议办理】　2014年，县人大常委会交办代表建议一百二十件，全部办结。\n");
        assertEquals("修水县人民代表大会常务委员会工作报告", r.metadata().title());
        assertTrue(r.metadata().incomplete(), "an abstract");
        assertEquals("各位代表：", texts(r).get(0));
        assertEquals("各位代表，让我们为建设美丽修水而努力奋斗！", texts(r).get(texts(r).size() - 1));
        assertTrue(count(r, RemovalReason.OTHER_ARTICLE) >= 6);
    }

    @Test
    void aTitleWithAFieldsLabelAndARepostsMark() throws Exception {
        assertEquals("市人大常委会工作报告", FrontMatter.title("标题：[转帖]市人大常委会工作报告（全文）").title());
        Report r = ingest("标题：[转帖]县人大常委会工作报告（全文）\n楼主 | 河畔 | 发表于 2014-1-12 09:18 | 只看该作者\n"
                + "今天的报纸登了常委会报告全文，转过来方便大家看。\n修水县人民代表大会常务委员会工作报告\n县人大常委会主任　陈明亮\n"
                + "——2014年1月8日在修水县第十六届人民代表大会第四次会议上\n" + BODY);
        assertEquals("修水县人民代表大会常务委员会工作报告", r.metadata().title());
        assertEquals("陈明亮", r.metadata().speaker());
        assertEquals(LocalDate.of(2014, 1, 8), r.metadata().date());
        assertEquals("各位代表：", texts(r).get(0));
    }
}
