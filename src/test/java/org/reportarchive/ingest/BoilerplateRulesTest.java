package org.reportarchive.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reportarchive.model.RemovalReason;

class BoilerplateRulesTest {

    private final BoilerplateRules rules = BoilerplateRules.defaults();

    private Optional<RemovalReason> outside(String line) {
        return rules.classify(line, false);
    }

    private Optional<RemovalReason> inBody(String line) {
        return rules.classify(line, true);
    }

    @Test
    void navigationAndBreadcrumbs() {
        assertEquals(Optional.of(RemovalReason.NAVIGATION), outside("中国人大网 | 四川人大网"));
        assertEquals(Optional.of(RemovalReason.NAVIGATION), outside("您当前位置: 首页"));
        assertEquals(Optional.of(RemovalReason.NAVIGATION), outside("当前位置：首页 > 人大要闻 > 工作报告"));
        assertEquals(Optional.of(RemovalReason.NAVIGATION), outside("首页 » 公开 » 文件"));
        assertEquals(Optional.of(RemovalReason.NAVIGATION), outside("上一篇：关于召开第三次会议的通知"));
        assertEquals(Optional.of(RemovalReason.NAVIGATION), outside("网站首页 机构设置 人大要闻 代表工作 立法工作"));
        assertEquals(Optional.of(RemovalReason.NAVIGATION), outside("首页　人大概况　常委会会议　监督工作　代表工作"));
        assertEquals(Optional.of(RemovalReason.NAVIGATION), outside("[设为首页]　[加入收藏]　[联系我们]"));
        assertEquals(Optional.of(RemovalReason.NAVIGATION), outside("回覆　引用　舉報　評分"));
        // a heading that starts with the word is the report's
        assertEquals(Optional.empty(), inBody("首页设计与栏目调整"));
        // a document site's end, a site's footer, a platform's statement, a disclosure box's summary, a gazette's contents
        assertEquals(Optional.of(RemovalReason.ADVERTISING), outside("本文档共3页，全文阅读已结束，下载本文档需要使用 28 金币"));
        assertEquals(Optional.of(RemovalReason.COPYRIGHT), outside("北京市平谷区人大常委会办公室主办　　地址：北京市平谷区府前街"));
        assertEquals(Optional.of(RemovalReason.COPYRIGHT), inBody("【版权声明】本文为石榴号作者上传发布，仅代表作者观点，不代表石榴云立场。"));
        assertEquals(Optional.of(RemovalReason.PUBLICATION), outside("内容概述：县人大常委会对县人民政府冰糖橙产业发展情况报告提出的审议意见"));
        assertEquals(Optional.of(RemovalReason.NAVIGATION), outside("本期目录"));
        assertEquals(Optional.of(RemovalReason.NAVIGATION), outside("【列印】　【關閉】　【返回頁首】"));
        assertEquals(Optional.empty(), inBody("报告由市人大常委会办公室主办的刊物全文刊登。"));
        // a reader view's reading time is the page's; a sentence about minutes is the text's
        assertEquals(Optional.of(RemovalReason.SITE_UI), outside("11–14 分钟"));
        assertEquals(Optional.of(RemovalReason.SITE_UI), outside("阅读时间：约5分钟"));
        assertEquals(Optional.empty(), inBody("每人发言不超过5分钟"));
        // a page's line in English is its menu or links; a title in a language written in Latin letters is the title's
        assertEquals(Optional.of(RemovalReason.NAVIGATION), outside("Home About News English"));
        assertEquals(Optional.of(RemovalReason.NAVIGATION), outside("Related: Work Report | Home | Contact"));
        assertEquals(Optional.empty(), outside("Gvangjsih Bouxcuengh Swcigih Yinzminz Daibyauj Daihhoih Cangzvu"
                + " Veijyenzvei Gunghcoz Baugau"));
        assertEquals(Optional.empty(), outside("Report on the Work of the Standing Committee of Xianyang Municipal"
                + " People's Congress"));
        // a post's collection tag, and the heading of a list of other articles with its colon
        assertEquals(Optional.of(RemovalReason.NAVIGATION), outside("收录于话题　#州八届人大三次会议　12个"));
        assertEquals(Optional.of(RemovalReason.NAVIGATION), outside("收录于合集 #县十八届人大三次会议 8个"));
        assertEquals(Optional.of(RemovalReason.NAVIGATION), outside("相关阅读："));
        assertEquals(Optional.empty(), inBody("收录于合集的文章有十二篇。"));
        assertEquals(Optional.of(RemovalReason.NAVIGATION), outside("■相关报道"));
        // a post's hint to scroll a box, in the text too
        assertEquals(Optional.of(RemovalReason.NAVIGATION), inBody("向上滑动阅览"));
        assertEquals(Optional.of(RemovalReason.NAVIGATION), inBody("↑上下滑动查看全文↑"));
        assertEquals(Optional.of(RemovalReason.NAVIGATION), inBody("左右滑动查看更多 >>"));
        assertEquals(Optional.empty(), inBody("推动滑动窗口监督。"));
        // a news site's font buttons, and its day and time before the source, set apart by a bar
        assertEquals(Optional.of(RemovalReason.NAVIGATION), outside("小字号"));
        assertEquals(Optional.of(RemovalReason.NAVIGATION), outside("大字号　中字号　小字号"));
        assertEquals(Optional.of(RemovalReason.PUBLICATION), outside("2021年09月29日08:42 | 来源：人民网－上海频道"));
        // a post's credits, its box of earlier posts, an arrow alone; a site's entry line
        assertEquals(Optional.of(RemovalReason.PUBLICATION), outside("图文：县人大常委会办公室　　责编：潘小燕"));
        assertEquals(Optional.empty(), inBody("图文并茂地宣传代表风采。"));
        assertEquals(Optional.of(RemovalReason.NAVIGATION), inBody("▼往期回顾▼"));
        assertEquals(Optional.of(RemovalReason.NAVIGATION), inBody("精彩回顾"));
        assertEquals(Optional.of(RemovalReason.NAVIGATION), inBody("▼"));
        assertEquals(Optional.of(RemovalReason.PUBLICATION), outside("文章录入：admin　　责任编辑：admin　　更新时间：2005-3-2 9:41:33"));
    }

