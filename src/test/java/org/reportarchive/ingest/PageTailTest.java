package org.reportarchive.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportarchive.model.Block;
import org.reportarchive.model.Removal;
import org.reportarchive.model.RemovalReason;
import org.reportarchive.model.Report;

/**
 * What a page prints under a report: its disclaimers, the links to the articles before and after, its buttons and
 * counters, lists of other articles, an account's card, an e-paper's page staff. None of it is the report's text;
 * the report's own last lines (a signature, a print-run note) are.
 */
class PageTailTest {

    private static final String REPORT = "勉县人民代表大会常务委员会工作报告\n——2019年1月8日在勉县第十八届人民代表大会第四次会议上\n"
            + "县人大常委会主任　王建国\n各位代表：\n现在，我代表县人大常委会向大会报告工作，请予审议。\n"
            + "一年来，常委会依法履职，听取和审议专项工作报告十四个，开展执法检查三次。\n"
            + "各位代表，让我们在县委的坚强领导下，为建设美丽勉县而努力奋斗！\n";

    private static Report ingest(String text) throws IngestException {
        return ReportIngester.defaults().ingest("t.txt", text.getBytes(StandardCharsets.UTF_8), Sidecar.empty());
    }

    private static String text(Report r) {
        return String.join("\n", r.body().stream().map(Block::text).toList());
    }

    private static void assertLastLine(Report r, String last) {
        assertEquals(last, r.body().get(r.body().size() - 1).text(), text(r));
    }

    @Test
    void aRowOfOrnamentsUnderTheTextOrOverItsNotesIsThePagesAndOneBetweenItsSectionsStays() throws Exception {
        for (String row : List.of("◆　◆　◆", "＊＊＊", "* * *", "★★★★★", "———————", "┄┄┄┄┄┄┄┄", "════════")) {
            Report under = ingest(REPORT + row + "\n转载请注明出处\n【完】\n");
            assertLastLine(under, "各位代表，让我们在县委的坚强领导下，为建设美丽勉县而努力奋斗！");
            assertTrue(under.removals().contains(new Removal(8, RemovalReason.SEPARATOR, row)), under.removals().toString());
            assertTrue(under.removals().contains(new Removal(9, RemovalReason.COPYRIGHT, "转载请注明出处")), under.removals().toString());
            assertTrue(under.removals().contains(new Removal(10, RemovalReason.PUBLICATION, "【完】")), under.removals().toString());
            Report overNotes = ingest(REPORT + "【完】\n" + row + "\n名词解释\n四个机关：指政治机关、权力机关、工作机关、代表机关。\n");
            assertLastLine(overNotes, "各位代表，让我们在县委的坚强领导下，为建设美丽勉县而努力奋斗！");
            assertEquals(1, overNotes.footnotes().size());
            assertTrue(overNotes.removals().contains(new Removal(9, RemovalReason.SEPARATOR, row)), overNotes.removals().toString());
            assertTrue(overNotes.removals().contains(new Removal(8, RemovalReason.PUBLICATION, "【完】")), overNotes.removals().toString());
        }
        // between two parts of the text it parts them, as the report set it (an ellipsis is never such a row)
        String parted = REPORT.replace("一年来，", "◆　◆　◆\n一年来，").replace("各位代表，让我们", "……\n各位代表，让我们");
        Report inside = ingest(parted);
        assertTrue(text(inside).contains("◆　◆　◆\n一年来，"), text(inside));
        assertTrue(text(inside).contains("……\n各位代表，让我们"), text(inside));
    }

    @Test
    void anArticlePagesPrintButtonsEndTheTextAndWhatFollowsIsThePagesEvenAsSentences() throws Exception {
        String tail = "【打印】　【关闭】　【返回顶部】\n\n·霍城县十五届人大一次会议闭幕\n"
                + "　　本报霍城讯（通讯员　马　丽）1月18日，霍城县第十五届人民代表大会第一次会议胜利闭幕。\n"
                + "［上一篇］察布查尔县十五届人大一次会议选举产生新一届国家机关领导人员\n［下一篇］霍城县十五届人大一次会议闭幕\n"
                + "友情提示：本站部分信息来源于网络，如有侵权请与我们联系。\n";
        Report r = ingest(REPORT + tail);
        assertLastLine(r, "各位代表，让我们在县委的坚强领导下，为建设美丽勉县而努力奋斗！");
        assertTrue(r.removals().contains(new Removal(14, RemovalReason.COPYRIGHT, "友情提示：本站部分信息来源于网络，如有侵权请与我们联系。")),
                r.removals().toString());
        // the report's own attachment after them stays
        Report annexed = ingest(REPORT + "【打印本页】　【关闭窗口】\n附件：2019年县人大常委会工作要点\n一、加强监督工作。\n");
        assertLastLine(annexed, "一、加强监督工作。");
        // buttons named by what they do to the article: 【收藏此文】, 【复制链接】, 【发送给好友】
        for (String row : List.of("【发表评论】【告诉好友】【打印此文】【收藏此文】【关闭窗口】", "［复制链接］　［发送给好友］　［关闭］")) {
            assertLastLine(ingest(REPORT + row + "\n"), "各位代表，让我们在县委的坚强领导下，为建设美丽勉县而努力奋斗！");
        }
        // a row of buttons above the text, under its title, ends nothing
        Report above = ingest(REPORT.replace("各位代表：\n", "【打印】　【关闭】\n各位代表：\n"));
        assertLastLine(above, "各位代表，让我们在县委的坚强领导下，为建设美丽勉县而努力奋斗！");
        assertTrue(text(above).contains("听取和审议专项工作报告十四个"), text(above));
    }

    @Test
    void aBlogsCommentsUnderItsRuledLinksToThePostsBeforeAndAfterAreNoNotes() throws Exception {
        Report r = ingest(REPORT.replace("一年来，", "一年来，常委会审议了自治条例①，") + "名词解释\n①自治条例：民族自治地方的人民代表大会依照当地民族的特点制定的条例。\n"
                + "（本报记者　罗　萍　整理）\n------------------------------------------------------------\n"
                + "分享到：　　阅读(58)┊ 评论 (2)┊ 收藏(0) ┊转载(1)┊ 喜欢▼ ┊打印┊举报\n前一篇：春节回老家上山看茶\n后一篇：拉祜族葫芦节随拍\n"
                + "------------------------------------------------------------\n评论\n[1]　普洱人家　2006-03-02 14:22:09\n"
                + "　　顶一下，古茶园是该好好保护了。\n[2]　老岩　2006-03-03 09:08:41\n　　回复普洱人家：条例今年要上人代会了。\n");
        assertEquals(1, r.footnotes().size(), r.footnotes().toString());
        assertTrue(r.warnings().isEmpty(), r.warnings().toString());
        assertTrue(r.removals().stream().anyMatch(x -> x.reason() == RemovalReason.COMMENTS
                && x.text().equals("顶一下，古茶园是该好好保护了。")), r.removals().toString());
    }

