package org.reportarchive.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportarchive.model.Publication;
import org.reportarchive.model.Removal;
import org.reportarchive.model.RemovalReason;
import org.reportarchive.text.OtherScripts;
import org.reportarchive.text.Simplified;

/**
 * Reads a publishing line such as {@code 发布日期:2023-02-18 作者: 来源:泸州日报 浏览量:14033}, or a newspaper's
 * masthead such as {@code 福建日报 2023年1月17日 第3版}: its source, date and author. What the web page adds around them (view counters, 字体：[大 中 小], 打印, 关闭, 分享) is not publication
 * information: it is taken out and listed with the stripped lines.
 */
final class PublicationLine {
    /**
     * A journal's, a yearbook's or an anthology's name with its issue or year, over its pages or as their running head:
     * 上海人大月刊　2023年第8期, 上海人大月刊 2023.08 ｜ 15, 鄂托克旗年鉴·2009, 海南人大工作文集（2003）.
     */
    private static final Pattern BOOK = Pattern.compile("^([^\\s\\u3000·•（(《》]{2,30}?(?:年鉴|文集|汇编|月刊|半月刊|双月刊|季刊))"
            + "[\\s\\u3000·•]*(?:[（(][0-9]{4}[)）]|[0-9]{4}(?:年第[0-9一二三四五六七八九十]{1,3}期|[.．][0-9]{1,2})?)"
            + "(?:[\\s\\u3000]*[｜|][\\s\\u3000]*[0-9]{1,4})?$");

    /** Who published a page and when, without keys: 溧水县人大常委会办公室  2012年8月31日发布. */
    private static final Pattern PUBLISHED_BY = Pattern.compile("^([^\\s\\u3000，。,:：《》]{2,30})[\\s\\u3000]+(\\d{4})[-年./](\\d{1,2})[-月./]"
            + "(\\d{1,2})日?[\\s\\u3000]*(?:\\d{1,2}:\\d{2}[\\s\\u3000]*)?发布$");

    /** A paper's dateline alone on its line, the paper in group 1 and the day after it: 【香港文匯報訊】（2008-01-30）. */
    private static final Pattern DATELINE = Pattern.compile("^(?=[【\\[［]|.*[)）]$)[【\\[［]?[\\s\\u3000]*([^\\s\\u3000【】\\[\\]［］（）()，。]{2,12}?)讯"
            + "[\\s\\u3000]*[】\\]］]?[\\s\\u3000]*(?:[（(][\\s\\u3000]*(\\d{4})[-年./](\\d{1,2})[-月./](\\d{1,2})日?[\\s\\u3000]*[)）])?$");

    /** A note of the book a text was taken from: （摘自《吉首年鉴·2016》，第38—39页）, （选自《湟中县人大志》，……）. */
    private static final Pattern TAKEN_FROM = Pattern.compile("^[（(](?:摘自|选自|录自|辑自|转引自|引自)《([^》]{2,30}(?:年鉴|志|文集|文选|汇编|选编|资料|丛书|会刊|简报|通讯|月刊|杂志|日报|晚报|报)(?:[·•（(][^》]{0,12})?)》");

    /**
     * Whether a line is a reposter's words naming the paper or site the text was copied from (原文来自崇州新闻网，转过来方便坛友看。),
     * or an e-paper's masthead without its day (七台河日报　数字报刊平台　……往期回顾), though it was taken off as the page's own, not
     * as a publishing line.
     */
    static boolean namesWhereItWasCopiedFrom(String line) {
        String view = Simplified.of(ChineseNumbers.toHalfWidthDigits(line.strip()));
        return REPOSTED_FROM.matcher(view).find() && !KEY.matcher(view).find() || EPAPER_HEAD.matcher(view).lookingAt();
    }

    /**
     * Whether a line taken off the page names the publication: a publishing line, a journal's, yearbook's or gazette's
     * name (see {@link #namesABook}), or a reposter's words above the text on where it was copied from, taken off with
     * the page's own.
     */
    static boolean namesThePublication(Removal r) {
        return r.reason() == RemovalReason.PUBLICATION || namesABook(r.text())
                || r.reason() == RemovalReason.ADVERTISING && namesWhereItWasCopiedFrom(r.text());
    }

    /**
     * Whether a line is a journal's, a yearbook's or an anthology's name with its issue or year (see {@link #BOOK}), or
     * a gazette's, as their running heads print them, with the page's number or without (·52·　　通化年鉴·2003,
     * 广东省人民代表大会常务委员会公报).
     */
    static boolean namesABook(String line) {
        String view = Simplified.of(withoutPageNumber(ChineseNumbers.toHalfWidthDigits(line.strip())));
        return BOOK.matcher(view).matches() || GAZETTE_NAME.matcher(view).matches() || GAZETTE.matcher(view).matches()
                || MIRRORED_GAZETTE.matcher(view).matches();
    }

    /** A running head's page number before or after the book's name, set apart by wide space: ·52·, - 52 -, 52. */
    private static final Pattern HEAD_PAGE_NUMBER = Pattern.compile(
            "^[·•\\-－—][\\s\\u3000]*[0-9]{1,4}[\\s\\u3000]*[·•\\-－—][\\s\\u3000]+(?=\\S)"
                    + "|^[0-9]{1,4}[\\s\\u3000]{2,}(?=\\S)|(?<=\\S)[\\s\\u3000]{2,}[0-9]{1,4}$"
                    + "|(?<=\\S)[\\s\\u3000]+[·•\\-－—][\\s\\u3000]*[0-9]{1,4}[\\s\\u3000]*[·•\\-－—]$");

    /** A running head without its page's number. */
    private static String withoutPageNumber(String head) {
        return HEAD_PAGE_NUMBER.matcher(head).replaceAll("");
    }

