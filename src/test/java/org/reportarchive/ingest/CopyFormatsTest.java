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
import org.reportarchive.model.NoteKind;
import org.reportarchive.model.Heading;
import org.reportarchive.model.Paragraph;
import org.reportarchive.model.Removal;
import org.reportarchive.model.RemovalReason;
import org.reportarchive.model.Publication;
import org.reportarchive.model.Report;

/** Reports copied from places that print them in their own way: forums, mail systems, Markdown notes, raw HTML. */
class CopyFormatsTest {

    private static Report ingest(String text) throws IngestException {
        return ReportIngester.defaults().ingest("t.txt", text.getBytes(StandardCharsets.UTF_8), Sidecar.empty());
    }

    private static String text(Report r) {
        return String.join("\n", r.body().stream().map(Block::text).toList());
    }

    private static final String REPORT = "临夏市人民代表大会常务委员会工作报告\n——2016年1月12日在临夏市第十七届人民代表大会第五次会议上\n"
            + "市人大常委会主任　马正清\n各位代表：\n现在，我代表市人大常委会向大会报告工作，请予审议。\n"
            + "一年来，常委会依法履职，听取和审议专项工作报告十二个。\n";

    @Test
    void aConvertersAndANoteAppsMarksInMarkdownAreLayoutAndTheirNotesAreNotes() throws Exception {
        String pandoc = "::: {custom-style=\"Title\"}\n**宁波市鄞州区人民代表大会常务委员会工作报告**\n:::\n\n"
                + "::: {custom-style=\"Subtitle\"}\n——2023年1月10日在宁波市鄞州区第十九届人民代表大会第三次会议上\\\n"
                + "区人大常委会主任 [周朝晖]{.underline}\n:::\n\n各位代表：\n\n# []{#_Toc124312001 .anchor}一、2022年主要工作\n\n"
                + "全年开展执法检查4次、专题询问1次[^1]，代表满意率[99.4%]{.mark}。\n\n"
                + "[^1]: 专题询问：2022年9月，区人大常委会就生活垃圾分类工作开展专题询问。\n";
        Report r = ingest(pandoc);
        assertEquals("周朝晖", r.metadata().speaker());
        assertEquals(List.of("各位代表：", "一、2022年主要工作", "全年开展执法检查4次、专题询问1次，代表满意率99.4%。"),
                r.body().stream().map(Block::text).toList());
        assertEquals(1, r.footnotes().size());
        assertEquals("专题询问", r.footnotes().get(0).term());
        assertTrue(r.warnings().isEmpty(), r.warnings().toString());
        String obsidian = "---\ntitle: 监利县人大常委会工作报告 2018\n---\n# 监利县人民代表大会常务委员会工作报告\n"
                + "——2018年1月16日在监利县第十七届人民代表大会第三次会议上\n各位代表：\n"
                + "紧紧围绕[[监利县]]“建设长江经济带水乡生态城市”的目标，推动[[长江大保护|长江保护]]。 ==代表满意率97.4%==\n\n"
                + "%%以下数字与荆州日报报道不一致，引用前核对%%\n\n![图片](https://mmbiz.qpic.cn/a.jpg)\n[阅读原文](http://www.jianli.gov.cn/a.html)\n";
        Report o = ingest(obsidian);
        assertEquals(List.of("各位代表：", "紧紧围绕监利县“建设长江经济带水乡生态城市”的目标，推动长江保护。 代表满意率97.4%"),
                o.body().stream().map(Block::text).toList());
        assertTrue(o.removals().stream().anyMatch(x -> x.reason() == RemovalReason.COMMENTS
                && x.text().equals("%%以下数字与荆州日报报道不一致，引用前核对%%")), o.removals().toString());
        assertTrue(o.removals().stream().anyMatch(x -> x.text().contains("![…](…)")), "the post's picture: " + o.removals());
    }

    @Test
    void aNumberedHeadingALineBreakCutInTwoIsOneHeading() throws Exception {
        String page = "巴中市恩阳区人民代表大会常务委员会工作报告\n——2020年4月28日在巴中市恩阳区第二届人民代表大会第五次会议上\n"
                + "区人大常委会主任　王　斌\n\n　　各位代表：\n\n　　现在，我代表区人大常委会向大会报告工作，请予审议。\n\n"
                + "一、二〇一九年工作回顾\n\n（一）紧扣脱贫攻坚\n强化监督实效\n\n"
                + "　　常委会听取和审议脱贫攻坚工作情况报告，开展专题询问1次。\n\n"
                + "（二）发挥代表作用\n助推乡村振兴\n\n　　全区建成代表之家12个。\n\n";
        Report r = ingest(page);
        List<String> headings = r.body().stream().filter(b -> b instanceof Heading).map(Block::text).toList();
        assertEquals(List.of("一、二〇一九年工作回顾", "（一）紧扣脱贫攻坚强化监督实效", "（二）发挥代表作用助推乡村振兴"), headings);
        assertTrue(r.notes().stream().anyMatch(n -> n.kind() == NoteKind.COLUMN_BREAK
                && n.message().contains("紧扣脱贫攻坚｜强化监督实效")), r.notes().toString());
        // among whole headings, one over a short line of its own is whole; so is one over a list's items, or over a
        // line that ends a sentence
        Report whole = ingest(page + "（三）加强自身建设\n\n　　常委会深入开展主题教育。\n");
        assertEquals(List.of("一、二〇一九年工作回顾", "（一）紧扣脱贫攻坚", "强化监督实效", "（二）发挥代表作用", "助推乡村振兴",
                "（三）加强自身建设"), whole.body().stream().filter(b -> b instanceof Heading).map(Block::text).toList());
        Report list = ingest(page.replace("助推乡村振兴\n\n　　全区建成代表之家12个。", "城区公办学位扩容\n\n农村供水保障提升"));
        assertTrue(list.body().stream().anyMatch(b -> b.text().equals("（二）发挥代表作用")), text(list));
        Report stopped = ingest(page + "（三）加强自身建设\n全年修订制度6项。\n\n　　常委会深入开展主题教育。\n");
        assertTrue(text(stopped).contains("（三）加强自身建设\n全年修订制度6项。"), text(stopped));
    }

    @Test
    void aGlossaryNumberedInChineseIsReadAndASectionWithoutEntriesStaysText() throws Exception {
        Report r = ingest(REPORT + "名詞解釋\n一、「兩創」：指創業富民、創新強省的總戰略。\n（二）代表聯絡站：指供人大代表接待選民的場所。\n");
        assertEquals(List.of("1", "2"), r.footnotes().stream().map(f -> f.label()).toList());
        assertEquals(List.of("「兩創」", "代表聯絡站"), r.footnotes().stream().map(f -> f.term()).toList());
        assertFalse(text(r).contains("名詞解釋"), text(r));
        // entries whose terms the text uses without marks miss no mark; one the others' marks pass by does
        assertTrue(r.warnings().stream().noneMatch(w -> w.contains("no marker")), r.warnings().toString());
        Report marked = ingest(REPORT.replace("十二个。", "十二个①，推进“两创”。") + "名词解释\n①代表之家：代表活动的场所。\n②“两创”：创业富民、创新强省。\n");
        assertEquals(List.of("line 9: glossary entry 2 has no marker in the text"),
                marked.warnings().stream().filter(w -> w.contains("no marker")).toList());
        // a note's heading over points that are no entries: the heading and the points are the text's, none lost
        Report points = ingest(REPORT + "注：\n一是本报告数据截至2015年12月底。\n二是部分数据为快报数。\n");
        assertTrue(points.footnotes().isEmpty(), points.footnotes().toString());
        assertTrue(text(points).endsWith("注：\n一是本报告数据截至2015年12月底。\n二是部分数据为快报数。"), text(points));
    }

    @Test
    void aGlossarysTermsAreSetApartByBracketsDashesWideSpacesOrTheirOwnLine() throws Exception {
        String text = "一年来，常委会推进“家、站、点”建设、“三变”改革和立法“双组长”制，设立基层立法联系点，推行“清单式”监督。\n";
        Report r = ingest(REPORT + text + "相关名词\n【“家、站、点”】指人大代表之家、联络站、联系点。\n"
                + "“三变”改革——指资源变资产、资金变股金、农民变股东。\n");
        assertEquals(List.of("“家、站、点”", "“三变”改革"), r.footnotes().stream().map(f -> f.term()).toList());
        assertEquals("指资源变资产、资金变股金、农民变股东。", r.footnotes().get(1).definition());
        // a quoted term right before 是指, without a comma
        assertEquals(List.of("“三线一单”", "是指生态保护红线、环境质量底线、资源利用上线和生态环境准入清单。"),
                List.of(FootnoteSection.termAndDefinition("“三线一单”是指生态保护红线、环境质量底线、资源利用上线和生态环境准入清单。")));
        assertEquals("", FootnoteSection.termAndDefinition("这里是指生态保护红线等要求。")[0], "no quoted term, no term");
        Report numbered = ingest(REPORT + text + "名词解释\n①立法“双组长”制　指法规草案起草由两位分管领导共同担任组长。\n"
                + "②基层立法联系点，是指直接听取基层群众意见的平台。\n③“清单式”监督\n指对监督事项列出问题清单的监督方式。\n"
                + "（本文录自某县人大常委会办公室编《人大工作文件汇编（2008）》）\n本版责任编辑  周  敏\n");
        assertEquals(List.of("立法“双组长”制", "基层立法联系点", "“清单式”监督"),
                numbered.footnotes().stream().map(f -> f.term()).toList());
        assertEquals(List.of("指法规草案起草由两位分管领导共同担任组长。", "是指直接听取基层群众意见的平台。",
                "指对监督事项列出问题清单的监督方式。"), numbered.footnotes().stream().map(f -> f.definition()).toList());
        // where the text was taken from is the text's, not the last entry's; the page's editor is the page's
        assertTrue(text(numbered).endsWith("（本文录自某县人大常委会办公室编《人大工作文件汇编（2008）》）"), text(numbered));
        assertTrue(numbered.removals().stream().anyMatch(x -> x.text().equals("本版责任编辑  周  敏")),
                numbered.removals().toString());
        // a knowledge box of questions and answers is no glossary
        Report box = ingest(REPORT + text + "知识链接\n什么是全过程人民民主？\n全过程人民民主是社会主义民主政治的本质属性。\n");
        assertTrue(box.footnotes().isEmpty(), box.footnotes().toString());
        assertTrue(text(box).endsWith("什么是全过程人民民主？\n全过程人民民主是社会主义民主政治的本质属性。"), text(box));
    }

    @Test
    void aPostsDecorativeSectionNumbersOverItsHeadingsAreThePagesOrnament() throws Exception {
        String post = REPORT + "\n01\n\n一、坚持党的全面领导\n常委会严格执行重大事项请示报告制度。\n\n02\n\n"
                + "二、依法加强监督工作\n常委会听取审议专项工作报告12项。\n\nPART 03\n三、发挥代表作用\n代表提出建议86件。\n";
        Report r = ingest(post);
        assertEquals(List.of(8, 13, 18), r.removals().stream().filter(x -> x.reason() == RemovalReason.ORNAMENT)
                .map(Removal::line).toList());
        assertEquals(List.of("一、坚持党的全面领导", "二、依法加强监督工作", "三、发挥代表作用"),
                r.headings().stream().map(Heading::text).toList());
        // one alone, or numbers that are not their headings', are the text's
        Report one = ingest(REPORT + "\n01\n\n一、坚持党的全面领导\n常委会严格执行重大事项请示报告制度。\n");
        assertTrue(one.removals().stream().noneMatch(x -> x.reason() == RemovalReason.ORNAMENT), one.removals().toString());
        Report other = ingest(REPORT + "\n5\n\n一、坚持党的全面领导\n常委会执行报告制度。\n\n6\n\n二、依法加强监督工作\n常委会听取报告。\n");
        assertTrue(other.removals().stream().noneMatch(x -> x.reason() == RemovalReason.ORNAMENT), other.removals().toString());
        // a bare 1, 2 over 一、, 二、 may be a page's number, the page starting with its section
        Report pages = ingest(REPORT + "\n1\n\n一、坚持党的全面领导\n常委会执行报告制度。\n\n2\n\n二、依法加强监督工作\n常委会听取报告。\n");
        assertTrue(pages.removals().stream().noneMatch(x -> x.reason() == RemovalReason.ORNAMENT), pages.removals().toString());
    }

