package org.reportarchive.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportarchive.model.Block;
import org.reportarchive.model.Heading;
import org.reportarchive.model.RemovalReason;
import org.reportarchive.model.Report;
import org.reportarchive.text.OtherScripts;

/**
 * Copies laid out in ways of their own: bilingual pages of autonomous areas, a board that reposts a report under
 * the poster's words, a scan that spaces its title, a draft that numbers its lines, an app's lead without a year,
 * and notes whose heading runs into the first note.
 */
class PageLayoutsTest {

    private static final String BODY = "各位代表：\n现在，我代表市人大常委会向大会报告工作，请予审议。\n"
            + "一年来，常委会依法履职，听取和审议专项工作报告十二个。\n";

    private static Report ingest(String text) throws IngestException {
        return ReportIngester.defaults().ingest("t.txt", text.getBytes(StandardCharsets.UTF_8), Sidecar.empty());
    }

    private static String text(Report r) {
        return String.join("\n", r.body().stream().map(Block::text).toList());
    }

    @Test
    void aSitesHeaderOverAColumnOfItsOtherArticlesIsThePagesNotTheTitle() throws Exception {
        String report = "当前位置：首页 > 工作报告\n\n区人民代表大会常务委员会工作报告\n——2020年5月26日在区第十八届人民代表大会第六次会议上\n"
                + "各位代表：\n我受区人民代表大会常务委员会委托，向大会报告工作，请予审议。\n一年来，区人大常委会依法履职。\n";
        for (String column : List.of("区县动态\n· 南岸区人大常委会召开第十次会议\n· 江津区人大常委会开展专题视察\n",
                "最新动态\n• 代表之家开展接待活动\n• 常委会召开主任会议\n• 区人大常委会开展执法检查\n", "")) {
            Report r = ingest("重庆市巴南区人大常委会　　首页 | 人大要闻 | 区县动态 | 工作报告\n" + column + report);
            assertEquals("区人民代表大会常务委员会工作报告", r.metadata().title(), column);
            assertNull(r.metadata().speaker(), column);
            assertEquals("巴南区", r.metadata().placeName(), "the site's name over its menu names the report's place");
            assertTrue(r.metadata().headerLines().stream().noneMatch(l -> l.contains("·") || l.contains("动态")),
                    r.metadata().headerLines().toString());
            assertTrue(text(r).startsWith("各位代表："), text(r));
        }
        // a site's list of its columns beside the text, under its heading, and its hot news under the text
        Report columns = ingest("张掖市甘州区人大常委会\n首页 | 人大概况 | 新闻动态 | 常委会工作\n当前位置：首页 > 常委会工作 > 工作报告 > 正文\n"
                + "栏目导航\n工作报告\n审议意见\n执法检查\n" + report.replace("当前位置：首页 > 工作报告\n\n", "")
                + "热点信息\n· 区第十八届人民代表大会第四次会议胜利闭幕\n· 区人大常委会召开第十六次会议\n");
        assertEquals("区人民代表大会常务委员会工作报告", columns.metadata().title());
        assertTrue(columns.metadata().headerLines().stream().noneMatch(l -> l.contains("审议意见") || l.contains("甘州")),
                columns.metadata().headerLines().toString());
        assertTrue(text(columns).endsWith("一年来，区人大常委会依法履职。"), text(columns));
        // a report's own title over a bulleted summary and its delivery line keeps its title
        Report summary = ingest("区人民代表大会常务委员会工作报告\n要点\n· 听取审议专项工作报告13项\n· 开展执法检查2项\n"
                + "——2020年5月26日在重庆市巴南区第十八届人民代表大会第六次会议上\n各位代表：\n一年来，区人大常委会依法履职。\n");
        assertEquals("区人民代表大会常务委员会工作报告", summary.metadata().title());
    }

    @Test
    void aGazettesOpinionAmongTheResolutionsAndListsItsSessionAdoptedIsTheReport() throws Exception {
        String resolution = "湖州市人民代表大会常务委员会关于批准2018年市级财政决算的决议\n"
                + "（2019年8月28日湖州市第八届人民代表大会常务委员会第二十一次会议通过）\n"
                + "湖州市第八届人民代表大会常务委员会第二十一次会议听取和审议了市人民政府关于2018年市级财政决算的报告，决定批准。\n— 1 —\n";
        String opinion = "湖州市人民代表大会常务委员会关于市人民政府美丽乡村建设情况报告的审议意见\n市人民政府：\n"
                + "2019年8月28日，市八届人大常委会第二十一次会议听取和审议了市人民政府关于美丽乡村建设情况的报告。现将审议意见归纳如下：\n"
                + "一、主要成效\n全市建成美丽乡村精品村120个。\n二、意见和建议\n（一）加强规划引领。\n"
                + "以上意见，请市人民政府认真研究处理。\n湖州市人民代表大会常务委员会\n2019年9月5日\n— 2 —\n";
        String list = "湖州市人民代表大会常务委员会任免名单\n（2019年8月28日湖州市第八届人民代表大会常务委员会第二十一次会议通过）\n"
                + "任命：\n张建国为湖州市人民政府秘书长。\n";
        Report r = ingest("湖州市人民代表大会常务委员会公报\n2019年第4号\n" + resolution + opinion + list);
        assertEquals("湖州市人民代表大会常务委员会关于市人民政府美丽乡村建设情况报告的审议意见", r.metadata().title());
        assertFalse(text(r).contains("决定批准"), text(r));
        assertFalse(text(r).contains("张建国"), text(r));
        assertTrue(text(r).contains("以上意见，请市人民政府认真研究处理。"), text(r));
        assertEquals(7, r.removals().stream().filter(x -> x.reason() == RemovalReason.OTHER_ARTICLE).count());
        // two documents sent, with nothing to say which the copy is of: nothing is taken off
        Report two = ingest(resolution + opinion + opinion.replace("美丽乡村建设", "文化旅游发展"));
        assertTrue(two.removals().stream().noneMatch(x -> x.reason() == RemovalReason.OTHER_ARTICLE));
        assertTrue(text(two).contains("文化旅游发展"), text(two));
    }

