package org.reportarchive.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reportarchive.model.Publication;
import org.reportarchive.model.Removal;
import org.reportarchive.model.RemovalReason;
import org.reportarchive.model.Report;

class PublicationLineTest {

    /** The publication facts of one removed line, its interface words added to {@code ui}. */
    private static Publication parse(int line, String text, List<Removal> ui) {
        return PublicationLine.parse(List.of(new Removal(line, RemovalReason.PUBLICATION, text)), ui);
    }

    @Test
    void thePagesInterfaceWordsAndCountersAreTakenOutAndListed() {
        List<Removal> ui = new ArrayList<>();
        Publication p = parse(3, "发布时间：2023-02-20 来源：攀枝花日报 访问次数：1234 字体：[ 大 中 小 ] 打印 关闭", ui);
        assertEquals("攀枝花日报", p.source());
        assertEquals("2023-02-20", p.date());
        assertEquals("发布时间：2023-02-20　来源：攀枝花日报", p.line());
        assertEquals(List.of("访问次数：1234", "字体：[ 大 中 小 ]", "打印", "关闭"), ui.stream().map(Removal::text).toList());
        assertEquals(List.of(3, 3, 3, 3), ui.stream().map(Removal::line).toList());
    }

    @Test
    void fieldsEachInBracketsAndAnEpapersFieldsAreReadAsTheirKeysAndValues() {
        List<Removal> ui = new ArrayList<>();
        Publication p = parse(13, "【发布时间：2006-3-8】【信息来源：旗人大常委会办公室】【发布人：admin】【阅读：156次】【字体：大 中 小】", ui);
        assertEquals("旗人大常委会办公室", p.source());
        assertEquals("2006-03-08", p.date());
        assertFalse(p.line().contains("【") || p.line().contains("】"), p.line());
        assertEquals("伊犁日报", parse(5, "【版次】第03版　　【作者】　　【来源】伊犁日报　　【日期】2007-01-25　　【字号 大 中 小】",
                new ArrayList<>()).source());
        for (String fields : List.of("版次：2　　作者：　　来源：今日象山　　日期：2010-01-20", "【版次】第03版　　【来源】伊犁日报")) {
            assertEquals(java.util.Optional.of(RemovalReason.PUBLICATION), BoilerplateRules.defaults().classify(fields, false));
        }
        assertEquals("今日象山", parse(6, "版次：2　　作者：　　来源：今日象山　　日期：2010-01-20", new ArrayList<>()).source());
        // a forum post's header names its poster, no publication
        assertNull(parse(9, "凤凰山下的人　发表于 2010-1-16 09:42 | 只看该作者", new ArrayList<>()).source());
        // fields in tortoise-shell brackets, and fields set apart by bars
        assertEquals("呼图壁县人大常委会办公室", parse(30, "〔信息来源：呼图壁县人大常委会办公室〕〔发布人：马　丽〕", new ArrayList<>()).source());
        assertEquals("烟台日报", parse(6, "版次: A06 | 来源: 烟台日报 | 日期: 2016-01-13 | 作者: 孙　磊", new ArrayList<>()).source());
        assertEquals("县人大常委会办公室", parse(5, "发布时间：2016-01-14 10:22 | 来源：县人大常委会办公室 | 浏览次数： | 字号：大 中 小",
                new ArrayList<>()).source());
        // an e-paper's masthead with the paper's English name before 電子版
        assertEquals(java.util.Optional.of(RemovalReason.PUBLICATION), BoilerplateRules.defaults().classify("華僑報　VA KIO DAILY　電子版", false));
        assertEquals("華僑報", parse(1, "華僑報　VA KIO DAILY　電子版", new ArrayList<>()).source());
    }