    @Test
    void aPlatformsStatementAnAccountsCardAndItsRecommendedArticlesAreThePages() throws Exception {
        Report r = ingest(REPORT + "来源：竞秀发布\n特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。\n"
                + "Notice: The content above (including the pictures and videos if any) is uploaded and posted by a user of NetEase Hao, "
                + "which is a social media platform and only provides information storage services.\n举报\n保定身边事\n"
                + "关注保定本地生活，分享身边新鲜事\n+关注\n推荐阅读\n保定这些地方春节期间免费开放！\n2023-01-07　保定身边事\n"
                + "莲池区人大常委会工作报告（全文）\n2023-01-06　保定身边事\n");
        assertLastLine(r, "各位代表，让我们在县委的坚强领导下，为建设美丽勉县而努力奋斗！");
        assertTrue(r.removals().contains(new Removal(13, RemovalReason.ADVERTISING, "关注保定本地生活，分享身边新鲜事")),
                r.removals().toString());
        assertTrue(r.removals().contains(new Removal(16, RemovalReason.NAVIGATION, "保定这些地方春节期间免费开放！")),
                r.removals().toString());
        // the report's own last sentence over its publishing line is the text's, without such a heading above it
        Report own = ingest(REPORT.replace("而努力奋斗！", "而努力奋斗！\n谢谢大家！") + "2023-01-07　保定身边事\n");
        assertLastLine(own, "谢谢大家！");
    }

    @Test
    void aQAndASitesAnswererRatingsAndOtherAnswersUnderTheTextAreThePagesEvenAsSentences() throws Exception {
        Report r = ingest(REPORT + "参考资料：www.mianxian.gov.cn/rd/2019/0110.html\n回答者：汉水渔夫 - 高级经理 六级　　1-12 20:41\n"
                + "提问者对于答案的评价：\n非常感谢，正是我要找的！\n其他回答　　共2条\n县人大的网站上有全文，你可以去看看。\n"
                + "回答者：路人甲 - 助理 二级　　1-12 18:02\n相关内容\n· 县人大常委会工作报告怎么写？\n");
        assertLastLine(r, "各位代表，让我们在县委的坚强领导下，为建设美丽勉县而努力奋斗！");
        assertTrue(r.removals().contains(new Removal(13, RemovalReason.COMMENTS, "县人大的网站上有全文，你可以去看看。")),
                r.removals().toString());
        assertTrue(r.removals().contains(new Removal(16, RemovalReason.NAVIGATION, "· 县人大常委会工作报告怎么写？")),
                r.removals().toString());
        // a poster's remarks under a rule and a label of their own, up to the post's tags
        Report remarks = ingest(REPORT + "——————\n老李说两句：\n每年这个时候都要关注一下咱勉县的人代会，今年的报告很实在。\n"
                + "大家有什么期待？欢迎评论区留言～\n#勉县 #人代会\n");
        assertLastLine(remarks, "各位代表，让我们在县委的坚强领导下，为建设美丽勉县而努力奋斗！");
        assertTrue(remarks.removals().contains(new Removal(9, RemovalReason.COMMENTS, "老李说两句：")), remarks.removals().toString());
        // a section of the report's own under a rule, with nothing of the page's under it, stays
        Report section = ingest(REPORT + "——————\n对今后工作的几点看法：\n一是进一步加强监督，二是进一步密切联系代表。\n");
        assertTrue(text(section).contains("对今后工作的几点看法："), text(section));
        // the report's own part under a rule stays
        Report annexed = ingest(REPORT + "——————\n附：名词解释\n一府两院：指人民政府、人民法院和人民检察院。\n");
        assertTrue(text(annexed).contains("一府两院") || !annexed.footnotes().isEmpty(), text(annexed));
        // a blog's box of its posts on this day in other years
        Report blog = ingest(REPORT + "历史上的今天\n·2009-03-02　“两会”材料写作心得\n·2008-03-02　好文：如何写好领导讲话稿\n");
        assertLastLine(blog, "各位代表，让我们在县委的坚强领导下，为建设美丽勉县而努力奋斗！");
        // a report's own heading of references, without an address, stays
        Report own = ingest(REPORT.replace("而努力奋斗！\n", "而努力奋斗！\n参考资料：\n《中华人民共和国监督法》。\n"));
        assertLastLine(own, "《中华人民共和国监督法》。");
    }

    @Test
    void printButtonsUnderOnePageOfAnArticlePrintedOverSeveralEndNothing() throws Exception {
        String title = "勉县人民代表大会常务委员会工作报告";
        Report r = ingest(REPORT.replace("为建设美丽勉县而努力奋斗！\n", "")
                .replace("一年来，", "（一）加强监督。一年来，") + "\n共2页：　上一页　[1]　2　下一页\n"
                + "【发表评论】　【加入收藏】　【告诉好友】　【打印此文】　【关闭窗口】\n\n" + title + "（2）\n"
                + "作者：县人大办　　文章来源：汉中日报\n（二）加强代表工作。全年办理代表建议126件。\n"
                + "各位代表，让我们在县委的坚强领导下，为建设美丽勉县而努力奋斗！\n【打印此文】　【关闭窗口】\n相关文章\n· 县政协会议闭幕\n");
        assertLastLine(r, "各位代表，让我们在县委的坚强领导下，为建设美丽勉县而努力奋斗！");
        assertTrue(text(r).contains("（二）加强代表工作。"), text(r));
        assertTrue(r.removals().stream().anyMatch(x -> x.reason() == RemovalReason.DUPLICATE && x.text().equals(title + "（2）")),
                r.removals().toString());
    }