    @Test
    void aBlogPostsTimeTagsAndCommentBoxAreThePagesAndATownshipsGuideNamesItsCounty() throws Exception {
        String post = "樓建平的博客\n首頁 博文目錄 圖片 關於我\n佛堂鎮人民代表大會主席團工作報告 (2010-03-05 15:22:18)\n轉載▼\n"
                + "標籤：佛堂 人大 雜談   分類：工作文稿\n——2010年2月26日在佛堂鎮第十五屆人民代表大會第四次會議上\n鎮人大主席  樓建平\n"
                + "各位代表：\n現在，我代表鎮人大主席團向大會報告工作，請予審議。\n"
                + "2009年，鎮人大主席團在鎮黨委的領導下，在義烏市人大常委會的指導下，認真履行法定職責。\n"
                + "閱讀(235) 評論(0) 收藏 轉載 喜歡▼ 打印\n評論\n發評論\n";
        Report r = ingest(post);
        assertEquals("佛堂鎮人民代表大會主席團工作報告", r.metadata().title());
        assertTrue(r.removals().stream().anyMatch(x -> x.text().equals("(2010-03-05 15:22:18)")), r.removals().toString());
        assertTrue(r.metadata().headerLines().stream().noneMatch(l -> l.contains("標籤")), r.metadata().headerLines().toString());
        assertTrue(text(r).endsWith("認真履行法定職責。"), text(r));
        assertEquals("佛堂鎮", r.metadata().placeName());
        assertEquals("金华市", r.metadata().city(), "the county whose congress guides the presidium is 义乌市, in 金华市");
        Report joined = ingest(post.replace("在鎮黨委的領導下，在義烏市人大常委會的指導下", "在鎮黨委的堅強領導和義烏市人大常委會的精心指導下"));
        assertEquals("金华市", joined.metadata().city());
        // a guide named by its level alone names no county (和县 inside 领导和县人大常委会 is none)
        Report level = ingest(post.replace("在鎮黨委的領導下，在義烏市人大常委會的指導下", "在鎮黨委領導和縣人大常委會的指導下"));
        assertNull(level.metadata().city());
    }

    @Test
    void aJournalsAYearbooksOrAnAnthologysNameOverItsPagesIsThePublication() throws Exception {
        String report = "关于本市生活垃圾分类实效巩固情况的调研报告\n上海市人大常委会城市建设环境保护委员会\n"
                + "今年以来，城建环保委围绕生活垃圾分类实效巩固开展专题调研。\n一、基本情况\n全市生活垃圾分类达标率保持在95%以上。\n";
        for (String[] page : new String[][] {{"上海人大月刊  2023年第8期\n", "上海人大月刊"},
                {"上海人大月刊 2023.08 ｜ 15\n", "上海人大月刊"}, {"鄂托克旗年鉴·2009\n", "鄂托克旗年鉴"},
                {"海南人大工作文集（2003）\n", "海南人大工作文集"}}) {
            Report r = ingest(page[0] + report);
            assertEquals(page[1], r.metadata().publication() == null ? null : r.metadata().publication().source(), page[0]);
            assertEquals("关于本市生活垃圾分类实效巩固情况的调研报告", r.metadata().title());
        }
        // a title that names a yearbook is no masthead
        assertNull(ingest("关于编纂《上海年鉴》情况的汇报\n各位委员：\n现将年鉴编纂情况汇报如下。\n").metadata().publication());
    }

    @Test
    void aDocumentSitesFactsAndSummaryOfAFileAreThePagesAndTheFilesOwnTitleBlockIsTheReports() throws Exception {
        Report r = ingest("道客巴巴\n首页 | 文档分类 | 会员中心 | 上传文档\n关于全县农村饮水安全工作情况的视察报告\n"
                + "文档格式：.doc | 页数：3 | 浏览次数：27 | 上传日期：2014-06-12 08:35:22 | 文档星级：★★★☆☆\n"
                + "内容提示：关于全县农村饮水安全工作情况的视察报告 会宁县人大常委会视察组 （2014年5月28日） 根据县人大常委会2014年工作要点安排，"
                + "5月中旬，县人大常委会组织视察。视察组深入7个乡镇，实地察看了...\n下载积分：800  |  收藏  |  分享\n"
                + "关于全县农村饮水安全工作情况的视察报告\n会宁县人大常委会视察组\n（2014年5月28日）\n"
                + "根据县人大常委会2014年工作要点安排，5月中旬，县人大常委会组织视察。\n一、基本情况\n全县建成三大供水片区。\n");
        assertEquals("关于全县农村饮水安全工作情况的视察报告", r.metadata().title());
        assertEquals(LocalDate.of(2014, 5, 28), r.metadata().date());
        assertEquals(List.of("一、基本情况"), r.headings().stream().map(h -> h.text()).toList());
        assertTrue(text(r).startsWith("根据县人大常委会2014年工作要点安排"), text(r));
        assertEquals(2, r.removals().stream().filter(x -> x.reason() == RemovalReason.SITE_UI).count(), r.removals().toString());
    }