    /** A publication's name: a paper's, a journal's, a site's. */
    private static final Pattern NAMES_A_PUBLICATION = Pattern.compile("(报|刊|杂志|网|年鉴|公报)$");
    /**
     * The keys of a disclosure box that name no publication fact (信息索引号, 组配分类, 有 效 性): known, so that the values
     * beside them end where they start.
     */
    private static final String DISCLOSURE_KEYS = "信息索引号|索[\\s\\u3000]*引[\\s\\u3000]*号|组配分类|主题分类|信息分类|公开目录|公开方式"
            + "|公开范围|有[\\s\\u3000]*效[\\s\\u3000]*性|(?<![发成])文[\\s\\u3000]*号";
    private static final Pattern DISCLOSURE_KEY = Pattern.compile(DISCLOSURE_KEYS);
    /** A disclosure box's key in a cell of its own, copied with a tab and no colon: 发布机构→六安市人大常委会办公室. */
    private static final Pattern TABBED_KEY = Pattern.compile("(" + DISCLOSURE_KEYS
            + "|发布机构|成文日期|发布日期|生成日期|来源)\\t");
    /** A page's keys (a picture's 图片来源, a table's 数据来源 are no page's: the source of what they caption). */
    private static final Pattern KEY = Pattern.compile(
            "(?<!图片|视频|照片|配图|图像|数据|资料)(" + DISCLOSURE_KEYS + "|出[\\s\\u3000]*处|资料来源|发布日期|刊登日期|收录日期|发布时间|发表时间|更新时间|成文日期|生成日期|时间|日期|来源|稿源|信息来源|文章来源|发布机构|作者|编辑|责任编辑|浏览量|浏览次数|浏览|点击量|点击数|点击率|点击|"
                    + "阅读量|阅读数|阅读次数|阅读|访问量|访问次数|访问|发布者|字体|字号|上传者|上传时间|上传日期|页数|下载券|下载次数)\\s*[:：]");
    /** The day of the issue a reposter names before the paper: 今天的, 今日, 1月25日. */
    private static final String ISSUE_DAY = "(?:今天|今日|昨天|昨日|当天|当日|(?:[0-9]{4}年)?[0-9]{1,2}月[0-9]{1,2}日)?的?";
    /**
     * A reposter's words on the paper or site a text comes from: 全文转自西江日报, 原载《宁波日报》, 原文来自崇州新闻网, 转载于今天的
     * 《安庆晚报》, 錄自今日《東南早報》; on the paper that printed it: 江城日报登了……, 睇到文成新聞網登咗……; or on the site it was
     * copied from: 从古浪人大网上拷下来的 (not 来自网络, 来自互联网, 从县人大网站复制的: no publication named).
     */
    private static final Pattern REPOSTED_FROM = Pattern.compile(
            "(?:全文|原文|本文)?(?:转自|转载自|转载于|转贴自|转帖自|摘自|抄自|录自|原载于?|来自|源自)" + ISSUE_DAY + "《?(?!互联网)"
                    + "([^，。、（(《》\\s\\u3000]{2,14}(?:日报|晚报|时报|商报|报|杂志|网))"
                    + "|(?:(?<=看到|睇到|见到|看见|在)|(?<![^，。！？；：\\s\\u3000]))(?:今天|今日|昨天|昨日)?的?"
                    + "((?:(?!看到|睇到|见到|看见|在)[^，。、（(《》\\s\\u3000]){2,12}?(?:日报|晚报|时报|商报|报|网))上?"
                    + "(?:第?[一二三四五六七八九十0-9]{1,2}版|头版)?(?:全文)?(?:登了|登咗|登出来了|登出了?|登载了?|刊登了?|刊发了?|刊出了?|全文刊发)"
                    // (or copied from a site or a paper: 全文是从古浪人大网上拷下来的)
                    + "|从《?([^，。、（(《》\\s\\u3000]{2,14}?(?:日报|晚报|时报|商报|报|网))》?上?(?:拷|复制|抄|摘|转|粘贴|下载)"
                    // (or a journal by its name in brackets, whatever it ends with: （此文刊载于《红河人大》2006年第3期）)
                    + "|(?:转自|转载自|转载于|摘自|原载于?|刊载于|刊登于|刊于|载于)" + ISSUE_DAY + "《([^《》，。]{2,14})》");
    /** A key a database sets in brackets, without a colon: 【来源】, 【出处】. */
    private static final Pattern BRACKETED_KEY = Pattern.compile("^[【\\[［](来源|來源|出处|出處|发布机构|發布機構)[】\\]］][\\s\\u3000]*");
    /** A field in brackets, its key and value: 【信息来源：旗人大常委会办公室】. */
    private static final Pattern BRACKETED_FIELD = Pattern.compile("[【\\[［〔]([^【】\\[\\]［］〔〕:：]{1,10}[:：][^【】\\[\\]［］〔〕]{0,40})[】\\]］〕]");
    /** A key in brackets anywhere on the line, its value after it: 　　【来源】伊犁日报. */
    private static final Pattern BRACKETED_KEYS = Pattern.compile(
            "[【\\[［](来源|來源|出处|出處|发布机构|發布機構|作者|日期|版次|编辑|編輯)[】\\]］][\\s\\u3000]*");
    private static final Pattern DATE = Pattern.compile("(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})");
    /** A day at the end of a value, after a wide space: 旗人大常委会办公室　　2023-01-09. */
    private static final Pattern TRAILING_DAY = Pattern.compile(
            "[\\s\\u3000]+(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?([\\s\\u3000]+\\d{1,2}:\\d{2}(:\\d{2})?)?$");
    /**
     * A newspaper's masthead: 福建日报 2023年1月17日 第3版, 张家港日报数字报　2017年1月13日 (the paper's name, without its
     * e-paper's), or a paper named otherwise with its page: 今日长兴　2010年2月11日　第2版.
     */
    private static final Pattern MASTHEAD = Pattern.compile(
            "^([^\\s:：]{2,12}?(日报|晚报|时报|商报|报)|(?!(?:版面导航|往期回顾|标题导航|首页|电子版|数字报|本版|版面|上一版|下一版|往期|返回))[^\\s\\u3000:：]{2,12}(?=[\\s\\u3000]+\\d{4}[\\s\\u3000]*年.{1,30}第[\\s\\u3000]*[A-Za-z0-9一二三四五六七八九十]{1,4}[\\s\\u3000]*版))(?:[\\s\\u3000]*(?:数字报刊?|数字版|电子版|电子报刊?))?[\\s\\u3000]*(\\d{4})[\\s\\u3000]*年[\\s\\u3000]*(\\d{1,2})[\\s\\u3000]*月"
                    + "[\\s\\u3000]*(\\d{1,2})[\\s\\u3000]*日.*$");
    /** A site's address before a page's day: http://www.northnews.cn, www.sysxw.com.cn. */
    private static final Pattern SITE_ADDRESS = Pattern.compile("^(https?://)?[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+(/\\S*)?[\\s\\u3000]+");
    /** A newspaper's masthead with its day in digits: 大连日报　2022-06-18　第A04版：人大代表. */
    private static final Pattern DASHED_MASTHEAD = Pattern.compile("^([^\\s:：]{2,12}?(日报|晚报|时报|商报|报))[\\s\\u3000]+"
            + "(\\d{4})-(\\d{1,2})-(\\d{1,2})([\\s\\u3000]+(?:星期.|周.))?[\\s\\u3000]+第?[A-Za-z]?\\d{1,3}版.*$"); // (groups as MASTHEAD's)
    /**
     * An e-paper's masthead without its day, which the page prints on the line under it: 七台河日报　数字报刊平台　……往期回顾,
     * 辽源日报　电子版 (not 欢迎订阅……日报电子版).
     */
    private static final Pattern EPAPER_HEAD = Pattern.compile("^(?![^\\s\\u3000]*(?:订阅|欢迎|登录|下载|访问|关注|扫码|点击))"
            + "([^\\s\\u3000:：|｜]{2,12}?(?:日报|晚报|时报|商报|报))[\\s\\u3000]*(?:数字报刊平台|数字报刊|数字报|数字版|电子版|电子报|电子报刊)"
            + "(?=$|[\\s\\u3000|｜])");
    /** A newspaper's page header with its day first: 2006年2月21日　星期二　　湛江日报　　A2. */
    private static final Pattern DAY_FIRST_MASTHEAD = Pattern.compile(
            "^(\\d{4})[\\s\\u3000]*年[\\s\\u3000]*(\\d{1,2})[\\s\\u3000]*月[\\s\\u3000]*(\\d{1,2})[\\s\\u3000]*日"
                    + "[\\s\\u3000]*(星期.|周.)?[\\s\\u3000]+([^\\s\\u3000:：]{2,12}(日报|晚报|时报|商报|报))([\\s\\u3000].*)?$");
    /** A newspaper's page and its name: 第02版：要闻, 第三版, A6版　珠澳新聞. */
    private static final String PAGE = "第?([A-Za-z]?[0-9]{1,2}|[一二三四五六七八九十]{1,3})版([:：\\s\\u3000]+[^，。\\s\\u3000]{1,10})?";
    /** A day with its weekday, alone: 2012年2月29日　星期三. */
    private static final Pattern DAY_ALONE = Pattern.compile(
            "^(\\d{4})[\\s\\u3000]*年[\\s\\u3000]*(\\d{1,2})[\\s\\u3000]*月[\\s\\u3000]*(\\d{1,2})[\\s\\u3000]*日[\\s\\u3000]*((星期.|周.)"
                    // (and the page, 2016年02月03日　星期三　第02版：要闻, 第三版, A6版　珠澳新聞; or the page without
                    // the weekday, 2024年01月09日　第02版：要闻)
                    + "([\\s\\u3000]+" + PAGE + ")?|" + PAGE + ")"
                    // (and an e-paper's buttons after the page: [上一版]　[下一版]　[返回目录])
                    + "([\\s\\u3000]+[\\[［【]?(上一版|下一版|返回目录|返回|PDF版?|版面PDF|往期回顾|版面导航)[\\]］】]?)*$");
    /** The day and time a page was posted, before its keys: 2011年01月20日08:34, 2012年02月16日 10:20:45. */
    private static final Pattern POSTED_AT = Pattern.compile(
            "^(\\d{4})[\\s\\u3000]*年[\\s\\u3000]*(\\d{1,2})[\\s\\u3000]*月[\\s\\u3000]*(\\d{1,2})[\\s\\u3000]*日"
                    + "([\\s\\u3000]*\\d{1,2}:\\d{2}(:\\d{2})?)?$");
    /**
     * A gazette's running header, 宁波市人民代表大会常务委员会公报　2013年第4期, or a journal's masthead, 《西藏人大》　2024年第1期,
     * 《中国人大》杂志　2024年第3期, 人民之声杂志 2023年第12期: the name in group 1 (a journal's without its 《》).
     */
    private static final Pattern GAZETTE = Pattern.compile("^(?:(?:来源|出处|发布机构)[:：][\\s\\u3000]*)?"
            + "(?:([^\\s\\u3000:：]{2,40}(?:公报|会刊))|《([^《》\\s\\u3000]{2,20})》(?:杂志)?|([^《》\\s\\u3000]{2,20})杂志"
            // (a journal's name alone before its issue, with its column after it: 人民之声　2023年第8期　　基层人大)
            + "|(?!往期|本期|上期|下期|过刊)([^《》\\s\\u3000，。：:]{2,10})(?=[\\s\\u3000]+\\d{4}[\\s\\u3000]*年[\\s\\u3000]*第\\d{1,2}期(?:[（(]总第[0-9〇零一二三四五六七八九十百]{1,8}期[)）])?"
            + "([\\s\\u3000]{2,}\\S{2,8})?$))"
            + "[\\s\\u3000]*[（(]?(\\d{4}|[〇零○一二三四五六七八九]{4})[\\s\\u3000]*年.*$");
    /**
     * A gazette's masthead on its issue's first page, over lines of their own: its name (芜湖市人民代表大会常务委员会公报, a
     * government's that prints a standing committee's decisions too, 营口市人民政府公报),
     * its issue (2020年第1期（总第一百二十三期）) and who edits it (……办公室编印).
     */
    private static final Pattern GAZETTE_NAME = Pattern.compile(
            "^\\S{2,30}(人民代表大会常务委员会|人大常委会|人民代表大会|人民政府)(公报|会刊)$");
    /** A gazette's head with its issue first, as a left-hand page sets it: 2004年第4号　　浙江省人民代表大会常务委员会公报. */
    private static final Pattern MIRRORED_GAZETTE = Pattern.compile(
            "^\\d{4}[\\s\\u3000]*年[\\s\\u3000]*第[\\s\\u3000]*\\d{1,3}[\\s\\u3000]*[期号][\\s\\u3000]+(\\S{2,30}(?:公报|会刊))$");
    /** The line of a gazette's masthead that gives its issue: 2009年第1期（总第一百二十六期）. */
    private static final Pattern GAZETTE_ISSUE = Pattern.compile(
            "^\\d{4}[\\s\\u3000]*年[\\s\\u3000]*第[\\s\\u3000]*\\d{1,3}[\\s\\u3000]*[期号].*$");
    /** An issue of a gazette or a journal, its year and its number: 2024年第1期. */
    private static final Pattern ISSUE = Pattern.compile("(\\d{4})[\\s\\u3000]*年[\\s\\u3000]*第[\\s\\u3000]*(\\d{1,2})[\\s\\u3000]*期");
    /** A people's congress newsletter's masthead: 人大工作简报. */
    private static final Pattern NEWSLETTER = Pattern.compile("^(?![（(]?[一二三四五六七八九十0-9０-９]{1,3}[)）、.．])(?!.*(编|办|发|报送|做好|加强|和))"
            + "([^\\s\\u3000，。：:]{0,16}(人大|常委会)[^\\s\\u3000，。：:]{0,8}(简报|通讯|信息|动态|专报))$");
    /** A newspaper's name alone, as its e-paper site prints it: 海南日报数字报, 右江日报数字报刊平台. */
    private static final Pattern PAPER_NAME = Pattern.compile(
            // (a paper named otherwise, 井冈山报, with its edition's name: 井冈山报数字报)
            // (and after its news site's name: 鸡西新闻网 - 鸡西日报)
            "^(?:[^\\s\\u3000，。：:]{2,10}网[\\s\\u3000]*[-－—|｜][\\s\\u3000]*)?"
                    + "([^\\s:：]{2,12}(日报|晚报|时报|商报)|[^\\s:：]{2,10}报(?=([\\s\\u3000]+[A-Za-z][A-Za-z .'&-]{3,60})?"
                    + "[\\s\\u3000]*(数字报|数字版|电子版|电子报)))"
                    + "([\\s\\u3000]*(数字报刊?|数字版|电子版|电子报刊?|网上版|网络版)(平台|系统|历史库|库)?)?"
                    + "([\\s\\u3000]+[A-Za-z][A-Za-z .'&-]{3,60})?([\\s\\u3000]*(数字报刊?|数字版|电子版|网上版|网络版))?"
                    + "([\\s\\u3000]+(繁体|简体|繁|简)([\\s\\u3000]*[|｜/][\\s\\u3000]*(繁体|简体|繁|简))*)?$");
    /** A forum post's buttons on its header: 只看该作者, 只看楼主, 倒序阅读. */
    private static final Pattern FORUM_BUTTONS = Pattern.compile("只看该作者|只看此人|只看楼主|倒序阅读|倒序看帖");
    /** The word before a post's time, not an account: 发表于 2013-1-18 09:47. */
    private static final Pattern POSTED = Pattern.compile("发表于|发布于|发表|发布|发帖于");
    /**
     * The word before the time a page was edited, committed or uploaded: 最后编辑于 2012-01-11 22:48, 李华　提交于 2022-03-09
     * (the name before it is the person's who did, not a publication).
     */
    private static final Pattern EDITED = Pattern.compile("(最后)?(编辑|修改|更新|提交|上传)于?");
    /** A forum post's floor, before its time: 楼主, 沙发, 3楼. */
    private static final Pattern FLOOR = Pattern.compile("楼主|沙发|板凳|地板|[0-9０-９]{1,4}[楼#＃]");
    /** A platform's channel of accounts, named as a post's 来源: 澎湃新闻·澎湃号·政务, 百家号. */
    private static final Pattern ACCOUNTS_PLATFORM = Pattern.compile("(^|[·・\\s])\\p{IsHan}{2,3}号($|[·・\\s])");
    /** A 来源 that names no source: the site's own (本站原创), a user's (网友投稿) or the web's (网络). */
    private static final Pattern OWN_SITE = Pattern.compile("^(本站|本网|本台)?(原创|自采|编辑|整理)?$"
            + "|^(网友|用户|会员)(投稿|上传|分享|提供)$|^(网络|互联网|网上)$"); // (来源：网友投稿, 来源：网络: no publication)
    /** White space of either width. */
    private static final String S = "[\\s\\u3000]";
    /**
     * A post's byline: 原创 日喀则人大 日喀则人大 2019-01-12 10:30, 2021-01-21 17:45·长汀县融媒体中心官方账号,
     * 原创　温岭人大　温岭人大　2018-01-19 (a day without its time only after 原创 or a name), 恭城人大 2024年01月22日 20:16
     * 广西 (the day in words, the poster's province after the time); the account's owner may
     * have a long name: 积石山人大 积石山保安族东乡族撒拉族自治县人大常委会 2023-01-10 19:45.
     */
    private static final Pattern BYLINE = Pattern.compile("^(原创" + S + "*)?(([^\\s\\u3000，。,:：]{2,16})" + S + "+)?"
            + "([^\\s\\u3000，。,:：]{2,24}" + S + "+)?(\\d{4})[-/年](\\d{1,2})[-/月](\\d{1,2})日?(" + S + "+\\d{1,2}:\\d{2}.*)?$");
    /** A day in digits, maybe with its weekday, and nothing else: 2024年1月12日, 2024-01-12, 2023年1月6日　星期五. */
    private static final Pattern DAY_WITHOUT_TIME = Pattern.compile(
            "^(\\d{4})[-/年](\\d{1,2})[-/月](\\d{1,2})日?([\\s\\u3000]*(星期|周)[一二三四五六日天])?$");
    /** The words of a count of a page's readers (访问量, a site's visits, is the site's count as often). */
    private static final Pattern COUNTER = Pattern.compile("浏览|点击|阅读|访问次数");
    /** A paper's name after the time a page was posted: 2024-01-25 04:12:33　文匯報. */
    private static final Pattern PAPER_AFTER_TIME = Pattern.compile("^" + S + "+\\d{1,2}:\\d{2}(:\\d{2})?" + S
            + "+([^\\s\\u3000，。,:：]{2,12}(日报|晚报|时报|商报|报))(" + S + "+[^\\s\\u3000，。,:：]{2,6})?" + S + "*$");
    /** A blog's name: 椰城老陈的博客. */
    private static final Pattern BLOG = Pattern.compile("^[^\\s\\u3000，。：:]{2,12}的(博客|微博|空间)$");
    /** A post's day and time in brackets: (2007-02-12 10:22:35). */
    private static final Pattern BRACKETED_TIME = Pattern.compile("^[（(](\\d{4}-\\d{1,2}-\\d{1,2}" + S + "+\\d{1,2}:\\d{2}(:\\d{2})?)[)）]$");
    /** A post's byline with its day first, as a platform set it before 2018: 2016-01-22　五指山人大　五指山人大. */
    private static final Pattern DAY_FIRST_BYLINE = Pattern.compile("^(\\d{4})-(\\d{1,2})-(\\d{1,2})" + S
            + "+(?!(?:更新|发布|发表|修改|编辑|上传|来源|浏览|阅读))([^\\s\\u3000，。,:：]{2,10})(" + S + "+[^\\s\\u3000，。,:：]{2,10})?$");
    /**
     * A name alone (a post's account, printed on the line above its byline, maybe with its follow or subscribe button); a headline
     * set with a bar (两会聚焦丨岱岳这一年) is none.
     */
    private static final Pattern ACCOUNT = Pattern.compile("^([^\\s\\u3000，。,:：;；!！?？+丨｜|]{2,16})(" + S + "*([+＋]?关注|[+＋]订阅))?$");
    /** A page's interface words and counters, wherever they stand in the line. */
    private static final Pattern UI = Pattern.compile(
            "[【\\[［(（]?" + S + "*(字体|字号)" + S + "*[:：]?" + S + "*[【\\[［(（]?" + S + "*(大" + S + "*中" + S + "*小|小"
                    + S + "*大|大" + S + "*小|小" + S + "*中" + S + "*大)" + S + "*[】\\]］)）]?" + S + "*[】\\]］)）]?"
                    + "|[【\\[［(（]" + S + "*大" + S + "*中" + S + "*小" + S + "*[】\\]］)）]"
                    + "|(浏览量|浏览次数|浏览|点击量|点击数|点击率|阅读量|阅读数|阅读次数|阅读|访问量|访问次数|访问)" + S + "*[:：]" + S
                    + "*[0-9０-９,，]*" + S + "*次?"
                    // a counter without its colon, at the end of the line: 阅读 1.2万, 浏览 612次
                    + "|(?<=" + S + ")(浏览|阅读|点击|访问)(量|数|次数)?" + S + "*[0-9０-９][0-9０-９.,，]*" + S + "*[万wWkK]?次?" + S + "*$"
                    + "|分享(到)?[:：].*$"
                    + "|[【\\[［]?" + S + "*(打印本页|打印|列印|关闭本页|关闭页面|关闭窗口|关闭|收藏|分享到?|我要纠错|纠错|返回顶部|返回|上一版|下一版)" + S
                    + "*[】\\]］]?(?=" + S + "|$|[【\\[［])");