    @Test
    void aBooksNoteOfWhereItTookTheTextFromNamesTheBook() {
        List<Removal> ui = new ArrayList<>();
        for (String[] c : new String[][] {{"（摘自《吉首年鉴·2016》，第38—39页）", "吉首年鉴·2016"},
                {"（选自《湟中县人大志》，青海人民出版社2003年版，第215—219页）", "湟中县人大志"}, {"（选自《海南人大工作文集》）", "海南人大工作文集"}}) {
            assertEquals(java.util.Optional.of(RemovalReason.PUBLICATION), BoilerplateRules.defaults().classify(c[0], true), c[0]);
            assertEquals(c[1], parse(30, c[0], ui).source(), c[0]);
        }
        // a paper's dateline alone on its line; a column's name alone (人大简讯) is no dateline
        Publication dateline = parse(5, "【香港文匯報訊】（2008-01-30）", ui);
        assertEquals("香港文匯報", dateline.source());
        assertEquals("2008-01-30", dateline.date());
        assertEquals(java.util.Optional.of(RemovalReason.PUBLICATION), BoilerplateRules.defaults().classify("【香港文匯報訊】（2008-01-30）", true));
        assertEquals("2023-01-10", parse(5, "本报讯（2023年1月10日）", ui).date());
        assertEquals(null, parse(5, "本报讯（2023年1月10日）", ui).source());
        assertEquals(java.util.Optional.empty(), BoilerplateRules.defaults().classify("人大简讯", true));
        // who published the page and when, without keys
        Publication by = parse(12, "溧水县人大常委会办公室  2012年8月31日发布", ui);
        assertEquals("溧水县人大常委会办公室", by.source());
        assertEquals("2012-08-31", by.date());
        assertEquals(java.util.Optional.of(RemovalReason.PUBLICATION), BoilerplateRules.defaults().classify("溧水县人大常委会办公室  2012年8月31日发布", true));
        // a sentence of the report's in brackets is none
        assertEquals(java.util.Optional.empty(), BoilerplateRules.defaults().classify("（据统计，全年办理代表建议86件，办结率100%）", true));
    }

    @Test
    void theDayADocumentWasSignedIsThePagesOnlyWhenThePageGivesNoDayOfItsOwn() {
        List<Removal> ui = new ArrayList<>();
        Publication both = PublicationLine.parse(List.of(new Removal(4, RemovalReason.PUBLICATION, "发布机构：\t潍坊市人大常委会办公室"),
                new Removal(6, RemovalReason.PUBLICATION, "成文日期：\t2020-07-03"),
                new Removal(8, RemovalReason.PUBLICATION, "发布日期：\t2020-07-06")), ui);
        assertEquals("2020-07-06", both.date());
        Publication signedOnly = PublicationLine.parse(List.of(new Removal(4, RemovalReason.PUBLICATION, "发布机构：瑞安市人大常委会办公室"),
                new Removal(7, RemovalReason.PUBLICATION, "生成日期：2019-12-20")), ui);
        assertEquals("2019-12-20", signedOnly.date());
    }

    @Test
    void aDayAfterTheEditorIsThePagesAndTheEditorIsNoFact() {
        List<Removal> ui = new ArrayList<>();
        Publication p = parse(6, "来源：安吉新闻网  编辑：陈琳  2024-01-19 08:10", ui);
        assertEquals("安吉新闻网", p.source());
        assertEquals("2024-01-19", p.date());
        assertTrue(!p.line().contains("陈琳"), p.line());
        Publication words = parse(6, "來源：梅州日報　責任編輯：李明　2024年1月22日", ui);
        assertEquals("2024-01-22", words.date());
        // a day that is part of what follows the key, not set apart after it, is not read
        Publication none = parse(6, "来源：安吉新闻网  编辑：2024-01-19专题组", ui);
        assertEquals(null, none.date());
    }

    @Test
    void anAppsBylineNamesItsAccountAfterTheTimeAndAPortalsItsPaperAfterItsAddress() {
        List<Removal> ui = new ArrayList<>();
        Publication glued = parse(5, "原创2023-01-16 19:42·青阳人大", ui);
        assertEquals("青阳人大", glued.source());
        assertEquals("2023-01-16", glued.date());
        Publication portal = parse(3, "http://news.163.com 2009年01月20日 09:12 长江日报", ui);
        assertEquals("长江日报", portal.source());
        assertEquals("2009-01-20", portal.date());
        assertEquals("晋江新闻网", parse(40, "本文来源：晋江新闻网 http://www.ijjnews.com/system/2015/01/23/010512380.shtml", ui).source());
        assertEquals("峨邊融媒", parse(3, "2023-10-26 16:20　峨邊融媒", ui).source());
        Publication account = parse(3, "隆林发布　2017-02-20", ui);
        assertEquals("隆林发布", account.source());
        assertEquals("2017-02-20", account.date());
        // a day-like number before the time is no address
        assertEquals("2009-01-20", parse(3, "2009-01-20 09:12 长江日报", ui).date());
    }

