package org.reportarchive.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportarchive.model.RemovalReason;
import org.reportarchive.model.Report;
import org.reportarchive.places.Divisions;
import org.reportarchive.places.PlaceFinder;

/**
 * Where the rules for a converter's remnants stop: a report's own lines that look like a page's tags, a mail's
 * signature, a yearbook's attribution, a table of contents, a running head, a newsletter's masthead or a second
 * document's title block are the report's, and are kept.
 */
class CopyRemnantsLimitsTest {

    private static final String HEAD = "益阳市人民代表大会常务委员会工作报告\n——2024年1月15日在益阳市第七届人民代表大会第四次会议上\n"
            + "市人大常委会主任　瞿海\n各位代表：\n";


    private static boolean kept(Report r, String words) {
        return Copies.texts(r).stream().anyMatch(t -> t.contains(words));
    }

    @Test
    void aHiddenElementOfAPageIsNotTextAndASentencesSignsAreNoTags() throws Exception {
        Report r = Copies.ingest(HEAD.replace("各位代表：\n", "") + "<p>　　各位代表：</p>\n"
                + "<p>　　现在，我代表市人大常委会向大会报告工作，请予审议。<span style=\"display:none\">yyxww.com.cn</span></p>\n"
                + "<p>　　办法规定，当a<b 且降幅>10%的，不予安排资金。</p>\n"
                + "<p>　　各位代表，让我们为建设美丽益阳而努力奋斗！<span class=\"hidden\">版权所有，转载请注明出处</span></p>\n");
        assertTrue(kept(r, "当a<b 且降幅>10%的"), Copies.texts(r).toString());
        assertEquals("各位代表，让我们为建设美丽益阳而努力奋斗！", Copies.texts(r).get(Copies.texts(r).size() - 1));
        assertFalse(kept(r, "yyxww"));
        assertTrue(r.removals().stream().anyMatch(x -> x.reason() == RemovalReason.HTML_TAG && x.text().contains("yyxww")),
                "what the page hid is listed");
    }

    @Test
    void theOpeningSentencesRequestAndASignatureAfterTheClosingAreTheReports() throws Exception {
        Report r = Copies.ingest(HEAD + "　　现在，我代表市人民代表大会常务委员会向大会报告工作，请予审议。\n一、2023年市人大常委会主要工作\n"
                + "（一）充分发挥人大代表作用\n　　常委会坚持把代表工作作为基础性工作。\n　　以上报告，请予审议。\n"
                + "益阳市人民代表大会常务委员会执法检查组\n2023年12月20日\n");
        assertTrue(kept(r, "一、2023年市人大常委会主要工作") && kept(r, "常委会坚持把代表工作作为基础性工作。"), Copies.texts(r).toString());
        assertTrue(kept(r, "益阳市人民代表大会常务委员会执法检查组"), Copies.texts(r).toString());
        assertEquals(0, r.removals().stream().filter(x -> x.reason() == RemovalReason.OTHER_ARTICLE).count());
    }

    @Test
    void aReportsOwnHeadingIsNoWorkPlansTitleAndItsFiguresNoTableOfContents() throws Exception {
        assertFalse(FrontMatter.isTitle("二、2024年常委会工作安排"));
        assertFalse(FrontMatter.isTitle("一、2020年常委会工作总结"));
        assertTrue(FrontMatter.isTitle("安化县人大2023年工作总结和2024年工作打算"));
        Report r = Copies.ingest(HEAD + "　　代表共提出建议312件，其中：\n城乡建设管理类……………………………86\n农业农村水利类……………………………64\n"
                + "其他类……………………………………63\n　　以上报告，请予审议。\n");
        assertTrue(kept(r, "城乡建设管理类") && kept(r, "其他类"), Copies.texts(r).toString());
    }

    @Test
    void aRunningHeadSeenOverTheTitleAndAtOnePageBreakOrABooksNameAtOneIsThePages() throws Exception {
        String compiled = "米脂县人大常委会文件汇编（1998年）\n\n米脂县人民代表大会常务委员会工作报告\n"
                + "——1998年3月6日在米脂县第十二届人民代表大会第五次会议上\n　　各位代表：\n"
                + "　　常委会认真办理代表建议、批评和意见，县十二届人大四次会议\n－ 17 －\n\n米脂县人大常委会文件汇编（1998年）\n\n"
                + "期间代表提出的58件建议已全部办复。\n";
        Report r = Copies.ingest(compiled);
        assertTrue(Copies.texts(r).stream().noneMatch(t -> t.contains("汇编")), Copies.texts(r).toString());
        assertTrue(r.metadata().headerLines().stream().noneMatch(t -> t.contains("汇编")), r.metadata().headerLines().toString());
        assertEquals(2, r.removals().stream().filter(x -> x.reason() == RemovalReason.RUNNING_HEAD).count());
        Report section = Copies.ingest(compiled.replace("米脂县人大常委会文件汇编（1998年）", "特　　载"));
        assertEquals(2, section.removals().stream().filter(x -> x.reason() == RemovalReason.RUNNING_HEAD).count());
        Report book = Copies.ingest(compiled.replaceFirst("米脂县人大常委会文件汇编（1998年）\n\n", "")
                .replace("米脂县人大常委会文件汇编（1998年）", "榆林年鉴·1999"));
        assertTrue(Copies.texts(book).stream().noneMatch(t -> t.contains("年鉴")), Copies.texts(book).toString());
        // a heading of the text's own beside one page's number stays
        Report heading = Copies.ingest(compiled.replaceFirst("米脂县人大常委会文件汇编（1998年）\n\n", "")
                .replace("米脂县人大常委会文件汇编（1998年）", "存在的问题"));
        assertTrue(heading.body().stream().anyMatch(b -> b.text().equals("存在的问题")), Copies.texts(heading).toString());
    }

    @Test
    void aHeadingOrATranscriptsNoteBesideTwoPageNumbersIsNoRunningHead() throws Exception {
        Report r = Copies.ingest(HEAD + "　　一年来，常委会依法履职。\n存在的问题\n— 1 —\n　　监督刚性不足。\n存在的问题\n— 2 —\n"
                + "　　代表作用发挥不够。\n（掌声）\n— 3 —\n（掌声）\n— 4 —\n");
        assertEquals(2, Copies.texts(r).stream().filter(t -> t.equals("存在的问题")).count(), Copies.texts(r).toString());
        assertEquals(0, r.removals().stream().filter(x -> x.reason() == RemovalReason.RUNNING_HEAD).count());
        // the running head that is the document's only title stays its title
        Report titled = Copies.ingest("第 1 页 共 2 页\n澧县人大常委会工作报告\n——2017年2月20日在澧县第十七届人民代表大会第八次会议上\n各位代表：\n"
                + "　　一年来，常委会依法履职，推动解决农村供水\n第 2 页 共 2 页\n澧县人大常委会工作报告\n保障问题四十一个。\n");
        assertEquals("澧县人大常委会工作报告", titled.metadata().title());
    }

