package org.reportarchive.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportarchive.model.FootnoteRef;
import org.reportarchive.model.Kind;
import org.reportarchive.model.NoteKind;
import org.reportarchive.model.Paragraph;
import org.reportarchive.model.RemovalReason;
import org.reportarchive.model.Report;
import org.reportarchive.places.Divisions;
import org.reportarchive.places.PlaceFinder;

/**
 * What a converter leaves in a copy of a report: a page's HTML tags, a note app's Markdown marks, a mail's headers
 * and signature, a yearbook's other items. The report's words are read whole, and each mark is listed.
 */
class CopyRemnantsTest {

    private static final String BODY = "各位代表：\n现在，我代表县人大常委会向大会报告工作，请予审议。\n"
            + "一年来，常委会依法履职，听取和审议专项工作报告十二个。\n";



    @Test
    void aPagesHtmlTagsAreLayout() throws Exception {
        Report r = Copies.ingest("修水县人民代表大会常务委员会工作报告\n"
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
                "各位代表，让我们为建设美丽修水而努力奋斗！"), Copies.texts(r));
        assertTrue(Copies.count(r, RemovalReason.HTML_TAG) >= 5);
        assertTrue(r.removals().stream().anyMatch(x -> x.reason() == RemovalReason.HTML_TAG
                && x.text().contains("<span style=\"color:red\">")));
    }

    @Test
    void aSuperscriptNoteNumberIsTheNotesMarkerAndAnExponentStaysADigit() throws Exception {
        Report r = Copies.ingest("宜昌市人民代表大会常务委员会工作报告\n"
                + "<p align=\"center\">——2014年1月8日在宜昌市第五届人民代表大会第四次会议上</p>\n<p>各位代表：</p>\n"
                + "<p>常委会认真贯彻《监督法》<sup>1</sup>，对《城区绿地保护条例》<sup>[2]</sup>起草工作进行了调研，"
                + "新增绿地12万m<sup>2</sup>，投资10<sup>8</sup>元量级。</p>\n<p>注释：</p>\n<p>1.即《中华人民共和国各级人民代表大会"
                + "常务委员会监督法》。</p>\n<p>2.该条例于2013年11月经省人大常委会批准。</p>\n");
        Paragraph p = (Paragraph) r.body().get(1);
        assertEquals("常委会认真贯彻《监督法》，对《城区绿地保护条例》起草工作进行了调研，新增绿地12万m²，投资10⁸元量级。", p.text());
        assertEquals(List.of("1", "2"), p.footnoteRefs().stream().map(FootnoteRef::label).toList());
        assertEquals(List.of(), r.warnings(), "each note has its marker");
        assertEquals(List.of("法》^1，"), HtmlTags.read("法》<sup> 1 </sup>，").parts());
        assertEquals(List.of("cm²"), HtmlTags.read("cm<sup>2</sup>").parts(), "an exponent, above the line");
    }

    @Test
    void aPagesParagraphBrokenInItsSourceIsOneParagraph() throws Exception {
        Report r = Copies.ingest("宜昌市人民代表大会常务委员会工作报告\n"
                + "<p align=\"center\">——2014年1月8日在宜昌市第五届人民代表大会第四次会议上</p>\n<p>各位代表：</p>\n"
                + "<p>常委会加强岸线保护监督，督促关停沿江化工企业<br/>\n12家，推动生态修复。</p>\n"
                + "<p>常委会组织代表视察了县城污水处理厂，\n和垃圾填埋场\n建设。</p>\n"
                + "<p>一、总体情况\n<p>常委会依法履职。</p>\n<p>加强监督\n常委会依法监督。</p>\n"
                + "<table>\n<tr>\n<td>关于支持羊产业发展的建议，建议加大良种繁育和\n推广力度</td>\n<td>已安排专项资金，正在落实</td>\n"
                + "</tr>\n</table>\n");
        List<String> texts = Copies.texts(r);
        assertTrue(texts.contains("常委会加强岸线保护监督，督促关停沿江化工企业12家，推动生态修复。"), texts.toString());
        assertTrue(texts.contains("常委会组织代表视察了县城污水处理厂，和垃圾填埋场建设。"), texts.toString());
        assertTrue(texts.contains("一、总体情况") && texts.contains("常委会依法履职。"), "an unclosed <p> before a <p>: " + texts);
        assertTrue(texts.contains("加强监督") && texts.contains("常委会依法监督。"), "a short line may be a heading: " + texts);
        assertTrue(texts.contains("关于支持羊产业发展的建议，建议加大良种繁育和推广力度\t已安排专项资金，正在落实"),
                "a cell wrapped in the source, and the row's next cell after a tab: " + texts);
        assertTrue(r.notes().stream().anyMatch(n -> n.kind() == NoteKind.COLUMN_BREAK
                && n.message().contains("沿江化工企业｜12家")), "the join is shown: " + r.notes());
    }

    @Test
    void aSavedPagesHeadScriptsAndCommentsAreNotItsTextAndATagBrokenOverLinesIsOneTag() throws Exception {
        Report r = Copies.ingest("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>海口市人大常委会工作报告_海口人大网</title>\n"
                + "<style type=\"text/css\">\n.content p{text-indent:2em;}\n</style>\n<script>\nvar _hmt = [];\n</script>\n</head><body>\n"
                + "<p class=MsoNormal align=center style='text-align:center;line-height:28.0pt;\nmso-line-height-rule:exactly'><b><span\n"
                + "lang=EN-US>海口市人民代表大会常务委员会工作报告</span></b></p>\n"
                + "<p>——2019年1月9日在海口市第十六届人民代表大会第四次会议上</p>\n<p>各位代表：</p>\n"
                + "<p>一年来，常委会依法履职。</p>\n<!-- <p>本段删除：常委会内部讨论稿内容</p> -->\n<p>以上报告，请予审议。</p>\n"
                + "</body></html>\n");
        assertEquals("海口市人民代表大会常务委员会工作报告", r.metadata().title());
        assertEquals(LocalDate.of(2019, 1, 9), r.metadata().date());
        assertEquals(List.of("各位代表：", "一年来，常委会依法履职。", "以上报告，请予审议。"), Copies.texts(r));
        List<String> tags = r.removals().stream().filter(x -> x.reason() == RemovalReason.HTML_TAG).map(x -> x.text()).toList();
        assertTrue(tags.contains("<!-- <p>本段删除：常委会内部讨论稿内容</p> -->") && tags.contains("var _hmt = [];"),
                "what the page does not show is listed: " + tags);
        // a page saved on one line
        Report one = Copies.ingest("<div id=\"zoom\">绵阳市游仙区人民代表大会常务委员会工作报告<br/><br/>——2017年1月6日在绵阳市游仙区"
                + "第十八届人民代表大会第一次会议上<br/><br/>各位代表：<br/>　　我受常务委员会委托，向大会报告工作，请予审议。<br/></div>\n");
        assertEquals("绵阳市游仙区人民代表大会常务委员会工作报告", one.metadata().title());
        assertEquals(List.of("各位代表：", "我受常务委员会委托，向大会报告工作，请予审议。"), Copies.texts(one));
        // a < of the text's own that no > closes is text
        Report own = Copies.ingest("<p>海口市人民代表大会常务委员会工作报告</p>\n<p>各位代表：</p>\n<p>常委会开展专项监督，当增幅<b\n且降幅大于10%时启动问责。</p>\n");
        assertTrue(Copies.texts(own).contains("常委会开展专项监督，当增幅<b且降幅大于10%时启动问责。"), Copies.texts(own).toString());
    }

    @Test
    void aTitleBlockSetWithBrsKeepsItsLines() throws Exception {
        Report r = Copies.ingest("<div id=\"zoom\">\n德阳市旌阳区人民代表大会常务委员会工作报告<br>——2024年1月11日在德阳市旌阳区第九届人民代表大会"
                + "第四次会议上<br>旌阳区人大常委会主任　肖　林<br><br>各位代表：<br>　　我受旌阳区人民代表大会常务委员会委托，向大会报告工作，"
                + "请予审议。<br>\n</div>\n");
        assertEquals(LocalDate.of(2024, 1, 11), r.metadata().date());
        assertEquals("肖林", r.metadata().speaker());
        assertEquals("旌阳区人大常委会主任", r.metadata().office());
        assertEquals("各位代表：", Copies.texts(r).get(0), "the salutation opens the text");
        String clause = "常委会组织代表视察了县城污水处理厂和垃圾填埋场，督促有关部门";
        assertEquals(List.of(clause + "加快建设进度。"), HtmlTags.read("<p>" + clause + "<br>加快建设进度。</p>").parts());
        assertEquals(List.of(clause, "加快建设进度。"), HtmlTags.read("<p>" + clause + "<br><br>加快建设进度。</p>").parts(),
                "a blank line on the page ends a line");
    }

    @Test
    void aTablesRowWithACellToALineIsOneRow() throws Exception {
        Report r = Copies.ingest("<h3>关于襄城县2021年财政决算的报告</h3>\n<p>——2022年8月26日在襄城县第十七届人民代表大会常务委员会第三次会议上</p>\n"
                + "<p>　　现将决算情况报告如下。</p>\n<table>\n<tbody>\n<tr>\n<td>\n项目\n</td>\n<td>\n预算数（万元）\n</td>\n</tr>\n"
                + "<tr>\n  <td>一般公共预算收入</td>\n  <td>12</td>\n</tr>\n"
                + "<tr>\n<td>其中：税收收入（含增值税、企业所得税、\n个人所得税）</td>\n<td>3</td>\n</tr>\n"
                + "<tr>\n<td>政府性基金预算收入</td>\n<td>已按规定调入，\n不再单列</td>\n</tr>\n</tbody>\n</table>\n"
                + "<p>　　以上报告，请予审议。</p>\n");
        assertEquals(List.of("现将决算情况报告如下。", "项目\t预算数（万元）", "一般公共预算收入\t12",
                "其中：税收收入（含增值税、企业所得税、个人所得税）\t3", "政府性基金预算收入\t已按规定调入，不再单列",
                "以上报告，请予审议。"), Copies.texts(r), "each row one line, a cell's number no page's");
        assertEquals(List.of(19, 25), r.notes().stream().filter(n -> n.kind() == NoteKind.COLUMN_BREAK)
                .map(n -> n.line()).toList(), "a wrapped cell's join is shown at the line it broke: " + r.notes());
        // a row set on one line, and words outside any table, are read as before
        HtmlTags.Rows rows = new HtmlTags.Rows();
        assertEquals(List.of(false, false, false, true, false, false), java.util.stream.Stream.of(
                "<tr><td>一</td><td>二</td></tr>", "<tr>", "<td>五</td>", "<td>六</td>", "</tr>", "<td>七</td>")
                .map(rows::nextCell).toList());
    }

    @Test
    void aCellOfTwoParagraphsStaysInItsRow() throws Exception {
        Report r = Copies.ingest("<p>永定区人民代表大会常务委员会关于2023年代表建议办理情况的报告</p>\n"
                + "<p>——2023年12月20日在永定区第七届人民代表大会常务委员会第十六次会议上</p>\n"
                + "<p>现将重点督办建议办理情况报告如下。</p>\n<table>\n<tr>\n<td>序号</td>\n<td>建议名称</td>\n<td>办理情况</td>\n</tr>\n"
                + "<tr>\n<td>1</td>\n<td><p>关于加快城区排水管网改造的建议</p>\n<p>（领衔代表：刘建国）</p></td>\n<td>已办结。</td>\n</tr>\n"
                + "<tr>\n<td>2</td>\n<td>关于增设公交站点的建议。\n已列入计划</td>\n<td>正在办理</td>\n</tr>\n</table>\n"
                + "<p>以上报告，请予审议。</p>\n");
        assertEquals(List.of("现将重点督办建议办理情况报告如下。", "序号\t建议名称\t办理情况",
                "1\t关于加快城区排水管网改造的建议（领衔代表：刘建国）\t已办结。", "2\t关于增设公交站点的建议。已列入计划\t正在办理",
                "以上报告，请予审议。"), Copies.texts(r));
        assertEquals(List.of(12, 18), r.notes().stream().filter(n -> n.kind() == NoteKind.COLUMN_BREAK)
                .map(n -> n.line()).toList(), "each join is shown where the cell's lines part: " + r.notes());
        HtmlTags.Rows rows = new HtmlTags.Rows();
        assertEquals(List.of(HtmlTags.Rows.Place.NONE, HtmlTags.Rows.Place.NONE, HtmlTags.Rows.Place.NEXT_CELL,
                HtmlTags.Rows.Place.SAME_CELL, HtmlTags.Rows.Place.NEXT_CELL, HtmlTags.Rows.Place.NONE),
                java.util.stream.Stream.of("<tr>", "<td>零</td>", "<td><p>一</p>", "<p>二</p></td>", "<td>三</td>",
                        "</tr>").map(rows::next).toList());
        // a page's layout that sets its whole text in a table's first cell: its paragraphs stay paragraphs
        Report layout = Copies.ingest("<table><tr><td class=\"content\">\n<p>永定区人民代表大会常务委员会工作报告</p>\n"
                + "<p>——2024年1月10日在永定区第七届人民代表大会第四次会议上</p>\n<p>各位代表：</p>\n<p>一、2023年工作回顾</p>\n"
                + "<p>2023年，常委会召开会议8次。</p>\n</td><td>相关链接</td></tr></table>\n");
        assertEquals(List.of("各位代表：", "一、2023年工作回顾"), Copies.texts(layout).subList(0, 2));
    }

    @Test
    void aNumberedHeadingSetAsAnImageIsReadFromItsAltText() throws Exception {
        Report r = Copies.ingest("<h2>苏仙区人民代表大会常务委员会工作报告</h2>\n"
                + "<p><img src=\"banner.jpg\" alt=\"苏仙区第十八届人民代表大会第五次会议\" /></p>\n"
                + "<p>——2021年2月24日在苏仙区第十八届人民代表大会第五次会议上</p>\n<p>各位代表：</p>\n"
                + "<p><img src='h1.png' alt='一、2020年工作回顾'></p>\n<p>2020年，常委会召开会议8次。</p>\n"
                + "<p><img src=\"p1.jpg\" alt=\"\" /></p>\n<p><img src=\"h2.png\" alt=\"（一）加强监督\" />全年开展执法检查3次。</p>\n"
                + "<p><img src=\"h3.png\" alt=\"二、2021年主要任务\" /></p>\n<p>2021年，常委会将加强监督。</p>\n");
        assertEquals(List.of("各位代表：", "一、2020年工作回顾", "2020年，常委会召开会议8次。", "全年开展执法检查3次。",
                "二、2021年主要任务", "2021年，常委会将加强监督。"), Copies.texts(r),
                "a heading's image alone on its line is the heading; a banner, a photograph, an image beside words are not");
        assertTrue(r.body().get(1) instanceof org.reportarchive.model.Heading, r.body().toString());
    }

    @Test
    void aCopyThatLostItsLineBreaksAndKeptItsIndentsIsReadParagraphByParagraph() throws Exception {
        String work = "2015年，县人大常委会在县委的正确领导下，依法履行职责，全年召开常委会会议7次，听取审议专项工作报告18项，"
                + "开展执法检查4次，组织代表视察调研9次，督促办理代表建议97件，依法任免国家机关工作人员36人次。";
        String line = "内乡县人民代表大会常务委员会工作报告　　——2016年1月9日在内乡县第十四届人民代表大会第五次会议上　　"
                + "县人大常委会主任　杜华亭　　各位代表：　　现在，我受县人大常委会委托，向大会报告工作，请予审议。　　"
                + "一、2015年主要工作　　" + work + "　　" + work.replace("2015", "2014");
        Report r = Copies.ingest(line + "\n");
        assertEquals(java.time.LocalDate.of(2016, 1, 9), r.metadata().date());
        assertEquals("杜华亭", r.metadata().speaker(), "a name set apart by one wide space stays with its office");
        assertEquals(List.of("各位代表：", "现在，我受县人大常委会委托，向大会报告工作，请予审议。", "一、2015年主要工作", work,
                work.replace("2015", "2014")), Copies.texts(r));
        assertEquals(1, Copies.count(r, RemovalReason.PARAGRAPH_INDENT));
        // a short line, or one with fewer indents, is read as it is
        assertEquals(List.of(), ReportIngester.indentedParagraphs("各位代表：　　现在，我受县人大常委会委托，向大会报告工作。"));
        assertEquals(List.of(), ReportIngester.indentedParagraphs(work + "　　" + work + "　　" + work));
    }

    @Test
    void aLeadsOutlineOfTheDocumentUnderTheTitleBelongsToTheTitleBlock() throws Exception {
        Report r = Copies.ingest("澧县新闻网 | 首页 | 时政 | 人大\n澧县人民代表大会常务委员会工作报告\n导读：报告共分三个部分\n"
                + "一、2016年工作回顾\n二、2017年主要任务\n三、加强常委会自身建设\n"
                + "——2017年2月20日在澧县第十七届人民代表大会第八次会议上\n县人大常委会主任　张　明\n各位代表：\n"
                + "一、2016年工作回顾\n2016年，常委会依法履职，召开常委会会议7次。\n");
        assertEquals(LocalDate.of(2017, 2, 20), r.metadata().date());
        assertEquals("张明", r.metadata().speaker());
        assertEquals(List.of("各位代表：", "一、2016年工作回顾", "2016年，常委会依法履职，召开常委会会议7次。"), Copies.texts(r));
        // a lead with the document's own numbered text under it, and no delivery line: the text starts there
        Report own = Copies.ingest("澧县人民代表大会常务委员会工作报告\n导读：一年来的主要工作\n一、2016年工作回顾\n"
                + "二、2017年主要任务\n2016年，常委会依法履职，召开常委会会议7次。\n");
        assertEquals("一、2016年工作回顾", Copies.texts(own).get(0), Copies.texts(own).toString());
    }

    @Test
    void aBoxOfOtherArticlesSetIntoTheTextWithoutBulletsIsThePages() throws Exception {
        String before = "对《中华人民共和国黄河保护法》实施情况开展执法检查，督促整改问题31个，推动大汶河流域水质稳定达到Ⅲ类。";
        String after = "全面推行民生实事项目人大代表票决制，区五届人大三次会议票决产生的10件民生实事全部完成。";
        Report r = Copies.ingest("岱岳区人民代表大会常务委员会工作报告\n——2025年1月8日在岱岳区第五届人民代表大会第四次会议上\n"
                + "各位代表：\n（三）守护绿水青山\n" + before + "\n▼推荐阅读▼\n岱岳区第五届人民代表大会第四次会议隆重开幕\n"
                + "政府工作报告｜2025年，岱岳这样干！\n（四）坚持人民至上\n" + after + "\n");
        assertEquals(List.of("各位代表：", "（三）守护绿水青山", before, "（四）坚持人民至上", after), Copies.texts(r));
        assertEquals(3, Copies.count(r, RemovalReason.NAVIGATION));
        // a heading of the report's own that names reading, between its lines, with no headline under it
        Report own = Copies.ingest("岱岳区人民代表大会常务委员会工作报告\n——2025年1月8日在岱岳区第五届人民代表大会第四次会议上\n"
                + "各位代表：\n" + before + "\n推荐阅读\n" + after + "\n");
        assertTrue(Copies.texts(own).contains(after), Copies.texts(own).toString());
        // a box over a short line of the report's own and a sentence: the line may be the report's heading, and stays
        Report heading = Copies.ingest("岱岳区人民代表大会常务委员会工作报告\n——2025年1月8日在岱岳区第五届人民代表大会第四次会议上\n"
                + "各位代表：\n" + before + "\n▼推荐阅读▼\n岱岳区第五届人民代表大会第四次会议隆重开幕\n聚焦中心大局　助推高质量发展\n"
                + after + "\n");
        assertTrue(Copies.texts(heading).contains("聚焦中心大局　助推高质量发展"), Copies.texts(heading).toString());
    }

    @Test
    void aPartOfAReportWithoutItsTitleIsReadWhateverTitlesTheLinksUnderItHave() throws Exception {
        String last = "一年来的工作成绩，离不开县委的坚强领导，离不开全体代表和全县各族人民的共同努力。";
        String copy = "（接上期）\n（三）坚持生态优先，守护绿水青山\n常委会把生态保护作为监督工作的重点，开展执法检查，督促整改问题31个。\n"
                + "（四）坚持以人民为中心，用心用情保障民生\n听取审议县人民政府关于义务教育发展情况的报告，推动解决问题46个。\n"
                + last + "\n（未完待续）\n—END—\n上期回顾：县人大常委会工作报告（上）\n下期预告：县人大常委会工作报告（下）\n";
        Report r = Copies.ingest(copy);
        assertEquals("（三）坚持生态优先，守护绿水青山", Copies.texts(r).get(0), Copies.texts(r).toString());
        assertEquals(last, Copies.texts(r).get(Copies.texts(r).size() - 1));
        assertTrue(r.metadata().incomplete());
        // with the post's headline, a column and the title set with one bar: the title block
        Report headed = Copies.ingest("两会聚焦｜县人大常委会工作报告（中）\n" + copy);
        assertEquals(Copies.texts(r), Copies.texts(headed));
    }

    @Test
    void anEditorsNoteOverAPartOfTheTextSaysWhoDeliveredItWhereAndWhen() throws Exception {
        String note = "编者按：2024年1月10日，县人大常委会主任盘振宇在金秀瑶族自治县第十七届人民代表大会第四次会议第二次全体会议上"
                + "作县人大常委会工作报告。因篇幅较长，本号分三期刊发，今天推送第二部分。\n";
        String text = "（接上期）\n（三）坚持生态优先，守护绿水青山\n常委会把生态保护作为监督工作的重点，开展执法检查，督促整改问题31个。\n";
        for (String headline : List.of("", "两会聚焦｜县人大常委会工作报告（中）\n")) {
            Report r = Copies.ingest(headline + note + text);
            assertEquals("（三）坚持生态优先，守护绿水青山", Copies.texts(r).get(0), Copies.texts(r).toString());
            assertEquals("金秀瑶族自治县", r.metadata().place().name());
            assertEquals(LocalDate.of(2024, 1, 10), r.metadata().date());
            assertEquals("盘振宇", r.metadata().speaker());
            assertEquals(17, r.metadata().congress());
            assertEquals(Kind.REPORT, r.metadata().kind());
            assertTrue(r.metadata().incomplete(), "（接上期）: it goes on from an earlier post");
            assertEquals(headline.isEmpty() ? null : "县人大常委会工作报告", r.metadata().title(), "the column is a label");
        }
        // a page's headline that dates the title, over the title block under an editor's note
        Report dated = Copies.ingest("修水县人民代表大会常务委员会工作报告（2014年）\n【编者按】现将报告全文刊出，原载《九江日报》。\n"
                + "修水县人民代表大会常务委员会工作报告\n——2014年1月8日在修水县第十六届人民代表大会第四次会议上\n" + BODY);
        assertEquals("各位代表：", Copies.texts(dated).get(0), Copies.texts(dated).toString());
        assertEquals(LocalDate.of(2014, 1, 8), dated.metadata().date());
    }

    @Test
    void aTitleAConverterSetAsTwoHeadingsIsOneTitle() throws Exception {
        Report r = Copies.ingest("<!-- image -->\n\n修水县第十六届人民代表大会第四次会议文件\n\n"
                + "## 关于《修水县城市绿化条例\n\n## （草案）》的说明\n\n——2014年1月8日在修水县第十六届人民代表大会第四次会议上\n\n"
                + "县人大常委会副主任　陈明亮\n\n" + BODY + "\n## 一、立法的必要性\n\n城市绿化关系群众切身利益。\n");
        assertEquals("关于《修水县城市绿化条例（草案）》的说明", r.metadata().title());
        assertEquals(Kind.EXPLANATION, r.metadata().kind());
        assertEquals(LocalDate.of(2014, 1, 8), r.metadata().date());
        assertEquals("各位代表：", Copies.texts(r).get(0), Copies.texts(r).toString());
        assertTrue(Copies.texts(r).contains("一、立法的必要性"), "a heading of the text is no part of the title");
    }

    @Test
    void aWorkCommitteeOfAProvinceInAPrefectureWithoutACongressIsThatPrefectures() throws Exception {
        Report r = Copies.ingest("黑龙江省人大常委会大兴安岭地区工作委员会工作报告\n——2016年2月26日在全区人大工作会议上\n"
                + "地区人大工委主任　王春林\n同志们：\n现在，我代表地区人大工委向会议报告2015年工作，请予讨论。\n");
        assertEquals("大兴安岭地区", r.metadata().place().name());
        assertEquals("prefecture", r.metadata().place().level());
        assertEquals(Kind.REPORT, r.metadata().kind(), "a work committee's own work report");
        assertEquals(List.of(), r.warnings());
    }

    @Test
    void aDatabasesBracketedSourceAndASharedChatsHeaderAreReadForWhatTheyAre() throws Exception {
        Report gazette = Copies.ingest("法律法规数据库\n【来源】宁夏回族自治区人民代表大会常务委员会公报2003年第5号\n"
                + "修水县人民代表大会常务委员会工作报告\n——2014年1月8日在修水县第十六届人民代表大会第四次会议上\n" + BODY);
        assertEquals("宁夏回族自治区人民代表大会常务委员会公报", gazette.metadata().publication().source());
        Report chat = Copies.ingest("Kimi 智能助手 · 分享的对话\n整理报告格式\n2025-02-11 22:07　　共 2 条消息\n"
                + "修水县人民代表大会常务委员会工作报告\n——2014年1月8日在修水县第十六届人民代表大会第四次会议上\n" + BODY);
        assertEquals(null, chat.metadata().publication(), "a chat's title is no account");
        Report addressed = Copies.ingest("修水县人民代表大会常务委员会工作报告\n"
                + "http://www.jjnews.net　　2014-01-09 09:48:25　　来源：修水县委宣传部　　编辑：谭　敏\n"
                + "——2014年1月8日在修水县第十六届人民代表大会第四次会议上\n" + BODY);
        assertEquals("修水县委宣传部", addressed.metadata().publication().source(), "a site's address before its byline");
        Report reposted = Copies.ingest("把今年县人大常委会的工作报告完整搬过来了，全文转自九江日报（1月10日A3版），方便大家存档学习。\n"
                + "修水县人民代表大会常务委员会工作报告\n——2014年1月8日在修水县第十六届人民代表大会第四次会议上\n" + BODY);
        assertEquals("九江日报", reposted.metadata().publication().source(), "a reposter's 全文转自");
    }

    @Test
    void aReposterNamesThePaperOrSiteItCopiedFromInWordsOfItsOwn() throws Exception {
        String report = "修水县人民代表大会常务委员会工作报告\n——2014年1月8日在修水县第十六届人民代表大会第四次会议上\n" + BODY;
        String[][] cases = {
                {"原文来自修水新闻网，转过来方便坛友看。", "修水新闻网"},
                {"前几天县里开了人代会，九江日报登了县人大常委会的工作报告，我把全文转过来，留个资料。", "九江日报"},
                {"睇到修水新聞網登咗今年縣人大嘅工作報告，轉貼過嚟俾大家睇下。", "修水新聞網"},
                {"我看到浔阳晚报上刊登了这份报告，抄下来给大家。", "浔阳晚报"},
                {"全文转载于今天的《浔阳晚报》第7版，方便大家了解。", "浔阳晚报"},
                {"下面的全文抄自1月10日《九江日报》第三版，一字未改。", "九江日报"},
                {"以下全文錄自今日《九江日報》A4版。", "九江日報"},
                {"报纸上只登了一个摘要，全文是从修水人大网上拷下来的。", "修水人大网"},
                {"今天九江日报一版登了，转过来存着。", "九江日报"},
        };
        for (String[] c : cases) {
            Report r = Copies.ingest(c[0] + "\n" + report);
            assertEquals(c[1], r.metadata().publication() == null ? null : r.metadata().publication().source(), c[0]);
            assertEquals("各位代表：", Copies.texts(r).get(0), c[0]);
        }
        // a note under the text of where it was printed: the paper with its day before it, a journal by its name in
        // brackets, which outrank the name of the blog that reposts it
        for (String[] c : new String[][] {{"（转自2014年1月10日《九江日报》第一版）", "九江日报"},
                {"（此文刊载于《九江人大》2014年第1期）", "九江人大"}, {"（本文刊于《九江人大》2014年第1期）", "九江人大"}}) {
            Report noted = Copies.ingest("老何的博客\n" + report + c[0] + "\n");
            assertEquals(c[1], noted.metadata().publication().source(), c[0]);
            assertFalse(Copies.texts(noted).get(Copies.texts(noted).size() - 1).contains("《"), Copies.texts(noted).toString());
        }
        // a blog post's headline over its time is no account
        Report blog = Copies.ingest("修水县人大常委会工作报告\n2014-01-09 19:42\n" + report);
        assertEquals(null, blog.metadata().publication() == null ? null : blog.metadata().publication().source());
        // an e-paper's masthead without its day, over the line that gives the day and page
        Report epaper = Copies.ingest("九江日报　数字报刊平台　　　　　　往期回顾　|　PDF下载\n"
                + "2014年1月10日　星期五　　第03版：要闻　　[上一版]　[下一版]\n" + report);
        assertEquals("九江日报", epaper.metadata().publication().source());
        for (String banner : new String[] {"欢迎订阅九江日报电子版　　点击进入", "九江日报电子版上线啦！"}) {
            Report r = Copies.ingest(banner + "\n" + report);
            assertEquals(null, r.metadata().publication() == null ? null : r.metadata().publication().source(), banner);
        }
        // words that name no paper or site: none is made up
        for (String none : new String[] {"这篇报告来自网络，转过来大家看看。", "资料来自互联网，仅供学习。",
                "报告写得实在，报纸也登了不少，转过来存档。", "这是从县人大网站复制的，放在这里留个资料。"}) {
            Report r = Copies.ingest(none + "\n" + report);
            assertEquals(null, r.metadata().publication() == null ? null : r.metadata().publication().source(), none);
        }
    }

    @Test
    void aRecordingsTranscriptIsReadAsTheSpeechOfWhoeverSaysTheMost() throws Exception {
        Report r = Copies.ingest("视频号\n灵宝融媒\n直播回放｜灵宝市第十届人民代表大会第四次会议闭幕会\n"
                + "简介：1月9日下午，灵宝市第十届人民代表大会第四次会议胜利闭幕。市委书记李红梅出席闭幕会并讲话。\n"
                + "———— 文稿 ————\n以下文字由“AI字幕”根据视频语音自动生成，可能存在识别错误，仅供参考\n"
                + "[00:03:18] 发言人1：\n各位代表 闭幕会现在开始\n[00:21:47] 发言人1：\n下面 请市委书记讲话 大家欢迎\n[掌声]\n"
                + "[00:22:05] 发言人2：\n各位代表 同志们\n灵宝市第十届人民代表大会第四次会议 在全体代表的共同努力下 圆满完成了各项议程\n"
                + "[00:25:12] 发言人2：\n下面 就贯彻落实好这次大会精神 我讲三点意见 第一 要坚定信心 狠抓落实\n"
                + "[00:36:20] 发言人1：\n感谢李书记的重要讲话 奏国歌\n[音乐]\n[00:38:02]\n（直播已结束）\n评论 318\n"
                + "灵宝老果农：李书记说到苹果了 点赞　01-09　河南\n");
        List<String> texts = Copies.texts(r);
        assertEquals("各位代表 同志们", texts.get(0), texts.toString());
        assertEquals("下面 就贯彻落实好这次大会精神 我讲三点意见 第一 要坚定信心 狠抓落实", texts.get(texts.size() - 1));
        assertEquals(Kind.SPEECH, r.metadata().kind());
        assertEquals("李红梅", r.metadata().speaker());
        assertEquals("市委书记", r.metadata().office());
        assertEquals(10, r.metadata().congress());
        assertEquals("灵宝市", r.metadata().place().name());
        assertEquals(3, Copies.count(r, RemovalReason.OTHER_SPEAKER), "the host's words are listed apart");
        assertTrue(Copies.count(r, RemovalReason.TRANSCRIPT) >= 7);
        // two turns are no transcript: a report's own lines with times stay
        Report times = Copies.ingest("修水县人民代表大会常务委员会工作报告\n——2014年1月8日在修水县第十六届人民代表大会第四次会议上\n"
                + BODY + "[09:30] 发言人1：\n大会开幕。\n");
        assertEquals(0, Copies.count(times, RemovalReason.TRANSCRIPT));
    }

    @Test
    void todaysAppsChatsAndDatabasesTailsAreThePages() throws Exception {
        String last = "各位代表，让我们为建设美丽修水而努力奋斗！";
        String head = "修水县人民代表大会常务委员会工作报告\n——2014年1月8日在修水县第十六届人民代表大会第四次会议上\n" + BODY + last + "\n";
        for (String tail : List.of(
                "（修水报全媒体记者　陈　曦　整理）\n【版权声明】本文来源于修水报，客户端转载仅为传播更多信息，如涉及版权问题，请与我们联系。\n"
                        + "👍 32　　☆ 收藏　　↗ 分享\n打开修水新闻APP，阅读体验更佳\n",
                "（修水县融媒体中心　整理）\n*本文为人民日报新媒体平台“人民号”作者上传并发布，仅代表作者观点。人民日报仅提供信息发布平台。\n",
                "**整理说明：**\n1. 删除了网页导航栏、来源信息、分享按钮等与正文无关的内容；\n2. 为标题添加了 Markdown 格式，文字未作改动。\n"
                        + "如需进一步调整，请随时告诉我。\n👍　👎　复制　再试一次　分享\n以上内容均由 AI 生成，仅供参考\n",
                "———— 评论（2）————\n[评论1] 王晓雯　07-01 10:15\n“46个”和调研报告核对一下，已核对无误。\n"
                        + "文档由腾讯文档导出　·　字数 1923\n",
                "———— 以下是我的笔记 ✍️ ————\n1⃣ 数字背熟：常委会会议8次，专题报告20个，去年报告也有。\n#申论素材#\n",
                "本篇文件共被引用0次　　[打印]　[收藏]　[下载全文]\n关于我们　|　用户须知　|　免责声明：本库所载内容仅供参考，请以正式文本为准　|　联系我们\n",
                "阅读已结束，下载本文需要使用 2 下载券\n附件：无\n┌友情链接┐　全国人大网　|　江西人大网\n",
                "文字：修水县人大常委会研究室\n排版：程　琳\n知道了\n视频 小程序 赞，轻点两下取消赞 在看，轻点两下取消在看\n"
                        + "喜欢此内容的人还喜欢\n修水县第十六届人民代表大会第四次会议隆重开幕\n",
                "ID：jrtt\n人民号作者\n修水人大\n已发布2866篇文章\n",
                "版权归原作者所有，如有侵权请联系我们删除\n",
                "来源：修水报\n————————\n以下是我的学习笔记\n一、报告的三个亮点\n读了这个报告，我觉得监督工作越来越实。\n"
                        + "二、值得借鉴的做法\n特别是代表票决制，老百姓真正得到了实惠。\n")) {
            Report r = Copies.ingest(head + tail);
            assertEquals(last, Copies.texts(r).get(Copies.texts(r).size() - 1), tail);
        }
    }

    @Test
    void angleBracketsOfTheReportsOwnAreText() throws Exception {
        Report r = Copies.ingest("修水县人民代表大会常务委员会工作报告\n——2014年1月8日在修水县第十六届人民代表大会第四次会议上\n"
                + "各位代表：\n空气质量优良天数比例由<b>考核改为<p>值排名，一个标签不成版式。\n");
        assertTrue(Copies.texts(r).get(1).contains("<b>考核改为<p>值"), Copies.texts(r).toString());
        assertEquals(0, Copies.count(r, RemovalReason.HTML_TAG));
        assertEquals(List.of("a", "b"), HtmlTags.read("a</p><p>b").parts());
        assertEquals(List.of("a<x>b"), HtmlTags.read("a<x>b").parts(), "not a page's element");
        assertEquals(List.of("一年来，常委会依法履职。"), HtmlTags.read(
                "<p><img src=\"/p1.jpg\" onload=\"if(this.width>600)this.width=600\" />一年来，常委会依法履职。</p>").parts(),
                "a > inside a quoted value");
    }

    @Test
    void aNoteAppsInlineBoldAndListMarksAreLayoutAndItsEditorsNoteSitsInTheTitleBlock() throws Exception {
        Report r = Copies.ingest("# 修水县人民代表大会常务委员会工作报告\n\n> **编者按：** 1月8日上午，修水县第十六届人民代表大会第四次会议"
                + "听取和审议了县人大常委会工作报告。现将报告全文转载如下。\n>\n> 来源：修水报\n\n---\n\n"
                + "*——2014年1月8日在修水县第十六届人民代表大会第四次会议上*\n\n*县人大常委会主任　陈明亮*\n\n各位代表：\n\n"
                + "一年来，常委会依法履职，**听取和审议**专项工作报告十二个。\n\n- 一是加强监督。\n- 二是服务代表。\n\n- 3 -\n");
        assertEquals(LocalDate.of(2014, 1, 8), r.metadata().date());
        assertEquals("陈明亮", r.metadata().speaker());
        assertEquals("各位代表：", Copies.texts(r).get(0));
        assertTrue(Copies.texts(r).contains("一年来，常委会依法履职，听取和审议专项工作报告十二个。"), Copies.texts(r).toString());
        assertTrue(Copies.texts(r).contains("一是加强监督。") && Copies.texts(r).contains("二是服务代表。"), Copies.texts(r).toString());
        assertFalse(Copies.texts(r).stream().anyMatch(t -> t.contains("编者按")), "the note is the publication's");
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
        Report r = Copies.ingest("发件人：修水县人大办 <xsrdb@163.com>\n发送时间：2014年1月20日 下午3:18\n收件人：九江日报 <jjrb@163.com>\n"
                + "主题：转发：常委会工作报告\n\n李编辑：\n　　您好！现将县人大常委会工作报告转发给您，请审阅。\n县人大办　刘敏\n\n"
                + "------------------ 原始邮件 ------------------\n发件人：\"县人大研究室\"<yjs@163.com>\n主题：定稿\n\n"
                + "修水县人民代表大会常务委员会工作报告\n——2014年1月8日在修水县第十六届人民代表大会第四次会议上\n"
                + "县人大常委会主任　陈明亮\n" + "各位代表：\n" + wrapped(first) + wrapped(second)
                + "--\n附件：工作报告.doc (56.5K)\n网易邮箱，中国第一大电子邮件服务商\n");
        assertEquals("修水县人民代表大会常务委员会工作报告", r.metadata().title());
        assertEquals(LocalDate.of(2014, 1, 8), r.metadata().date());
        assertEquals(List.of("各位代表：", first, second), Copies.texts(r));
        assertTrue(Copies.count(r, RemovalReason.MAIL) >= 10);
    }

    @Test
    void aYearbookItemsHeadingMayBeTheOnlyTitleAndAWorkPlanNeedsNoDeliveryLine() throws Exception {
        String city = BODY.replace("县人大", "市人大");
        String running = "·74·　　　　　　　　　　　　　　　　　　　聊城年鉴·2017\n人民代表大会\n";
        String next = "（市人大常委会办公室　供稿）\n【代表建议办理】　2016年，市人大常委会交办代表建议264件，全部办结。\n"
                + "聊城年鉴·2017　　　　　　　　　　　　　　　　　　　·75·\n";
        Report item = Copies.ingest(running + "【市十七届人大六次会议】　2016年2月22日至25日，聊城市第十七届人民代表大会第六次会议召开。\n"
                + "【市人大常委会工作报告】\n——2016年2月23日在聊城市第十七届人民代表大会第六次会议上\n市人大常委会主任　李国华\n"
                + city + next);
        assertEquals("市人大常委会工作报告", item.metadata().title());
        assertEquals("聊城市", item.metadata().place().name());
        assertEquals("各位代表：", Copies.texts(item).get(0));
        assertFalse(Copies.texts(item).stream().anyMatch(t -> t.contains("代表建议办理")), Copies.texts(item).toString());

        Report plan = Copies.ingest(running + "【概况】　2016年，市人大常委会召开常委会会议7次，听取审议专项工作报告19个。\n"
                + "聊城市人大常委会2016年工作要点\n2016年市人大常委会工作的总体要求是：围绕市委部署，依法履职。\n"
                + "一、加强和改进立法工作。\n" + next);
        assertEquals("聊城市人大常委会2016年工作要点", plan.metadata().title());
        assertEquals(List.of("2016年市人大常委会工作的总体要求是：围绕市委部署，依法履职。", "一、加强和改进立法工作。"),
                Copies.texts(plan));

        // a title set bold by Markdown in a copy otherwise plain: the title, with its label, and no placeholder
        Report bold = Copies.ingest(running + "【市人大常委会工作报告】\n**聊城市人民代表大会常务委员会工作报告（摘要）**\n"
                + "——2016年2月23日在聊城市第十七届人民代表大会第六次会议上\n" + city);
        assertEquals("聊城市人民代表大会常务委员会工作报告", bold.metadata().title());
        assertEquals("聊城市", bold.metadata().place().name(), "** is no name's placeholder");
        assertTrue(bold.metadata().incomplete());
        assertTrue(PlaceFinder.hasPlaceholder("**区人民政府、**县"), "a placeholder before a level");
    }

    @Test
    void aMailThatIsTheReportsOwnTextIsNotStripped() throws Exception {
        // headers at the top, but no report's title block below them: nothing is taken for the mail's
        Report r = Copies.ingest("主题：关于代表建议办理情况的报告\n发件人：修水县人大办\n" + BODY);
        assertEquals(0, Copies.count(r, RemovalReason.MAIL));
        assertTrue(Copies.texts(r).get(0).startsWith("各位代表"), Copies.texts(r).toString());
    }

    @Test
    void aYearbooksOtherItemsAreNotTheReport() throws Exception {
        Report r = Copies.ingest("·46·　　　　　　　　　　　　　　修水年鉴·2015\n人民代表大会\n重要会议\n"
                + "【县十六届人大四次会议】　2014年1月7日至9日，修水县第十六届人民代表大会第四次会议召开，选举产生新一届领导。\n"
                + "重要文献\n【县人大常委会工作报告】\n修水县人民代表大会常务委员会工作报告（摘要）\n"
                + "——2014年1月8日在修水县第十六届人民代表大会第四次会议上\n县人大常委会主任　陈明亮\n" + BODY
                + "人民代表大会　　　　　　　　　　　　　　　　·47·\n"
                + "各位代表，让我们为建设美丽修水而努力奋斗！\n（县人大常委会办公室　供稿）\n代表工作\n"
                + "【代表建议办理】　2014年，县人大常委会交办代表建议一百二十件，全部办结。\n");
        assertEquals("修水县人民代表大会常务委员会工作报告", r.metadata().title());
        assertTrue(r.metadata().incomplete(), "an abstract");
        assertEquals("各位代表：", Copies.texts(r).get(0));
        assertEquals("各位代表，让我们为建设美丽修水而努力奋斗！", Copies.texts(r).get(Copies.texts(r).size() - 1));
        assertTrue(Copies.count(r, RemovalReason.OTHER_ARTICLE) >= 6);
    }

    @Test
    void aTitleWithAFieldsLabelAndARepostsMark() throws Exception {
        assertEquals("市人大常委会工作报告", FrontMatter.title("标题：[转帖]市人大常委会工作报告（全文）").title());
        Report r = Copies.ingest("标题：[转帖]县人大常委会工作报告（全文）\n楼主 | 河畔 | 发表于 2014-1-12 09:18 | 只看该作者\n"
                + "今天的报纸登了常委会报告全文，转过来方便大家看。\n修水县人民代表大会常务委员会工作报告\n县人大常委会主任　陈明亮\n"
                + "——2014年1月8日在修水县第十六届人民代表大会第四次会议上\n" + BODY);
        assertEquals("修水县人民代表大会常务委员会工作报告", r.metadata().title());
        assertEquals("陈明亮", r.metadata().speaker());
        assertEquals(LocalDate.of(2014, 1, 8), r.metadata().date());
        assertEquals("各位代表：", Copies.texts(r).get(0));
    }

    @Test
    void aBlogsRepostKeepsItsTitleWithoutItsLabelAndLosesItsFooterAndComments() throws Exception {
        Report r = Copies.ingest("修水县人民代表大会常务委员会工作报告_老何_新浪博客\n老何的博客\n修水县人民代表大会常务委员会工作报告（转载）\n"
                + "(2014-01-12 10:22:35)\n转载▼\n——2014年1月8日在修水县第十六届人民代表大会第四次会议上\n" + BODY
                + "阅读(186)┊ 评论 (3)┊ 收藏(0) ┊转载(2) ┊ 打印┊举报\n前一篇：修水县人民政府工作报告（转载）\n后一篇：修水县两会闭幕\n"
                + "评论\n[发评论]\n河畔 2014-01-12 15:31:06\n报告写得很实在。\n");
        assertEquals("修水县人民代表大会常务委员会工作报告", r.metadata().title());
        assertEquals("2014-01-12", r.metadata().publication().date());
        assertEquals("老何的博客", r.metadata().publication().source());
        assertEquals("一年来，常委会依法履职，听取和审议专项工作报告十二个。", Copies.texts(r).get(Copies.texts(r).size() - 1));
    }

    @Test
    void anAppsAuthorBoxOverTheTitleListsNoHeadlinesAndANewsHeadlineOverItsTwoBylineLinesIsItsTitle() throws Exception {
        Report r = Copies.ingest("人民日报\n打开\n人民号作者\n修水县融媒体中心\n已发布1866篇文章\n关注\n修水县人民代表大会常务委员会工作报告\n"
                + "2014-01-12 20:14　浏览量1.2万\n来源：修水县融媒体中心\n——2014年1月8日在修水县第十六届人民代表大会第四次会议上\n" + BODY);
        assertEquals("修水县人民代表大会常务委员会工作报告", r.metadata().title());
        Report news = Copies.ingest("新华社客户端\n江西省十四届人大二次会议举行第二次全体会议\n2024-01-22 12:03:41\n来源：新华社\n"
                + "新华社南昌1月22日电　江西省第十四届人民代表大会第二次会议22日举行第二次全体会议，听取省人大常委会工作报告。\n"
                + "受省人大常委会委托，省人大常委会副主任作省人大常委会工作报告。\n");
        assertEquals("江西省十四届人大二次会议举行第二次全体会议", news.metadata().title());
        assertTrue(news.headings().isEmpty(), news.headings().toString());
        // and over its account, its time and its source on three lines, under a portal's app name
        Report three = Copies.ingest("腾讯新闻\n儋州市十三届人大三次会议开幕\n儋州发布\n2024-01-19 08:45\n来源：儋州日报\n关注\n"
                + "本报讯　1月18日上午，儋州市第十三届人民代表大会第三次会议开幕。\n受市人大常委会委托，市人大常委会副主任作市人大常委会工作报告。\n");
        assertEquals("儋州市十三届人大三次会议开幕", three.metadata().title());
        assertTrue(three.headings().isEmpty(), three.headings().toString());
    }

    @Test
    void anAppsOriginalTitleLineGivesTheTitleWhetherTheHeadlineRepeatsItOrNot() throws Exception {
        String under = "——2018年1月10日在恩施土家族苗族自治州第八届人民代表大会第二次会议上\n州人大常委会主任　王　明\n" + BODY;
        for (String headline : List.of("恩施土家族苗族自治州人民代表大会常务委员会工作报告", "州人大常委会工作报告全文来了！")) {
            Report r = Copies.ingest("搜狐首页\n恩施人大\n" + headline + "\n2018-01-24 09:15 来源：恩施日报\n"
                    + "原标题：恩施土家族苗族自治州人民代表大会常务委员会工作报告\n" + under);
            assertEquals("恩施土家族苗族自治州人民代表大会常务委员会工作报告", r.metadata().title(), headline);
            assertEquals("王明", r.metadata().speaker(), headline);
        }
    }

    @Test
    void aPdfsRunningHeadIsNotTakenIntoASentenceOverThePageBreak() throws Exception {
        Report r = Copies.ingest("修水县人民代表大会常务委员会工作报告\n——2014年1月8日在修水县第十六届人民代表大会第四次会议上\n各位代表：\n"
                + "一年来，常委会组织代表视察，推动解决农村供水\n第 1 页 共 3 页\n县人大常委会工作报告\n"
                + "保障、学校周边交通安全等问题四十一个。\n第 2 页 共 3 页\n县人大常委会工作报告\n"
                + "各位代表，让我们为建设美丽修水而努力奋斗！\n第 3 页 共 3 页\n");
        assertFalse(Copies.texts(r).stream().anyMatch(t -> t.contains("县人大常委会工作报告")), Copies.texts(r).toString());
        assertEquals(2, Copies.count(r, RemovalReason.RUNNING_HEAD));
        assertEquals("修水县人民代表大会常务委员会工作报告", r.metadata().title(), "the title is no running head");
    }

    @Test
    void aNewspapersPageHeadInsideTheTextIsThePages() throws Exception {
        String text = "宁德市人民代表大会常务委员会工作报告\n——2022年1月12日在宁德市第五届人民代表大会第一次会议上\n各位代表：\n"
                + "我们坚持把助力脱贫攻坚作为重要政治任务，组织各级代表深入下党乡、赤溪村等\n%s"
                + "地开展视察调研，推动工作成果持续巩固。\n要闻\n全年听取审议专项工作报告12项。\n";
        String joined = "我们坚持把助力脱贫攻坚作为重要政治任务，组织各级代表深入下党乡、赤溪村等地开展视察调研，推动工作成果持续巩固。";
        // its lines as the page's head over the title has them, or a day with its weekday and a paper's name
        for (String[] page : List.of(new String[] {"2022年1月20日 星期四\n3\n要闻\n宁德日报\n", "2022年1月20日 星期四\n4\n要闻\n宁德日报\n"},
                new String[] {"", "2022年1月20日　星期四\n宁德日报\n7\n要闻\n"})) {
            Report r = Copies.ingest(page[0] + String.format(text, page[1]));
            assertTrue(Copies.texts(r).contains(joined), Copies.texts(r).toString());
            assertEquals(4, Copies.count(r, RemovalReason.RUNNING_HEAD));
            assertTrue(Copies.texts(r).contains("要闻"), "a line of the text's own, alone, stays: " + Copies.texts(r));
        }
        // a report's own table of the papers that printed it, a cell to a line, and its own list of a site's sections
        Report table = Copies.ingest("宁德市人民代表大会常务委员会工作报告\n各位代表：\n部分重点稿件刊发情况如下表：\n刊发日期\n媒体\n版次\n"
                + "2023年3月8日 星期三\n人民日报\n4\n要闻\n2023年7月18日 星期二\n法治日报\n6\n综合\n以上报告，请予审议。\n");
        assertEquals(0, Copies.count(table, RemovalReason.RUNNING_HEAD), Copies.texts(table).toString());
        // a scan's page number between two columns' lines
        Report scan = Copies.ingest("阿拉善左旗人民代表大会常务委员会工作报告\n各位代表：\n"
                + "一、加强生态建设监督。组织代表视察防沙治沙工程。               ·12·             二、加强代表工作。五年共办理代表\n"
                + "建议、批评和意见386件。\n");
        assertEquals(List.of("各位代表：", "一、加强生态建设监督。组织代表视察防沙治沙工程。", "二、加强代表工作。五年共办理代表建议、批评和意见386件。"),
                Copies.texts(scan));
        assertEquals(1, Copies.count(scan, RemovalReason.PAGE_NUMBER));
        // the title again at the top of the next page, under its number
        Report paged = Copies.ingest("永嘉县人民代表大会常务委员会工作报告\n各位代表：\n一年来，常委会依法履职。\n— 1 —\n"
                + "永嘉县人民代表大会常务委员会工作报告\n常委会听取审议专项工作报告12个。\n— 2 —\n");
        assertEquals(List.of("各位代表：", "一年来，常委会依法履职。", "常委会听取审议专项工作报告12个。"), Copies.texts(paged));
        assertEquals(1, Copies.count(paged, RemovalReason.RUNNING_HEAD));
        // a video's captions, each line led by its time: the times are the transcript's marks, not the title's words
        Report captions = Copies.ingest("安吉人大 的抖音\n字幕：\n00:00 在安吉县第十七届人民代表大会第三次会议闭幕会上的讲话\n"
                + "00:05 县人大常委会主任 沈铭权\n00:09 2023年1月6日\n00:12 各位代表，同志们：\n"
                + "00:16 安吉县第十七届人民代表大会第三次会议圆满完成了各项议程，今天就要闭幕了。\n"
                + "00:24 会议期间，各位代表认真履行职责。\n");
        assertEquals("在安吉县第十七届人民代表大会第三次会议闭幕会上的讲话", captions.metadata().title());
        assertEquals("县人大常委会主任", captions.metadata().office());
        assertEquals(6, Copies.count(captions, RemovalReason.TRANSCRIPT));
    }

    @Test
    void aWordExportsTableOfContentsRepeatsTheHeadings() throws Exception {
        Report r = Copies.ingest("修水县人民代表大会常务委员会工作报告\n——2014年1月8日在修水县第十六届人民代表大会第四次会议上\n"
                + "目　　录\n一、2013年工作回顾……………………1\n二、2014年主要任务……………………5\n" + BODY
                + "一、2013年工作回顾\n一年来，常委会依法履职。\n");
        assertEquals("各位代表：", Copies.texts(r).get(0));
        assertEquals(3, Copies.count(r, RemovalReason.TABLE_OF_CONTENTS));
        assertEquals(1, Copies.texts(r).stream().filter(t -> t.startsWith("一、2013年工作回顾")).count());

        // an entry wrapped over two lines, the first without a leader, also the first entry
        Report wrapped = Copies.ingest("修水县人民代表大会常务委员会工作报告\n——2014年1月8日在修水县第十六届人民代表大会第四次会议上\n"
                + "目　　录\n一、坚持依法决定，重大事项和人事任免\n规范有序……………………1\n"
                + "二、坚持代表主体地位，代表作用\n充分发挥……………………3\n三、2014年主要任务……………………5\n" + BODY);
        assertEquals("各位代表：", Copies.texts(wrapped).get(0), Copies.texts(wrapped).toString());
        assertEquals(6, Copies.count(wrapped, RemovalReason.TABLE_OF_CONTENTS));
        // a report's own short line above a list of figures with leaders is no entry's
        Report figures = Copies.ingest("修水县人民代表大会常务委员会工作报告\n——2014年1月8日在修水县第十六届人民代表大会第四次会议上\n"
                + BODY + "全年办理代表建议分类如下\n城乡建设管理类……………………86\n农业农村类……………………………42\n");
        assertTrue(Copies.texts(figures).contains("全年办理代表建议分类如下"), Copies.texts(figures).toString());
        assertEquals(0, Copies.count(figures, RemovalReason.TABLE_OF_CONTENTS));
        // a list of figures after a sentence, whose words come again as headings: the text's, not a table of contents
        Report repeated = Copies.ingest("修水县人民代表大会常务委员会工作报告\n——2014年1月8日在修水县第十六届人民代表大会第四次会议上\n"
                + BODY + "城乡建设类……………………19\n教育卫生类……………………27\n城乡建设类\n老旧小区改造已基本完成。\n"
                + "教育卫生类\n增加学位的建议已列入年度计划。\n");
        assertEquals(0, Copies.count(repeated, RemovalReason.TABLE_OF_CONTENTS), Copies.texts(repeated).toString());
    }

    @Test
    void aNewslettersMastheadIsItsPublicationAndItsDistributionIsNotText() throws Exception {
        Report r = Copies.ingest("人大工作简报\n第12期\n修水县人大常委会办公室　　　　2014年9月2日\n━━━━━━━━━━━━━━━━\n"
                + "在修水县第十六届人民代表大会常务委员会第二十次会议上的讲话\n县人大常委会主任　陈明亮\n（2014年8月28日）\n"
                + "同志们：\n这次会议听取和审议了县人民政府关于上半年计划执行情况的报告。\n━━━━━━━━━━━━━━━━\n"
                + "报：市人大常委会办公室，县委办公室\n送：县人大常委会组成人员，县人民政府办公室\n发：各乡镇人大主席团\n（共印80份）\n");
        assertEquals("人大工作简报", r.metadata().publication().source());
        assertEquals(List.of("同志们：", "这次会议听取和审议了县人民政府关于上半年计划执行情况的报告。"), Copies.texts(r));
    }

    @Test
    void aGazettesNextItemAfterTheReportsClosingIsNotTheReport() throws Exception {
        Report r = Copies.ingest("江西省人民代表大会常务委员会公报　2014年第5号　·37·\n"
                + "江西省人民代表大会常务委员会执法检查组关于检查水污染防治法实施情况的报告\n"
                + "——2014年7月24日在江西省第十二届人民代表大会常务委员会第十一次会议上\n"
                + "主任、各位副主任、秘书长、各位委员：\n今年四月至六月，执法检查组赴五个设区市开展检查。\n以上报告，请予审议。\n·38·\n"
                + "江西省人民代表大会常务委员会关于检查水污染防治法实施情况报告的审议意见\n省人民政府：\n"
                + "2014年7月24日，省第十二届人大常委会第十一次会议听取和审议了执法检查组的报告。\n");
        assertEquals("江西省人民代表大会常务委员会公报", r.metadata().publication().source());
        assertEquals("以上报告，请予审议。", Copies.texts(r).get(Copies.texts(r).size() - 1));
        assertEquals(3, Copies.count(r, RemovalReason.OTHER_ARTICLE));
    }

    @Test
    void aGazetteIssuesOneDeliveredDocumentAmongTheAdoptedOnesIsTheReport() throws Exception {
        String adopted = "（2020年1月10日芜湖市第十六届人民代表大会第四次会议通过）";
        Report r = Copies.ingest("芜湖市人民代表大会常务委员会公报\n2020年第1期（总第一百二十三期）\n"
                + "芜湖市人民代表大会常务委员会办公室编印　　　2020年2月28日\n\n目　　录\n\n"
                + "芜湖市第十六届人民代表大会第四次会议关于芜湖市人民代表大会常务委员会工作报告的决议…………（1）\n"
                + "芜湖市人民代表大会常务委员会工作报告…………………………………………………………（2）\n"
                + "芜湖市第十六届人民代表大会第四次会议关于芜湖市中级人民法院工作报告的决议……（13）\n\n"
                + "芜湖市第十六届人民代表大会第四次会议\n关于芜湖市人民代表大会常务委员会工作报告的决议\n" + adopted + "\n"
                + "会议听取和审议了张立新主任所作的常委会工作报告，决定批准这个报告。\n\n"
                + "芜湖市人民代表大会常务委员会工作报告\n——2020年1月8日在芜湖市第十六届人民代表大会第四次会议上\n"
                + "芜湖市人大常委会主任　张　立　新\n各位代表：\n现在，我代表常委会向大会报告工作，请予审议。\n一、2019年主要工作\n"
                + "制定《芜湖市城市绿心保护条例》。\n以上报告，请予审议。\n\n"
                + "芜湖市第十六届人民代表大会第四次会议\n关于芜湖市中级人民法院工作报告的决议\n" + adopted + "\n"
                + "会议听取和审议了市中级人民法院的工作报告。\n");
        assertEquals("芜湖市人民代表大会常务委员会工作报告", r.metadata().title());
        assertEquals(Kind.REPORT, r.metadata().kind());
        assertEquals(LocalDate.of(2020, 1, 8), r.metadata().date());
        assertEquals("各位代表：", Copies.texts(r).get(0));
        assertEquals("以上报告，请予审议。", Copies.texts(r).get(Copies.texts(r).size() - 1));
        assertEquals(8, Copies.count(r, RemovalReason.OTHER_ARTICLE), "both resolutions, their meeting's line above each");
        assertEquals(4, Copies.count(r, RemovalReason.TABLE_OF_CONTENTS));
        assertEquals(3, Copies.count(r, RemovalReason.PUBLICATION), "the issue's masthead");
    }

    @Test
    void aGazettesPromulgationNoticeBeforeTheReportIsTheGazettes() throws Exception {
        Report r = Copies.ingest("青海省人民代表大会常务委员会公告\n（第1号）\n"
                + "《青海省实施〈中华人民共和国防洪法〉办法》已由青海省第十一届人民代表大会常务委员会第二十八次会议于2012年1月10日修订通过，现予公布。\n"
                + "青海省人民代表大会常务委员会\n2012年1月10日\n"
                + "青海省人民代表大会常务委员会工作报告\n——2012年1月12日在青海省第十一届人民代表大会第五次会议上\n"
                + "青海省人大常委会副主任　李德明\n各位代表：\n我受省人大常委会委托，向大会报告工作，请予审议。\n");
        assertEquals("青海省人民代表大会常务委员会工作报告", r.metadata().title());
        assertEquals(LocalDate.of(2012, 1, 12), r.metadata().date());
        assertEquals(5, Copies.count(r, RemovalReason.OTHER_ARTICLE));
    }

    @Test
    void aCompilationOfAdoptedDocumentsAloneNamesNoneTheReport() throws Exception {
        String adopted = "（2020年1月10日芜湖市第十六届人民代表大会第四次会议通过）";
        Report r = Copies.ingest("芜湖市第十六届人民代表大会第四次会议\n关于芜湖市人民代表大会常务委员会工作报告的决议\n" + adopted + "\n"
                + "会议听取和审议了张立新主任所作的常委会工作报告，决定批准这个报告。\n\n"
                + "芜湖市第十六届人民代表大会第四次会议\n关于芜湖市中级人民法院工作报告的决议\n" + adopted + "\n"
                + "会议听取和审议了市中级人民法院的工作报告。\n");
        assertEquals(0, Copies.count(r, RemovalReason.OTHER_ARTICLE), "no document was given by a speaker: none is chosen");
    }

    @Test
    void aPostToBeContinuedIsIncomplete() throws Exception {
        Report r = Copies.ingest("修水县人民代表大会常务委员会工作报告（上）\n——2014年1月8日在修水县第十六届人民代表大会第四次会议上\n"
                + BODY + "（未完待续）\n下期预告：县人大常委会工作报告（下）\n");
        assertTrue(r.metadata().incomplete());
        assertEquals("一年来，常委会依法履职，听取和审议专项工作报告十二个。", Copies.texts(r).get(Copies.texts(r).size() - 1));
    }

    @Test
    void aBilingualPagesEnglishWordsAndADocumentSitesNote() throws Exception {
        Report r = Copies.ingest("当前位置 Location：首页 Home > 重要文件 Documents\n发布时间 Date：2016-01-20　　来源 Source：九江日报\n"
                + "修水县人民代表大会常务委员会工作报告\n——2014年1月8日在修水县第十六届人民代表大会第四次会议上\n" + BODY
                + "本文档由用户上传，内容仅供参考。\n【打印 Print】　【关闭 Close】\n"
                + "版权所有 © 修水县人民政府外事办公室　Copyright © Foreign Affairs Office of Xiushui County People's Government. "
                + "All Rights Reserved.\n");
        assertEquals("九江日报", r.metadata().publication().source());
        assertEquals("一年来，常委会依法履职，听取和审议专项工作报告十二个。", Copies.texts(r).get(Copies.texts(r).size() - 1));
    }

    @Test
    void aSectionOfDefinitionsWithoutNumbersIsTheReportsNotes() throws Exception {
        Report r = Copies.ingest("修水县人民代表大会常务委员会工作报告\n——二00三年二月十八日在修水县第十三届人民代表大会第二次会议上\n" + BODY
                + "名词解释\n“一府一委两院”：指县人民政府、县监察委员会、县人民法院和县人民检察院。\n"
                + "人大代表票决制：指由人大代表对民生实事候选项目投票表决的制度。\n");
        assertEquals(LocalDate.of(2003, 2, 18), r.metadata().date(), "a scan's 0 for 〇");
        assertEquals(2, r.footnotes().size());
        assertEquals("人大代表票决制", r.footnotes().get(1).term());
        assertFalse(r.warnings().stream().anyMatch(w -> w.contains("no marker")), r.warnings().toString());
        assertEquals("一年来，常委会依法履职，听取和审议专项工作报告十二个。", Copies.texts(r).get(Copies.texts(r).size() - 1));
    }

    @Test
    void aYearsWorkPlanIsATitle() throws Exception {
        assertTrue(FrontMatter.isTitle("青白江区人大常委会2003年工作要点"));
        assertTrue(FrontMatter.isTitle("修水县人民代表大会常务委员会2015年工作计划"));
        assertFalse(FrontMatter.isTitle("常委会认真制定年度工作要点，明确了全年任务。"));
    }

    @Test
    void aTownshipsCongressIsItsOwnPlaceInTheCountyItsPageNames() throws Exception {
        String report = "荷塘镇人民代表大会主席团工作报告\n——2014年1月16日在荷塘镇第十八届人民代表大会第四次会议上\n镇人大主席　曾凡清\n"
                + "各位代表：\n现在，我代表镇人民代表大会主席团向大会报告工作，请予审议。\n"
                + "一年来，主席团在镇党委的正确领导和县人大常委会的指导下，依法履行职责。\n";
        Report r = Copies.ingest(report + "主办：修水县人民政府办公室\n地址：江西省九江市修水县义宁镇　　赣ICP备05001234号\n");
        assertEquals("荷塘镇", r.metadata().place().name());
        assertEquals("township", r.metadata().place().level());
        assertEquals("九江市", r.metadata().city());
        assertEquals("江西省", r.metadata().province());
        assertEquals(org.reportarchive.model.Kind.REPORT, r.metadata().kind());
        // the owner before 主办, in a footer with the office's telephone
        Report before = Copies.ingest(report + "修水县人民政府办公室主办　　联系电话：0792-7222011\n");
        assertEquals("九江市", before.metadata().city(), before.removals().toString());
        // the page names the town in full, its county before it
        Report full = Copies.ingest(report + "来源：修水县荷塘镇人民政府　　发布时间：2014-01-20\n");
        assertEquals("九江市", full.metadata().city());
        assertEquals("江西省", full.metadata().province());
        // the county's congress or government that posted it, as the page's source
        for (String source : List.of("来源：修水县人大常委会　　发布时间：2014-01-20", "来源：修水县人民政府")) {
            Report posted = Copies.ingest(source + "\n\n" + report);
            assertEquals("九江市", posted.metadata().city(), source);
        }
        assertEquals(null, Copies.ingest("来源：九江日报\n\n" + report).metadata().city(), "a paper names no county");
        // a neighbour's congress that reposted it, when the text names its own county (as the one that guides it)
        Report neighbour = Copies.ingest("来源：浏阳市人大常委会\n\n" + report.replace("县人大常委会的指导下", "修水县人大常委会的指导下"));
        assertEquals("九江市", neighbour.metadata().city(), neighbour.metadata().place().toString());
        Report unsaid = Copies.ingest("来源：浏阳市人大常委会\n\n" + report.replace("县人大常委会的指导下", "县人大常委会的指导下，与修水县各乡镇交流"));
        assertEquals(null, unsaid.metadata().city(), unsaid.metadata().place().toString());
        assertTrue(unsaid.warnings().stream().anyMatch(w -> w.startsWith("place: 荷塘镇 is a township")),
                unsaid.warnings().toString());
        // no county on the page: the town, without a city, and a warning; never the 和县 of 领导和县人大常委会
        Report alone = Copies.ingest(report);
        assertEquals("荷塘镇", alone.metadata().place().name());
        assertEquals(null, alone.metadata().city());
        assertTrue(alone.warnings().stream().anyMatch(w -> w.startsWith("place: 荷塘镇 is a township")), alone.warnings().toString());
        // the title without the town's name: the delivery line's town is the place
        Report delivered = Copies.ingest(report.replace("荷塘镇人民代表大会主席团工作报告", "镇人民代表大会主席团工作报告"));
        assertEquals("荷塘镇", delivered.metadata().place().name());
        // neither names it: the body's county is not a township's
        String unnamedTown = report.replace("荷塘镇人民代表大会主席团工作报告", "镇人民代表大会主席团工作报告")
                .replace("在荷塘镇第十八届", "在镇第十八届");
        Report unnamed = Copies.ingest(unnamedTown);
        assertEquals(null, unnamed.metadata().place());
        assertTrue(unnamed.warnings().stream().anyMatch(w -> w.startsWith("place:")), unnamed.warnings().toString());
        Report otherCounty = Copies.ingest(unnamedTown + "一年来，修水县人大常委会组织代表视察三次。\n");
        assertEquals(null, otherCounty.metadata().place(), "a county named in the text is not a township's place");
        assertTrue(otherCounty.warnings().stream().anyMatch(w -> w.contains("镇人民代表大会主席团, without a name")));
        PlaceFinder places = new PlaceFinder(Divisions.defaults());
        for (String other : List.of("各乡镇人民代表大会主席团工作经验交流", "修水县人民代表大会常务委员会关于乡镇人大工作的报告",
                "在全省乡镇人大工作座谈会上的讲话", "在全市县乡人大换届选举工作会议上的讲话", "在全旗苏木乡镇人大工作会议上的讲话",
                "景德镇人大常委会工作报告", "萍乡人大常委会2024年工作要点", "清镇市人民代表大会常务委员会工作报告")) {
            assertTrue(Township.named(other, places).isEmpty(), other);
        }
        assertEquals(new Township.Named("双峰县", "荷叶镇", "township"), Township.named("双峰县荷叶镇人民代表大会主席团工作报告", places)
                .orElseThrow());
        // a provincial site that reposts a town's report: its address is no county of the town's
        Report reposted = Copies.ingest(report + "主办：湖南省人大常委会办公厅　地址：湖南省长沙市开福区湘江中路\n");
        assertEquals(null, reposted.metadata().city());
    }

    @Test
    void aTownshipWhoseCountyIsUnnamedIsInThePrefectureWhoseCongressItWorksWith() throws Exception {
        String report = "南岭乡人民代表大会主席团工作报告\n——在南岭乡第十六届人民代表大会第二次会议上\n乡人大主席　王立春\n"
                + "各位代表：\n现在，我代表乡人民代表大会主席团向大会报告工作，请予审议。\n"
                + "一年来，主席团在乡党委的领导下，在县人大常委会的指导下，依法履行职责。\n";
        String worksWith = "配合晋城市人大常委会和县人大常委会，组织驻乡的市、县人大代表视察集中供水工程。\n";
        Report r = Copies.ingest(report + worksWith + "认真学习《山西省乡、民族乡、镇人民代表大会主席团工作条例》。\n");
        assertEquals("南岭乡", r.metadata().place().name());
        assertEquals("晋城市", r.metadata().city());
        assertEquals("山西省", r.metadata().province());
        assertTrue(r.warnings().stream().noneMatch(w -> w.startsWith("place:")), r.warnings().toString());
        Report carried = Copies.ingest(report + "认真落实晋城市人大常委会关于加强新时代乡镇人大工作的部署要求。\n");
        assertEquals("晋城市", carried.metadata().city());
        Report league = Copies.ingest(report.replace("在县人大常委会的指导下", "在锡林郭勒盟人大工委和旗人大常委会的指导下"));
        assertEquals("锡林郭勒盟", league.metadata().city());
        assertEquals("内蒙古自治区", league.metadata().province());
        // a prefecture's congress visited, two prefectures, or a province not the prefecture's: none is said
        for (String other : List.of("组织代表赴湖州市人大常委会学习考察乡镇人大工作。\n",
                worksWith + "在长治市人大常委会的指导下，开展代表述职。\n",
                worksWith + "组织代表学习浙江省乡镇人大工作的经验。\n")) {
            Report none = Copies.ingest(report + other);
            assertEquals(null, none.metadata().city(), other);
            assertEquals(null, none.metadata().province(), other);
            assertTrue(none.warnings().stream().anyMatch(w -> w.startsWith("place: 南岭乡 is a township")), other);
        }
        // the county's congress that guides it, by the name the county had in the report's year (富阳市, a district since 2015)
        String dated = report.replace("——在南岭乡", "——2013年2月26日在南岭乡");
        Report renamed = Copies.ingest(dated.replace("在县人大常委会的指导下", "在富阳市人大常委会的指导下"));
        assertEquals("杭州市", renamed.metadata().city());
        assertEquals("浙江省", renamed.metadata().province());
        // after the party committee's leadership, or by a county's name of one character and its suffix (郧县, 2013)
        assertEquals("宁波市", Copies.ingest(dated.replace("在县人大常委会的指导下", "在乡党委的坚强领导下和奉化区人大常委会的有力指导下"))
                .metadata().city());
        assertEquals("十堰市", Copies.ingest(dated.replace("在县人大常委会的指导下", "在郧县人大常委会的指导下")).metadata().city());
        // and not without the year, nor by a name that was no county's then
        assertEquals(null, Copies.ingest(report.replace("在县人大常委会的指导下", "在富阳市人大常委会的指导下")).metadata().city());
        assertEquals(null, Copies.ingest(dated.replace("在县人大常委会的指导下", "在南山市人大常委会的指导下")).metadata().city());
    }

    @Test
    void aTownshipsSessionInTheDeliveryLineNamesThePlaceOfADocumentTitledByItsBody() throws Exception {
        Report r = Copies.ingest("荷塘镇人大代表王建军述职报告\n——2023年2月16日在荷塘镇第十八届人民代表大会第三次会议上\n"
                + "各位代表：\n我是荷塘镇人大代表王建军，现将一年来的履职情况报告如下，请予评议。\n"
                + "一年来，我在修水县人大常委会的指导下，积极参加代表活动。\n");
        assertEquals("荷塘镇", r.metadata().place().name());
        assertEquals("township", r.metadata().place().level());
        assertEquals("九江市", r.metadata().city());
        // a county's session named so is no township's
        Report county = Copies.ingest("修水县人大代表王建军述职报告\n——2023年2月16日在修水县第十八届人民代表大会第三次会议上\n"
                + "各位代表：\n我是修水县人大代表王建军，现将一年来的履职情况报告如下，请予评议。\n");
        assertEquals("修水县", county.metadata().place().name());
    }

    @Test
    void aSubdistrictsCongressWorkingCommitteeIsItsDistrictsCongress() throws Exception {
        String body = "各位代表：\n现在，我代表街道人大工委向大会报告工作，请予审议。\n"
                + "一年来，街道人大工委在区人大常委会和街道党工委的领导下，组织辖区区人大代表开展视察活动十二次。\n";
        Report r = Copies.ingest("温州市鹿城区五马街道人大工委2023年工作报告\n——2024年1月10日在五马街道选民代表会议上\n" + body);
        assertEquals("鹿城区", r.metadata().place().name());
        assertEquals("district", r.metadata().place().level());
        assertEquals("温州市", r.metadata().city());
        assertEquals("浙江省", r.metadata().province());
        // the district's standing committee's committee in the subdistrict
        Report district = Copies.ingest("鹿城区人大常委会五马街道工作委员会工作报告\n" + body);
        assertEquals("鹿城区", district.metadata().placeName());
        // the district named by the page's owner only
        Report page = Copies.ingest("五马街道人大工作委员会2023年工作报告\n" + body + "主办：温州市鹿城区人民政府办公室\n");
        assertEquals("鹿城区", page.metadata().placeName());
        // no district named: no place, and a warning that says what to add; never 五马街道区 of 五马街道区人大代表
        Report alone = Copies.ingest("五马街道人大工作委员会2023年工作报告\n——2024年1月10日在五马街道区人大代表暨选民代表会议上\n"
                + body);
        assertNull(alone.metadata().place());
        assertTrue(alone.warnings().stream().anyMatch(w -> w.startsWith("place: 五马街道 is a subdistrict")),
                alone.warnings().toString());
        PlaceFinder places = new PlaceFinder(Divisions.defaults());
        for (String other : List.of("关于全区街道人大工委工作情况的报告", "鹿城区各街道人大工委工作经验交流",
                "在全市街道人大工作座谈会上的讲话", "鹿城区人民代表大会常务委员会工作报告")) {
            assertTrue(Township.named(other, places).isEmpty(), other);
        }
        // a county's town named in full: the county is the longest name before the town's
        assertEquals(new Township.Named("德清县", "新市镇", "township"),
                Township.named("德清县新市镇人民代表大会主席团工作报告", places).orElseThrow());
        assertEquals("subdistrict", Township.levelOf("五马街道", places));
        assertEquals("township", Township.levelOf("荷叶镇", places));
        assertEquals(null, Township.levelOf("景德镇", places));
        assertEquals(null, Township.levelOf("鹿城区", places));
    }

    @Test
    void aConjunctionBeforeACountysShortNameIsTheSentences() throws Exception {
        Report r = Copies.ingest("常委会工作报告\n各位代表：\n一年来，常委会在县委的正确领导和县人大常委会的指导下，依法履职。\n");
        assertEquals(null, r.metadata().place(), "领导和县人大常委会 names no 和县");
        Report named = Copies.ingest("常委会工作报告\n各位代表：\n和县人大常委会召开第十次会议，听取审议专项工作报告。\n");
        assertEquals("和县", named.metadata().place().name());
    }

    @Test
    void aPlatformsTailAListedArticleAboveTheTitleAndAPostsHeadlineOverAnotherTitle() throws Exception {
        Report r = Copies.ingest("■ 大会文件\n· 政府工作报告（全文）\n· 修水县人民代表大会常务委员会工作报告（全文）\n■ 正在阅读：大会文件\n"
                + "修水县人民代表大会常务委员会工作报告\n——2014年1月8日在修水县第十六届人民代表大会第四次会议上\n" + BODY
                + "平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。\n阅读 (3127)\n投诉\n推荐阅读\n"
                + "· 修水县政府工作报告全文来了！2014年要办这些民生实事\n0条评论\n写评论…\n1000 积分　　下载\n"
                + "本站总访问量：0328571 人次　　今日访问：217\n");
        assertEquals("修水县人民代表大会常务委员会工作报告", r.metadata().title());
        assertEquals("一年来，常委会依法履职，听取和审议专项工作报告十二个。", Copies.texts(r).get(Copies.texts(r).size() - 1));
        Report post = Copies.ingest("修水县第十六届人民代表大会第四次会议隆重召开｜县人大常委会工作报告\n[图片]\n"
                + "▲1月8日，修水县第十六届人民代表大会第四次会议隆重开幕，县人大常委会主任作工作报告。\n图片来源：修水县融媒体中心\n"
                + "修水县人民代表大会常务委员会工作报告\n——2014年1月8日在修水县第十六届人民代表大会第四次会议上\n" + BODY);
        assertEquals("修水县人民代表大会常务委员会工作报告", post.metadata().title());
        assertEquals("各位代表：", Copies.texts(post).get(0));
        Report account = Copies.ingest("修水县人大常委会工作报告（全文）\n原创　修水发布　2014-01-09 17:45\n来源：澎湃新闻·澎湃号·政务\n"
                + "修水县人民代表大会常务委员会工作报告\n——2014年1月8日在修水县第十六届人民代表大会第四次会议上\n" + BODY);
        assertEquals("修水发布", account.metadata().publication().source(), "the account, not its platform");
        // a post's headline that is no title, its byline naming the account then its platform's channel, a news lead
        // whose last words stand alone, then the report's title and a delivery line without its day
        Report lead = Copies.ingest("修水县人大常委会工作报告全文发布\n原创 修水发布 澎湃号·政务 2014-01-10 17:20\n\n"
                + "1月8日上午，修水县第十六届人民代表大会第四次会议举行第二次全体会议。县领导张华、李建国等在主席台就座。"
                + "会议听取了县人大常委会主任刘洋所作的县人大常委会工作报告。\n\n以下为报告全文：\n\n"
                + "修水县人民代表大会常务委员会工作报告\n——在修水县第十六届人民代表大会第四次会议上\n\n" + BODY);
        assertEquals("修水县人民代表大会常务委员会工作报告", lead.metadata().title());
        assertEquals("修水发布", lead.metadata().publication().source(), "the account, not its platform's channel");
        assertEquals("刘洋", lead.metadata().speaker());
        assertEquals(java.time.LocalDate.of(2014, 1, 8), lead.metadata().date());
        assertEquals("各位代表：", Copies.texts(lead).get(0));
        // a sentence between the plenary's day and the report that says another was delivered: the day is not the report's
        Report other = Copies.ingest(("修水县人大常委会工作报告全文发布\n原创 修水发布 澎湃号·政务 2014-01-10 17:20\n\n"
                + "1月8日上午，修水县第十六届人民代表大会第四次会议举行第二次全体会议。会议听取了县长所作的政府工作报告。"
                + "会议还听取了县人大常委会主任刘洋所作的县人大常委会工作报告。\n\n以下为报告全文：\n\n"
                + "修水县人民代表大会常务委员会工作报告\n——在修水县第十六届人民代表大会第四次会议上\n\n" + BODY));
        assertNull(other.metadata().date());
        // an account's name over its byline, the time run into the account's description (百家号)
        Report joined = Copies.ingest("百度首页\n修水县融媒体中心\n2014-01-09 17:45江西修水县融媒体中心官方账号\n关注\n"
                + "修水县人民代表大会常务委员会工作报告\n——2014年1月8日在修水县第十六届人民代表大会第四次会议上\n" + BODY);
        assertEquals("修水县融媒体中心", joined.metadata().publication().source());
        assertEquals("2014-01-09", joined.metadata().publication().date());
        assertEquals("修水县人民代表大会常务委员会工作报告", joined.metadata().title());
        // an account whose owner has a long name, set after the account's own
        Report owner = Copies.ingest("修水县人民代表大会常务委员会工作报告\n"
                + "积石山人大 积石山保安族东乡族撒拉族自治县人大常委会 2014-01-10 19:45\n"
                + "——2014年1月8日在修水县第十六届人民代表大会第四次会议上\n" + BODY);
        assertEquals("积石山人大", owner.metadata().publication().source());
        assertEquals("2014-01-10", owner.metadata().publication().date());
        Report scan = Copies.ingest("[印章：修水县第十六届人民代表大会第四次会议秘书处]\n修水县人民代表大会常务委员会工作报告\n"
                + "——2014年1月8日在修水县第十六届人民代表大会第四次会议上\n" + BODY + "[手写旁注：数据待核]\n");
        assertEquals(2, Copies.count(scan, RemovalReason.SCAN_NOTE));
        assertFalse(Copies.texts(scan).stream().anyMatch(t -> t.contains("手写")));
    }

    @Test
    void aPortalsInformationBoxGivesThePublicationAndItsTitleOnceAndItsAttachmentsAreNoHeadings() throws Exception {
        Report r = Copies.ingest("当前位置：首页 > 信息公开 > 审议意见\n索引号：\t11370700004346782X/2020-00087\n"
                + "发布机构：\t潍坊市人大常委会办公室\n成文日期：\t2020-07-03\n发布日期：\t2020-07-06\n"
                + "标题：\t潍坊市人大常委会关于市人民政府2019年度国有资产管理情况综合报告的审议意见\n"
                + "潍坊市人大常委会关于市人民政府2019年度国有资产管理情况综合报告的审议意见\n市人民政府：\n"
                + "2020年6月29日，市十七届人大常委会第二十五次会议听取和审议了市人民政府关于2019年度国有资产管理情况的综合报告。\n"
                + "一、进一步提高对国有资产管理工作重要性的认识。\n常委会组成人员认为，市政府要依法加强国有资产管理。\n"
                + "二、进一步健全国有资产管理制度体系。\n要加快完善国有资产管理办法。\n潍坊市人大常委会\n2020年7月3日\n附件：\n1.审议意见（PDF版）.pdf\n2.审议意见回执表.doc\n");
        assertEquals("潍坊市人大常委会关于市人民政府2019年度国有资产管理情况综合报告的审议意见", r.metadata().title());
        assertTrue(r.metadata().headerLines().stream().noneMatch(h -> h.contains("审议意见")), r.metadata().headerLines().toString());
        assertEquals("2020-07-06", r.metadata().publication().date(), "the day it was published, not the day it was signed");
        assertTrue(r.headings().stream().noneMatch(h -> h.text().endsWith(".pdf") || h.text().endsWith(".doc")),
                r.headings().toString());
        assertTrue(Copies.texts(r).containsAll(List.of("1.审议意见（PDF版）.pdf", "2.审议意见回执表.doc")), Copies.texts(r).toString());
    }


    @Test
    void aPostsAccountCardAndAPagesCommentButtonUnderTheTextAreThePages() throws Exception {
        Report card = Copies.ingest("修水县人民代表大会常务委员会工作报告\n——2014年1月8日在修水县第十六届人民代表大会第四次会议上\n" + BODY
                + "举报/反馈\n修水融媒\n1.2万获赞 3.6千粉丝\n江西修水县融媒体中心官方帐号\n关注\n");
        assertEquals("一年来，常委会依法履职，听取和审议专项工作报告十二个。", Copies.texts(card).get(Copies.texts(card).size() - 1));
        assertTrue(card.headings().isEmpty(), card.headings().toString());
        Report buttons = Copies.ingest("修水县人民代表大会常务委员会工作报告\n【发布日期：2014-1-10】【点击：231】【字体：大 中 小】\n" + BODY
                + "【我要评论】　【收藏】　【打印】　【关闭】\n");
        assertEquals("一年来，常委会依法履职，听取和审议专项工作报告十二个。", Copies.texts(buttons).get(Copies.texts(buttons).size() - 1));
        assertEquals("发布日期：2014-1-10", buttons.metadata().publication().line(), "no bracket of the next key");
    }

}
