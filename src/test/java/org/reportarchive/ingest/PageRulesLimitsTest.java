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
import org.reportarchive.model.RemovalReason;
import org.reportarchive.model.Report;

/**
 * Where the rules for pages' tails and layouts stop: the report's own lines that look like a page's (a percentage
 * left to pay, a signature among page numbers, a closing note on its figures, a numbered list, a note under a
 * table, the poster's own continuation) stay the report's, and days a note gives loosely are not guessed.
 */
class PageRulesLimitsTest {

    private static final String HEAD = "宁远县人民代表大会常务委员会工作报告\n——2023年1月10日在宁远县第十八届人民代表大会第二次会议上\n"
            + "县人大常委会主任　张明华\n各位代表：\n现在，我代表县人大常委会向大会报告工作，请予审议。\n一、2022年工作回顾\n"
            + "一年来，县人大常委会在县委的坚强领导下，依法履职，听取和审议专项工作报告二十二项。\n";
    private static final String TASKS = "二、2023年工作安排\n2023年，县人大常委会将继续坚持党的领导，依法履职。\n";

    private static Report ingest(String text) throws IngestException {
        return ReportIngester.defaults().ingest("t.txt", text.getBytes(StandardCharsets.UTF_8), Sidecar.empty());
    }

    private static String text(Report r) {
        return String.join("\n", r.body().stream().map(Block::text).toList());
    }

    @Test
    void aLineOfTheTextAboutAPercentageOrAnAppCutsNothing() throws Exception {
        for (String line : new String[] {"剩余15%的资金年底前拨付到位。", "开通“宁远人大”客户端，代表可在客户端中查看全文报告材料。"}) {
            Report r = ingest(HEAD + line + "\n" + TASKS);
            assertTrue(text(r).contains(line) && text(r).contains("继续坚持党的领导"), text(r));
            assertFalse(r.metadata().incomplete(), line);
        }
        // a list of other articles under a whole report, each with its own 阅读全文
        Report listed = ingest(HEAD + TASKS + "相关新闻\n· 宁远县人民政府工作报告　[阅读全文]\n");
        assertFalse(listed.metadata().incomplete());
    }

    @Test
    void aSignatureAndItsDayAmongPageLinesStay() throws Exception {
        Report pdf = ingest(HEAD + TASKS + "- 8 -\n宁远县人民代表大会常务委员会\n二〇二三年一月十日\n- 9 -\n");
        assertTrue(text(pdf).endsWith("宁远县人民代表大会常务委员会\n二〇二三年一月十日"), text(pdf));
        Report post = ingest(HEAD + TASKS + "[图片]\n宁远县人大常委会\n二〇二三年一月五日\n来源：宁远县人大常委会\n责任编辑：李四\n");
        assertTrue(text(post).endsWith("宁远县人大常委会\n二〇二三年一月五日"), text(post));
        Report thanks = ingest(HEAD + TASKS + "[图片]\n谢谢大家\n[图片]\n");
        assertTrue(text(thanks).endsWith("谢谢大家"), text(thanks));
    }

    @Test
    void theReportsOwnNotesOnItsFiguresAndOnItselfStay() throws Exception {
        for (String note : new String[] {"（本文中部分数据为初步统计数，仅供参考，以最终决算数据为准。）", "本文数据来源于县统计局，仅供参考。"}) {
            Report r = ingest(HEAD + TASKS + note + "\n");
            assertTrue(text(r).endsWith(note), text(r));
        }
        Report noted = ingest("宁远县人民代表大会常务委员会工作报告\n（本文为宁远县人大常委会主任张明华2023年1月10日在宁远县第十八届人民代表大会"
                + "第二次会议上所作的报告，转载请注明出处）\n各位代表：\n一年来，县人大常委会依法履职。\n");
        assertEquals(LocalDate.of(2023, 1, 10), noted.metadata().date());
    }

    @Test
    void aNumberedListIsNotALineNumbering() throws Exception {
        StringBuilder list = new StringBuilder("宁远县人民政府关于代表建议办理情况的报告\n各位代表：\n2022 年，县人民政府共承办代表建议86件。\n");
        for (int i = 1; i <= 12; i++) {
            list.append(i).append("\t关于加快第").append(i).append("批农村公路建设的建议（已办结）\n");
        }
        Report r = ingest(list.toString());
        assertTrue(text(r).contains("2022 年，县人民政府") && text(r).contains("12\t关于加快第12批"), text(r));
        assertEquals(0, r.removals().stream().filter(x -> x.reason() == RemovalReason.LINE_NUMBER).count());
        // in a numbered copy, a line's own number that breaks the count stays, and a numbered empty line goes
        StringBuilder draft = new StringBuilder("2016 年 4 月\n");
        String[] lines = {"关于《渝中区讨论决定重大事项的规定（修订草案）》的说明", "——2016年4月26日在区十七届人大常委会第二十六次会议上",
            "主任、各位副主任、各位委员：", "受主任会议委托，现作如下说明。", "一、修订的必要性", "现行规定于2006年制定。", "",
            "二、修订的过程", "今年1月，启动修订工作。", "以上说明，请予审议。"};
        for (int i = 0; i < lines.length; i++) {
            draft.append(i + 1).append(lines[i].isEmpty() ? "" : "  " + lines[i]).append('\n');
        }
        Report numbered = ingest(draft.toString());
        assertEquals(lines.length, numbered.removals().stream()
                .filter(x -> x.reason() == RemovalReason.LINE_NUMBER).count());
        assertFalse(text(numbered).matches("(?s).*^7$.*"), text(numbered));
        assertTrue(numbered.metadata().headerLines().contains("2016 年 4 月") || text(numbered).contains("2016 年 4 月"),
                numbered.metadata().headerLines() + "\n" + text(numbered));
    }

    @Test
    void theStartersOwnNextPostGoesOnWithTheReport() throws Exception {
        Report r = ingest("[轉貼] 石獅市人民代表大會常務委員會工作報告\n發表人：蚶江囝仔　　發表日期：101/02/15 下午 09:37\n"
                + "家父是石獅人，這篇報告小弟轉成正體字貼上來給鄉親參考，請大家指教。\n石獅市人民代表大會常務委員會工作報告\n"
                + "——2012年1月5日在石獅市第七屆人民代表大會第一次會議上\n各位代表：\n一、五年來的主要工作\n五年來，常委會依法履職。\n"
                + "回應 #1　　蚶江囝仔　　101/02/15 下午 09:41\n（續上）字數太多，分兩帖貼完。\n二、今後五年的工作建議\n新一屆市人大常委會要依法履職。\n"
                + "回應 #2　　阿嬤的灶腳　　101/02/16 上午 08:12\n感謝分享！\n");
        assertTrue(text(r).contains("新一屆市人大常委會要依法履職。"), text(r));
        assertFalse(text(r).contains("感謝分享"), text(r));
    }