    @Test
    void theLinesOfABilingualCopysOtherLanguageAreSetApartAndItsChineseIsTheReport() throws Exception {
        // Uyghur line by line with the Chinese: the title block's lines too
        Report uyghur = ingest("قەشقەر شەھەرلىك خەلق قۇرۇلتىيى دائىمىي كومىتېتىنىڭ خىزمەت دوكلاتى\n"
                + "喀什市人民代表大会常务委员会工作报告\nشەھەرلىك خەلق قۇرۇلتىيى دائىمىي كومىتېتىنىڭ مۇدىرى  ئابلىمىت تۇرسۇن\n"
                + "市人大常委会主任  阿布力米提·吐尔逊\nھۆرمەتلىك ۋەكىللەر:\n各位代表：\n"
                + "بىرىنچى، 2018-يىلىدىكى ئاساسلىق خىزمەتلەر\n一、2018年主要工作\n"
                + "常委会全年召开会议9次，听取审议专项工作报告18个。\n"
                // a Chinese line that quotes a few words of the other language is the text's
                + "代表们用维吾尔语说“ياخشىمۇسىز”（你们好），表达了对常委会工作的支持。\n");
        assertEquals(List.of(1, 3, 5, 7), uyghur.removals().stream()
                .filter(x -> x.reason() == RemovalReason.OTHER_SCRIPT).map(Removal::line).toList());
        assertEquals("阿布力米提·吐尔逊", uyghur.metadata().speaker());
        assertEquals(List.of("一、2018年主要工作"), uyghur.headings().stream().map(Heading::text).toList());
        assertTrue(text(uyghur).contains("“ياخشىمۇسىز”（你们好）"), text(uyghur));
        // a Korean version after the Chinese one: its numbered lines are not headings; a name in brackets in it is its
        Report korean = ingest(REPORT + "一、2022年工作回顾\n常委会召开会议10次。\n"
                + "연길시인민대표대회 상무위원회 사업보고\n대표 여러분:\n1. 2022년 사업 회고\n"
                + "시인대상무위원회 주임 김철수(金哲洙)가 대회에 사업을 보고하오니 심의해주시기 바랍니다.\n");
        assertEquals(4, korean.removals().stream().filter(x -> x.reason() == RemovalReason.OTHER_SCRIPT).count());
        assertEquals(List.of("一、2022年工作回顾"), korean.headings().stream().map(Heading::text).toList());
        // a line that sets both languages' words side by side is read by its Chinese ones
        Report label = ingest(REPORT + "来源 مەنبە：临夏市人大常委会\n");
        assertTrue(label.removals().stream().noneMatch(x -> x.reason() == RemovalReason.OTHER_SCRIPT));
        // a copy mostly in another language is not read as Chinese with its lines taken off
        Report mostly = ingest(REPORT + "연길시인민대표대회 상무위원회 사업보고\n대표 여러분:\n지금 저는 보고합니다.\n"
                + "지난 한해 회의를 10차 소집하였습니다.\n감독사업을 진행하였습니다.\n인민대중과 련계하였습니다.\n"
                + "새로운 기여를 합시다!\n");
        assertTrue(mostly.removals().stream().noneMatch(x -> x.reason() == RemovalReason.OTHER_SCRIPT));
        // a Uyghur title over the Chinese one, and two sayings the text quotes in Uyghur: the title's set apart, the sayings stay
        Report sayings = ingest("قەشقەر شەھەرلىك خەلق قۇرۇلتىيى دائىمىي كومىتېتى\n喀什市人民代表大会常务委员会\n"
                + "قەشقەر شەھەرلىك خەلق قۇرۇلتىيى دائىمىي كومىتېتىنىڭ خىزمەت دوكلاتى\n" + REPORT
                + "常委会在全市建成代表联络站32个。\nخەلقنىڭ ئىشى — چوڭ ئىش\n这句话的意思是“群众的事就是大事”。\n"
                + "ئىتتىپاق بولساق كۈچلۈك بولىمىز\n意思是“团结起来力量大”。\n以上报告，请予审议。\n");
        assertEquals(List.of(1, 3), sayings.removals().stream().filter(x -> x.reason() == RemovalReason.OTHER_SCRIPT)
                .map(Removal::line).toList());
        // a bilingual site's banner above the text, a line of its own, is set apart too; a greeting the text quotes stays
        Report banner = ingest("延吉市人民代表大会常务委员会\n연길시인민대표대회 상무위원회\n首页 | 人大要闻 | 常委会工作 | 代表风采\n"
                + REPORT + "代表们用朝鲜语问候：\n안녕하십니까\n");
        assertEquals(List.of(2), banner.removals().stream().filter(x -> x.reason() == RemovalReason.OTHER_SCRIPT)
                .map(Removal::line).toList());
        assertTrue(banner.metadata().headerLines().stream().noneMatch(h -> h.startsWith("延吉")), banner.metadata().headerLines().toString());
    }

    @Test
    void superscriptNumbersMarkNotesThatHaveTheirNumbers() throws Exception {
        Report r = ingest(REPORT + "常委会服务海洋强省¹建设，开展“一法一条例”²执法检查，新建绿地120万m²。\n"
                + "注释\n¹海洋强省：指加快建设海洋强省的重大部署。\n²“一法一条例”：指海洋环境保护法和本省条例。\n");
        assertEquals(List.of("海洋强省", "“一法一条例”"), r.footnotes().stream().map(f -> f.term()).toList());
        Paragraph p = (Paragraph) r.body().get(r.body().size() - 1);
        assertEquals("常委会服务海洋强省建设，开展“一法一条例”执法检查，新建绿地120万m²。", p.text());
        assertEquals(List.of("1", "2"), p.footnoteRefs().stream().map(ref -> ref.label()).toList());
        // in a heading too, where the marker is no part of the heading's text
        Report h = ingest(REPORT + "（一）服务海洋强省¹建设\n常委会开展“一法一条例”²执法检查。\n（二）推进绿色发展\n"
                + "新建绿地120万m²。\n注释\n¹海洋强省：指加快建设海洋强省的重大部署。\n²“一法一条例”：指海洋环境保护法和本省条例。\n");
        Heading first = h.body().stream().filter(b -> b instanceof Heading).map(b -> (Heading) b).findFirst().orElseThrow();
        assertEquals("（一）服务海洋强省建设", first.text());
        assertEquals(List.of("1"), first.footnoteRefs().stream().map(ref -> ref.label()).toList());
        assertEquals("（一）服务海洋强省".length(), first.footnoteRefs().get(0).offset());
        assertTrue(h.warnings().stream().noneMatch(w -> w.contains("no marker")), h.warnings().toString());
        // a superscript after a year, under a note of another term, is the heading's own
        Report year = ingest(REPORT + "（一）2021年²以来的代表工作\n常委会开展“一法一条例”²执法检查。\n"
                + "注释\n¹海洋强省：指加快建设海洋强省的重大部署。\n²“一法一条例”：指海洋环境保护法和本省条例。\n");
        assertTrue(year.headings().stream().anyMatch(x -> x.text().equals("（一）2021年²以来的代表工作") && x.footnoteRefs().isEmpty()),
                year.headings().toString());
    }

    @Test
    void aBoxOfDefinitionsSetInTheTextIsTheGlossaryAndTheTextGoesOnAroundIt() throws Exception {
        String page = "鄂州市人民代表大会常务委员会工作报告\n——2016年1月16日在鄂州市第七届人民代表大会第五次会议上\n各位代表：\n"
                + "　　一、2015年主要工作\n　　常委会协调推进“四个全面”战略布局，推行“两个清单”制度。\n"
                + "■名词解释\n“四个全面”：全面建成小康社会、全面深化改革、全面依法治国、全面从严治党。\n"
                + "“两个清单”：问题清单和责任清单。\n　　常委会为全市人大代表建立履职档案。\n　　二、2016年主要任务\n"
                + "　　常委会将依法履职。\n";
        Report r = ingest(page);
        assertEquals(List.of("“四个全面”", "“两个清单”"), r.footnotes().stream().map(f -> f.term()).toList());
        assertEquals(List.of("各位代表：", "一、2015年主要工作", "常委会协调推进“四个全面”战略布局，推行“两个清单”制度。",
                "常委会为全市人大代表建立履职档案。", "二、2016年主要任务", "常委会将依法履职。"),
                r.body().stream().map(Block::text).toList());
        assertEquals(2, r.body().stream().filter(b -> b instanceof Heading h && h.level() == 1).count());
        assertTrue(r.notes().stream().anyMatch(n -> n.kind() == NoteKind.MOVED && n.blockId().equals(r.body().get(2).id())
                && n.message().contains("第6行至第8行")), r.notes().toString());
        // entries of two forms are no box the section reads whole: they stay where they are
        Report mixed = ingest(page.replace("“两个清单”：", "1.两个清单："));
        assertTrue(mixed.footnotes().isEmpty(), mixed.footnotes().toString());
        assertTrue(text(mixed).contains("“四个全面”：全面建成小康社会"), text(mixed));
    }

