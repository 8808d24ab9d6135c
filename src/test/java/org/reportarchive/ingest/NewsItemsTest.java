package org.reportarchive.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportarchive.model.Kind;
import org.reportarchive.model.RemovalReason;
import org.reportarchive.model.Report;

/**
 * News items about a session (a plenary's report on a news site, a paper's item): their headline is their title,
 * their dateline lead opens their text, and a page's sidebar of videos and the comment box under them are the page's.
 */
class NewsItemsTest {

    private static final String PLENARY = "多彩贵州网　　贵州省重点新闻网站　　　　手机版 | 英文版 | 登录\n"
            + "首页 | 新闻 | 时政 | 贵州 | 市州 | 经济 | 文化\n2021贵州两会专题：大会要闻 | 代表风采 | 委员声音 | 图说两会\n"
            + "当前位置：首页 > 专题 > 2021贵州两会 > 大会要闻\n省十三届人大四次会议举行第二次全体会议\n"
            + "2021-01-26 07:10:33　　来源：贵州日报　　作者：杨　柳　　编辑：吴　婷\n分享到：微信　微博　QQ空间\n"
            + "本报讯（记者　杨　柳）1月25日上午，贵州省第十三届人民代表大会第四次会议在贵阳举行第二次全体会议，听取和审议省人大常委会工作报告。\n"
            + "大会执行主席张国明主持会议。会议应出席代表597名，出席580名，出席人数符合法定人数。\n"
            + "受省人大常委会委托，省人大常委会副主任李光荣作省人大常委会工作报告。\n"
            + "报告指出，2020年是极不平凡的一年，省人大常委会依法履职，各项工作取得新进展。\n"
            + "省领导和省有关部门负责同志在主席台就座或列席会议。\n[图片]\n【打印】【关闭】【纠错】\n相关阅读：\n"
            + "· 贵州省第十三届人民代表大会第四次会议开幕（2021-01-25）\n· 省十三届人大四次会议主席团举行第二次会议（2021-01-24）\n"
            + "推荐视频：\n【两会微视频】一图读懂省人大常委会工作报告\n【两会访谈】人大代表谈乡村振兴\n网友评论\n"
            + "请遵守相关法律法规，文明发言。　　已有0条评论\n多彩贵州网版权所有　多彩贵州网有限责任公司主办\n";

    @Test
    void aPlenarysNewsItemIsReadUnderItsHeadlineNotUnderAVideoTitleInTheSidebar() throws Exception {
        Report r = Copies.ingest(PLENARY);
        assertEquals("省十三届人大四次会议举行第二次全体会议", r.metadata().title());
        assertEquals(Kind.OTHER, r.metadata().kind());
        assertEquals("贵州省", r.metadata().placeName());
        assertEquals(LocalDate.of(2021, 1, 25), r.metadata().date());
        assertEquals(13, r.metadata().congress());
        assertEquals(4, r.metadata().session());
        assertNull(r.metadata().speaker());
        assertEquals("贵州日报", r.metadata().publication().source());
        List<String> text = Copies.texts(r);
        assertTrue(text.get(0).startsWith("本报讯（记者　杨　柳）1月25日上午"), text.toString());
        assertEquals("省领导和省有关部门负责同志在主席台就座或列席会议。", text.get(text.size() - 1));
        assertTrue(r.removals().stream().anyMatch(x -> x.reason() == RemovalReason.COMMENTS
                && x.text().startsWith("请遵守相关法律法规")), r.removals().toString());
    }