    @Test
    void theStartersLaterPostGoesOnOnABoardWhoseFloorLinesNameNoAuthor() throws Exception {
        String thread = "楼主 | 发表于 2012-1-12 09:15 | 只看该作者\n江畔老周\n积分: 2210\n帖子: 418\n"
                + "兴业县人民代表大会常务委员会工作报告\n——2012年1月9日在兴业县第十四届人民代表大会第六次会议上\n各位代表：\n"
                + "一、过去一年的主要工作\n一年来，县人大常委会依法履职，听取审议专项工作报告九项。\n"
                + "沙发 | 发表于 2012-1-12 09:30\n石南小陈\n积分: 35\n帖子: 9\n顶一下，慢慢看。\n"
                + "板凳 | 发表于 2012-1-12 09:41 | 只看该作者\n江畔老周\n积分: 2210\n帖子: 418\n%s"
                + "地板 | 发表于 2012-1-12 11:02\n山心村民\n积分: 120\n帖子: 40\n学习了。\n回复 | 引用 | TOP\n";
        Report r = ingest(String.format(thread, "（接上楼）\n二、今年的主要任务\n今年，县人大常委会将加强对重点项目的监督。\n"));
        assertTrue(text(r).contains("今年，县人大常委会将加强对重点项目的监督。"), text(r));
        assertTrue(text(r).contains("二、今年的主要任务"), text(r));
        assertFalse(text(r).contains("顶一下") || text(r).contains("学习了") || text(r).contains("江畔老周"), text(r));
        assertFalse(text(r).contains("接上楼"), "the starter's mark that the post goes on: " + text(r));
        assertTrue(r.removals().stream().anyMatch(x -> x.reason() == RemovalReason.FORUM_REPLY && x.text().startsWith("沙发 |")),
                r.removals().toString());
        // the starter's short answer to a reply is a reply too
        Report answer = ingest(String.format(thread, "谢谢支持，欢迎讨论。\n"));
        assertFalse(text(answer).contains("谢谢支持"), text(answer));
        assertTrue(text(answer).endsWith("一年来，县人大常委会依法履职，听取审议专项工作报告九项。"), text(answer));
        // a board that names the author on the floor's line
        Report named = ingest(String.format(thread, "（接上楼）\n二、今年的主要任务\n今年，县人大常委会将加强对重点项目的监督。\n")
                .replaceAll("(楼主|沙发|板凳|地板) \\| 发表于([^\\n]*)\\n(\\S+)\\n", "$1 | $3 | 发表于$2\n"));
        assertTrue(text(named).contains("今年，县人大常委会将加强对重点项目的监督。"), text(named));
        assertFalse(text(named).contains("顶一下") || text(named).contains("学习了"), text(named));
    }

    @Test
    void aStartersLaterPostAfterTheReportClosedIsAReplyAndAnOldBoardsProfilesAreTheBoards() throws Exception {
        String closing = "各位代表，让我们在县委的坚强领导下，依法履职，为建设幸福宁远而努力奋斗！\n";
        String profile = "积分: 3021\n帖子: 806\n注册时间: 2009-4-11\n";
        Report r = ingest("宁远论坛 › 宁远时政 › 县人大常委会工作报告\n九嶷山人\n" + profile + "楼主 | 发表于 2023-1-19 21:16 | 只看该作者\n"
                + HEAD + TASKS + closing + "回复　支持　反对\n使用道具 举报\n舜帝陵下\n积分: 640\n帖子: 215\n注册时间: 2010-8-3\n"
                + "沙发 | 发表于 2023-1-19 21:40 | 只看该作者\n好事。\n回复　支持　反对\n九嶷山人\n" + profile
                + "板凳 | 发表于 2023-1-20 08:05 | 只看该作者\n"
                + "说个题外话，今天上午从县城开车回九嶷山，路上那段又在修，堵了将近一个小时，希望有关部门合理安排施工时间，大家出门都不方便。\n"
                + "回复　支持　反对\n");
        assertTrue(text(r).endsWith("而努力奋斗！"), text(r));
        // an old board's post: rank and profile without colons over a time alone, an edit stamp in brackets, 顶部
        String old = "宁远在线 » 宁远时政 » 县人大常委会工作报告\n标题: 县人大常委会工作报告\n九嶷山人\n中级会员\nUID 2231\n精华 0\n积分 310\n"
                + "帖子 96\n注册 2003-11-5\n发表于 2005-1-22 09:32　资料　个人空间　短消息　加为好友\n";
        Report board = ingest(old + HEAD + TASKS + closing + "[ 本帖最后由 九嶷山人 于 2005-1-22 09:40 编辑 ]\n顶部\n舜帝陵下\n新手上路\n"
                + "UID 4108\n精华 0\n积分 18\n帖子 7\n注册 2004-12-2\n发表于 2005-1-22 10:15　资料　个人空间　短消息　加为好友\n"
                + "湿地保护写进去了，好事。\n顶部\n");
        assertTrue(text(board).endsWith("而努力奋斗！"), text(board));
        assertTrue(board.removals().stream().anyMatch(x -> x.reason() == RemovalReason.FORUM_REPLY && x.text().equals("舜帝陵下")),
                board.removals().toString());
        // a later board: its thread's title under a key, each post's name and profile over its floor word alone and its
        // time after the font-size switch; the starter's next part goes on, their remark after the close is a reply
        String profile7 = "UID 2231\n帖子 356\n积分 310\n注册时间 2008-11-5\n中级会员\n发短消息\n加为好友\n当前离线\n";
        String seven = "宁远论坛 » 宁远时政 » 县人大常委会工作报告（全文）\n标题: 县人大常委会工作报告（全文）\n九嶷山人\n" + profile7
                + "楼主\n大 中 小 发表于 2010-2-3 20:41  只看该作者\n" + HEAD + "回复　引用\n使用道具　举报\n顶部\n舜帝陵下\nUID 4108\n"
                + "新手上路\n当前离线\n沙发\n大 中 小 发表于 2010-2-3 20:55  只看该作者\n顶一个，等下半部分。\n回复　引用\n顶部\n九嶷山人\n"
                + profile7 + "板凳\n大 中 小 发表于 2010-2-3 21:08  只看该作者\n" + TASKS + closing + "回复　引用\n顶部\n九嶷山人\n"
                + profile7 + "地板\n大 中 小 发表于 2010-2-4 08:12  只看该作者\n"
                + "顺便说一句，今天早上从县城去市里办事，国道那段又在修，堵了将近一个小时，希望有关部门合理安排施工时间。\n回复　引用\n顶部\n";
        Report later = ingest(seven);
        assertEquals("宁远县人民代表大会常务委员会工作报告", later.metadata().title());
        assertTrue(text(later).contains("2023年，县人大常委会将继续坚持党的领导，依法履职。"), text(later));
        assertTrue(text(later).endsWith("而努力奋斗！"), text(later));
        assertFalse(text(later).contains("顶一个") || text(later).contains("UID"), text(later));
        assertFalse(text(later).contains("回复　引用") || text(later).contains("顶部"), "the starter's post's buttons: " + text(later));
        // the same board in traditional characters, with the profile's lines it adds (閱讀權限 70, 在線時間 865 小時)
        String traditional = seven.replace("中级会员\n", "中級會員\n閱讀權限 70\n在線時間 865 小時\n來自 台北\n狀態 離線\n")
                .replace("回复　引用", "回覆　引用");
        for (String[] pair : new String[][] {{"楼主", "樓主"}, {"沙发", "沙發"}, {"发表于", "發表於"}, {"只看该作者", "只看該作者"},
                {"回复", "回復"}, {"举报", "舉報"}, {"顶部", "頂部"}, {"积分", "積分"}, {"注册时间", "註冊時間"},
                {"发短消息", "發短消息"}, {"加为好友", "加為好友"}, {"当前离线", "當前離線"}}) {
            traditional = traditional.replace(pair[0], pair[1]);
        }
        Report trad = ingest(traditional);
        assertTrue(text(trad).endsWith("而努力奋斗！"), text(trad));
        assertFalse(text(trad).contains("頂部") || text(trad).contains("閱讀權限") || text(trad).contains("顶一个"), text(trad));
    }