    @Test
    void aDisclosureBoxsKeysEndTheValuesBesideThemWithColonsOrInCells() {
        List<Removal> ui = new ArrayList<>();
        Publication box = PublicationLine.parse(List.of(
                new Removal(4, RemovalReason.PUBLICATION, "信息索引号：002502185/2021-183426　　　　公开方式：主动公开"),
                new Removal(5, RemovalReason.PUBLICATION, "组配分类：其他文件　　　　　　发布机构：义乌市人民政府办公室"),
                new Removal(6, RemovalReason.PUBLICATION, "成文日期：2021-11-05　　　　　　发布日期：2021-11-18")), ui);
        assertEquals("义乌市人民政府办公室", box.source());
        assertEquals("2021-11-18", box.date());
        Publication cells = PublicationLine.parse(List.of(
                new Removal(4, RemovalReason.PUBLICATION, "索引号\t11341500003140587A/202007-00012\t主题分类\t人大工作"),
                new Removal(5, RemovalReason.PUBLICATION, "发布机构\t六安市人大常委会办公室\t成文日期\t2020-07-10"),
                new Removal(6, RemovalReason.PUBLICATION, "文号\t六人常审〔2020〕5号\t发布日期\t2020-07-22")), ui);
        assertEquals("六安市人大常委会办公室", cells.source());
        assertEquals("2020-07-22", cells.date());
        assertEquals("2021-09-06", parse(7, "发布日期：2021-09-06　　　　　　有 效 性：有效", ui).date());
        // a gazette's issue after its name, before the page's other keys or after them
        for (String line : List.of("来源：常委会公报2018年第6期　　发布时间：2019-01-08", "发布时间：2019-01-08　　来源：常委会公报2018年第6期")) {
            Publication p = parse(4, line, ui);
            assertEquals("常委会公报", p.source(), line);
            assertEquals("2019-01-08", p.date(), line);
        }
        assertEquals("宁波市人民代表大会常务委员会公报", parse(1, "宁波市人民代表大会常务委员会公报　2013年第4期", ui).source());
    }

    @Test
    void aDayInWordsWithItsTimeBeforeTheKeysIsThePostsDay() {
        List<Removal> ui = new ArrayList<>();
        Publication joined = parse(3, "2011年01月20日08:34　　来源：鞍山日报", ui);
        assertEquals("鞍山日报", joined.source());
        assertEquals("2011-01-20", joined.date());
        Publication seconds = parse(4, "2012年02月16日 10:20:45　　来源：黔西南日报", ui);
        assertEquals("黔西南日报", seconds.source(), "the time is not the source");
        assertEquals("2012-02-16", seconds.date());
        Publication record = parse(5, "出　　处：淮阴日报，１９９５-０３-１４，第２版", ui);
        assertEquals("1995-03-14", record.date(), "full-width digits too");
        Publication traditional = parse(2, "2006年01月18日 09:15　來源：北海日報", ui);
        assertEquals("北海日報", traditional.source());
        assertEquals("2006年01月18日 09:15　來源：北海日報", traditional.line());
    }

    @Test
    void aPostsOwnAccountStaysItsPublicationOverTheSourceUnderItsText() {
        List<Removal> ui = new ArrayList<>();
        // 原创: the account's own post; the 来源 under the text names the office that wrote it
        Publication own = PublicationLine.parse(List.of(
                new Removal(2, RemovalReason.PUBLICATION, "原创　天河人大　天河人大　2022-01-12 18:00　发表于广东"),
                new Removal(101, RemovalReason.PUBLICATION, "来源：天河区人大常委会办公室")), ui);
        assertEquals("天河人大", own.source());
        assertEquals("2022-01-12", own.date());
        assertTrue(own.line().endsWith("来源：天河区人大常委会办公室"), own.line());
        // without 原创 the post carries another's text: the source it names is the publication
        Publication carried = PublicationLine.parse(List.of(
                new Removal(2, RemovalReason.PUBLICATION, "天河人大　2022-01-12 18:00"),
                new Removal(60, RemovalReason.PUBLICATION, "来源：广州日报")), ui);
        assertEquals("广州日报", carried.source());
        // a keyed line of its own, as a site prints it: its source
        assertEquals("黔西南日报", parse(4, "2012年02月16日 10:20:45　　来源：黔西南日报", ui).source());
    }