    @Test
    void aNewsItemThatPrintsADocumentInFullUnderItsLeadIsReadAsThatDocument() throws Exception {
        Report r = Copies.ingest("香港商報網　HKCD.COM\n當前位置：首頁 > 大灣區 > 廣東江門 > 新會\n新會區人代會通過人大常委會工作報告決議\n"
                + "2021-01-18 08:45　　來源：香港商報　　編輯：區嘉敏\n"
                + "【香港商報訊】記者　張偉強　報道：江門市新會區第十六屆人民代表大會第五次會議1月15日下午閉幕。會議表決通過了6項決議。"
                + "其中關於區人大常委會工作報告的決議全文如下：\n[圖片]\n\n"
                + "江門市新會區第十六屆人民代表大會第五次會議關於區人民代表大會常務委員會工作報告的決議\n"
                + "（2021年1月15日江門市新會區第十六屆人民代表大會第五次會議通過）\n"
                + "江門市新會區第十六屆人民代表大會第五次會議聽取和審議了區人大常委會主任李錦華所作的工作報告。會議同意這個報告。\n"
                + "會議號召，全區人民團結奮鬥，為建設美麗新會而努力奮鬥！\n（本文圖片由新會區人大常委會辦公室提供）\n");
        assertEquals("江門市新會區第十六屆人民代表大會第五次會議關於區人民代表大會常務委員會工作報告的決議", r.metadata().title());
        assertEquals(Kind.RESOLUTION, r.metadata().kind());
        assertEquals(LocalDate.of(2021, 1, 15), r.metadata().date());
        assertEquals(16, r.metadata().congress());
        List<String> text = Copies.texts(r);
        assertTrue(text.get(0).startsWith("江門市新會區第十六屆人民代表大會第五次會議聽取和審議了"), text.toString());
        assertEquals("會議號召，全區人民團結奮鬥，為建設美麗新會而努力奮鬥！", text.get(text.size() - 1));
        assertTrue(r.removals().stream().anyMatch(x -> x.reason() == RemovalReason.PUBLICATION
                && x.text().equals("新會區人代會通過人大常委會工作報告決議")), r.removals().toString());
    }

    @Test
    void aResolutionPrintedUnderALeadThatNamesWhoGaveTheReportHasNoSpeakerAndKeepsItsTitlesFirstLine() throws Exception {
        Report r = Copies.ingest("当前位置：首页 > 专题 > 2020垫江两会 > 大会要闻\n县十七届人大四次会议通过关于县人大常委会工作报告的决议\n"
                + "2020-01-20 08:45　　来源：垫江日报　　作者：秦　雪\n"
                + "本报讯（记者　秦　雪）县十七届人大四次会议17日开幕，县人大常委会主任谭明远作县人大常委会工作报告。会议表决通过了关于县人大常委会工作报告的决议，决议全文如下：\n"
                + "垫江县第十七届人民代表大会第四次会议\n关于县人民代表大会常务委员会工作报告的决议\n"
                + "（2020年1月19日垫江县第十七届人民代表大会第四次会议通过）\n"
                + "垫江县第十七届人民代表大会第四次会议听取和审议了县人大常委会主任谭明远所作的工作报告。会议同意这个报告。\n");
        assertEquals("垫江县第十七届人民代表大会第四次会议关于县人民代表大会常务委员会工作报告的决议", r.metadata().title());
        assertEquals(Kind.RESOLUTION, r.metadata().kind());
        assertNull(r.metadata().speaker(), "the lead names who gave the report, not the resolution's speaker");
        assertEquals(LocalDate.of(2020, 1, 19), r.metadata().date());
    }