    @Test
    void aBilingualPagesLinesAreReadByTheirChineseWords() throws Exception {
        Report r = ingest("发布时间 ئېلان قىلىنغان ۋاقىت：2016-01-11　　来源 مەنبە：伊宁市人大常委会　　浏览 كۆرۈلۈشى：612\n"
                + "伊宁市人民代表大会常务委员会工作报告\n——2016年1月8日在伊宁市第十七届人民代表大会第五次会议上\n" + BODY);
        assertEquals("伊宁市人大常委会", r.metadata().publication().source());
        assertEquals("2016-01-11", r.metadata().publication().date());
        assertEquals("来源：延边日报", OtherScripts.strip("출처：연변일보　来源：延边日报"));
        assertEquals("ᠰᠢᠯᠢ ᠶᠢᠨ ᠬᠣᠲᠠ", OtherScripts.strip("ᠰᠢᠯᠢ ᠶᠢᠨ ᠬᠣᠲᠠ"), "a line in another script only stays as it is");
        assertEquals("锡林浩特发布 2021-01-23 17:46", OtherScripts.strip("锡林浩特发布 ᠰᠢᠯᠢ ᠶᠢᠨ ᠬᠣᠲᠠ 2021-01-23 17:46")
                .replaceAll("\\s+", " "));
    }

    @Test
    void threadsWhosePostsShowNoFloorsWordsOrTheirFloorsUnderTheirText() throws Exception {
        String title = "长海县人民代表大会常务委员会工作报告\n——2009年2月18日在长海县第十五届人民代表大会第三次会议上\n";
        // a board's copy that lost its floors' words: each post under its author's name and its time
        Report board = ingest("长海论坛 » 长海新闻 » [转帖] 长海县人大常委会工作报告\n海岛渔夫\n发表于 2009-3-2 09:41 | 只看该作者\n"
                + title + BODY + "回复 引用 举报\n海风吹\n发表于 2009-3-2 10:27 | 只看该作者\n顶一个，楼主辛苦了\n"
                + "回复 引用 举报\n快速回复 返回顶部 返回列表\n");
        assertTrue(text(board).endsWith("听取和审议专项工作报告十二个。"), text(board));
        assertTrue(board.headings().isEmpty(), board.headings().toString());
        // a tieba's thread: the page's title, its buttons, and each post's floor and time under its text
        String tieba = "长海县人大常委会工作报告【转】_长海吧_百度贴吧\n只看楼主　　收藏　　回复\n海岛渔夫\n" + title + BODY
                + "1楼2009-03-05 10:12\n回复\n海风吹\n支持，人大工作越来越实了\n2楼2009-03-05 11:30\n回复\n登录百度帐号\n";
        Report posts = ingest(tieba);
        assertTrue(text(posts).endsWith("听取和审议专项工作报告十二个。"), text(posts));
        assertEquals(2, posts.removals().stream().filter(x -> x.reason() == RemovalReason.NAVIGATION && x.line() <= 2).count());
        assertEquals("长海县人民代表大会常务委员会工作报告", posts.metadata().title());
        // the starter going on under their own name, in the next floor
        Report goesOn = ingest(tieba.replace("海风吹\n支持，人大工作越来越实了\n", "海岛渔夫\n以上报告，请予审议。\n"));
        assertTrue(text(goesOn).endsWith("以上报告，请予审议。"), text(goesOn));
    }

    @Test
    void aTiebasStarterWhoseReportGoesOnOverFloorsWithAReplyBetweenKeepsAllOfItAndOnlyItsText() throws Exception {
        String title = "长海县人民代表大会常务委员会工作报告\n——2009年2月18日在长海县第十五届人民代表大会第三次会议上\n";
        String page = "长海吧-百度贴吧\n百度贴吧　　进入贴吧　全吧搜索\n长海吧　　关注：5,318　　贴子：31,406\n看贴　图片　精品　视频\n"
                + "长海县人大常委会工作报告全文\n只看楼主　　收藏　　回复\n海岛渔夫\n楼主\n今天开人代会，把报告敲上来，分几楼发。\n"
                + "1楼　2009-02-18 21:30\n海岛渔夫\n楼主\n" + title + BODY + "2楼　2009-02-18 21:36　来自Android客户端\n海风吹\n"
                + "沙发！坐等后面几楼\n3楼　2009-02-18 21:38　来自iPhone客户端\n海岛渔夫\n楼主\n二、今年的主要任务\n"
                + "今年，常委会将继续依法履职，为建设海岛强县贡献力量。\n4楼　2009-02-18 21:45　来自Android客户端\n收起回复\n"
                + "海风吹：楼主是代表吗？\n2009-02-18 21:50　回复\n小岛人\n支持\n5楼　2009-02-19 08:17\n回复\n发表回复\n";
        Report r = ingest(page);
        assertEquals("长海县人民代表大会常务委员会工作报告", r.metadata().title());
        assertTrue(text(r).contains("听取和审议专项工作报告十二个。"), text(r));
        assertTrue(text(r).endsWith("今年，常委会将继续依法履职，为建设海岛强县贡献力量。"), text(r));
        for (String reply : List.of("沙发！坐等后面几楼", "海风吹：楼主是代表吗？", "支持")) {
            assertTrue(r.removals().stream().anyMatch(x -> x.reason() == RemovalReason.FORUM_REPLY && x.text().equals(reply)),
                    reply + " " + r.removals());
        }
        assertFalse(text(r).contains("海岛渔夫") || text(r).contains("楼主"), text(r));
    }