    @Test
    void aSourceEndsBeforeTheBracketRoundItsIssueWhichTheLineKeepsWhole() {
        List<Removal> ui = new ArrayList<>();
        Publication p = parse(4, "發表時間：2005-06-18 21:33　作者：甌江客　來源：溫州日報（1998年2月21日第1版）", ui);
        assertEquals("溫州日報", p.source());
        assertTrue(p.line().endsWith("來源：溫州日報（1998年2月21日第1版）"), p.line());
        assertEquals("固原日报", parse(9, "（来源：固原日报）", ui).source());
        assertEquals("来源：固原日报", parse(9, "（来源：固原日报）", ui).line(), "the brackets round the line are not the value's");
    }

    @Test
    void anEPapersDayOnALineOfItsOwnUnderItsMastheadIsItsIssuesDay() {
        List<Removal> ui = new ArrayList<>();
        Publication p = PublicationLine.parse(List.of(new Removal(1, RemovalReason.PUBLICATION, "洛阳日报　电子版"),
                new Removal(2, RemovalReason.PUBLICATION, "2012年2月29日　星期三")), ui);
        assertEquals("洛阳日报", p.source());
        assertEquals("2012-02-29", p.date());
        // a day alone with no masthead over it may be the day a site shows as today's
        Publication today = PublicationLine.parse(List.of(new Removal(2, RemovalReason.PUBLICATION, "2024年5月3日　星期五")), ui);
        assertEquals(null, today);
        // the day with the page's number and name after it; a paper not named 日报 with its edition's name
        Publication paged = PublicationLine.parse(List.of(new Removal(1, RemovalReason.PUBLICATION, "井冈山报数字报"),
                new Removal(2, RemovalReason.PUBLICATION, "2016年02月03日　星期三　第02版：要闻")), ui);
        assertEquals("井冈山报", paged.source());
        assertEquals("2016-02-03", paged.date());
        assertEquals(java.util.Optional.of(RemovalReason.PUBLICATION),
                BoilerplateRules.defaults().classify("井冈山报数字报", false));
        assertEquals(java.util.Optional.of(RemovalReason.PUBLICATION), BoilerplateRules.defaults().classify("点击：1286", false));
        // the page in Chinese numerals, or its name after a space
        for (String day : List.of("1999年2月5日　星期五　第三版", "2010年2月3日　星期三　A6版　珠澳新聞")) {
            Publication p2 = PublicationLine.parse(List.of(new Removal(1, RemovalReason.PUBLICATION, "宁夏日报"),
                    new Removal(2, RemovalReason.PUBLICATION, day)), ui);
            assertEquals(day.substring(0, 4), p2.date().substring(0, 4), day);
        }
        // the masthead with its page without 第 (A05版　两会特刊, A7　中國新聞) is the page's line
        for (String masthead : List.of("海南日报　2018年2月8日　A05版　两会特刊", "文匯報　1998年1月22日　星期四　A7　中國新聞")) {
            assertEquals(java.util.Optional.of(RemovalReason.PUBLICATION), BoilerplateRules.defaults().classify(masthead, false),
                    masthead);
        }
        // the page without 第 (A11版：珠三角), as a Macau e-paper prints it
        Publication macau = PublicationLine.parse(List.of(new Removal(1, RemovalReason.PUBLICATION, "澳門日報　電子版"),
                new Removal(2, RemovalReason.PUBLICATION, "2015年1月28日　星期三　　A11版：珠三角")), ui);
        assertEquals("澳門日報", macau.source());
        assertEquals("2015-01-28", macau.date());
        assertEquals(java.util.Optional.of(RemovalReason.PUBLICATION),
                BoilerplateRules.defaults().classify("2015年1月28日　星期三　　A11版：珠三角", false));
    }

    @Test
    void aGazettesMastheadOverItsOwnLinesNamesItAndItsIssue() {
        List<Removal> ui = new ArrayList<>();
        Publication p = PublicationLine.parse(List.of(new Removal(1, RemovalReason.PUBLICATION, "甘肃省人民代表大会常务委员会公报"),
                new Removal(2, RemovalReason.PUBLICATION, "2009年第1期（总第一百二十六期）"),
                new Removal(3, RemovalReason.PUBLICATION, "甘肃省人民代表大会常务委员会办公厅编印")), ui);
        assertEquals("甘肃省人民代表大会常务委员会公报", p.source());
        assertEquals(2009, PublicationLine.issue(p)[0]);
        assertEquals(1, PublicationLine.issue(p)[1]);
    }