    @Test
    void aRuleLikeTheOneOverTheTitleClosesThePostersTextAndOnlyThen() throws Exception {
        String rule = "-".repeat(40) + "\n";
        String lead = "在宁远住了十年，转一篇今年县人大常委会的工作报告，原文转自永州日报。\n" + rule;
        String closing = "各位代表，让我们在县委的坚强领导下，依法履职，为建设幸福宁远而努力奋斗！\n";
        Report r = ingest(lead + HEAD + TASKS + closing + rule + "以上。这里面说的专项监督，我们村确实来过人。\n");
        assertTrue(text(r).endsWith("而努力奋斗！"), text(r));
        assertTrue(r.removals().stream().anyMatch(x -> x.reason() == RemovalReason.COMMENTS && x.text().startsWith("以上。")),
                r.removals().toString());
        // what a report sets under a rule of its own stays; so do more lines than a poster's few under a sentence that
        // closes no report, and a text whose line over the rule ends no sentence
        Report attached = ingest(lead + HEAD + TASKS + closing + rule + "附件：2022年代表建议办理情况表\n");
        assertTrue(text(attached).contains("附件："), text(attached));
        Report more = ingest(lead + HEAD + TASKS + rule + "第一行。\n第二行。\n第三行。\n第四行。\n");
        assertTrue(text(more).contains("第四行。"), text(more));
        Report longer = ingest(lead + HEAD + TASKS + closing + rule + "第一行。\n第二行。\n第三行。\n第四行。\n");
        assertTrue(text(longer).endsWith("而努力奋斗！"), text(longer));
        Report open = ingest(lead + HEAD + TASKS + "三、附则\n" + rule + "本报告自通过之日起生效。\n");
        assertTrue(text(open).contains("本报告自通过之日起生效。"), text(open));
        // no rule over the title block: a rule in the text closes nothing
        Report unframed = ingest(HEAD + TASKS + closing + rule + "以上报告，请予审议。\n");
        assertTrue(text(unframed).endsWith("以上报告，请予审议。"), text(unframed));
        // a feed reader's article pane: its lines under the frame are the page's, however many
        String pane = "订阅源 › 政务 › 宁远人大网 (12)\n" + rule + HEAD + TASKS + closing + "来源：县人大常委会办公室\n" + rule
                + "↗ 访问网站　·　在宁远人大网上阅读全文\n注释（0）　·　添加注释\n◀ 上一篇：县人大常委会召开第七次会议\n"
                + "同一订阅源的其他文章\n· 县人大常委会视察农村公路建设　2023年1月3日\n";
        Report reader = ingest(pane);
        assertTrue(text(reader).endsWith("而努力奋斗！"), text(reader));
        // a paper's next page under its staff line and the same rule: the text goes on there
        Report paged = ingest("2023年1月12日　星期四　　永州日报　　第2版\n" + rule + HEAD
                + "常委会依法履职，听取审议专项工作报告。根据\n（下转第三版）\n本版编辑　王丽华\n" + rule
                + "（上接第二版）\n省人大常委会的部署，开展执法检查四次。\n" + TASKS);
        assertTrue(text(paged).contains("开展执法检查四次"), text(paged));
    }

    @Test
    void aGazettesNextColumnThatItsContentsListEndsTheTextAndAReportsOwnColumnStays() throws Exception {
        String contents = "永州市人民政府公报\n2023年第2期（总第62期）\n目　　录\n【市人大常委会文件】\n宁远县人大常委会工作报告……（1）\n"
                + "【市政府令】\n永州市城市供热管理办法……（5）\n【市人大常委会文件】\n";
        Report r = ingest(contents + HEAD + TASKS + "【市政府令】\n永州市人民政府令\n第39号\n《永州市城市供热管理办法》已经市政府常务会议通过，现予发布。\n");
        assertTrue(text(r).endsWith("依法履职。"), text(r));
        assertTrue(r.removals().stream().anyMatch(x -> x.reason() == RemovalReason.OTHER_ARTICLE && x.text().equals("【市政府令】")),
                r.removals().toString());
        // the contents listing its columns in square brackets, the next column under the text by its bare name
        Report square = ingest(contents.replace("【", "［").replace("】", "］") + HEAD + TASKS
                + "市政府令\n永州市城市供热管理办法\n第39号\n《永州市城市供热管理办法》已经市政府常务会议通过，现予发布。\n");
        assertTrue(text(square).endsWith("依法履职。"), text(square));
        // a journal's column by its bare name under the report's closing line, over an article's headline and lead
        String closing = "各位代表，让我们在县委的坚强领导下，依法履职，为建设幸福宁远而努力奋斗！\n";
        Report journal = ingest(HEAD + TASKS + closing + "立法动态\n县人大常委会召开农村公路条例立法座谈会\n"
                + "1月18日，县人大常委会召开立法座谈会，听取基层代表的意见。\n（本刊通讯员　谭丽华）\n");
        assertTrue(text(journal).endsWith("而努力奋斗！"), text(journal));
        // a speech that closes with a full stop, a headline led by its place, a byline behind a box
        String speech = "同志们，让我们在县委的坚强领导下，为宁远发展作出人大应有的贡献。\n";
        Report feature = ingest(HEAD + TASKS + speech + "基层视窗\n平遥县：代表联络站建到群众家门口\n□ 本刊通讯员　张　华\n"
                + "今年以来，平遥县人大常委会在全县14个乡镇全部建成人大代表联络站。\n");
        assertTrue(text(feature).endsWith("作出人大应有的贡献。"), text(feature));
        // under any document's last sentence, a column whose article shows its writer's byline: a schedule's note over a
        // headline led by its place and a quotation
        Report schedule = ingest(HEAD + TASKS + "注：各代表团讨论地点由大会秘书处另行通知。\n代表风采\n沙家浜镇：“田埂代表”的履职账本\n"
                + "■ 本刊通讯员　钱晓燕\n在沙家浜镇，提起市人大代表顾建明，村民们都会竖起大拇指。\n");
        assertTrue(text(schedule).endsWith("另行通知。"), text(schedule));
        // a key's line under a bare word is no headline
        Report keyed = ingest(HEAD + TASKS + speech + "会议安排\n时间：1月18日上午九时\n地点：县人大常委会会议室\n");
        assertTrue(keyed.removals().stream().noneMatch(x -> x.reason() == RemovalReason.OTHER_ARTICLE), keyed.removals().toString());
        // an account's lines under the closing line are no column
        Report card = ingest(HEAD + TASKS + closing + "扫码关注我们\nQzXcVb NmAsDf\n宁远发布\n记者：陈　露\n");
        assertTrue(card.removals().stream().noneMatch(x -> x.reason() == RemovalReason.OTHER_ARTICLE), card.removals().toString());
        // a column of the report's own that no contents list: it stays
        Report own = ingest(HEAD + "【代表风采】\n全县代表积极履职，提出建议一百二十件。\n" + TASKS);
        assertTrue(text(own).contains("全县代表积极履职"), text(own));
    }