    @Test
    void aTitleOverTwoLinesWhoseSecondIsNoTitleAloneKeepsItsFirstUnderAHeadlineInABox() throws Exception {
        Report r = ingest("桂林人大网　　　　2011年7月4日\n当前位置：首页 -> 县区人大 -> 龙胜\n"
                + "┌──────────────────────────┐\n│关于《龙胜各族自治县龙脊梯田保护条例（草案）》的说明　│\n"
                + "│文章来源：龙胜各族自治县人大常委会　　点击数：341　│\n└──────────────────────────┘\n\n"
                + "关于《龙胜各族自治县龙脊梯田保护条例\n（草案）》的说明\n——2011年6月28日在龙胜各族自治县第十四届人民代表大会\n"
                + "常务委员会第二十七次会议上\n县人大常委会副主任　粟　平\n主任、各位副主任、各位委员：\n"
                + "受县人大常委会主任会议委托，现就《龙胜各族自治县龙脊梯田保护条例（草案）》作如下说明。\n");
        assertEquals("关于《龙胜各族自治县龙脊梯田保护条例（草案）》的说明", r.metadata().title());
        assertEquals("粟平", r.metadata().speaker().replace("　", "").replace(" ", ""));
        assertTrue(r.removals().stream().noneMatch(x -> x.text().equals("关于《龙胜各族自治县龙脊梯田保护条例")), r.removals().toString());
    }

    @Test
    void aBoardThatNumbersItsFloorsAfterAHashMarksTheRepliesAndItsFooterIsTheBoards() throws Exception {
        Report r = ingest("香港討論區 » 時事台 » [轉貼] 長海縣人大常委會工作報告\n"
                + "樓主 | 飛雲江畔 | 發表於 2016-1-14 23:18 | 只看該作者\n長海縣人民代表大會常務委員會工作報告\n"
                + "——2016年1月12日在長海縣第十五屆人民代表大會第五次會議上\n各位代表：\n現在，我代表縣人大常委會向大會報告工作，請予審議。\n"
                + "一年來，常委會依法履職，聽取和審議專項工作報告十二個。\n回覆　引用　舉報　TOP\n"
                + "#2 | 港島K仔 | 發表於 2016-1-15 00:05 | 只看該作者\n長知識。\n#3 | 飛雲江畔 | 發表於 2016-1-15 09:10 | 只看該作者\n"
                + "多謝支持。\n快速回復主題　　[完成後可按 Ctrl+Enter 發佈]\n您需要登錄後才可以回帖　登錄 | 註冊\n"
                + "聯繫我們 - 香港討論區 - Archiver - WAP\nGMT+8, 2016-1-16 10:02\n");
        assertTrue(text(r).endsWith("一年來，常委會依法履職，聽取和審議專項工作報告十二個。"), text(r));
        assertTrue(r.removals().stream().anyMatch(x -> x.reason() == RemovalReason.FORUM_REPLY && x.text().equals("長知識。")),
                r.removals().toString());
        assertEquals(4, r.removals().stream().filter(x -> x.reason() == RemovalReason.SITE_UI).count(), r.removals().toString());
    }

    @Test
    void threadsWhosePostsAuthorAndTimeStandUnderTheirFloorsWordOrWithoutOne() throws Exception {
        String title = "长海县人民代表大会常务委员会工作报告\n——2009年2月18日在长海县第十五届人民代表大会第三次会议上\n";
        String thread = "长海论坛 » 时政要闻 » 查看帖子\n楼主：海岛渔夫　发表于 2009-3-2 09:41　只看该作者\n" + title + BODY
                + "回复　引用　TOP\n沙发\n海风吹　发表于 2009-3-2 10:27\n支持，人大工作越来越实了\n板凳\n海岛渔夫　发表于 2009-3-2 10:40\n"
                + "谢谢支持。\n";
        for (String copy : List.of(thread, thread.replace("楼主：海岛渔夫", "楼主\n海岛渔夫"),
                thread.replace("楼主：海岛渔夫", "海岛渔夫").replace("沙发\n", "").replace("板凳\n", ""))) {
            Report r = ingest(copy);
            assertTrue(text(r).endsWith("听取和审议专项工作报告十二个。"), text(r));
            assertEquals("长海县人民代表大会常务委员会工作报告", r.metadata().title());
            assertTrue(r.removals().stream().anyMatch(x -> x.reason() == RemovalReason.FORUM_REPLY
                    && x.text().equals("支持，人大工作越来越实了")), r.removals().toString());
            assertTrue(r.removals().stream().anyMatch(x -> x.reason() == RemovalReason.FORUM_REPLY
                    && x.text().equals("谢谢支持。")), "everything after the first reply is the replies'");
        }
        // the starter going on with the report after a reply ((接上) / its next items) is the report's, a short answer a reply
        Report goesOn = ingest(thread.replace("谢谢支持。\n", "（接上）\n二、今年的主要任务\n今年，常委会将继续依法履职，为建设海岛强县贡献力量。\n"
                + "回复　引用　TOP\n地板\n小岛人　发表于 2009-3-2 11:00\n顶\n5楼\n海岛渔夫　发表于 2009-3-2 11:30\n谢谢支持。\n"
                + "6楼\n海岛渔夫　发表于 2009-3-2 11:40\n1、谢谢楼上支持！2、报告就这些，欢迎讨论。\n"));
        assertTrue(text(goesOn).endsWith("今年，常委会将继续依法履职，为建设海岛强县贡献力量。"), text(goesOn));
        assertTrue(goesOn.removals().stream().anyMatch(x -> x.reason() == RemovalReason.FORUM_REPLY && x.text().equals("谢谢支持。")),
                goesOn.removals().toString());
        assertTrue(goesOn.removals().stream().anyMatch(x -> x.reason() == RemovalReason.COMMENTS && x.text().equals("（接上）")),
                goesOn.removals().toString());
        // a site's publishing line without a floor is no post: the lines under the text are read by the page's rules
        Report site = ingest("长海县人大常委会办公室　发布于 2009-3-2 09:41\n" + title + BODY
                + "县人大办　发布于 2009-3-3 08:00\n");
        assertTrue(text(site).endsWith("听取和审议专项工作报告十二个。"), text(site));
        assertEquals(0, site.removals().stream().filter(x -> x.reason() == RemovalReason.FORUM_REPLY).count());
    }