    @Test
    void anEPapersMastheadInEitherScriptAndAnAccountOnAPlatformOfAccounts() {
        List<Removal> ui = new ArrayList<>();
        assertEquals("澳門日報", parse(1, "澳門日報　　電子版", ui).source(), "the name as written");
        Publication epaper = parse(1, "嘉兴日报　电子版　　2006年2月17日　星期五　　第2版：要闻", ui);
        assertEquals("嘉兴日报", epaper.source());
        assertEquals("2006-02-17", epaper.date());
        // a post's account, then the platform's channel it posted on as its 来源: the account published it
        Publication post = parse(4, "霞浦人大　　2024-01-16 17:42　　来源：澎湃新闻·澎湃号·政务", ui);
        assertEquals("霞浦人大", post.source());
        assertEquals("2024-01-16", post.date());
        assertEquals("霞浦人大　　2024-01-16 17:42　来源：澎湃新闻·澎湃号·政务", post.line());
        // a newspaper's own site names itself
        assertEquals("澎湃新闻", parse(4, "2024-01-16 17:42　来源：澎湃新闻", ui).source());
        // the account's name on the line right above the platform's 来源
        Publication above = PublicationLine.parse(List.of(new Removal(1, RemovalReason.PUBLICATION, "澎湃新闻"),
                new Removal(5, RemovalReason.PUBLICATION, "杨浦人大"),
                new Removal(6, RemovalReason.PUBLICATION, "2023-01-13 18:06　来源：澎湃新闻·澎湃号·政务")), ui);
        assertEquals("杨浦人大", above.source());
        // or alone under it, with its follow button
        Publication under = PublicationLine.parse(List.of(
                new Removal(5, RemovalReason.PUBLICATION, "2020-01-14 18:42　　来源：澎湃新闻·澎湃号·政务"),
                new Removal(6, RemovalReason.PUBLICATION, "黎川人大　　+关注")), ui);
        assertEquals("黎川人大", under.source());
        // a province after the time's mark is where the poster was, no account
        assertNull(parse(4, "原创　2023-01-08 19:32 · 河北", ui).source());
        assertEquals("庆阳人大", parse(4, "原创2023-01-16 19:42·庆阳人大", ui).source());
        // a platform that names no 号, with the account's subscribe button
        Publication subscribed = PublicationLine.parse(List.of(new Removal(4, RemovalReason.PUBLICATION, "来源：一点资讯"),
                new Removal(5, RemovalReason.PUBLICATION, "梁溪人大　　+订阅")), ui);
        assertEquals("梁溪人大", subscribed.source());
        // who edited or committed a page, and when, names no publication
        assertNull(parse(6, "李华　提交于 2022-03-09 21:14　.　add docs", ui).source());
        assertNull(parse(3, "最后编辑于 2012-01-11 22:48　　字数 2146", ui).source());
        // a user's or the web's 来源 names no publication
        assertNull(parse(7, "发布时间：2016-03-18　　来源：网友投稿　　编辑：小雨", ui).source());
        // not a name two lines up, which may be anything's
        Publication apart = PublicationLine.parse(List.of(new Removal(4, RemovalReason.PUBLICATION, "杨浦人大"),
                new Removal(6, RemovalReason.PUBLICATION, "2023-01-13 18:06　来源：澎湃新闻·澎湃号·政务")), ui);
        assertEquals("澎湃新闻·澎湃号·政务", apart.source());
    }

    @Test
    void theSamePapersHeaderOnItsNextPageAddsNothingAndKeysAreShownAsWritten() {
        List<Removal> ui = new ArrayList<>();
        Publication p = PublicationLine.parse(List.of(
                new Removal(1, RemovalReason.PUBLICATION, "宜宾日报　2021年3月2日　星期二　第3版"),
                new Removal(29, RemovalReason.PUBLICATION, "宜宾日报　2021年3月2日　星期二　第4版")), ui);
        assertEquals("宜宾日报　2021年3月2日　星期二　第3版", p.line());
        assertEquals("宜宾日报", p.source());
        Publication traditional = parse(3, "來源：廈門日報　發佈時間：2019-01-18 08:25", ui);
        assertEquals("廈門日報", traditional.source());
        assertEquals("2019-01-18", traditional.date());
        assertEquals("來源：廈門日報　發佈時間：2019-01-18 08:25", traditional.line(), "the line as the page has it");
    }