    @Test
    void theNextArticleOnAPageAfterARuleOrAJournalsColumnAndAListOfTheLatestArePages() throws Exception {
        String article = "县政协九届四次会议闭幕\n　　本报讯（记者　何　静）1月14日上午，县政协九届四次会议在县行政中心会议室闭幕。\n";
        Report ruled = ingest(REPORT + "\n————————————————————————\n" + article + "本版编辑：郑　洁\n");
        assertLastLine(ruled, "各位代表，让我们在县委的坚强领导下，为建设美丽勉县而努力奋斗！");
        assertEquals(2, ruled.removals().stream().filter(x -> x.reason() == RemovalReason.OTHER_ARTICLE).count(),
                ruled.removals().toString());
        Report column = ingest(REPORT.replace("而努力奋斗！", "作出新的贡献！") + "\n·代表风采·\n\n扎根山区的“土专家”\n"
                + "——记县人大代表、新铺镇农技站站长钟　华\n　　走进新铺镇黄坑村的柚子园，一股清香扑面而来。\n");
        assertLastLine(column, "各位代表，让我们在县委的坚强领导下，为建设美丽勉县作出新的贡献！");
        Report latest = ingest(REPORT + "最新文章\n· 县人大常委会召开主任会议　2009-9-1\n· 县十四届人大常委会第二十二次会议召开　2009-8-28\n");
        assertLastLine(latest, "各位代表，让我们在县委的坚强领导下，为建设美丽勉县而努力奋斗！");
    }

    @Test
    void aNewsAppsCommentsAreaATopicsTagsAndANoteAppsSourceAreThePages() throws Exception {
        Report r = ingest(REPORT + "#勉县两会# #人大代表在行动#\n举报/反馈\n发表评论\n写评论...\n发布\n12条评论\n勉县老刘\n2021-03-01\n"
                + "大运河条例好！\n回复\n粘贴自 <http://www.mianxian.gov.cn/a.html>\n");
        assertLastLine(r, "各位代表，让我们在县委的坚强领导下，为建设美丽勉县而努力奋斗！");
        assertTrue(r.removals().stream().anyMatch(x -> x.reason() == RemovalReason.COMMENTS && x.text().equals("大运河条例好！")),
                r.removals().toString());
        Report pasted = ingest(REPORT + "粘贴自 <http://www.mianxian.gov.cn/a.html>\n");
        assertTrue(pasted.removals().stream().anyMatch(x -> x.reason() == RemovalReason.PUBLICATION), pasted.removals().toString());
    }

    @Test
    void aNewspapersImprintAndTheNumberItsColumnWrappedAreThePages() throws Exception {
        Report r = ingest(REPORT + "本报社址：大同市御河西路\n新闻热线：0352-2044110\n广告许可证：晋同工商广字\n001号\n");
        assertLastLine(r, "各位代表，让我们在县委的坚强领导下，为建设美丽勉县而努力奋斗！");
        assertEquals(4, r.removals().stream().filter(x -> x.line() >= 8).count(), r.removals().toString());
    }

    @Test
    void aPagesDisclaimersAreStrippedEvenAsSentences() throws Exception {
        Report r = ingest(REPORT + "本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场。\n"
                + "特别声明\n本站部分内容来源于网络，如有侵权请联系删除。\n（本文由网友投稿，仅供学习参考）\n");
        assertLastLine(r, "各位代表，让我们在县委的坚强领导下，为建设美丽勉县而努力奋斗！");
        assertEquals(4, r.removals().stream().filter(x -> x.reason() == RemovalReason.COPYRIGHT).count());
    }

    @Test
    void aSentenceOfTheReportThatMentionsTheSiteStays() throws Exception {
        // in the text, the same words are the report's: only the lines under it are the page's
        Report r = ingest(REPORT.replace("一年来，", "本站不代表任何机关发布信息，一年来，"));
        assertTrue(text(r).contains("本站不代表任何机关发布信息"), text(r));
    }

    @Test
    void linksButtonsCountersAndListsOfOtherArticles() throws Exception {
        Report r = ingest(REPORT + "上一篇：勉县第十八届人民代表大会第四次会议关于县人民政府工作报告的决议（2019年1月10日勉县第十八届人民代表大会第四次会议通过）\n"
                + "下一篇文章：勉县2018年国民经济和社会发展计划执行情况与2019年计划草案的报告\n"
                + "【发表评论】【加入收藏】【告诉好友】【打印此文】【关闭窗口】\n阅读(36)┊ 评论 (0)┊ 收藏(0) ┊转载原文 ┊ 喜欢▼ ┊打印┊举报\n"
                + "本版其他文章：\n·勉县第十八届人民代表大会第四次会议胜利闭幕\n·县人大常委会召开第十九次会议\n"
                + "网友评论：（只显示最新10条。评论内容只代表网友观点，与本站立场无关！）\n");
        assertLastLine(r, "各位代表，让我们在县委的坚强领导下，为建设美丽勉县而努力奋斗！");
    }

    @Test
    void anAccountsCardBetweenItsOwnLinesIsThePages() throws Exception {
        Report r = ingest(REPORT + "编辑：刘佳　审核：赵立军\n勉县人大\n微信号：mxrd2016\n依法履职　为民代言\n阅读原文\n阅读 1536　分享　在看\n");
        assertLastLine(r, "各位代表，让我们在县委的坚强领导下，为建设美丽勉县而努力奋斗！");
        Report numeral = ingest(REPORT + "编辑：刘佳　审核：赵立军\n五常人大\n微信号：wcsrd2016\n阅读 1536　分享　在看\n");
        assertLastLine(numeral, "各位代表，让我们在县委的坚强领导下，为建设美丽勉县而努力奋斗！");
        // a document's own last lines, with no page line under them, stay: who issued it and when
        Report signed = ingest(REPORT + "勉县人大常委会办公室\n2019年1月5日印发\n");
        assertLastLine(signed, "2019年1月5日印发");
        // (a group that signs its report, 视察组, 评估组, 课题组, over its day: paragraphs)
        for (String group : List.of("互助土族自治县人大常委会视察组", "县人大常委会立法后评估组", "市人大常委会课题组")) {
            Report byGroup = ingest(REPORT + group + "\n2023年11月16日\n");
            assertEquals(List.of(), byGroup.headings().stream().filter(h -> h.text().equals(group)).toList(), group);
        }
        // (paragraphs, not headings: the issuer over its print line)
        assertEquals(List.of(), signed.headings().stream().filter(h -> h.text().contains("办公室") || h.text().contains("印发"))
                .toList(), signed.headings().toString());
    }