    @Test
    void aRepostsHeadlineAndThePostersWordsAboveTheReportsOwnTitleBlock() throws Exception {
        Report r = ingest("[轉貼] 石獅市人民代表大會常務委員會工作報告\n發表人：蚶江囝仔　　發表日期：101/02/15 下午 09:37\n"
                + "家父是石獅人，每年都會留意家鄉的「兩會」消息，這篇報告小弟轉成正體字貼上來給鄉親參考。\n"
                + "石獅市人民代表大會常務委員會工作報告\n——2012年1月5日在石獅市第七屆人民代表大會第一次會議上\n市人大常委會主任　蔡文山\n"
                + "各位代表：\n現在，我代表市人大常委會向大會報告工作，請予審議。\n回應 #1　　阿嬤的灶腳　　101/02/16 上午 08:12\n"
                + "感謝分享！海邊真的乾淨不少。\n");
        assertEquals("石獅市人民代表大會常務委員會工作報告", r.metadata().title());
        assertEquals(LocalDate.of(2012, 1, 5), r.metadata().date());
        assertEquals("蔡文山", r.metadata().speaker());
        assertFalse(text(r).contains("小弟") || text(r).contains("感謝分享"), text(r));
        assertEquals(2, r.removals().stream().filter(x -> x.reason() == RemovalReason.FORUM_REPLY).count());
        // a headline over the report's own title block, with no words between, is its title
        Report plain = ingest("【转载】勉县人民代表大会常务委员会工作报告\n——2019年1月8日在勉县第十八届人民代表大会第四次会议上\n" + BODY);
        assertEquals("勉县人民代表大会常务委员会工作报告", plain.metadata().title());
        assertEquals(LocalDate.of(2019, 1, 8), plain.metadata().date());
    }

    @Test
    void aSitesNameAndThePagesHeadlineOverItsBreadcrumbAreThePagesNotTheTitleBlock() throws Exception {
        Report r = ingest("德清县人大常委会\n当前位置：首页 > 大会文件\n发布日期：2024-02-01　来源：县人大办\n"
                + "德清县人民代表大会常务委员会工作报告\n——2024年1月24日在德清县第十七届人民代表大会第四次会议上\n"
                + "县人大常委会主任　沈　跃\n" + BODY);
        assertEquals("德清县人民代表大会常务委员会工作报告", r.metadata().title());
        assertFalse(r.metadata().headerLines().contains("德清县人大常委会"), r.metadata().headerLines().toString());
        assertTrue(r.removals().stream().anyMatch(x -> x.line() == 1 && x.reason() == RemovalReason.NAVIGATION),
                r.removals().toString());
        Report news = ingest("德清县人大常委会通过决议　推进全域美丽河湖建设\n2023-09-01 10:26　来源：德清新闻网\n"
                + "德清县人民代表大会常务委员会关于推进全域美丽河湖建设的决议\n（2023年8月29日德清县第十七届人民代表大会常务委员会第十三次会议通过）\n"
                + "为了推进全域美丽河湖建设，结合本县实际，作出如下决议：\n一、提高思想认识。各级人民政府要把美丽河湖建设摆在突出位置。\n");
        assertEquals("德清县人民代表大会常务委员会关于推进全域美丽河湖建设的决议", news.metadata().title());
        assertTrue(news.removals().stream().anyMatch(x -> x.line() == 1 && x.reason() == RemovalReason.PUBLICATION),
                news.removals().toString());
        // the site's name over its menu; a post's headline over its account's line and the title set again
        Report menu = ingest("德清县人民代表大会常务委员会\n首页　人大概况　常委会会议　监督工作　代表工作\n"
                + "在县十七届人大常委会第十五次会议上的讲话\n（2023年12月26日）\n县人大常委会主任　沈　跃\n"
                + "各位副主任、各位委员：\n本次会议圆满完成了各项议程。\n");
        assertEquals(List.of("（2023年12月26日）", "县人大常委会主任 沈跃"), menu.metadata().headerLines().stream()
                .filter(h -> !h.equals(menu.metadata().title())).toList());
        Report post = ingest("德清县人民代表大会常务委员会工作报告\n原创　德清人大　德清人大　2024-01-30 18:20　发表于浙江\n\n"
                + "德清县人民代表大会常务委员会工作报告\n——2024年1月24日在德清县第十七届人民代表大会第四次会议上\n" + BODY);
        assertEquals("德清县人民代表大会常务委员会工作报告", post.metadata().title());
        assertEquals(List.of("——2024年1月24日在德清县第十七届人民代表大会第四次会议上"), post.metadata().headerLines());
        // a post's headline in its own words over the account's byline and the report's title block
        Report column = ingest("权威发布丨市人大常委会工作报告\n原创　阜阳人大　阜阳人大　2026-01-20 21:05　安徽\n\n"
                + "阜阳市人民代表大会常务委员会工作报告\n——2026年1月15日在阜阳市第六届人民代表大会第五次会议上\n【大】【中】【小】\n"
                + BODY + "（撰稿：王强）\n【免责声明】本文仅代表作者观点，与本客户端无关。\n");
        assertEquals("阜阳市人民代表大会常务委员会工作报告", column.metadata().title());
        assertEquals(List.of("——2026年1月15日在阜阳市第六届人民代表大会第五次会议上"), column.metadata().headerLines());
        assertFalse(text(column).contains("撰稿") || text(column).contains("免责声明"), text(column));
        // a document's own issuer over its number and title is its header: no page's line comes between
        Report issued = ingest("德清县人民代表大会常务委员会\n德人常〔2023〕12号\n"
                + "德清县人民代表大会常务委员会关于推进全域美丽河湖建设的决议\n为了推进全域美丽河湖建设，作出如下决议：\n"
                + "一、提高思想认识。各级人民政府要把美丽河湖建设摆在突出位置。\n");
        assertTrue(issued.metadata().headerLines().contains("德清县人民代表大会常务委员会"),
                issued.metadata().headerLines().toString());
    }