    @Test
    void aTemplateSitesWordsUnderItsTextAndAnOutletsReporterCredit() {
        assertEquals(Optional.of(RemovalReason.ADVERTISING),
                outside("以上就是第一范文网小编为大家整理的“2014年镇人大主席团工作报告范文”全部内容，希望对大家有所帮助！"));
        assertEquals(Optional.of(RemovalReason.ADVERTISING), outside("本文关键词：镇人大主席团工作报告，人大工作报告"));
        assertEquals(Optional.of(RemovalReason.COPYRIGHT), outside("【温馨提示】本文为网友投稿或来源于网络，仅供学习参考，如有侵权请联系删除。"));
        assertEquals(Optional.of(RemovalReason.NAVIGATION), outside("［下载本文Word版］　［收藏本文］　［打印本文］"));
        assertEquals(Optional.of(RemovalReason.PUBLICATION), outside("（济宁日报记者　孔　蕾　整理）"));
        assertEquals(Optional.of(RemovalReason.PUBLICATION), outside("（古浪县融媒体中心　记者　王　娟　整理）"));
        // a report's own closing words and a deputy's title are no such lines
        assertEquals(Optional.empty(), outside("以上是我代表主席团所作的报告，请予审议。"));
        assertEquals(Optional.empty(), outside("以上就是今年主席团的主要工作，请各位代表审议。"));
        assertEquals(Optional.empty(), outside("（县人大常委会记者站）"));
    }