    @Test
    void aLineWithoutPublicationFactsGivesNone() {
        List<Removal> ui = new ArrayList<>();
        assertEquals(null, parse(1, "浏览量：14033", ui));
        assertEquals(1, ui.size());
    }

    @Test
    void aNewspapersMastheadNamesThePublication() {
        List<Removal> ui = new ArrayList<>();
        Publication p = parse(1, "福建日报 2023年1月17日 第3版", ui);
        assertEquals("福建日报", p.source());
        assertEquals("2023-01-17", p.date());
        assertTrue(BoilerplateRules.defaults().classify("福建日报 2023年1月17日 第3版", false).isPresent());
        assertTrue(BoilerplateRules.defaults().classify("福建日报报道，2023年1月17日省人大常委会召开会议。", true).isEmpty());
        // a day before the source set apart by a bar; a day after the author; an issue's day after the paper a text
        // was taken from; the same line on the next page of a copy
        assertEquals("2021-09-29", parse(5, "2021年09月29日08:42 | 来源：人民网－上海频道", ui).date());
        Publication authored = parse(3, "来源：阿拉善盟学习平台　　作者：旗人大常委会办公室　　2023-01-09", ui);
        assertEquals("旗人大常委会办公室", authored.author());
        assertEquals("2023-01-09", authored.date());
        assertEquals("1999-03-03", parse(22, "（原载《遵义日报》1999年3月3日第2版）", ui).date());
        assertEquals("更新时间：2005-3-2 9:41:33", parse(6, "更新时间：2005-3-2 9:41:33　　【字体：小 大】", ui).line());
        Publication twice = PublicationLine.parse(List.of(new Removal(5, RemovalReason.PUBLICATION, "发布时间：2008-02-15　来源：市人大常委会办公厅"),
                new Removal(27, RemovalReason.PUBLICATION, "发布时间：2008-02-15　来源：市人大常委会办公厅")), ui);
        assertEquals("发布时间：2008-02-15　来源：市人大常委会办公厅", twice.line());
        // an e-paper's masthead: the paper's name, without its e-paper's
        assertEquals("张家港日报", parse(1, "张家港日报数字报　　2017年1月13日　星期五", ui).source());
    }

    @Test
    void aPagesButtonsBetweenFullWidthSpacesAreTakenOutToo() {
        List<Removal> ui = new ArrayList<>();
        Publication p = parse(5, "时间：2004-02-16　　来源：河南日报　　【字号　大　中　小】　【打印】　【关闭】", ui);
        assertEquals("河南日报", p.source());
        assertEquals(List.of("【字号　大　中　小】", "【打印】", "【关闭】"), ui.stream().map(Removal::text).toList());
    }

    @Test
    void aSourceIsTheNameItStartsWith() {
        assertEquals("京郊日报", PublicationLine.name("京郊日报　　  ]"));
        assertEquals("市人大常委会办公室", PublicationLine.name("市人大常委会办公室【我要纠错】"));
        assertEquals("China Daily", PublicationLine.name("China Daily"));
        assertEquals(null, PublicationLine.name("　【打印】"));
    }

    @Test
    void aMastheadWithItsDayInDigitsAndAJournalsNameAloneBeforeItsIssueAreRead() throws Exception {
        List<Removal> ui = new ArrayList<>();
        Publication paper = parse(1, "大连日报　2022-06-18　第A04版：人大代表", ui);
        assertEquals("大连日报", paper.source());
        assertEquals("2022-06-18", paper.date());
        Publication posted = parse(2, "http://www.northnews.cn　2005-02-04 08:35:21　来源：内蒙古日报", ui);
        assertEquals("内蒙古日报", posted.source());
        assertEquals("2005-02-04", posted.date(), "the site's address before the posted day");
        Publication journal = parse(1, "人民之声　2023年第8期　　　　　　基层人大", ui);
        assertEquals("人民之声", journal.source());
        // both are the page's lines over the text
        String text = "凝心聚力　推动县级人大工作高质量发展\n各位代表：\n一年来，常委会依法履职。\n";
        for (String head : List.of("大连日报　2022-06-18　第A04版：人大代表", "人民之声　2023年第8期　　　　　　基层人大")) {
            Report r = Copies.ingest(head + "\n" + text);
            assertEquals(RemovalReason.PUBLICATION, r.removals().get(0).reason(), head);
        }
    }

