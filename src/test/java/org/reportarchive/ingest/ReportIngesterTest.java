package org.reportarchive.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportarchive.model.Block;
import org.reportarchive.model.Heading;
import org.reportarchive.model.HeadingStyle;
import org.reportarchive.model.Footnote;
import org.reportarchive.model.FootnoteRef;
import org.reportarchive.model.Kind;
import org.reportarchive.model.NoteKind;
import org.reportarchive.model.Paragraph;
import org.reportarchive.model.Removal;
import org.reportarchive.model.RemovalReason;
import org.reportarchive.model.Report;
import org.reportarchive.model.ReportSummary;
import org.reportarchive.model.ReportMetadata;
import org.reportarchive.text.Simplified;

/** Ingest rules on documents constructed for the purpose: other cities, formats and accidents. */
class ReportIngesterTest {

    private static final ReportIngester INGESTER = ReportIngester.defaults();

    static Report ingest(String text) throws IngestException {
        return INGESTER.ingest("test.txt", text.getBytes(StandardCharsets.UTF_8), Sidecar.empty());
    }

    private static final String MIANYANG = String.join("\r\n",
            "\uFEFF网站首页 | 人大概况 | 新闻中心",
            "当前位置：首页 > 人大要闻",
            "",
            "绵阳市人民代表大会常务委员会工作报告",
            "来源：绵阳日报　发布时间：2023-01-20 09:12　浏览次数：2031",
            "——2023年1月12日在绵阳市第八届人民代表大会第三次会议上",
            "绵阳市人大常委会主任　王 小 明",
            "各位代表：",
            "现在，我代表市人大常委会向大会报告工作，请予审议。",
            "一、过去一年的主要工作",
            "（一）立法工作取得新进展。制定《绵阳市科技城条例》，开展立法调研8次。",
            "（二）监督工作持续加强。听取和审议专项工作报告12个。",
            "1.预算审查监督。推进预算联网监督系统建设，实现全覆盖。",
            "二、今年的主要任务",
            "全面贯彻党的二十大精神，依法履职。",
            "上一篇：关于召开会议的通知",
            "版权所有：绵阳市人大常委会　蜀ICP备12345678号",
            "");

    @Test
    void readsAReportFromAnotherCityWithBomCrlfNavigationAndFooter() throws Exception {
        Report r = ingest(MIANYANG);
        ReportMetadata m = r.metadata();
        assertEquals("绵阳市人民代表大会常务委员会工作报告", m.title());
        assertEquals("绵阳市", m.city());
        assertEquals("四川省", m.province());
        assertEquals(LocalDate.of(2023, 1, 12), m.date());
        assertEquals(2023, m.year());
        assertEquals(8, m.congress());
        assertEquals(3, m.session());
        assertEquals("王小明", m.speaker());
        assertEquals("绵阳市人大常委会主任", m.office());
        assertEquals(Kind.REPORT, m.kind());
        assertFalse(m.incomplete());
        assertEquals("绵阳日报", m.publication().source());
        assertEquals("2023-01-20", m.publication().date());
        assertEquals(List.of(1, 2, 5, 5, 16, 17), r.removals().stream().map(Removal::line).toList());
        assertEquals(List.of(RemovalReason.NAVIGATION, RemovalReason.NAVIGATION, RemovalReason.PUBLICATION,
                RemovalReason.SITE_UI, RemovalReason.NAVIGATION, RemovalReason.COPYRIGHT),
                r.removals().stream().map(Removal::reason).toList());
        assertEquals("浏览次数：2031", r.removals().get(3).text(), "the page's counter, taken out of the publication");
        assertEquals("绵阳日报", m.publication().source());
        assertEquals("各位代表：", r.body().get(0).text());
    }

    @Test
    void giveHeadingsLevelsByTheNumberingStylesUsed() throws Exception {
        Report r = ingest(MIANYANG);
        List<Heading> h = r.headings();
        assertEquals(2, h.size());
        assertEquals("一、过去一年的主要工作", h.get(0).text());
        assertEquals(1, h.get(0).level());
        Paragraph first = r.paragraphs().stream().filter(p -> p.text().startsWith("（一）")).findFirst().orElseThrow();
        assertEquals(2, first.runIn().level());
        assertEquals("（一）立法工作取得新进展。".length(), first.runIn().length());
        Paragraph arabic = r.paragraphs().stream().filter(p -> p.text().startsWith("1.")).findFirst().orElseThrow();
        assertEquals(HeadingStyle.ARABIC_NUMBER, arabic.runIn().style());
        assertEquals(3, arabic.runIn().level());
    }

    @Test
    void paragraphIdsAreStableAndUnique() throws Exception {
        Report a = ingest(MIANYANG);
        Report b = ingest(MIANYANG);
        assertEquals(a.body().stream().map(x -> x.id()).toList(), b.body().stream().map(x -> x.id()).toList());
        assertEquals(a.body().size(), a.body().stream().map(x -> x.id()).distinct().count());
        assertEquals("p1", a.paragraphs().get(0).id());
    }