    @Test
    void aResolutionsTitleOverTwoLinesUnderAPagesShortHeadlineKeepsItsFirstLine() throws Exception {
        String page = "您现在的位置：首页 >> 政务公开 >> 人大动态\n州十四届人大二次会议关于州人大常委会工作报告的决议\n"
                + "发布时间：2011-02-22 10:15:08　　信息来源：州人大常委会办公室\n\n"
                + "甘南藏族自治州第十四届人民代表大会第二次会议\n关于甘南藏族自治州人民代表大会常务委员会工作报告的决议\n"
                + "（2011年2月20日甘南藏族自治州第十四届人民代表大会第二次会议通过）\n\n"
                + "甘南藏族自治州第十四届人民代表大会第二次会议听取和审议了州人大常委会的工作报告。会议同意这个报告。\n";
        Report r = Copies.ingest(page);
        assertEquals("甘南藏族自治州第十四届人民代表大会第二次会议关于甘南藏族自治州人民代表大会常务委员会工作报告的决议",
                r.metadata().title());
        assertEquals(LocalDate.of(2011, 2, 20), r.metadata().date());
        // a headline that is the whole title, over the same title set over two lines, stays as it was read
        Report whole = Copies.ingest(page.replace("州十四届人大二次会议关于州人大常委会工作报告的决议\n",
                "甘南藏族自治州第十四届人民代表大会第二次会议关于甘南藏族自治州人民代表大会常务委员会工作报告的决议\n"));
        assertEquals(r.metadata().title(), whole.metadata().title());
        // a blog post's headline, the blogger's words naming the paper, then the resolution's own title over two lines
        Report blog = Copies.ingest("松花江北岸的老孙的空间\n[转]市人大会关于常委会工作报告的决议\n2009-02-21 20:47　　阅读(37)\n"
                + "今天鹤岗日报头版全文登出来了，我抄下来存到空间里。\n\n鹤岗市第十一届人民代表大会第三次会议\n"
                + "关于市人民代表大会常务委员会工作报告的决议\n（2009年2月18日鹤岗市第十一届人民代表大会第三次会议通过）\n"
                + "鹤岗市第十一届人民代表大会第三次会议听取和审议了市人大常委会的工作报告。会议同意这个报告。\n"
                + "◆ 历史上的今天\n　2008-02-21　下雪了，去兴山看老同学\n");
        assertEquals("鹤岗市第十一届人民代表大会第三次会议关于市人民代表大会常务委员会工作报告的决议", blog.metadata().title());
        assertEquals("鹤岗日报", blog.metadata().publication().source());
        assertEquals(LocalDate.of(2009, 2, 18), blog.metadata().date());
        assertTrue(Copies.texts(blog).get(Copies.texts(blog).size() - 1).endsWith("会议同意这个报告。"), Copies.texts(blog).toString());
        // a post's headline with the speaker's name before the speech's own title over two lines
        Report speech = Copies.ingest("重磅｜顾振东在市人大常委会农村人居环境整治专题询问会上的讲话\n如皋人大　2021-10-28 18:30\n[图片]\n"
                + "在市人大常委会农村人居环境整治\n工作专题询问会上的讲话\n市人大常委会主任　顾振东\n（2021年10月27日）\n同志们：\n"
                + "今天，市十七届人大常委会第三十六次会议就全市农村人居环境整治工作开展专题询问。\n");
        assertEquals("在市人大常委会农村人居环境整治工作专题询问会上的讲话", speech.metadata().title());
        // a document site's listing name over the document's own title over two lines, its delivery line over two too
        Report listed = Copies.ingest("百度文库 > 行业资料 > 人大\n关于洛南县第十七届人民代表大会第一次会议选举办法（草案）的说明\n"
                + "2011-10-09上传　　暂无简介\n关于《洛南县第十七届人民代表大会\n第一次会议选举办法（草案）》的说明\n"
                + "——2011年9月27日在洛南县第十七届人民代表大会\n第一次会议第一次全体会议上\n县人大常委会副主任　刘振江\n各位代表：\n"
                + "现在，我受大会主席团的委托，就选举办法（草案）作说明。\n");
        assertEquals("关于《洛南县第十七届人民代表大会第一次会议选举办法（草案）》的说明", listed.metadata().title());
    }