    @Test
    void aPostsBylineWithItsDayInWordsAndAPaperAfterThePostedTimeAreRead() {
        List<Removal> ui = new ArrayList<>();
        Publication wechat = parse(2, "恭城人大 2024年01月22日 20:16 广西", ui);
        assertEquals("恭城人大", wechat.source());
        assertEquals("2024-01-22", wechat.date());
        Publication paper = parse(3, "2024-01-25 04:12:33　文匯報", ui);
        assertEquals("文匯報", paper.source());
        assertEquals("2024-01-25", paper.date());
        assertEquals("2024-01-25 04:12:33　文匯報", paper.line());
        // a picture's source is no page's: the page's own 来源 stays its source
        Publication caption = PublicationLine.parse(List.of(
                new Removal(3, RemovalReason.PUBLICATION, "发布时间：2012-03-02　来源：崆峒区人大常委会办公室"),
                new Removal(5, RemovalReason.PUBLICATION, "▲2月24日，大会开幕。（图片来源：崆峒区融媒体中心）")), ui);
        assertEquals("崆峒区人大常委会办公室", caption.source());
    }

    @Test
    void aRunningHeadNamesItsYearbookOrGazetteWithItsPagesNumberOrWithout() {
        assertTrue(PublicationLine.namesABook("·52·　　　　　　　　通化年鉴·2003"));
        assertTrue(PublicationLine.namesABook("广东省人民代表大会常务委员会公报"));
        assertTrue(PublicationLine.namesABook("黑龙江省人民代表大会常务委员会公报　　　　一九九五年第五号"));
        assertFalse(PublicationLine.namesABook("·52·　　　　　　　　关于通化市2002年工作的报告"));
        List<Removal> ui = new ArrayList<>();
        Publication p = PublicationLine.parse(List.of(new Removal(1, RemovalReason.RUNNING_HEAD, "·52·　　　　通化年鉴·2003"),
                new Removal(30, RemovalReason.RUNNING_HEAD, "通化年鉴·2003　　　　·53·")), ui);
        assertEquals("通化年鉴", p.source());
        assertEquals("通化年鉴·2003", p.line());
    }

    @Test
    void aGovernmentsGazetteThatPrintsACommitteesDecisionNamesIt() {
        assertTrue(PublicationLine.namesABook("营口市人民政府公报"));
        assertEquals("营口市人民政府公报", PublicationLine.parse(List.of(new Removal(5, RemovalReason.ADVERTISING, "营口市人民政府公报"),
                new Removal(6, RemovalReason.PUBLICATION, "2006年第2期（总第62期）")), new ArrayList<>()).source());
        assertFalse(PublicationLine.namesABook("营口市人民政府关于发布公报的通知"));
    }

    @Test
    void aJournalsRunningHeadByItsNameAndIssueBesideThePagesNumberNamesIt() {
        assertTrue(PublicationLine.namesABook("·8·　　　　　　　　昭通人大　2019年第1期"));
        assertTrue(PublicationLine.namesABook("楚天主人　2016年第3期（总第211期）　　　　- 17 -"));
        assertFalse(PublicationLine.namesABook("·8·　　　　往期　2019年第1期"));
        assertFalse(PublicationLine.namesABook("·8·　　　　常委会会议纪要：2019年第1期"));
        List<Removal> ui = new ArrayList<>();
        Publication p = PublicationLine.parse(List.of(new Removal(1, RemovalReason.RUNNING_HEAD, "·8·　　　　昭通人大　2019年第1期"),
                new Removal(44, RemovalReason.RUNNING_HEAD, "·10·　　　　昭通人大　2019年第1期")), ui);
        assertEquals("昭通人大", p.source());
        assertEquals("昭通人大　2019年第1期", p.line());
    }

    @Test
    void aDatabasesRecordASitesAddressBeforeThePostedDayAndANewsSitesNameOverItsPaperAreRead() {
        List<Removal> ui = new ArrayList<>();
        Publication record = parse(4, "資料來源：青海日報　　刊登日期：2009年1月21日　　收錄日期：2009年2月3日", ui);
        assertEquals("青海日報", record.source());
        assertEquals("2009-01-21", record.date());
        // a table's source of data names no publication
        assertNull(parse(30, "资料来源：市统计局", ui));
        Publication site = parse(3, "http://www.tianshannet.com.cn　2004年01月20日 08:51　来源：新疆日报", ui);
        assertEquals("2004-01-20", site.date());
        Publication paper = PublicationLine.parse(List.of(new Removal(1, RemovalReason.PUBLICATION, "鸡西新闻网 - 鸡西日报"),
                new Removal(2, RemovalReason.PUBLICATION, "2007年02月09日　第A3版：县市区")), ui);
        assertEquals("鸡西日报", paper.source());
        assertEquals("2007-02-09", paper.date());
    }