    @Test
    void publishingLines() {
        assertEquals(Optional.of(RemovalReason.PUBLICATION), outside("发布日期:2023-02-18 作者: 来源:泸州日报 浏览量:14033"));
        assertEquals(Optional.of(RemovalReason.PUBLICATION), outside("来源：绵阳日报　　发布时间：2023-01-20 09:12"));
        assertEquals(Optional.of(RemovalReason.PUBLICATION), outside("浏览次数：2031"));
        // an e-paper's masthead, with the edition's name between the paper and the day, in either script
        assertEquals(Optional.of(RemovalReason.PUBLICATION), outside("澳門日報　　電子版"));
        assertEquals(Optional.of(RemovalReason.PUBLICATION), outside("嘉兴日报　电子版　　2006年2月17日　星期五　　第2版：要闻"));
        // wherever a page break set them: an e-paper's page with its name, an editor's credit in tortoise-shell brackets,
        // a picture's placeholder without brackets, a page's font and print buttons
        assertEquals(Optional.of(RemovalReason.PUBLICATION), inBody("第03版：要闻"));
        assertEquals(Optional.of(RemovalReason.PUBLICATION), inBody("〔责任编辑：林　晓〕"));
        assertEquals(Optional.of(RemovalReason.SITE_UI), inBody("图片"));
        assertEquals(Optional.of(RemovalReason.SITE_UI), inBody("【大　中　小】【列印】"));
        assertEquals(Optional.of(RemovalReason.SITE_UI), inBody("【字号 大 中 小】【我要打印】【我要纠错】【Email推荐：     提交 】"));
        assertEquals(Optional.empty(), inBody("【推荐】加强代表工作"));
        assertEquals(Optional.of(RemovalReason.NAVIGATION), inBody("人民网地方频道  相关专题"));
        assertEquals(Optional.of(RemovalReason.NAVIGATION), inBody("西寧市人大網 > 領導講話"));
        assertEquals(Optional.of(RemovalReason.NAVIGATION), inBody("迁安人大 > 领导讲话"));
        assertEquals(Optional.of(RemovalReason.SITE_UI), inBody("[ 大 中 小 ]　[ 打印 ]　[ 关闭 ]"));
        // a comment box under the text
        assertEquals(Optional.of(RemovalReason.NAVIGATION), outside("【网友评论】"));
        assertEquals(Optional.of(RemovalReason.NAVIGATION), outside("网友评论（0）"));
        assertEquals(Optional.of(RemovalReason.SITE_UI), outside("已有0条评论　　　查看全部评论"));
        assertEquals(Optional.of(RemovalReason.SITE_UI), outside("发表评论："));
        assertEquals(Optional.of(RemovalReason.SITE_UI), outside("用户名：　　　　　　验证码：　　　　　　提交"));
        assertEquals(Optional.empty(), inBody("[3]代表联络站"), "a bracketed number is no button");
        // who keyed in an old document, a journal's running head, a database's and a comment box's words
        assertEquals(Optional.of(RemovalReason.PUBLICATION), outside("（录入：县史志办　刘　敏　　校对：张　伟）"));
        assertEquals(Optional.of(RemovalReason.SCAN_NOTE), outside("（此文由旗史志办根据原报扫描件整理录入，个别字词有改动。）"));
        assertEquals(Optional.of(RemovalReason.RUNNING_HEAD), inBody("·23·　　　　　　　　内蒙古人大　2014年第5期"));
        assertEquals(Optional.of(RemovalReason.ADVERTISING), outside("【引证文献】"));
        assertEquals(Optional.of(RemovalReason.ADVERTISING), outside("中国期刊全文数据库 共找到 0 条"));
        assertEquals(Optional.of(RemovalReason.ADVERTISING), outside("【法宝引证码】CLI.12.45873"));
        assertEquals(Optional.of(RemovalReason.NAVIGATION), outside("关注　　分享　　收藏　　打印"));
        assertEquals(Optional.of(RemovalReason.SITE_UI), inBody("网友评论仅供网友表达个人看法，并不表明人民网同意其观点或证实其描述"));
        assertEquals(Optional.of(RemovalReason.COPYRIGHT), outside("人 民 网 版 权 所 有 ，未 经 书 面 授 权 禁 止 使 用"));
        assertEquals(Optional.of(RemovalReason.PUBLICATION), inBody("（本報珠海電）"));
        assertEquals(Optional.of(RemovalReason.PAGE_NUMBER), inBody("一3一"), "a page's number as a scan reads its dashes");
        assertEquals(Optional.of(RemovalReason.PUBLICATION), outside("摄影丨刘　畅"));
        assertEquals(Optional.of(RemovalReason.PUBLICATION), outside("审核丨江国平"));
        assertEquals(Optional.of(RemovalReason.NAVIGATION), outside("打印本页　　关闭窗口"));
        assertEquals(Optional.of(RemovalReason.PUBLICATION), outside("錄入：甌江客　據溫州日報原版照錄"));
        assertEquals(Optional.of(RemovalReason.PUBLICATION), inBody("▲2月15日，市人大常委会主任梁振东作常委会工作报告。（摄影：黄　磊）"));
        assertEquals(Optional.of(RemovalReason.NAVIGATION), outside("【相关条目】"));
        assertEquals(Optional.of(RemovalReason.PUBLICATION), outside("（本报乌鲁木齐1月27日讯）"));
        assertEquals(Optional.of(RemovalReason.NAVIGATION), outside("[返回上页]　[关闭窗口]"));
        assertEquals(Optional.empty(), inBody("阅读量：46.3万人次；"), "a clause a semicolon ends is text");
        assertEquals(Optional.empty(), inBody("扫一扫　码上监督"), "a heading of the report's that starts as a page's button");
        assertEquals(Optional.of(RemovalReason.NAVIGATION), inBody("扫一扫在手机打开当前页"));
        assertEquals(Optional.of(RemovalReason.ADVERTISING), outside("免费预览已结束，剩余 7 页可下载查看"));
        assertEquals(Optional.of(RemovalReason.NAVIGATION), outside("◀上一篇　　下一篇▶"));
        assertEquals(Optional.of(RemovalReason.NAVIGATION), outside("【返回本版】　【打印】　【关闭】"));
        assertEquals(Optional.of(RemovalReason.COPYRIGHT), outside("本站所有内容版权归咸宁日报社所有，未经授权不得转载"));
        assertEquals(Optional.of(RemovalReason.SITE_UI), outside("今天是：2022年3月4日　星期五"));
        assertEquals(Optional.of(RemovalReason.SITE_UI), outside("长兴县人民代表大会常务委员会　主办"));
        assertEquals(Optional.of(RemovalReason.PUBLICATION), outside("海宁日报　2020-06-02"), "a paper's byline");
        assertEquals(Optional.empty(), inBody("一二一"));
        assertEquals(Optional.empty(), inBody("（本报建议各地参照执行）"), "a sentence in brackets is the text's");
        assertEquals(Optional.of(RemovalReason.NAVIGATION), inBody("-END-"));
        assertEquals(Optional.of(RemovalReason.NAVIGATION), inBody("往期推荐"));
        assertEquals(Optional.empty(), inBody("相关报道"), "a report's own heading may say so");
        assertEquals(Optional.of(RemovalReason.PUBLICATION), inBody("本版图片由市人大常委会办公室提供"));
        // and never a report's own line that holds them
        assertEquals(Optional.empty(), inBody("第3版"));
        assertEquals(Optional.empty(), inBody("图片展"));
        assertEquals(Optional.empty(), inBody("大中小学校"));
        assertEquals(Optional.empty(), inBody("第二版：修订说明如下，共三十条"));
    }