    @Test
    void anEpapersPageStaffMastheadAndContinuationAreNotJoinedIntoTheText() throws Exception {
        Report r = ingest("汉中日报　　2019年1月12日　星期六　　第3版：两会特刊　　　　上一版　下一版\n" + REPORT.replace(
                "开展执法检查三次。\n", "开展执法检查三次，推动解决农村\n（下转第4版）\n本版责任编辑：李明　　美编：王芳\n"
                        + "汉中日报　　2019年1月12日　星期六　　第4版：两会特刊　　　　上一版　下一版\n（上接第3版）\n"
                        + "饮水安全问题。\n"));
        assertTrue(text(r).contains("推动解决农村饮水安全问题。"), text(r));
        assertEquals("汉中日报", r.metadata().publication().source());
        assertEquals("2019-01-12", r.metadata().publication().date());
    }

    @Test
    void theSitesOwnerInTheFooterTellsWhichPlaceOfASharedNameItIs() throws Exception {
        String report = "白云区人民代表大会常务委员会工作报告\n——2019年1月8日在白云区第五届人民代表大会第四次会议上\n"
                + "各位代表：\n一年来，区人大常委会依法履职，开展执法检查三次。\n";
        Report r = ingest(report + "主办：贵阳市白云区人大常委会办公室　　地址：贵阳市白云区行政中心\n");
        assertEquals("贵阳市", r.metadata().city());
        assertFalse(text(r).contains("主办"), text(r));
        Report unknown = ingest(report);
        assertEquals(null, unknown.metadata().city(), "without it, the name is of several places");
        assertTrue(unknown.warnings().stream().anyMatch(w -> w.startsWith("place:")), unknown.warnings().toString());
    }

    @Test
    void aCountysOwnMediaAsThePostsSourceTellsWhichCountyAReportNamedByItsLevelIs() throws Exception {
        String post = "在县十七届人大三次会议闭幕会上的讲话\n会泽发布　2024-01-13 20:15　云南\n来源：会泽县融媒体中心\n\n"
                + "在县十七届人大三次会议闭幕会上的讲话\n（2024年1月13日）\n县委书记　张德华\n\n各位代表、同志们：\n"
                + "县第十七届人民代表大会第三次会议圆满完成了各项议程，今天就要胜利闭幕了。\n"
                + "各位代表，让我们凝心聚力、实干争先，为谱写会泽高质量跨越式发展新篇章而努力奋斗！\n";
        Report r = ingest(post);
        assertEquals("会泽县", r.metadata().placeName());
        assertEquals("曲靖市", r.metadata().city());
        assertEquals("publication line", r.metadata().sources().get("place"));
        assertTrue(r.warnings().stream().noneMatch(w -> w.startsWith("place:")), r.warnings().toString());
        assertEquals("会泽县", ingest(post.replace("来源：会泽县融媒体中心", "来源：中共会泽县委宣传部")).metadata().placeName());
        // a neighbour's media, in a text that names its own county more often, says nothing; nor does a tie
        String neighbour = post.replace("各位代表，让我们", "常委会与富源交界的河流开展协同监督，服务富源、会泽两地群众。\n各位代表，让我们")
                .replace("来源：会泽县融媒体中心", "来源：富源县融媒体中心");
        assertEquals(null, ingest(neighbour).metadata().placeName());
        // a text that does not name the county, a paper's source, or a source of another level says nothing
        for (String other : List.of(post.replace("谱写会泽", "谱写全县"), post.replace("会泽县融媒体中心", "曲靖日报"),
                post.replace("会泽县融媒体中心", "曲靖市融媒体中心"))) {
            Report o = ingest(other);
            assertEquals(null, o.metadata().placeName(), other);
            assertTrue(o.warnings().stream().anyMatch(w -> w.startsWith("place:")), o.warnings().toString());
        }
    }

    @Test
    void theRulesNameTheLinesOfAPagesTail() {
        BoilerplateRules rules = BoilerplateRules.defaults();
        for (String line : List.of("本版编辑：陈　静　　校对：王　华　　组版：刘晓燕", "（本报记者　刘　畅　整理）",
                "（市人大常委会办公室供稿）", "原标题：《勉县人民代表大会常务委员会工作报告》", "本文网址：http://www.mianxian.gov.cn/a/1.htm",
                "Related: Government Work Report of Mian County (2019) | Home | Contact", "[图片]", "长按二维码关注“勉县人大”",
                "·18·　　　　　　勉县年鉴·2019", "草原云客户端　　内蒙古日报社主办", "网站主办：勉县人民政府办公室",
                "【打印本页】\u00A0\u00A0【关闭窗口】", "青海省图书馆　地方文献部　制作", "喜欢　0　　赠金笔", "已投稿到：排行榜",
                "本库资源仅供读者学术研究使用，请勿用于商业用途。", "本版责任编辑　谢　芳　　美术编辑　唐　颖　　校对　李　明",
                "友情链接：保山人大　云南人大　中国人大网", "相关附件：湖北省养老服务条例（草案）.docx　（下载次数：128）",
                "图为开幕会现场。摄影：周　晨", "本文来源：月湖区融媒体中心　　　举报/反馈", "打开江西新闻APP，查看更多精彩内容",
                "本版标题导航", "区人大常委会组织代表视察北湖公园提质改造项目。 记者 谢  政 摄", "德清人大网 → 调查研究",
                "首页 → 调查研究", "首页 → 人大工作 → 调查研究", "字体：【大 中 小】", "点击“阅读原文”查看更多", "点击阅读原文",
                "热点信息", "栏目导航", "【相关栏目】", "网站声明：本网站所登载内容，凡注明“来源：曲阜新闻网”的，版权均属曲阜新闻网所有。")) {
            assertTrue(rules.classify(line, false).isPresent(), line);
        }
        // in the text, a heading with a number in brackets, an English abbreviation, a sentence: the report's
        for (String line : List.of("（一）加强代表工作", "GDP增长8.5%", "本报告所称重大事项，是指……",
                "常委会组织代表视察，邀请媒体记者全程跟踪报道。", "时间：2019年9月26日", "作者：各专门委员会分别牵头起草审议意见。",
                "申请→受理→审查→决定", "字体设计：县文化馆")) {
            assertFalse(rules.classify(line, true).isPresent(), line);
        }
        // a flow set with arrows under the text (an attachment's steps) is the text's too
        assertFalse(rules.classify("群众提出诉求→代表登记→分类转办→跟踪督办→反馈评价", false).isPresent());
        // around the text, a title or a listed item that names 广告, 热线 or 优惠 says what it is; an ad does not
        for (String line : List.of("关于《临河市户外广告设置管理办法（草案）》的说明", "2．区人民政府关于12345政务服务便民热线运行情况的报告",
                "1．区人民政府关于落实减税降费优惠政策情况的报告")) {
            assertFalse(rules.classify(line, false).isPresent(), line);
        }
        assertTrue(rules.classify("欢迎访问淮北人大网　服务热线：0561-3022000", false).isPresent());
        assertTrue(rules.classify("时间：2019-01-20　来源：淮北人大网", true).isPresent(), "beside another key, in the text too");
    }