    @Test
    void aWorkPlansItemsNamingANewsletterAndACopyrightHoldersLineAreText() throws Exception {
        Report r = Copies.ingest("长寿区人大常委会2024年工作要点\n　　2024年，区人大常委会工作的总体要求是依法履职。\n一、加强宣传工作\n"
                + "（一）办好人大网站\n（二）用好新媒体\n（三）编发人大工作简报和常委会信息\n");
        assertTrue(kept(r, "（三）编发人大工作简报和常委会信息"), Copies.texts(r).toString());
        assertEquals(null, r.metadata().publication());
        Report law = Copies.ingest(HEAD + "　　检查发现的问题主要有：\n一是侵权盗版屡禁不止\n版权所有人维权成本高、赔偿低\n"
                + "　　以上报告，请予审议。\n");
        assertTrue(kept(law, "版权所有人维权成本高、赔偿低"), Copies.texts(law).toString());
    }

    @Test
    void aMailsDashesOverTheReportsTableOrItsCellsAreText() throws Exception {
        String mail = "发件人：涿州市人大办 <zzrdb@163.com>\n收件人：保定日报 <bdrb@163.com>\n主题：工作报告\n\n"
                + "涿州市人民代表大会常务委员会工作报告\n——2018年1月10日在涿州市第十六届人民代表大会第三次会议上\n各位代表：\n"
                + "　　一年来，常委会依法履职，具体安排见附表。\n";
        Report table = Copies.ingest(mail + "--\n附表：2018年市人大常委会监督工作计划\n一季度　听取审议计划执行情况报告\n");
        assertTrue(kept(table, "附表：2018年市人大常委会监督工作计划"), Copies.texts(table).toString());
        Report cells = Copies.ingest(mail + "项目\n2017年\n--\n1260\n");
        assertTrue(kept(cells, "1260"), Copies.texts(cells).toString());
        Report signed = Copies.ingest(mail + "-- \n县人大办　刘敏\n电话：0312-3721305\n"
                + "本邮件及其附件含有保密信息，仅限于发送给上面地址中列出的个人或群组。\n");
        assertFalse(kept(signed, "刘敏") || kept(signed, "本邮件"), Copies.texts(signed).toString());
        Report outlook = Copies.ingest(mail.replace("发件人：", "From: ").replace("收件人：", "To: ").replace("主题：", "Subject: ")
                + "\n附件：工作报告.docx (56.5K)\n发自我的iPhone\n");
        assertEquals("涿州市人民代表大会常务委员会工作报告", outlook.metadata().title());
        Report named = Copies.ingest("发件人：涿州市人大办\n收件人：保定日报\n主题：转发\n\n李编辑：\n　　现将以下材料发给您：\n"
                + "涿州市人民代表大会常务委员会工作报告\n（2018年1月12日涿州市第十六届人民代表大会第三次会议通过）\n"
                + "　　报告已经大会通过，可全文刊发。\n------------------ 原始邮件 ------------------\n发件人：市人大研究室\n"
                + "主题：定稿\n\n" + mail.substring(mail.indexOf("涿州市人民代表大会常务委员会工作报告")));
        assertEquals(java.time.LocalDate.of(2018, 1, 10), named.metadata().date(), "the report under the first mail's headers");
        Report noted = Copies.ingest("王老师，报告全文转给您，请查收。\n---------- 转发的邮件 ----------\n" + mail
                + "--\n章丘区人大研究室\n电话：0531-83212345\n");
        assertEquals("一年来，常委会依法履职，具体安排见附表。", Copies.texts(noted).get(Copies.texts(noted).size() - 1),
                "a forwarder's note over the headers, and the signature");
        assertEquals("各位代表：", Copies.texts(named).get(0));
        assertEquals("一年来，常委会依法履职，具体安排见附表。", Copies.texts(outlook).get(Copies.texts(outlook).size() - 1));
    }

    @Test
    void aChronicleSitesPageOfAYearbooksItemEndsAtItsContributorLine() throws Exception {
        Report r = Copies.ingest("首页 > 数字方志 > 市（地）年鉴 > 牡丹江年鉴（1994） > 重要文献\n牡丹江年鉴·1994\n重要文献\n"
                + "牡丹江市人民代表大会常务委员会工作报告\n——1993年3月4日在牡丹江市第十一届人民代表大会第一次会议上\n"
                + "市人大常委会主任　韩振山\n各位代表：\n五年来，常委会依法履行职责。\n（市人大常委会办公室　供稿）\n\n"
                + "【牡丹江市人民政府工作报告】\n——1993年3月3日在牡丹江市第十一届人民代表大会第一次会议上\n市长　刘　炳　林\n（略）\n");
        assertEquals("牡丹江市人民代表大会常务委员会工作报告", r.metadata().title());
        assertEquals("五年来，常委会依法履行职责。", Copies.texts(r).get(Copies.texts(r).size() - 1), Copies.texts(r).toString());
        assertFalse(r.metadata().incomplete(), "the next item's （略） is not this report's");
    }

    @Test
    void aYearbooksSourceNoteInsideTheReportAndAContributorUnderTheTitleCloseNoItem() throws Exception {
        String yearbook = "·46·　　　　　　　　　　嘉兴年鉴·2021\n重要文献\n【市人大常委会工作报告】\n"
                + "嘉兴市人民代表大会常务委员会工作报告\n——2021年2月25日在嘉兴市第八届人民代表大会第六次会议上\n各位代表：\n"
                + "　　一年来，常委会依法履职。\n（本表数据由市人大常委会研究室供稿）\n　　2021年，常委会将聚焦长三角一体化发展。\n"
                + "　　各位代表，让我们为建设“重要窗口”而努力奋斗！\n";
        Report r = Copies.ingest(yearbook + "代表工作\n【代表建议办理】　2020年，市人大常委会交办代表建议一百二十件。\n");
        assertTrue(kept(r, "2021年，常委会将聚焦长三角一体化发展。"), Copies.texts(r).toString());
        assertEquals("各位代表，让我们为建设“重要窗口”而努力奋斗！", Copies.texts(r).get(Copies.texts(r).size() - 1));
        Report written = Copies.ingest(yearbook + "（撰稿：市人大常委会办公室　王丽）\n代表工作\n【代表建议办理】　2020年，交办代表建议。\n");
        assertEquals("各位代表，让我们为建设“重要窗口”而努力奋斗！", Copies.texts(written).get(Copies.texts(written).size() - 1));
        Report plainHead = Copies.ingest(yearbook.replace("嘉兴年鉴·2021", "嘉兴年鉴") + "【代表建议办理】　2020年，交办代表建议。\n");
        assertEquals("嘉兴市人民代表大会常务委员会工作报告", plainHead.metadata().title());
        assertEquals("各位代表，让我们为建设“重要窗口”而努力奋斗！", Copies.texts(plainHead).get(Copies.texts(plainHead).size() - 1));
    }

    @Test
    void notesThatAreNoDefinitionsAndAMarkOfContinuationInTheLastParagraph() throws Exception {
        Report data = Copies.ingest(HEAD + "　　一年来，常委会依法履职。\n注：\n数据来源：市统计局。\n统计口径：全市。\n");
        assertTrue(data.footnotes().isEmpty(), "data notes are no glossary");
        assertTrue(kept(data, "数据来源：市统计局。"));
        Report appended = Copies.ingest(HEAD + "　　一年来，常委会依法履职。\n名词解释\n“一府一委两院”：指市人民政府、市监察委员会。\n"
                + "附件：荆门市人大常委会五年来制定的地方性法规目录\n");
        assertTrue(appended.footnotes().isEmpty() && kept(appended, "附件：荆门市"), Copies.texts(appended).toString());
        Report continued = Copies.ingest(HEAD + "　　一年来，常委会依法履职，收集意见建议420条。（未完待续）\n");
        assertTrue(continued.metadata().incomplete());
    }