    @Test
    void contactDetailsAndPhoneNumbers() {
        assertEquals(Optional.of(RemovalReason.CONTACT), outside("电话:18920585015"));
        assertEquals(Optional.of(RemovalReason.CONTACT), outside("全国咨询热线:18920585015"));
        assertEquals(Optional.of(RemovalReason.CONTACT), outside("地址：上海市黄浦区某路1号"));
        assertEquals(Optional.of(RemovalReason.CONTACT), outside("0755-88886666"));
        assertEquals(Optional.of(RemovalReason.CONTACT), inBody("服务热线：400-123-4567"));
        assertEquals(Optional.of(RemovalReason.CONTACT), outside("本刊地址：拉萨市北京中路　邮编：850000"));
        assertEquals(Optional.of(RemovalReason.ADVERTISING), outside("閩南老張 的簽名：關注兩岸，理性討論。"));
        // a picture's credit and a video's box set into the text
        assertEquals(Optional.of(RemovalReason.ADVERTISING), inBody("图片来源：白山市人大常委会办公室"));
        assertEquals(Optional.of(RemovalReason.SITE_UI), inBody("视频：代表夜访进村入户"));
        assertEquals(Optional.of(RemovalReason.SITE_UI), inBody("【视频】一图读懂区人大常委会工作报告"));
        assertEquals(Optional.empty(), inBody("视频：制作宣传片12部，播放量达30万次。"));
        // in the text, an office's address and telephone are the report's (a list of its liaison stations)
        assertEquals(Optional.empty(), inBody("电话：0512-65218306"));
        assertEquals(Optional.empty(), inBody("地址：姑苏区白塔东路158号"));
    }