    @Test
    void anAppPageThatOffersTheRestInTheAppHasOnlyTheStartOfTheReport() throws Exception {
        Report r = ingest(REPORT.replace("各位代表，让我们在县委的坚强领导下，为建设美丽勉县而努力奋斗！\n",
                "二、2019年主要任务\n2019年，县人大常委会将围绕……\n📱 打开APP阅读全文　　剩余62%\n—— 分享到 ——\n"
                        + "💬 微信　　👥 朋友圈　　🔗 复制链接\n热门评论\n勉县人：报告写得实在，点赞！\n为你推荐\n· 勉县人民政府工作报告（全文）\n"));
        assertTrue(r.metadata().incomplete());
        assertTrue(r.metadata().incompleteReason().contains("阅读全文"), r.metadata().incompleteReason());
        assertLastLine(r, "2019年，县人大常委会将围绕……");
        // a bare button right under the text's last paragraph cuts it too, but not one under a list of other articles
        for (String button : List.of("展开全文", "阅读全文")) {
            Report bare = ingest(REPORT.replace("各位代表，让我们在县委的坚强领导下，为建设美丽勉县而努力奋斗！\n",
                    "二、2019年主要任务\n2019年，县人大常委会将围绕……\n" + button + "\n举报/反馈\n作者最新文章\n勉县召开人大代表座谈会\n"));
            assertTrue(bare.metadata().incomplete(), button);
            assertLastLine(bare, "2019年，县人大常委会将围绕……");
        }
        Report listed = ingest(REPORT + "相关阅读\n· 勉县人民政府工作报告（全文）\n阅读全文\n");
        assertFalse(listed.metadata().incomplete());
        // nor under a text that ends as a whole one does, on its signature and day
        Report signed = ingest(REPORT + "勉县人大常委会\n2019年1月8日\n阅读全文\n举报/反馈\n");
        assertFalse(signed.metadata().incomplete(), signed.metadata().incompleteReason());
        // a button that shows the rest on the page, with the text going on under it, cuts nothing
        Report expanded = ingest(REPORT.replace("一年来，", "展开全文 ⌄\n一年来，"));
        assertFalse(expanded.metadata().incomplete());
        assertFalse(text(expanded).contains("展开全文"), text(expanded));
        assertTrue(text(expanded).contains("开展执法检查三次"), text(expanded));
    }

    @Test
    void linksToOtherDocumentsUnderTheTextWithoutAHeadingAreThePages() throws Exception {
        Report r = ingest(REPORT + "· 勉县人民代表大会常务委员会工作报告（2018年1月9日在勉县第十八届人民代表大会第三次会议上）\n"
                + "· 勉县第十八届人民代表大会第四次会议关于县人民代表大会常务委员会工作报告的决议\n【打印本页】　【关闭窗口】\n");
        assertLastLine(r, "各位代表，让我们在县委的坚强领导下，为建设美丽勉县而努力奋斗！");
        // the text's own list under the sentence that announces it stays
        Report announced = ingest(REPORT + "会议通过了以下决议：\n· 勉县第十八届人民代表大会第四次会议关于县人民政府工作报告的决议\n"
                + "· 勉县第十八届人民代表大会第四次会议关于县人民代表大会常务委员会工作报告的决议\n【打印本页】　【关闭窗口】\n");
        assertLastLine(announced, "· 勉县第十八届人民代表大会第四次会议关于县人民代表大会常务委员会工作报告的决议");
        // the report's own attachments, listed so under their label, stay
        Report own = ingest(REPORT + "附件：\n· 勉县人大常委会2019年工作要点\n· 勉县人大常委会2019年监督工作计划\n");
        assertLastLine(own, "· 勉县人大常委会2019年监督工作计划");
    }

    @Test
    void aDayAloneUnderThePublishingLineIsItsDayNotAWrappedNumber() throws Exception {
        Report r = ingest(REPORT + "来源：汉中日报　作者：张明　责任编辑：李华\n2019-01-09\n点赞\n收藏\n");
        assertLastLine(r, "各位代表，让我们在县委的坚强领导下，为建设美丽勉县而努力奋斗！");
        assertEquals("汉中日报", r.metadata().publication().source());
        assertEquals("2019-01-09", r.metadata().publication().date());
        Report words = ingest(REPORT + "来源：汉中日报　作者：张明\n2019年1月9日\n点赞\n");
        assertEquals("2019-01-09", words.metadata().publication().date());
        assertLastLine(words, "各位代表，让我们在县委的坚强领导下，为建设美丽勉县而努力奋斗！");
        // a licence's number a narrow column wrapped is the page's still
        Report licence = ingest(REPORT + "广告许可证：汉工商广字\n001号\n");
        assertLastLine(licence, "各位代表，让我们在县委的坚强领导下，为建设美丽勉县而努力奋斗！");
    }