    @Test
    void aMarkdownCopyWithoutHeadingsAndItsMarksThatAreNoBold() throws Exception {
        Report r = Copies.ingest("滕州市人民代表大会常务委员会工作报告\n> **编者按：** 1月5日，滕州市第十八届人民代表大会第一次会议听取了常委会工作报告。\n"
                + "---\n*——2022年1月5日在滕州市第十八届人民代表大会第一次会议上*\n**各位代表：**\n"
                + "**一、过去五年的主要工作**\n生产总值增长3.4%**，预算收入增长5.2%**，均高于全省平均水平。\n"
                + "常委会对第__次主任会议确定的重点建议和第__号议案实行领导督办。\n");
        assertEquals(java.time.LocalDate.of(2022, 1, 5), r.metadata().date());
        assertEquals("各位代表：", Copies.texts(r).get(0));
        assertTrue(kept(r, "增长3.4%**，预算收入增长5.2%**，"), Copies.texts(r).toString());
        assertTrue(kept(r, "第__次主任会议确定的重点建议和第__号议案"), Copies.texts(r).toString());
    }

    @Test
    void anEditorsNoteUnderTheTitleAboveTheSalutationOrOverTwoLinesIsTheTitleBlocks() throws Exception {
        Report r = Copies.ingest("赤峰市人民代表大会常务委员会工作报告（摘要）\n编者按：1月8日，在赤峰市第十三届人民代表大会第五次会议上，"
                + "市人大常委会主任作了工作报告。本报今日摘要刊发。\n各位代表：\n　　现在，我代表市人大常委会向大会报告工作，请予审议。\n");
        assertEquals("各位代表：", Copies.texts(r).get(0));
        Report two = Copies.ingest("柳州市人民代表大会常务委员会工作报告\n【编者按】1月5日，柳州市第十二届人民代表大会第一次会议开幕。\n"
                + "报告全文约一万字，本报今日全文刊发，敬请读者关注。\n——2012年1月5日在柳州市第十二届人民代表大会第一次会议上\n"
                + "市人大常委会主任　李孟华\n各位代表：\n　　五年来，常委会依法履职。\n");
        assertEquals("各位代表：", Copies.texts(two).get(0));
        assertEquals("李孟华", two.metadata().speaker());
        Report lead = Copies.ingest("关于我市林业改革发展情况的调研报告\n导语：林业是三明的优势产业。为推动集体林权制度改革，调研组开展了调研，形成本报告。\n"
                + "市人大常委会调研组\n（2019年6月20日）\n一、基本情况\n　　全市森林覆盖率达78.7%。\n");
        assertTrue(Copies.texts(lead).get(0).startsWith("导语：林业是三明的优势产业。"), "a lead may be the document's own");
    }

    @Test
    void aReportsOwnLinesThatLookLikeAYearbooksHeadATableOfContentsOrARunningHeadAreText() throws Exception {
        Report r = Copies.ingest(HEAD + "　　一年来，常委会依法履职。\n支持县志办完成《平昌年鉴 2021》编纂，收录资料 86 万字。\n"
                + "主要工作数据如下：\n听取审议专项工作报告……………………18\n开展执法检查……………………………5\n"
                + "听取审议专项工作报告\n　　常委会听取审议了十八个报告。\n开展执法检查\n　　常委会开展了五次执法检查。\n"
                + "— 1 —\n代表意见建议办理情况统计表\n承办单位\t件数\n市发展和改革局\t46\n— 2 —\n代表意见建议办理情况统计表\n"
                + "市住房和城乡建设局\t38\n（一）提升视频监控分辨率\n（二）网站地图与政务公开\n");
        for (String line : List.of("支持县志办完成《平昌年鉴 2021》编纂", "听取审议专项工作报告……………………18", "代表意见建议办理情况统计表",
                "（一）提升视频监控分辨率", "（二）网站地图与政务公开")) {
            assertTrue(kept(r, line), line + " in " + Copies.texts(r));
        }
        assertTrue(Copies.texts(r).contains("市发展和改革局\t46"), "a table's rows are not joined: " + Copies.texts(r));
        Report cells = Copies.ingest(HEAD + "<p>　　代表建议办理情况如下表。</p>\n<table>\n<tr><th>承办单位</th><th class=\"hidden-xs\">交办件数</th></tr>\n"
                + "<tr><td>市发展和改革局</td><td class=\"hidden-xs\">46</td></tr>\n</table>\n");
        assertTrue(kept(cells, "交办件数") && kept(cells, "46"), "a class that hides a cell on phones only: " + Copies.texts(cells));
        assertTrue(Copies.texts(cells).contains("市发展和改革局\t46"), "a row's cells on one line: " + Copies.texts(cells));
    }