    @Test
    void copyrightFooters() {
        assertEquals(Optional.of(RemovalReason.COPYRIGHT), outside("Copyright © www.example.gov.cn All Rights Reserved."));
        assertEquals(Optional.of(RemovalReason.COPYRIGHT), outside("ICP备案:蜀ICP备14000080号-1 川公网安备51050202000247号"));
        assertEquals(Optional.of(RemovalReason.COPYRIGHT), outside("主办单位：某某市人大常委会办公室"));
        assertEquals(Optional.of(RemovalReason.COPYRIGHT), outside("承办单位: 某某市信息中心"));
    }

    @Test
    void aBoardsReplyBoxFooterAndTimeLineAreThePagesWhereverTheyStand() {
        for (String line : List.of("快速回复主题", "您需要登录后才可以回帖　登录 | 注册", "GMT+8, 2010-1-18 21:06, Processed in 0.032 second(s), 18 queries.")) {
            assertEquals(Optional.of(RemovalReason.SITE_UI), inBody(line), line);
        }
        assertTrue(inBody("Archiver|手机版|凤城在线论坛").isPresent());
        assertEquals(Optional.of(RemovalReason.COMMENTS), inBody("（未完，接下楼）"));
        assertEquals(Optional.of(RemovalReason.COMMENTS), inBody("（接上）"));
        assertEquals(Optional.empty(), inBody("快速回复群众关切，是常委会的一项工作要求。"));
        // a blog's links with angle marks, a post's editor and reviewer without a colon, a font bar with its share button
        assertEquals(Optional.of(RemovalReason.NAVIGATION), outside("‹ 前一篇：二〇〇七年桦甸两会随笔"));
        assertEquals(Optional.of(RemovalReason.PUBLICATION), outside("编辑　陈　晓"));
        assertEquals(Optional.of(RemovalReason.PUBLICATION), outside("审核　林国华"));
        assertEquals(Optional.empty(), outside("编辑　出版　发行"));
        assertEquals(Optional.of(RemovalReason.NAVIGATION), outside("[字号 大 中 小]　　　　分享到："));
        // an article's pager, wherever it stands, and no sentence that starts with its words
        assertEquals(Optional.of(RemovalReason.NAVIGATION), inBody("[上一页]　[1]　[2]　[下一页]"));
        assertEquals(Optional.of(RemovalReason.NAVIGATION), inBody("共2页：　上一页　[1]　2　下一页"));
        assertEquals(Optional.empty(), inBody("下一页，常委会将继续加强监督。"));
    }