    @Test
    void commentsAndARepostersCommentaryEndTheText() throws Exception {
        Report r = ingest(REPORT + "网友评论（共2条）　　查看全部评论>>\n1楼　勉县网友　2019-01-09 09:15\n"
                + "“一年来，常委会依法履职”，说得实在，希望继续加油。\n2楼　汉江边　2019-01-09 10:02\n为建设美丽勉县而努力奋斗！顶一个。\n");
        assertLastLine(r, "各位代表，让我们在县委的坚强领导下，为建设美丽勉县而努力奋斗！");
        assertEquals(5, r.removals().stream().filter(x -> x.reason() == RemovalReason.COMMENTS).count());
        Report blog = ingest(REPORT + "（来源：汉中日报）\n【老陈点评】\n读完报告，最有感触的是执法检查这一段。\n——勉县老陈　2019年1月10日\n");
        assertLastLine(blog, "各位代表，让我们在县委的坚强领导下，为建设美丽勉县而努力奋斗！");
    }

    @Test
    void aDocumentSitesPreviewEndsTheTextAndItsTailIsTheSites() throws Exception {
        Report r = ingest(REPORT + "1/8\n免费预览已结束，剩余 7 页可下载查看\n点击下载本文档\n文档分享\n该用户很懒，什么也没介绍\n"
                + "下载本文档需要登录，并付出相应积分。如何获取积分？\n本文档由用户上传，道客巴巴仅提供信息存储空间服务，如内容涉嫌侵权请联系删除。\n"
                + "阅读了该文档的用户还看过\n泽州县人民政府工作报告2014　　　　　　6页\n");
        assertTrue(text(r).endsWith("为建设美丽勉县而努力奋斗！"), text(r));
        assertTrue(r.metadata().incomplete(), "the site showed the first pages only");
        // its words set under a line cut in the middle of a sentence
        Report cut = ingest(REPORT.replace("开展执法检查三次。", "开展执法检查三次，") .replace("各位代表，让我们在县委的坚强领导下，为建设美丽勉县而努力奋斗！\n", "")
                + "\n……剩余2页未读，继续阅读……\n本文档共5页，当前预览3页，下载完整版需要 8 金币\n");
        assertTrue(cut.metadata().incomplete(), "the site showed the first pages only");
        assertTrue(text(cut).endsWith("开展执法检查三次，"), text(cut));
        Report notice = ingest(REPORT + "特别声明：本文为网易自媒体平台“网易号”作者上传并发布，仅代表该作者观点。网易仅提供信息发布平台。\n"
                + "Notice: The content above (including the pictures and videos if any) is uploaded and posted by a user of "
                + "NetEase Hao, which is a social media platform and only provides information storage services.\n");
        assertTrue(text(notice).endsWith("为建设美丽勉县而努力奋斗！"), text(notice));
    }

    @Test
    void anEpapersListOfThePagesArticlesAboveTheTextIsThePages() throws Exception {
        Report r = ingest("随州日报\n2023年01月16日　星期一\n第02版：要闻\n本版导读\n"
                + "随州市第五届人民代表大会第三次会议关于随州市人民代表大会常务委员会工作报告的决议\n"
                + "随州市第五届人民代表大会第三次会议关于随州市人民政府工作报告的决议\n\n"
                + "随州市第五届人民代表大会第三次会议\n关于随州市人民代表大会常务委员会工作报告的决议\n"
                + "（2023年1月13日随州市第五届人民代表大会第三次会议通过）\n\n"
                + "随州市第五届人民代表大会第三次会议听取和审议了王少华主任受市人大常委会委托所作的工作报告。\n");
        assertEquals("随州市第五届人民代表大会第三次会议关于随州市人民代表大会常务委员会工作报告的决议", r.metadata().title());
        assertTrue(r.metadata().headerLines().stream().noneMatch(l -> l.contains("人民政府工作报告")), r.metadata().headerLines().toString());
    }

    @Test
    void anEncyclopediaEntrysButtonsAndSectionsUnderTheTextAreTheSites() throws Exception {
        Report r = ingest(REPORT.replace("各位代表：\n", "报告全文\n播报\n编辑\n各位代表：\n")
                + "报告解读\n播报\n编辑\n报告分为工作回顾和主要任务两个部分，总结了常委会在立法、监督等方面的工作。[3]\n参考资料\n1.\n"
                + "　勉县第十八届人民代表大会第四次会议隆重开幕　．汉中日报[引用日期2019-01-22]\n词条图册\n更多图册\n");
        assertTrue(text(r).endsWith("为建设美丽勉县而努力奋斗！"), text(r));
        assertFalse(text(r).contains("播报") || text(r).contains("编辑"), text(r));
        // on a page that is no encyclopedia's, 参考资料 is a heading of the text, and the text goes on under it
        Report own = ingest(REPORT.replace("各位代表，让我们", "参考资料\n检查组参考了省应急管理厅的执法检查通报。\n一、意见和建议\n"
                + "一是压实企业主体责任。\n各位代表，让我们"));
        assertTrue(text(own).contains("参考资料\n检查组参考了省应急管理厅的执法检查通报。\n一、意见和建议"), text(own));
        assertLastLine(own, "各位代表，让我们在县委的坚强领导下，为建设美丽勉县而努力奋斗！");
    }

    @Test
    void theOtherPagesTopBetweenAContinuationsMarkersAndAListOfArticlesInTheText() throws Exception {
        String epaper = "汉中日报　　2019年1月12日　星期六　　第4版：两会特刊\n" + REPORT.replace("开展执法检查三次。\n",
                "开展执法检查三次，调研农村公路建设和\n（下转第5版）\n汉中日报　　2019年1月12日　星期六　　第5版：两会特刊\n"
                + "我县举办返乡农民工专场招聘会\n本报讯（记者　陈红）1月13日，县人社局举办专场招聘会，120家企业提供岗位3000余个。\n"
                + "（上接第4版）\n人畜饮水工程。\n推荐阅读\n▶ 勉县第十八届人民代表大会第四次会议隆重开幕\n▶ 代表热议政府工作报告：抓产业　惠民生\n");
        Report r = ingest(epaper);
        assertTrue(text(r).contains("调研农村公路建设和人畜饮水工程。"), text(r));
        assertFalse(text(r).contains("招聘会") || text(r).contains("▶"), text(r));
        // the marker at the end of the line it cuts
        Report inline = ingest(epaper.replace("调研农村公路建设和\n（下转第5版）\n", "调研农村公路建设和（下转第5版）\n"));
        assertTrue(text(inline).contains("调研农村公路建设和人畜饮水工程。"), text(inline));
        assertFalse(text(inline).contains("招聘会"), text(inline));
        // a marker that names another page than the one the text was on does not close the gap
        Report other = ingest(epaper.replace("（上接第4版）\n人畜饮水工程。", "（上接第1版）\n人畜饮水工程。"));
        assertTrue(text(other).contains("招聘会"), text(other));
        // an e-paper's masthead over two lines, as the copy's first lines give it, between the markers
        String twoLines = "海南日报数字报\n2019年02月02日 星期六　　第A04版：两会特刊\n" + REPORT.replace("开展执法检查三次。\n",
                "开展执法检查三次，调研农村公路建设和\n（下转A05版）\n海南日报数字报\n2019年02月02日 星期六　　第A05版：两会特刊\n"
                + "（上接A04版）\n人畜饮水工程。\n");
        Report masthead = ingest(twoLines);
        assertTrue(text(masthead).contains("调研农村公路建设和人畜饮水工程。"), text(masthead));
        assertFalse(text(masthead).contains("数字报"), text(masthead));
        // a text that goes on to another page the copy does not hold keeps what follows the marker
        Report cut = ingest(REPORT.replace("开展执法检查三次。\n", "开展执法检查三次。\n（下转第5版）\n"));
        assertTrue(text(cut).contains("为建设美丽勉县而努力奋斗"), text(cut));
    }