    @Test
    void aPublishingLineUnderTheClosingLineEndsTheArticleButNotOverTheReportsOwnPart() throws Exception {
        String closing = "以上报告，请予审议。\n";
        Report library = ingest(HEAD + TASKS + closing + "来源：宁远人大网\n来自：泉水叮咚668　>　《人大工作参考》\n"
                + "以上内容来自专栏　　　　　举报\n本站是提供个人知识管理的网络存储空间，所有内容均由用户发布。\n转藏　分享　献花(0)　　　+1\n");
        assertTrue(text(library).endsWith("以上报告，请予审议。"), text(library));
        // a platform's tags between them, and its readers' comments under
        Report post = ingest(HEAD + TASKS + closing + "#宁远人大　#森林防火\n编辑：韩　静　　审核：李志强\n太岳山下　　04-30　湖南\n"
                + "森林防火人人有责\n展开更多评论\n");
        assertTrue(text(post).endsWith("以上报告，请予审议。"), text(post));
        // the report's own glossary under the page's line stays
        Report own = ingest(HEAD + TASKS + closing + "来源：宁远人大网\n名词解释\n一点一库一基地：……是指代表联络站、代表履职数据库和实践基地。\n");
        assertTrue(text(own).contains("一点一库一基地") || own.footnotes().size() > 0, text(own));
        // a post's end written out: the rest is the page's
        Report ended = ingest(HEAD + TASKS + "—— 以上为全文 ——\n我的几点观察：二审主要改了职责条款，欢迎讨论。\n赞同 23　　3 条评论\n");
        assertTrue(text(ended).endsWith("依法履职。"), text(ended));
    }

    @Test
    void anAttachmentsListItemIsNoTitleAndTheTextAboveItStays() throws Exception {
        Report r = ingest("宁远县人大常委会机关办公自动化系统　　打印时间：2010-06-21 08:47:13\n正　　文：\n\n"
                + "宁远县人大常委会主任会议\n关于提请审议《宁远县人民代表大会常务委员会\n关于加强舜水河流域生态环境保护的决定（草案）》的议案\n\n"
                + "县人大常委会：\n舜水河是我县的母亲河，近年来流域生态环境保护工作取得了明显成效，但仍存在一些突出问题。\n"
                + "现提请县第十五届人民代表大会常务委员会第二十四次会议审议。\n"
                + "附件：1．宁远县人民代表大会常务委员会关于加强舜水河流域生态环境保护的决定（草案）\n"
                + "　　　2．关于《宁远县人民代表大会常务委员会关于加强舜水河流域生态环境保护的决定（草案）》的说明\n\n"
                + "宁远县人大常委会主任会议\n2010年6月18日\n");
        assertTrue(text(r).contains("舜水河是我县的母亲河"), text(r));
        assertTrue(text(r).contains("现提请县第十五届人民代表大会常务委员会第二十四次会议审议。"), text(r));
        assertFalse(r.metadata().title() != null && r.metadata().title().startsWith("附件"), r.metadata().title());
    }

    @Test
    void aRuleOverAPagesNumberIsThePagesAndARuleBetweenSectionsStays() throws Exception {
        String rule = "—".repeat(30) + "\n";
        Report paged = ingest(HEAD + rule + "　　　　　　— 1 —\n\n" + TASKS + rule + "　　　　　　— 2 —\n");
        assertFalse(text(paged).contains("——————"), text(paged));
        assertTrue(paged.removals().stream().anyMatch(x -> x.reason() == RemovalReason.SEPARATOR), paged.removals().toString());
        Report parted = ingest(HEAD + rule + TASKS);
        assertTrue(text(parted).contains("——————"), text(parted));
        // a dotted rule of box-drawing dashes over a page's number set in words
        Report dotted = ingest(HEAD + "┄".repeat(30) + "\n第 3 页\n" + TASKS);
        assertFalse(text(dotted).contains("┄┄┄"), text(dotted));
    }

    @Test
    void aNoteUnderATableInTheTextIsTheTexts() throws Exception {
        Report r = ingest("关于宁远县2022年预算执行情况和2023年预算草案的报告\n各位代表：\n一、2022年预算执行情况\n"
                + "2022年全县一般公共预算收入完成12.3亿元，同比增长5.1%。\n注：1.以上数据均为快报数，待决算编制完成后再向县人大常委会报告。\n"
                + "二、2023年预算草案\n2023年全县一般公共预算收入预计13.0亿元，增长5.7%。\n");
        assertTrue(r.footnotes().isEmpty(), r.footnotes().toString());
        assertTrue(text(r).contains("2023年全县一般公共预算收入预计"), text(r));
    }

    @Test
    void linesInTheTextThatNameWhoRunsOrProvides() throws Exception {
        Report r = ingest(HEAD + "（以上数据由县统计局提供）\n主办：县人大常委会；承办：县司法局\n相关附件\n" + TASKS);
        assertTrue(text(r).contains("（以上数据由县统计局提供）") && text(r).contains("主办：县人大常委会；承办：县司法局")
                && text(r).contains("相关附件"), text(r));
    }