    @Test
    void aSessionTheReadingCannotReadIsLeftEmptyWithAWarning() throws Exception {
        Report r = ingest(REPORT.replace("第十七届人民代表大会第五次会议", "第十七届人民代表大会第伍次会议"));
        assertNull(r.metadata().session());
        assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("meeting: '——2016年1月12日在临夏市第十七届人民代表大会第伍次会议上'")),
                r.warnings().toString());
        // a council's meeting is no session: nothing is missing
        Report council = ingest(REPORT.replace("——2016年1月12日在临夏市第十七届人民代表大会第五次会议上",
                "（2016年1月12日临夏市第十七届人大常委会第三十次主任会议通过）"));
        assertTrue(council.warnings().stream().noneMatch(w -> w.startsWith("meeting:")), council.warnings().toString());
    }

    @Test
    void anIndentedFirstLineThatStopsInsideAClauseGoesOnWhateverTheColumnSeems() throws Exception {
        // (a PDF's column of 30: the first line of the first paragraph, justified wide, holds fewer characters)
        String pdf = "固原市人民代表大会常务委员会工作报告\n——2013年1月25日在固原市第三届人民代表大会第一次会议上\n"
                + "各位代表：\n　　我受固原市第二届人民代表大会常务委员会委托，向大\n"
                + "会报告过去五年的工作，请予审议。\n　　五年来，市人大常委会紧紧围绕建设开放富裕和谐美丽固原的目\n"
                + "标，共制定、修改规范性文件十六件，听取和审议专项工作报告七十\n八个，开展执法检查二十三次。\n"
                + "　　常委会把沿黄经济区建设作为监督重点，连续三年开展专题调研\n，推动城市带基础设施互联互通，督促解决群众反映的突出问题一百\n"
                + "余个。\n　　常委会坚持重大事项向代表通报制度，五年来办理代表建议一千\n"
                + "二百八十六件，代表对办理工作的满意率逐年提高。\n";
        Report r = ingest(pdf);
        assertEquals("我受固原市第二届人民代表大会常务委员会委托，向大会报告过去五年的工作，请予审议。", r.body().get(1).text());
        assertEquals(5, r.body().size(), text(r));
        // an indented first line that stops in a clause over an item's number is no paragraph the item goes on
        Report item = ingest(pdf.replace("　　常委会把沿黄经济区建设作为监督重点，连续三年开展专题调研\n，推动城市带基础设施互联互通，督促解决群众反映的突出问题一百\n余个。\n",
                "　　聚焦民生福祉，扎实推进民生实事监督\n一是听取审议民生实事项目实施情况的报告；\n二是开展养老服务条例执法检查。\n"));
        assertTrue(text(item).contains("聚焦民生福祉，扎实推进民生实事监督\n一是听取审议"), text(item));
        // a glossary's long line that stops in a word goes on, where no column tells the text's width; a short one that
        // ends its sentence is followed by a paragraph of the entry's own
        Report notes = ingest(REPORT + "名词解释\n〔1〕开放富裕和谐美丽宁夏：2012年自治区第十一次党代会提出的奋斗\n"
                + "目标，即建设开放宁夏、富裕宁夏、和谐宁夏、美丽宁夏。\n〔2〕沿黄经济区：指黄河两岸的经济区域。\n2010年列为国家重点开发区域。\n");
        assertEquals(List.of("2012年自治区第十一次党代会提出的奋斗目标，即建设开放宁夏、富裕宁夏、和谐宁夏、美丽宁夏。",
                "指黄河两岸的经济区域。\n2010年列为国家重点开发区域。"),
                notes.footnotes().stream().map(f -> f.definition()).toList());
    }

    @Test
    void aNumberInParenthesesRightAfterANotesTermIsItsMarker() throws Exception {
        Report r = ingest(REPORT + "常委会把全面推行河长制（1）作为监督重点，推行代表建议“三见面”（2）工作机制，落实第（1）项任务。\n"
                + "注释\n（1）河长制：由各级党政主要负责人担任河长的制度。\n（2）代表建议“三见面”：交办、督办、反馈三个环节与代表见面。\n");
        Paragraph p = (Paragraph) r.body().get(r.body().size() - 1);
        assertEquals("常委会把全面推行河长制作为监督重点，推行代表建议“三见面”工作机制，落实第（1）项任务。", p.text());
        assertEquals(List.of("1", "2"), p.footnoteRefs().stream().map(ref -> ref.label()).toList());
        assertTrue(r.warnings().stream().noneMatch(w -> w.contains("no marker")), r.warnings().toString());
    }

    @Test
    void referenceMarksAfterATermLinkTheNotesTheyLead() throws Exception {
        Report starred = ingest(REPORT + "常委会把推进“两型社会”*建设、落实“四化两型”**战略作为监督重点，审议5*8项目。\n附注：\n"
                + "*“两型社会”：资源节约型、环境友好型社会。\n**“四化两型”：新型工业化、农业现代化、新型城镇化、信息化。\n");
        assertEquals(List.of("“两型社会”", "“四化两型”"), starred.footnotes().stream().map(f -> f.term()).toList());
        Paragraph p = (Paragraph) starred.body().get(starred.body().size() - 1);
        assertEquals("常委会把推进“两型社会”建设、落实“四化两型”战略作为监督重点，审议5*8项目。", p.text());
        assertEquals(List.of("1", "2"), p.footnoteRefs().stream().map(ref -> ref.label()).toList());
        // each under the paragraph that uses its term
        Report under = ingest(REPORT + "　　围绕中关村科学城※建设，常委会开展专题调研。\n　　※中关村科学城：指以海淀区为主体的科技创新区域。\n"
                + "　　常委会推动街乡吹哨、部门报到※工作。\n　　※街乡吹哨、部门报到：指街道乡镇发现问题后“吹哨”的基层治理机制。\n");
        assertEquals(List.of("中关村科学城", "街乡吹哨、部门报到"), under.footnotes().stream().map(f -> f.term()).toList());
        assertEquals(List.of("围绕中关村科学城建设，常委会开展专题调研。", "常委会推动街乡吹哨、部门报到工作。"),
                under.body().subList(under.body().size() - 2, under.body().size()).stream().map(Block::text).toList());
        assertEquals(List.of("1"), ((Paragraph) under.body().get(under.body().size() - 2)).footnoteRefs().stream()
                .map(ref -> ref.label()).toList());
    }

    @Test
    void linesThatLookLikeNotesButAreTheTextsStayInTheText() throws Exception {
        String head = "某县人民代表大会常务委员会工作报告\n——2024年1月10日在某县第十八届人民代表大会第四次会议上\n各位代表：\n";
        // a bullet without a colon is no definition, and a report with one is read
        Report bullet = ingest(head + "一、2023年工作回顾\n※【立法工作】常委会完成条例修订调研。\n※代表工作——全县建成代表联络站28个。\n"
                + "各位代表，让我们共同努力！\n");
        assertTrue(bullet.footnotes().isEmpty());
        assertTrue(text(bullet).contains("※【立法工作】常委会完成条例修订调研。"), text(bullet));
        // items under the sentence that names them, and under 注意事项：
        Report items = ingest(head + "常委会围绕生态立县、民生保障两个重点领域开展监督：\n※生态立县：推动解决问题23个。\n"
                + "※民生保障：督促落实项目12个。\n各位代表，让我们共同努力！\n注意事项：\n※生态立县：会后报送材料。\n");
        assertTrue(items.footnotes().isEmpty(), items.footnotes().toString());
        // a notes' heading over the text's own sections, a box of questions and answers
        Report sections = ingest(head + "代表提出建议128件。\n注：\n一、存在的问题\n少数承办单位重答复、轻落实。\n二、工作建议\n"
                + "健全督办机制。\n");
        assertTrue(sections.footnotes().isEmpty(), sections.footnotes().toString());
        assertEquals(2, sections.body().stream().filter(b -> b instanceof Heading).count(), text(sections));
        Report questions = ingest(head + "五年来，全区建成代表联络站15个。\n知识链接\n1.什么是人大代表联络站？\n"
                + "答：人大代表联络站是联系群众的平台。\n");
        assertTrue(questions.footnotes().isEmpty(), questions.footnotes().toString());
        // a box of numbered definitions in the text: the text goes on under it; a quotation under a heading alone
        Report box = ingest(head + "一、2023年主要工作\n常委会建立“立法协商+”工作机制。\n■名词解释\n"
                + "1.“立法协商+”：指在法规起草中同步征求意见的工作机制。\n常委会还开展了专题调研。\n二、2024年工作安排\n"
                + "常委会将依法履职。\n");
        assertEquals(List.of("“立法协商+”"), box.footnotes().stream().map(f -> f.term()).toList());
        assertTrue(text(box).endsWith("二、2024年工作安排\n常委会将依法履职。"), text(box));
        Report quote = ingest(head + "常委会践行全过程人民民主。\n名词解释\n习近平总书记指出：“全过程人民民主是社会主义民主政治的本质属性。”\n"
                + "常委会据此制定实施意见。\n");
        assertTrue(quote.footnotes().isEmpty(), quote.footnotes().toString());
        assertTrue(text(quote).contains("习近平总书记指出："), text(quote));
        // (the bare label stays a line of the text, no section of it that would take the report's headings down a level)
        assertTrue(quote.body().stream().noneMatch(b -> b instanceof Heading), quote.body().toString());
        // an attachment's list and a delivery line under the entries are the text's
        Report attached = ingest(head.replace("——2024年1月10日在某县第十八届人民代表大会第四次会议上\n", "")
                + "常委会推行“三同”工作机制。\n名词释义\n一、“三同”工作机制——指同调研、同起草、同修改。\n"
                + "附件：1.审议意见落实情况表\n2.代表建议办理情况统计表\n");
        assertEquals(1, attached.footnotes().size());
        assertTrue(text(attached).endsWith("附件：1.审议意见落实情况表\n2.代表建议办理情况统计表"), text(attached));
        Report delivered = ingest(head.replace("——2024年1月10日在某县第十八届人民代表大会第四次会议上\n", "")
                + "常委会围绕“入珠融湾”战略立法。\n名词解释\n1.“入珠融湾”：指全面融入大湾区的战略。\n"
                + "——2021年1月26日在某市第七届人民代表大会第六次会议上\n");
        assertEquals(LocalDate.of(2021, 1, 26), delivered.metadata().date());
        assertEquals(1, delivered.footnotes().size());
        // a table's notes under 注：, and the text's next section under them: the section is the text's
        Report tableNotes = ingest(head + "二、代表建议办理情况\n代表提出建议128件。\n类别\t件数\n城乡建设\t46\n注：\n"
                + "1.满意率为表示满意的件数占比。\n2.数据统计截至2022年11月30日。\n三、存在的问题\n一是少数承办单位重答复、轻落实。\n"
                + "四、2023年工作建议\n健全督办机制。\n");
        assertEquals(2, tableNotes.footnotes().size());
        assertTrue(text(tableNotes).endsWith("三、存在的问题\n一是少数承办单位重答复、轻落实。\n四、2023年工作建议\n健全督办机制。"),
                text(tableNotes));
        // a table's own mark after a word that ends with a note's term links nothing
        Report table = ingest(head + "工委建成代表联络站3个（见下表）。\n站点名称\t类别\n滨湖代表联络站*\t示范\n注：带*的为示范站。\n"
                + "名词解释\n1.代表联络站：指人大代表联系群众的平台。\n");
        assertTrue(text(table).contains("滨湖代表联络站*"), text(table));
    }

    @Test
    void definitionsLedByAReferenceMarkUnderTheTextAreTheReportsGlossary() throws Exception {
        String page = "鹤峰县人民代表大会常务委员会工作报告\n——2019年1月15日在鹤峰县第九届人民代表大会第四次会议上\n"
                + "县人大常委会主任　田　华\n　　各位代表：\n　　一年来，常委会推行“三张清单”制度，落实“代表接待日”。\n"
                + "　　各位代表，让我们携手奋进！\n\n"
                + "　　※“三张清单”：常委会年度监督工作的问题清单、任务清单和责任清单。\n\n"
                + "　　＊代表接待日：每月15日代表在联络站接待选民。\n";
        Report r = ingest(page);
        assertEquals(List.of("三张清单", "代表接待日"),
                r.footnotes().stream().map(f -> f.term().replaceAll("[“”]", "")).toList());
        assertEquals("常委会年度监督工作的问题清单、任务清单和责任清单。", r.footnotes().get(0).definition());
        assertEquals("各位代表，让我们携手奋进！", r.body().get(r.body().size() - 1).text());
        // a marked line whose term the text never uses is the text's own
        Report own = ingest(page.replace("落实“代表接待日”", "落实接待制度"));
        assertTrue(own.footnotes().isEmpty(), own.footnotes().toString());
        assertTrue(text(own).contains("※“三张清单”"), text(own));
    }

    @Test
    void notesUnderTheTextWithoutAHeadingAreNotesWhenTheTextLinksTheirMarkers() throws Exception {
        String xhtml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE html>\n<html xmlns:epub=\"http://www.idpf.org/2007/ops\">\n"
                + "<body>\n<section epub:type=\"chapter\">\n<h1>贵州省人民代表大会常务委员会工作报告</h1>\n"
                + "<p>——2018年1月25日在贵州省第十三届人民代表大会第一次会议上</p>\n<p>各位代表：</p>\n"
                + "<p>五年来，常委会紧紧围绕守底线、走新路、奔小康<a epub:type=\"noteref\" href=\"#fn1\"><sup>[1]</sup></a>，依法履职。</p>\n"
                + "<aside epub:type=\"footnote\" id=\"fn1\"><p><a href=\"#ref1\">[1]</a> 守底线、走新路、奔小康：守住发展和生态两条底线。</p></aside>\n"
                + "</section>\n</body>\n</html>\n";
        Report r = ingest(xhtml);
        assertEquals(List.of("各位代表：", "五年来，常委会紧紧围绕守底线、走新路、奔小康，依法履职。"),
                r.body().stream().map(Block::text).toList());
        assertEquals(1, r.footnotes().size());
        assertEquals("守底线、走新路、奔小康", r.footnotes().get(0).term());
        assertTrue(r.warnings().isEmpty(), r.warnings().toString());
        // a numbered line under the text whose number the text does not set after a word stays text
        Report list = ingest("某县人民代表大会常务委员会工作报告\n各位代表：\n今年重点做好以下工作：\n[1] 加强立法。\n[2] 加强监督。\n");
        assertEquals(List.of(), list.footnotes());
        assertEquals(4, list.body().size());
    }

    @Test
    void aSessionDocumentsHeaderOverOnePageIsThePagesAndTheSentenceItSplitIsJoined() throws Exception {
        Report r = ingest("秦州区人民代表大会常务委员会工作报告\n——2023年1月5日在天水市秦州区第十九届人民代表大会第三次会议上\n"
                + "各位代表：\n    （二）聚焦发展大局，监督工作更加有力。听取审议全区国民经济和社会\n"
                + "发展计划执行、财政预算执行和审计工作报告，对天水经济技术开发区社棠工\n\n                — 1 —\n"
                + "      秦州区第十九届人民代表大会第三次会议文件（3）\n\n业园、秦州苹果产业发展开展专题调研。\n");
        assertEquals(List.of("各位代表：", "（二）聚焦发展大局，监督工作更加有力。听取审议全区国民经济和社会发展计划执行、财政预算执行和"
                + "审计工作报告，对天水经济技术开发区社棠工业园、秦州苹果产业发展开展专题调研。"),
                r.body().stream().map(Block::text).toList());
        assertTrue(r.removals().stream().anyMatch(x -> x.reason() == RemovalReason.RUNNING_HEAD
                && x.text().equals("秦州区第十九届人民代表大会第三次会议文件（3）")), r.removals().toString());
    }

    @Test
    void aPdfsTextInLinesOfAPageIsReadParagraphByParagraphUnderItsSessionDocumentsHeader() throws Exception {
        String text = "岑溪市第十四届人民代表大会第四次会议文件之三                  2010年1月\n\n"
                + "          岑溪市人民代表大会常务委员会工作报告\n\n"
                + "        （2010年1月12日在岑溪市第十四届人民代表大会第四次会议上）\n"
                + "        岑溪市人大常委会主任　覃少华\n各位代表：\n"
                + "    我受岑溪市人民代表大会常务委员会委托，向大会报告工作，请予\n审议。\n"
                + "    一、2009年工作回顾\n"
                + "    2009年，市人大常委会在市委的领导下，以邓小平理论和“三\n"
                + "个代表”重要思想为指导，深入贯彻落实科学发展观，紧紧围绕应对国\n"
                + "际金融危机、保持经济平稳较快发展这一中心，依法行使职权，全年召\n"
                + "开常委会会议7次，听取审议专项工作报告16个，开展执法检查4次。\n"
                + "    （一）围绕扩内需保增长，加强对经济运行的监督。听取审议计划、\n"
                + "预算执行和审计工作报告，对重点项目建设开展视察，推动解决征地拆\n"
                + "迁等问题。\n";
        Report r = ingest(text);
        assertEquals(LocalDate.of(2010, 1, 12), r.metadata().date(), "the delivery line's day, not the header's month");
        assertEquals(List.of("各位代表：", "我受岑溪市人民代表大会常务委员会委托，向大会报告工作，请予审议。", "一、2009年工作回顾",
                "2009年，市人大常委会在市委的领导下，以邓小平理论和“三个代表”重要思想为指导，深入贯彻落实科学发展观，紧紧围绕应对国"
                        + "际金融危机、保持经济平稳较快发展这一中心，依法行使职权，全年召开常委会会议7次，听取审议专项工作报告16个，开展执法检查4次。",
                "（一）围绕扩内需保增长，加强对经济运行的监督。听取审议计划、预算执行和审计工作报告，对重点项目建设开展视察，推动解决征地拆迁等问题。"),
                r.body().stream().map(Block::text).toList(), "a page's lines, some narrower for their digits, are joined");
    }

    @Test
    void aWebPagesCharacterReferencesAreReadAsTheirCharactersAndListed() throws Exception {
        Report r = ingest(REPORT.replace("依法履职", "&ldquo;依法履职&rdquo;&nbsp;") + "R&D投入增长&#21313;%。\n");
        assertTrue(text(r).contains("“依法履职”"), text(r));
        assertTrue(text(r).contains("R&D投入增长十%"), "an ampersand in running text stays: " + text(r));
        List<String> restored = r.removals().stream().filter(x -> x.reason() == RemovalReason.MARKUP)
                .map(x -> x.line() + " " + x.text()).toList();
        assertEquals(List.of("6 &ldquo;", "6 &rdquo;", "6 &nbsp;", "7 &#21313;"), restored);
    }

    @Test
    void aRegistersRowsAboveTheTitleAreNotItsTitleBlockAndRowsUnderRowsAreNotJoined() throws Exception {
        Report r = ingest("南平市人大常委会办公室收发文登记表（2017年2月）\n序号\t文件标题\t来文单位\t收文日期\t份数\n"
                + "16\t南平市第五届人民代表大会第二次会议日程\t大会秘书处\t2017-02-18\t120\n"
                + "17\t南平市人民代表大会常务委员会工作报告\t市人大常委会办公室\t2017-02-18\t650\n\n"
                + "南平市人民代表大会常务委员会工作报告\t\t\t\n——2017年2月20日在南平市第五届人民代表大会第二次会议上\n"
                + "南平市人大常委会主任　江文海\n\n各位代表：\n现在，我代表常委会向大会报告工作，请予审议。\n"
                + "拟办意见│请主任审阅后印发大会。\n领导批示│同意。　江文海　2.18\n办理结果│已印发650份，2017年2月18日\n");
        assertEquals("南平市人民代表大会常务委员会工作报告", r.metadata().title());
        assertEquals(LocalDate.of(2017, 2, 20), r.metadata().date(), "the delivery's day, not the register's");
        assertEquals("江文海", r.metadata().speaker());
        assertEquals("各位代表：", r.paragraphs().get(0).text());
        assertTrue(r.paragraphs().stream().anyMatch(p -> p.text().equals("领导批示│同意。　江文海　2.18")),
                "a row under a row is a line of its own: " + r.paragraphs());
    }

    @Test
    void aGroupChatsExportKeepsOnlyTheMessageThatHoldsTheDocument() throws Exception {
        String chat = "消息记录（此消息记录为文本格式，不支持重新导入）\n================================================================\n"
                + "消息对象:市人大常委会研究室工作群\n================================================================\n\n"
                + "2018-06-29 9:02:15 张立伟(386412907)\n各位，审议意见定稿如下，请大家再看一遍，下午报主任会议。\n\n"
                + "2018-06-29 9:02:41 张立伟(386412907)\n吉林市人大常委会关于市人民政府大气污染防治工作情况报告的审议意见\n"
                + "2018年6月27日，市第十六届人大常委会第十二次会议听取和审议了市人民政府的报告。\n一、总体评价\n"
                + "常委会组成人员认为，市人民政府高度重视大气污染防治工作。\n\n2018-06-29 9:05:07 刘颖(570213846)\n收到\n\n"
                + "2018-06-29 9:13:50 张立伟(386412907)\n@周宏博 好的，我改一下\n";
        Report r = ingest(chat);
        assertEquals("吉林市人大常委会关于市人民政府大气污染防治工作情况报告的审议意见", r.metadata().title());
        assertEquals(LocalDate.of(2018, 6, 27), r.metadata().date());
        assertEquals(16, r.metadata().congress());
        List<String> texts = r.paragraphs().stream().map(Paragraph::text).toList();
        assertEquals("常委会组成人员认为，市人民政府高度重视大气污染防治工作。", texts.get(texts.size() - 1), texts.toString());
        assertEquals(3, r.removals().stream().filter(x -> x.reason() == RemovalReason.COMMENTS).count(), "the others' messages");
        // without a message that holds a document, nothing is taken for the chat's
        Report talk = ingest("各位代表：\n2018-06-29 9:02:15 张立伟\n今天开会。\n2018-06-29 9:05:07 刘颖\n收到。\n"
                + "2018-06-29 9:06:07 李明\n好的。\n");
        assertTrue(talk.removals().stream().noneMatch(x -> x.reason() == RemovalReason.COMMENTS), talk.removals().toString());
    }

    @Test
    void aReportSentInPartsByTheSameSenderIsWholeUntilItCloses() throws Exception {
        String head = "消息记录（此消息记录为文本格式，不支持重新导入）\n================================================================\n"
                + "消息对象:县人大办材料组\n================================================================\n\n"
                + "2019-01-06 21:14:33 办公室-周明(1064235871)\n终稿分三段发，大家再过一遍。\n\n"
                + "2019-01-06 21:15:02 办公室-周明(1064235871)\n凤县人民代表大会常务委员会工作报告\n"
                + "——2019年1月9日在凤县第十八届人民代表大会第四次会议上\n各位代表：\n现在，我代表县人民代表大会常务委员会向大会报告工作，请予审议。\n"
                + "一、2018年主要工作\n（一）聚焦发展大局，监督推动经济稳中向好\n听取审议计划执行、预算执行和审计工作报告。\n\n"
                + "2019-01-06 21:15:20 研究室-孙红(2237718450)\n第一部分的数字我核对了。\n\n"
                + "2019-01-06 21:15:40 办公室-周明(1064235871)\n（二）聚焦民生福祉，监督推动解决群众关切\n听取审议县人民政府关于脱贫攻坚工作情况的报告。\n"
                + "各位代表，让我们在县委的坚强领导下，不忘初心，牢记使命，为建设富裕文明美丽和谐新凤县而努力奋斗！\n\n";
        Report r = ingest(head + "2019-01-06 21:23:10 办公室-周明(1064235871)\n"
                + "收到，定稿了。明早八点送印刷厂，封面和目录我来排，大家辛苦了，今晚早点休息，有问题随时在群里说一下就行。\n\n"
                + "2019-01-06 21:24:02 研究室-孙红(2237718450)\n好的[OK]\n");
        List<String> texts = r.paragraphs().stream().map(Paragraph::text).toList();
        assertTrue(texts.contains("听取审议县人民政府关于脱贫攻坚工作情况的报告。"), texts.toString());
        assertTrue(texts.get(texts.size() - 1).endsWith("而努力奋斗！"), texts.toString());
        assertTrue(texts.stream().noneMatch(t -> t.contains("核对") || t.contains("定稿")), texts.toString());
        // a resolution does not close with a call: the sender's own answer ends it, and their later notices are the chat's
        String resolution = head.replace("凤县人民代表大会常务委员会工作报告", "凤县人民代表大会常务委员会关于加强河道保护的决议")
                .replace("各位代表，让我们在县委的坚强领导下，不忘初心，牢记使命，为建设富裕文明美丽和谐新凤县而努力奋斗！\n",
                        "三、强化监督问责，确保决议落实。\n");
        Report notices = ingest(resolution + "2019-01-06 21:16:10 研究室-孙红(2237718450)\n收到\n\n"
                + "2019-01-06 21:16:40 办公室-周明(1064235871)\n好的\n\n2019-01-06 21:20:40 办公室-周明(1064235871)\n"
                + "另外通知一下，7月1日上午8点在县委大礼堂集中收看大会直播，机关全体党员参加，请统一着白衬衫，7点30分在机关一楼大厅集合。\n");
        List<String> kept = notices.paragraphs().stream().map(Paragraph::text).toList();
        assertEquals("三、强化监督问责，确保决议落实。", kept.get(kept.size() - 1), kept.toString());
        // a work app's export header over the chat is the export's
        Report exported = ingest("企业微信 · 聊天记录导出\n会话名称：县人大办材料组（8人）\n导出范围：2019-01-06 00:00 至 2019-01-06 23:59\n"
                + "导出人：周明　　导出时间：2019-01-07 09:12:44\n" + head.substring(head.indexOf("2019-01-06 21:14:33")));
        assertTrue(exported.removals().stream().anyMatch(x -> x.text().startsWith("会话名称：")), exported.removals().toString());
        assertEquals("凤县人民代表大会常务委员会工作报告", exported.metadata().title());
        // the sender's answer to someone it names first is no part, however long; a group's read counts are its own
        Report answer = ingest(resolution + "已读 21　　未读 3\n\n2019-01-06 21:16:10 研究室-孙红(2237718450)\n第三条要不要加时限？\n\n"
                + "2019-01-06 21:16:40 办公室-周明(1064235871)\n@研究室-孙红 不用加，决议草案经主任会议研究过，时限在县政府的实施方案里明确，"
                + "这里保持原文即可，具体的时限要求和责任分工等县政府的实施方案出来以后再在群里发给大家，谢谢。\n");
        List<String> answered = answer.paragraphs().stream().map(Paragraph::text).toList();
        assertEquals("三、强化监督问责，确保决议落实。", answered.get(answered.size() - 1), answered.toString());
        // a message that only says the next goes on (接上条) keeps the sender's next part, and is itself the sender's mark
        Report marked = ingest(head.replace("2019-01-06 21:15:40 办公室-周明(1064235871)\n",
                "2019-01-06 21:15:30 办公室-周明(1064235871)\n接上条\n\n2019-01-06 21:15:40 办公室-周明(1064235871)\n"));
        List<String> parts = marked.paragraphs().stream().map(Paragraph::text).toList();
        assertTrue(parts.get(parts.size() - 1).endsWith("而努力奋斗！"), parts.toString());
        assertTrue(parts.stream().noneMatch(t -> t.contains("接上条")), parts.toString());
        assertTrue(marked.removals().stream().anyMatch(x -> x.reason() == RemovalReason.CONTINUATION_MARK), marked.removals().toString());
    }

    @Test
    void anOnlineEditorsCommentsRevisionsAndStatusBarAreNotTheText() throws Exception {
        Report r = ingest("在宁波市海曙区第二届人民代表大会第六次会议闭幕会上的讲话\n区人大常委会主任　徐　海　峰\n（2026年1月18日）\n"
                + "各位代表，同志们：\n会议在区委的坚强领导下，圆满完成了各项议程。\n【批注 张敏：“即将”还是“今天就要”？跟去年统一一下】\n"
                + "现在，我宣布：宁波市海曙区第二届人民代表大会第六次会议闭幕！\n修订记录\nv1　王晓丽　1月12日 10:22　初稿\n评论（3）\n"
                + "张敏　1月15日 16:41\n“即将”还是“今天就要”？跟去年统一一下。\n字数：1286　　100%　　　　在腾讯文档中打开\n");
        List<String> texts = r.paragraphs().stream().map(Paragraph::text).toList();
        assertEquals("现在，我宣布：宁波市海曙区第二届人民代表大会第六次会议闭幕！", texts.get(texts.size() - 1), texts.toString());
        assertTrue(r.removals().stream().anyMatch(x -> x.reason() == RemovalReason.COMMENTS && x.text().startsWith("【批注")));
        assertTrue(texts.stream().noneMatch(t -> t.contains("跟去年统一")), "a comment's words, in the text or under it: " + texts);
    }

    @Test
    void aTablesCaptionIsNoHeading() throws Exception {
        Report r = ingest("宿迁市人民代表大会常务委员会工作报告\n各位代表：\n三、增强监督实效\n全年确定监督议题12项，主要议题见下表。\n"
                + "表1　2021年市人大常委会主要监督议题\n监督事项\t方式\t时间\n大运河文化带建设\t专题询问\t6月\n"
                + "常委会坚持跟踪问效，推动问题整改。\n");
        assertEquals(List.of("三、增强监督实效"), r.headings().stream().map(h -> h.text()).toList());
        assertTrue(r.paragraphs().stream().anyMatch(p -> p.text().equals("表1　2021年市人大常委会主要监督议题")));
        Report ruled = ingest("宿迁市人民代表大会常务委员会工作报告\n各位代表：\n三、增强监督实效\n全年确定监督议题12项。\n"
                + "│指标│计划目标│完成情况│\n│听取专项报告│16项│18项│\n常委会坚持跟踪问效。\n");
        assertEquals(List.of("三、增强监督实效"), ruled.headings().stream().map(h -> h.text()).toList(), "a table's head row is no heading");
    }

    @Test
    void smallFormsOfPunctuationAreReadAsTheMarksTheyStandForAndListed() throws Exception {
        Report r = ingest("珠海市香洲區人民代表大會常務委員會工作報告\n──2015年1月6日在珠海市香洲區第八屆人民代表大會第五次會議上\n"
                + "各位代表﹕\n現在，我代表區人大常委會向大會報告工作。\n2015年，常委會將重點做好以下工作﹕\n"
                + "（一）圍繞珠港澳合作，加強對口岸經濟的監督﹔\n（二）圍繞社會民生，開展專題詢問。\n");
        assertEquals("各位代表：", r.paragraphs().get(0).text(), "the salutation opens the text");
        assertTrue(r.headings().isEmpty(), "a list's item ending ﹔ is no heading: " + r.headings());
        assertEquals(List.of("3 ﹕", "5 ﹕", "6 ﹔"), r.removals().stream().filter(x -> x.reason() == RemovalReason.SMALL_FORM)
                .map(x -> x.line() + " " + x.text()).toList());
        assertTrue(r.removals().stream().noneMatch(Removal::strips), "nothing is stripped: " + r.removals());
    }

    @Test
    void aForumsRepliesUnderTheStartersPostAreNotTheReport() throws Exception {
        String thread = "临夏论坛 » 时政 » 【转帖】临夏市人民代表大会常务委员会工作报告\n河州老马\n楼主\n发表于 2016-1-13 08:30 | 只看该作者\n"
                + REPORT + "回复 举报\n花儿与少年\n沙发\n发表于 2016-1-13 09:01 | 只看该作者\n来源：临夏日报 这份报告写得好。\n"
                + "支持人大监督，盼望城区道路早日修好。\n回复 举报\n河州老马\n3楼\n发表于 2016-1-13 09:40 | 只看该作者\n"
                + "各位代表，让我们在市委的坚强领导下，为建设美好临夏而努力奋斗！\n";
        Report r = ingest(thread);
        assertFalse(text(r).contains("盼望城区道路"), text(r));
        assertTrue(text(r).contains("为建设美好临夏而努力奋斗"), "the starter's later post is the report's: " + text(r));
        assertEquals(List.of("花儿与少年", "沙发", "发表于 2016-1-13 09:01 | 只看该作者", "来源：临夏日报 这份报告写得好。",
                "支持人大监督，盼望城区道路早日修好。", "回复 举报"), r.removals().stream()
                .filter(x -> x.reason() == RemovalReason.FORUM_REPLY).map(x -> x.text()).toList());
        assertNull(r.metadata().publication() == null ? null : r.metadata().publication().source(),
                "a reply's 来源 is not the report's");
    }

    @Test
    void aBoardThatSetsTheAuthorOverAPostsFloorAndTimeHasReplies() throws Exception {
        String thread = "汶川在线论坛 » 时政热点 » 【转帖】汶川县人大常委会工作报告（全文）\n羌山红叶\n楼主  发表于 2009-3-2 21:14 | 只看该作者\n"
                + "汶川县人民代表大会常务委员会工作报告\n——2009年2月24日在汶川县第十六届人民代表大会第三次会议上\n各位代表：\n"
                + "现在，我代表县人大常委会向大会报告工作，请予审议。\n一年来，常委会全力投入抗震救灾。\n"
                + "回复 引用 TOP\n岷江水\n沙发  发表于 2009-3-2 22:01\n支持，灾后重建加油！\n回复 引用 TOP\n过客123\n"
                + "板凳  發表於 2009-3-3 08:15\n重建资金一定要管好用好。\n";
        Report r = ingest(thread);
        assertEquals(List.of("回复 引用 TOP", "岷江水", "沙发  发表于 2009-3-2 22:01", "支持，灾后重建加油！", "回复 引用 TOP", "过客123",
                "板凳  發表於 2009-3-3 08:15", "重建资金一定要管好用好。"), r.removals().stream()
                .filter(x -> x.reason() == RemovalReason.FORUM_REPLY).map(x -> x.text()).toList());
        assertTrue(text(r).endsWith("一年来，常委会全力投入抗震救灾。"), text(r));
        // the floor is no one's name: the post's day only
        assertNull(r.metadata().publication().source());
        assertEquals("2009-03-02", r.metadata().publication().date());
    }

    @Test
    void aBoardThatSetsAPostsFloorNameAndTimeApartBySpacesHasReplies() throws Exception {
        String thread = "庐江论坛 > 时政要闻 > 【转帖】县人大常委会主任在全县人大工作会议上的讲话\n"
                + "楼主　江淮行者　发表于 2010-04-12 21:07　只看该作者\n在全县人大工作会议上的讲话\n同志们：\n"
                + "这次全县人大工作会议，是经县委同意召开的一次重要会议。\n让我们开拓进取，扎实工作，作出新的贡献！\n"
                + "庐江县人大常委会主任　吴德胜\n2010年3月30日\n" + "-".repeat(40) + "\n沙发　老街坊　2010-04-12 21:45\n"
                + "写得实在，支持！\n板凳　巢湖人家　2010-04-13 08:12\n顶一下\n回复　引用　举报　顶部\n";
        Report r = ingest(thread);
        assertEquals(List.of("-".repeat(40), "沙发　老街坊　2010-04-12 21:45", "写得实在，支持！", "板凳　巢湖人家　2010-04-13 08:12",
                "顶一下", "回复　引用　举报　顶部"), r.removals().stream()
                .filter(x -> x.reason() == RemovalReason.FORUM_REPLY).map(x -> x.text()).toList());
        assertEquals("吴德胜", r.metadata().speaker(), "the signature is the text's last lines again");
        assertEquals(LocalDate.of(2010, 3, 30), r.metadata().date());
        // a traditional board whose starter's post is headed by its time alone, the buttons over the first reply
        Report trad = ingest("深港論壇 › 時事新聞 › 深圳人大\n發表於 2002-6-28 14:22\n"
                + "關於《深圳經濟特區物業管理條例（修訂草案）》的說明\n主任、各位副主任、秘書長、各位委員：\n"
                + "以上說明連同《修訂草案》，請予審議。\n回復　引用　TOP\n沙發　鵬城老王　2002-6-28 15:01\n終於要修了，支持！\n");
        assertEquals(List.of("回復　引用　TOP", "沙發　鵬城老王　2002-6-28 15:01", "終於要修了，支持！"), trad.removals().stream()
                .filter(x -> x.reason() == RemovalReason.FORUM_REPLY).map(x -> x.text()).toList());
        assertNull(trad.metadata().publication().source(), "發表於 is no account");
        assertEquals("2002-06-28", trad.metadata().publication().date());
        // the starter's floor with a colon (楼主：乡村老韩), and the reposter's note that the copy stops short
        Report colon = ingest("楼主：乡村老韩　发表于 2012-3-8 09:41　只看该作者\n出山镇人民代表大会主席团工作报告\n各位代表：\n"
                + "一年来，镇人大主席团依法履职。\n（原文太长，后面的部分没转完，需要的可以站内联系我）\n"
                + "2楼　云中鹤　发表于 2012-3-8 10:12\n学习了，写得很实在。\n3楼　老街坊　发表于 2012-3-8 11:30\n顶一个！\n");
        assertEquals(4, colon.removals().stream().filter(x -> x.reason() == RemovalReason.FORUM_REPLY).count(),
                colon.removals().toString());
        assertEquals("一年来，镇人大主席团依法履职。", text(colon).substring(text(colon).lastIndexOf('\n') + 1));
    }

    @Test
    void aCodeHostingSitesViewOfAMarkdownFileHasItsMetadataBlockUnderThePagesHeader() throws Exception {
        String md = "lihua / gov-docs\ngov-docs / linxia / 2016 / 工作报告.md\n---\ntitle: 临夏市人大常委会工作报告\n"
                + "doc_date: 2016-01-12\nsource: 临夏市人民政府网\n---\n\n# 临夏市人民代表大会常务委员会工作报告\n"
                + "> ——2016年1月12日在临夏市第十七届人民代表大会第五次会议上\n\n各位代表：\n现在，我代表市人大常委会向大会报告工作，请予审议。\n";
        Report r = ingest(md);
        assertEquals("临夏市人民代表大会常务委员会工作报告", r.metadata().title());
        assertEquals(LocalDate.of(2016, 1, 12), r.metadata().date());
        assertEquals(5, r.removals().stream().filter(x -> x.reason() == RemovalReason.COPY_METADATA).count(), r.removals().toString());
        // a block in TOML between +++ fences, and a site's comment box under the file
        Report toml = ingest(md.replace("---\ntitle: 临夏市人大常委会工作报告\ndoc_date: 2016-01-12\nsource: 临夏市人民政府网\n---\n",
                "+++\ntitle = \"临夏市人大常委会工作报告\"\ndate = 2016-01-12\nsource = \"临夏市人民政府网\"\n+++\n")
                + "评论 ( 0 )\n你可以在登录后，发表评论\n关于我们　加入我们　使用条款\n反馈　　Star 4　　Fork 1\n"
                + "Gitee - 基于 Git 的代码托管和研发协作平台\n");
        assertEquals(5, toml.removals().stream().filter(x -> x.reason() == RemovalReason.COPY_METADATA).count(), toml.removals().toString());
        assertTrue(text(toml).endsWith("请予审议。"), text(toml));
        // a rule and one key-like line further down are no metadata block
        Report rules = ingest("# 临夏市人民代表大会常务委员会工作报告\n各位代表：\n现在，我代表市人大常委会向大会报告工作，请予审议。\n---\n"
                + "注意: 以上数字为快报数。\n---\n");
        assertTrue(rules.removals().stream().noneMatch(x -> x.reason() == RemovalReason.COPY_METADATA), rules.removals().toString());
    }

    @Test
    void anOutlineAppsExportWhoseLinesAreAllItemsIsReadWithoutItsBullets() throws Exception {
        StringBuilder outline = new StringBuilder("石墨大纲\n最后编辑于 2015-03-02 21:10\n\n- 铜仁市碧江区人民代表大会常务委员会工作报告\n"
                + "  - ——2015年3月3日在碧江区第二届人民代表大会第五次会议上\n  - 各位代表：\n"
                + "    - 现在，我代表区人大常委会向大会报告工作，请予审议。\n  - 一、过去一年的主要工作\n");
        for (int i = 1; i <= 6; i++) {
            outline.append("    - 常委会第").append(i).append("项工作依法推进，听取和审议专项工作报告").append(i).append("个。\n");
        }
        outline.append("由石墨文档导出 · shimo.im\n");
        Report r = ingest(outline.toString());
        assertEquals("铜仁市碧江区人民代表大会常务委员会工作报告", r.metadata().title());
        assertEquals(LocalDate.of(2015, 3, 3), r.metadata().date());
        assertEquals("各位代表：", text(r).substring(0, text(r).indexOf('\n')));
        assertFalse(text(r).contains("- ") || text(r).contains("shimo"), text(r));
        assertTrue(r.removals().stream().anyMatch(x -> x.reason() == RemovalReason.MARKDOWN), r.removals().toString());
        // a report that lists a few items with bullets among its paragraphs keeps them as written
        Report listed = ingest("铜仁市碧江区人民代表大会常务委员会工作报告\n各位代表：\n一年来，常委会做了以下工作：\n- 听取专项报告6个；\n"
                + "- 开展执法检查3次；\n常委会依法履职，各项工作取得新进展。\n常委会加强自身建设，提高履职水平。\n");
        assertTrue(text(listed).contains("- 听取专项报告6个；"), text(listed));
    }

    @Test
    void aVideoPlatformsAccountOverItsCountersIsTheSourceAndItsTagsUnderTheTextAreThePages() throws Exception {
        String page = "快手　　搜索　　登录\n精选　发现　关注\n元氏人大\n3.2万粉丝 · 1.1万获赞　　＋关注\n"
                + "县人大常委会关于全县养老服务工作的调研报告\n2024-06-21 09:15 · 河北　　2.1万阅读\n\n"
                + "元氏县人大常委会关于全县养老服务工作的调研报告\n——2024年6月19日在元氏县第十七届人民代表大会常务委员会第十六次会议上\n"
                + "主任、各位副主任、各位委员：\n根据年度工作要点安排，县人大常委会组成调研组，对全县养老服务工作进行了调研。现将调研情况报告如下：\n"
                + "一、基本情况\n全县共有养老机构12家，床位1860张。\n以上报告，请予审议。\n#元氏人大 #养老服务 #调研\n"
                + "👍 120　　⭐ 收藏　　↗ 转发\n赞 120　　评论 8　　收藏 15　　分享 20\n";
        Report r = ingest(page);
        assertEquals("元氏人大", r.metadata().publication().source());
        assertTrue(text(r).endsWith("以上报告，请予审议。"), text(r));
        // a name over a line of counters is the account's only when it is no title
        Report titled = ingest(page.replace("元氏人大\n3.2万粉丝", "元氏县人大常委会关于全县养老服务工作的调研报告\n3.2万粉丝"));
        assertFalse("元氏县人大常委会关于全县养老服务工作的调研报告".equals(titled.metadata().publication().source()));
        // an account's name under its platform's, over a page without a title (a transcript): the account posted it
        Report card = ingest("视频号\n元氏人大\n直播回放｜县人大常委会第十六次会议\n#元氏人大 #常委会会议\n"
                + "主任、各位副主任、各位委员：\n根据年度工作要点安排，县人大常委会组成调研组，对全县养老服务工作进行了调研。\n");
        assertEquals("元氏人大", card.metadata().publication().source());
        assertTrue(card.removals().stream().anyMatch(x -> x.line() == 1), card.removals().toString());
        // a note's account over its follow button alone, and the note's headline over the document's whole title
        Report note = ingest("小红书　　发现　　发布\n元氏融媒\n关注\n元氏县十七届人大三次会议关于政府工作报告的决议来了📄\n"
                + "元氏县第十七届人民代表大会第三次会议关于政府工作报告的决议\n（2024年1月11日元氏县第十七届人民代表大会第三次会议通过）\n"
                + "元氏县第十七届人民代表大会第三次会议听取和审议了县长所作的政府工作报告。会议同意这个报告。\n");
        assertEquals("元氏融媒", note.metadata().publication().source());
        assertEquals("元氏县第十七届人民代表大会第三次会议关于政府工作报告的决议", note.metadata().title());
    }

    @Test
    void aMarkdownCopysMetadataQuotesAndBoldAreLayout() throws Exception {
        String md = "---\ntitle: 笔记\ndate: 2016-01-20 21:40\ntags: [人大]\n---\n# 临夏市人民代表大会常务委员会工作报告\n"
                + "> ——2016年1月12日在临夏市第十七届人民代表大会第五次会议上\n>\n> 市人大常委会主任　马正清\n\n**各位代表：**\n"
                + "现在，我代表市人大常委会向大会报告工作，请予审议。\n## **一、过去一年的工作**\n一年来，常委会依法履职。\n"
                + "*来源：临夏日报*\n";
        Report r = ingest(md);
        assertEquals(LocalDate.of(2016, 1, 12), r.metadata().date());
        assertEquals("马正清", r.metadata().speaker());
        assertEquals("各位代表：", r.body().get(0).text());
        assertEquals("临夏日报", r.metadata().publication().source());
        assertEquals(5, r.removals().stream().filter(x -> x.reason() == RemovalReason.COPY_METADATA).count());
        // a placeholder's stars are not bold
        assertEquals("**市人大常委会主任 **", MarkdownCopy.strip("**市人大常委会主任 **"));
        // a table's bars are layout: its rows are cells apart by tabs, the rule under its head goes
        Report table = ingest("# 临夏市人民代表大会常务委员会工作报告\n各位代表：\n一年来，常委会开展专项监督：\n| 监督事项 | 方式 |\n"
                + "|---|:---:|\n| 古城保护 | **专题询问** |\n");
        assertEquals(List.of("各位代表：", "一年来，常委会开展专项监督：", "监督事项\t方式", "古城保护\t专题询问"),
                table.body().stream().map(b -> b.text()).toList());
        assertEquals(1, table.removals().stream().filter(x -> x.text().equals("|---|:---:|")).count());
    }

    @Test
    void onlyTheAttachmentOfAForwardedMailIsTheReport() throws Exception {
        String mail = "主　　题：转发：临夏市人大常委会工作报告\n发 件 人：市人大常委会办公室\n正文：\n各位：\n现将报告转发给你们，请认真学习。\n"
                + "————————附件正文预览————————\n" + REPORT + "————————预览结束————————\n[回复]　[转发]　[打印]\n";
        Report r = ingest(mail);
        assertEquals("临夏市人民代表大会常务委员会工作报告", r.metadata().title());
        assertFalse(text(r).contains("请认真学习"), text(r));
        assertEquals(LocalDate.of(2016, 1, 12), r.metadata().date());
    }

    @Test
    void datesWrittenWithTheFirstMonthOrBesideTheLunarDay() throws Exception {
        assertEquals(LocalDate.of(2016, 1, 12), ingest(REPORT.replace("2016年1月12日", "二〇一六年元月十二日"))
                .metadata().date());
        Report lunar = ingest("临夏市第十七届人民代表大会第五次会议闭幕词\n（2016年1月14日　农历乙未年腊月初五）\n各位代表、同志们：\n"
                + "大会圆满完成了各项议程。\n");
        assertEquals(LocalDate.of(2016, 1, 14), lunar.metadata().date());
    }

    @Test
    void anEditorsNoteSaysWhoDeliveredTheReportAndOnTheDayOfWhichPlenary() throws Exception {
        Report r = ingest("【编者按】2016年1月12日，临夏市第十七届人民代表大会第五次会议举行第二次全体会议。市人大常委会主任马正清"
                + "受市人大常委会委托，向大会作常务委员会工作报告。现将报告全文刊发。\n临夏市人民代表大会常务委员会工作报告\n各位代表：\n"
                + "一年来，常委会依法履职。\n");
        assertEquals(LocalDate.of(2016, 1, 12), r.metadata().date());
        assertEquals("马正清", r.metadata().speaker());
        assertEquals("市人大常委会主任", r.metadata().office());
        // the day a session opened is not the report's
        Report opened = ingest("【编者按】2016年1月10日，临夏市第十七届人民代表大会第五次会议开幕并举行第一次全体会议。市人大常委会主任马正清"
                + "受市人大常委会委托，向大会作常务委员会工作报告。\n临夏市人民代表大会常务委员会工作报告\n各位代表：\n一年来，常委会依法履职。\n");
        assertNull(opened.metadata().date());
        assertEquals(2016, opened.metadata().year());
        // delivered 在会上: at the session the sentence before names, by the one the sentence names
        Report atIt = ingest("临夏市人民代表大会常务委员会工作报告\n编者按：1月10日，临夏市第十七届人民代表大会第五次会议开幕。"
                + "受市人大常委会主任委托，市人大常委会副主任李文华在会上作市人大常委会工作报告。\n各位代表：\n一年来，常委会依法履职。\n");
        assertEquals(17, atIt.metadata().congress());
        assertEquals(5, atIt.metadata().session());
        assertEquals("李文华", atIt.metadata().speaker());
        assertEquals("市人大常委会副主任", atIt.metadata().office());
        assertNull(atIt.metadata().date(), "the day it opened, without its year");
    }

    @Test
    void aNewsLeadThatIntroducesTheTextIsTheTitleBlocksAndSaysWhoDeliveredItWhereAndWhen() throws Exception {
        Report lead = ingest("天门日报 2023年2月20日 第2版\n天门市人民代表大会常务委员会工作报告（摘要）\n"
                + "本报讯　2月15日上午，天门市第十届人民代表大会第三次会议举行第二次全体会议，市人大常委会主任何新华代表市人大常委会"
                + "向大会作工作报告。现将报告摘要刊发如下：\n各位代表：\n一年来，常委会依法履职。\n");
        assertEquals("各位代表：\n一年来，常委会依法履职。", text(lead));
        assertEquals(LocalDate.of(2023, 2, 15), lead.metadata().date());
        assertEquals(3, lead.metadata().session());
        assertEquals("何新华", lead.metadata().speaker());
        Report heard = ingest("丽水市莲都区人大常委会工作报告（摘要）\n2023-02-03 07:45　来源：处州晚报　记者 叶　青\n"
                + "2月1日上午，莲都区第十八届人民代表大会第三次会议听取了区人大常委会主任王　伟所作的区人大常委会工作报告。以下为报告摘要：\n"
                + "过去一年，区人大常委会依法履职尽责。\n");
        assertEquals("过去一年，区人大常委会依法履职尽责。", text(heard));
        assertEquals("2023-02-03", heard.metadata().publication().date(), "the day the page was posted");
        assertEquals(LocalDate.of(2023, 2, 1), heard.metadata().date());
        assertEquals("王伟", heard.metadata().speaker());
        assertEquals("区人大常委会主任", heard.metadata().office());
        // a lead that names two reports: the committee's is the one the page prints
        Report two = ingest("江油市人民代表大会常务委员会工作报告\n本报讯　1月10日上午，江油市第十八届人民代表大会第四次会议举行第二次全体会议。"
                + "会议听取和审议了市人民政府市长张建军所作的政府工作报告、市人大常委会主任王梅所作的市人大常委会工作报告。现将报告摘要刊发如下：\n"
                + "各位代表：\n一年来，常委会依法履职。\n");
        assertEquals("王梅", two.metadata().speaker());
        // under the title block, a lead that says the text follows in full, or only reports the meeting, is the paper's
        for (String paper : List.of("本报讯　1月16日上午，曲靖市第四届人民代表大会第五次会议举行第二次全体会议，市人大常委会主任杨发荣向大会作常委会工作报告。全文如下：",
                "本报讯　2月9日，曲靖市第四届人民代表大会第五次会议举行第二次全体会议，听取市人大常委会工作报告。")) {
            Report under = ingest("曲靖市人民代表大会常务委员会工作报告\n（2016年1月16日在曲靖市第四届人民代表大会第五次会议上）\n"
                    + "曲靖市人大常委会主任　杨发荣\n" + paper + "\n各位代表：\n现在，我代表市人大常委会向大会报告工作，请予审议。\n");
            assertEquals("各位代表：", under.body().get(0).text(), paper);
        }
        // a document's own opening that says it sums up its opinions is its text
        Report own = ingest("安化县人民代表大会常务委员会关于县人民政府环境状况报告的审议意见\n"
                + "县第十八届人民代表大会常务委员会第十四次会议听取和审议了县人民政府关于环境状况的报告。现将审议意见摘要如下：\n"
                + "一、充分肯定取得的成效\n县人民政府认真履行环境保护职责。\n");
        assertTrue(text(own).startsWith("县第十八届"), text(own));
        assertEquals(18, own.metadata().congress(), "the meeting its undated opening names");
        assertEquals(14, own.metadata().session());
    }

    @Test
    void aDayAloneOverTheDeliveryLineIsTheDayOfPostingNotOfDelivery() throws Exception {
        for (String day : List.of("2024-01-18", "2024年1月18日")) {
            Report r = ingest("哈尔滨市人民代表大会常务委员会工作报告\n来源：哈尔滨日报\n" + day + "\n"
                    + "——2024年1月10日在哈尔滨市第十六届人民代表大会第四次会议上\n哈尔滨市人大常委会主任　杨　镇\n各位代表：\n"
                    + "一年来，常委会依法履职。\n");
            assertEquals(LocalDate.of(2024, 1, 10), r.metadata().date(), day);
            assertEquals(16, r.metadata().congress(), day);
            assertEquals(4, r.metadata().session(), day);
        }
        // a delivery line without its day: the day over it is not taken for it
        Report undated = ingest("哈尔滨市人民代表大会常务委员会工作报告\n2024-01-18\n"
                + "——在哈尔滨市第十六届人民代表大会第四次会议上\n各位代表：\n一年来，常委会依法履职。\n");
        assertNull(undated.metadata().date());
        assertEquals(4, undated.metadata().session());
        // a document's own date line right over a delivery line without one is its day
        Report split = ingest("黄冈市人民代表大会常务委员会工作报告\n2024年1月10日\n在黄冈市第六届人民代表大会第四次会议上\n"
                + "各位代表：\n一年来，常委会依法履职。\n");
        assertEquals(LocalDate.of(2024, 1, 10), split.metadata().date());
        assertEquals(4, split.metadata().session());
        // in brackets, a delivery line that names what was delivered
        Report bracketed = ingest("都江堰市人民代表大会常务委员会工作报告\n（2024年1月8日在都江堰市第十八届人民代表大会第四次会议上的报告）\n"
                + "各位代表：\n一年来，常委会依法履职。\n");
        assertEquals(LocalDate.of(2024, 1, 8), bracketed.metadata().date());
        // an account's name over the title is no speaker's, and a county named short and then in full is found
        Report account = ingest("金堂人大\n石柱县人民代表大会常务委员会工作报告\n——2024年1月10日在石柱土家族自治县第十八届人民代表大会第四次会议上\n"
                + "各位代表：\n一年来，常委会依法履职。\n");
        assertNull(account.metadata().speaker());
        assertEquals("500240", account.metadata().place().code());
        // a closing note that the text is printed whole, naming another document's 摘要, is no abridgement
        Report whole = ingest(REPORT + "（编者注：本报告全文刊发。报告附件《2024年立法计划摘要》另见本报第4版。）\n");
        assertFalse(whole.metadata().incomplete());
    }

    @Test
    void publicationLinesOfRecordsArchivesAndAccounts() {
        List<org.reportarchive.model.Removal> ui = new java.util.ArrayList<>();
        assertEquals("临夏日报", PublicationLine.parse(List.of(new org.reportarchive.model.Removal(3,
                RemovalReason.PUBLICATION, "出　　处：临夏日报，2016-01-15，第3版")), ui).source());
        assertNull(PublicationLine.parse(List.of(new org.reportarchive.model.Removal(3, RemovalReason.PUBLICATION,
                "作者：调研组　　来源：本站原创　　更新时间：2003-7-14")), ui).source(), "本站原创 names no source");
        assertEquals("临夏人大", PublicationLine.parse(List.of(new org.reportarchive.model.Removal(3,
                RemovalReason.PUBLICATION, "临夏人大　2024-01-16 17:42　来源：百家号")), ui).source());
        assertEquals("临夏日报", PublicationLine.parse(List.of(new org.reportarchive.model.Removal(1,
                RemovalReason.PUBLICATION, "临夏日报　数字报刊历史库")), ui).source());
        Publication dated = PublicationLine.parse(List.of(new org.reportarchive.model.Removal(8,
                RemovalReason.PUBLICATION, "（来源：大众日报 2008-01-28）")), ui);
        assertEquals("大众日报", dated.source());
        assertEquals("2008-01-28", dated.date());
        assertEquals("桂林市人大常委会办公室", PublicationLine.parse(List.of(new org.reportarchive.model.Removal(3,
                RemovalReason.PUBLICATION, "发布机构：桂林市人大常委会办公室\t发文日期：2021-02-05")), ui).source(),
                "a table's next cell is no part of the name");
    }

    @Test
    void whatLooksLikeTheseFormatsInAnOrdinaryReportIsItsText() throws Exception {
        // a rule over a report's own appendix, without a mail's headers above it
        Report appendix = ingest(REPORT + "——————附件正文——————\n2015年度听取审议报告一览表\n");
        assertEquals("临夏市人民代表大会常务委员会工作报告", appendix.metadata().title());
        assertTrue(text(appendix).contains("一览表"), text(appendix));
        // a glossary's 出处 under a term
        Report glossary = ingest(REPORT + "名词解释\n1.“两山”理念：绿水青山就是金山银山。\n出处：2005年8月15日在安吉县余村考察时提出。\n");
        assertTrue(glossary.removals().stream().noneMatch(x -> x.text().startsWith("出处")), glossary.removals().toString());
        // stars and quotation marks outside a Markdown copy, and a line break written as a reference
        Report plain = ingest(REPORT + "*注：数据为快报数。*\n> 以上为全文。\n请予审议。&#10;\n");
        assertTrue(text(plain).contains("*注：数据为快报数。*"), text(plain));
        assertTrue(text(plain).contains("> 以上为全文。"), text(plain));
        assertTrue(text(plain).contains("请予审议。&#10;"), text(plain));
        // a sentence that starts with a day and its lunar day is not a date line
        Report lunar = ingest(REPORT.replace("一年来，", "2016年1月5日农历冬月廿六，主任会议审议了本报告稿。一年来，"));
        assertEquals(LocalDate.of(2016, 1, 12), lunar.metadata().date());
        // who presided is not who spoke
        Report presided = ingest("临夏市第十七届人民代表大会第五次会议开幕词\n主持人：大会主席团常务主席　张三\n各位代表：\n"
                + "大会今天开幕了。\n");
        assertNull(presided.metadata().speaker());
    }

    @Test
    void aForumStartersLaterPostAndAMarkdownCopysMarksAreListed() throws Exception {
        String thread = "河州老马\n楼主\n发表于 2016-1-13 08:30 | 只看该作者\n" + REPORT + "回复 举报\n河州老马\n3楼\n"
                + "发表于 2016-1-13 09:40 | 只看该作者\n各位代表，让我们为建设美好临夏而努力奋斗！\n";
        Report r = ingest(thread);
        assertFalse(text(r).contains("3楼") || text(r).contains("河州老马") || text(r).contains("只看该作者"), text(r));
        assertEquals(LocalDate.of(2016, 1, 13).toString(), r.metadata().publication().date());
        Report md = ingest("# 临夏市人民代表大会常务委员会工作报告\n> ——2016年1月12日在临夏市第十七届人民代表大会第五次会议上\n"
                + "**各位代表：**\n一年来，常委会依法履职。\n");
        assertEquals(List.of("2 Markdown：>", "3 Markdown：**…**"), md.removals().stream()
                .filter(x -> x.reason() == RemovalReason.MARKDOWN).map(x -> x.line() + " " + x.text()).toList());
    }

    @Test
    void anEditorsNoteNamingSeveralReportsGivesTheCommitteesAndNotAVotesDay() throws Exception {
        String body = "临夏市人民代表大会常务委员会工作报告\n各位代表：\n一年来，常委会依法履职。\n";
        Report two = ingest("【编者按】2016年1月10日，临夏市第十七届人民代表大会第五次会议开幕，市人民政府市长王五受市人民政府委托，"
                + "向大会作政府工作报告，市人大常委会主任马正清受市人大常委会委托，向大会作常务委员会工作报告。\n" + body);
        assertEquals("马正清", two.metadata().speaker());
        Report vote = ingest("【编者按】2016年1月14日，临夏市第十七届人民代表大会第五次会议举行第三次全体会议，表决通过了关于市人大常委会"
                + "工作报告的决议。此前，市人大常委会主任马正清受市人大常委会委托，向大会作常务委员会工作报告。\n" + body);
        assertNull(vote.metadata().date());
    }

    @Test
    void aPrintableThreadsPostHeadersAreTheBoardsAndItsLaterPostsTheReplies() throws Exception {
        Report r = ingest("柳州论坛　→　时事评论　→　临夏市人大常委会工作报告\n共有215人关注过本帖　树形　打印\n--  作者：苗山人\n"
                + "--  发布时间：2006-3-12 20:15:33\n--  \n以下是引用广西人大网在2006-3-10 9:15:00的发言：\n" + REPORT
                + "--  作者：柳江水\n--  发布时间：2006-3-13 8:02:11\n--  \n以下是引用苗山人在2006-3-12 20:15:33的发言：\n"
                + "农村公路确实修好了不少，顶一个。\n");
        assertFalse(text(r).contains("顶一个"), text(r));
        assertEquals(5, r.removals().stream().filter(x -> x.reason() == RemovalReason.FORUM_REPLY).count());
        assertTrue(r.metadata().headerLines().stream().noneMatch(h -> h.startsWith("--") || h.startsWith("以下是引用")),
                r.metadata().headerLines().toString());
        assertEquals("2006-03-12", r.metadata().publication().date());
    }

    @Test
    void aPrintableThreadsStarterMayPostTheReportInPartsBeforeTheFirstReply() throws Exception {
        Report r = ingest("--  作者：临安古城\n--  发布时间：2012-1-14 22:03:41\n--  \n" + REPORT
                + "--  作者：临安古城\n--  发布时间：2012-1-14 22:06:17\n--  \n（接上帖）\n二、今后工作\n常委会将继续依法履职。\n"
                + "--  作者：燕子洞\n--  发布时间：2012-1-15 9:12:30\n--  \n转得好，支持！\n");
        assertTrue(text(r).contains("常委会将继续依法履职。"), text(r));
        assertFalse(text(r).contains("转得好"), text(r));
        assertFalse(text(r).contains("接上帖"), text(r));
        // a flow of steps set with spaced arrows, from no board's or site's name, is the text's
        Report flow = ingest(REPORT + "城乡社区　→　街道人大工委　→　区人大常委会　→　区政府相关部门\n常委会建立意见办理闭环机制。\n");
        assertTrue(text(flow).contains("城乡社区　→　街道人大工委"), text(flow));
    }

    @Test
    void aSessionsBulletinOnACountysSiteIsReadWithItsTitleSessionAndDayOfPosting() throws IngestException {
        Report r = ingest("""
                阿合奇县人民政府网
                首页 | 政务公开 | 人大工作
                当前位置：首页 > 人大工作 > 人大公告
                阿合奇县第十七届人民代表大会第四次会议公报
                2025年1月10日　　浏览：215
                阿合奇县第十七届人民代表大会第四次会议于2025年1月6日至8日在县城召开。会议应到代表150名，实到代表143名，符合法定人数。
                会议听取和审议了县人民政府工作报告、县人大常委会工作报告，批准了这些报告。
                会议号召，全县各族干部群众紧密团结，为建设社会主义新阿合奇而努力奋斗。
                主办：阿合奇县人民政府办公室　　新ICP备12003457号
                """);
        var m = r.metadata();
        assertEquals("阿合奇县第十七届人民代表大会第四次会议公报", m.title());
        assertEquals(17, m.congress());
        assertEquals(4, m.session());
        assertEquals("2025-01-10", m.publication().date());
        assertEquals("阿合奇县第十七届人民代表大会第四次会议于2025年1月6日至8日在县城召开。会议应到代表150名，实到代表143名，符合法定人数。",
                r.body().get(0).text());
        // a bulletin of an election, its opening clause over the list of those elected: the text's first lines
        Report elected = ingest("開平市第十六屆人民代表大會第四次會議公報（第2號）\n發佈時間：2024-01-22　　來源：開平市人大常委會\n"
                + "　　開平市第十六屆人民代表大會第四次會議於2024年1月20日選舉：\n　　關永強為開平市人民代表大會常務委員會副主任；\n"
                + "　　譚志鴻為開平市人民政府副市長。\n　　現予公告。\n");
        assertEquals("開平市第十六屆人民代表大會第四次會議於2024年1月20日選舉：", elected.body().get(0).text());
        // and a decision's clause that says what the meeting decided, under its adoption line
        Report decided = ingest("襄阳市樊城区人民代表大会常务委员会关于召开樊城区第十八届人民代表大会第一次临时会议的决定\n"
                + "（2023年9月20日樊城区第十八届人民代表大会常务委员会第十四次会议通过）\n樊城区第十八届人民代表大会常务委员会第十四次会议决定：\n"
                + "一、樊城区第十八届人民代表大会第一次临时会议于2023年9月28日召开。\n二、本决定自通过之日起施行。\n");
        assertEquals("樊城区第十八届人民代表大会常务委员会第十四次会议决定：", decided.body().get(0).text());
        assertEquals(14, decided.metadata().session());
        assertEquals("開平市第十六屆人民代表大會第四次會議公報（第2號）", elected.metadata().title());
    }

    @Test
    void aBoxThePapersEditorSetBetweenTwoItemsIsThePapersNotTheReports() throws IngestException {
        String head = "上饶市人民代表大会常务委员会工作报告\n——2021年2月3日在上饶市第五届人民代表大会第六次会议上\n各位代表：\n"
                + "一、2020年主要工作\n（一）扎实推进地方立法。制定地方性法规2件。\n（二）切实增强监督实效。听取审议专项工作报告18个。\n";
        Report r = ingest(head + "【新闻链接】\n什么是“全过程人民民主”？这是我国社会主义民主政治的本质属性。\n"
                + "（三）充分发挥代表作用。全市建成代表联络站300个。\n二、2021年主要任务\n围绕中心依法履职。\n");
        assertEquals(List.of("【新闻链接】", "什么是“全过程人民民主”？这是我国社会主义民主政治的本质属性。"),
                r.removals().stream().filter(x -> x.reason() == RemovalReason.EDITORS_BOX).map(Removal::text).toList());
        assertTrue(Copies.texts(r).contains("（三）充分发挥代表作用。全市建成代表联络站300个。"), Copies.texts(r).toString());
        // a box at a section's end, over the next section's heading: the box alone, not the next section's items
        Report end = ingest(head + "【延伸阅读】\n监督法自2007年1月1日起施行。\n二、2021年主要任务\n（一）加强立法。\n（二）加强监督。\n"
                + "（三）加强代表工作。\n");
        assertEquals(List.of("【延伸阅读】", "监督法自2007年1月1日起施行。"),
                end.removals().stream().filter(x -> x.reason() == RemovalReason.EDITORS_BOX).map(Removal::text).toList());
        assertTrue(Copies.texts(end).containsAll(List.of("二、2021年主要任务", "（一）加强立法。", "（二）加强监督。")),
                Copies.texts(end).toString());
        // a box's question over its answer is the box's
        Report asked = ingest(head + "【资料链接】\n什么是“人大代表议事会”？\n人大代表议事会是乡镇人大组织代表听取群众意见的平台。\n"
                + "（三）充分发挥代表作用。\n");
        assertEquals(3, asked.removals().stream().filter(x -> x.reason() == RemovalReason.EDITORS_BOX).count(), asked.removals().toString());
        // a label over more than a box's paragraph: the text's own paragraph may be among them, so nothing is taken
        Report own = ingest(head + "■链接\n北辰区是全市首批代表联络站建设示范区。\n常委会还组织代表开展集中视察活动。\n（三）充分发挥代表作用。\n");
        assertEquals(0, own.removals().stream().filter(x -> x.reason() == RemovalReason.EDITORS_BOX).count());
        Report longer = ingest(head + "■链接\n天水是全国重要的优质苹果产区。\n2022年，全市苹果产量达到185万吨。\n"
                + "同时，要加快培育新型农业经营主体。\n（三）充分发挥代表作用。\n");
        assertEquals(0, longer.removals().stream().filter(x -> x.reason() == RemovalReason.EDITORS_BOX).count());
        assertEquals(List.of(), longer.headings().stream().filter(h -> h.text().contains("链接")).toList(), "a box's label is no section");
        assertTrue(Copies.texts(longer).contains("同时，要加快培育新型农业经营主体。"), Copies.texts(longer).toString());
        // a label whose text the report does not go on from with its next item is left to the rest of the reading
        // (a label at the text's end, or over a list of the page's links and the text's next paragraph)
        Report open = ingest(head + "■链接\n什么是“全过程人民民主”？这是我国社会主义民主政治的本质属性。\n");
        assertEquals(0, open.removals().stream().filter(x -> x.reason() == RemovalReason.EDITORS_BOX).count());
        assertTrue(Copies.texts(open).contains("什么是“全过程人民民主”？这是我国社会主义民主政治的本质属性。"), Copies.texts(open).toString());
        Report links = ingest(head + "延伸阅读\n上饶市人大常委会召开第二十三次会议\n上饶市五届人大常委会第二十五次主任会议召开\n"
                + "常委会推行立法项目征集、论证和评估制度。\n（三）充分发挥代表作用。\n");
        assertEquals(0, links.removals().stream().filter(x -> x.reason() == RemovalReason.EDITORS_BOX).count());
        assertTrue(Copies.texts(links).contains("常委会推行立法项目征集、论证和评估制度。"), Copies.texts(links).toString());
    }
}