    @Test
    void aTextThatGoesOnFromAnotherPageWithoutAnIndentGoesOnInTheParagraphTheJumpCut() throws Exception {
        String paper = "南阳日报　2004年2月20日　第二版\n南阳市人民代表大会常务委员会工作报告\n"
                + "　　一年来，市人大常委会在市委领导下，依法履行职责，各项工作取得新的进展。\n"
                + "　　一、加强监督工作\n"
                + "　　常委会组织执法检查五次，听取和审议专项工作报告八个，督促有关部门改进工作。\n"
                + "（下转第三版）\n南阳日报　2004年2月20日　第三版\n"
                + "（上接第二版）对群众反映强烈的环境问题，常委会组织代表进行专题视察。\n"
                + "　　二、加强代表工作\n　　常委会邀请代表列席常委会会议六十余人次，办理代表建议二百一十件。\n"
                + "　　各位代表，让我们团结一心，为建设富裕文明的新南阳而努力奋斗！\n";
        Report r = ingest(paper);
        assertTrue(text(r).contains("督促有关部门改进工作。对群众反映强烈的环境问题，常委会组织代表进行专题视察。\n二、加强代表工作"),
                text(r));
        assertTrue(r.removals().stream().anyMatch(m -> m.text().equals("（上接第二版）")), r.removals().toString());
        // the marker on a line of its own over the text
        Report own = ingest(paper.replace("（上接第二版）对群众", "（上接第二版）\n对群众"));
        assertTrue(text(own).contains("督促有关部门改进工作。对群众反映强烈的环境问题"), text(own));
        // a paragraph the new page starts is indented, as the copy's paragraphs are: it stays a paragraph of its own
        Report fresh = ingest(paper.replace("（上接第二版）对群众", "（上接第二版）\n　　对群众"));
        assertTrue(text(fresh).contains("督促有关部门改进工作。\n对群众反映强烈的环境问题"), text(fresh));
        // a heading the new page starts is a heading
        Report heading = ingest(paper.replace("（上接第二版）对群众反映强烈的环境问题，常委会组织代表进行专题视察。",
                "（上接第二版）二、加强代表工作"));
        assertTrue(text(heading).contains("督促有关部门改进工作。\n二、加强代表工作"), text(heading));
    }

    @Test
    void aPageOfSeveralDocumentsIsTheOneItsBreadcrumbNames() throws Exception {
        String page = "当前位置：勉县报 > 2019年1月12日 > 第2版 > 勉县第十八届人民代表大会第四次会议关于县人民代表大会常务委员会工作报告的决议\n"
                + "勉县第十八届人民代表大会第四次会议关于政府工作报告的决议\n（2019年1月11日勉县第十八届人民代表大会第四次会议通过）\n"
                + "会议听取和审议了县长所作的政府工作报告，决定批准这个报告。\n"
                + "勉县第十八届人民代表大会第四次会议关于县人民代表大会常务委员会工作报告的决议\n"
                + "（2019年1月11日勉县第十八届人民代表大会第四次会议通过）\n会议听取和审议了县人大常委会主任所作的工作报告，决定批准这个报告。\n"
                + "勉县第十八届人民代表大会第四次会议关于县人民法院工作报告的决议\n（2019年1月11日勉县第十八届人民代表大会第四次会议通过）\n"
                + "会议听取和审议了县人民法院院长所作的工作报告，决定批准这个报告。\n";
        Report r = ingest(page);
        assertEquals("勉县第十八届人民代表大会第四次会议关于县人民代表大会常务委员会工作报告的决议", r.metadata().title());
        assertEquals("会议听取和审议了县人大常委会主任所作的工作报告，决定批准这个报告。", text(r));
        // without the breadcrumb, which one is not said: the page is read as it is
        Report unnamed = ingest(page.substring(page.indexOf('\n') + 1));
        assertTrue(text(unnamed).contains("县人民法院院长"), text(unnamed));
    }

    @Test
    void strippedTailLinesAreListed() throws Exception {
        Report r = ingest(REPORT + "声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息空间服务。\n阅读 (286)　　投诉\n");
        List<String> listed = r.removals().stream().map(Removal::text).toList();
        assertTrue(listed.contains("阅读 (286)　　投诉"), listed.toString());
        assertTrue(listed.stream().anyMatch(t -> t.startsWith("声明：该文观点")), listed.toString());
    }