    private PublicationLine() {
    }

    /** The issue a publication's lines name (2024年第1期), as its year and number, or null. */
    static int[] issue(Publication publication) {
        Matcher m = publication == null || publication.line() == null ? null
                : ISSUE.matcher(ChineseNumbers.toHalfWidthDigits(publication.line()));
        return m != null && m.find() ? new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))} : null;
    }

    /** A day as {@code 2023-01-17}, from its year, month and day as written in digits. */
    private static String day(String year, String month, String day) {
        return String.format("%s-%02d-%02d", year, Integer.parseInt(month), Integer.parseInt(day));
    }

    /**
     * Where a name stops: at a bracket, a wide space, a table's next cell (a tab), a space before a day (大众日报
     * 2008-01-28) or its page's address (晋江新闻网 http://……), a gazette's issue (常委会公报2018年第6期), or a round bracket
     * round its issue's day or page (溫州日報（1998年2月21日第1版）): what follows is the page's, not the name's.
     */
    private static final Pattern NAME_END = Pattern.compile(
            "[【\\[［〔，,\\t]|[\\s\\u3000\\u00A0]{2,}|\\u3000|\\s(?=[0-9０-９]{4}[-－/.年][0-9０-９]{1,2}|https?://|www\\.)"
                    + "|(?<=公报|会刊)(?=[0-9０-９]{4}年)"
                    + "|[（(](?=[0-9０-９〇一二三四五六七八九]{2,4}年|第)");

    private static long openers(String s) {
        return s.chars().filter(c -> c == '（' || c == '(' || c == '【' || c == '[').count();
    }

    private static long closers(String s) {
        return s.chars().filter(c -> c == '）' || c == ')' || c == '】' || c == ']').count();
    }

    /** The name a source value starts with ({@code 京郊日报} of {@code 京郊日报　　]}), or null if none. */
    static String name(String value) {
        Matcher end = NAME_END.matcher(value);
        String name = (end.find() ? value.substring(0, end.start()) : value).strip();
        return name.isEmpty() ? null : name;
    }

    /**
     * Whether a line is a post's byline that does not name its account (2021-01-21 17:45·…): the account is then the
     * name on the line above, which belongs to the publishing lines too.
     */
    static boolean isBylineWithoutAccount(String line) {
        Matcher m = BYLINE.matcher(ChineseNumbers.toHalfWidthDigits(line.strip()));
        return m.matches() && m.group(3) == null && m.group(8) != null;
    }

    /** A publication's or an account's name by its last words: 齐齐哈尔新闻网, 宁夏日报客户端, 徐汇人大, 银川发布. */
    private static final Pattern NAMES_AN_ACCOUNT = Pattern.compile("(网|客户端|报|人大|发布|频道|APP|app)$");

    /**
     * Whether a line above a byline is its account's name: any short name above a byline that names nothing else
     * (2021-01-21 17:45), and a publication's name above one that names its source or author (2018-09-21 09:05:14　来源：
     * 银川日报), whose headline (市人大常委会开展专题询问) stands there too.
     */
    static boolean isAccountAbove(String line, String byline) {
        return isAccountName(line) && (!namesItsSource(byline) || NAMES_AN_ACCOUNT.matcher(Simplified.of(line.strip())).find());
    }

    /** Whether a line is a publication's or a site's name alone: 河池新闻网, 宁夏日报客户端, 人民之声杂志. */
    static boolean isPublicationName(String line) {
        String t = Simplified.of(line.strip());
        return ACCOUNT.matcher(t).matches() && (NAMES_A_PUBLICATION.matcher(t).find() || NAMES_AN_ACCOUNT.matcher(t).find());
    }

    /** Whether a publishing line names its source or its author after a key: ……　来源：银川日报　作者：马晓燕. */
    static boolean namesItsSource(String line) {
        return NAMES_ITS_SOURCE.matcher(line).find();
    }

    /** A source's or an author's key after a byline's time: 来源：银川日报, 作者：王丽. */
    private static final Pattern NAMES_ITS_SOURCE = Pattern.compile("(来源|來源|作者|编辑|編輯|稿源)" + S + "*[:：]");

    /**
     * Keeps the line that names a publication the first time it names it: the same paper's, journal's or gazette's head
     * over its next pages adds nothing.
     */
    private static void keepOnce(Set<String> named, List<String> kept, String name, String line) {
        if (named.add(name)) {
            kept.add(line);
        }
    }

    /** The paper named after the time a page was posted (04:12:33　文匯報), or null. */
    private static String paperAfterTime(String afterDay) {
        Matcher m = afterDay == null ? null : PAPER_AFTER_TIME.matcher(Simplified.of(afterDay));
        return m != null && m.matches() ? afterDay.substring(m.start(2), m.end(2)) : null;
    }

    /**
     * An account's name after a post's time and a mark (19:42·庆阳人大), or after a space where the name reads as an
     * account's (16:20　峨边融媒, 08:15 宜宾发布).
     */
    private static final Pattern ACCOUNT_AFTER_TIME = Pattern.compile("^" + S + "+\\d{1,2}:\\d{2}(:\\d{2})?" + S
            + "*(?:[·・•]" + S + "*([^\\s\\u3000，。,:：·・•]{2,24})|" + S + "*(\\p{IsHan}{2,10}(?:融媒|发布|人大|融媒体中心)))" + S + "*$");

    /**
     * The account named after the time a post was posted (19:42·庆阳人大), or null; a province after the mark is where the
     * poster was (19:32 · 河北), no account.
     */
    private static String accountAfterTime(String afterDay) {
        Matcher m = afterDay == null ? null : ACCOUNT_AFTER_TIME.matcher(Simplified.of(afterDay));
        if (m == null || !m.matches()) {
            return null;
        }
        String name = m.group(2) != null ? afterDay.substring(m.start(2), m.end(2)) : afterDay.substring(m.start(3), m.end(3));
        return Provinces.NAMES.contains(Simplified.of(name)) ? null : name;
    }

    /** The province-level units' names, full and short (河北省, 河北, 内蒙古): a post's place, after its time. */
    private static final class Provinces {
        static final Set<String> NAMES = names();

        private static Set<String> names() {
            Set<String> names = new HashSet<>();
            for (org.reportarchive.places.Division d : org.reportarchive.places.Divisions.defaults().all()) {
                if (d.isProvinceLevel()) {
                    names.add(d.name());
                    names.add(d.shortName());
                }
            }
            return names;
        }
    }

    /** Whether a line is a post's byline with its day first (2016-01-22　五指山人大), or reads like one. */
    static boolean isDayFirstByline(String line) {
        return DAY_FIRST_BYLINE.matcher(ChineseNumbers.toHalfWidthDigits(line.strip())).matches();
    }

    /**
     * An account's card under its name: its counters, two at least, maybe with its follow button (1.6万粉丝　·　2386获赞
     * 　+ 关注), or its follow button alone (关注, + 订阅).
     */
    private static final Pattern CARD = Pattern.compile("^(?:[0-9.]+[万千wWkK]?" + S + "*(?:粉丝|获赞|关注|作品|赞)[" + S
            + "·・•|｜]*){2,}(?:[+＋]" + S + "*关注)?$|^[+＋]?" + S + "*(关注|订阅)$");

    /** Whether a line is an account's card: its counters (粉丝, 获赞) and follow button, or the button alone. */
    static boolean isAccountsCard(String line) {
        return (line.indexOf('粉') >= 0 || line.indexOf('赞') >= 0 || line.indexOf('关') >= 0 || line.indexOf('订') >= 0)
                && CARD.matcher(ChineseNumbers.toHalfWidthDigits(line.strip())).matches();
    }

    /**
     * A platform of accounts by its name alone, as a page of it prints it over the account's (视频号, 抖音, 快手) or names
     * it as the 来源 of an account's post (来源：一点资讯 / 梁溪人大　　+订阅).
     */
    private static final Pattern PLATFORM = Pattern.compile("^((微信)?视频号|抖音|快手|哔哩哔哩|bilibili|B站|今日头条|头条号|西瓜视频"
            + "|新浪微博|微博|小红书|百家号|企鹅号|网易号|搜狐号|大鱼号|一点资讯|一点号|(微信)?公众号)$");

    /** Whether a line is a platform's name alone (视频号), over the name of the account that posted on it. */
    static boolean isPlatformName(String line) {
        String t = line.strip();
        return t.length() <= PLATFORM_NAME && PLATFORM.matcher(Simplified.of(t)).matches();
    }

    /** The longest platform's name. */
    private static final int PLATFORM_NAME = 9;

    /** Whether a line is an account's name and nothing else: a short name alone, no title, no speaker's line. */
    static boolean isAccountAlone(String line) {
        return isAccountName(line) && !FrontMatter.isTitle(line) && FrontMatter.parseSpeaker(line).isEmpty();
    }

    /** Whether a line could be the name of a post's account: a short name alone. */
    static boolean isAccountName(String line) {
        return ACCOUNT.matcher(line.strip()).matches();
    }

    /**
     * @param lines    the publishing lines that were stripped from the text
     * @param removals receives the interface words found in them (with their lines)
     */
    static Publication parse(List<Removal> lines, List<Removal> removals) {
        String source = null;
        String date = null;
        String author = null;
        String[] signed = null; // a 成文日期 or 生成日期: its day, and the line's words for it
        String account = null;
        boolean original = false; // the source is the account of a post it marks 原创, its own
        boolean blog = false; // the source is a blog's name, which a paper the blogger names outranks
        List<String> kept = new ArrayList<>();
        Set<String> papers = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            Removal r = lines.get(i);
            String line = OtherScripts.strip(r.text()); // 来源 مەنبە：伊宁市人大常委会 reads as 来源：伊宁市人大常委会
            line = BRACKETED_KEY.matcher(line).replaceFirst("$1：");  // 【来源】……公报 reads as 来源：……公报
            line = TABBED_KEY.matcher(line).replaceAll("$1：");  // 发布机构→六安市…… reads as 发布机构：六安市……
            Matcher ui = UI.matcher(Simplified.of(line)); // a simplified view of the same length: 字體 and 關閉 too
            StringBuilder clean = new StringBuilder();
            int last = 0;
            boolean counted = false; // (the line counts its page's readers: 浏览：326)
            while (ui.find()) {
                if (ui.group().isBlank()) {
                    continue;
                }
                counted |= COUNTER.matcher(ui.group()).find();
                removals.add(new Removal(r.line(), RemovalReason.SITE_UI, line.substring(ui.start(), ui.end()).strip()));
                clean.append(line, last, ui.start()).append(' ');
                last = ui.end();
            }
            line = clean.append(line.substring(last)).toString();
            // fields each in brackets: 【发布时间：2006-3-8】【信息来源：旗人大常委会办公室】, 【版次】第03版　　【来源】伊犁日报
            line = BRACKETED_KEYS.matcher(BRACKETED_FIELD.matcher(line).replaceAll("　$1　")).replaceAll("　$1：")
                    .replaceAll("[【\\[［][\\s\\u3000]*[】\\]］]", "　") // (and the brackets a counter taken off left)
                    .replaceAll("[\\s\\u3000]*[|｜][\\s\\u3000]*(?=[^|｜:：\\s\\u3000]{1,8}[\\s\\u3000]*[:：])", "　") // (版次: A06 | 来源: ……)
                    .replaceAll("([\\s\\u3000]*[|｜])+[\\s\\u3000]*$", ""); // (and one before a counter taken off)
            String bare = ChineseNumbers.toHalfWidthDigits(line.strip());
            String view = Simplified.of(bare); // read in simplified characters, taken from the line as written
            Matcher mirrored = MIRRORED_GAZETTE.matcher(view);
            if (mirrored.matches()) { // a gazette's head on a left-hand page: 2004年第4号　　浙江省……公报
                String name = bare.substring(mirrored.start(1), mirrored.end(1));
                keepOnce(papers, kept, name, bare);
                source = source == null ? name : source;
                continue;
            }
            Matcher masthead = MASTHEAD.matcher(view);
            if (!masthead.matches()) {
                masthead = DASHED_MASTHEAD.matcher(view);
            }
            if (masthead.matches()) {
                String paper = bare.substring(masthead.start(1), masthead.end(1));
                keepOnce(papers, kept, paper, line.strip());
                source = source == null ? paper : source;
                date = date == null ? day(masthead.group(3), masthead.group(4), masthead.group(5)) : date;
                continue;
            }
            Matcher dayAlone = DAY_ALONE.matcher(view);
            if (dayAlone.matches() && source != null && i > 0 && lines.get(i - 1).line() >= r.line() - 2) {
                // an e-paper's day on a line of its own right under its masthead: 2012年2月29日　星期三 (a day alone
                // elsewhere may be the day a site shows as today's)
                date = date == null ? day(dayAlone.group(1), dayAlone.group(2), dayAlone.group(3)) : date;
                kept.add(bare);
                continue;
            }
            Matcher dayFirst = DAY_FIRST_MASTHEAD.matcher(view);
            if (dayFirst.matches()) {
                String paper = bare.substring(dayFirst.start(5), dayFirst.end(5));
                keepOnce(papers, kept, paper, bare);
                source = source == null ? paper : source;
                date = date == null ? day(dayFirst.group(1), dayFirst.group(2), dayFirst.group(3)) : date;
                continue;
            }
            Matcher epaper = EPAPER_HEAD.matcher(view);
            if (epaper.lookingAt()) {
                String paper = bare.substring(epaper.start(1), epaper.end(1));
                keepOnce(papers, kept, paper, paper);
                source = source == null ? paper : source;
                continue;
            }
            Matcher reposted = REPOSTED_FROM.matcher(view);
            if (reposted.find() && !KEY.matcher(view).find()) {
                // a reposter's sentence: ……，全文转自西江日报（1月11日A3版），……; and the issue's day after the paper:
                // （原载《遵义日报》1999年3月3日第2版）
                int name = 1;
                while (reposted.start(name) < 0) {
                    name++;
                }
                // (the paper or journal a blogger names outranks the blog's own name)
                source = source == null || blog ? bare.substring(reposted.start(name), reposted.end(name)) : source;
                blog = false;
                Matcher issue = DATE.matcher(bare);
                if (date == null && issue.find(reposted.end(name))) {
                    date = day(issue.group(1), issue.group(2), issue.group(3));
                }
                kept.add(bare);
                continue;
            }
            Matcher publishedBy = PUBLISHED_BY.matcher(bare);
            if (publishedBy.matches()) {
                // who published the page and when, without keys: 溧水县人大常委会办公室  2012年8月31日发布
                source = source == null ? publishedBy.group(1) : source;
                date = date == null ? day(publishedBy.group(2), publishedBy.group(3), publishedBy.group(4)) : date;
                kept.add(bare);
                continue;
            }
            Matcher dateline = DATELINE.matcher(view);
            if (dateline.matches()) {
                // a paper's dateline: 【香港文匯報訊】（2008-01-30）; 本报讯 names no paper
                String name = bare.substring(dateline.start(1), dateline.end(1));
                boolean own = dateline.group(1).equals("本报") || dateline.group(1).equals("本网"); // (in the simplified view)
                source = source == null && !own ? name : source;
                date = date == null && dateline.group(2) != null ? day(dateline.group(2), dateline.group(3), dateline.group(4)) : date;
                kept.add(bare);
                continue;
            }
            Matcher taken = TAKEN_FROM.matcher(view);
            if (taken.lookingAt()) {
                // a book's note under the text of where it took it from: （摘自《吉首年鉴·2016》，第38—39页）
                source = source == null ? bare.substring(taken.start(1), taken.end(1)) : source;
                kept.add(bare);
                continue;
            }
            String head = withoutPageNumber(bare); // (a running head's name, its page's number aside)
            Matcher book = BOOK.matcher(Simplified.of(head));
            if (book.matches()) {
                String name = head.substring(book.start(1), book.end(1)); // 上海人大月刊, 鄂托克旗年鉴, 海南人大工作文集
                keepOnce(papers, kept, name, head);
                source = source == null ? name : source;
                continue;
            }
            String headView = Simplified.of(head); // (a journal's running head: ·8·　　昭通人大　2019年第1期)
            Matcher gazette = GAZETTE.matcher(headView);
            int g = !gazette.matches() ? 0 : gazette.group(1) != null ? 1 : gazette.group(2) != null ? 2
                    : gazette.group(3) != null ? 3 : 4;
            // (not a line whose keys go on after the gazette's issue: 来源：常委会公报2018年第6期　　发布时间：2019-01-08)
            if (g > 0 && !KEY.matcher(headView).find(gazette.end(g))) {
                String name = head.substring(gazette.start(g), gazette.end(g));
                keepOnce(papers, kept, name, head);
                source = source == null ? name : source;
                continue;
            }
            boolean gazetteName = GAZETTE_NAME.matcher(view).matches();
            if (gazetteName || GAZETTE_ISSUE.matcher(ChineseNumbers.toHalfWidthDigits(view)).matches()) {
                if (gazetteName && !papers.add(bare)) {
                    continue; // (its name again, over another page)
                }
                source = source == null && gazetteName ? bare : source;
                kept.add(bare); // (the issue's line too: its year dates a day without one)
                continue;
            }
            if (BLOG.matcher(view).matches()) {
                blog = source == null; // a blog's name over its post: 塞上老李的博客
                source = source == null ? bare : source;
                kept.add(bare);
                continue;
            }
            Matcher newsletter = NEWSLETTER.matcher(view);
            if (newsletter.matches()) {
                source = source == null ? bare.substring(newsletter.start(2), newsletter.end(2)) : source;
                kept.add(bare);
                continue;
            }
            Matcher paper = PAPER_NAME.matcher(view);
            if (paper.matches()) {
                source = source == null ? bare.substring(paper.start(1), paper.end(1)) : source;
                kept.add(bare);
                continue;
            }
            // (an old portal's address before it: http://www.sina.com.cn 2008年01月23日 07:35 齐齐哈尔日报)
            // (and a blog's time of posting in brackets: (2007-02-12 10:22:35))
            Matcher byline = BYLINE.matcher(bare.startsWith("http") || bare.startsWith("www.")
                    ? SITE_ADDRESS.matcher(bare).replaceFirst("") : BRACKETED_TIME.matcher(bare).replaceFirst("$1"));
            if (byline.matches() && (byline.group(1) != null || byline.group(3) != null || byline.group(8) != null)
                    && !KEY.matcher(view).find()) { // a keyed line names its own source
                // the account that posted it: named on the byline, or on the line just above it
                // (原创　王晓彤　岱岳发布　2025-01-09 17:45: a post's author, then its account, as WeChat prints them)
                // (but a platform's channel after the account is where it posted: 原创 包河发布 澎湃号·政务 2021-01-08)
                String posted = byline.group(1) != null && byline.group(4) != null
                        && !ACCOUNTS_PLATFORM.matcher(Simplified.of(byline.group(4).strip())).find()
                        ? byline.group(4).strip() : byline.group(3);
                // (發表於 too; and a forum's floor, 楼主  发表于 2009-3-2 21:14, names no one)
                // (nor a forum's poster, on a post's header with its buttons: 凤凰山下的人　发表于 2010-1-16 09:42 | 只看该作者)
                boolean edited = byline.group(4) != null && EDITED.matcher(Simplified.of(byline.group(4).strip())).matches()
                        || posted != null && EDITED.matcher(Simplified.of(posted)).matches();
                String name = posted != null ? (POSTED.matcher(Simplified.of(posted)).matches() || edited
                        || FLOOR.matcher(Simplified.of(posted)).matches() || FORUM_BUTTONS.matcher(view).find() ? null : posted)
                        : i > 0 && lines.get(i - 1).line() == r.line() - 1 ? account : null;
                // (2024-01-25 04:12:33　文匯報; and the account after the time's mark: 原创2023-01-16 19:42·庆阳人大)
                String named = name == null ? paperAfterTime(byline.group(8)) : null;
                named = name == null && named == null ? accountAfterTime(byline.group(8)) : named;
                name = named != null ? named : name;
                original |= source == null && name != null && byline.group(1) != null;
                source = source == null ? name : source;
                date = date == null ? day(byline.group(5), byline.group(6), byline.group(7)) : date;
                kept.add(byline.group(3) == null && name != null && named == null ? name + "　" + bare : bare);
                continue;
            }
            if (isPlatformName(bare)) {
                continue; // (where the account posted, over its name: 视频号 / 灵宝融媒)
            }
            if (i > 0 && lines.get(i - 1).line() == r.line() - 1 && isPlatformName(lines.get(i - 1).text())
                    && isAccountAlone(bare)) {
                source = source == null ? bare : source; // an account's name under its platform's
                kept.add(bare);
                continue;
            }
            if (account != null && isAccountsCard(bare) && lines.get(i - 1).line() == r.line() - 1) {
                // an account's name over its card's counters or its follow button: 沁源人大 / 1.6万粉丝　·　2386获赞　　+ 关注
                source = source == null ? account : source;
                kept.add(account);
                continue;
            }
            Matcher countedDay = DAY_WITHOUT_TIME.matcher(bare.strip());
            if (counted && countedDay.matches()) {
                // a day beside the count of a page's readers is the day the page was posted: 2024年1月12日　　浏览：326
                date = date == null ? day(countedDay.group(1), countedDay.group(2), countedDay.group(3)) : date;
                kept.add(bare.strip());
                continue;
            }
            if (PageTail.DAY_ALONE.matcher(bare).matches() && i > 0 && lines.get(i - 1).line() == r.line() - 1) {
                // the day of the publishing line right above it, on a line of its own: 来源：延边日报 / 2026-01-12
                Matcher d = DATE.matcher(bare);
                if (d.find()) {
                    date = date == null ? day(d.group(1), d.group(2), d.group(3)) : date;
                    kept.add(bare);
                }
                continue;
            }
            Matcher dayFirstByline = DAY_FIRST_BYLINE.matcher(bare);
            if (dayFirstByline.matches()) {
                source = source == null ? dayFirstByline.group(4) : source; // the account, then its author
                date = date == null ? day(dayFirstByline.group(1), dayFirstByline.group(2), dayFirstByline.group(3)) : date;
                kept.add(bare);
                continue;
            }
            // (the account named on the line right above: 杨浦人大 / 2023-01-13 18:06　来源：澎湃新闻·澎湃号·政务; or right
            // under it, with its follow button: 2020-01-14 18:42　来源：澎湃新闻·澎湃号·政务 / 黎川人大　　+关注)
            String accountAbove = i > 0 && lines.get(i - 1).line() == r.line() - 1 ? account : null;
            if (accountAbove == null && i + 1 < lines.size() && lines.get(i + 1).line() == r.line() + 1) {
                String below = ChineseNumbers.toHalfWidthDigits(lines.get(i + 1).text().strip());
                Matcher under = ACCOUNT.matcher(below);
                accountAbove = under.matches() && !FrontMatter.isTitle(below) ? under.group(1) : null;
            }
            Matcher name = ACCOUNT.matcher(bare);
            // (a blog post's headline over its time is no account: 献县人大常委会工作报告 / 2007-01-28 19:42)
            account = name.matches() && !FrontMatter.isTitle(bare) ? name.group(1) : null;
            Matcher m = KEY.matcher(Simplified.of(line)); // 來源：貴陽日報 reads as 来源; the value stays as written
            List<int[]> keys = new ArrayList<>();
            while (m.find()) {
                keys.add(new int[] {m.start(), m.end()});
            }
            // the account a line starts with (霞浦人大　2024-01-16 17:42　来源：澎湃新闻·澎湃号·政务)
            // (the site's address before them is no account: http://www.northnews.cn　2005-02-04 08:35:21　来源：内蒙古日报)
            Matcher lead = keys.isEmpty() ? null : BYLINE.matcher(ChineseNumbers.toHalfWidthDigits(
                    SITE_ADDRESS.matcher(line.substring(0, keys.get(0)[0]).strip()).replaceFirst("")));
            String poster = lead != null && lead.matches() ? lead.group(3) : null;
            if (poster != null) {
                date = date == null ? day(lead.group(5), lead.group(6), lead.group(7)) : date;
                kept.add(lead.group().strip());
            } else if (lead != null && lead.matches() && lead.group(2) == null && lead.group(4) == null) {
                // the day the page was posted, before its keys: 2023-02-03 07:45　来源：处州晚报, and the paper after
                // its time: 2024-01-25 04:12:33　文匯報　　字號：大 中 小
                date = date == null ? day(lead.group(5), lead.group(6), lead.group(7)) : date;
                source = source == null ? paperAfterTime(lead.group(8)) : source;
                kept.add(lead.group().strip());
            } else if (!keys.isEmpty()) {
                // the same in words: 2011年01月20日08:34　来源：鞍山日报, 2012年02月16日 10:20:45　来源：黔西南日报
                String before = ChineseNumbers.toHalfWidthDigits(line.substring(0, keys.get(0)[0]).strip())
                        .replaceFirst("[\\s\\u3000]*[|｜]$", "") // (2021年09月29日08:42 | 来源：人民网)
                        .replaceFirst(SITE_ADDRESS.pattern(), ""); // (the site's address)
                Matcher at = POSTED_AT.matcher(before);
                if (at.matches()) {
                    date = date == null ? day(at.group(1), at.group(2), at.group(3)) : date;
                    kept.add(before);
                }
            }
            for (int k = 0; k < keys.size(); k++) {
                String written = line.substring(keys.get(k)[0], keys.get(k)[1]).replaceAll("[\\s\\u3000:：]", "");
                String key = Simplified.of(written);
                int end = k + 1 < keys.size() ? keys.get(k + 1)[0] : line.length();
                // （来源：固原日报）: the brackets around the line are not the value's
                String value = SourceLine.trim(line.substring(keys.get(k)[1], end));
                value = value.replaceFirst("[\\s\\u3000]*[【\\[［(（]+$", ""); // (the next bracketed key's opening: 【发布日期：……】【点击：231】)
                if (closers(value) > openers(value)) {
                    value = value.replaceFirst("[)）】\\]]+$", "").strip(); // (its own bracket stays: 溫州日報（……第1版）)
                }
                if (value.isEmpty()) {
                    continue;
                }
                if ((key.contains("来源") || key.equals("稿源")) && (poster != null || source != null || accountAbove != null)
                        && (ACCOUNTS_PLATFORM.matcher(Simplified.of(value)).find() || isPlatformName(value))) {
                    // a platform of accounts is where the account posted, not who published it (the account is on this
                    // line, or was on the byline above it: 原创　岱岳发布　2025-01-09 17:45 / 来源：澎湃新闻·澎湃号·政务, or
                    // is the name right above the line)
                    source = poster != null ? poster : accountAbove != null ? accountAbove : source;
                } else if ((key.contains("来源") || key.equals("稿源")) && OWN_SITE.matcher(Simplified.of(value)).matches()) {
                    continue; // 来源：本站原创 names no source
                } else if (key.equals("资料来源") && !NAMES_A_PUBLICATION.matcher(Simplified.of(value)).find()) {
                    continue; // a table's 资料来源：市统计局 names no publication; a record's 资料来源：青海日报 does
                } else if (key.contains("来源") || key.equals("稿源")) {
                    // the source a line names outranks the publishing body, but not the account that marks the post
                    // its own (原创　天河人大　2022-01-12 / ……来源：天河区人大常委会办公室, the office that wrote it)
                    source = original ? source : name(value);
                    Matcher d = DATE.matcher(ChineseNumbers.toHalfWidthDigits(value)); // (１９９５-０３-１４ too)
                    if (date == null && source != null && d.find() && d.start() >= source.length()) {
                        date = day(d.group(1), d.group(2), d.group(3)); // 来源：大众日报 2008-01-28: its issue's day
                    }
                } else if (key.equals("出处")) {
                    // a library record's 出处：西宁晚报，1998-02-24，第2版: the paper, and the day of its issue
                    source = source == null ? name(value) : source;
                    Matcher d = DATE.matcher(ChineseNumbers.toHalfWidthDigits(value)); // (１９９５-０３-１４ too)
                    if (date == null && d.find()) {
                        date = day(d.group(1), d.group(2), d.group(3));
                    }
                } else if (DISCLOSURE_KEY.matcher(key).matches()) {
                    continue; // 索引号：002502185/2021-183426, 有效性：有效
                } else if (key.equals("发布机构")) {
                    source = source == null ? name(value) : source;
                } else if (key.equals("作者")) {
                    // (a day after the author, set apart by wide spaces, is the page's: 作者：旗人大常委会办公室　2023-01-09)
                    Matcher trailing = TRAILING_DAY.matcher(ChineseNumbers.toHalfWidthDigits(value));
                    boolean dated = trailing.find();
                    if (dated) {
                        date = date == null ? day(trailing.group(1), trailing.group(2), trailing.group(3)) : date;
                    }
                    author = author == null ? (dated ? value.substring(0, trailing.start()).strip() : value) : author;
                } else if (key.startsWith("上传者") || key.equals("页数") || key.startsWith("下载") || key.equals("收录日期")) {
                    continue; // a document site's uploader and counters, a database's day of intake, are no publication facts
                } else if (key.equals("成文日期") || key.equals("生成日期")) {
                    // the day the document was signed or filed: the page's day only when it gives no day it was published
                    Matcher d = DATE.matcher(ChineseNumbers.toHalfWidthDigits(value));
                    if (signed == null && d.find()) {
                        signed = new String[] {day(d.group(1), d.group(2), d.group(3)), written + "：" + value};
                    }
                    continue;
                } else if (key.contains("日期") || key.contains("时间")) {
                    Matcher d = DATE.matcher(ChineseNumbers.toHalfWidthDigits(value)); // (１９９５-０３-１４ too)
                    if (date == null && d.find()) {
                        date = day(d.group(1), d.group(2), d.group(3));
                    }
                } else {
                    // editors are not publication facts; a day after the editor, set apart by spaces, is the page's
                    // (编辑：陈琳  2024-01-19 08:10)
                    Matcher trailing = TRAILING_DAY.matcher(ChineseNumbers.toHalfWidthDigits(value));
                    if (key.contains("编") && trailing.find()) {
                        date = date == null ? day(trailing.group(1), trailing.group(2), trailing.group(3)) : date;
                        kept.add(trailing.group().strip());
                    }
                    continue;
                }
                kept.add(written + "：" + value); // as the page has it: 來源：廈門日報
            }
        }
        if (date == null && signed != null) {
            date = signed[0];
            kept.add(signed[1]);
        }
        if (source == null && date == null && author == null) {
            return null;
        }
        // (the same line on the next page of a text copied from two adds nothing)
        return new Publication(source, date, author, String.join("　", new java.util.LinkedHashSet<>(kept)));
    }
}