    @Test
    void aPagesWordOnReprintingIsThePagesAroundTheText() {
        assertEquals(Optional.of(RemovalReason.COPYRIGHT), outside("转载请注明出处"));
        assertEquals(Optional.of(RemovalReason.COPYRIGHT), outside("（转载请注明来源：清远人大）"));
        assertEquals(Optional.of(RemovalReason.COPYRIGHT), outside("未经授权，禁止转载"));
        assertEquals(Optional.of(RemovalReason.COPYRIGHT), outside("如需转载请与本网联系。"));
        assertEquals(Optional.of(RemovalReason.COPYRIGHT), outside("【原创文章，转载请注明出处】"));
        assertEquals(Optional.of(RemovalReason.COPYRIGHT), outside("欢迎转发分享！"));
        // a page's credit for its pictures
        assertEquals(Optional.of(RemovalReason.PUBLICATION), outside("（本文圖片由新會區人大常委會辦公室提供）"));
        assertEquals(Optional.of(RemovalReason.PUBLICATION), outside("（图片来源：县融媒体中心）"));
        // inside the text it is the text's, and a sentence about reprints is no such word
        assertEquals(Optional.empty(), inBody("转载请注明出处"));
        assertEquals(Optional.empty(), outside("未经批准不得转让集体土地使用权。"));
        assertEquals(Optional.empty(), outside("欢迎各位代表对常委会工作提出意见，转载时请注明出处的做法得到推广。"));
    }

    @Test
    void pageContinuationMarkers() {
        assertTrue(rules.isPageMarker("（下转A3版）"));
        assertTrue(rules.isPageMarker("（紧接第二版）"));
        assertTrue(rules.isPageMarker("(上接1版)"));
        assertTrue(rules.isPageMarker("（紧转第4版）"));
        assertTrue(rules.isPageMarker("（下转第二版）"));
        assertTrue(rules.isPageMarker("上接第3版"));
        assertTrue(!rules.isPageMarker("（一）全面构建立法工作格局。"));
    }

    @Test
    void advertisingOnlyAroundTheReport() {
        assertEquals(Optional.of(RemovalReason.ADVERTISING), outside("在线咨询全国热线"));
        assertEquals(Optional.of(RemovalReason.ADVERTISING), outside("产品描述"));
        // a report may have a short heading with such words in it, and end with a sentence that has them
        assertEquals(Optional.empty(), inBody("（三）12345政务服务热线"));
        assertEquals(Optional.empty(), outside("加快编制户外广告设置专项规划。"));
        assertEquals(Optional.empty(), outside("推动12345政务服务便民热线提质增效。"));
        assertEquals(Optional.of(RemovalReason.ADVERTISING), outside("欢迎来电咨询　竭诚为您服务"));
    }

    @Test
    void runningTextIsNeverStripped() {
        String prose = "开展工作评议，公布监督电话0833-2123456，收到群众来信来访120件，督促有关部门逐件办理并向社会公开办理结果。";
        assertEquals(Optional.empty(), inBody(prose));
        assertEquals(Optional.empty(), outside(prose));
        assertEquals(Optional.empty(), inBody("将审议代表议案与研究立法、监督工作紧密结合，将协办单位人评价范围，1192件建议全部办理完毕。"));
        assertEquals(Optional.empty(), inBody("设立代表联络热线0572-5123456，全年受理群众来电216件。"));
        assertEquals(Optional.empty(), outside("（三）督促承办单位提高建议办理质量"));
    }