    @Test
    void aReportWithNoMetadataLines() throws Exception {
        Report r = ingest("市人大常委会坚持党的领导，依法履职，各项工作取得新成效。\n\n一年来，共制定地方性法规3部。\n");
        ReportMetadata m = r.metadata();
        assertNull(m.title());
        assertNull(m.city());
        assertNull(m.date());
        assertNull(m.speaker());
        assertEquals(Kind.OTHER, m.kind(), "nothing says what it is");
        assertEquals("（无标题）市人大常委会坚持党的领导，依法履职，各项工作取得……", r.displayTitle(),
                "named by its opening words, not by its file's");
        assertEquals(r.displayTitle(), ReportSummary.of(r, false).displayTitle());
        assertEquals("（无标题）现将调研情况报告如下：", ingest("各位代表、同志们：\n现将调研情况报告如下：\n一、基本情况\n").displayTitle(),
                "an address is no opening; a sentence that ends in a colon is");
        assertEquals(2, r.paragraphs().size());
        assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("title:") && w.contains("no title")));
        assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("kind:")));
        assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("date:")));
    }

    @Test
    void aReportOnTheDeputiesProposalsDeliveredOnTheCommitteesBehalfIsNoWorkReport() throws Exception {
        String opening = "各位代表：\n我受市人民代表大会常务委员会委托，向大会报告市十五届人大二次会议代表建议、批评和意见办理情况，请予审议。\n"
                + "市十五届人大二次会议期间，代表共提出建议、批评和意见526件，已全部办理完毕并答复代表。\n";
        assertEquals(Kind.PROPOSALS, ingest(opening).metadata().kind());
        assertEquals(Kind.PROPOSALS, ingest("关于市十五届人大二次会议代表建议、批评和意见办理情况的报告\n"
                + "——2019年1月15日在绵阳市第十五届人民代表大会第三次会议上\n绵阳市人大常委会副主任　何光明\n" + opening).metadata().kind());
        for (String work : List.of("向大会报告工作", "向大会报告常委会一年来的主要工作", "向大会作常委会工作报告", "向大会作报告",
                "向大会报告市人大常委会一年来依法履职情况", "向大会报告常委会执行县十四届人大三次会议决议和过去一年的主要工作")) {
            Report r = ingest("各位代表：\n现在，我代表市人民代表大会常务委员会，" + work + "，请予审议。\n一年来，常委会依法履职。\n");
            assertEquals(Kind.REPORT, r.metadata().kind(), work);
        }
    }

    @Test
    void joinsColumnBreaksEvenInsideAWord() throws Exception {
        Report r = ingest(String.join("\n",
                "各位代表：",
                "",
                "制定《峨眉山世界文",
                "",
                "化和自然遗产保护条例》，为加快建设世界重要旅游目的地提供有力法治保障。",
                "",
                "（二）依法做好人事任免。任免国家机关工作人员一百人次。"));
        List<Paragraph> ps = r.paragraphs();
        assertEquals(3, ps.size());
        assertEquals("制定《峨眉山世界文化和自然遗产保护条例》，为加快建设世界重要旅游目的地提供有力法治保障。", ps.get(1).text());
        assertEquals(3, ps.get(1).line());
        assertEquals(5, ps.get(1).lastLine());
        assertEquals(1, r.notes().size());
        assertEquals(NoteKind.COLUMN_BREAK, r.notes().get(0).kind());
        assertTrue(r.notes().get(0).message().contains("第3行与第5行"));
        assertTrue(r.notes().get(0).message().contains("世界文｜化和自然"));
    }

    @Test
    void pageMarkersInsideTheTextAreTakenOffAndTheSentenceTheySplitIsJoined() throws Exception {
        Report r = ingest(String.join("\n",
                "长兴县人民代表大会常务委员会工作报告",
                "各位代表：",
                "常委会持续关注太湖流域水环境治理，连续五年听取审议环境保护工作情况报告，推动全县主要河道水质（下转第三版）",
                "",
                "（紧接第二版）明显改善，长兴被命名为国家生态县。",
                "一、坚持依法监督",
                "听取审议县政府关于蓄电池行业整治提升情况的报告。（下转A3版）",
                "（上接A2版）",
                "推动淘汰落后产能，实现产业转型升级。"));
        List<String> texts = r.paragraphs().stream().map(Paragraph::text).toList();
        assertTrue(texts.contains("常委会持续关注太湖流域水环境治理，连续五年听取审议环境保护工作情况报告，推动全县主要河道水质明显改善，"
                + "长兴被命名为国家生态县。"), texts.toString());
        assertTrue(texts.contains("听取审议县政府关于蓄电池行业整治提升情况的报告。"), texts.toString());
        assertTrue(texts.contains("推动淘汰落后产能，实现产业转型升级。"), texts.toString());
        assertEquals(List.of("（下转第三版）", "（紧接第二版）", "（下转A3版）", "（上接A2版）"), r.removals().stream()
                .filter(x -> x.reason() == RemovalReason.PAGE_MARKER).map(Removal::text).toList());
        assertFalse(r.metadata().incomplete(), "the text goes on where it was continued");

        Report ends = ingest("昆山市人民代表大会常务委员会工作报告\n各位代表：\n一年来，常委会依法履职。\n"
                + "我们将进一步提高依法履职（转A4版）\n");
        assertTrue(ends.metadata().incomplete(), "the rest is on page A4, which the copy does not have");
    }

    @Test
    void aWebPagesTitleAboveTheReportIsStrippedAsACopyOfTheTitle() throws Exception {
        for (String pageTitle : List.of("安吉县人民代表大会常务委员会工作报告_安吉新闻网", "安吉县人民代表大会常务委员会工作报告 - 安吉新闻网",
                "安吉县人民代表大会常务委员会工作报告｜浙江人大网")) {
            Report r = ingest(String.join("\n", pageTitle, "首页 | 人大概况 | 工作动态", "安吉县人民代表大会常务委员会工作报告",
                    "——二〇一〇年二月二十六日在安吉县第十四届人民代表大会第四次会议上", "各位代表：", "一年来，常委会依法履职。"));
            assertEquals("安吉县人民代表大会常务委员会工作报告", r.metadata().title());
            assertEquals(RemovalReason.DUPLICATE, r.removals().get(0).reason(), r.removals().toString());
            assertEquals(pageTitle, r.removals().get(0).text());
            assertFalse(r.metadata().headerLines().contains(pageTitle), r.metadata().headerLines().toString());
        }
        // a title with its subtitle on one line is not a page's title
        Report subtitle = ingest(String.join("\n", "坚定信心 砥砺前行——在安吉县第十四届人民代表大会第四次会议上的讲话",
                "坚定信心 砥砺前行", "各位代表：", "大会圆满完成了各项议程。"));
        assertTrue(subtitle.removals().stream().noneMatch(x -> x.reason() == RemovalReason.DUPLICATE && x.line() == 1),
                subtitle.removals().toString());
    }

    @Test
    void whatAPageListsAfterTheTextIsStrippedNotPublishedAsHeadings() throws Exception {
        Report r = ingest(String.join("\n",
                "安吉县人民代表大会常务委员会工作报告",
                "各位代表：",
                "一年来，常委会依法履职。",
                "各位代表，让我们开拓进取，扎实工作，作出新的更大贡献！",
                "分享到：",
                "微信",
                "微博",
                "QQ空间",
                "【列印】【關閉視窗】",
                "相关新闻",
                "县十四届人大四次会议举行预备会议",
                "县人大常委会召开第二十六次会议",
                "Copyright © 2008-2010 安吉新闻网 版权所有"));
        assertEquals(List.of(), r.headings(), "the related articles' titles are not headings");
        assertEquals(2, r.paragraphs().size() - 1, r.paragraphs().toString());
        assertEquals(List.of(5, 6, 7, 8, 9, 10, 11, 12, 13), r.removals().stream().map(Removal::line).toList());
        assertTrue(r.removals().stream().filter(x -> x.line() >= 6 && x.line() <= 12)
                .allMatch(x -> x.reason() == RemovalReason.NAVIGATION), r.removals().toString());
    }

    @Test
    void aPostsEmojiAndWhatItsPlatformPrintsAfterItsEnd() throws Exception {
        Report r = ingest(String.join("\n",
                "恩施土家族苗族自治州人民代表大会常务委员会工作报告",
                "各位代表：",
                "📌 一、2022年工作回顾",
                "坚持依法监督，推动解决农村学校寄宿条件不足等问题27个。👍",
                "",
                "📌 二、2023年工作安排",
                "各位代表！让我们踔厉奋发、勇毅前行，作出新的更大贡献！👏👏",
                "— END —",
                "来源：恩施州人大常委会办公室",
                "编辑 | 田小雨",
                "👇 点击下方“阅读原文”了解更多",
                "往期推荐",
                "▶ 州人大常委会召开第五次会议",
                "阅读原文",
                "留言",
                "“在看”我吗？",
                "打开APP，阅读全文"));
        assertEquals(List.of("📌 一、2022年工作回顾", "📌 二、2023年工作安排"), r.headings().stream().map(h -> h.text()).toList());
        assertEquals(List.of("各位代表：", "坚持依法监督，推动解决农村学校寄宿条件不足等问题27个。👍",
                "各位代表！让我们踔厉奋发、勇毅前行，作出新的更大贡献！👏👏"), r.paragraphs().stream().map(Paragraph::text).toList());
        assertEquals("恩施州人大常委会办公室", r.metadata().publication().source());
        assertEquals(List.of(8, 9, 10, 11, 12, 13, 14, 15, 16, 17), r.removals().stream().map(Removal::line).toList());
    }

    @Test
    void aSignatureUnderTheTextIsNotAHeading() throws Exception {
        Report r = ingest(String.join("\n",
                "关于市人民政府营商环境工作情况报告的审议意见",
                "一、总体评价",
                "市人民政府高度重视营商环境建设，取得明显成效。",
                "二、意见建议",
                "进一步深化“放管服”改革。",
                "天津市河西区人民代表大会常务委员会",
                "二〇一九年一月十日"));
        assertEquals(List.of("一、总体评价", "二、意见建议"), r.headings().stream().map(h -> h.text()).toList());
        List<String> texts = r.paragraphs().stream().map(Paragraph::text).toList();
        assertEquals(List.of("天津市河西区人民代表大会常务委员会", "二〇一九年一月十日"), texts.subList(texts.size() - 2, texts.size()));
        assertEquals(LocalDate.of(2019, 1, 10), r.metadata().date(), "dated by its signature");
        assertEquals("signature", r.metadata().sources().get("date"));
        assertEquals(2019, r.metadata().year());
    }

    @Test
    void aSignatureOverItsSubjectWordsAndCopyToLinesIsNotAHeading() throws Exception {
        for (String words : List.of("主题词：环境保护　执法检查　审议意见", "主題詞：環境保護　執法檢查")) {
            Report r = ingest(String.join("\n",
                    "关于检查《中华人民共和国大气污染防治法》实施情况的审议意见",
                    "县人民政府：",
                    "2017年6月20日，县十七届人大常委会第五次会议听取和审议了执法检查组的报告。现将审议意见函告如下：",
                    "一、进一步压实各方责任。",
                    "以上审议意见，请县人民政府研究处理。",
                    "汉阴县人大常委会",
                    "二〇一七年六月二十七日",
                    words,
                    "抄送：县委办公室。"));
            assertTrue(r.headings().isEmpty(), words + ": " + r.headings());
            List<String> texts = r.paragraphs().stream().map(Paragraph::text).toList();
            assertTrue(texts.containsAll(List.of("汉阴县人大常委会", "二〇一七年六月二十七日", words)), texts.toString());
        }
    }

    @Test
    void aLawsReviewIsTitledAndItsAttachmentsListOverItsSignatureIsNoHeadings() throws Exception {
        Report r = ingest(String.join("\n",
                "青海人大网",
                "《青海省湟水流域水污染防治条例》立法后评估报告",
                "青海省人大常委会法制工作委员会",
                "为全面了解条例的实施效果，法制工作委员会对条例开展了立法后评估。现将评估情况报告如下。",
                "一、评估工作概况",
                "评估采取问卷调查、实地调研、专家论证等方式进行。",
                "二、评估结论",
                "条例的立法目的基本实现。",
                "附件：1．问卷调查统计情况（略）",
                "2．实地调研报告（略）",
                "3．专家论证意见汇总（略）",
                "青海省人大常委会法制工作委员会",
                "2022年9月15日"));
        assertEquals("《青海省湟水流域水污染防治条例》立法后评估报告", r.metadata().title());
        // the list labelled 附： too, and in traditional characters the issuer under the title stays in the title block
        Report listed = ingest(String.join("\n", "关于全市农村人居环境整治情况的调研报告", "一、基本情况", "全市已建成美丽乡村示范村一百二十个。",
                "附：1.全市农村人居环境整治情况统计表", "2.问卷调查结果分析", "吴忠市人大常委会农业农村工作委员会", "2023年9月18日"));
        assertEquals(List.of("一、基本情况"), listed.headings().stream().map(h -> h.text()).toList());
        Report unsigned = ingest(String.join("\n", "关于全市农村人居环境整治情况的调研报告", "一、基本情况", "全市已建成美丽乡村示范村一百二十个。",
                "附：1.全市农村人居环境整治情况统计表", "2.问卷调查结果分析", "3.部分县（市、区）典型做法"));
        assertEquals(List.of("一、基本情况"), unsigned.headings().stream().map(h -> h.text()).toList());
        Report traditional = ingest(String.join("\n", "《貴州省赤水河流域保護條例》立法後評估報告", "貴州省人大常委會法制工作委員會",
                "為全面了解條例的實施效果，法制工作委員會對條例開展了立法後評估。", "一、評估工作基本情況", "評估採取問卷調查、實地調研等方式進行。"));
        assertEquals(List.of("一、評估工作基本情況"), traditional.headings().stream().map(h -> h.text()).toList());
        assertEquals(List.of("一、评估工作概况", "二、评估结论"), r.headings().stream().map(h -> h.text()).toList());
        List<String> texts = r.paragraphs().stream().map(Paragraph::text).toList();
        assertEquals(List.of("2．实地调研报告（略）", "3．专家论证意见汇总（略）", "青海省人大常委会法制工作委员会", "2022年9月15日"),
                texts.subList(texts.size() - 4, texts.size()));
    }

    @Test
    void aNoticeKeepsItsTitleAddresseeAndSignatureInEitherScript() throws Exception {
        for (boolean traditional : List.of(false, true)) {
            String text = String.join("\n",
                    "关于转发《省人大常委会办公厅关于做好2023年度代表联络站建设工作的通知》的通知",
                    "各县（市、区）人大常委会，市人大常委会各委室：",
                    "现将《省人大常委会办公厅关于做好2023年度代表联络站建设工作的通知》转发给你们，请结合实际认真贯彻落实。",
                    "一、提高思想认识",
                    "各地要充分认识代表联络站建设的重要意义。",
                    "市人大常委会办公室",
                    "2023年3月5日");
            if (traditional) {
                text = text.replace("关于", "關於").replace("转发", "轉發").replace("会", "會").replace("办公", "辦公")
                        .replace("厅", "廳").replace("联络站", "聯絡站").replace("县", "縣").replace("区", "區")
                        .replace("贯彻落实", "貫徹落實").replace("结合实际认真", "結合實際認真").replace("给你们", "給你們")
                        .replace("现将", "現將").replace("建设", "建設").replace("认识", "認識").replace("意义", "意義");
            }
            Report r = ingest(text);
            String label = traditional ? "traditional" : "simplified";
            assertTrue(r.metadata().title().endsWith("的通知"), label + ": " + r.metadata().title());
            assertTrue(r.removals().isEmpty(), label + ": nothing of a notice is the page's: " + r.removals());
            assertEquals(1, r.headings().size(), label);
            List<String> texts = r.paragraphs().stream().map(Paragraph::text).toList();
            assertTrue(texts.get(0).endsWith("各委室："), label + ": the addressee opens the text");
            assertEquals("2023年3月5日", texts.get(texts.size() - 1), label);
            assertTrue(texts.get(texts.size() - 2).endsWith("公室"), label + ": the signing office is a paragraph");
            assertEquals(LocalDate.of(2023, 3, 5), r.metadata().date(), label);
        }
    }

    @Test
    void aSpeakerNamedOnALabelledLineUnderTheText() throws Exception {
        Report r = ingest("万州区人民代表大会常务委员会工作报告\n各位代表：\n一年来，常委会依法履职。\n"
                + "各位代表，让我们贡献人大力量！\n报告人：万州区人大常委会主任　冉光华\n");
        assertEquals("冉光华", r.metadata().speaker());
        assertEquals("万州区人大常委会主任", r.metadata().office());
        assertEquals("signature", r.metadata().sources().get("speaker"));
        assertTrue(r.paragraphs().stream().anyMatch(p -> p.text().startsWith("报告人：")), "the line stays in the text");
        // a name alone after the label, over the day: a deputy's own report
        Report deputy = ingest("区人大代表刘晓燕2020年度履职报告\n各位选民：\n现将2020年度履职情况报告如下，请予评议。\n"
                + "以上报告，请各位选民评议。\n报告人：刘晓燕\n2021年1月6日\n");
        assertEquals("刘晓燕", deputy.metadata().speaker());
        assertNull(ingest("2020年度履职报告\n各位选民：\n现将2020年度履职情况报告如下，请予评议。\n以上报告，请各位选民评议。\n"
                + "报告人：刘晓燕\n2021年1月6日\n").metadata().office());
        Report notAName = ingest("2020年度履职报告\n各位选民：\n现将2020年度履职情况报告如下，请予评议。\n"
                + "报告人：区人大代表联络站全体代表\n");
        assertNull(notAName.metadata().speaker());
        // the title of a report on one's own work names who gives it, office and name, in either script
        for (String[] t : new String[][] {{"区人大代表刘晓燕2020年度履职报告", "区人大代表", "刘晓燕"},
                {"晋江市第十七届人大代表陈美玲履职情况报告", "晋江市第十七届人大代表", "陈美玲"},
                {"思明區人大常委會副主任林曉鴻述職報告", "思明區人大常委會副主任", "林曉鴻"}}) {
            Report titled = ingest(t[0] + "\n各位选民：\n现将履职情况报告如下，请予评议。\n");
            assertEquals(t[2], titled.metadata().speaker(), t[0]);
            assertEquals(t[1], titled.metadata().office(), t[0]);
            assertEquals("title", titled.metadata().sources().get("speaker"));
        }
        // a report on a body's work names no one
        assertNull(ingest("县人民法院关于2020年度工作情况的报告\n各位代表：\n现将工作情况报告如下。\n").metadata().speaker());
    }

    @Test
    void linesOfReportTextThatMentionFooterWordsOrAPhoneNumberOrRepeatAHeadingAreKept() throws Exception {
        Report r = ingest(String.join("\n",
                "安吉县人民代表大会常务委员会工作报告",
                "各位代表：",
                "一、坚持党的领导，确保人大工作正确政治方向",
                "常委会坚持重大事项请示报告制度。",
                "（三）督促承办单位提高建议办理质量",
                "设立代表联络热线0572-5123456，全年受理群众来电216件。",
                "二、今年的主要任务",
                "一、坚持党的领导，确保人大工作正确政治方向",
                "始终坚持党对人大工作的全面领导。",
                "主办单位：安吉县人大常委会办公室　浙ICP备12345678号"));
        List<String> headings = r.headings().stream().map(h -> h.text()).toList();
        assertEquals(List.of("一、坚持党的领导，确保人大工作正确政治方向", "（三）督促承办单位提高建议办理质量", "二、今年的主要任务",
                "一、坚持党的领导，确保人大工作正确政治方向"), headings);
        assertTrue(r.paragraphs().stream().anyMatch(p -> p.text().startsWith("设立代表联络热线")));
        assertEquals(List.of(10), r.removals().stream().map(Removal::line).toList(), "only the footer is stripped");
    }

    @Test
    void joinsTheLinesOfANarrowNewspaperColumn() throws Exception {
        Report r = ingest(String.join("\n",
                "宜宾市人民代表大会常务委员会工作报告",
                "各位代表：",
                "我受宜宾市第五届人民代表大会常",
                "务委员会委托，向大会报告工作，请",
                "予审议。",
                "一年来，市人大常委会在市委的坚强",
                "领导下，坚持以习近平新时代中国特",
                "色社会主义思想为指导，全年召开常",
                "委会会议8次，制定地方性法规2件。",
                "一、坚持党的全面领导",
                "严格执行重大事项请示报告制度，向",
                "市委请示报告重要事项26件，确保人",
                "大工作始终在市委领导下进行。",
                "组织各级人大代表积极投身疫情防控",
                "一线，全市代表捐款捐物1200万元。"));
        assertEquals(List.of("一、坚持党的全面领导"), r.headings().stream().map(h -> h.text()).toList());
        assertEquals(List.of("各位代表：", "我受宜宾市第五届人民代表大会常务委员会委托，向大会报告工作，请予审议。",
                "一年来，市人大常委会在市委的坚强领导下，坚持以习近平新时代中国特色社会主义思想为指导，全年召开常委会会议8次，制定地方性法规2件。",
                "严格执行重大事项请示报告制度，向市委请示报告重要事项26件，确保人大工作始终在市委领导下进行。",
                "组织各级人大代表积极投身疫情防控一线，全市代表捐款捐物1200万元。"),
                r.paragraphs().stream().map(Paragraph::text).toList());
        assertTrue(r.notes().stream().allMatch(n -> n.kind() == NoteKind.COLUMN_BREAK), "each join is noted");

        // short lines of a text that is not set in a column stay apart
        Report lines = ingest("各位代表：\n过去五年工作回顾\n五年来，我们坚持依法履职。\n今后五年工作建议\n全面贯彻党的二十大精神。\n");
        assertEquals(List.of("过去五年工作回顾", "今后五年工作建议"), lines.headings().stream().map(h -> h.text()).toList());
    }

    @Test
    void aPdfsPageNumbersAreStrippedAndTheSentenceTheySplitIsJoined() throws Exception {
        Report r = ingest(String.join("\n",
                "延边朝鲜族自治州人民代表大会常务委员会工作报告",
                "各位代表：",
                "一年来，常委会坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习",
                "— 1 —",
                "近平法治思想，依法履行职责。",
                "- 2 -",
                "一、立法工作",
                "制定条例两件。",
                "·3·",
                "第 4 页 共 5 页",
                "二、监督工作",
                "听取专项工作报告九个。"));
        assertEquals(List.of("一、立法工作", "二、监督工作"), r.headings().stream().map(h -> h.text()).toList());
        assertEquals("一年来，常委会坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，依法履行职责。",
                r.paragraphs().get(1).text());
        assertEquals(List.of("— 1 —", "- 2 -", "·3·", "第 4 页 共 5 页"), r.removals().stream()
                .filter(x -> x.reason() == RemovalReason.PAGE_NUMBER).map(Removal::text).toList());
        assertFalse(r.metadata().incomplete());
    }

    @Test
    void doesNotJoinAcrossSentenceEndsOrIntoHeadings() throws Exception {
        Report r = ingest(String.join("\n",
                "各位代表：",
                "一年来，我们坚持依法履职，围绕中心、服务大局，推动各项工作不断取得新进展，成效明显",
                "二、今后一年的工作任务",
                "全面贯彻党的二十大精神。",
                "坚持党的领导。"));
        assertEquals(1, r.headings().size());
        assertEquals(4, r.paragraphs().size());
        assertTrue(r.notes().isEmpty());
    }

    @Test
    void footnoteMarkersAndTheGlossarySection() throws Exception {
        Report r = ingest(String.join("\n",
                "各位代表：",
                "拓展“一点一库一基地”^【1】建设水平，牢牢把握“四个机关”^【2】定位，探索“双联系”^【3】工作。",
                "名词解释",
                "1.“一点一库一基地”：基层立法联系点，立法咨询专家库，立法协作评估基地。",
                "2.“四个机关”建设：政治机关、国家权力机关、工作机关、代表机关。",
                "4.“无标记”条目：正文中没有对应的标记。"));
        assertEquals("名词解释", r.footnoteTitle());
        assertEquals(3, r.footnotes().size());
        assertEquals("“一点一库一基地”", r.footnotes().get(0).term());
        assertEquals("基层立法联系点，立法咨询专家库，立法协作评估基地。", r.footnotes().get(0).definition());
        assertEquals("1.“一点一库一基地”：基层立法联系点，立法咨询专家库，立法协作评估基地。", r.footnotes().get(0).text());
        Paragraph p = r.paragraphs().get(1);
        assertEquals("拓展“一点一库一基地”建设水平，牢牢把握“四个机关”定位，探索“双联系”^【3】工作。", p.text());
        assertEquals(2, p.footnoteRefs().size());
        assertEquals("1", p.footnoteRefs().get(0).label());
        assertEquals("拓展“一点一库一基地”".length(), p.footnoteRefs().get(0).offset());
        assertTrue(r.notes().stream().anyMatch(n -> n.kind() == NoteKind.FOOTNOTE && n.message().contains("^【3】")));
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("glossary entry 4 has no marker")));
    }

    @Test
    void theTextsOwnNotesAboveTheGlossaryKeepTheirNumbers() throws Exception {
        Report r = ingest(String.join("\n", "各位代表：", "制定《疫情防控决定》[1]，修改《古城保护条例》[2]。", "注释：",
                "[1] 该决定于2020年2月10日通过。", "[2] 修改后的条例于2020年10月1日起施行。", "名词解释",
                "1．“一揽子”政策：指国家和省支持湖北疫后重振的一揽子政策。", "2．汉江流域中心城市：湖北省委赋予襄阳的发展定位。"));
        assertEquals("名词解释", r.footnoteTitle());
        assertTrue(r.paragraphs().stream().allMatch(p -> p.footnoteRefs().isEmpty()),
                "[1] is the text's own note above, not the glossary's entry 1");
        assertTrue(Copies.texts(r).contains("[1] 该决定于2020年2月10日通过。"), Copies.texts(r).toString());
    }

    @Test
    void aWordProcessorsNotesUnderARuleAreTheReportsNotes() throws Exception {
        Report r = ingest(String.join("\n", "各位代表：", "五年共依法任免国家机关工作人员486人次①，办结率100%②。",
                "常委会坚持抓好三个方面：①加强立法；②强化监督。", "______________", "①人次含提请任命、免职和批准任命。",
                "②含闭会期间代表建议142件。"));
        assertEquals(2, r.footnotes().size());
        assertEquals(List.of("1", "2"), r.paragraphs().get(1).footnoteRefs().stream().map(FootnoteRef::label).toList());
        assertEquals("五年共依法任免国家机关工作人员486人次，办结率100%。", r.paragraphs().get(1).text());
        assertEquals("常委会坚持抓好三个方面：①加强立法；②强化监督。", r.paragraphs().get(2).text(), "a list's numbers stay");
        assertTrue(Copies.texts(r).contains("______________"), "the rule stays in the text");
        assertTrue(r.warnings().stream().noneMatch(w -> w.contains("no marker")), r.warnings().toString());
    }

    @Test
    void notesAtTheFootOfEachPageAreTheReportsNotesAndTheTextGoesOnUnderThem() throws Exception {
        Report r = ingest(String.join("\n", "主任、各位副主任、秘书长、各位委员：", "立法法赋予设区的市地方立法权①，我市城区供水管网漏损率偏高②。",
                "", "———————————", "① 《中华人民共和国立法法》第七十二条第二款。", "② 数据来源：《2014年城市供水统计年报》。", "",
                "宜昌市第五届人大常委会第二十九次会议文件　　　　　　第 1 页 共 2 页", "", "二、主要内容",
                "草案对供水企业的服务义务作了规定③。", "", "———————————", "③ 参照《湖北省城市供水条例》第二十一条的",
                "规定。", "", "《条例（草案）》和以上说明，请予审议。", "", "附件：宜昌市城市供水节水条例（草案）"));
        assertEquals(List.of("1", "2", "3"), r.footnotes().stream().map(Footnote::label).toList());
        assertTrue(r.footnotes().get(2).text().endsWith("规定。"), "a note goes on in the line under it: " + r.footnotes());
        assertTrue(r.footnotes().stream().allMatch(f -> f.term().isEmpty()), "notes, not a glossary's terms (② 数据来源：……)");
        List<String> texts = Copies.texts(r);
        assertTrue(texts.contains("《条例（草案）》和以上说明，请予审议。") && texts.contains("附件：宜昌市城市供水节水条例（草案）"),
                "the text under the last page's notes is the text's: " + texts);
        assertEquals(List.of("1", "2"), r.paragraphs().get(1).footnoteRefs().stream().map(FootnoteRef::label).toList());
        assertTrue(r.removals().stream().anyMatch(x -> x.reason() == RemovalReason.PAGE_NUMBER), "the page's footer");
        assertEquals(List.of(4, 13), r.removals().stream().filter(x -> x.reason() == RemovalReason.NOTE_RULE)
                .map(Removal::line).toList(), "the rules over the pages' notes");
        Report cut = ingest(String.join("\n", "主任、各位副主任、秘书长、各位委员：", "在全省率先推行票决制①，实行“季度督、", "__________",
                "①票决制：由人大代表票决产生民生实事项目。", "", "— 3 —", "", "年终测”，全年组织代表视察调研56次。"));
        assertTrue(Copies.texts(cut).contains("在全省率先推行票决制，实行“季度督、年终测”，全年组织代表视察调研56次。"),
                "the sentence a page cut goes on past its notes: " + Copies.texts(cut));
        assertTrue(r.warnings().stream().noneMatch(w -> w.contains("no marker")), r.warnings().toString());
    }

    @Test
    void theSameNotesSetAgainAtEachPagesFootAreReadOnceAndTheirRulesAreLayout() throws Exception {
        String rule = "____________________";
        String notes = "[1] “小城大事”：区人大常委会推行的民生议事品牌。\n[2] “代表联络站+”：指代表联络站与基层治理融合运行的工作模式。\n";
        Report r = ingest("各位代表：\n深化“小城大事”[1]民生议事机制，全年召开常委会会议9次。\n推动“代表联络站+”[2]与基层治理深度融合。\n"
                + rule + "\n" + notes + "— 1 —\n通过“小城大事”[1]议事会解决群众急难愁盼问题58个。\n" + rule + "\n" + notes + "— 2 —\n"
                + "推进“代表联络站+”[2]提质扩面。\n以上报告，请予审议。\n" + rule + "\n" + notes + "— 3 —\n");
        assertEquals(List.of("1", "2"), r.footnotes().stream().map(Footnote::label).toList());
        assertEquals(List.of(4, 9, 15), r.removals().stream().filter(x -> x.reason() == RemovalReason.NOTE_RULE)
                .map(Removal::line).toList());
        assertEquals(List.of(10, 11, 16, 17), r.removals().stream().filter(x -> x.reason() == RemovalReason.DUPLICATE)
                .map(Removal::line).toList(), "the notes set again, listed with the lines taken off");
        assertTrue(Copies.texts(r).get(Copies.texts(r).size() - 1).equals("以上报告，请予审议。"), Copies.texts(r).toString());
        assertTrue(r.warnings().stream().noneMatch(w -> w.contains("twice")), r.warnings().toString());
        // a page's foot with other notes under the same numbers keeps them: they are not the same
        Report other = ingest("各位代表：\n深化“小城大事”[1]民生议事机制。\n" + rule + "\n[1] “小城大事”：区人大常委会推行的民生议事品牌。\n"
                + "— 1 —\n推进“三联”[1]工作。\n以上报告，请予审议。\n" + rule + "\n[1] “三联”：联系群众、联系代表、联系基层。\n— 2 —\n");
        assertEquals(2, other.footnotes().size(), other.footnotes().toString());
    }

    @Test
    void aSectionWithoutANumberAfterNumberedOnesIsTheirSiblingAndOneBeforeThemTheirParent() throws Exception {
        String body = "一、围绕发展大局，依法加强监督\n常委会听取和审议专项工作报告14个。\n二、充分发挥代表作用\n代表建议389件已全部办复。\n";
        Report after = ingest("泉州市人大常委会工作报告\n各位代表：\n" + body + "2005年工作任务\n新的一年，常委会要依法履行职责。\n");
        assertEquals(List.of(1, 1, 1), after.headings().stream().map(h -> h.level()).toList());
        Report before = ingest("泉州市人大常委会工作报告\n各位代表：\n2004年工作回顾\n" + body + "2005年工作任务\n新的一年，常委会要依法履行职责。\n");
        assertEquals(List.of(1, 2, 2, 1), before.headings().stream().map(h -> h.level()).toList());
        // numbers that count from one again under it: it heads a part, as the lost heading over the first did
        Report restart = ingest("泉州市人大常委会工作报告\n各位代表：\n" + body + "今后一年工作任务\n"
                + body.replace("围绕发展大局，依法加强监督", "加强监督").replace("充分发挥代表作用", "支持代表履职"));
        assertEquals(List.of(2, 2, 1, 2, 2), restart.headings().stream().map(h -> h.level()).toList());
        // between two of them: a section's parts
        Report inside = ingest("泉州市人大常委会工作报告\n各位代表：\n一、2023年工作总结\n坚持党的全面领导\n常委会坚持请示报告制度。\n"
                + "聚焦中心依法监督\n常委会听取报告12个。\n二、2024年工作打算\n常委会将依法履职。\n");
        assertEquals(List.of(1, 2, 2, 1), inside.headings().stream().map(h -> h.level()).toList());
    }

    @Test
    void theLastPagesNotesWithoutTheirRuleAreNotesWhenAnEarlierPagesFootHadNotes() throws Exception {
        String copy = String.join("\n", "兰州市人大常委会关于农村饮水安全工作情况的调研报告", "主任、各位副主任、秘书长、各位委员：",
                "（一）农村饮水安全工程①建设加快推进。全市累计建成集中供水工程312处。",
                "①农村饮水安全工程：指国家为解决农村居民饮用水问题而实施的工程。", "", "— 2 —", "",
                "（二）完善水价形成机制。建立县级农村供水工程维修养护基金③。", "③维修养护基金：指专项用于农村供水工程维修养护的资金。", "",
                "— 3 —");
        Report r = ingest(copy);
        assertEquals(List.of("农村饮水安全工程", "维修养护基金"), r.footnotes().stream().map(Footnote::term).toList());
        assertTrue(Copies.texts(r).stream().noneMatch(t -> t.startsWith("③")), Copies.texts(r).toString());
    }

    @Test
    void notesAtAPagesFootWithoutTheirRuleAreTheReportsNotesWhenTheyDefineWhatTheTextMarks() throws Exception {
        String page = String.join("\n", "重庆市渝北区人民代表大会常务委员会工作报告", "各位代表：",
                "　　（一）深化基层立法联系点建设。深化“民呼我应”①机制，全年承接",
                "法规草案意见征询任务24件。推进全过程人民民主基层单元建设②，围绕",
                "①“民呼我应”：指区人大常委会将群众通过基层立法联系点等渠道",
                "反映的意见建议，统一收集、跟踪督办、及时反馈的工作机制。", "②全过程人民民主基层单元：指依托镇街、村社区设立的基层民主实践阵地。",
                "", "- 2 -", "", "渝北区人大常委会工作报告", "镇街、村社区、园区建成基层单元156个。", "　　（二）拓宽人民群众有序参与渠道。",
                "", "- 3 -", "", "渝北区人大常委会工作报告", "　　以上报告，请予审议。");
        Report r = ingest(page);
        assertEquals(List.of("“民呼我应”", "全过程人民民主基层单元"), r.footnotes().stream().map(Footnote::term).toList());
        assertTrue(r.footnotes().get(0).definition().endsWith("及时反馈的工作机制。"), r.footnotes().toString());
        List<String> texts = Copies.texts(r);
        assertTrue(texts.contains("（一）深化基层立法联系点建设。深化“民呼我应”机制，全年承接法规草案意见征询任务24件。"
                + "推进全过程人民民主基层单元建设，围绕镇街、村社区、园区建成基层单元156个。"), texts.toString());
        assertEquals(List.of("1", "2"), r.paragraphs().get(1).footnoteRefs().stream().map(FootnoteRef::label).toList());
        // a list numbered ①② at a page's foot, or notes that define nothing the text marks, stay the text's
        Report list = ingest(String.join("\n", "各位代表：", "　　常委会重点做了两项工作：", "①修订议事规则，规范会议程序；",
                "②完善代表联络机制，密切同人民群众的联系。", "", "- 2 -", "", "　　以上报告，请予审议。"));
        assertTrue(list.footnotes().isEmpty(), list.footnotes().toString());
        // nor does such a list under a true note's marker: its items define nothing the page marks
        Report both = ingest(page.replace("　　以上报告，请予审议。", "　　常委会推行代表“三个一”制度：\n①每月一次接待：代表进站接待选民；\n"
                + "②每季一次走访：代表走访联系的选民；\n\n- 4 -\n\n　　以上报告，请予审议。"));
        assertEquals(2, both.footnotes().size(), both.footnotes().toString());
        // a term a line's end cut, and a note whose term adds a word after the quoted words the text marks
        Report cut = ingest(page.replace("深化“民呼我应”①机制，全年承接", "深化“民呼\n我应”①机制，全年承接")
                .replace("①“民呼我应”：指", "①“民呼我应”机制：指"));
        assertEquals("“民呼我应”机制", cut.footnotes().get(0).term());
        assertTrue(Copies.texts(both).contains("①每月一次接待：代表进站接待选民；"), Copies.texts(both).toString());
        assertTrue(Copies.texts(list).contains("①修订议事规则，规范会议程序；"), Copies.texts(list).toString());
        // a note of another kind under a rule defines no term
        Report source = ingest(String.join("\n", "各位代表：", "我市城区供水管网漏损率偏高②，推进供水立法①。", "———————————",
                "①供水立法：指制定城市供水节水条例。", "② 数据来源：《2014年城市供水统计年报》。", "", "— 2 —", "", "以上报告，请予审议。"));
        assertEquals(List.of("供水立法", ""), source.footnotes().stream().map(Footnote::term).toList());
    }

    @Test
    void aGlossarysEntriesMayStartWithTheMarkerTheTextUses() throws Exception {
        Report r = ingest(String.join("\n", "各位代表：", "围绕“三个定位”【注1】开展调研，推进洱海流域“三线”【注2】管控。", "名词解释",
                "【注1】“三个定位”：指努力成为民族团结进步示范区、生态文明建设排头兵、面向南亚东南亚辐射中心。",
                "【注2】洱海流域“三线”：指洱海蓝线、绿线、湖滨带生态红线。"));
        assertEquals(List.of("1", "2"), r.footnotes().stream().map(Footnote::label).toList());
        assertEquals(List.of("1", "2"), r.paragraphs().get(1).footnoteRefs().stream().map(FootnoteRef::label).toList());
        assertTrue(r.warnings().stream().noneMatch(w -> w.contains("footnote") || w.contains("glossary")), r.warnings().toString());
        // under 附：名词解释, entries led by 注1：, the term after it
        Report attached = ingest(String.join("\n", "各位代表：", "紧紧围绕“强省会”（注1）目标任务，深化“四个一”（注2）代表履职机制。",
                "附：名词解释", "注1：“强省会”：贵州省委、省政府作出的实施“强省会”五年行动的部署。",
                "注2：“四个一”：每名代表每年联系一批选民、参加一次集中视察、提出一条建议、办好一件实事。"));
        assertEquals(List.of("“强省会”", "“四个一”"), attached.footnotes().stream().map(Footnote::term).toList());
        assertEquals(List.of("1", "2"), attached.paragraphs().get(1).footnoteRefs().stream().map(FootnoteRef::label).toList());
        assertEquals("紧紧围绕“强省会”目标任务，深化“四个一”代表履职机制。", attached.paragraphs().get(1).text());
        assertTrue(attached.warnings().stream().noneMatch(w -> w.contains("footnote")), attached.warnings().toString());
    }

    @Test
    void aCircledMarkInsideAClauseIsANotesMarkerOnlyWhenANoteHasItsNumber() throws Exception {
        Report r = ingest(String.join("\n", "各位代表：", "推进预算联网监督系统①向县区延伸，助力医疗旅游先行区②建设。",
                "名词解释", "①预算联网监督系统：人大对政府预算执行情况进行实时在线监督的信息系统。",
                "②医疗旅游先行区：博鳌乐城国际医疗旅游先行区。"));
        assertEquals("推进预算联网监督系统向县区延伸，助力医疗旅游先行区建设。", r.paragraphs().get(1).text());
        assertEquals(List.of("1", "2"), r.paragraphs().get(1).footnoteRefs().stream().map(FootnoteRef::label).toList());
        Report none = ingest("各位代表：\n工作分为两类：城镇①类和乡村②类。\n");
        assertEquals("工作分为两类：城镇①类和乡村②类。", none.paragraphs().get(1).text(), "without notes the marks are the text's");
        assertTrue(none.warnings().stream().noneMatch(w -> w.contains("footnote")), none.warnings().toString());
    }

    @Test
    void aBracketedNumberAfterAWordIsANotesMarkerOnlyWhenANoteHasItsNumber() throws Exception {
        Report r = ingest(String.join("\n", "各位代表：", "常委会积极推进全过程人民民主基层单元建设[3]，建成代表联络站126个。",
                "深入践行“四个机关”[1]定位要求，推进“一点一库一基地”［2］建设。", "注释：", "[1]四个机关：政治机关、国家权力机关、工作机关、代表机关。",
                "[2]一点一库一基地：基层立法联系点、立法专家库、立法研究基地。", "[3]衢州市2023年出台《关于推进全过程人民民主基层单元建设的意见》。"));
        assertEquals("常委会积极推进全过程人民民主基层单元建设，建成代表联络站126个。", r.paragraphs().get(1).text());
        assertEquals(List.of("3"), r.paragraphs().get(1).footnoteRefs().stream().map(FootnoteRef::label).toList());
        assertEquals(List.of("1", "2"), r.paragraphs().get(2).footnoteRefs().stream().map(FootnoteRef::label).toList());
        assertTrue(r.warnings().stream().noneMatch(w -> w.contains("no marker")), r.warnings().toString());
        Report none = ingest("各位代表：\n详见附表[2]，共建成代表联络站126个。\n");
        assertEquals("详见附表[2]，共建成代表联络站126个。", none.paragraphs().get(1).text(), "without a note 2 the mark is the text's");
        assertTrue(none.paragraphs().get(1).footnoteRefs().isEmpty());
        assertTrue(none.warnings().stream().noneMatch(w -> w.contains("footnote")), none.warnings().toString());
    }

    @Test
    void aWordsLastCharacterAndItsFullStopAloneOnALineEndTheSentence() throws Exception {
        Report r = ingest("各位代表：\n我受县人大常委会委托，向大会报告工作，请予审\n议。\n（二）加强对乡村振兴战略实施情况的监督，推动农业农村优先发\n展。\n"
                + "以上报告，请予审议\n谢谢！\n");
        List<String> texts = r.paragraphs().stream().map(Paragraph::text).toList();
        assertTrue(texts.contains("我受县人大常委会委托，向大会报告工作，请予审议。"), texts.toString());
        assertTrue(texts.contains("（二）加强对乡村振兴战略实施情况的监督，推动农业农村优先发展。"), texts.toString());
        assertTrue(texts.contains("谢谢！"), "an exclamation alone is a line of its own: " + texts);
    }

    @Test
    void circledAndBracketedFootnotesAfterAQuotedTermAndEntriesOverSeveralLines() throws Exception {
        Report r = ingest(String.join("\n",
                "各位代表：",
                "深化“两联系”①机制，建成“代表联络站”[2]38个，推行“三张清单”③管理，开展“满意度测评”（注4）。",
                "今年要做好三件事：①加强立法；②强化监督；③密切联系群众。",
                "名词解释",
                "①“两联系”：常委会组成人员联系人大代表、人大代表联系人民群众。",
                "2.“代表联络站”：在镇（乡）、街道设立的代表联系群众的固定场所，",
                "每月固定开放一天，由代表轮流接待选民。",
                "③“三张清单”：代表履职责任清单、问题清单、办理清单。",
                "4.“满意度测评”：由人大代表对政府民生实事项目完成情况进行无记名测评。"));
        assertEquals(List.of("1", "2", "3", "4"), r.footnotes().stream().map(f -> f.label()).toList());
        assertEquals("在镇（乡）、街道设立的代表联系群众的固定场所，每月固定开放一天，由代表轮流接待选民。",
                r.footnotes().get(1).definition(), "the entry goes on to its next line, its clause joined, and stops at ③");
        assertTrue(r.notes().stream().anyMatch(n -> n.blockId().equals("fn-2") && n.message().contains("固定场所，｜每月固定开放")),
                r.notes().toString());
        assertEquals("代表履职责任清单、问题清单、办理清单。", r.footnotes().get(2).definition());
        Paragraph p = r.paragraphs().get(1);
        assertEquals("深化“两联系”机制，建成“代表联络站”38个，推行“三张清单”管理，开展“满意度测评”。", p.text());
        assertEquals(List.of("1", "2", "3", "4"), p.footnoteRefs().stream().map(f -> f.label()).toList());
        assertEquals("今年要做好三件事：①加强立法；②强化监督；③密切联系群众。", r.paragraphs().get(2).text(),
                "circled numbers that number a list are text");
        assertTrue(r.warnings().stream().noneMatch(w -> w.contains("no marker") || w.contains("no entry")),
                r.warnings().toString());

        Report shell = ingest("各位代表：\n设立“民意直通车”〔1〕站点，依托基层立法联系点〔2〕对12件法规草案提出意见。\n名词解释：\n"
                + "〔1〕“民意直通车”：区人大常委会设立的收集群众意见建议的平台。\n〔2〕基层立法联系点：在基层设立的听取群众意见的平台。\n");
        assertEquals("设立“民意直通车”站点，依托基层立法联系点对12件法规草案提出意见。", shell.paragraphs().get(1).text(),
                "markers in tortoise-shell brackets too");
        assertEquals(List.of("“民意直通车”", "基层立法联系点"), shell.footnotes().stream().map(f -> f.term()).toList());
        Report none = ingest("各位代表：\n推进“放管服”[1]改革和“最多跑一次”①改革。\n");
        assertEquals("推进“放管服”[1]改革和“最多跑一次”①改革。", none.paragraphs().get(1).text(),
                "without a glossary section they are the text's own");
        assertTrue(none.notes().isEmpty(), none.notes().toString());
    }

    @Test
    void aTextPastedTwiceKeepsItsFirstCopy() throws Exception {
        String text = String.join("\n", "临沂市人民代表大会常务委员会工作报告", "市人大常委会主任　张三", "各位代表：",
                "一、立法工作", "制定条例两件。", "二、监督工作", "听取专项工作报告九个。", "各位代表，让我们共同努力！");
        Report r = ingest(text + "\n\n" + text + "\n");
        assertEquals(List.of("一、立法工作", "二、监督工作"), r.headings().stream().map(h -> h.text()).toList());
        assertEquals(4, r.paragraphs().size(), r.paragraphs().toString());
        assertEquals(List.of(10, 11, 12, 13, 14, 15, 16, 17), r.removals().stream()
                .filter(x -> x.reason() == RemovalReason.DUPLICATE).map(Removal::line).toList());
    }

    @Test
    void stripsLinesDuplicatedByTheCopying() throws Exception {
        Report r = ingest(String.join("\n",
                "深圳市人民代表大会常务委员会工作报告",
                "2024年1月8日在深圳市第七届人民代表大会第五次会议上 我受市人大常委会委托，向大会报告工作，请予审议。",
                "2024年1月8日在深圳市第七届人民代表大会第五次会议上",
                "我受市人大常委会委托，向大会报告工作，请予审议。",
                "一年来，我们坚持依法履职。",
                "一年来，我们坚持依法履职。"));
        assertEquals(List.of(2, 6), r.removals().stream().filter(x -> x.reason() == RemovalReason.DUPLICATE)
                .map(Removal::line).toList());
        assertEquals("深圳市", r.metadata().city());
        assertEquals("广东省", r.metadata().province());
        assertEquals(2, r.paragraphs().size());
    }

    @Test
    void aSpeechsTitleThatStartsWithWhoGaveItNamesTheSpeaker() throws Exception {
        for (String who : List.of("黄陵县委书记李高峰", "中共黄陵县委书记、县人大常委会主任李高峰")) {
            Report r = ingest(who + "在县十八届人大三次会议闭幕会上的讲话\n（2024年1月12日）\n各位代表、同志们：\n"
                    + "大会圆满完成了各项议程。\n");
            assertEquals("李高峰", r.metadata().speaker(), who);
            assertEquals(who.substring(0, who.length() - 3), r.metadata().office(), who);
        }
        for (String who : List.of("受表彰人大代表代表", "市人大代表小组组长")) {
            Report r = ingest(who + "在全市人大工作会议上的发言\n各位领导、同志们：\n我是一名基层人大代表。\n");
            assertNull(r.metadata().speaker(), who + " names no one");
        }
    }

    @Test
    void aSpeechByAPartySecretaryIsFiledUnderThePlaceHisCommitteeLeads() throws Exception {
        Report county = ingest("在县十八届人大四次会议闭幕会上的讲话\n攸县县委书记　谭　勇\n（2025年1月10日）\n各位代表、同志们：\n"
                + "大会圆满完成了各项议程。\n");
        assertEquals("430223", county.metadata().place().code(), county.warnings().toString());
        Report party = ingest("在全县人大工作会议上的讲话\n中共渭源县委书记　张　宏\n同志们：\n今天，我们召开全县人大工作会议。\n");
        assertEquals("621123", party.metadata().place().code(), party.warnings().toString());
        assertEquals("渭源县", MetadataResolver.ledPlace("中共渭源县委书记、县人大常委会主任"));
        assertEquals("宝鸡市", MetadataResolver.ledPlace("宝鸡市委副书记"));
        assertNull(MetadataResolver.ledPlace("市委书记"), "names no place");
        assertNull(MetadataResolver.ledPlace("县委组织部部长"), "no party committee's secretary");
        assertEquals("彭州市", MetadataResolver.ledPlace("彭州市人民政府市长"));
        assertNull(MetadataResolver.ledPlace("县人民政府副县长"), "names no place");
        // a league's work committee, and a title that speaks of the league's banners, counties and cities (全盟旗县市)
        Report league = ingest("在全盟旗县市人大工作座谈会上的讲话\n锡林郭勒盟人大工委主任　乌力吉巴图\n（2009年6月16日）\n同志们：\n"
                + "这次座谈会的主要任务是总结交流经验。\n");
        assertEquals("152500", league.metadata().place().code(), league.warnings().toString());
        // a secretary whose county the table does not know names no place
        Report unknown = ingest("在全县人大工作会议上的讲话\n中共黑水河县委书记　张　宏\n同志们：\n今天，我们召开全县人大工作会议。\n");
        assertNull(unknown.metadata().place(), "no place shown as fact");
    }

    @Test
    void aReportSubmittedInWritingAndDeliveredAtTheSessionIsDatedByItsDelivery() throws Exception {
        Report r = ingest("湖州市人民代表大会常务委员会工作报告\n——2020年5月9日提交湖州市第八届人民代表大会第四次会议（书面报告）\n"
                + "——2020年5月10日在湖州市第八届人民代表大会第四次会议第二次全体会议上（口头报告）\n湖州市人大常委会主任　钱建平\n"
                + "各位代表：\n一年来，常委会依法履职。\n");
        assertEquals(java.time.LocalDate.of(2020, 5, 10), r.metadata().date());
        assertEquals(4, r.metadata().session());
        assertEquals(3, r.metadata().headerLines().size(), "both lines stay in the title block");
    }

    @Test
    void anOfficeOnALineOfItsOwnOverTheNameIsTheSpeakersOffice() throws Exception {
        Report r = ingest("岳阳市人民代表大会常务委员会工作报告\n二〇一八年一月十二日在岳阳市第八届人民代表大会第一次会议上\n"
                + "岳阳市人大常委会主任\n黎作凤\n各位代表：\n一年来，常委会依法履职。\n");
        assertEquals("黎作凤", r.metadata().speaker());
        assertEquals("岳阳市人大常委会主任", r.metadata().office());
        // the body's name on a line of its own over the office and name: 副主任 is the body's
        Report broken = ingest("广西壮族自治区人民代表大会常务委员会工作报告\n——2018年1月25日在广西壮族自治区第十三届人民代表大会第一次会议上\n"
                + "广西壮族自治区第十二届人民代表大会常务委员会\n副主任　黄道伟\n各位代表：\n一年来，常委会依法履职。\n");
        assertEquals("黄道伟", broken.metadata().speaker());
        assertEquals("广西壮族自治区第十二届人民代表大会常务委员会副主任", broken.metadata().office());
    }

    @Test
    void aSentenceTheReportWritesAgainInAnotherSectionIsKept() throws Exception {
        String formula = "坚持把民生实事项目人大代表票决制作为践行全过程人民民主的重要载体，推动票决项目全部落地见效。";
        Report r = ingest(String.join("\n", "武进区人民代表大会常务委员会工作报告", "各位代表：",
                "一、2020年主要工作", "全年听取审议专项工作报告14个。", formula, "二、2021年主要任务",
                "2021年，区人大常委会将持续加强监督。", formula, "各位代表，让我们共同努力！"));
        assertEquals(2, Copies.texts(r).stream().filter(formula::equals).count(), Copies.texts(r).toString());
        assertTrue(r.removals().stream().noneMatch(x -> x.reason() == RemovalReason.DUPLICATE), r.removals().toString());
        // a vote's result under each motion, a line apart: the report's too
        String vote = "表决结果：赞成25票，反对0票，弃权0票，获得通过。";
        Report votes = ingest(String.join("\n", "武进区人民代表大会常务委员会工作报告", "各位代表：", "会议表决了两项决定。",
                "关于批准2020年区级决算的决议", vote, "关于区人民政府2021年民生实事项目的决定", vote, "各位代表，让我们共同努力！"));
        assertEquals(2, Copies.texts(votes).stream().filter(vote::equals).count(), Copies.texts(votes).toString());
        // each document a session adopted at one sitting under its own adoption line
        String adopted = "（二〇二二年一月八日重庆市万州区第五届人民代表大会第一次会议第三次全体会议通过）";
        Report lists = ingest(String.join("\n", "重庆市万州区第五届人民代表大会第一次会议关于设立专门委员会的决定", adopted,
                "一、设立法制委员会、财政经济委员会。", "二、本决定自通过之日起施行。", "法制委员会主任委员、副主任委员、委员名单", adopted,
                "主任委员：谭　明", "财政经济委员会主任委员、副主任委员、委员名单", adopted, "主任委员：黄志刚"));
        assertEquals(2, Copies.texts(lists).stream().filter(adopted::equals).count(), Copies.texts(lists).toString());
        assertTrue(lists.removals().stream().noneMatch(x -> x.reason() == RemovalReason.DUPLICATE), lists.removals().toString());
        // pasted again right under itself, or under a page's marker only: the copying's
        Report slip = ingest(String.join("\n", "武进区人民代表大会常务委员会工作报告", "各位代表：",
                "一、2020年主要工作", formula, "（下转第2版）", formula, "各位代表，让我们共同努力！"));
        assertEquals(List.of(6), slip.removals().stream().filter(x -> x.reason() == RemovalReason.DUPLICATE)
                .map(Removal::line).toList());
    }

    @Test
    void pageMarkersMakeTheTextIncomplete() throws Exception {
        Report start = ingest("# 上海市人民代表大会常务委员会工作报告\n\n（上接第2版）坚持党的领导，依法履职。\n\n全面完成各项任务。\n");
        assertTrue(start.metadata().incomplete());
        assertTrue(start.metadata().incompleteReason().contains("开头"));
        assertEquals("坚持党的领导，依法履职。", start.paragraphs().get(0).text());
        assertEquals("（上接第2版）", start.removals().get(0).text());
        assertEquals("上海市", start.metadata().city());
        assertEquals("上海市", start.metadata().province());

        Report end = ingest("各位代表：\n\n坚持党的领导，依法履职。\n\n（下转第4版）\n");
        assertTrue(end.metadata().incomplete());
        assertTrue(end.metadata().incompleteReason().contains("结尾"));

        Report complete = ingest("各位代表：\n\n坚持党的领导，依法履职。\n");
        assertFalse(complete.metadata().incomplete());
    }

    @Test
    void countyLevelCityAndUnknownPlace() throws Exception {
        Report county = ingest("峨眉山市人民代表大会常务委员会工作报告\n\n各位代表：\n\n一年来，我们依法履职。\n");
        assertEquals("峨眉山市", county.metadata().placeName());
        assertEquals("county-city", county.metadata().place().level());
        assertEquals("乐山市", county.metadata().city(), "filed under its own place, in its city");
        assertEquals("四川省", county.metadata().province());

        Report unknown = ingest("新城市人民代表大会常务委员会工作报告\n\n各位代表：\n\n一年来，我们依法履职。\n");
        assertNull(unknown.metadata().place());
        assertTrue(unknown.warnings().stream().anyMatch(w -> w.startsWith("place:") && w.contains("新城市")
                && w.contains("not in the divisions table")), unknown.warnings().toString());
    }

    @Test
    void anAnonymisedDocumentStaysAnonymous() throws Exception {
        Report r = ingest("同志们：\n刚刚召开的XX市委人大工作会议，XX书记作了讲话。\n一要加深认识。成都平原经济区协同发展。\n");
        assertTrue(r.metadata().anonymised());
        assertNull(r.metadata().city());
        assertNull(r.metadata().province());
        assertEquals(Kind.SPEECH, r.metadata().kind());
    }

    @Test
    void theSidecarOverridesWhatWasRead(@TempDir Path dir) throws Exception {
        Path seed = dir.resolve("某报告.txt");
        Files.writeString(seed, MIANYANG);
        Files.writeString(dir.resolve("某报告.yaml"), "title: 改过的标题\nspeaker: 李四\ncongress: 9\nkind: speech\n");
        Report r = INGESTER.ingest(seed);
        assertEquals("改过的标题", r.metadata().title());
        assertEquals("李四", r.metadata().speaker());
        assertEquals(9, r.metadata().congress());
        assertEquals(3, r.metadata().session());
        assertEquals(Kind.SPEECH, r.metadata().kind());
    }

    @Test
    void theSidecarNamesASharedPlaceByItsParentOrItsCode(@TempDir Path dir) throws Exception {
        String text = "鼓楼区人大常委会工作报告\n各位代表：\n一年来，常委会依法履职，召开常委会会议8次。\n";
        Path seed = dir.resolve("gulou.txt");
        Files.writeString(seed, text);
        Report unresolved = INGESTER.ingest(seed);
        assertNull(unresolved.metadata().place(), "鼓楼区 is in four cities");
        assertTrue(unresolved.warnings().stream().anyMatch(w -> w.startsWith("place:")), unresolved.warnings().toString());

        Files.writeString(dir.resolve("gulou.yaml"), "place: 福州市鼓楼区\n");
        Report byParent = INGESTER.ingest(seed);
        assertEquals("鼓楼区", byParent.metadata().placeName());
        assertEquals("福州市", byParent.metadata().city());
        assertEquals("福建省", byParent.metadata().province());
        assertEquals("sidecar", byParent.metadata().sources().get("place"));

        Files.writeString(dir.resolve("gulou.yaml"), "place: \"320106\"\n");
        Report byCode = INGESTER.ingest(seed);
        assertEquals("鼓楼区", byCode.metadata().placeName());
        assertEquals("南京市", byCode.metadata().city());
        assertEquals("江苏省", byCode.metadata().province());
    }

    @Test
    void aReportThatSpeaksForItsCongressByItsLevelIsNotFiledUnderAnotherCongressItNames() throws Exception {
        // a county's report without a name: the province it worked with and the national congress it mentions
        // are not its place
        Report county = ingest("人大常委会工作报告\n各位代表：\n我受县人民代表大会常务委员会委托，向大会报告工作，请予审议。\n"
                + "一、围绕中心服务大局\n配合湖北省人大常委会开展《湖北省农村五保供养条例》执法检查，督促县政府落实资金。\n");
        assertNull(county.metadata().place());
        assertTrue(county.warnings().stream().anyMatch(w -> w.startsWith("place:") && w.contains("湖北省")
                && w.contains("worked with")), county.warnings().toString());
        Report anniversary = ingest("人大常委会工作报告\n各位代表：\n今年是全国人民代表大会成立六十周年，也是县级人大设立常务委员会"
                + "三十五周年。我受县人民代表大会常务委员会委托，向大会报告工作，请予审议。\n一、加强监督工作\n依法履职。\n");
        assertNull(anniversary.metadata().place());
        assertTrue(anniversary.warnings().stream().anyMatch(w -> w.startsWith("place:") && w.contains("全国")),
                anniversary.warnings().toString());

        // a place of the level the report speaks for is its place, from the body as before, when the body says it is
        // its own (here as the head of a clause about its own work); named in another's role, it may be another's
        assertNull(ingest("人大常委会工作报告\n各位代表：\n我代表市人大常委会向大会报告工作，请予审议。\n一、立法\n"
                + "在乐山市人大常委会的指导下，制定条例两件。\n").metadata().place());
        Report city = ingest("人大常委会工作报告\n各位代表：\n我代表市人大常委会向大会报告工作，请予审议。\n一、立法\n"
                + "乐山市人大常委会制定条例两件。\n");
        assertEquals("乐山市", city.metadata().placeName());
        assertEquals("body", city.metadata().sources().get("place"));
        // and a name in the title is of the right level
        Report titled = ingest("安吉县人民代表大会常务委员会工作报告\n各位代表：\n我受县人民代表大会常务委员会委托，向大会报告工作。\n"
                + "配合浙江省人大常委会开展执法检查。\n");
        assertEquals("安吉县", titled.metadata().placeName());
        assertEquals("title", titled.metadata().sources().get("place"));
        // a region's title that names its congress by its level alone: the delivery line names it
        Report region = ingest("自治区人大常委会执法检查组关于检查《中华人民共和国黄河保护法》实施情况的报告\n"
                + "——2024年8月27日在宁夏回族自治区第十三届人民代表大会常务委员会第十二次会议上\n"
                + "主任、各位副主任、秘书长、各位委员：\n执法检查组深入五个地级市开展检查。\n");
        assertEquals("宁夏回族自治区", region.metadata().placeName());
        assertEquals("delivery line", region.metadata().sources().get("place"));
    }

    @Test
    void ofTheCongressesABodyNamesTheOneItDescribesAsItsOwnIsTheReportsOfALevelOnlyReport() throws Exception {
        String county = "人大常委会工作报告\n各位代表：\n我受县人民代表大会常务委员会委托，向大会报告工作，请予审议。\n一、加强自身建设\n";
        // joined to its place's own bodies, named by their level: its own
        for (String line : List.of("县委和赫章县人大常委会联合召开全县人大工作会议。", "县委、县政府、县政协领导以及赫章县人大常委会组成人员参加会议。",
                "县委與赫章縣人大常委會聯合召開全縣人大工作會議。")) {
            Report r = ingest(county + line + "\n");
            assertEquals("赫章县", r.metadata().placeName(), line);
            assertEquals("body", r.metadata().sources().get("place"));
        }
        // at the head of a clause about its own work, after a linking word or a time since when
        for (String line : List.of("同时，温江区人大常委会机关党支部被评为先进党支部。", "此外温江区人大常委会出台代表履职办法。",
                "自1981年温江区人大常委会设立以来，我区人大工作走过了四十多年。")) {
            assertEquals("温江区", ingest(county.replace("县人民", "区人民") + line + "\n").metadata().placeName(), line);
        }
        // the one it describes so, beside a superior and a model it names plainly, and partners
        Report city = ingest(county.replace("县人民", "市人民") + "在市委的坚强领导和金华市人大常委会的精心指导下，依法履职。"
                + "学习借鉴杭州市人大常委会数字人大建设经验。与东阳市人大常委会签订协同监督协议。\n义乌市人大常委会机关被评为先进集体。\n");
        assertEquals("义乌市", city.metadata().placeName());
        // a congress joined to another level's bodies, or described in another's role, is no more its own than before
        for (String line : List.of("市委和纳雍县人大常委会联合召开现场会。", "学习了宁海县人大常委会在县委领导下首创的票决制经验。",
                "学习宁海县人大常委会机关建设经验，宁海县人大常委会考察组来我县交流。")) {
            Report r = ingest(county + line + "\n");
            assertNull(r.metadata().place(), line);
            assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("place:")), r.warnings().toString());
        }
        // two it describes as its own: it does not say which
        Report two = ingest(county + "赫章县人大常委会机关被评为先进集体。\n纳雍县人大常委会出台代表履职办法。\n");
        assertNull(two.metadata().place());
        // a delegation, a host of a meeting the report's own attends, a congress that guides it, and one of several
        // whose work a sentence lists: none is its own, whatever the words around it
        for (String line : List.of("县委、县政府主要领导与绥阳县人大常委会考察组座谈交流。",
                "其中，正安县人大常委会机关组织干部职工40余人来我县学习代表之家建设经验。",
                "2021年，桐梓縣人大常委會召開黔北五縣人大協同監督聯席會議，我縣作為成員單位參加。",
                "安吉县人大常委会在县委领导下推行的履职模式，德清县人大常委会开展的票决制，为我们提供了有益借鉴。")) {
            Report r = ingest(county + line + "\n");
            assertNull(r.metadata().place(), line);
            assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("place:")), r.warnings().toString());
        }
        Report guided = ingest(county.replace("县人民", "市人民") + "在市委的坚强领导下，在曲靖市人大常委会的精心指导下，依法履职。\n");
        assertNull(guided.metadata().place());
        assertTrue(guided.warnings().stream().anyMatch(w -> w.contains("guided by")), guided.warnings().toString());
        // beside the city that guides it and a partner, the one it describes as its own is its own
        assertEquals("凤冈县", ingest(county + "一年来，凤冈县人大常委会在县委的坚强领导下，在遵义市人大常委会的精心指导下，依法履职。\n"
                + "联合余庆县人大常委会开展协同监督。\n").metadata().placeName());
        // the laws it made: its own city's, not a law it helped another congress with, nor one of another level
        String cityReport = county.replace("县人民", "市人民");
        assertEquals("遵义市", ingest(cityReport + "市委、市政府领导和仁怀市人大常委会负责同志一同调研。制定《遵义市湘江保护条例》。\n")
                .metadata().placeName());
        assertNull(ingest(cityReport + "配合省人大常委会修订《贵州省赤水河流域保护条例》。\n").metadata().place());
        assertNull(ingest(county + "制定《遵义市湘江保护条例》。\n").metadata().place());
        // nor a law it learnt from, helped with or commented on as a draft
        for (String line : List.of("借鉴两县制定《长阳土家族自治县清江保护条例》的经验。", "认真做好修订《绍兴市水资源保护条例》的调研工作。",
                "审议通过《宁德市电动自行车管理条例》征求意见稿的修改建议。")) {
            assertNull(ingest(cityReport + line + "\n").metadata().place(), line);
        }
        // more of another's roles: a delegation, the congress that guides, a host, a visitor beyond a comma, a place
        // visited, a model the paragraph then goes to learn from, a common word in the closing words
        for (String line : List.of("通江县人大常委会机关党支部一行到南江县开展支部共建活动。", "巴中市人大常委会依法加强指导，推动工作落实。",
                "习水县人大常委会召开赤水河流域协同监督联席会议，我县派员参会。", "光山县人大常委会共组织代表30余人，到我县考察代表之家建设。",
                "赴邻水县、渠县学习考察；邻水县人大常委会依法开展代表履职积分管理。",
                "去年，温岭市人大常委会在市委领导下探索开展参与式预算审查监督，取得良好成效。常委会组织部分委员专程前往学习。")) {
            Report r = ingest(county + line + "\n");
            assertNull(r.metadata().place(), line);
            assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("place:")), r.warnings().toString());
        }
        assertNull(ingest(cityReport + "合作市人大常委会副主任带队到临夏市调研。\n各位代表，让我们着力推动开放合作！\n").metadata().place());
        // nor a name by which the press calls the county's province (龙江 for 黑龙江, 中原 for 河南)
        assertNull(ingest(county + "9月，全市人大代表工作现场推进会在我县召开，龙江县人大常委会作典型发言。\n"
                + "各位代表，让我们为推动龙江高质量发展、奋力谱写全面振兴新篇章作出新的更大贡献！\n").metadata().place());
        assertEquals("洛川县", ingest(county + "9月，全市人大代表工作现场推进会在我县召开，洛川县人大常委会作典型发言。\n"
                + "各位代表，让我们为谱写洛川高质量发展新篇章作出新的更大贡献！\n").metadata().placeName());
        // a congress whose document the report's own then carries out: its superior (a county-level city's prefecture)
        assertNull(ingest(cityReport + "2020年5月，遵义市人大常委会出台《关于推进人大代表之家建设的指导意见》，我市迅速跟进，新建代表之家14个。\n")
                .metadata().place());
        assertEquals("遵义市", ingest(cityReport + "2020年5月，遵义市人大常委会出台《关于推进人大代表之家建设的指导意见》，全市迅速推开。\n")
                .metadata().placeName());
        // what the body says of its own congress must agree with the site it is on
        Report site = ingest(county + "2023年，赫章县人大常委会在县委的坚强领导下，依法履职。\n主办：纳雍县人大常委会办公室\n");
        assertNull(site.metadata().place());
        assertTrue(site.warnings().stream().anyMatch(w -> w.contains("site of 纳雍县")), site.warnings().toString());
        assertEquals("赫章县", ingest(county + "2023年，赫章县人大常委会在县委的坚强领导下，依法履职。\n主办：赫章县人大常委会办公室\n")
                .metadata().placeName());
    }

    @Test
    void aLevelOnlyReportsPlaceFromItsSitesAndSourcesOrdinaryForms() throws Exception {
        String county = "县人民代表大会常务委员会工作报告\n各位代表：\n我受县人民代表大会常务委员会委托，向大会报告工作，请予审议。\n"
                + "一年来，常委会依法履职，为建设美丽宜川作出新贡献。\n";
        // a long footer, a copyright line, the place's government's portal
        assertEquals("宜川县", ingest(county + "主办：宜川县人大常委会办公室　　承办：宜川县融媒体中心　　地址：宜川县丹州街道　　电话：0911-4021234"
                + "　　陕ICP备12345678号-1　　技术支持：延安市信息中心　　网站标识码：6106300001\n").metadata().placeName());
        assertEquals("江岸区", ingest(county.replace("县人民", "区人民").replace("宜川", "江岸")
                + "Copyright © 2016 武汉市江岸区人大常委会 版权所有\n").metadata().placeName());
        assertEquals("宜川县", ingest(county + "主辦：宜川縣人民政府辦公室\n").metadata().placeName());
        // the local media, where a neighbour's short name is a word (延长服务时间) and the place's short name is not its
        // full name less 自治县 (恭城 of 恭城瑶族自治县)
        assertEquals("宜川县", ingest("来源：宜川县融媒体中心\n\n" + county + "延长苹果产业链，延长便民服务时间，宜川苹果远销海外。\n")
                .metadata().placeName());
        assertEquals("恭城瑶族自治县", ingest("来源：恭城瑶族自治县融媒体中心\n\n" + county.replace("县人民", "自治县人民")
                .replace("宜川", "恭城") + "整合旅游资源，发展资源节约型产业，恭城油茶闻名全国。\n").metadata().placeName());
        // the congress's own account, or the place's paper, by its short name
        assertEquals("宜川县", ingest("宜川人大　2025-01-12 18:30\n\n" + county).metadata().placeName());
        String city = county.replace("县人民", "市人民").replace("宜川", "江阴");
        assertEquals("江阴市", ingest("江阴日报 2019年01月22日 星期二 第A2版：两会特刊\n" + city).metadata().placeName());
        assertEquals("江阴市", ingest(city + "来源：江阴日报\n").metadata().placeName());
        assertNull(ingest("人民日报 2019年01月22日 星期二 第A2版\n" + city).metadata().place());
    }

    @Test
    void aCitysAccountIsBorneOutByTheCityThoughItsDistrictsAreNamedAsOften() throws Exception {
        String city = "市人民代表大会常务委员会工作报告\n各位代表：\n我受市人民代表大会常务委员会委托，向大会报告工作，请予审议。\n";
        Report r = ingest("榆林人大　2022-01-12 18:30\n" + city
                + "常委会深入榆阳、横山、靖边等地开展调研，推动榆林高质量发展。\n");
        assertEquals("榆林市", r.metadata().place().name());
        // but a county-level city named as often as the city is a rival still: the report's 市 may be its
        Report rival = ingest("榆林人大　2022-01-12 18:30\n" + city + "常委会深入神木开展调研，推动榆林高质量发展。\n");
        assertNull(rival.metadata().place());
    }

    @Test
    void aSourceOrSiteWhosePlaceTheTextDoesNotBearOutNamesNoPlace() throws Exception {
        String city = "市人民代表大会常务委员会工作报告\n各位代表：\n我受市人民代表大会常务委员会委托，向大会报告工作，请予审议。\n";
        // the city's paper, account or portal whose city the body names as the one that guides it, or names more often
        for (String[] t : new String[][] {
                {"白山日报 2020年01月10日 星期五 第3版\n", "在白山市人大常委会的精心指导下，依法履职，推进临江发展。\n"},
                {"贵溪人大　2021-01-20 18:30\n", "鹰潭市人大常委会工作有力，鹰潭市委高度肯定，为建设美好鹰潭作贡献。\n"},
                {"", "海林市委高度重视。在牡丹江市委的坚强领导下，牡丹江各项事业发展，为建设牡丹江而奋斗。\n主办：海林市人民政府办公室\n"},
                {"来源：吕梁市融媒体中心\n", "在吕梁市人大常委会的指导下，依法履职，为孝义和吕梁发展作贡献。\n"}}) {
            Report r = ingest(t[0] + city + t[1]);
            assertNull(r.metadata().place(), t[0] + t[1]);
            assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("place:")), r.warnings().toString());
        }
        // a paper or a masthead named after no place of the report's level, or after a word
        String county = city.replace("市人民", "县人民");
        assertNull(ingest("新安晚报 2018年01月12日 第A4版\n" + county + "保护新安江，建设美丽新安江。\n").metadata().place());
        assertNull(ingest(city.replace("市人民", "区人民") + "解放思想，实事求是。\n来源：解放日报\n").metadata().place());
        // a portal's column of the counties' news
        assertNull(ingest("当前位置：首页 | 县市动态 | 正文\n" + city + "为建设美丽密山作贡献。\n主办：鸡西市人民政府办公室\n")
                .metadata().place());
        // the plan the report's congress follows, and a plan to carry out another's law
        assertNull(ingest(city + "按照鞍山市人大常委会2019年工作要点安排，开展执法检查。\n主办：海城市人民政府办公室\n").metadata().place());
        assertNull(ingest(city + "督促市政府制定《吉林市松花江保护条例》实施方案。\n").metadata().place());
        // a yearbook named after the place, over its pages
        assertEquals("格尔木市", ingest("格尔木年鉴·2014\n" + city + "在海西州人大常委会的指导下，依法履职，建设美丽格尔木。\n")
                .metadata().placeName());
    }

    @Test
    void moreOfAnothersRolesInALevelOnlyReportsText() throws Exception {
        String city = "市人民代表大会常务委员会工作报告\n各位代表：\n我受市人民代表大会常务委员会委托，向大会报告工作，请予审议。\n";
        for (String[] t : new String[][] {
                {"认真贯彻新修订《苏州市河道管理条例》，开展执法检查。\n", "主办：张家港市人大常委会办公室\n", "张家港市"},
                {"根据德州市人大常委会统一部署，开展执法检查。\n", "主办：乐陵市人大常委会办公室\n", "乐陵市"},
                {"在市委的坚强领导和绵阳市人大常委会的关心指导、大力支持下，依法履职。\n各位代表，让我们推动绵阳高质量发展！\n",
                        "主办：江油市人大常委会办公室\n", "江油市"}}) {
            assertEquals(t[2], ingest(city + t[0] + t[1]).metadata().placeName(), t[0]);
        }
        String county = city.replace("市人民", "县人民");
        for (String line : List.of("南靖县人大常委会共组织常委会组成人员、部分乡镇人大主席和县人大代表等共计四十余人，于去年十月下旬专程来我县学习考察代表之家建设。",
                "天柱县人大常委会召开清水江流域协同监督联席会议，我县人大常委会主要负责同志带队参会。")) {
            assertNull(ingest(county + line + "\n").metadata().place(), line);
        }
        // a 区's report is a district's, not a county's it pairs with
        assertNull(ingest(city.replace("市人民", "区人民") + "南丹县人大常委会机关与我区常委会机关结对共建。\n").metadata().place());
        // a word a short name is part of names no place: 文明新乡风
        assertNull(ingest(city + "在新乡市人大常委会的支持下开展工作。\n各位代表，让我们培育文明新乡风！\n").metadata().place());
    }

    @Test
    void aPlaceOfThePastThePagesSourceNamesIsTheReportsInItsYear() throws Exception {
        Report r = ingest("区人民代表大会常务委员会工作报告\n发布日期：2014-01-13　　来源：闸北区人大常委会办公室\n"
                + "——2014年1月8日在区第十五届人民代表大会第四次会议上\n各位代表：\n我受区人民代表大会常务委员会委托，向大会报告工作。\n"
                + "主办：上海市静安区人大常委会办公室\n");
        assertEquals("闸北区", r.metadata().placeName());
        assertEquals("上海市", r.metadata().province());
    }

    @Test
    void placeholdersForOthersInTheBodyDoNotHideTheReportsOwnPlace() throws Exception {
        Report r = ingest("浏阳市人大常委会执法检查组关于检查《中华人民共和国大气污染防治法》实施情况的报告\n"
                + "——2022年9月28日在浏阳市第十七届人民代表大会常务委员会第五次会议上\n各位代表：\n"
                + "检查中发现，某某花炮材料公司未批先建、某某建材厂露天堆放物料未覆盖等问题仍然存在。\n");
        assertEquals("浏阳市", r.metadata().placeName());
        assertFalse(r.metadata().anonymised());
        Report hidden = ingest("人大常委会工作报告\n各位代表：\n我代表XX市人大常委会向大会报告工作。\n配合四川省人大常委会开展执法检查。\n");
        assertNull(hidden.metadata().place());
        assertTrue(hidden.metadata().anonymised(), "a placeholder for its own congress anonymises it, as before");
    }

    @Test
    void aStandingCommitteesMeetingThatAWorkReportOpensWithIsNotItsDelivery() throws Exception {
        Report r = ingest("山西省人民代表大会常务委员会工作报告\n各位代表：\n2004年11月26日，省十届人大常委会第十三次会议审议通过了"
                + "《山西省煤炭资源整合和有偿使用办法》的决定。\n");
        assertNull(r.metadata().date());
        assertNull(r.metadata().session());
        assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("date:")), r.warnings().toString());
        // an opinion on a report is dated by the meeting it opens with, as before
        Report opinion = ingest("关于市人民政府营商环境工作情况报告的审议意见\n"
                + "2023年8月29日，市十七届人大常委会第十三次会议听取和审议了市人民政府关于营商环境工作情况的报告。\n");
        assertEquals(LocalDate.of(2023, 8, 29), opinion.metadata().date());
        // also when it is signed under its text days later: the archive files an opinion under the meeting that heard
        // the report, as its sessions list it
        Report signed = ingest("关于市人民政府营商环境工作情况报告的审议意见\n市人民政府：\n"
                + "2023年8月29日，市十七届人大常委会第十三次会议听取和审议了市人民政府关于营商环境工作情况的报告。\n"
                + "请市人民政府在收到审议意见后三个月内书面报告研究处理情况。\n岳阳市人大常委会\n2023年9月5日\n");
        assertEquals(LocalDate.of(2023, 8, 29), signed.metadata().date());
    }

    @Test
    void aSpeechTitledByItsGenreAloneKeepsItsTitleAndTheMeetingItOpens() throws Exception {
        Report r = ingest("开幕词\n\n（2019年1月8日）\n\n罗志明\n\n各位代表：\n"
                + "和平县第十五届人民代表大会第四次会议，经过充分准备，今天隆重开幕了。这次大会应到代表189名。\n");
        assertEquals("开幕词", r.metadata().title());
        assertTrue(r.removals().isEmpty(), "the title is no page's text: " + r.removals());
        assertEquals(Kind.SPEECH, r.metadata().kind());
        assertEquals("罗志明", r.metadata().speaker());
        assertEquals(15, r.metadata().congress());
        assertEquals(4, r.metadata().session());
        Report closing = ingest("闭幕词\n（2019年1月10日）\n罗志明\n各位代表：\n"
                + "和平县第十五届人民代表大会第四次会议，在全体代表的共同努力下，圆满完成了各项议程，即将胜利闭幕。\n");
        assertEquals(4, closing.metadata().session());
        Report host = ingest("主持词\n（2023年1月8日）\n各位代表：\n东阳市第十七届人民代表大会第三次会议第一次全体会议现在开始。\n");
        assertEquals(3, host.metadata().session(), "the meeting a host's words open");
        // a meeting an opening sentence only mentions is not the speech's
        Report other = ingest("开幕词\n（2019年1月8日）\n罗志明\n各位代表：\n"
                + "和平县第十五届人民代表大会第三次会议以来，全县上下凝心聚力。\n");
        assertNull(other.metadata().session());
    }

    @Test
    void aSpeechSignedUnderItsTextByOfficeAndNameOverItsDayNamesItsSpeaker() throws Exception {
        Report r = ingest("在永新县第十七届人民代表大会第五次会议闭幕会上的讲话\n各位代表、同志们：\n"
                + "永新县第十七届人民代表大会第五次会议圆满完成了各项议程。\n谢谢大家！\n永新县人大常委会主任　刘小平\n2021年1月15日\n");
        assertEquals("刘小平", r.metadata().speaker());
        assertEquals("永新县人大常委会主任", r.metadata().office());
        assertEquals(LocalDate.of(2021, 1, 15), r.metadata().date());
        assertTrue(r.body().stream().noneMatch(b -> b instanceof org.reportarchive.model.Heading),
                "the signature's lines are no headings: " + r.body());
        // a name without an office, or an office line that is not over the day, signs nothing
        Report name = ingest("在永新县第十七届人民代表大会第五次会议闭幕会上的讲话\n各位代表、同志们：\n"
                + "大会圆满完成了各项议程。\n谢谢大家！\n刘小平\n2021年1月15日\n");
        assertNull(name.metadata().speaker());
    }

    @Test
    void aLongNameBeforeComradeInASpeechsTitleIsTheSpeaker() throws Exception {
        for (String who : List.of("孟和巴雅尔", "买买提·艾力")) {
            Report r = ingest(who + "同志在全盟旗县市人大工作座谈会上的讲话\n同志们：\n这次座谈会的主要任务是总结交流经验。\n");
            assertEquals(who, r.metadata().speaker());
        }
        Report office = ingest("县委书记李高峰同志在县十八届人大三次会议闭幕会上的讲话\n各位代表：\n大会圆满完成了各项议程。\n");
        assertTrue(office.metadata().speaker() == null || office.metadata().speaker().equals("李高峰"),
                "an office is no name: " + office.metadata().speaker());
    }

    @Test
    void theCommitteeThatSignsADocumentNamesItsPlace() throws Exception {
        Report r = ingest("区人大常委会关于区人民政府渔业安全生产工作情况报告的审议意见\n区人民政府：\n"
                + "2024年6月27日，区第九届人大常委会第二十次会议听取和审议了区人民政府关于渔业安全生产工作情况的报告。"
                + "会议认为，舟山市普陀区渔业安全生产形势总体平稳。\n以上意见，请区人民政府认真研究办理。\n"
                + "舟山市普陀区人民代表大会常务委员会\n2024年7月3日\n");
        assertEquals("330903", r.metadata().place().code(), r.warnings().toString());
    }

    @Test
    void aNameOfThePastThatTodaysTableReadsOtherwiseIsFoundInTheHistory() throws Exception {
        // 榆次市 (1981–1999) is today's 榆次区, whose short name 榆次 the table knows; 次 is a name's character too
        Report r = ingest("榆次市人民代表大会常务委员会工作报告\n（1990年3月20日在榆次市第十一届人民代表大会第三次会议上）\n"
                + "各位代表：\n一年来，常委会依法履职。\n");
        assertEquals("142401", r.metadata().place().code(), r.warnings().toString());
        // and 关于 before a bare level names no place
        Report about = ingest("关于县人民代表大会常务委员会工作情况的报告\n——2023年1月12日在汝城县第十八届人民代表大会第二次会议上\n"
                + "各位代表：\n一年来，常委会依法履职。\n");
        assertEquals("431026", about.metadata().place().code(), about.warnings().toString());
    }

    @Test
    void titlesOfACommitteesOfficeAnElectionsResultAndAnOrganOverItsTitleAreRead() throws Exception {
        assertTrue(FrontMatter.isTitle("深圳市人大常委会办公厅关于“数字人大”平台建设情况的报告"));
        assertTrue(FrontMatter.isTitle("镇江市京口区第十八届人民代表大会第一次会议选举结果报告"));
        Report r = ingest("余庆县人民代表大会常务委员会代表资格审查委员会\n关于个别代表的代表资格的报告\n主任、各位副主任、各位委员：\n"
                + "根据代表法的规定，现将个别代表的代表资格审查情况报告如下。\n");
        assertEquals("余庆县人民代表大会常务委员会代表资格审查委员会关于个别代表的代表资格的报告", r.metadata().title());
        // over a title set over two lines
        Report three = ingest("武汉市人民代表大会财政经济委员会\n关于武汉市2022年预算执行情况和2023年\n预算草案的审查结果报告\n"
                + "市第十五届人民代表大会第二次会议主席团：\n财政经济委员会对预算报告和预算草案进行了审查。\n");
        assertEquals("武汉市人民代表大会财政经济委员会关于武汉市2022年预算执行情况和2023年预算草案的审查结果报告",
                three.metadata().title());
        assertEquals("title, lines joined", three.metadata().sources().get("title"));
        // an inspection group over a title whose last line is a title's end (实施情况的报告)
        for (String issuer : List.of("海城市人大常委会执法检查组", "海城市人民代表大会常务委员会教育科学文化卫生工作委员会")) {
            Report group = ingest(issuer + "\n关于检查《中华人民共和国食品安全法》\n实施情况的报告\n"
                    + "——2017年8月24日在海城市第十七届人民代表大会常务委员会第五次会议上\n主任、各位副主任、秘书长、各位委员：\n"
                    + "根据年度监督工作计划，执法检查组对食品安全法实施情况进行了检查。\n");
            assertEquals(issuer + "关于检查《中华人民共和国食品安全法》实施情况的报告", group.metadata().title());
        }
        // a law the opening cites names no congress of the report's
        Report cited = ingest("宪法宣誓仪式主持词\n（2022年12月30日）\n同志们：\n"
                + "根据《全国人民代表大会常务委员会关于实行宪法宣誓制度的决定》的规定，现在举行宪法宣誓仪式。\n"
                + "汉中市汉台区第十九届人民代表大会常务委员会第八次会议\n");
        assertTrue(cited.metadata().place() == null || !"全国".equals(cited.metadata().place().name()),
                "no national place: " + cited.metadata().place());
    }

    @Test
    void aCongressTheBodyWorkedWithIsNotTheReportsOwn() throws Exception {
        String head = "县人民代表大会常务委员会工作报告\n——2025年1月8日在县第十八届人民代表大会第五次会议上\n"
                + "县人大常委会主任　杨光明\n各位代表：\n我受县人民代表大会常务委员会委托，向大会报告工作，请予审议。\n";
        for (String partner : List.of("联合纳雍县人大常委会对乌江流域跨界河流开展协同监督。", "赴遵义市播州区人大常委会考察学习代表之家建设。",
                "与大方县人大常委会签订跨区域协同立法合作协议。")) {
            Report r = ingest(head + "一年来，常委会依法履职。" + partner + "\n");
            assertNull(r.metadata().place(), partner);
            assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("place:") && w.contains("worked with")),
                    r.warnings().toString());
        }
        // a partner after the neighbours' word or a list's other names; a visitor that comes to the report's own
        for (String partner : List.of("与毗邻的织金县人大常委会签订协同监督协议。", "与纳雍县、织金县人大常委会开展联合视察。",
                "纳雍县人大常委会考察组来我县交流代表工作。", "我们学习借鉴成都市人大常委会的经验，并与德阳市人大常委会开展协同立法调研。",
                "协同巧家县人大常委会开展牛栏江流域联合视察，巧家县人大常委会予以积极回应。",
                "与同为乌江流域的织金县人大常委会签订协同监督协议。", "与威宁县人大常委会、织金县人大常委会签订协议。",
                "会同威宁县和织金县人大常委会开展联合执法检查。", "先后接待了纳雍县人大常委会考察组等兄弟县人大来访17批次。",
                "纳雍县人大常委会副主任王建华带领部分常委会组成人员和人大代表一行20余人来我县考察代表联络站建设。",
                "同织金县人大常委会建立协同监督机制。", "和纳雍县人大常委会联合开展执法检查。",
                "会同威宁县、沛县和织金县人大常委会开展联合执法检查。", "与同处乌江上游革命老区、同饮一江水的织金县人大常委会签订协议。")) {
            Report r = ingest(head + "一年来，常委会依法履职。" + partner + "\n");
            assertNull(r.metadata().place(), partner);
            assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("place:") && w.contains("worked with")),
                    r.warnings().toString());
        }
        // the congress the body names as itself is the report's, beside a partner, and after words that join the
        // county's own bodies or bring a higher congress to it
        for (String own : List.of("一年来，赫章县人大常委会依法履职，加强自身建设。",
                "一年来，赫章县人大常委会依法履职，赴遵义市播州区人大常委会考察学习。赫章县人大常委会机关被评为全市文明单位。",
                "县监委与赫章县人大常委会建立监督贯通协调机制。", "与会的赫章县人大常委会组成人员一致表示赞同。",
                "赫章县人大常委会邀请市人大代表到我县视察乡村振兴工作。", "参加赴乡镇专题调研的赫章县人大常委会组成人员提出意见建议36条。",
                "县委和赫章县人大常委会联合召开全县人大工作会议。", "县委、县政府、县政协领导以及赫章县人大常委会组成人员出席会议。",
                "省人大常委会副主任到赫章县人大常委会调研代表之家建设。", "省人大常委会副主任李建平一行赴赫章县人大常委会调研指导代表工作。",
                "自1981年赫章县人大常委会设立以来我县人大工作走过了四十多年不平凡的历程。",
                "组织新任常委会组成人员集中学习赫章县人大常委会议事规则。", "动员代表参与赫章县人大常委会组织的执法检查。")) {
            Report r = ingest(head + own + "\n为谱写赫章高质量发展新篇章作出新的更大贡献！\n");
            assertEquals("赫章县", r.metadata().place() == null ? null : r.metadata().place().name(), own);
            assertTrue(r.warnings().stream().noneMatch(w -> w.startsWith("place:")), r.warnings().toString());
        }
        // a partner the title names, with the report's own by its level
        Report speech = ingest("在县人大常委会与纳雍县人大常委会乌江流域协同监督联席会议上的讲话\n县人大常委会主任　张　明\n（2023年9月15日）\n"
                + "同志们：\n今天，我们在这里召开联席会议，总结一年来两县协同监督工作。\n");
        assertNull(speech.metadata().place());
        assertTrue(speech.warnings().stream().anyMatch(w -> w.startsWith("place:") && w.contains("纳雍县")),
                speech.warnings().toString());
        // a congress the body names once, and no more by its short name: most often another's, by any words
        for (String once : List.of("在毕节市人大常委会的精心指导下，常委会依法履职。", "受毕节市人大常委会委托，对全县食品安全工作开展执法检查。",
                "向湄潭县人大常委会学习代表之家标准化建设经验。", "卓尼县人大常委会考察组走进我县，交流代表工作。")) {
            Report r = ingest(head + once + "\n为谱写赫章高质量发展新篇章作出新的更大贡献！\n");
            assertNull(r.metadata().place(), once);
            assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("place:")), r.warnings().toString());
        }
        // named once as the one its party committee leads, it is the report's own
        assertEquals("赫章县", ingest(head + "2024年，赫章县人大常委会在县委的坚强领导下，依法履职。\n").metadata().place().name());
        // one other congress beside a partner, named no more often: it may be another's too (a higher congress's
        // official's visit), and nothing says which is the report's; unless the body describes it as its own
        assertNull(ingest(head + "毕节市人大常委会副主任李明一行赴大方县人大常委会调研代表之家建设。\n").metadata().place());
        assertEquals("赫章县", ingest(head + "一年来，赫章县人大常委会依法履职，赴遵义市播州区人大常委会考察学习。\n").metadata()
                .placeName());
        // a higher congress named by its level, anywhere in the clause before: its visit to the report's own
        for (String visit : List.of("省、市人大常委会领导先后赴赫章县人大常委会调研指导。", "今年5月省人大常委会执法检查组赴赫章县人大常委会开展检查。")) {
            assertEquals("赫章县", ingest(head + visit + "\n为谱写赫章高质量发展新篇章作出新的更大贡献！\n").metadata().place().name(),
                    visit);
        }
        // two congresses the body names as its own would be: nothing says which is the report's
        assertNull(ingest(head + "赫章县人大常委会和威宁县人大常委会分别召开会议。\n").metadata().place());
    }

    @Test
    void aSignatureWithItsDayInBracketsIsTheTextsNotAHeading() throws Exception {
        String text = "湘潭县人民代表大会常务委员会工作报告\n——2013年1月10日在湘潭县第十六届人民代表大会第三次会议上\n"
                + "县人大常委会主任　周国平\n各位代表：\n我受县人民代表大会常务委员会委托，向大会作工作报告，请予审议。\n"
                + "一、突出监督重点\n常委会听取审议县人民政府专项工作报告10个。\n以上报告，请予审议。\n"
                + "湘潭县人民代表大会常务委员会\n（2013年1月10日）\n";
        for (String tail : List.of("", "附件：执法检查报告\n1.关于检查《中华人民共和国农业法》实施情况的报告\n")) {
            Report r = ingest(text + tail);
            for (Block b : r.body()) {
                if (b.text().startsWith("湘潭县人民代表大会常务委员会") || b.text().startsWith("（2013")) {
                    assertTrue(b instanceof Paragraph, "a paragraph: " + b.text());
                }
            }
            assertTrue(r.body().stream().anyMatch(b -> b instanceof Paragraph && b.text().equals("（2013年1月10日）")), tail);
        }
    }

    @Test
    void aTitleWithItsYearAndMonthInBracketsIsATitleAndItsGroupNamesItsPlace() throws Exception {
        Report r = ingest("关于全市养老服务业发展情况的调研报告（2023年11月）\n景德镇市人大常委会调研组\n"
                + "主任、各位副主任、秘书长、各位委员：\n根据常委会年度工作安排，调研组对全市养老服务业发展情况进行了调研。现将调研情况报告如下：\n"
                + "一、基本情况\n全市共有养老机构86家。\n");
        assertEquals("关于全市养老服务业发展情况的调研报告（2023年11月）", r.metadata().title());
        assertEquals(Kind.SURVEY, r.metadata().kind());
        assertEquals("景德镇市", r.metadata().place().name());
        assertTrue(r.removals().stream().noneMatch(x -> x.text().startsWith("关于全市养老")), r.removals().toString());
    }

    @Test
    void aVerbBeforeACongressNamedByItsLevelIsNoPlacesName() throws Exception {
        Report r = ingest("冷水江市人民政府关于办理市十二届人大二次会议代表建议、批评和意见情况的报告\n"
                + "——2022年8月30日在市第十二届人民代表大会常务委员会第六次会议上\n冷水江市人民政府副市长　曾志强\n"
                + "主任、各位副主任、各位委员：\n我受市人民政府委托，现将市十二届人大二次会议代表建议、批评和意见办理情况报告如下，请予审议。\n"
                + "一、基本情况\n共交办代表建议186件。\n");
        assertEquals("冷水江市", r.metadata().place().name());
        assertEquals(Kind.PROPOSALS, r.metadata().kind());
        assertTrue(r.warnings().stream().noneMatch(w -> w.startsWith("place:")), r.warnings().toString());
    }

    @Test
    void theKindATitleNamesInItsLastWords() throws Exception {
        Map<String, Kind> named = new LinkedHashMap<>();
        named.put("关于区人民政府城市更新工作情况报告的审议意见", Kind.OPINION);
        named.put("关于市人民政府执法检查报告的审议意见", Kind.OPINION); // the opinions, whatever report they are on
        named.put("甘肃省人大常委会黄河保护法执法检查报告", Kind.INSPECTION);
        named.put("海城市人民代表大会常务委员会教育科学文化卫生工作委员会关于检查《中华人民共和国食品安全法》实施情况的报告",
                Kind.INSPECTION);
        named.put("关于全县农村饮水安全工作情况的调研报告", Kind.SURVEY);
        named.put("关于崇礼区冬奥会筹办重点工程建设情况的视察报告", Kind.SURVEY);
        named.put("关于赴浙江省嘉兴市、湖州市学习考察生态文明建设工作的报告", Kind.SURVEY);
        named.put("宜兴市人大常委会赴浙江考察报告", Kind.SURVEY);
        named.put("关于市十六届人大五次会议代表议案办理情况的报告", Kind.PROPOSALS);
        named.put("关于市九届人大三次会议以来代表建议批评和意见办理工作情况的专题报告", Kind.PROPOSALS);
        named.put("昌都市第二届人民代表大会第四次会议议案审查委员会关于代表提出议案处理意见的报告", Kind.PROPOSALS);
        named.put("武汉市人民代表大会财政经济委员会关于武汉市2022年预算执行情况和2023年预算草案的审查结果报告", Kind.REVIEW);
        named.put("江西省人民代表大会财政经济委员会关于2020年省级决算草案审查结果的报告", Kind.REVIEW);
        named.put("北京市平谷区人民代表大会常务委员会代表资格审查委员会关于区第十八届人民代表大会代表资格的审查报告", Kind.REVIEW);
        named.put("赣县区人大代表钟丽华2022年度履职报告", Kind.DUTY);
        named.put("市人大代表王红梅述职报告", Kind.DUTY);
        named.put("關於全縣農村飲水安全工作情況的調研報告", Kind.SURVEY); // traditional characters, read as simplified
        for (Map.Entry<String, Kind> e : named.entrySet()) {
            assertEquals(e.getValue(), DocumentKinds.ofTitle(Simplified.of(e.getKey())), e.getKey());
        }
        // titles that name none of them: a report on filing review's work, the government's report on how it handled
        // the opinions, the committee's plan, an inspection's rules explained
        for (String other : List.of("韶关市人大常委会法制工作委员会关于2022年规范性文件备案审查工作情况的报告",
                "市人民政府关于市人大常委会审议意见研究处理情况的报告", "博乐市人大常委会2025年工作要点",
                "关于2023年度浦东新区国有资产管理情况的综合报告", "关于执法检查工作的若干意见",
                "太原市人民政府关于大气污染防治法执法检查报告审议意见办理情况的报告", "关于食品安全法执法检查发现问题整改情况的报告",
                "关于2023年12345热线群众诉求和意见建议办理情况的报告", "关于人大代表联络站收集的群众意见建议办理情况的报告",
                "邹城市人民政府关于检查《山东省物业管理条例》实施情况报告审议意见执行情况的报告")) {
            assertNull(DocumentKinds.ofTitle(other), other);
        }
        Map<String, Kind> more = new LinkedHashMap<>();
        more.put("关于《潍坊市城市绿化条例》贯彻实施情况的检查报告", Kind.INSPECTION);
        more.put("关于《中华人民共和国农产品质量安全法》执法检查开展情况的报告", Kind.INSPECTION);
        more.put("关于县人大代表在县十八届人大三次会议期间提出的建议、批评和意见办理情况的报告", Kind.PROPOSALS);
        more.put("开封市人民代表大会城乡建设环境资源保护委员会关于市十五届人大三次会议主席团交付审议的代表议案审议结果的报告", Kind.PROPOSALS);
        more.put("法制委员会关于《某市物业管理条例（草案）》审议结果的报告", Kind.REVIEW);
        more.put("关于全市养老服务业发展情况的调研报告（2023年11月）", Kind.SURVEY);
        more.put("关于贯彻实施《平度市城市绿化条例》情况的检查报告", Kind.INSPECTION);
        more.put("市人大代表王红梅2023年度履职情况报告", Kind.DUTY);
        more.put("乐昌市人民政府关于市十六届人大三次会议代表建议、批评和意见办理情况的汇报", Kind.PROPOSALS);
        for (Map.Entry<String, Kind> e : more.entrySet()) {
            assertEquals(e.getValue(), DocumentKinds.ofTitle(e.getKey()), e.getKey());
        }
        assertEquals(Kind.EXPLANATION, DocumentKinds.ofTitle("关于《某市执法检查条例（草案）》的说明"));
        // a news item on the session that heard a report is none of the report's kind
        assertEquals(Kind.OTHER, DocumentKinds.ofTitle("儋州市十三届人大三次会议开幕　听取审议市人大常委会工作报告"));
        assertEquals(Kind.OTHER, DocumentKinds.ofTitle("县十八届人大二次会议审议通过县人民政府工作报告"));
        // through the reading, with the page around it
        Report r = ingest("首页 > 人大要闻\n关于县人民政府黑茶产业发展情况报告的审议意见\n县人民政府：\n"
                + "2022年8月26日，县第十八届人大常委会第五次会议听取和审议了县人民政府关于黑茶产业发展情况的报告。\n");
        assertEquals(Kind.OPINION, r.metadata().kind());
        assertEquals("审议意见", r.metadata().kind().label());
        // an untitled text whose opening reports on the deputies' proposals, at a standing committee's meeting
        assertEquals(Kind.PROPOSALS, ingest("主任、各位副主任、秘书长、各位委员：\n受市人民政府委托，现将市十七届人大三次会议"
                + "代表建议、批评和意见办理情况报告如下，请予审议。\n一、基本情况\n共交办代表建议412件。\n").metadata().kind());
        assertEquals(Kind.INSPECTION, Kind.fromCode("inspection"));
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> Kind.fromCode("survey-report"));
        assertTrue(bad.getMessage().contains("opinion, inspection, survey, proposals, review, duty or other"),
                bad.getMessage());
    }

    @Test
    void aWorkCommitteesReportOfAYearIsAWorkReport() throws Exception {
        assertEquals(Kind.REPORT, DocumentKinds.ofTitle("苏州工业园区人大工委2023年工作报告"));
        assertEquals(Kind.REPORT, DocumentKinds.ofTitle("和田地区人大工委工作报告"));
        assertEquals(Kind.REPORT, DocumentKinds.ofTitle("岳麓区人大常委会望月湖街道工作委员会2022年工作报告"));
        // its signature under the text, the work committee's short name, is no heading
        Report signed = ingest("岳麓区人大常委会望月湖街道工作委员会2022年工作报告\n各位代表：\n一、坚持政治引领\n"
                + "街道人大工委坚持党的领导。\n二、2023年工作打算\n为建设幸福望月湖贡献人大力量。\n望月湖街道人大工委\n2023年2月16日\n");
        assertEquals(List.of("一、坚持政治引领", "二、2023年工作打算"), signed.headings().stream().map(h -> h.text()).toList());
        assertEquals(1, signed.headings().get(0).level());
        assertEquals(Kind.SPEECH, DocumentKinds.ofTitle("在县十八届人大一次会议上的开幕辞"));
        Report r = ingest("苏州工业园区人大工委2023年工作报告\n——2024年1月17日在苏州工业园区人大代表全体会议上\n"
                + "园区人大工委主任　陆建新\n各位代表：\n我代表园区人大工委，向会议报告2023年工作。\n");
        assertNull(r.metadata().place(), "a zone the divisions table does not hold");
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("苏州工业园区, a zone that is no administrative division")),
                r.warnings().toString());
    }

    @Test
    void theDayACongressApprovedAWorkReportIsNotTheDayItWasDelivered() throws Exception {
        Report r = ingest("武功县人民代表大会常务委员会工作报告\n（2024年1月12日武功县第十八届人民代表大会第三次会议批准）\n"
                + "县人大常委会主任　刘　军\n各位代表：\n我受县人大常委会委托，向大会报告工作，请予审议。\n");
        assertNull(r.metadata().date(), "no day shown as the delivery's");
        assertEquals(2024, r.metadata().year());
        assertEquals(3, r.metadata().session());
        assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("date:") && w.contains("approved")),
                r.warnings().toString());
        // a resolution's line is the day it was adopted, its own
        Report resolution = ingest("武功县第十八届人民代表大会第三次会议关于县人民代表大会常务委员会工作报告的决议\n"
                + "（2024年1月12日武功县第十八届人民代表大会第三次会议通过）\n"
                + "武功县第十八届人民代表大会第三次会议听取和审议了县人民代表大会常务委员会工作报告，决定批准这个报告。\n");
        assertEquals(LocalDate.of(2024, 1, 12), resolution.metadata().date());
    }

    @Test
    void aSharedNameIsSettledByTheCityTheReportAnswersToNotByAPlaceItVisited() throws Exception {
        String title = "通州区人民代表大会常务委员会工作报告\n各位代表：\n我代表区人大常委会向大会报告工作。\n";
        Report visited = ingest(title + "组织常委会组成人员赴北京市、上海市学习考察。到南京市鼓楼区人大常委会交流。\n");
        assertNull(visited.metadata().place(), "通州区 is Beijing's and Nantong's; a visit to Beijing says neither");
        assertTrue(visited.warnings().stream().anyMatch(w -> w.startsWith("place:") && w.contains("通州区")),
                visited.warnings().toString());
        Report answers = ingest(title + "在南通市委和区委的坚强领导下，常委会依法履职。\n");
        assertEquals("南通市", answers.metadata().city());
        Report congress = ingest(title + "认真落实北京市人大常委会的工作部署。\n");
        assertEquals("北京市", congress.metadata().city());

        assertTrue(MetadataResolver.namesAsParent("北京市朝阳区第十六届人民代表大会", "北京市", "朝阳区"));
        assertTrue(MetadataResolver.namesAsParent("福州市第十五届人民代表大会", "福州市", "鼓楼区"));
        assertFalse(MetadataResolver.namesAsParent("赴南京市鼓楼区人大常委会学习", "南京市", "鼓楼区"));
        assertFalse(MetadataResolver.namesAsParent("福州古厝，有福之州，福州市民", "福州市", "鼓楼区"));
        // a list of units of the name, a visit received, a model followed: others'
        assertFalse(MetadataResolver.namesAsParent("接待南京市鼓楼区、徐州市鼓楼区、开封市鼓楼区人大常委会考察团来访", "开封市", "鼓楼区"));
        assertFalse(MetadataResolver.namesAsParent("年内，开封市鼓楼区人大常委会考察团来访", "开封市", "鼓楼区"));
        assertFalse(MetadataResolver.namesAsParent("参照了石家庄市新华区、平顶山市新华区人大常委会的议事规则", "平顶山市", "新华区"));
        assertTrue(MetadataResolver.namesAsParent("在平顶山市委的领导下，平顶山市新华区人大常委会依法履职", "平顶山市", "新华区"));
    }

    private static String report(String place, String day, String congress) {
        return place + "人民代表大会常务委员会工作报告\n——" + day + "在" + place + congress
                + "人民代表大会第五次会议上\n各位代表：\n我代表常委会向大会报告工作，请予审议。\n"
                + "一年来，常委会依法履职，听取和审议专项工作报告十二个。\n";
    }

    @Test
    void aReportIsFiledUnderItsPlaceAsItWasInItsYear() throws Exception {
        // 巢湖市 was a prefecture-level city until 2011, and is a county-level city under 合肥市 since
        Report before = ingest(report("巢湖市", "2010年1月15日", "第三届"));
        assertEquals("341400", before.metadata().place().code());
        assertEquals("prefecture", before.metadata().place().level());
        assertEquals("巢湖市", before.metadata().city());
        assertEquals("安徽省", before.metadata().province());
        assertEquals("division history", before.metadata().sources().get("province"));
        assertTrue(before.warnings().stream().noneMatch(w -> w.startsWith("place:")), before.warnings().toString());
        Report after = ingest(report("巢湖市", "2015年1月20日", "第十六届"));
        assertEquals("340181", after.metadata().place().code());
        assertEquals("合肥市", after.metadata().city());
        // in the year of the change the name meant either: left empty, with a warning that names both
        Report during = ingest(report("巢湖市", "2011年12月20日", "第十五届"));
        assertNull(during.metadata().place());
        assertTrue(during.warnings().stream().anyMatch(w -> w.startsWith("place: 巢湖市 (title)")
                && w.contains("341400") && w.contains("340181")), during.warnings().toString());
        // a name today's table does not hold: 襄樊市, renamed 襄阳市 in 2010
        Report xiangfan = ingest(report("湖北省襄樊市", "2008年2月25日", "第十四届"));
        assertEquals("襄樊市", xiangfan.metadata().place().name());
        assertEquals("420600", xiangfan.metadata().place().code());
        assertEquals("湖北省", xiangfan.metadata().province());
        assertTrue(xiangfan.warnings().stream().noneMatch(w -> w.startsWith("place:")), xiangfan.warnings().toString());
        // a district whose city has since been renamed keeps the city it had
        Report fancheng = ingest(report("襄樊市樊城区", "2008年1月10日", "第十六届"));
        assertEquals("420606", fancheng.metadata().place().code());
        assertEquals("襄樊市", fancheng.metadata().city());
        // a name of the past that ends in one of today's (城区, in 阳泉市, 晋城市 and 汕尾市)
        Report laicheng = ingest(report("莱芜市莱城区", "2016年1月10日", "第十七届"));
        assertEquals("371202", laicheng.metadata().place().code());
        assertEquals("莱芜市", laicheng.metadata().city());
        // a unit named before it had the name: kept, with a warning to check the date
        Report early = ingest(report("南通市通州区", "2008年1月10日", "第一届"));
        assertEquals("南通市", early.metadata().city());
        assertTrue(early.warnings().stream().anyMatch(w -> w.startsWith("place: 通州区") && w.contains("2009")),
                early.warnings().toString());
        // left empty in that year, it is not taken for anonymised because the body hides others' names
        Report hides = ingest(report("巢湖市", "2011年12月20日", "第十五届") + "某某公司完成整改。\n");
        assertNull(hides.metadata().place());
        assertFalse(hides.metadata().anonymised());
        // a unit given a new code without a change of name or parent (崇川区, 2020) is filed as today's
        Report chongchuan = ingest(report("南通市崇川区", "2020年1月10日", "第十六届"));
        assertEquals("320613", chongchuan.metadata().place().code());
        assertTrue(chongchuan.warnings().stream().noneMatch(w -> w.startsWith("place:")), chongchuan.warnings().toString());
        // a name of the past out of its years is not read as a name of today inside it (德庆县 in 广东)
        Report duilong = ingest(report("堆龙德庆县", "2016年1月10日", "第十届"));
        assertNull(duilong.metadata().place());
        // read from the delivery line when the title names no place, and from a speech's title
        Report untitled = ingest("常委会工作报告\n——2008年1月15日在无为县第十五届人民代表大会第二次会议上\n各位代表：\n"
                + "我代表常委会向大会报告工作，请予审议。\n");
        assertEquals("341422", untitled.metadata().place().code());
        assertEquals("巢湖市", untitled.metadata().city());
        Report speech = ingest("在襄樊市第十四届人民代表大会第一次会议上的讲话\n（2008年2月25日）\n各位代表、同志们：\n"
                + "大会圆满完成了各项议程。\n");
        assertEquals("420600", speech.metadata().place().code());
        assertEquals("襄樊市", speech.metadata().place().name());
        // a county of the past whose name is one character and 县 (郫县 until 2016, 蓟县 until 2016), named alone
        for (String[] bare : List.of(new String[] {"郫县", "2016年1月7日", "510124"},
                new String[] {"蓟县", "2015年1月8日", "120225"}, new String[] {"乾县", "2023年1月6日", "610424"})) {
            Report r = ingest(report(bare[0], bare[1], "第十七届") + "一年来，县人大常委会在市人大常委会的指导下依法履职。\n");
            assertEquals(bare[2], r.metadata().place() == null ? null : r.metadata().place().code(), bare[0]);
            assertTrue(r.notes().stream().noneMatch(n -> n.message().contains("繁体")), "乾 is no traditional form");
        }
        // a congress the table and its history do not know: no other congress the text names is taken for it
        Report unknown = ingest(report("黑水河县", "2016年1月7日", "第十七届")
                + "一年来，县人大常委会在县委的领导和成都市人大常委会的指导下依法履职。\n");
        assertNull(unknown.metadata().place());
        assertTrue(unknown.warnings().stream().anyMatch(w -> w.startsWith("place:") && w.contains("黑水河县")),
                unknown.warnings().toString());
        // a unit under its province directly has no city, and names no source for one
        Report qiongshan = ingest(report("琼山市", "2000年1月10日", "第十二届"));
        assertEquals("琼山市", qiongshan.metadata().place().name());
        assertNull(qiongshan.metadata().city());
        assertFalse(qiongshan.metadata().sources().containsKey("city"), qiongshan.metadata().sources().toString());
        // a report without a year is filed as today's table has it
        Report undated = ingest("巢湖市人民代表大会常务委员会工作报告\n各位代表：\n我代表市人大常委会向大会报告工作。\n");
        assertEquals("340181", undated.metadata().place().code());
    }

    @Test
    void aPostsOwnLinesAboveItsRepeatedTitleDoNotStartTheText() throws Exception {
        Report r = ingest("黔南州人民代表大会常务委员会工作报告\n原创　黔南人大　黔南人大　2022-01-12 20:15\n"
                + "收录于话题　#州十四届人大二次会议　9个\n点击上方“黔南人大”可以订阅哦！\n"
                + "黔南州人民代表大会常务委员会工作报告\n——2022年1月9日在黔南州第十四届人民代表大会第二次会议上\n"
                + "州人大常委会主任　罗　平\n各位代表：\n我受州人大常委会委托，向大会报告工作，请予审议。\n");
        assertEquals("各位代表：", r.body().get(0).text());
        assertEquals(LocalDate.of(2022, 1, 9), r.metadata().date());
        assertEquals("罗平", r.metadata().speaker());
        assertEquals("黔南布依族苗族自治州", r.metadata().place().name());
        assertTrue(r.removals().stream().anyMatch(x -> x.text().startsWith("收录于话题")), r.removals().toString());
    }

    @Test
    void aFirstLineOfTextThatAPageRuleWouldMatchStillStartsTheText() throws Exception {
        Report r = ingest("关于营商环境工作情况的调研报告\n一、落实减税降费优惠政策\n全市新增减税降费12亿元，惠及市场主体3万户。\n");
        assertEquals("一、落实减税降费优惠政策", r.body().get(0).text());
    }

    @Test
    void aDeliveryLineBrokenOverTwoLinesUnderASessionDocumentsHeaderIsRead() throws Exception {
        Report r = ingest("达州市第五届人民代表大会第四次会议文件（6）\n\n达州市人民代表大会常务委员会工作报告\n\n"
                + "——2025年1月14日在达州市第五届\n人民代表大会第四次会议上\n\n市人大常委会主任　何　平\n\n各位代表：\n"
                + "现在，我代表市人大常委会向大会报告工作，请予审议。\n");
        assertEquals(LocalDate.of(2025, 1, 14), r.metadata().date());
        assertEquals(5, r.metadata().congress());
        assertEquals(4, r.metadata().session());
        assertEquals("何平", r.metadata().speaker());
        assertEquals("delivery line", r.metadata().sources().get("date"));
        assertTrue(r.warnings().isEmpty(), r.warnings().toString());
    }

    @Test
    void aClosingNoteSaysWhoGaveTheSpeechAndWhen() throws Exception {
        String speech = "在日喀则市第三届人民代表大会第四次会议闭幕会上的讲话\n\n各位代表、同志们：\n\n"
                + "日喀则市第三届人民代表大会第四次会议圆满完成了各项议程。\n\n现在，我宣布：大会闭幕！\n\n";
        Report r = ingest(speech + "（本文系日喀则市人大常委会主任扎西次仁2025年1月9日在闭幕会上的讲话）\n");
        assertEquals(LocalDate.of(2025, 1, 9), r.metadata().date());
        assertEquals("扎西次仁", r.metadata().speaker());
        assertEquals("日喀则市人大常委会主任", r.metadata().office());
        assertEquals("editor's note", r.metadata().sources().get("speaker"));
        assertEquals("editor's note", r.metadata().sources().get("date"));
        // with 同志 and 于, in ASCII brackets, in traditional characters
        Report t = ingest(speech + "(此文為縣人大常委會主任王平同志於2019年1月8日所作的講話。)\n");
        assertEquals(LocalDate.of(2019, 1, 8), t.metadata().date());
        assertEquals("王平", t.metadata().speaker());
        // a name followed by 在, and a note of another document's revision
        Report at = ingest(speech + "（本文系县人大常委会主任王平在2025年1月9日闭幕会上的讲话）\n");
        assertEquals("王平", at.metadata().speaker());
        Report revised = ingest(speech + "（根据2025年1月8日主任会议意见修改后的报告）\n");
        assertNull(revised.metadata().date());
        // a note that names a day but no giving of the text says nothing of it
        Report other = ingest(speech + "（本文2025年1月10日刊于日喀则日报）\n");
        assertNull(other.metadata().date());
        assertNull(other.metadata().speaker());
        // the note is the last word only when nothing above the text says when
        Report dated = ingest(speech.replace("闭幕会上的讲话\n", "闭幕会上的讲话\n（2025年1月10日）\n")
                + "（本文系日喀则市人大常委会主任扎西次仁2025年1月9日在闭幕会上的讲话）\n");
        assertEquals(LocalDate.of(2025, 1, 10), dated.metadata().date());
    }

    @Test
    void anAutonomousUnitIsFoundByTheNameTextsUsuallyGiveIt() throws Exception {
        // a usual form that was another province's official name is not read as one (东乡县, in 江西 until 2016)
        Report dongxiang = ingest(report("东乡县", "2012年1月10日", "第十六届"));
        assertEquals("江西省", dongxiang.metadata().province());
        Report liangshan = ingest(report("凉山州", "2023年1月10日", "第十一届"));
        assertEquals("凉山彝族自治州", liangshan.metadata().place().name());
        assertEquals("513400", liangshan.metadata().place().code());
        Report hainan = ingest("海南州人大常委会2022年工作报告\n各位代表：\n我代表州人大常委会报告工作。\n");
        assertEquals("海南藏族自治州", hainan.metadata().place().name(), "not 海南省");
        Report ebian = ingest(report("峨边县", "2022年1月10日", "第十八届"));
        assertEquals("峨边彝族自治县", ebian.metadata().place().name());
        assertEquals("乐山市", ebian.metadata().city());
        Report longsheng = ingest(report("桂林市龙胜县", "2021年1月10日", "第十六届"));
        assertEquals("450328", longsheng.metadata().place().code(), "龙胜各族自治县");
    }

    @Test
    void aSidecarsPlaceByNameIsReadInTheReportsYearAndByCodeAsGiven(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("chaohu.txt"), "关于2009年工作的报告\n各位代表：\n请予审议。\n");
        Files.writeString(dir.resolve("chaohu.yaml"), "place: 巢湖市\nyear: 2009\n");
        assertEquals("341400", INGESTER.ingest(dir.resolve("chaohu.txt")).metadata().place().code());
        Files.writeString(dir.resolve("chaohu.yaml"), "place: \"340181\"\nyear: 2009\n");
        assertEquals("340181", INGESTER.ingest(dir.resolve("chaohu.txt")).metadata().place().code());
        // a code of the past, as the warning for a year a name changed hands asks
        Files.writeString(dir.resolve("chaohu.yaml"), "place: \"341400\"\nyear: 2011\n");
        Report past = INGESTER.ingest(dir.resolve("chaohu.txt"));
        assertEquals("prefecture", past.metadata().place().level());
        assertTrue(past.warnings().stream().noneMatch(w -> w.startsWith("place:")), past.warnings().toString());
        // a code that stood for several units is read in the report's year
        Files.writeString(dir.resolve("chaohu.yaml"), "place: \"420602\"\nyear: 2008\n");
        assertEquals("420602", INGESTER.ingest(dir.resolve("chaohu.txt")).metadata().place().code(), "today's");
        Files.writeString(dir.resolve("chaohu.yaml"), "place: \"341402\"\n");
        assertEquals("居巢区", INGESTER.ingest(dir.resolve("chaohu.txt")).metadata().place().name());
    }

    @Test
    void anEditorsNoteSayingTheTextIsAbridgedMarksItIncomplete() throws Exception {
        Report r = ingest("湖南省人民代表大会常务委员会工作报告\n——2023年1月13日在湖南省第十四届人民代表大会第一次会议上\n"
                + "编者按：会议听取了省人大常委会工作报告。现将报告摘登如下。\n各位代表：\n"
                + "现在，我代表省人大常委会向大会报告工作，请予审议。\n五年来，常委会依法履职。\n");
        assertTrue(r.metadata().incomplete());
        assertTrue(r.metadata().incompleteReason().contains("摘登"), r.metadata().incompleteReason());
        assertEquals(Kind.REPORT, r.metadata().kind());
        Report whole = ingest("湖南省人民代表大会常务委员会工作报告\n各位代表：\n"
                + "编者按这个词出现在正文里，说到摘要，也不算。\n五年来，常委会依法履职。\n");
        assertFalse(whole.metadata().incomplete());
        Report closing = ingest("湖南省人民代表大会常务委员会工作报告\n各位代表：\n五年来，常委会依法履职。\n"
                + "（编者注：本文有删节。原文见湖南日报2023年1月14日第3版。）\n");
        assertTrue(closing.metadata().incomplete(), "an editor's closing note");
        Report printed = ingest("湖南省人民代表大会常务委员会工作报告\n各位代表：\n五年来，常委会依法履职。\n（本报告全文刊发时有删节）\n");
        assertTrue(printed.metadata().incomplete(), "a closing note that the report was abridged when printed");
        Report reposted = ingest("北海市人民代表大會常務委員會工作報告\n各位代表：\n五年來，常委會依法履職。\n"
                + "（本文轉載自北海日報，有刪節）\n【責任編輯：黃小梅】\n");
        assertTrue(reposted.metadata().incomplete(), "a closing note of where the text is from that says it is abridged");
        Report source = ingest("北海市人民代表大會常務委員會工作報告\n各位代表：\n五年來，常委會依法履職。\n（本文轉載自北海日報）\n");
        assertFalse(source.metadata().incomplete());
        // a transcript's note under a speech that says it was cut
        Report transcript = ingest("在县第十八届人民代表大会第一次会议闭幕会上的讲话\n同志们：\n县十八届人大一次会议圆满完成各项议程。\n"
                + "谢谢大家！\n（根据录音整理，有删节）\n");
        assertTrue(transcript.metadata().incomplete(), transcript.metadata().toString());
        assertFalse(ingest("在县第十八届人民代表大会第一次会议闭幕会上的讲话\n同志们：\n县十八届人大一次会议圆满完成各项议程。\n"
                + "谢谢大家！\n（根据录音整理）\n").metadata().incomplete());
    }

    @Test
    void titlesOfOtherGenresAndHeadlinesOverTheTextStayTheReports() throws Exception {
        String text = "\n各位代表：\n受市人民政府委托，现将有关情况报告如下，请予审议。\n一、基本情况\n全市经济稳中向好。\n";
        for (String title : List.of("达州市2023年国民经济和社会发展计划执行情况与2024年计划草案的报告",
                "通化县人民政府关于提请审议《通化县城市绿化管理办法（草案）》的议案",
                "在全县人大代表履职能力提升培训班上的交流发言")) {
            Report r = ingest(title + text);
            assertEquals(title, r.metadata().title());
            assertTrue(r.removals().isEmpty(), r.removals().toString());
        }
        // a headline of its own words over the delivery line is the title
        Report over = ingest("践行全过程人民民主\n——2024年1月10日在湖州市第九届人民代表大会第四次会议上\n" + text.substring(1));
        assertEquals("践行全过程人民民主", over.metadata().title());
        assertEquals(LocalDate.of(2024, 1, 10), over.metadata().date());
        // a headline right over the salutation that no rule names the page's is kept, in the title block, without
        // being taken for the title
        Report bare = ingest("踔厉奋发 勇毅前行" + text);
        assertTrue(bare.removals().isEmpty(), bare.removals().toString());
        assertNull(bare.metadata().title());
        assertTrue(bare.warnings().stream().anyMatch(w -> w.startsWith("title:")));
        // under a paper's line, it is the paper's headline of the text: its title
        Report paper = ingest("南方日报　2024年1月18日　第A05版\n踔厉奋发 勇毅前行" + text);
        assertEquals("踔厉奋发 勇毅前行", paper.metadata().title());
        // a text whose first sentence says the session closes now is its closing speech
        Report closing = ingest("凝心聚力谱新篇　担当实干开新局\n各位代表：\n鄂尔多斯市第五届人民代表大会第二次会议，在全体代表和与会同志的共同努力下，"
                + "圆满完成了各项议程，就要闭幕了。\n");
        assertEquals(Kind.SPEECH, closing.metadata().kind());
        assertEquals(Kind.OTHER, ingest("凝心聚力谱新篇　担当实干开新局\n各位代表：\n会议完成了各项议程。明年将召开第三次会议。\n")
                .metadata().kind(), "a session that has finished its business, said of another time");
        // a headline over the speaker's office and name, right over the text, is the title
        Report office = ingest("坚持和完善人民代表大会制度　推动乡镇人大工作提质增效\n黔东南州人大常委会党组书记、主任　吴光荣\n"
                + "乡镇人大是我国最基层的国家权力机关。\n");
        assertEquals("坚持和完善人民代表大会制度　推动乡镇人大工作提质增效", office.metadata().title());
        assertEquals("吴光荣", office.metadata().speaker());
        // a headline over a subtitle that names the speech stays the subtitle's headline
        Report sub = ingest("奋力谱写新篇章\n——在理论学习中心组会议上的交流发言\n县人大常委会副主任　张明\n各位委员：\n今天，我谈几点体会。\n");
        assertEquals("奋力谱写新篇章", sub.metadata().title());
        assertEquals(Kind.SPEECH, sub.metadata().kind());
    }

    @Test
    void aNewsItemsHeadlineOverItsBylineIsItsTitleAndAnAccountsNameIsThePages() throws Exception {
        String news = "银川新闻网\n首页 > 银川要闻\n市人大常委会开展专题询问\n2018-09-21 09:05:14　来源：银川日报　作者：马晓燕\n"
                + "　　9月20日，银川市十五届人大常委会第十二次会议举行联组会议，围绕全市城乡饮用水安全保障工作开展专题询问。\n"
                + "　　常委会组成人员先后提出13个问题，应询部门负责人逐一作答。\n";
        Report r = ingest(news);
        assertEquals("市人大常委会开展专题询问", r.metadata().title());
        assertEquals("银川日报", r.metadata().publication().source());
        assertTrue(r.headings().isEmpty(), r.headings().toString());
        // with a subtitle under it
        Report sub = ingest(news.replace("市人大常委会开展专题询问\n", "用法治力量护航民生\n——市人大常委会专题询问侧记\n"));
        assertEquals("用法治力量护航民生", sub.metadata().title());
        // a headline that ends like an account's name (……集结号), under the site's name
        Report hao = ingest("河池新闻网\n首页 > 河池要闻 > 正文\n吹响乡村振兴人大集结号\n2022-04-18 16:20:05　来源：河池日报　作者：韦丽娟\n"
                + "　　4月15日，河池市人大常委会召开助推乡村振兴动员部署会。\n　　会议要求，各级人大代表要立足岗位、带头示范。\n");
        assertEquals("吹响乡村振兴人大集结号", hao.metadata().title());
        assertEquals(RemovalReason.PUBLICATION, hao.removals().stream().filter(m -> m.line() == 1).findFirst().orElseThrow()
                .reason(), "the site's name over it is the page's");
        assertTrue(hao.metadata().headerLines().stream().noneMatch(l -> l.contains("河池新闻网")), hao.metadata().headerLines().toString());
        // an account's or a site's name over a byline is the page's
        Report site = ingest("首页 > 银川要闻\n银川新闻网\n2018-09-21 09:05:14　来源：银川日报\n"
                + "银川市人民代表大会常务委员会工作报告\n各位代表：\n一年来，常委会依法履职。\n");
        assertEquals(RemovalReason.PUBLICATION, site.removals().stream().filter(m -> m.line() == 2).findFirst().orElseThrow()
                .reason());
        assertEquals("银川市人民代表大会常务委员会工作报告", site.metadata().title());
    }

    @Test
    void aCongresssSpecialCommitteeIssuesTheTitleUnderItAndPlacesTheTextByItsByline() throws Exception {
        Report issued = ingest("山东省人大教育科学文化卫生委员会\n关于《山东省全民健身条例》执法检查情况的报告\n主任、各位副主任、秘书长、各位委员：\n"
                + "根据常委会年度监督工作计划，执法检查组对条例实施情况进行了检查。\n");
        assertEquals("山东省人大教育科学文化卫生委员会关于《山东省全民健身条例》执法检查情况的报告", issued.metadata().title());
        assertEquals("山东省", issued.metadata().placeName());
        Report byline = ingest("关于全省农村饮水安全工程建设管理情况的专题调研报告\n江西省人大农业与农村委员会\n（2012年6月）\n"
                + "根据年度工作安排，委员会组成调研组，对全省农村饮水安全工程建设管理情况进行了专题调研。\n");
        assertEquals("江西省", byline.metadata().placeName());
        // the standing committee's own name over its report is read as before
        assertEquals("江西省人民代表大会常务委员会工作报告", ingest("江西省人民代表大会常务委员会工作报告\n各位代表：\n一年来，常委会依法履职。\n")
                .metadata().title());
    }

    @Test
    void theLastOfAListOfPlacesBeforeTheirCongressIsNoneOfTheTexts() throws Exception {
        Report r = ingest("把代表之家建成连心桥\n同志们：\n今天，我们在这里召开全市人大代表工作座谈会。刚才，章贡区、瑞金市、信丰县人大常委会作了交流发言，"
                + "讲得都很好。\n下面，我讲三点意见。\n");
        assertNull(r.metadata().place(), String.valueOf(r.metadata().place()));
        // named alone, as the one that did the work, it is the text's
        Report own = ingest("信丰县人大常委会2023年代表工作总结\n一年来，信丰县人大常委会在县委的坚强领导下，扎实推进代表之家建设。\n");
        assertEquals("信丰县", own.metadata().placeName());
    }

    @Test
    void aTitleOverTwoLinesThatOnlyTogetherMakeOne() throws Exception {
        Report speech = ingest("首页 > 领导讲话 > 正文\n在全市人大系统代表工作\n推进会上的讲话\n"
                + "（2024年1月10日在嘉峪关市人大系统代表工作推进会上）\n嘉峪关市人大常委会主任　王树森\n同志们：\n今天召开推进会。\n");
        assertEquals("在全市人大系统代表工作推进会上的讲话", speech.metadata().title());
        assertEquals(List.of(1), speech.removals().stream().map(Removal::line).toList());
        Report opinion = ingest("义乌市人大常委会关于市人民政府\n农贸市场提升改造工作情况报告的审议意见\n市人民政府：\n"
                + "2020年8月27日，市十五届人大常委会第三十一次会议听取和审议了市政府的报告。\n");
        assertEquals("义乌市人大常委会关于市人民政府农贸市场提升改造工作情况报告的审议意见", opinion.metadata().title());
        Report notice = ingest("平遥县人大常委会\n关于召开平遥县第十二届人民代表大会第二次会议的通知\n"
                + "各乡镇人大主席团，县直各有关单位，各位县人大代表：\n经县人大常委会决定，会议定于1998年3月16日召开。\n");
        assertEquals("平遥县人大常委会关于召开平遥县第十二届人民代表大会第二次会议的通知", notice.metadata().title());
        assertEquals("各乡镇人大主席团，县直各有关单位，各位县人大代表：", notice.paragraphs().get(0).text());
        Report inspection = ingest("延边朝鲜族自治州人大常委会执法检查组\n关于检查《延边朝鲜族自治州朝鲜语言文字工作条例》实施情况的报告\n"
                + "——2017年6月28日在延边朝鲜族自治州第十四届人民代表大会常务委员会第五次会议上\n主任、各位副主任、秘书长、各位委员：\n"
                + "根据常委会年度工作安排，执法检查组开展了检查。\n");
        assertEquals("延边朝鲜族自治州人大常委会执法检查组关于检查《延边朝鲜族自治州朝鲜语言文字工作条例》实施情况的报告",
                inspection.metadata().title());
        Report plan = ingest("首页 > 会议文件\n关于《潍坊市国民经济和社会发展第十四个五年规划\n和二〇三五年远景目标纲要》实施情况中期评估的报告\n"
                + "——2023年10月26日在潍坊市第十八届人民代表大会常务委员会第十四次会议上\n主任、各位副主任、秘书长、各位委员：\n"
                + "现将中期评估情况报告如下。\n");
        assertEquals("关于《潍坊市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》实施情况中期评估的报告",
                plan.metadata().title());
        assertEquals(List.of(1), plan.removals().stream().map(Removal::line).toList(), "only the breadcrumb is the page's");
    }

    @Test
    void anOpinionIsDatedByTheMeetingThatHeardTheReportNotByTheDirectorsMeetingThatAdoptedIt() throws Exception {
        Report r = ingest("珠海市人大常委會關於市人大常委會執法檢查組\n檢查《珠海經濟特區生態文明建設促進條例》實施情況報告的審議意見\n"
                + "（2015年8月12日市八屆人大常委會第三十八次主任會議通過）\n市人民政府：\n"
                + "2015年7月30日，市八屆人大常委會第二十九次會議聽取和審議了市人大常委會執法檢查組的報告。\n"
                + "以上意見，請市人民政府認真研究處理。\n珠海市人大常委會\n2015年8月14日\n（本報珠海電）\n");
        assertEquals(LocalDate.of(2015, 7, 30), r.metadata().date(), "the day of the meeting whose session it names");
        assertEquals(29, r.metadata().session());
        List<String> texts = Copies.texts(r);
        assertEquals("2015年8月14日", texts.get(texts.size() - 1), "the paper's dateline credit is the paper's: " + texts);
        assertTrue(r.removals().stream().anyMatch(x -> x.reason() == RemovalReason.PUBLICATION && x.text().equals("（本報珠海電）")));
        assertTrue(r.headings().isEmpty(), "the signature is no heading: " + r.headings());
    }

    @Test
    void aNoticesSignatureOverTheTitleOfTheDocumentItIssuesDatesIt() throws Exception {
        Report r = ingest("关于印发《杭州市临平区人大常委会代表履职积分管理办法》的通知\n各镇人大、各街道人大工委：\n"
                + "《办法》已经区一届人大常委会第27次主任会议研究通过，现印发给你们，请认真贯彻执行。\n"
                + "杭州市临平区人大常委会办公室\n2025年3月10日\n杭州市临平区人大常委会代表履职积分管理办法\n"
                + "第一条　为规范区人大代表履职管理，制定本办法。\n");
        assertEquals(LocalDate.of(2025, 3, 10), r.metadata().date());
        assertEquals(List.of("杭州市临平区人大常委会代表履职积分管理办法"), r.headings().stream().map(Heading::text).toList());
    }

    @Test
    void aSitesHeadlineThatNamesTheSpeakerFirstStandsOverTheSpeechsOwnTitle() throws Exception {
        Report r = ingest("宁乡县人民政府网\n位置：首页 → 领导讲话\n周建华同志在县十四届人大二次会议闭幕式上的讲话\n"
                + "文章来源：县委办　　发布时间：2003-2-25\n\n在宁乡县第十四届人民代表大会第二次会议闭幕式上的讲话\n"
                + "中共宁乡县委书记　周建华\n（2003年2月23日）\n\n各位代表，同志们：\n"
                + "宁乡县第十四届人民代表大会第二次会议，圆满完成了各项议程，今天就要胜利闭幕了。\n");
        assertEquals("在宁乡县第十四届人民代表大会第二次会议闭幕式上的讲话", r.metadata().title());
        assertEquals("宁乡县", r.metadata().place().name());
        assertEquals("周建华", r.metadata().speaker());
    }

    @Test
    void aPostsHeadlineThatLeavesWordsOutStandsOverTheDocumentsOwnTitle() throws Exception {
        Report r = ingest("浦东人大\n在区人大常委会第十五次会议上的讲话\n浦东人大 2014-04-30 17:32\n\n点击上方蓝字关注我们\n\n"
                + "在浦东新区第五届人大常委会第十五次会议上的讲话\n区人大常委会主任　顾国林\n（2014年4月28日）\n\n同志们：\n"
                + "今天的常委会会议开得很好，达到了预期目的。\n");
        assertEquals("在浦东新区第五届人大常委会第十五次会议上的讲话", r.metadata().title());
        assertEquals(5, r.metadata().congress());
        assertEquals(15, r.metadata().session());
        assertTrue(FrontMatter.sameDocument("关于2023年预算执行情况的报告", "关于2023年市级预算执行情况的报告"));
        assertFalse(FrontMatter.sameDocument("在区人大常委会第十五次会议上的讲话", "在区人大常委会第十六次会议上的讲话"));
    }

    @Test
    void aCommitteeUnderTheTitleNamesItsPlace() throws Exception {
        Report r = ingest("关于我区社区居家养老服务工作情况的调研报告\n重庆市江北区人大常委会社会建设委员会\n（2015年10月）\n"
                + "为推动我区社区居家养老服务工作健康发展，区人大社会建设委员会组成调研组开展调研。现将调研情况报告如下：\n"
                + "一、基本情况\n全区已进入深度老龄化阶段。\n");
        assertEquals("江北区", r.metadata().place().name());
        assertEquals("重庆市", r.metadata().place().province());
        assertEquals(2015, r.metadata().year());
        assertNull(r.metadata().date(), "a month names no day");
    }

    @Test
    void aGovernmentsBillIsSignedOverItsAttachmentAndNamesItsPlace() throws Exception {
        Report r = ingest(String.join("\n",
                "台州市黄岩区人民政府",
                "关于提请审议《黄岩区长潭水库饮用水水源保护实施方案》的议案",
                "区人大常委会：",
                "区政府组织制定了实施方案，现提请区人大常委会审议。",
                "附件：黄岩区长潭水库饮用水水源保护实施方案",
                "区　长　　林建华",
                "二〇〇六年八月二十一日",
                "附件",
                "黄岩区长潭水库饮用水水源保护实施方案",
                "一、指导思想",
                "坚持保护优先。"));
        assertEquals("台州市黄岩区人民政府关于提请审议《黄岩区长潭水库饮用水水源保护实施方案》的议案", r.metadata().title());
        assertEquals("黄岩区", r.metadata().place().name(), "a government lays its bill before its own congress");
        assertEquals(LocalDate.of(2006, 8, 21), r.metadata().date());
        assertEquals("林建华", r.metadata().speaker());
        assertEquals("区长", r.metadata().office());
        List<String> texts = r.paragraphs().stream().map(Paragraph::text).toList();
        assertTrue(texts.contains("区　长　　林建华") && texts.contains("二〇〇六年八月二十一日"), texts.toString());
        assertTrue(r.headings().stream().anyMatch(h -> h.text().equals("一、指导思想")), "the attachment keeps its headings");
        // a standing committee's name over its decision's 关于 title, under a blogger's lines
        Report decision = ingest(String.join("\n", "崆峒山下的小陈", "今天平凉日报一版登了，转过来存着。", "　", "平凉市人民代表大会常务委员会",
                "关于决定马文斌为平凉市人民政府代理市长的决定", "（2007年4月26日平凉市第一届人民代表大会常务委员会第二十六次会议通过）",
                "根据有关法律规定，平凉市第一届人民代表大会常务委员会第二十六次会议决定：马文斌为平凉市人民政府代理市长。"));
        assertEquals("平凉市人民代表大会常务委员会关于决定马文斌为平凉市人民政府代理市长的决定", decision.metadata().title());
        assertEquals("平凉日报", decision.metadata().publication().source());
        // the meeting the bill asks to review it
        Report asked = ingest(String.join("\n", "台州市黄岩区人民政府", "关于提请审议《黄岩区长潭水库饮用水水源保护实施方案》的议案",
                "区人大常委会：", "区政府组织制定了实施方案，现提请区第十五届人民代表大会常务委员会第三次会议审议。", "区　长　　林建华",
                "二〇〇六年八月二十一日"));
        assertEquals(15, asked.metadata().congress());
        assertEquals(3, asked.metadata().session());
        assertEquals("standing-committee", asked.metadata().meeting());
        // a decision that asks a session to review another document is no bill: that session is not its meeting
        Report decided = ingest(String.join("\n", "关于批准《黄岩区长潭水库饮用水水源保护条例（草案）》提请审议的决定",
                "黄岩区人民代表大会常务委员会：", "常委会同意将条例草案提请区第十五届人民代表大会第二次会议审议。"));
        assertNull(decided.metadata().session());
        // an office system's print of it: the form over it, its list of files and its record of who handled it
        Report printed = ingest(String.join("\n", "黄岩区人大常委会机关公文处理系统", "黄岩区人大常委会办公室收文处理笺",
                "来文单位：区人民政府", "附件：1．黄岩区长潭水库饮用水水源保护实施方案", "　　　2．关于实施方案的说明",
                "拟办意见：建议提交主任会议研究。", "来文正文：", "台州市黄岩区人民政府", "关于提请审议《黄岩区长潭水库饮用水水源",
                "保护实施方案》的议案", "区人大常委会：", "区政府组织制定了实施方案，现提请区人大常委会审议。", "区　长　　林建华",
                "二〇〇六年八月二十一日", "附件（2个）：", "　[DOC] 实施方案.doc　　　41KB", "流程跟踪：", "序号　环节　办理人　办理意见",
                "1　　登记　　刘　敏　　已登记，请秘书长拟办。"));
        assertEquals("台州市黄岩区人民政府关于提请审议《黄岩区长潭水库饮用水水源保护实施方案》的议案", printed.metadata().title());
        assertEquals(LocalDate.of(2006, 8, 21), printed.metadata().date());
        List<String> printedTexts = printed.paragraphs().stream().map(Paragraph::text).toList();
        assertEquals("区人大常委会：", printedTexts.get(0));
        assertEquals("二〇〇六年八月二十一日", printedTexts.get(printedTexts.size() - 1), printedTexts.toString());
        // a signature over a note of whom the document goes to is a signature too
        Report notice = ingest("关于召开第二次会议的通知\n各位县人大代表：\n会议定于3月16日召开，请准时出席。\n"
                + "平遥县人大常委会\n一九九八年二月二十六日\n（此件发至县人大代表）\n");
        assertTrue(notice.headings().isEmpty(), notice.headings().toString());
        assertEquals(LocalDate.of(1998, 2, 26), notice.metadata().date());
        // and over the document's copy-to and print lines, which are its own paragraphs
        Report opinion = ingest("天津市滨海新区人大常委会关于区人民政府大气污染防治工作的审议意见\n区人民政府：\n"
                + "一、进一步提高思想认识\n请区人民政府认真研究处理上述审议意见。\n天津市滨海新区人大常委会\n2016年9月30日\n"
                + "抄送：区委办公室，区政协办公室。\n天津市滨海新区人大常委会办公室　　　　2016年10月8日印发\n");
        assertEquals(List.of("一、进一步提高思想认识"), opinion.headings().stream().map(h -> h.text()).toList());
        assertTrue(opinion.paragraphs().stream().anyMatch(p -> p.text().endsWith("2016年10月8日印发")));
        // and under the attachment's label and a note of how it is published
        Report published = ingest("常州市人大常委会关于市人民政府养老服务工作情况的审议意见\n市人民政府：\n"
                + "一、加快养老服务设施建设\n请市人民政府认真研究处理上述审议意见。\n附件：常委会组成人员审议发言摘要\n（此件公开发布）\n"
                + "常州市人大常委会\n2021年9月8日\n抄送：市委办公室，市政府办公室。\n");
        assertEquals(List.of("一、加快养老服务设施建设"), published.headings().stream().map(h -> h.text()).toList());
    }

    @Test
    void aHeadlineAboveItsSubtitleIsTheTitleAndTheSubtitleSaysWhatTheDocumentIs() throws Exception {
        Report r = ingest("在新的起点上奋力谱写人大工作新篇章\n——在宝鸡市第十五届人民代表大会第四次会议闭幕会上的讲话\n"
                + "中共宝鸡市委书记　周振华\n（2024年1月12日）\n各位代表，同志们：\n大会圆满完成了各项议程。\n");
        assertEquals("在新的起点上奋力谱写人大工作新篇章", r.metadata().title());
        assertEquals(Kind.SPEECH, r.metadata().kind());
        assertEquals(15, r.metadata().congress());
        assertEquals(4, r.metadata().session());
        assertEquals(LocalDate.of(2024, 1, 12), r.metadata().date());
        assertEquals("周振华", r.metadata().speaker());
        assertEquals("610300", r.metadata().place().code(), "the subtitle names the congress");
        assertTrue(r.removals().isEmpty(), "the headline is not stripped: " + r.removals());
        // a delivery line that names what was delivered: ——2021年3月2日在……第六次会议上的报告
        Report named = ingest("江油市人民代表大会常务委员会工作报告\n——2021年3月2日在江油市第十八届人民代表大会第六次会议上的报告\n"
                + "各位代表：\n一年来，常委会依法履职。\n");
        assertEquals(LocalDate.of(2021, 3, 2), named.metadata().date());
        assertEquals(6, named.metadata().session());
        // a speech dated under its text: （2024年1月12日）
        Report under = ingest("在县十八届人大三次会议闭幕会上的讲话\n中共通渭县委书记　王　斌\n各位代表、同志们：\n"
                + "通渭县第十八届人民代表大会第三次会议圆满完成各项议程。\n（2024年1月12日）\n");
        assertEquals(LocalDate.of(2024, 1, 12), under.metadata().date());
    }

    @Test
    void aBadSidecarIsAOneLineError(@TempDir Path dir) throws Exception {
        Path seed = dir.resolve("a.txt");
        Files.writeString(seed, MIANYANG);
        Files.writeString(dir.resolve("a.yaml"), "title: 标题\ncolour: red\n");
        IngestException unknown = assertThrows(IngestException.class, () -> INGESTER.ingest(seed));
        assertTrue(unknown.getMessage().startsWith("a.yaml:2: unknown key 'colour'"), unknown.getMessage());

        Files.writeString(dir.resolve("a.yaml"), "title: [unclosed\nyear: 2023\n");
        IngestException invalid = assertThrows(IngestException.class, () -> INGESTER.ingest(seed));
        assertTrue(invalid.getMessage().startsWith("a.yaml:"), invalid.getMessage());
        assertTrue(invalid.getMessage().contains("not valid YAML"), invalid.getMessage());
        assertFalse(invalid.getMessage().contains("\n"));

        Files.writeString(dir.resolve("a.yaml"), "date: 2023-13-45\n");
        IngestException date = assertThrows(IngestException.class, () -> INGESTER.ingest(seed));
        assertTrue(date.getMessage().contains("YYYY-MM-DD"));
    }

    @Test
    void aFileWithoutReportTextIsRefused() {
        IngestException e = assertThrows(IngestException.class, () -> ingest("首页 | 新闻 | 联系我们\n电话：13800138000\n"));
        assertTrue(e.getMessage().startsWith("test.txt:1: no report text found"), e.getMessage());
        assertThrows(IngestException.class, () -> ingest("\n\n   \n"));
        IngestException title = assertThrows(IngestException.class,
                () -> ingest("首页 | 新闻\n\n安吉县人民代表大会常务委员会工作报告\n"));
        assertEquals("test.txt:3: the file has a title but no report text under it; check that the whole report was"
                + " copied", title.getMessage());
    }

    @Test
    void aPlaceNotInTheTableIsNamedOnlyIfItIsAName() throws Exception {
        Report r = ingest("县人民代表大会常务委员会工作报告\n——2023年1月10日在县第十七届人民代表大会第三次会议上\n各位代表：\n一年来依法履职。\n");
        assertTrue(r.warnings().stream().noneMatch(w -> w.contains("日在县")), r.warnings().toString());
        assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("place: the text does not say")), r.warnings().toString());
    }

    @Test
    void aSumuOfOneCharacterAndASubdistrictWhoseTextNamesItsDistrictWithItsCityArePlaced() throws Exception {
        Report sumu = ReportIngester.defaults().ingest("t.txt", ("辉苏木人民代表大会主席团工作报告\n"
                + "——2024年1月15日在辉苏木第十四届人民代表大会第四次会议上\n各位代表：\n在鄂温克族自治旗人大常委会的指导下，主席团依法履职。\n")
                .getBytes(StandardCharsets.UTF_8), Sidecar.empty());
        assertEquals("辉苏木", sumu.metadata().placeName());
        assertEquals("呼伦贝尔市", sumu.metadata().city());
        Report gudong = ReportIngester.defaults().ingest("t.txt", ("鼓楼区鼓东街道人大工委2023年工作报告\n"
                + "——2024年1月10日在鼓东街道人大代表和居民代表议事会议上\n各位代表：\n"
                + "2023年，街道人大工委在街道党工委的坚强领导和福州市鼓楼区人大常委会的精心指导下，依法履职。\n")
                .getBytes(StandardCharsets.UTF_8), Sidecar.empty());
        assertEquals("鼓楼区", gudong.metadata().placeName());
        assertEquals("福州市", gudong.metadata().city());
    }
}