    @Test
    void anAdvertisementUnderItsLabelIsThePagesAndAHeadingUnderALabelAloneIsTheTexts() throws Exception {
        String text = "湘潭市人民代表大会常务委员会工作报告\n——2020年1月6日在湘潭市第十五届人民代表大会第五次会议上\n各位代表：\n"
                + "　　常委会围绕园区发展开展专题询问。\n广告\n%s\n　　常委会加强对“一府一委两院”工作的监督。\n";
        Report ad = ingest(String.format(text, "湘潭·万达广场　旺铺火热招商中\n招商热线：0731-58888888"));
        assertEquals(3, ad.removals().stream().filter(x -> x.reason() == RemovalReason.ADVERTISING).count(),
                ad.removals().toString());
        Report heading = ingest(String.format(text, "过去一年工作回顾"));
        assertTrue(heading.body().stream().anyMatch(b -> b.text().equals("过去一年工作回顾")), heading.body().toString());
    }

    @Test
    void aScansSpacedTitleHeadingsAndMisreadDay() throws Exception {
        // a scan's lines are as wide as its column: 24 characters
        String year = "二〇〇八年，是我市经受严峻考验、取得显著成绩的一年。面对年初罕见的低温雨雪冰冻灾害和下半年国际金融危机的影响，市人大"
                + "常委会在市委的正确领导下，依法履行各项职权，全年共召开常委会会议七次、主任会议十五次，听取和审议专项工作报告十六个，开展执法"
                + "检查三次，作出决议决定九项，任免国家机关工作人员五十三人次，圆满完成了市七届人大二次会议确定的各项任务。常委会坚持围绕中心、"
                + "服务大局，把监督的重点放在事关全市改革发展稳定的重大问题和人民群众普遍关心的热点难点问题上，增强了监督实效。";
        StringBuilder wrapped = new StringBuilder();
        for (int i = 0; i < year.length(); i += 24) {
            wrapped.append(year, i, Math.min(year.length(), i + 24)).append('\n');
        }
        Report r = ingest("洪 湖 市 人 民 代 表 大 会 常 务 委 员 会\n工 作 报 告\n（2009年1月12曰在洪湖市第七届人民代表大会第三次会议上）\n"
                + "各位代表：\n现在，我受市人大常委会委托，向大会报告工作，请予审\n议。\n一 、 2 0 0 8 年 工 作 回 顾\n" + wrapped
                + "以上报告，请予审议\n谢谢！\n");
        assertEquals("洪湖市人民代表大会常务委员会工作报告", r.metadata().title());
        assertEquals(LocalDate.of(2009, 1, 12), r.metadata().date());
        assertTrue(text(r).contains("请予审议。"), "a sentence's end left alone on a line is joined: " + text(r));
        assertTrue(text(r).contains("以上报告，请予审议\n谢谢！"), "a short line and its thanks are lines of their own: " + text(r));
        assertTrue(text(r).contains("确定的各项任务。"), text(r));
        Block heading = r.body().stream().filter(b -> b.text().startsWith("一 、")).findFirst().orElseThrow();
        assertTrue(heading instanceof Heading, "a spaced heading is a heading, as written: " + heading);
    }