    @Test
    void thisRoundsPageLinesAroundAndInTheText() {
        // an e-paper's issue without its weekday, a font switch without brackets, a secretariat's print line
        assertEquals(Optional.of(RemovalReason.PUBLICATION), outside("2024年01月09日　第02版：要闻"));
        assertEquals(Optional.of(RemovalReason.PUBLICATION), outside("2024年01月10日　第02版　要闻"));
        assertEquals(Optional.of(RemovalReason.NAVIGATION), outside("字體：大 中 小　　分享到：微信 微博"));
        // a forum's buttons and a bracketed caption, in the text too
        assertEquals(Optional.of(RemovalReason.NAVIGATION), outside("回复　引用　报告　道具　TOP"));
        assertEquals(Optional.of(RemovalReason.SITE_UI), inBody("（图为区人大常委会组成人员视察城区棚户区改造项目）"));
        // but the words alone, a day's sentence and a report's own bracketed line are the text's
        assertEquals(Optional.empty(), inBody("报告"));
        assertEquals(Optional.of(RemovalReason.CONTACT), outside("《拉萨日报》电子版　　地址：拉萨市北京中路112号　　邮编：850000"));
        assertEquals(Optional.of(RemovalReason.COPYRIGHT), outside("本資料庫內容僅供學術研究參考，轉載請註明出處。"));
        assertEquals(Optional.of(RemovalReason.NAVIGATION), outside("↑点击上方“日喀则人大”关注我们"));
        assertEquals(Optional.of(RemovalReason.NAVIGATION), outside("柳州论坛　→　时事评论　→　融水县人大常委会工作报告"));
        assertEquals(Optional.empty(), inBody("申请→受理→审查→决定"));
        assertEquals(Optional.empty(), inBody("登录政务服务网→提交申请→审核→办结"));
        assertEquals(Optional.empty(), inBody("（图为主要指标完成情况，单位：亿元，数据来源：市统计局。详见附表）"));
        assertEquals(Optional.empty(), outside("2024年1月9日，市人大常委会召开第十五次会议。"));
    }

    @Test
    void newsAppsAndAggregatorsLinesAroundAndInTheText() {
        for (String line : java.util.List.of("原创2023-01-16 19:42·青阳人大", "原创 嘉定人大 澎湃号·政务", "2013年02月05日 08:41",
                "隆林发布　2017-02-20", "老何的博客",
                "http://news.163.com 2009年01月20日 09:12 长江日报", "2009年03月04日 09:26　榆林日报")) {
            assertEquals(Optional.of(RemovalReason.PUBLICATION), outside(line), line);
        }
        for (String line : java.util.List.of("发表于河北", "IP属地：甘肃", "用微信扫码二维码", "扫码下载澎湃新闻客户端", "关注腾讯新闻客户端",
                "iPad版", "一点号 永年发布", "继续阅读下一页", "已进入阅读模式", "退出", "查看更多", "我要举报")) {
            assertEquals(Optional.of(RemovalReason.NAVIGATION), outside(line), line);
        }
        assertEquals(Optional.of(RemovalReason.NAVIGATION), inBody("打开网易新闻 查看精彩图片"));
        assertEquals(Optional.of(RemovalReason.SITE_UI), outside("【大 中 小】　【打印】　共有评论3条"));
        assertEquals(Optional.of(RemovalReason.COPYRIGHT), outside("本文来自网易号「丰城发布」，作者：丰城发布"));
        assertEquals(Optional.of(RemovalReason.PUBLICATION), outside("人民日报客户端"));
        // a meeting's hour under its title, a count and a report's own words stay
        for (String line : java.util.List.of("2024年1月22日 9:00", "2013年2月5日 08:41", "30", "查看更多详情请登录县政府网站。")) {
            assertEquals(Optional.empty(), inBody(line), line);
        }
        assertEquals(Optional.empty(), outside("2013年2月5日 08:41"));
    }

