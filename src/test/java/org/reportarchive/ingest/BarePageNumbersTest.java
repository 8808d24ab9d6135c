package org.reportarchive.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportarchive.model.RemovalReason;
import org.reportarchive.model.Report;

/** A PDF's page numbers alone on their lines, and the numbers of a text that only look like them. */
class BarePageNumbersTest {

    private static final String HEAD = "鄂托克前旗人民代表大会常务委员会工作报告\n——2024年1月16日在鄂托克前旗第十八届人民代表大会第四次会议上\n"
            + "旗人大常委会主任　巴图孟和\n各位代表：\n";

    /** A page of prose: lines of a column, the last one broken in a word. */
    private static String page(int n, String lastLine) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 9; i++) {
            sb.append("旗人大常委会坚持以人民为中心，第").append(n).append("页第").append(i + 1).append("行依法履职，\n");
        }
        return sb.append(lastLine).append('\n').toString();
    }

    private static List<String> removed(Report r, RemovalReason reason) {
        List<String> out = new ArrayList<>();
        r.removals().stream().filter(x -> x.reason() == reason).forEach(x -> out.add(x.text()));
        return out;
    }

    @Test
    void aRunOfNumbersAPageOfProseApartIsThePagesAndTheSentenceGoesOnOverThem() throws Exception {
        Report r = Copies.ingest(HEAD + page(1, "组织代表视察城川镇、上海庙镇农村牧") + "1\n鄂托克前旗第十八届人民代表大会第四次会议文件\n"
                + "区饮水安全工程，推动解决供水问题。\n" + page(2, "各项工作取得新成效。") + "2\n鄂托克前旗第十八届人民代表大会第四次会议文件\n"
                + page(3, "为建设美丽富裕文明和谐新前旗作出新的贡献！") + "3\n");
        assertEquals(List.of("1", "2", "3"), removed(r, RemovalReason.PAGE_NUMBER));
        assertEquals(2, removed(r, RemovalReason.RUNNING_HEAD).size());
        assertTrue(Copies.texts(r).stream().anyMatch(t -> t.contains("农村牧区饮水安全工程")), Copies.texts(r).toString());
        assertTrue(Copies.texts(r).stream().noneMatch(t -> t.matches("[0-9]+") || t.contains("牧1")));
        // with the number of pages: 1 / 3
        Report of = Copies.ingest(HEAD + page(1, "组织代表视察农村牧") + "1 / 3\n区饮水安全工程。\n" + page(2, "取得新成效。")
                + "2 / 3\n" + page(3, "作出新的贡献！") + "3 / 3\n");
        assertEquals(List.of("1 / 3", "2 / 3", "3 / 3"), removed(of, RemovalReason.PAGE_NUMBER));
        // the last page may be short: its number is the copy's last line
        Report shortLast = Copies.ingest(HEAD + page(1, "各项工作取得新成效。") + "1\n" + page(2, "常委会依法履职。") + "2\n"
                + "各位代表，让我们为建设美丽富裕文明和谐新前旗作出新的贡献！\n3\n");
        assertEquals(List.of("1", "2", "3"), removed(shortLast, RemovalReason.PAGE_NUMBER));
        // or the page's own lines under it, the site's buttons
        Report buttons = Copies.ingest(HEAD + page(1, "各项工作取得新成效。") + "1\n" + page(2, "常委会依法履职。") + "2\n"
                + "各位代表，让我们为建设美丽富裕文明和谐新前旗作出新的贡献！\n3\n【打印本页】　【关闭窗口】\n");
        assertEquals(List.of("1", "2", "3"), removed(buttons, RemovalReason.PAGE_NUMBER));
        // but not a number over the text's own line, a short last page's list going on
        Report listed = Copies.ingest(HEAD + page(1, "各项工作取得新成效。") + "1\n" + page(2, "常委会依法履职。") + "2\n"
                + "附表：代表建议办理情况\n3\n已办结\n");
        assertEquals(List.of("1", "2"), removed(listed, RemovalReason.PAGE_NUMBER));
    }

    @Test
    void theTitleInItsShortFormOverOnePageUnderASessionDocumentsHeaderIsThePages() throws Exception {
        Report r = Copies.ingest("桃源县第十八届人民代表大会\n第六次会议文件（4）\n桃源县人民代表大会常务委员会工作报告\n"
                + "——2026年1月13日在桃源县第十八届人民代表大会第六次会议上\n各位代表：\n一、2025年工作回顾\n"
                + "（一）坚持党的全面领导\n常委会党组认真落实“第一议题”制度，全年开展党组理论学习。\n（二）聚焦高质量发展\n"
                + "- 1 -\n桃源县人大常委会工作报告\n围绕经济运行，听取审议计划执行、预算执行等报告。\n");
        assertEquals(List.of("一、2025年工作回顾", "（一）坚持党的全面领导", "（二）聚焦高质量发展"),
                r.headings().stream().map(h -> h.text()).toList());
        assertEquals(List.of("桃源县人大常委会工作报告"), removed(r, RemovalReason.RUNNING_HEAD));
        // the title printed over two lines
        Report two = Copies.ingest("芜湖市人民代表大会常务委员会\n工作报告\n——2013年1月8日在芜湖市第十五届人民代表大会第三次会议上\n"
                + "各位代表：\n　　常委会把推动经济平稳较快发展作为监督工作的首要任务，全年听取和审议了\n— 1 —\n芜湖市人大常委会工作报告\n"
                + "市人民政府的报告。\n");
        assertTrue(Copies.texts(two).contains("常委会把推动经济平稳较快发展作为监督工作的首要任务，全年听取和审议了市人民政府的报告。"),
                Copies.texts(two).toString());
    }

    @Test
    void shortPagesWhoseNumbersHaveTheSameRunningHeadUnderThemAreThePagesAndAHeadingRepeatedOverABreakIsTheCopys()
            throws Exception {
        Report r = Copies.ingest("攀枝花市人大常委会工作报告\n——2006年2月16日在攀枝花市第七届人民代表大会第四次会议上\n各位代表：\n"
                + "一、2005年的主要工作\n2005年，市人大常委会在市委的领导下，认真履行宪法和法律赋予的职责。\n"
                + "（一）加强监督工作。常委会听取和审议专项工作报告11个，开展执法检查5次。\n"
                + "（二）加强代表工作。代表提出的建议215件已全部办复。\n（三）加强自身建设。常委会坚持学习制度。\n"
                + "（四）依法决定重大事项。常委会作出决议决定8项。\n（五）依法任免。任免国家机关工作人员86人次。\n"
                + "1\n攀枝花市人大常委会工作报告\n二、2006年的主要任务\n2006年是实施“十一五”规划的开局之年，常委会要紧紧围绕市委的中心工作依法履职。\n2\n"
                + "攀枝花市人大常委会工作报告\n二、2006年的主要任务\n（一）围绕“十一五”规划的实施加强监督。\n"
                + "各位代表，让我们为建设繁荣和谐的攀枝花而努力奋斗！\n3\n");
        assertEquals(List.of("1", "2", "3"), removed(r, RemovalReason.PAGE_NUMBER));
        assertEquals(2, removed(r, RemovalReason.RUNNING_HEAD).size());
        assertEquals(List.of("二、2006年的主要任务"), removed(r, RemovalReason.DUPLICATE));
        assertEquals(List.of("一、2005年的主要工作", "二、2006年的主要任务"), r.headings().stream().filter(h -> h.level() == 1)
                .map(h -> h.text()).toList());
        // a table copied a cell a line, its group's cell under each number, has no page of prose between them
        Report table = Copies.ingest(HEAD + "附：代表小组名单\n序号\n小组\n召集人\n1\n朝歌代表小组\n王建平\n2\n朝歌代表小组\n李红梅\n"
                + "3\n桥盟代表小组\n张国庆\n");
        assertTrue(removed(table, RemovalReason.PAGE_NUMBER).isEmpty(), table.removals().toString());
        // numbers over different lines on short pages stay the text's (a list's items)
        Report list = Copies.ingest(HEAD + "常委会重点抓了以下工作：\n1\n听取审议专项报告。\n2\n开展执法检查。\n3\n");
        assertTrue(removed(list, RemovalReason.PAGE_NUMBER).isEmpty(), list.removals().toString());
    }

    @Test
    void aTitleOverTwoLinesOverTheBodyThatIssuesItIsTheTitleAcrossAPageBreakToo() throws Exception {
        String under = "通化市人民代表大会财政经济委员会\n（2019年1月10日）\n各位代表：\n财政经济委员会对计划草案进行了认真审查。"
                + "现将审查结果报告如下：\n一、执行情况\n全市经济运行总体平稳，主要指标完成年度计划。\n二、审查意见\n同意报告。\n";
        String title = "关于通化市2018年国民经济和社会发展计划执行情况与2019年计划草案的审查报告";
        Report together = Copies.ingest("关于通化市2018年国民经济和社会发展计划执行情况\n与2019年计划草案的审查报告\n" + under);
        assertEquals(title, together.metadata().title());
        Report apart = Copies.ingest("关于通化市2018年国民经济和社会发展计划执行情况\n- 1 -\n市八届人大三次会议文件（12）\n"
                + "与2019年计划草案的审查报告\n" + under + "- 2 -\n市八届人大三次会议文件（12）\n三、建议\n加强监督。\n");
        assertEquals(title, apart.metadata().title());
    }

    @Test
    void aTitleSplitByAPagesNumberAndRunningHeadIsJoinedOverThem() throws Exception {
        String body = "各位代表：\n現在，我代表縣人大常委會向大會報告工作，請予審議。\n一、過去一年的工作\n"
                + "全年召開常委會會議8次，聽取審議專項工作報告17個。\n— 2 —\n雷山縣第十六屆人民代表大會第三次會議文件\n"
                + "二、今年的主要任務\n圍繞鄉村振興加強監督。\n— 3 —\n";
        Report r = Copies.ingest("雷山縣第十六屆人民代表大會第三次會議文件（5）\n雷山縣人民代表大會常務委員會\n— 1 —\n"
                + "雷山縣第十六屆人民代表大會第三次會議文件\n工作報告\n——2019年1月8日在雷山縣第十六屆人民代表大會第三次會議上\n"
                + "縣人大常委會主任  楊光明\n" + body);
        assertEquals("雷山縣人民代表大會常務委員會工作報告", r.metadata().title());
        assertEquals(List.of("— 1 —", "— 2 —", "— 3 —"), removed(r, RemovalReason.PAGE_NUMBER));
        // only a page's number and head are passed over: a line of the copy's own between the two is no part of the title
        Report apart = Copies.ingest("雷山縣人民代表大會常務委員會\n（第三次會議文件）\n工作報告\n"
                + "——2019年1月8日在雷山縣第十六屆人民代表大會第三次會議上\n" + body);
        assertTrue(!"雷山縣人民代表大會常務委員會工作報告".equals(apart.metadata().title()), apart.metadata().title());
    }

    @Test
    void aNewspapersJumpWhoseMastheadWritesThePageWithoutItsOrdinalIsThePages() throws Exception {
        Report r = Copies.ingest("海淀区人民代表大会常务委员会工作报告\n——2023年1月6日在北京市海淀区第十七届人民代表大会第三次会议上\n"
                + "各位代表：\n　　常委会对《中华人民共和国老年人权\n（下转04版）\n海淀报\n2023年1月13日\n04版：特刊\n（上接01版）\n"
                + "益保障法》《北京市居家养老服务条例》实施情况开展执法检查。\n");
        assertTrue(Copies.texts(r).contains("常委会对《中华人民共和国老年人权益保障法》《北京市居家养老服务条例》实施情况开展执法检查。"),
                Copies.texts(r).toString());
        assertTrue(r.headings().isEmpty(), r.headings().toString());
    }

    @Test
    void aSessionsNameThePagesRepeatIsNoPartOfTheTitleAndASignatureOverItsDayIsNoHead() throws Exception {
        String session = "宝鸡市第十三届人民代表大会第四次会议";
        Report r = Copies.ingest(session + "\n关于宝鸡市2013年国民经济和社会发展计划执行情况\n与2014年计划草案的审查报告\n大会主席团：\n"
                + page(1, "市人民政府提出的计划草案基本可行。") + "— 1 —\n" + session + "\n" + page(2, "建议批准这个计划草案。")
                + "— 2 —\n" + session + "\n" + page(3, "以上报告，请予审议。"));
        assertEquals("关于宝鸡市2013年国民经济和社会发展计划执行情况与2014年计划草案的审查报告", r.metadata().title());
        // an opinion's signature on the next page, under the page's number, over its day
        Report signed = Copies.ingest("洛阳市人大常委会\n关于市人民政府2022年度国有资产管理情况综合报告的审议意见\n市人民政府：\n"
                + page(1, "请市人民政府研究处理。") + "第 1 页\n洛阳市人大常委会\n2023年11月3日\n");
        assertTrue(Copies.texts(signed).contains("洛阳市人大常委会"), Copies.texts(signed).toString());
        assertEquals("洛阳市", signed.metadata().placeName());
        // a yearbook's head over its chronicle's days, page after page, is the pages'
        String head = "盐城人大年鉴·2022";
        Report chronicle = Copies.ingest(head + "\n\n2021年盐城市人大常委会大事记\n2021年1月12日\n市八届人大五次会议开幕。\n"
                + "2021年3月30日\n市八届人大常委会第三十一次会议召开。\n\n— 215 —\n\n" + head + "\n2021年5月20日\n市人大常委会组织代表视察。\n"
                + "\n— 216 —\n\n" + head + "\n2021年9月28日\n市人大常委会召开换届选举工作会议。\n\n— 217 —\n");
        assertEquals(3, chronicle.removals().stream().filter(m -> m.text().equals(head)).count(), chronicle.removals().toString());
        assertTrue(chronicle.headings().stream().noneMatch(h -> h.text().equals(head)), chronicle.headings().toString());
        // a chronicle's days are its entries': no day of the document's, the year it chronicles
        assertEquals(null, chronicle.metadata().date());
        assertEquals(2021, chronicle.metadata().year());
    }

    @Test
    void numbersThatAreTheTextsStay() throws Exception {
        // a table copied a cell a line: its numbers are a few short lines apart
        Report table = Copies.ingest(HEAD + "现将代表建议办理情况列表如下。\n序号\n类别\n件数\n1\n城乡建设\n52\n2\n教育卫生\n36\n3\n农业农村\n41\n");
        assertTrue(removed(table, RemovalReason.PAGE_NUMBER).isEmpty(), table.removals().toString());
        assertTrue(Copies.texts(table).containsAll(List.of("1", "2", "3", "52")), Copies.texts(table).toString());
        // one number alone is no run; nor are numbers that do not count up by one
        Report one = Copies.ingest(HEAD + page(1, "各项工作取得新成效。") + "1\n" + page(2, "作出新的贡献！"));
        assertTrue(removed(one, RemovalReason.PAGE_NUMBER).isEmpty());
        Report skipping = Copies.ingest(HEAD + page(1, "各项工作取得新成效。") + "12\n" + page(2, "作出新的贡献！") + "30\n");
        assertTrue(removed(skipping, RemovalReason.PAGE_NUMBER).isEmpty());
    }
}