    @Test
    void aCopyThatNumbersItsLinesIsReadWithoutTheNumbers() throws Exception {
        StringBuilder sb = new StringBuilder();
        String[] lines = ("关于《重庆市渝中区人民代表大会常务委员会讨论决定重大事项的规定（修订草案）》的说明\n"
                + "——2016年4月26日在区十七届人大常委会第二十六次会议上\n区人大常委会副主任　冉启明\n主任、各位副主任、各位委员：\n"
                + "受主任会议委托，现就修订草案作如下说明。\n一、修订的必要性\n现行规定于2006年制定，对规范决定权发挥了积极作用。\n"
                + "二、修订的过程\n今年1月，主任会议决定启动修订工作。\n以上说明，请予审议。").split("\n");
        for (int i = 0; i < lines.length; i++) {
            sb.append(String.format("%2d  %s%n", i + 1, lines[i]));
        }
        Report r = ingest(sb.toString());
        assertEquals("区人大常委会副主任", r.metadata().office());
        assertEquals("explanation", r.metadata().kind().code());
        assertTrue(text(r).startsWith("主任、各位副主任、各位委员："), text(r));
        assertEquals(lines.length, r.removals().stream().filter(x -> x.reason() == RemovalReason.LINE_NUMBER).count());
        assertEquals(0, org.reportarchive.model.Removal.strippedLines(r.removals()), "a line number strips no text");
        // lines that happen to start with a number, in a text that does not number its lines, keep it
        Report years = ingest("勉县人民代表大会常务委员会工作报告\n各位代表：\n2018 年，常委会依法履职。\n2019 年，常委会将继续努力。\n");
        assertTrue(text(years).contains("2018 年，常委会依法履职。"), text(years));
        assertFalse(LineNumbers.isNumbered(new String[] {"1  一", "2  二", "5  三", "9  四", "3  五", "8  六", "4  七",
            "7  八", "6  九"}), "numbers out of order are not a numbering");
    }

    @Test
    void anAppsLeadGivesTheDayWithoutItsYearAndThePostSaysWhichYear() throws Exception {
        String lead = "新湖南客户端　2023-01-11 20:46　　来源：宁远县融媒体中心\n【导读】1月10日上午，宁远县第十八届人民代表大会第二次会议"
                + "举行第二次全体会议。县人大常委会主任欧阳春华受县人大常委会委托，向大会作工作报告。\n宁远县人民代表大会常务委员会工作报告\n"
                + BODY;
        Report r = ingest(lead);
        assertEquals(LocalDate.of(2023, 1, 10), r.metadata().date());
        assertEquals("欧阳春华", r.metadata().speaker());
        assertEquals(18, r.metadata().congress());
        // a post long after the day does not say which year it was
        Report late = ingest(lead.replace("2023-01-11", "2023-06-11"));
        assertNull(late.metadata().date());
        assertEquals(LocalDate.of(2023, 1, 10), EditorsNotes.recentDay("1月10日上午，举行第二次全体会议", LocalDate.of(2023, 1, 11)));
        assertEquals(LocalDate.of(2022, 12, 30), EditorsNotes.recentDay("12月30日，会议闭幕", LocalDate.of(2023, 1, 3)));
        assertNull(EditorsNotes.recentDay("2021年1月10日上午", LocalDate.of(2023, 1, 11)), "a day with its year is read as such");
        // a speech's day under its title, without its year, in the paper of the day after
        String paper = "西藏日报　2024年1月13日　星期六　第02版：要闻\n\n在西藏自治区第十二届人民代表大会第二次会议闭幕会上的讲话\n（1月12日）\n"
                + "自治区人大常委会主任　扎西平措\n\n各位代表：\n西藏自治区第十二届人民代表大会第二次会议，圆满完成了各项议程。\n";
        Report speech = ingest(paper);
        assertEquals(LocalDate.of(2024, 1, 12), speech.metadata().date());
        assertTrue(speech.warnings().stream().noneMatch(w -> w.startsWith("date:")), speech.warnings().toString());
        Report reprinted = ingest(paper.replace("2024年1月13日", "2024年3月13日"));
        assertNull(reprinted.metadata().date(), "a paper weeks later does not say which year's day it was");
        assertNull(reprinted.metadata().year());
        // in a journal's issue, whose masthead names it: the issue's year, when the issue may print that year's day
        String journal = paper.replace("西藏日报　2024年1月13日　星期六　第02版：要闻", "《西藏人大》　2024年第1期");
        Report inIssue = ingest(journal);
        assertEquals(LocalDate.of(2024, 1, 12), inIssue.metadata().date());
        assertEquals("西藏人大", inIssue.metadata().publication().source());
        assertTrue(inIssue.removals().stream().anyMatch(x -> x.line() == 1 && x.reason() == RemovalReason.PUBLICATION),
                inIssue.removals().toString());
        assertEquals(LocalDate.of(2023, 12, 28), ingest(journal.replace("《西藏人大》　2024年第1期", "人民之声杂志 2023年第12期")
                .replace("（1月12日）", "（12月28日）")).metadata().date());
        Report yearBefore = ingest(journal.replace("（1月12日）", "（12月28日）"));
        assertNull(yearBefore.metadata().date(), "issue 1 of 2024 may print a day of December 2023");
        assertNull(yearBefore.metadata().year());
        assertEquals(1, yearBefore.warnings().stream().filter(w -> w.startsWith("date:")).count(), yearBefore.warnings().toString());
        assertTrue(yearBefore.warnings().stream().anyMatch(w -> w.contains("2024年第1期")), yearBefore.warnings().toString());
        assertNull(EditorsNotes.dayInIssue("（1月9日至12日）", 2024, 1), "a span of days is no single day");
        // journals the text lists are the text's: they neither date it nor publish it
        Report cited = ingest(paper.replace("西藏日报　2024年1月13日　星期六　第02版：要闻\n\n", "")
                .replace("圆满完成了各项议程。\n", "圆满完成了各项议程。\n相关经验先后在以下刊物刊发：\n《中国人大》　2017年第5期\n"
                        + "《人民之声》　2018年第3期\n各位代表要认真宣传贯彻本次会议精神。\n"));
        assertNull(cited.metadata().date());
        assertNull(cited.metadata().publication());
        assertTrue(cited.paragraphs().stream().anyMatch(x -> x.text().equals("《中国人大》　2017年第5期")),
                cited.paragraphs().toString());
    }