    @Test
    void daysInAListOfOtherArticlesAreNotThePublications() throws Exception {
        Report r = ingest(HEAD + TASKS + "相关新闻\n2022-12-20　宁远县召开人大代表座谈会\n2022-12-15　县人大常委会开展执法检查\n");
        assertNull(r.metadata().publication());
    }

    @Test
    void aListOfArticlesTakesOnlyItsItemsAndNeverTheTitleBlock() throws Exception {
        Report above = ingest("推荐阅读\n宁远县召开人大代表座谈会\n县人大常委会开展执法检查\n" + HEAD + TASKS);
        assertEquals("宁远县人民代表大会常务委员会工作报告", above.metadata().title());
        assertEquals("张明华", above.metadata().speaker());
        Report box = ingest(HEAD + "推荐阅读\n▶ 宁远县第十八届人民代表大会第二次会议隆重开幕\n▶ 代表热议政府工作报告：抓产业　惠民生\n"
                + "聚焦中心大局　助推高质量发展\n常委会围绕产业集群建设开展专题调研。\n" + TASKS);
        assertTrue(text(box).contains("聚焦中心大局　助推高质量发展") && !text(box).contains("▶"), text(box));
    }

    @Test
    void commentsSetIntoTheTextAndAHeadingThatReadsLikeOneEndNothing() throws Exception {
        Report r = ingest(HEAD + "【代表感想】\n代表李四：听了报告很受鼓舞。\n" + TASKS);
        assertTrue(text(r).contains("继续坚持党的领导"), text(r));
        Report heading = ingest(HEAD + "网友留言　件件有回音\n开通网上代表联络站，全年办理群众留言312件。\n");
        assertTrue(text(heading).contains("全年办理群众留言312件"), text(heading));
    }

    @Test
    void aHeadlineWithoutTheCityOverTheReportsOwnTitleIsOneDocument() throws Exception {
        Report r = ingest("当前位置：首页 > 工作报告 > 南海区人大常委会工作报告\n南海区人大常委会工作报告\n"
                + "（2009年1月12日在佛山市南海区第十五届人民代表大会第三次会议上）\n发布时间：2009-01-16　　来源：南海人大\n"
                + "佛山市南海区人民代表大会常务委员会工作报告\n（2009年1月12日在佛山市南海区第十五届人民代表大会第三次会议上）\n"
                + "区人大常委会主任　梁国鸿\n各位代表：\n一年来，区人大常委会依法履职。\n");
        assertTrue(text(r).endsWith("一年来，区人大常委会依法履职。"), text(r));
        assertEquals("梁国鸿", r.metadata().speaker());
    }

    @Test
    void aNotesOtherSpeakerAndAnEpapersNavigationAreNoFacts() throws Exception {
        Report r = ingest("【编者按】2018年1月10日，县十六届人大二次会议举行第二次全体会议。县人大常委会副主任李强代表县人大常委会向大会作"
                + "关于《宁远县草原保护条例（草案）》的说明，县人大常委会主任孟庆林受县人大常委会委托向大会作常委会工作报告。\n"
                + "宁远县人民代表大会常务委员会工作报告\n各位代表：\n一年来，县人大常委会依法履职。\n");
        assertEquals("孟庆林", r.metadata().speaker());
        Report nav = ingest("版面导航　　2010年2月11日　　第2版：两会专版\n" + HEAD + TASKS);
        assertNull(nav.metadata().publication() == null ? null : nav.metadata().publication().source());
    }

    @Test
    void aNoteOverTheGovernmentsReportNamesNoSpeakerOfIt() throws Exception {
        Report r = ingest("编者按：1月10日上午，澧县第十八届人民代表大会第三次会议举行第一次全体会议，县长李四代表县人民政府向大会作"
                + "政府工作报告，县人大常委会主任张三代表县人大常委会向大会作工作报告。现将政府工作报告全文刊发。\n政府工作报告\n各位代表：\n"
                + "过去一年，县人民政府依法履职。\n");
        assertNull(r.metadata().speaker());
    }

    @Test
    void aDeputysReportWithItsOwnLessonsAndAppendedDocuments() throws Exception {
        Report duty = ingest("原创　攸县人大　2023-11-20 18:00\n县人大代表李芳述职报告\n尊敬的各位选民：\n"
                + "我是攸县第十八届人大代表李芳，现将一年来的履职情况报告如下。\n一、加强学习，提升履职能力\n积极参加代表培训。\n【履职心得】\n"
                + "当好人大代表，最重要的是心里装着群众。\n今后，我将继续认真履职，不辜负选民的信任和重托。\n述职人：李芳\n2023年11月18日\n"
                + "来源：攸县人大常委会办公室\n");
        assertTrue(text(duty).contains("【履职心得】") && text(duty).contains("不辜负选民的信任和重托"), text(duty));
        Report annexed = ingest("当前位置：首页 > 讲话 > 在市人大常委会代表工作会议上的讲话\n在市人大常委会代表工作会议上的讲话\n"
                + "（2021年12月28日）\n同志们：\n今天召开代表工作会议。\n附：常德市人民代表大会常务委员会关于加强和改进代表工作的决定\n"
                + "（2021年12月28日常德市第七届人民代表大会常务委员会第四十五次会议通过）\n一、提高代表履职能力。\n");
        assertTrue(text(annexed).contains("一、提高代表履职能力。") || text(annexed).contains("提高代表履职能力"), text(annexed));
    }

    @Test
    void aBareReadMoreUnderAListAndAnEnglishNoteOfTheReport() throws Exception {
        Report listed = ingest(HEAD + TASKS + "相关新闻\n宁远县第十八届人民代表大会第二次会议胜利闭幕\n阅读全文\n");
        assertFalse(listed.metadata().incomplete());
        Report english = ingest(HEAD + TASKS + "名词解释\n1.PPP：Public Private Partnership\n2.一般公共预算：以税收为主体的收支预算\n");
        assertEquals(2, english.footnotes().size());
    }

    @Test
    void aBoardsPosterNamedBeforeTheTimeTheyPosted() throws Exception {
        Report r = ingest("蚶江囝仔　發表於 2012-02-16 08:00\n石獅市人民代表大會常務委員會工作報告\n"
                + "——2012年1月5日在石獅市第七屆人民代表大會第一次會議上\n各位代表：\n一、五年來的主要工作\n五年來，常委會依法履職。\n"
                + "回應 #1　　蚶江囝仔　　101/02/16 上午 08:12\n（續上）二、今後五年的工作建議\n新一屆市人大常委會要依法履職。\n"
                + "回應 #2　　阿嬤的灶腳　　101/02/16 上午 09:12\n感謝分享！\n");
        assertTrue(text(r).contains("新一屆市人大常委會要依法履職。") && !text(r).contains("感謝分享"), text(r));
    }