    @Test
    void aGovernmentSitesDisclosureBoxAndItsReadingTools() {
        for (String line : java.util.List.of("信息索引号：002502185/2021-183426　　　　公开方式：主动公开",
                "组配分类：其他文件　　　　发布机构：义乌市人民政府办公室", "公开目录：监督工作　　　　成文日期：2021-08-20",
                "索引号\t11341500003140587A/202007-00012\t主题分类\t人大工作", "文号\t无\t发布日期\t2024-01-09")) {
            assertEquals(Optional.of(RemovalReason.PUBLICATION), outside(line), line);
        }
        for (String line : java.util.List.of("A+　A　A-", "【朗读】", "语音播报", "视力保护色：", "背景色：", "简体　繁體",
                "适老化无障碍服务", "政府网站找错　　党政机关", "网站支持IPv6")) {
            assertEquals(Optional.of(RemovalReason.NAVIGATION), outside(line), line);
        }
        assertEquals(Optional.of(RemovalReason.SITE_UI), outside("字体：【大】【中】【小】　　打印本页　　关闭窗口"));
        assertEquals(Optional.of(RemovalReason.NAVIGATION), inBody("上一页　第1页　第2页　首页"));
        assertEquals(Optional.of(RemovalReason.SITE_UI), outside("正文　字体大小：大 中 小"));
        // a report's words on the same things are its own, and so are a table's head and its cells
        assertEquals(Optional.empty(), inBody("简体"));
        assertEquals(Optional.empty(), inBody("分类\t件数\t占比"));
        assertEquals(Optional.empty(), outside("0"));
        assertEquals(Optional.empty(), outside("推行政务公开，公开目录动态更新。"));
    }

    @Test
    void aDocumentsRecordOfIssueAndCopiesAndAMeetingsHourAreReadApart() {
        assertEquals(Optional.of(RemovalReason.PUBLICATION), outside("抄送：潍坊市人大常委会办公室，市委办公室，市政府办公室。"));
        assertEquals(Optional.of(RemovalReason.SITE_UI), inBody("（图为会议现场，本报记者　黄立新　摄）"));
        assertEquals(Optional.of(RemovalReason.PUBLICATION), outside("恭城人大 2024年01月22日 20:16 广西"));
        // a meeting's day and hour under its title is the document's, no post's byline
        assertEquals(Optional.empty(), outside("2024年1月22日 9:00"));
        assertEquals(Optional.of(RemovalReason.PAGE_NUMBER), inBody("·38·　长治年鉴·2004"));
    }

    @Test
    void aSitesMenuAfterItsNameIsNavigationButATablesHeadIsNot() {
        assertEquals(Optional.of(RemovalReason.NAVIGATION), outside("平遥县人大常委会　　人大概况　　新闻动态　　工作报告　　代表风采"));
        assertEquals(Optional.of(RemovalReason.NAVIGATION), outside("赣州人大网　　首页　　代表风采　　履职报告"));
        assertEquals(Optional.empty(), outside("承办单位　　件数　　已解决　　列入计划"));
        // a table's row set with tabs is no journal's page foot; a notice's own address is no footer
        assertEquals(Optional.empty(), inBody("1\t优化营商环境工作报告\t2024.4"));
        assertEquals(Optional.of(RemovalReason.RUNNING_HEAD), inBody("48　人民之声　2024.5"));
        assertEquals(Optional.empty(), outside("通讯地址：马尔康市达萨街88号　　邮编：624000"));
        assertEquals(Optional.of(RemovalReason.CONTACT), outside("平遥县人大常委会办公室　　地址：平遥县古陶镇顺城路8号　　邮编：031100"));
    }

    @Test
    void aPublishingLineWithItsReadersCountAfterItIsAPublishingLine() {
        BoilerplateRules rules = BoilerplateRules.defaults();
        for (String line : List.of("新甘肃·甘肃日报　　2022年01月10日 08:30　　阅读量：15326", "2023年1月6日　星期五　　浏览：1,208")) {
            assertEquals(Optional.of(RemovalReason.PUBLICATION), rules.classify(line, false), line);
        }
        // a sentence of the text with a count after it is none
        assertEquals(Optional.empty(), rules.classify("全年接待群众来访　　浏览：326", false));
    }
}