    @Test
    void aPostsBylineWithItsDayFirst() {
        List<org.reportarchive.model.Removal> ui = new java.util.ArrayList<>();
        var p = PublicationLine.parse(List.of(new org.reportarchive.model.Removal(2, RemovalReason.PUBLICATION,
                "2016-01-22　五指山人大　五指山人大")), ui);
        assertEquals("五指山人大", p.source());
        assertEquals("2016-01-22", p.date());
        var counted = PublicationLine.parse(List.of(new org.reportarchive.model.Removal(2, RemovalReason.PUBLICATION,
                "新湖南客户端　2023-01-11 20:46　　来源：宁远县融媒体中心　　阅读 1.2万")), ui);
        assertEquals("新湖南客户端　2023-01-11 20:46　来源：宁远县融媒体中心", counted.line(), "a counter without its colon");
        assertFalse(BoilerplateRules.defaults().classify("2024-01-25 更新", false)
                .filter(x -> x == RemovalReason.PUBLICATION).isPresent(), "更新 is no account");
    }

    @Test
    void notesWhoseHeadingRunsIntoTheFirstNote() throws Exception {
        Report r = ingest("东莞市人民代表大会常务委员会工作报告\n" + BODY + "注：①“721工作法”：指70%的问题用服务手段解决。\n"
                + "②“一网统管”：指城市运行管理的统一平台。\n");
        assertEquals("注：", r.footnoteTitle());
        assertEquals(2, r.footnotes().size());
        assertEquals("“721工作法”", r.footnotes().get(0).term());
        Report bracketed = ingest("东莞市人民代表大会常务委员会工作报告\n" + BODY + "注释：\n[1] 专题询问：指常委会会议审议专项工作报告时的询问。\n"
                + "[2] 代表工作室：指依托街道设立的代表活动场所。\n");
        assertEquals(2, bracketed.footnotes().size());
    }

    @Test
    void aPdfsRunningHeadThatReadsAsATitleIsThePagesWhenTheDocumentHasATitleUnderIt() throws Exception {
        String head = "西宁市人大常委会　　　　　　　　　　　　调研报告\n";
        Report r = ingest(head + "关于全市农村饮水安全工程建设管理情况的调研报告\n西宁市人大常委会调研组\n"
                + "　　按照市人大常委会2011年工作要点安排，调研组对全市农村饮水安全工程进行了调研。\n　　一、基本情况\n"
                + "　　全市建成农村饮水安全工程386处，解决了58.6万农村人口的饮水\n　　　　　　　第 1 页 共 2 页\n" + head
                + "安全问题。\n　　二、意见和建议\n　　建议健全工程管护机制。\n　　　　　　　第 2 页 共 2 页\n");
        assertEquals("关于全市农村饮水安全工程建设管理情况的调研报告", r.metadata().title());
        assertEquals(2, r.removals().stream().filter(x -> x.reason() == RemovalReason.RUNNING_HEAD).count());
        // the title repeated as the pages' head stays the title when no other stands under it, an attachment's below
        String title = "邢台市人民代表大会常务委员会工作报告\n";
        Report own = ingest(title + "——2024年1月9日在邢台市第十六届人民代表大会第三次会议上\n各位代表：\n"
                + "　　一年来，常委会依法履职，全年召开常委会会议8次。\n　　　　　　　- 1 -\n" + title
                + "　　各位代表，让我们团结奋进！\n　　　　　　　- 2 -\n" + title + "附件\n关于2023年常委会听取专项工作报告情况的说明\n"
                + "　　常委会听取审议专项工作报告24个。\n　　　　　　　- 3 -\n");
        assertEquals("邢台市人民代表大会常务委员会工作报告", own.metadata().title());
    }

    @Test
    void theSpeakersOfficeAndNameOverTheTitleAreTheTitleBlocks() throws Exception {
        Report r = ingest("大通县人民检察院检察长　马文斌\n2023年度述职报告\n"
                + "（2023年12月20日在大通回族土族自治县第十八届人民代表大会常务委员会第十六次会议上）\n主任、各位副主任、各位委员：\n"
                + "现将本人2023年度履职情况报告如下，请予评议。\n");
        assertEquals("马文斌", r.metadata().speaker());
        assertEquals("大通县人民检察院检察长", r.metadata().office());
        // over a title set on two lines, its first half ending on 的
        Report two = ingest("岐山县人民法院院长　杨志刚\n关于2023年度个人履职情况的\n述职报告\n"
                + "——2024年3月28日在岐山县第十九届人民代表大会常务委员会第十六次会议上\n主任、各位副主任、各位委员：\n"
                + "现将本人2023年度履职情况报告如下，请予评议。\n");
        assertEquals("关于2023年度个人履职情况的述职报告", two.metadata().title());
        assertEquals("杨志刚", two.metadata().speaker());
        assertTrue(two.removals().isEmpty(), two.removals().toString());
    }
}