    @Test
    void aSpeechUnderAHeadlineAndANameAloneIsRead() throws Exception {
        Report r = ingest("凝心聚力　奋勇争先\n周海燕\n各位代表，同志们：\n一、坚持党的领导\n"
                + "昌江区第三届人民代表大会第五次会议，经过全体代表的共同努力，圆满完成了各项议程，即将胜利闭幕。\n");
        assertEquals("周海燕", r.metadata().speaker());
        assertTrue(text(r).contains("即将胜利闭幕"), text(r));
    }

    @Test
    void aHeadlineOverTheDeliveryLinePastABlankLineOrAPagesPublishingLineIsTheTitle() throws Exception {
        String under = "——2019年12月26日在新乡市第十四届人民代表大会常务委员会第十五次会议上\n市人大常委会委员　张宏伟\n"
                + "主任、各位副主任、秘书长、各位委员：\n现将我的履职情况报告如下，请予评议。\n";
        for (String between : new String[] {"\n", "\n发布时间：2019-12-30 10:22　来源：市人大常委会选联工委\n\n",
                "发布时间：2019-12-30 10:22　来源：市人大常委会选联工委　浏览次数：348\n"}) {
            Report r = ingest("述职报告\n" + between + under);
            assertEquals("述职报告", r.metadata().title(), between);
            assertTrue(r.removals().stream().noneMatch(x -> x.text().equals("述职报告")), r.removals().toString());
            assertTrue(r.metadata().headerLines().stream().noneMatch(l -> l.contains("发布时间")), r.metadata().headerLines().toString());
        }
        // a page's menu over the publishing line stays the page's
        Report menu = ingest("首页　新闻中心　人大要闻　代表工作\n发布时间：2019-12-30 10:22\n" + under);
        assertTrue(menu.metadata().headerLines().stream().noneMatch(l -> l.contains("新闻中心")), menu.metadata().headerLines().toString());
    }

    @Test
    void aTitleOverTwoLinesUnderTheBodysNameAndALettersAddressee() throws Exception {
        Report pdf = ingest("黔南州第十四届人民代表大会第五次会议文件（3）\n黔南布依族苗族自治州人民代表大会\n常务委员会工作报告\n"
                + "——2021年1月12日在黔南布依族苗族自治州第十四届人民代表大会第五次会议上\n各位代表：\n一年来，州人大常委会依法履职。\n");
        assertEquals("黔南布依族苗族自治州人民代表大会常务委员会工作报告", pdf.metadata().title());
        Report letter = ingest("榆林市人民代表大会常务委员会\n关于市人民政府黄河流域生态保护工作情况报告的审议意见\n\n市人民政府：\n"
                + "2020年6月29日，榆林市第四届人民代表大会常务委员会第二十二次会议听取和审议了有关报告。\n一、提高思想认识。\n");
        assertEquals("榆林市人民代表大会常务委员会关于市人民政府黄河流域生态保护工作情况报告的审议意见", letter.metadata().title());
        assertEquals("市人民政府：", letter.body().get(0).text());
        // a site's name over a whole title is no first half of it
        Report site = ingest("乐山市人大常委会\n乐山市人民代表大会常务委员会工作报告\n各位代表：\n一年来，常委会依法履职。\n");
        assertEquals("乐山市人民代表大会常务委员会工作报告", site.metadata().title());
        // a title that names no body goes on from the body's name over it
        Report year = ingest("恩施州人大常委会\n2023年工作报告（摘要）\n——2024年1月5日在恩施州第九届人民代表大会第四次会议上\n"
                + "各位代表：\n一年来，州人大常委会依法履职。\n");
        assertEquals("恩施州人大常委会2023年工作报告", year.metadata().title());
        assertTrue(year.metadata().incomplete(), "（摘要）");
        assertEquals(List.of(2), year.removals().stream().filter(x -> x.reason() == RemovalReason.LABEL)
                .map(x -> x.line()).toList(), "the label is listed at its own line");
        // a year alone over the title is its first line; a name over it, with the office in brackets, the speaker's
        Report first = ingest("2023年\n渭源县人大常委会工作报告\n——2024年1月9日在渭源县第十八届人民代表大会第三次会议上\n"
                + "各位代表：\n一年来，县人大常委会依法履职。\n");
        assertEquals("2023年渭源县人大常委会工作报告", first.metadata().title());
        Report broken = ingest("白银市白银区人民代表大会常务委员会工\n作报告\n——2023年1月10日在白银市白银区第十八届人民代表大会第二次会议上\n"
                + "各位代表：\n一年来，区人大常委会依法履职。\n");
        assertEquals("白银市白银区人民代表大会常务委员会工作报告", broken.metadata().title(), "broken inside a word");
        Report speech = ingest("在平遥县第十届人民代表大会第二次\n会议闭幕式上的讲话\n（一九九二年三月二十八日）\n县人大常委会主任　武正义\n"
                + "各位代表、同志们：\n大会圆满完成了各项议程。\n");
        assertEquals("在平遥县第十届人民代表大会第二次会议闭幕式上的讲话", speech.metadata().title());
        assertEquals(LocalDate.of(2024, 1, 9), first.metadata().date());
        Report named = ingest("李　明\n（县人大常委会主任）\n\n关于县人民代表大会常务委员会工作情况的报告\n"
                + "——2023年1月12日在汝城县第十八届人民代表大会第二次会议上\n各位代表：\n一年来，县人大常委会依法履职。\n");
        assertEquals("李明", named.metadata().speaker());
        assertEquals("县人大常委会主任", named.metadata().office());
        assertTrue(named.removals().stream().noneMatch(x -> x.line() <= 2), named.removals().toString());
        assertEquals("422800", year.metadata().place().code());
    }

    @Test
    void anotherBodysReportUnderASitesNameIsNotJoinedToIt() throws Exception {
        Report court = ingest("洛阳市人大常委会\n洛阳市中级人民法院工作报告\n——2024年1月10日在洛阳市第十五届人民代表大会第三次会议上\n"
                + "各位代表：\n一年来，市中级人民法院依法履职。\n");
        assertEquals("洛阳市中级人民法院工作报告", court.metadata().title());
        assertEquals("other", court.metadata().kind().code());
        Report government = ingest("黔南州人大常委会\n政府工作报告\n各位代表：\n过去一年，州人民政府依法履职。\n");
        assertEquals("政府工作报告", government.metadata().title());
    }

    @Test
    void theCommitteesReportByAnyTitleGetsItsReporterFromTheNote() throws Exception {
        for (String title : new String[] {"常务委员会工作报告", "澧县人民代表大会常务委员会报告", "关于县人大常委会2023年工作情况的报告"}) {
            Report r = ingest("【编者按】1月10日，澧县第十八届人民代表大会第三次会议举行第二次全体会议。县人大常委会主任张三代表县人大常委会"
                    + "向大会作工作报告。\n" + title + "\n各位代表：\n一年来，县人大常委会依法履职。\n");
            assertEquals("张三", r.metadata().speaker(), title);
        }
    }