    @Test
    void aGazettesHeadMirroredOnALeftHandPageNamesTheSameGazetteOnce() {
        Publication p = PublicationLine.parse(List.of(
                new Removal(1, RemovalReason.PUBLICATION, "浙江省人民代表大会常务委员会公报　　　2004年第4号"),
                new Removal(20, RemovalReason.RUNNING_HEAD, "2004年第4号　　　浙江省人民代表大会常务委员会公报")), new ArrayList<>());
        assertEquals("浙江省人民代表大会常务委员会公报", p.source());
        assertEquals("浙江省人民代表大会常务委员会公报　　　2004年第4号", p.line());
        // its name alone over its issue, then mirrored
        Publication alone = PublicationLine.parse(List.of(new Removal(1, RemovalReason.PUBLICATION, "四川省人民代表大会常务委员会公报"),
                new Removal(2, RemovalReason.PUBLICATION, "2019年第3号（总第二百零五号）"),
                new Removal(20, RemovalReason.RUNNING_HEAD, "2019年第3号　　四川省人民代表大会常务委员会公报")), new ArrayList<>());
        assertEquals("四川省人民代表大会常务委员会公报　2019年第3号（总第二百零五号）", alone.line());
        assertEquals(Optional.of(RemovalReason.PUBLICATION),
                BoilerplateRules.defaults().classify("2019年第3号（总第二百零五号）", false));
        assertTrue(PublicationLine.namesABook("2004年第4号　　　浙江省人民代表大会常务委员会公报"));
        assertEquals(Optional.of(RemovalReason.RUNNING_HEAD),
                BoilerplateRules.defaults().classify("2004年第4号　　　浙江省人民代表大会常务委员会公报", true));
        Publication mirroredOnly = PublicationLine.parse(List.of(
                new Removal(20, RemovalReason.RUNNING_HEAD, "2004年第4号　　　浙江省人民代表大会常务委员会公报")), new ArrayList<>());
        assertEquals("浙江省人民代表大会常务委员会公报", mirroredOnly.source());
    }

    @Test
    void aPapersColumnAfterItsNameAndAPicturesSourceBesideThePagesAreReadApart() {
        List<Removal> ui = new ArrayList<>();
        assertEquals("文匯報", parse(3, "2024-01-25 04:12:33　文匯報　內地新聞", ui).source());
        assertEquals("区人大常委会教科文卫工委",
                parse(4, "发布时间：2023-09-14 10:22　来源：区人大常委会教科文卫工委　配图来源：叙州区融媒体中心", ui).source());
        assertEquals("宾川县人大常委会办公室", parse(17, "图文来源：宾川县人大常委会办公室", ui).source());
    }

    @Test
    void aDayBesideTheCountOfAPagesReadersIsTheDayItWasPosted() {
        List<Removal> ui = new ArrayList<>();
        for (String[] c : new String[][] {{"2024年1月12日　　浏览：326", "2024-01-12"}, {"2023-11-05　点击数：1,203次", "2023-11-05"},
                {"2019年3月8日　　瀏覽次數：87", "2019-03-08"}, {"2021/6/30　阅读 612", "2021-06-30"}}) {
            Publication p = parse(5, c[0], ui);
            assertEquals(c[1], p.date(), c[0]);
            assertNull(p.source(), c[0]);
        }
        // a day alone, without a count, may be the day a site shows as today's: it dates nothing
        assertNull(parse(5, "2024年1月12日", ui));
        assertEquals("2023-01-06", parse(3, "2023年1月6日　星期五　　浏览：1,208", ui).date(), "with its weekday");
        assertEquals("2023-11-20", parse(3, "2023年11月20日　　访问次数：386", ui).date(), "an article's count of its visits");
        // nor is a day with other words beside a count the page's, nor a day beside a site's count of its visits
        assertNull(parse(5, "截至2024年1月12日　浏览：326", ui));
        assertNull(parse(1, "2024年3月5日　　访问量：1203456", ui));
        assertEquals(Optional.of(RemovalReason.PUBLICATION), BoilerplateRules.defaults().classify("2023年11月20日　　阅读次数：1045", false));
    }
}