    @Test
    void anEpapersItemUnderItsHeadlineIsDatedByItsLeadInThePapersYear() throws Exception {
        Report r = Copies.ingest("朔州日报　数字报刊平台\n"
                + "2020年1月13日　星期一　　　　第01版：要闻　　　　[上一版]　[下一版]　[返回目录]　[PDF版]\n"
                + "版面导航：第01版：要闻 | 第02版：两会特刊 | 第03版：两会特刊\n市六届人大四次会议举行第二次全体会议\n"
                + "本报讯（记者　高志斌）1月12日上午，朔州市第六届人民代表大会第四次会议在市会议中心举行第二次全体会议，听取和审议市人大常委会工作报告。\n"
                + "受市人大常委会委托，市人大常委会主任赵建国作市人大常委会工作报告。\n会议应到代表298名，实到代表276名，符合法定人数。\n");
        assertEquals("市六届人大四次会议举行第二次全体会议", r.metadata().title());
        assertEquals("朔州市", r.metadata().placeName());
        assertEquals(LocalDate.of(2020, 1, 12), r.metadata().date());
        assertEquals("2020-01-13", r.metadata().publication().date());
        assertTrue(Copies.texts(r).get(0).startsWith("本报讯（记者　高志斌）"), Copies.texts(r).toString());
    }

    @Test
    void aNewsItemsHeadlineWithACommaOverItsBylineIsItsTitleAndItsLeadNamesNoSpeakerOfIts() throws Exception {
        Report r = Copies.ingest("瑞金新闻网　瑞金市融媒体中心主办\n当前位置：首页 > 瑞金新闻 > 时政\n"
                + "市人大常委会工作报告：去年依法履职亮点纷呈，今年重点抓好五方面工作\n"
                + "发布时间：2023-01-10 17:25　　来源：瑞金市融媒体中心　　作者：钟晓燕\n分享到：微信　微博　QQ空间\n"
                + "瑞金讯（融媒体记者　钟晓燕）1月9日，在瑞金市第十八届人民代表大会第三次会议第二次全体会议上，市人大常委会主任刘汉生作市人大常委会工作报告。\n"
                + "报告指出，过去一年，市人大常委会依法履职，各项工作取得新成效。\n");
        assertEquals("市人大常委会工作报告：去年依法履职亮点纷呈，今年重点抓好五方面工作", r.metadata().title());
        assertEquals(LocalDate.of(2023, 1, 9), r.metadata().date());
        assertEquals(18, r.metadata().congress());
        assertEquals(3, r.metadata().session());
        assertNull(r.metadata().speaker(), "the news item is not the speaker's");
        assertTrue(Copies.texts(r).get(0).startsWith("瑞金讯"), Copies.texts(r).toString());
    }

    @Test
    void aNewsItemsDatelineLeadUnderItsTitleIsItsFirstParagraphAndDatesIt() throws Exception {
        String page = "您当前的位置：每日甘肃网 > 市州 > 天水 > 县区动态\n麦积区十八届人大二次会议听取审议区人大常委会工作报告\n"
                + "2018-01-09 08:36:12　　来源：天水日报　　作者：王晓东\n"
                + "每日甘肃网-天水日报讯（记者　王晓东）1月8日上午，天水市麦积区第十八届人民代表大会第二次会议举行第二次全体会议，听取和审议区人大常委会工作报告。\n"
                + "会议应到代表216名，实到代表203名，符合法定人数。\n";
        Report r = Copies.ingest(page);
        assertEquals("麦积区十八届人大二次会议听取审议区人大常委会工作报告", r.metadata().title());
        assertEquals(LocalDate.of(2018, 1, 8), r.metadata().date());
        assertTrue(Copies.texts(r).get(0).startsWith("每日甘肃网-天水日报讯"), Copies.texts(r).toString());
        // over the report's own text, the same lead is the paper's note in the title block
        Report note = Copies.ingest(page.replace("会议应到代表216名，实到代表203名，符合法定人数。", "各位代表：\n一年来，常委会依法履职。"));
        assertEquals("各位代表：", Copies.texts(note).get(0));
    }

    @Test
    void aColumnsLabelBeforeAHeadlineIsNoSpeakersOffice() {
        assertTrue(FrontMatter.parseSpeaker("【两会访谈】人大代表谈乡村振兴").isEmpty());
        assertEquals("李光荣", FrontMatter.parseSpeaker("省人大常委会副主任　李光荣").orElseThrow().name());
    }
}