    @Test
    void anotherArticleSetWholeUnderRelatedNewsAndCommentsUnderTheirCountsAreThePages() throws Exception {
        for (String heading : new String[] {"延伸阅读：", "相关新闻：", "【相关阅读】"}) {
            Report r = ingest(REPORT + heading + "\n汉中市第七届人民代表大会第四次会议隆重开幕\n"
                    + "本报汉中讯（记者　张　敏）1月8日上午，汉中市第七届人民代表大会第四次会议在市会议中心隆重开幕。\n"
                    + "市人大常委会主任主持会议。他指出，全市人民要凝心聚力，为建设美丽汉中而努力奋斗。\n");
            assertLastLine(r, "各位代表，让我们在县委的坚强领导下，为建设美丽勉县而努力奋斗！");
        }
        // under the heading, the report's own section with its sentences is no article
        Report own = ingest(REPORT.replace("各位代表，让我们", "相关新闻：\n一、代表工作\n常委会密切联系代表，办理代表建议86件。\n各位代表，让我们"));
        assertLastLine(own, "各位代表，让我们在县委的坚强领导下，为建设美丽勉县而努力奋斗！");
        assertTrue(text(own).contains("办理代表建议86件"), text(own));
        for (String comments : new String[] {"网友跟帖（3）\n甘州网友　2021-01-25 20:14\n报告写得实在。\n",
                "共2条评论\n匿名网友　2020-05-21 09:15\n希望加大对农村道路的投入。\n登录后发表评论\n"}) {
            assertLastLine(ingest(REPORT + comments), "各位代表，让我们在县委的坚强领导下，为建设美丽勉县而努力奋斗！");
        }
        // a page's buttons to go back and close, in brackets
        assertFalse(text(ingest(REPORT + "[返回上页]　[关闭窗口]\n")).contains("返回"));
    }

    @Test
    void aBoxOfNewsHeadlinesSetIntoTheTextIsThePagesWhereverTheTextGoesOn() throws Exception {
        String box = "【延伸阅读】\n勉县人大常委会召开第七次会议\n汉中市人大常委会调研组赴勉县开展专题调研（2019-01-02）\n";
        Report r = ingest(REPORT.replace("各位代表，让我们", box + "各位代表，让我们"));
        assertFalse(text(r).contains("延伸阅读") || text(r).contains("第七次会议") || text(r).contains("专题调研"), text(r));
        assertLastLine(r, "各位代表，让我们在县委的坚强领导下，为建设美丽勉县而努力奋斗！");
        // a heading of the report's own under such a heading, over its sentence, is no news
        Report own = ingest(REPORT.replace("各位代表，让我们", "延伸阅读\n加强代表工作\n常委会办理代表建议86件。\n各位代表，让我们"));
        assertTrue(text(own).contains("加强代表工作\n常委会办理代表建议86件。"), text(own));
    }

    @Test
    void aMarkThatThePageGoesOnIsThePagesBetweenItsPartsAndMarksTheTextIncompleteAtItsEnd() throws Exception {
        Report whole = ingest(REPORT.replace("各位代表，让我们", "（未完，待续）\n常委会办理代表建议86件。\n各位代表，让我们"));
        assertFalse(text(whole).contains("待续"), text(whole));
        assertFalse(whole.metadata().incomplete(), "the rest is here");
        Report cut = ingest(REPORT.replace("各位代表，让我们在县委的坚强领导下，为建设美丽勉县而努力奋斗！\n", "（未完待续）\n"));
        assertFalse(text(cut).contains("待续"), text(cut));
        assertTrue(cut.metadata().incomplete(), "the rest is in a later post");
    }

    @Test
    void aPagesEmptyFieldForAttachmentsIsThePagesButAReportsOwnAttachmentIsItsText() throws Exception {
        for (String field : List.of("附件：", "相关附件：无", "附件")) {
            Report r = ingest(REPORT + field + "\n主办：勉县人民政府办公室　陕ICP备05001234号\n");
            assertFalse(text(r).contains(field), field + ": " + text(r));
            assertTrue(r.removals().stream().anyMatch(x -> x.text().equals(field) && x.reason() == RemovalReason.SITE_UI));
        }
        Report own = ingest(REPORT + "附件：\n勉县人大常委会2018年度监督工作计划执行情况表\n");
        assertTrue(text(own).contains("附件："), text(own));
    }

    @Test
    void anEPapersPointersToOtherPagesUnderTheTextAreOtherArticles() throws Exception {
        Report r = ingest(REPORT + "绍兴市第九届人民代表大会第四次会议关于绍兴市人民政府工作报告的决议\n（详见第2版）\n"
                + "本版责任编辑：陈　敏\n");
        assertEquals(2, r.removals().stream().filter(x -> x.reason() == RemovalReason.OTHER_ARTICLE).count());
        assertTrue(text(r).endsWith("为建设美丽勉县而努力奋斗！"), text(r));
    }

    @Test
    void aNewsItemPrintedUnderTheReportsClosingCallIsAnotherArticle() throws Exception {
        Report r = ingest(REPORT + "（本报记者　李建华　整理）\n\n市十届人大一次会议胜利闭幕\n"
                + "本报石家庄３月１日电（记者　张国栋）石家庄市第十届人民代表大会第一次会议今天上午胜利闭幕。\n");
        assertTrue(text(r).endsWith("为建设美丽勉县而努力奋斗！"), text(r));
        assertEquals(2, r.removals().stream().filter(x -> x.reason() == RemovalReason.OTHER_ARTICLE).count());
        // a headline of the report's own over its text stays
        Report own = ingest(REPORT.replace("各位代表，让我们", "二、今后工作\n各位代表，让我们") + "附件\n代表建议办理情况\n"
                + "全年办理代表建议216件，办结率100%。\n");
        assertTrue(text(own).contains("全年办理代表建议216件"), text(own));
    }

    @Test
    void aPointersHeadlineIsNeverTheReportsLastWordsAndItsFirstLineGoesWithIt() throws Exception {
        Report r = ingest(REPORT + "以上报告，请予审议\n\n（详见A2版）\n坚持人民至上　护航民生福祉\n我市十件民生实事项目由代表票决产生\n"
                + "（详见A4版）\n");
        assertTrue(text(r).endsWith("以上报告，请予审议"), text(r));
        assertEquals(4, r.removals().stream().filter(x -> x.reason() == RemovalReason.OTHER_ARTICLE).count());
    }

    @Test
    void aNoticesSignatureUnderItsOwnAddressIsAParagraph() throws Exception {
        Report r = ingest("马尔康市人大常委会关于公开征集2025年度监督工作项目建议的公告\n一、征集内容\n围绕全市中心工作征集监督项目建议。\n"
                + "通讯地址：马尔康市达萨街188号市人大常委会办公室　　邮编：624000\n马尔康市人大常委会\n2024年11月20日\n");
        assertTrue(r.headings().stream().noneMatch(h -> h.text().equals("马尔康市人大常委会")), r.headings().toString());
        assertTrue(text(r).contains("通讯地址："), text(r));
    }
}
