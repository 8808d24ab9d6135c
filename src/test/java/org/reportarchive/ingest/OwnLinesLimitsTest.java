package org.reportarchive.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportarchive.model.RemovalReason;
import org.reportarchive.model.Report;

/**
 * A report's own lines that look like what a bilingual copy, a scan, a page, a book's note, a paper's masthead, a
 * forum or a lead sets around a text: they stay the report's.
 */
class OwnLinesLimitsTest {

    private static final String HEAD = "延吉市人民代表大会常务委员会工作报告\n——2023年1月6日在延吉市第十七届人民代表大会第二次会议上\n"
            + "各位代表：\n现在，我代表市人大常委会向大会报告工作，请予审议。\n";

    private static boolean kept(Report r, String line) {
        return Copies.texts(r).stream().anyMatch(t -> t.contains(line));
    }

    @Test
    void aLineOrTwoInAnotherScriptThatAChineseReportQuotesAreItsOwn() throws Exception {
        Report sign = Copies.ingest(HEAD + "常委会推动社会用字规范化，其规范书写为：\n연변조선족자치주인민대표대회 상무위원회\n"
                + "全州公共场所双语标牌规范率达98%。\n");
        assertTrue(kept(sign, "연변조선족자치주인민대표대회 상무위원회"), Copies.texts(sign).toString());
        Report greeting = Copies.ingest(HEAD + "在藏历新年到来之际，向全市各族人民致以节日的问候：\nབཀྲ་ཤིས་བདེ་ལེགས།\n"
                + "一年来，常委会依法履职。\n");
        assertTrue(kept(greeting, "བཀྲ་ཤིས་བདེ་ལེགས།"), Copies.texts(greeting).toString());
    }

    @Test
    void rowsOfATableSetWithWideSpacesAreNoHeadingsButStackedNumberedHeadingsAre() throws Exception {
        Report table = Copies.ingest(HEAD + "一、主要工作\n全年宣传工作情况如下：\n宣传　在各级媒体刊发稿件216篇\n"
                + "编辑　《延吉人大》季刊4期、《人大工作简报》24期\n审核　“延吉人大”微信公众号推文385篇\n"
                + "二、今年的主要任务\n常委会将依法履职。\n");
        List<String> headings = table.body().stream().filter(b -> b instanceof org.reportarchive.model.Heading)
                .map(b -> b.text()).toList();
        assertEquals(List.of("一、主要工作", "二、今年的主要任务"), headings);
        assertTrue(kept(table, "宣传　在各级媒体刊发稿件216篇"));
        // a list of delegations: the delegations head their rows, the rows are no headings
        Report list = Copies.ingest("延吉市第十七届人民代表大会第二次会议各代表团团长、副团长名单\n河南街道代表团\n团　长　金哲洙\n"
                + "副团长　李美玉（女，朝鲜族）\n建工街道代表团\n团　长　朴成日（朝鲜族）\n副团长　王　丽（女）\n");
        assertEquals(List.of("河南街道代表团", "建工街道代表团"), list.body().stream()
                .filter(b -> b instanceof org.reportarchive.model.Heading).map(b -> b.text()).toList());
        // a section's number set apart by a space, beside a row, stays a heading
        Report spaced = Copies.ingest(HEAD + "一　主要工作\n工作项目　　完成情况\n宣传　　在各级媒体刊发稿件131篇\n二　今年的主要任务\n"
                + "（一）加强对经济运行的监督\n常委会将依法履职。\n");
        assertTrue(spaced.body().stream().anyMatch(b -> b instanceof org.reportarchive.model.Heading
                && b.text().equals("二　今年的主要任务")), Copies.texts(spaced).toString());
        // numbered headings set one over the other stay headings
        Report rules = Copies.ingest("延吉市人民代表大会常务委员会议事规则\n第一章　总则\n第一节　一般规定\n"
                + "第一条　为了规范常委会的议事活动，根据有关法律，制定本规则。\n");
        assertEquals(List.of("第一章　总则", "第一节　一般规定"), rules.body().stream()
                .filter(b -> b instanceof org.reportarchive.model.Heading).map(b -> b.text()).toList());
    }

    @Test
    void aTablesOneDigitCellsSetApartAreNoLetterSpacing() throws Exception {
        StringBuilder rows = new StringBuilder("各镇代表活动情况如下：\n");
        for (String town : List.of("澄江镇", "龙街镇", "海口镇", "右所镇", "九村镇", "路居镇", "阳宗镇")) {
            rows.append(town).append(" 3 2 4 3 2 4 3 3 2 4 3 2\n");
        }
        Report r = Copies.ingest(HEAD + rows);
        assertEquals(0, Copies.count(r, RemovalReason.LETTER_SPACING), r.removals().toString());
        assertTrue(kept(r, "澄江镇 3 2 4 3 2 4 3 3 2 4 3 2"), Copies.texts(r).toString());
    }

    @Test
    void theReportsCitationsListsAndTablesThatLookLikeAPagesLinesAreItsOwn() throws Exception {
        Report r = Copies.ingest(HEAD + "宪法规定：“中华人民共和国的一切权力属于人民。”\n（摘自《中华人民共和国宪法》，第二条）\n"
                + "常委会备案审查的规章有：\n《延吉市城市绿化管理办法》　2022年3月15日发布\n"
                + "媒体宣传情况：\n人民日报　2023年3月12日　A06版　两会特刊\n"
                + "代表履职积分情况：\n参加会议\n10积分\n提出建议\n5积分\n"
                + "二、今年的主要任务\n常委会将继续加强监督工作，听取和审议专项工作报告12个。\n三、加强自身建设\n常委会完善议事规则。\n");
        for (String line : List.of("（摘自《中华人民共和国宪法》，第二条）", "《延吉市城市绿化管理办法》　2022年3月15日发布",
                "人民日报　2023年3月12日　A06版　两会特刊", "10积分", "5积分")) {
            assertTrue(kept(r, line), line + " " + Copies.texts(r));
        }
        assertNull(r.metadata().publication());
    }

    @Test
    void aReportsOwnParagraphThatOpensWithABoardsFloorWordIsNoReply() throws Exception {
        Report r = Copies.ingest("楼主：钱江源头人　发表于 2012-01-15 20:31\n开化县人民代表大会常务委员会工作报告\n各位代表：\n"
                + "一、加强宣传\n报纸：2011年1月1日起在《衢州日报》开设人大专栏，刊发稿件46篇。\n电视：开设《人大之窗》栏目。\n"
                + "二、今年的任务\n常委会将继续加强宣传工作。\n");
        assertTrue(kept(r, "常委会将继续加强宣传工作。"), Copies.texts(r).toString());
        assertEquals(0, Copies.count(r, RemovalReason.FORUM_REPLY), r.removals().toString());
    }

    @Test
    void theDayASessionClosedDatesNoReportDeliveredAtIt() throws Exception {
        Report r = Copies.ingest("龙里县人大常委会工作报告全文发布\n原创　龙里人大　2024-01-15 17:30\n"
                + "1月12日，龙里县第十八届人民代表大会第四次会议在圆满完成各项议程后胜利闭幕，大会听取并审议了县人大常委会工作报告。"
                + "以下为报告全文：\n龙里县人民代表大会常务委员会工作报告\n——在龙里县第十八届人民代表大会第四次会议上\n各位代表：\n"
                + "一年来，常委会依法履职。\n");
        assertNull(r.metadata().date(), "the session's closing day is not the day the report was delivered");
    }
}