    @Test
    void aReportOnTownshipsOrASpeechAtTheirMeetingIsNoTownshipsAndALevelInTheTitleBindsTheBody() throws Exception {
        PlaceFinder places = new PlaceFinder(Divisions.defaults());
        assertTrue(Township.named("关于加强镇人大建设情况的调研报告", places).isEmpty());
        assertTrue(Township.named("在镇人大工作座谈会上的讲话", places).isEmpty());
        Report r = Copies.ingest("在区八届人大常委会第二十四次会议上的讲话\n区人大常委会主任　黄志勇\n（2019年6月28日）\n同志们：\n"
                + "　　这次会议贯彻落实莆田市人大常委会的部署，审议了区人民政府的报告。\n");
        assertEquals(null, r.metadata().place(), "a district's speech is not the city's of its text");
        assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("place:") && w.contains("莆田市")), r.warnings().toString());
    }

    @Test
    void anInquirysRecordAndAMeetingsMinutesAreReadWithTheirLeadAndIssuer() throws Exception {
        Report record = Copies.ingest("人民网 >> 上海频道 >> 人大政协\n“一网通办”改革推进情况专题询问实录（摘编）\n"
                + "2021年09月29日08:42 | 来源：人民网－上海频道\n小字号\n"
                + "　　2021年9月28日下午，上海市第十五届人民代表大会常务委员会第三十五次会议举行联组会议，围绕本市“一网通办”改革推进"
                + "情况开展专题询问。以下为询问实录摘编。\n　　询问人：市人大常委会委员　陈丽敏\n　　问：请问下一步如何提高全程网办的比例？\n"
                + "　　应询人：市政务服务办主任　高振宇\n　　答：下一步，我们将重点做好三方面工作。\n");
        assertEquals("“一网通办”改革推进情况专题询问实录", record.metadata().title());
        assertEquals("上海市", record.metadata().placeName());
        assertEquals(java.time.LocalDate.of(2021, 9, 28), record.metadata().date());
        assertEquals(35, record.metadata().session());
        assertNull(record.metadata().speaker(), "a questioner is no speaker of the record");
        assertTrue(record.metadata().incomplete());
        assertTrue(Copies.texts(record).get(0).startsWith("2021年9月28日下午"), Copies.texts(record).toString());
        assertTrue(Copies.texts(record).contains("询问人：市人大常委会委员　陈丽敏"));
        Report minutes = Copies.ingest("桂平市第十六届人大常委会第三次主任会议纪要\n桂平市人大常委会办公室　　2017年3月15日\n"
                + "2017年3月14日上午，市人大常委会主任陆永康主持召开市十六届人大常委会第三次主任会议。会议研究了以下事项：\n"
                + "一、关于召开常委会第四次会议的有关事项\n会议决定，常委会第四次会议于3月28日召开。\n"
                + "二、关于代表建议交办工作\n会议同意交办方案。\n");
        assertEquals("桂平市第十六届人大常委会第三次主任会议纪要", minutes.metadata().title());
        assertEquals(java.time.LocalDate.of(2017, 3, 14), minutes.metadata().date(), "the day of the meeting the minutes record");
        assertNull(minutes.metadata().speaker());
        assertEquals(List.of("桂平市人大常委会办公室　　2017年3月15日"), minutes.metadata().headerLines());
        assertTrue(minutes.headings().stream().allMatch(h -> h.text().startsWith("一") || h.text().startsWith("二")),
                minutes.headings().toString());
    }

    @Test
    void aSpeechThatNamesItsCongressByItsLevelIsTheCongressWhoseOwnSiteThePageIs() throws Exception {
        String speech = "首页 > 人大新闻 > 领导讲话\n在区十九届人大常委会第一次会议上的讲话\n（2022年1月12日）\n区人大常委会主任　刘德明\n"
                + "各位副主任、秘书长、各位委员，同志们：\n刚才，会议依法通过了常委会工作机构负责人的任命。\n";
        Report own = Copies.ingest("重庆市江北区人民代表大会常务委员会　主办\n" + speech);
        assertEquals("江北区", own.metadata().placeName());
        assertEquals("重庆市", own.metadata().city());
        Report footer = Copies.ingest(speech + "主办：重庆市江北区人大常委会办公室　　渝ICP备06012788号\n");
        assertEquals("江北区", footer.metadata().placeName());
        // the portal of its place's government prints its congress's speeches too; a congress or a government of
        // another level says nothing of whose the speech is
        // when the text names the place too (a county-level city's portal reposts its city's reports as well)
        Report portal = Copies.ingest(speech + "同志们，让我们为建设美丽江北而努力奋斗！\n"
                + "主办：重庆市江北区人民政府办公室　　渝ICP备06012788号\n");
        assertEquals("江北区", portal.metadata().placeName());
        assertEquals("page (publication or footer lines)", portal.metadata().sources().get("place"));
        assertNull(Copies.ingest(speech + "主办：重庆市江北区人民政府办公室　　渝ICP备06012788号\n").metadata().place());
        Report city = Copies.ingest("重庆市人民代表大会常务委员会　主办\n" + speech);
        assertNull(city.metadata().place());
        assertNull(Copies.ingest(speech + "主办：重庆市人民政府办公厅\n").metadata().place());
        // a forest district or a special district names its congress by its level too, even after a date's day
        String opinion = "林区人大常委会关于林区人民政府旅游产业发展情况报告的审议意见\n（2023年9月5日林区第十三届人大常委会第二十二次主任会议通过）\n"
                + "林区人民政府：\n2023年8月29日，林区第十三届人民代表大会常务委员会第十二次会议听取和审议了林区人民政府的报告。\n"
                + "主办：神农架林区人大常委会办公室　地址：湖北省神农架林区松柏镇\n";
        Report forest = Copies.ingest(opinion);
        assertEquals("神农架林区", forest.metadata().placeName());
        assertTrue(forest.warnings().stream().noneMatch(w -> w.startsWith("place:")), forest.warnings().toString());
        Report special = Copies.ingest(opinion.replace("神农架林区", "六枝特区").replace("林区", "特区").replace("湖北省六枝特区", "贵州省六枝特区"));
        assertEquals("六枝特区", special.metadata().placeName());
        // a development zone's work committee, on the site of the congress that keeps it: that congress's
        String zone = "邳州经济开发区人大工作委员会2023年工作报告\n——2024年2月23日在邳州经济开发区人大代表座谈会上\n"
                + "开发区人大工委主任　孙立新\n各位代表：\n一年来，开发区人大工委作为市人大常委会的派出机构，依法履职。\n";
        Report kept = Copies.ingest(zone + "主办：邳州市人大常委会办公室\n");
        assertEquals("邳州市", kept.metadata().placeName());
        for (String owner : List.of("", "主办：徐州市人大常委会办公室\n")) {
            Report alone = Copies.ingest(zone + owner);
            assertNull(alone.metadata().place());
            assertTrue(alone.warnings().stream().anyMatch(w -> w.startsWith("place: the report is of 邳州经济开发区, a zone")),
                    alone.warnings().toString());
        }
    }

    @Test
    void aPageInItsSitesColumnOfOtherCongressesDocumentsIsNotTheOwnersOwn() throws Exception {
        String report = "市人民代表大会常务委员会工作报告\n——2021年2月19日在市第五届人民代表大会第七次会议上\n各位代表：\n"
                + "我受市人民代表大会常务委员会委托，向大会报告工作，请予审议。\n"
                + "2020年，市人大常委会在市委的坚强领导下，依法履职，制定地方性法规2件，开展执法检查4次。\n";
        String footer = "主办：宣威市人大常委会办公室　　地址：宣威市建设路\n";
        // a superior's report reposted in the column of its documents, on a county-level city's site: not the owner's
        for (String trail : List.of("宣威市人大常委会网站　首页 > 上级精神 > 正文\n", "当前位置：首页 » 上级文件 » 正文\n",
                "您现在的位置：首页 > 他山之石\n", "首页 > 兄弟人大 > 工作交流\n", "您现在的位置：首页 - 上级人大 - 正文\n")) {
            Report r = Copies.ingest(trail + report + footer);
            assertNull(r.metadata().place(), trail);
            assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("place:") && w.contains("column")),
                    r.warnings().toString());
        }
        // a county-level city's report in the column of the counties' congresses on its city's site: the column's place
        for (String trail : List.of("遵义人大网 > 县市区人大 > 赤水市\n", "首页 > 县（市、区）人大 > 赤水市\n")) {
            Report r = Copies.ingest(trail + report.replace("宣威", "赤水")
                    + "主办：遵义市人民代表大会常务委员会办公室　　黔ICP备05001234号-1\n");
            assertEquals("赤水市", r.metadata().placeName(), trail);
            assertEquals("遵义市", r.metadata().city());
            assertEquals("page (publication or footer lines)", r.metadata().sources().get("place"));
        }
        // the site's own column, or a menu that lists the counties' column, leaves the owner's report the owner's
        for (String page : List.of("首页 > 人大要闻 > 正文\n", "首页　|　人大要闻　|　县市区人大　|　理论研究\n", "")) {
            assertEquals("宣威市", Copies.ingest(page + report + footer).metadata().placeName(), page);
        }
        // a county's report in the column of another level's or a township's documents: no place of its level there
        Report township = Copies.ingest("首页 > 乡镇人大 > 正文\n" + report.replace("市", "县")
                + "主办：安吉县人大常委会办公室\n");
        assertNull(township.metadata().place());
        // a column of the city's and its counties' news, or the superior media's reports on the owner, may hold the
        // owner's own; a column of the province's and the city's news on a county-level city's site does not
        String cityOwner = "主办：曲靖市人大常委会办公室　　地址：曲靖市麒麟区\n";
        assertEquals("曲靖市", Copies.ingest("首页 > 市县动态 > 正文\n" + report + cityOwner).metadata().placeName());
        assertEquals("宣威市", Copies.ingest("首页 > 上级媒体 > 正文\n" + report + footer).metadata().placeName());
        assertNull(Copies.ingest("首页 > 省市动态 > 正文\n" + report + footer).metadata().place());
        // the counties' column on a city's site, however the trail is set: not the city's own report
        for (String trail : List.of("当前位置：首页 > 各县市区人大 > 正文\n", "您所在的位置：县区动态 >> 正文\n", "首页 / 县区动态 / 正文\n")) {
            Report r = Copies.ingest(trail + report + cityOwner);
            assertNull(r.metadata().place(), trail);
            assertTrue(r.warnings().stream().anyMatch(w -> w.contains("column")), r.warnings().toString());
        }
        // the study column, and the districts' column on a district's site, hold others' documents too
        assertNull(Copies.ingest("当前位置：首页 > 学习园地 > 正文\n" + report + footer).metadata().place());
        assertNull(Copies.ingest("当前位置：首页 > 区县人大 > 正文\n" + report.replace("市人民", "区人民").replace("在市第", "在区第")
                + "主办：重庆市渝北区人大常委会办公室\n").metadata().place());
        // in traditional characters, the column names the county-level city it is for
        Report traditional = Copies.ingest("十堰人大網\n當前位置：首頁 > 縣域人大 > 丹江口市\n" + report.replace("市人民代表大會", "市人民代表大會")
                + "版權所有：十堰市人大常委會辦公室　　地址：十堰市北京北路\n");
        assertEquals("丹江口市", traditional.metadata().placeName());
        // the site's own name over a page in a peer's column names no place either
        Report peer = Copies.ingest("湄潭县人大常委会门户网站\n当前位置：首页 > 他山之石 > 正文\n" + report.replace("市", "县")
                + "主办：湄潭县人大常委会办公室\n");
        assertNull(peer.metadata().place());
        // the laws the report's congress made name its place, whatever column or site it is on
        Report laws = Copies.ingest("宣威市人大常委会网站　首页 > 上级精神 > 正文\n" + report.replace("制定地方性法规2件",
                "制定《曲靖市城市管理条例》，修改《曲靖市城乡规划条例》") + footer);
        assertEquals("曲靖市", laws.metadata().placeName());
        assertEquals("body", laws.metadata().sources().get("place"));
    }

    @Test
    void aCitysReportCarriedByItsCountyLevelCitysMediaIsNotTheCountyLevelCitys() throws Exception {
        String report = "来源：澄江市融媒体中心　　发布时间：2022-02-18 11:20\n\n市人民代表大会常务委员会工作报告\n"
                + "——2022年2月13日在市第七届人民代表大会第一次会议上\n各位代表：\n我受市人民代表大会常务委员会委托，向大会报告工作，请予审议。\n"
                + "五年来，持续监督玉溪市抚仙湖、星云湖保护治理，加强澄江化石地保护。\n"
                + "2020年在澄江召开全市人大代表之家建设现场推进会。\n"
                + "各位代表，让我们为建设高原特色现代化新玉溪作出新的更大贡献！\n";
        Report city = Copies.ingest(report);
        assertNull(city.metadata().place());
        assertTrue(city.warnings().stream().anyMatch(w -> w.startsWith("place:") && w.contains("玉溪市")),
                city.warnings().toString());
        // the laws it made say whose report it is
        Report laws = Copies.ingest(report.replace("持续监督玉溪市抚仙湖、星云湖保护治理", "修订《玉溪市抚仙湖保护条例》"));
        assertEquals("玉溪市", laws.metadata().placeName());
        // the county-level city's own report, which names itself more often than its city, is its own
        Report own = Copies.ingest(report.replace("新玉溪", "新澄江"));
        assertEquals("澄江市", own.metadata().placeName());
        assertTrue(own.warnings().stream().noneMatch(w -> w.startsWith("place:")), own.warnings().toString());
        // the closing words that name the city and not the county-level city say so too
        Report closing = Copies.ingest(report.replace("持续监督玉溪市抚仙湖、星云湖保护治理", "持续监督澄江、江川、通海三地抚仙湖保护治理")
                .replace("建设高原特色现代化新玉溪", "开创玉溪高质量跨越式发展新局面"));
        assertNull(closing.metadata().place(), closing.warnings().toString());
        // the county-level city's own report, guided by its city, closing with its own name as well as the city's: its own
        Report guided = Copies.ingest(report.replace("五年来，持续", "五年来，在玉溪市人大常委会的精心指导下，持续")
                .replace("建设高原特色现代化新玉溪", "谱写澄江高质量发展新篇章，建设幸福玉溪"));
        assertEquals("澄江市", guided.metadata().placeName(), guided.warnings().toString());
        // a county's report names its city as often as it likes: a county is never of the city's level
        Report county = Copies.ingest("来源：会泽县融媒体中心\n\n在县十七届人大三次会议闭幕会上的讲话\n（2024年1月13日）\n县委书记　张德华\n\n"
                + "各位代表、同志们：\n在曲靖市人大常委会的指导下，县人大常委会依法履职，曲靖市委肯定了这项工作。\n"
                + "各位代表，让我们为谱写会泽高质量跨越式发展新篇章而努力奋斗！\n");
        assertEquals("会泽县", county.metadata().placeName(), county.warnings().toString());
    }

    @Test
    void theseCopiesInTraditionalCharacters() throws Exception {
        Report gazette = Copies.ingest("湖南省人民代表大會常務委員會公報　2016年第5號　·37·\n"
                + "湖南省人民代表大會常務委員會執法檢查組關於檢查水污染防治法實施情況的報告\n"
                + "——2016年7月24日在湖南省第十二屆人民代表大會常務委員會第二十三次會議上\n主任、各位副主任、秘書長、各位委員：\n"
                + "今年四月至六月，執法檢查組赴五個設區市開展檢查。\n以上報告，請予審議。\n"
                + "湖南省人民代表大會常務委員會關於檢查水污染防治法實施情況報告的審議意見\n省人民政府：\n"
                + "2016年7月24日，省第十二屆人大常委會第二十三次會議聽取和審議了執法檢查組的報告。\n");
        assertEquals("以上報告，請予審議。", Copies.texts(gazette).get(Copies.texts(gazette).size() - 1));
        Report mail = Copies.ingest("發件人：瑞昌市人大辦 <rcrdb@163.com>\n收件人：九江日報 <jjrb@163.com>\n主題：轉發：工作報告\n\n"
                + "劉主任：報告已定稿，正文如下。\n瑞昌市人民代表大會常務委員會工作報告\n——2014年1月8日在瑞昌市第十五屆人民代表大會第四次會議上\n"
                + "各位代表：\n一年來，常委會依法履職。\n");
        assertEquals("瑞昌市人民代表大會常務委員會工作報告", mail.metadata().title());
        assertEquals("各位代表：", Copies.texts(mail).get(0));
        Report notes = Copies.ingest(HEAD + "　　一年來，常委會依法履職。\n名詞解釋\n“一府兩院”：指市人民政府、市人民法院和市人民檢察院。\n");
        assertEquals(1, notes.footnotes().size());
    }

    @Test
    void aBreakInsideASentenceIsThePagesLayoutAndATraditionalForumsRepliesAreReplies() throws Exception {
        Report r = Copies.ingest(HEAD.replace("各位代表：\n", "") + "<p>　　各位代表：</p>\n"
                + "<p>　　常委会组织代表视察了清潩河、<br>小洪河综合治理工程，督促关停沿河排污企业9家。<br>一、监督工作<br>"
                + "常委会听取审议专项工作报告19个。</p>\n");
        assertTrue(Copies.texts(r).contains("常委会组织代表视察了清潩河、小洪河综合治理工程，督促关停沿河排污企业9家。"),
                Copies.texts(r).toString());
        assertTrue(Copies.texts(r).contains("一、监督工作"), Copies.texts(r).toString());
        Report forum = Copies.ingest("瑞昌論壇 » 時政 » 瑞昌市人大常委會工作報告\n樓主 | 湓浦口 | 發表於 2014-1-12 09:18 | 只看該作者\n"
                + "瑞昌市人民代表大會常務委員會工作報告\n——2014年1月8日在瑞昌市第十五屆人民代表大會第四次會議上\n各位代表：\n"
                + "一年來，常委會依法履職。\n沙發 | 老鄉 | 發表於 2014-1-12 10:02 | 只看該作者\n報告裏提到的工業園區了，點贊！\n");
        assertFalse(kept(forum, "點贊"), Copies.texts(forum).toString());
        Report above = Copies.ingest("【轉貼】瑞昌市人大常委會工作報告\n湓浦口\n樓主 | 發表於 2014-1-12 09:18 | 只看該作者\n"
                + "瑞昌市人民代表大會常務委員會工作報告\n——2014年1月8日在瑞昌市第十五屆人民代表大會第四次會議上\n各位代表：\n"
                + "一年來，常委會依法履職。\n簽名檔：人在異鄉，心繫故鄉。\n回覆　引用　檢舉　TOP\nxiaoyu0921\n"
                + "沙發 | 發表於 2014-1-12 10:02 | 只看該作者\n推，長知識了。\n回覆　引用　檢舉　TOP\n");
        assertEquals("一年來，常委會依法履職。", Copies.texts(above).get(Copies.texts(above).size() - 1), "the author's name above a reply's header");
        assertTrue(Copies.count(forum, RemovalReason.FORUM_REPLY) >= 2);
    }

    @Test
    void aClosingLineAndASignatureAreNotJoinedToAParagraphWithoutAFullStop() throws Exception {
        Report r = Copies.ingest(HEAD + "　　严格落实建议办理责任制，把代表满意度作为考核承办单位的重要内容\n　　以上报告，请予审议\n"
                + "益阳市人大常委会代表工作委员会\n2020年6月23日\n");
        assertEquals(List.of("各位代表：", "严格落实建议办理责任制，把代表满意度作为考核承办单位的重要内容", "以上报告，请予审议",
                "益阳市人大常委会代表工作委员会", "2020年6月23日"), Copies.texts(r));
    }

    @Test
    void aJournalsNextColumnAfterTheReportsLastSentenceIsAnotherArticle() throws Exception {
        Report r = Copies.ingest(HEAD + "　　各位代表，让我们为建设美丽益阳而努力奋斗！\n（责任编辑　李　雯）\n【代表风采】\n扎根乡村的“代表之家”\n"
                + "——记赫山区龙光桥街道人大代表联络站\n本刊通讯员　吴　疆\n　　在龙光桥街道，有一个远近闻名的“代表之家”。\n");
        assertEquals("各位代表，让我们为建设美丽益阳而努力奋斗！", Copies.texts(r).get(Copies.texts(r).size() - 1));
        assertEquals(5, Copies.count(r, RemovalReason.OTHER_ARTICLE));
        Report paper = Copies.ingest(HEAD + "　　各位代表，让我们为建设美丽益阳而努力奋斗！\n■益阳简讯\n"
                + "　　本报讯　市工商局日前对城区集贸市场进行专项检查，查处违法行为9起。\n");
        assertEquals("各位代表，让我们为建设美丽益阳而努力奋斗！", Copies.texts(paper).get(Copies.texts(paper).size() - 1));
        Report news = Copies.ingest(HEAD.replace("各位代表：", "同志们：") + "　　做好下半年工作，任务繁重。\n　　谢谢大家！\n"
                + "区人大常委会召开第六十二次主任会议\n　　9月2日，区人大常委会召开第六十二次主任会议，研究近期工作。\n");
        assertEquals("谢谢大家！", Copies.texts(news).get(Copies.texts(news).size() - 1), "a newsletter's next news item");
    }

    @Test
    void aReportsOwnPartsAfterAnExhortationABulletedTitleAndAStartersNextFloorAreTheReports() throws Exception {
        Report sections = Copies.ingest(HEAD.replace("各位代表：", "同志们：") + "■ 依法履职\n　　常委会依法履职，为全面建成小康社会而奋斗！\n"
                + "■ 服务代表\n　　常委会服务代表，联系群众。\n　　谢谢大家！\n【附件】\n1.关于2020年计划执行情况的决议\n");
        assertTrue(kept(sections, "常委会服务代表，联系群众。") && kept(sections, "1.关于2020年计划执行情况的决议"),
                Copies.texts(sections).toString());
        Report bulleted = Copies.ingest("● 株洲市人大常委会关于全市农村饮水安全工程建设情况的调研报告\n"
                + "　　根据市人大常委会2012年工作要点安排，调研组开展了专题调研。\n一、基本情况\n　　全市农村饮水安全工程建设顺利。\n"
                + "市人大常委会调研组\n二〇一二年五月二十日\n");
        assertEquals("株洲市人大常委会关于全市农村饮水安全工程建设情况的调研报告", bulleted.metadata().title());
        Report written = Copies.ingest("无锡市人民政府关于2017年度国有资产管理情况的报告\n无锡市人大常委会：\n"
                + "　　2017年，市政府认真贯彻落实国有资产管理制度。\n附件：\n关于国有资产管理情况报告的审议意见\n市人民政府：\n"
                + "　　市十六届人大常委会第八次会议审议了市政府的报告。\n");
        assertEquals("无锡市人民政府关于2017年度国有资产管理情况的报告", written.metadata().title());
        assertTrue(kept(written, "2017年，市政府认真贯彻落实国有资产管理制度。"));
        Report continued = Copies.ingest("【轉貼】瑞昌市人大常委會工作報告\n湓浦口\n樓主 | 發表於 2014-1-12 09:18 | 只看該作者\n"
                + "瑞昌市人民代表大會常務委員會工作報告\n——2014年1月8日在瑞昌市第十五屆人民代表大會第四次會議上\n各位代表：\n"
                + "一年來，常委會依法履職。\n湓浦口\n沙發 | 發表於 2014-1-12 09:25 | 只看該作者\n（續上）\n二、2014年工作任務\n"
                + "各位代表，讓我們為建設美好瑞昌而努力奮鬥！\n2014年1月8日\n板凳 | 發表於 2014-1-12 10:02 | 只看該作者\n推！\n");
        assertTrue(kept(continued, "各位代表，讓我們為建設美好瑞昌而努力奮鬥！"), Copies.texts(continued).toString());
        assertTrue(kept(continued, "2014年1月8日"), "a day is no reply's author: " + Copies.texts(continued));
        assertFalse(kept(continued, "推！"));
    }

    @Test
    void aReportsOwnAttachmentListsAndATitleNamingAdvertisingAreText() throws Exception {
        Report r = Copies.ingest("呼和浩特市赛罕区人民代表大会常务委员会工作报告\n——2019年1月8日在赛罕区第十七届人民代表大会第三次会议上\n"
                + "各位代表：\n2018年，区人大常委会依法履职，全年听取审议专项工作报告5个（见附件1）。\n"
                + "各位代表，让我们为建设现代化首府核心区而努力奋斗！\n附件1\n2018年区人大常委会听取审议专项工作报告目录\n"
                + "1．区人民政府关于落实减税降费优惠政策情况的报告\n2．区人民政府关于12345政务服务便民热线运行情况的报告\n"
                + "3．区人民政府关于户外广告设施专项整治情况的报告\n附件2\n2018年区人大代表集中视察活动安排\n时间：2018年6月12日\n"
                + "地点：金桥开发区、敕勒川大街沿线\n内容：视察优化营商环境工作\n");
        for (String own : List.of("优惠政策", "便民热线", "户外广告", "时间：2018年6月12日", "地点：金桥开发区")) {
            assertTrue(kept(r, own), own + ": " + Copies.texts(r));
        }
        assertNull(r.metadata().publication(), "a schedule's 时间： is no publishing line");
        // the report's own figures under its 附： and a 推荐 in its own table
        Report figures = Copies.ingest("婺源县人民代表大会常务委员会工作报告\n各位代表：\n一年来，常委会依法履职，加强宣传。\n"
                + "各位代表，让我们共同努力！\n附：各平台运行情况\n人民号\n人民号作者\n已发布128篇文章\n微信公众号\nID：wuyuanrd\n"
                + "文字：原创稿件312篇\n评审意见\n推荐\n关于解决白仓镇农村饮水安全问题的建议\n");
        for (String own : List.of("已发布128篇文章", "ID：wuyuanrd", "文字：原创稿件312篇", "推荐", "农村饮水安全")) {
            assertTrue(kept(figures, own), own + ": " + Copies.texts(figures));
        }
        Report title = Copies.ingest("关于《临河市户外广告设置管理办法（草案）》的说明\n主任、各位副主任、各位委员：\n"
                + "受市人民政府委托，现对《办法（草案）》作如下说明。\n");
        assertEquals("关于《临河市户外广告设置管理办法（草案）》的说明", title.metadata().title());
    }

    @Test
    void aDocumentsOwnNumberedItemsUnderAnEditorsNoteAndASpeechsOwnLineOfItsViewsAreText() throws Exception {
        Report decision = Copies.ingest("缙云县人民代表大会常务委员会关于人事任免的决定\n"
                + "编者按：6月28日，缙云县第十八届人民代表大会常务委员会第十一次会议表决通过了以下人事任免事项。\n"
                + "一、任命李晓峰为县人民政府办公室主任\n二、任命陈国平为县发展和改革局局长\n三、免去王志明的县财政局局长职务\n");
        assertEquals(3, Copies.texts(decision).size(), "no outline under an editor's note proper: " + Copies.texts(decision));
        String views = "下面是我的几点体会：\n第一，要坚持党的领导，把人大工作放在全县大局中谋划推进。\n谢谢大家！\n";
        Report speech = Copies.ingest("在全县人大工作交流会上的发言\n县人大常委会主任　王志明\n同志们：\n"
                + "今天很高兴和大家交流人大工作的体会，我们常委会坚持依法履职。\n" + views);
        assertTrue(kept(speech, "下面是我的几点体会") && kept(speech, "谢谢大家"), Copies.texts(speech).toString());
    }

    @Test
    void aYearbooksWorkReportItemIsTheDocumentWhateverItemsStandAroundItAndItsOwnGlossaryIsText() throws Exception {
        String running = "·46·　　　　　　　　　　　　　　　　　　铁岭年鉴·2019\n人民代表大会\n";
        Report r = Copies.ingest(running + "【市人大常委会工作报告】\n铁岭市人民代表大会常务委员会工作报告（摘要）\n"
                + "一年来，常委会依法履职，听取审议专项工作报告18个。\n各位代表，让我们为建设新铁岭而努力奋斗！\n"
                + "【名词解释】\n1.代表联络站：人大代表联系群众的工作平台。\n"
                + "【关于市人大常委会工作报告的决议】\n铁岭市第十七届人民代表大会第二次会议关于市人大常委会工作报告的决议\n"
                + "（2018年1月18日铁岭市第十七届人民代表大会第二次会议通过）\n会议同意报告提出的2018年工作任务。\n");
        assertEquals("铁岭市人民代表大会常务委员会工作报告", r.metadata().title());
        assertTrue(kept(r, "一年来，常委会依法履职"), Copies.texts(r).toString());
        assertEquals(1, r.footnotes().size(), "the report's own 名词解释 after its closing sentence");
        Report twoLines = Copies.ingest(running + "【县人大常委会工作报告】\n青阳县人民代表大会\n常务委员会工作报告\n"
                + "——2016年1月12日在青阳县第十七届人民代表大会第五次会议上\n各位代表：\n一年来，常委会依法履职。\n");
        assertEquals("青阳县人民代表大会常务委员会工作报告", twoLines.metadata().title());
    }

    @Test
    void aTitleUnderANewsItemWithPicturesBetweenItAndItsTitleBlockIsStillTheTitle() throws Exception {
        String news = "1月10日，临泽县第十八届人民代表大会第一次会议胜利闭幕，会议选举产生了新一届县级国家机构领导人员。\n";
        Report r = Copies.ingest(news + news.replace("胜利闭幕", "隆重召开") + news.replace("1月10日", "1月9日")
                + "临泽县第十八届人民代表大会第一次会议闭幕词\n[图片]\n[图片]\n▲大会现场\n[图片]\n县人大常委会主任　陈永祥\n"
                + "各位代表：\n临泽县第十八届人民代表大会第一次会议圆满完成了各项议程。\n");
        assertEquals("临泽县第十八届人民代表大会第一次会议闭幕词", r.metadata().title());
    }

    @Test
    void aPagesIndentedParagraphsRowsOfNamesAndExponentsStayAsTheyAre() throws Exception {
        Report r = Copies.ingest(HEAD.replace("各位代表：\n", "") + "<div class=\"content\">\n各位代表：\n"
                + "坚持党的领导，把牢人大工作正确方向\n常委会党组严格落实重大事项请示报告制度，全年请示报告重要事项15件。\n"
                + "<p>　　聚焦发展大局<br>\n　　听取审议计划、预算执行和审计工作报告，新增绿地3.8万ｍ<sup>2</sup>，管网46 km <sup>2</sup>。</p>\n"
                + "王　军　韦丽萍　邓建华　庞国强\n现予公告。\n</div>\n");
        assertTrue(kept(r, "坚持党的领导，把牢人大工作正确方向") && !kept(r, "正确方向常委会"), Copies.texts(r).toString());
        assertTrue(kept(r, "聚焦发展大局") && !kept(r, "聚焦发展大局听取"), "an indented line starts a paragraph");
        assertTrue(kept(r, "3.8万ｍ²") && kept(r, "46 km ²"), "exponents, not note markers: " + Copies.texts(r));
        assertFalse(kept(r, "庞国强现予公告"), "a row of names");
        Report title = Copies.ingest("<p align=\"center\"><strong>益阳市人民代表大会常务委员会<br>工作报告</strong></p>\n"
                + "<p>——2024年1月15日在益阳市第七届人民代表大会第四次会议上</p>\n<p>各位代表：</p>\n<p>　　一年来，常委会依法履职。</p>\n");
        assertEquals("益阳市人民代表大会常务委员会工作报告", title.metadata().title(), "a title broken by a <br>");
    }

    @Test
    void aMenuBarEndingInAnotherBodysReportAndABoldTitleAreReadForWhatTheyAre() throws Exception {
        Report menu = Copies.ingest("首页｜政府工作报告\n" + HEAD + "一年来，常委会依法履职。\n");
        assertEquals("益阳市人民代表大会常务委员会工作报告", menu.metadata().title());
        assertFalse(PlaceFinder.hasPlaceholder("**区人大常委会工作报告**"), "a line set bold whole");
        // an editor's note that names another meeting's report first: the committee's work report's session is read
        Report noted = Copies.ingest("信丰县人大常委会工作报告\n编者按：去年10月，省人大常委会主任刘奇在江西省第十三届人民代表大会常务委员会"
                + "第三十三次会议上作报告时强调，要推动人大工作与时俱进。1月18日，县人大常委会主任谢晓兰在县十八届人大一次会议上作县人大常委会"
                + "工作报告。\n各位代表：\n现在，我代表县人民代表大会常务委员会向大会报告工作，请予审议。\n");
        assertEquals(18, noted.metadata().congress());
        assertEquals(1, noted.metadata().session());
        assertEquals("谢晓兰", noted.metadata().speaker());
    }

    @Test
    void aReportsOwnBracketedHeadingAfterASentenceEndingInStruggleIsNoYearbookItem() throws Exception {
        Report r = Copies.ingest("·46·　　　　　　　　　　　　　　　　　　铁岭年鉴·2021\n人民代表大会\n铁岭市人民代表大会常务委员会工作报告\n"
                + "——2020年1月8日在铁岭市第十六届人民代表大会第四次会议上\n各位代表：\n"
                + "一年来，常委会团结带领全市各级人大代表为实现铁岭全面振兴而奋斗！\n【依法履行监督职责】\n"
                + "听取审议计划、预算执行和审计工作报告。\n各位代表，让我们为建设新铁岭而努力奋斗！\n"
                + "【代表工作】　2019年，市人大常委会交办代表建议210件。\n");
        assertTrue(kept(r, "【依法履行监督职责】") && kept(r, "听取审议计划") && kept(r, "让我们为建设新铁岭"),
                Copies.texts(r).toString());
        assertFalse(kept(r, "交办代表建议210件"), "the next item has its text on its heading's line");
        Report notes = Copies.ingest("在全县人大工作交流会上的发言\n县人大常委会主任　王志明\n同志们：\n"
                + "今天很高兴和大家交流人大工作的体会，我们常委会坚持依法履职。\n下面是我的几点学习笔记：\n"
                + "一是要坚持党的领导。\n谢谢大家！\n");
        assertTrue(kept(notes, "学习笔记") && kept(notes, "谢谢大家"), "a speech's own notes: " + Copies.texts(notes));
        // a speech's citation line, then its own views with numbered sections: no rule sets them off, they are text
        Report cited = Copies.ingest("在全县人大工作交流会上的发言\n县人大常委会主任　王志明\n同志们：\n"
                + "党的二十大报告指出，全过程人民民主是社会主义民主政治的本质属性。\n（来源：《人民日报》2022年10月26日第1版）\n"
                + "下面是我的几点体会：\n一、深刻把握全过程人民民主的本质属性\n要把人大工作放在全县大局中谋划推进。\n"
                + "二、切实加强人大自身建设\n要加强学习。\n同志们，让我们共同努力！\n");
        assertTrue(kept(cited, "深刻把握") && kept(cited, "加强人大自身建设") && kept(cited, "共同努力"),
                "numbered sections: " + Copies.texts(cited));
        // set off by a rule, but with no page's line closing the text above it: numbered sections under it are text
        Report ruled = Copies.ingest("在全县人大工作交流会上的发言\n县人大常委会主任　王志明\n同志们：\n"
                + "今天很高兴和大家交流人大工作的体会，我们常委会坚持依法履职。\n————————\n以下是我的学习笔记\n"
                + "一、坚持党的领导\n要把人大工作放在全县大局中谋划推进。\n谢谢大家！\n");
        assertTrue(kept(ruled, "坚持党的领导") && kept(ruled, "谢谢大家"), "numbered sections: " + Copies.texts(ruled));
    }

    @Test
    void aLabelledLinkOverAnotherDocumentsTitleBlockGivesWayToIt() throws Exception {
        Report r = Copies.ingest("决议决定｜泗阳县人民代表大会常务委员会工作报告（2018年）\n当前栏目：决议决定\n"
                + "关于泗阳县人民代表大会常务委员会工作报告的决议\n（2019年1月17日泗阳县第十七届人民代表大会第四次会议通过）\n"
                + "泗阳县第十七届人民代表大会第四次会议听取和审议了县人大常委会工作报告，同意报告提出的2019年工作安排。\n");
        assertEquals("关于泗阳县人民代表大会常务委员会工作报告的决议", r.metadata().title());
        assertEquals(org.reportarchive.model.Kind.RESOLUTION, r.metadata().kind());
    }

    @Test
    void aParagraphElementWrappedInItsSourceIsOneParagraphAndAnIndentedOneIsItsOwn() throws Exception {
        Report r = Copies.ingest(HEAD.replace("各位代表：\n", "") + "<p>各位代表：</p>\n"
                + "<p style=\"text-indent:2em;font-family:仿宋_GB2312;font-size:16pt;line-height:28pt\">围绕再生金属产业\n"
                + "转型升级，组织常委会组成人员开展专题视察，提出意见建议14条。</p>\n"
                + "<p>　　一年来，常委会依法履职，全年听取审议了以下专项报告：计划执行、预算执行和审计\n"
                + "<p>　　2021年，市人大常委会将围绕市委中心工作依法履职。</p>\n"
                + "<ul>\n<li>3．新建城市公园\n口袋公园10个</li>\n</ul>\n"
                + "<p><strong>坚持党的全面领导，确保人大工作正确政治方向</strong><br>\n常委会党组严格落实重大事项请示报告制度。</p>\n");
        assertTrue(kept(r, "围绕再生金属产业转型升级"), Copies.texts(r).toString());
        assertTrue(Copies.texts(r).contains("2021年，市人大常委会将围绕市委中心工作依法履职。"), "an indented <p> is its own");
        assertTrue(kept(r, "3．新建城市公园口袋公园10个"), "a list's item");
        assertFalse(kept(r, "政治方向常委会"), "a bold heading's <br> ends its line");
    }

    @Test
    void anAppointmentsLineNamesNoSpeaker() throws Exception {
        Report r = Copies.ingest("宝丰县人民代表大会常务委员会任免名单\n（2022年6月28日宝丰县第十六届人民代表大会常务委员会第四次会议通过）\n"
                + "任命：\n王　磊　为宝丰县人民政府教育局局长\n免去：\n赵国强　的宝丰县人民政府教育局局长职务\n");
        assertEquals(null, r.metadata().speaker(), "职务 is no name");
    }
}