    @Test
    void anEditorsAfterwordIsThePagesAndASpacedSalutationOpensTheText() throws Exception {
        Report r = ingest(HEAD + TASKS + "【编后】\n一份沉甸甸的报告，记录着一年来的履职足迹。\n");
        assertTrue(text(r).endsWith("继续坚持党的领导，依法履职。"), text(r));
        Report spaced = ingest("宁远县人民代表大会常务委员会工作报告\n各 位 代 表：\n一年来，县人大常委会依法履职。\n");
        assertEquals("各 位 代 表：", spaced.body().get(0).text());
    }

    @Test
    void aDeliveryLineUnderTheTextAndAMeetingOnlyTheOpeningSentenceNames() throws Exception {
        Report under = ingest("陆川县人民代表大会常务委员会工作报告\n各位代表：\n一年来，县人大常委会依法履职。\n"
                + "各位代表，让我们为建设美丽陆川而努力奋斗！\n（本报告于2021年1月8日在陆川县第十七届人民代表大会第五次会议上通过）\n");
        assertEquals(LocalDate.of(2021, 1, 8), under.metadata().date());
        assertEquals(5, under.metadata().session());
        assertTrue(text(under).endsWith("为建设美丽陆川而努力奋斗！"), text(under));
        // with the speaker's line under it
        Report speaker = ingest("库尔勒市人民代表大会常务委员会工作报告\n各位代表：\n一年来，市人大常委会依法履职。\n"
                + "各位代表，让我们为建设美丽库尔勒作出新的更大贡献！\n（2015年1月8日在库尔勒市第十六届人民代表大会第五次会议上）\n"
                + "市人大常委会主任  阿不都热依木·买买提\n");
        assertEquals(LocalDate.of(2015, 1, 8), speaker.metadata().date());
        assertEquals("阿不都热依木·买买提", speaker.metadata().speaker());
        assertEquals("市人大常委会主任", speaker.metadata().office());
        assertTrue(text(speaker).endsWith("作出新的更大贡献！"), text(speaker));
        assertTrue(speaker.headings().isEmpty(), speaker.headings().toString());
        // a signature under the text without a delivery line stays the text's
        Report signed = ingest("库尔勒市人民代表大会常务委员会工作报告\n各位代表：\n一年来，市人大常委会依法履职。\n"
                + "库尔勒市人大常委会主任  阿不都热依木·买买提\n2015年1月8日\n");
        assertTrue(text(signed).contains("2015年1月8日"), text(signed));
        Report opening = ingest("信阳市人民代表大会常务委员会工作报告\n（2023年1月13日）\n各位代表：\n"
                + "现在，我代表信阳市人民代表大会常务委员会，向信阳市第六届人民代表大会第二次会议报告工作，请予审议。\n");
        assertEquals(6, opening.metadata().congress());
        assertEquals(2, opening.metadata().session());
        // at a new term's first session, the committee reports its five years: 报告过去五年的工作
        Report term = ingest("信阳市人民代表大会常务委员会工作报告\n（2022年1月13日）\n各位代表：\n现在，我受信阳市第五届人民代表大会"
                + "常务委员会委托，向市第六届人民代表大会第一次会议报告过去五年的工作，请予审议。\n");
        assertEquals(6, term.metadata().congress());
        assertEquals(1, term.metadata().session());
    }

    @Test
    void aSitesMastheadAndANoticeOverADecisionAreThePages() throws Exception {
        Report r = ingest("安康人大网\n安康市人民代表大会常务委员会主办\n安康市人民代表大会常务委员会关于禁止燃放烟花爆竹的决定\n"
                + "安康市人民代表大会常务委员会公告\n（第7号）\n《安康市人民代表大会常务委员会关于禁止燃放烟花爆竹的决定》已于2017年10月26日通过，现予公布。\n"
                + "安康市人民代表大会常务委员会\n2017年10月26日\n安康市人民代表大会常务委员会关于禁止燃放烟花爆竹的决定\n"
                + "（2017年10月26日安康市第四届人民代表大会常务委员会第六次会议通过）\n为了保障公共安全，作如下决定：\n一、本市中心城区全年禁止燃放烟花爆竹。\n");
        assertNull(r.metadata().speaker());
        assertEquals(LocalDate.of(2017, 10, 26), r.metadata().date());
        assertEquals("为了保障公共安全，作如下决定：", r.body().get(0).text());
    }

    @Test
    void daysANoteGivesLoosely() {
        LocalDate posted = LocalDate.of(2023, 1, 13);
        assertEquals(LocalDate.of(2023, 1, 10), EditorsNotes.plenaryDay("2023年1月9日召开的宁远县第十八届人民代表大会第二次会议，"
                + "1月10日上午举行第二次全体会议"));
        assertNull(EditorsNotes.recentDay("1月9日至12日，宁远县第十八届人民代表大会第二次会议召开", posted), "a span");
        assertNull(EditorsNotes.recentDay("12月28日主任会议审定报告稿，1月10日会议召开", posted), "two days, no plenary");
        assertEquals(LocalDate.of(2023, 1, 10), EditorsNotes.recentDay("1月9日召开的会议，1月10日上午举行第二次全体会议", posted));
        assertNull(EditorsNotes.recentDay("1月10日上午，会议举行第二次全体会议", LocalDate.of(2024, 1, 20)), "ten days on");
        assertNull(EditorsNotes.recentDay("2月29日，会议举行第二次全体会议", LocalDate.of(2023, 3, 5)), "no 29 February that year");
    }

    @Test
    void aListOfTheTextsBulletedWithTrianglesStaysWhileACaptionAloneOrUnderTheListGoes() throws Exception {
        String items = "常委会重点抓了以下几项工作：\n▲开展《湖南省湘江保护条例》贯彻实施情况检查，督促整改问题31个；\n"
                + "▲听取和审议县政府关于旅游市场秩序整治工作情况的报告；\n▲组织代表对九嶷山景区综合整治开展专题视察。\n"
                + "▲县人大常委会组织代表视察九嶷山景区综合整治\n";
        Report r = ingest(HEAD + items + "▲1月9日，县人大常委会召开党组会议。（摄影：李　明）\n" + TASKS);
        assertTrue(text(r).contains("▲开展《湖南省湘江保护条例》贯彻实施情况检查") && text(r).contains("▲组织代表对九嶷山景区综合整治开展专题视察。"),
                text(r));
        assertFalse(text(r).contains("视察九嶷山景区综合整治\n") || text(r).contains("摄影"), text(r));
        // three items or more in a row, each with a count, are the text's figures, whatever their end
        Report figures = ingest(HEAD + "2022年，常委会依法履职，各项工作取得新成效。\n▲召开常委会会议9次，审议议题41项\n▲开展执法检查4次，专题询问2次\n"
                + "▲作出决议决定11项，任免人员68人次\n" + TASKS);
        assertTrue(text(figures).contains("▲召开常委会会议9次，审议议题41项\n▲开展执法检查4次，专题询问2次"), text(figures));
        Report spaced = ingest(HEAD + "2022年，常委会依法履职。\n▲ 召开常委会会议 8 次，审议议题 37 项\n▲ 开展执法检查 3 次\n"
                + "▲ 代表联络站接待群众 1.2万人次\n▲ 代表建议按期办结率 100%\n" + TASKS);
        assertTrue(text(spaced).contains("▲ 代表联络站接待群众 1.2万人次\n▲ 代表建议按期办结率 100%"), text(spaced));
        assertTrue(spaced.headings().stream().noneMatch(h -> h.text().startsWith("▲")), spaced.headings().toString());
        // a field the text gives again further on, under another item, is the text's each time
        String field = "【责任单位：常委会办公室】【完成时限：全年】";
        Report tagged = ingest(HEAD + "1．加强对财政预算执行的监督。\n" + field + "\n2．加强对民生实事的监督。\n【责任单位：财经委】【完成时限：6月底】\n"
                + "3．做好代表建议督办工作。\n" + field + "\n" + TASKS);
        assertEquals(2, text(tagged).split(java.util.regex.Pattern.quote(field), -1).length - 1, text(tagged));
        // items that end their clauses with semicolons are a list without a sentence over them too
        Report bare = ingest(HEAD + "▲加强对湘江保护的监督；\n▲加强对乡村振兴的监督；\n▲加强代表工作。\n" + TASKS);
        assertTrue(text(bare).contains("▲加强对湘江保护的监督；\n▲加强对乡村振兴的监督；"), text(bare));
    }

    @Test
    void theTextsOwnLinesWithAPagesKeysStay() throws Exception {
        String own = String.join("\n", "常委会公众号运行情况如下：", "推送文章：486篇；", "阅读量：46.3万人次；", "留言回复：1320条。",
                "全县财政收支情况如下：", "项目\t2022年（万元）\t增长（%）", "一般公共预算收入\t118620\t8.4",
                "来源：宁远县财政局（2022年财政快报）", "全县近三年生产安全事故情况如下：", "年度\t事故起数\t死亡人数", "2022年\t7\t5",
                "（据县应急管理局统计资料整理）", "【备注：以上数据截至2022年12月底】", "“安全生产月”集中宣传活动由县安委会主办",
                "企业负责人培训班由县应急管理局承办", "主办单位：县人大常委会；承办单位：县应急管理局", "全县设立代表联络站点2个：",
                "城关站　咨询电话：13907251234", "东乡站　咨询电话：13907255678", "");
        Report r = ingest("来源：永州日报\n" + HEAD + own + TASKS
                + "附件：2022年代表建议办理情况统计表\n类别\t件数\t已办结\t办结率\n城乡建设\t58\t58\t100%\n合计\t100\t100\t100%\n"
                + "主办单位：宁远县人大常委会办公室　技术支持：宁远县融媒体中心\n");
        for (String line : own.split("\n")) {
            assertTrue(text(r).contains(line), line + " in " + text(r));
        }
        assertTrue(text(r).contains("城乡建设\t58\t58\t100%"), text(r));
        assertFalse(text(r).contains("永州日报") || text(r).contains("技术支持"), text(r));
        // a collaborator's comment, a masthead, a lone hotline and a source line out of a table's way stay the page's
        Report page = ingest(HEAD + "【备注 张敏：跟去年统一一下】\n服务热线：400-123-4567\n来源：永州日报\n" + TASKS
                + "宁远县人民代表大会常务委员会主办\n本网站由宁远县人大常委会办公室主办\n");
        assertFalse(text(page).contains("张敏") || text(page).contains("400-123") || text(page).contains("永州日报")
                || text(page).contains("主办"), text(page));
    }

    @Test
    void aPagesMediaShareButtonsPagerAndAdvertisementsSetIntoTheTextAreThePagesWhileTheTextsWordsOnThemStay() throws Exception {
        List<String> page = List.of("（摄影：刘建军）", "（图片由宁远县融媒体中心提供）", "（视频来源：宁远县融媒体中心）", "点击查看大图",
                "[点击图片查看原图]", "听全文", "00:00/12:46", "语音播报由AI合成，仅供参考", "视频加载中...", "00:00 / 03:25",
                "播放　倍速　全屏", "您的浏览器不支持 video 标签。", "微信　微博　QQ空间", "长按识别二维码，关注“宁远人大”",
                "微信扫一扫　分享到朋友圈", "[二维码]", "手机扫码阅读", "第1页　第2页　第3页　下一页　尾页", "广告",
                "【推广】宁远农商银行“宁农e贷”，最高额度30万元", "视频号　宁远人大", "赞 12");
        String own = "常委会开通“宁远人大”视频号，群众扫码即可观看常委会会议直播，全年播放12万次。\n";
        Report r = ingest(HEAD + String.join("\n", page) + "\n" + own + TASKS);
        for (String line : page) {
            assertFalse(text(r).contains(line), line + " in " + text(r));
        }
        assertTrue(text(r).contains(own.strip()) && text(r).contains("继续坚持党的领导"), text(r));
        assertTrue(r.metadata().publication() == null || r.metadata().publication().source() == null,
                "a credit is no publishing line: " + r.metadata().publication());
        // a page's font buttons in the title block
        Report font = ingest("字体：【大】【中】【小】\n" + HEAD + TASKS);
        assertTrue(font.metadata().headerLines().stream().noneMatch(l -> l.contains("字体")), font.metadata().headerLines().toString());
    }

    @Test
    void aTableCopiedACellALineKeepsCellsThatAreAPagesWordsTooAndNoneIsAHeading() throws Exception {
        List<String> cells = List.of("形式", "数量", "图文", "236", "视频", "42", "图片", "118", "平均到站时间", "15分钟");
        Report r = ingest(HEAD + "全年刊播各类宣传作品如下：\n" + String.join("\n", cells) + "\n" + TASKS);
        assertTrue(text(r).contains(String.join("\n", cells)), text(r));
        assertTrue(r.body().stream().filter(b -> cells.contains(b.text()))
                .allMatch(b -> b instanceof org.reportarchive.model.Paragraph), r.body().toString());
        // a picture's placeholder alone between two paragraphs is the page's
        Report placeholder = ingest(HEAD + "图片\n" + TASKS);
        assertFalse(text(placeholder).contains("图片"), text(placeholder));
    }
}
