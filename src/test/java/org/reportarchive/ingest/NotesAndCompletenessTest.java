package org.reportarchive.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.reportarchive.model.FootnoteRef;
import org.reportarchive.model.Heading;
import org.reportarchive.model.Kind;
import org.reportarchive.model.NoteKind;
import org.reportarchive.model.Removal;
import org.reportarchive.model.RemovalReason;
import org.reportarchive.model.Report;
import org.reportarchive.model.ReportMetadata;
import org.junit.jupiter.api.Test;

/** Notes whose markers stand after a sentence's stop or a quoted term, and the marks of a copy that is not whole. */
class NotesAndCompletenessTest {

    private static final String HEAD = "宜君县人民代表大会常务委员会工作报告\n——2019年1月8日在宜君县第十七届人民代表大会第三次会议上\n"
            + "各位代表：\n";

    @Test
    void aMarkerAfterASentencesStopIsANotesAndEndsNoSentenceOfItsOwn() throws Exception {
        Report r = Copies.ingest(HEAD + "常委会深化“双联系”活动。[2]\n常委会把立法工作摆在重要位置。\n一年来预算公开。①\n"
                + "常委会推行“三级联动”[1]工作机制。\n名词解释\n[1] 三级联动：县、乡、村三级联动开展代表活动。\n"
                + "[2] 双联系：常委会组成人员联系代表、代表联系群众。\n");
        assertEquals(List.of("2"), r.paragraphs().get(1).footnoteRefs().stream().map(FootnoteRef::label).toList());
        assertTrue(Copies.texts(r).contains("常委会把立法工作摆在重要位置。"), "no column break after the marker: " + Copies.texts(r));
        assertTrue(r.notes().stream().noneMatch(n -> n.kind() == NoteKind.COLUMN_BREAK), r.notes().toString());
        assertTrue(r.warnings().stream().noneMatch(w -> w.contains("entry 2 has no marker")), r.warnings().toString());
        // a marker after a stop ends the sentence; after a quoted term it does not
        assertTrue(HeadingRecognizer.endsSentence("一年来预算公开。③"));
        assertTrue(HeadingRecognizer.endsSentence("常委会深化“双联系”活动。[2]"));
        assertFalse(HeadingRecognizer.endsSentence("深化“民呼我应”①"));
        // a circled number after a stop mid-paragraph (a list's item) is the text's
        Report list = Copies.ingest(HEAD + "取得三方面成效。①立法质量提高；②监督实效增强。\n名词解释\n①立法质量：法规的质量。\n");
        assertTrue(list.paragraphs().get(1).footnoteRefs().isEmpty(), list.paragraphs().get(1).toString());
    }

    @Test
    void aReferenceMarkAfterAQuotedTermLinksToTheNoteOfTheBareTerm() throws Exception {
        Report r = Copies.ingest(HEAD + "一、助力法规制定实施\n常委会制定法规3件。\n二、深化“家站点”※建设\n全区建成家站点120个。\n"
                + "※家站点：人大代表之家、代表联络站和代表联系点的统称。\n");
        assertTrue(r.headings().stream().map(Heading::text).toList().contains("二、深化“家站点”建设"), r.headings().toString());
        assertEquals(1, r.footnotes().size());
    }

    @Test
    void anEditorsNoteThatTheSessionHeardTheCommitteesReportDatesIt() throws Exception {
        Report r = Copies.ingest("吉林市人大常委会工作报告（摘登）\n2015年01月24日 来源：江城日报\n"
                + "编者按：1月20日，吉林市第十五届人民代表大会第五次会议听取并审议了市人大常委会工作报告。现将报告主要内容摘登如下。\n"
                + "一、着力提高立法质量\n一年来，常委会制定条例3件。\n二、增强监督实效\n常委会听取专项工作报告12个。\n");
        assertEquals(LocalDate.of(2015, 1, 20), r.metadata().date());
        assertEquals(15, r.metadata().congress());
        assertEquals(5, r.metadata().session());
        // a paper's lead that names the session in its short form
        Report lead = Copies.ingest("柳州日报  2020年5月14日  第3版\n本报讯（记者  覃小兰）5月12日上午，市十四届人大五次会议举行第二次全体"
                + "会议。市人大常委会主任韦林海向大会作市人大常委会工作报告。以下为报告全文。\n柳州市人民代表大会常务委员会工作报告\n"
                + "各位代表：\n一年来，常委会依法履职。\n");
        assertTrue(lead.metadata().headerLines().stream().anyMatch(h -> h.startsWith("本报讯")), lead.metadata().headerLines().toString());
        assertEquals("韦林海", lead.metadata().speaker());
    }

    @Test
    void aPostsSecondPartAndADocumentSitesPreviewAreIncomplete() throws Exception {
        Report part = Copies.ingest("遵义市人大常委会工作报告之二\n发表于 2013-02-04 09:15 | 分类：人大工作\n（接上期）\n"
                + "三、坚持以人为本，着力发挥代表作用\n常委会健全组成人员联系代表制度。\n四、加强自身建设\n常委会完善议事规则。\n（全文完）\n");
        assertEquals("遵义市人大常委会工作报告之二", part.metadata().title(), "a title keeps its part's number");
        assertTrue(part.metadata().incomplete(), "from （接上期）");
        // a report of a series, whole, keeps its number and is whole
        Report series = Copies.ingest("岚皋县人大常委会关于全县农村饮水安全工作情况的调研报告之二\n——农村供水工程运行管护专题\n"
                + "县人大常委会：\n根据年度工作安排，调研组开展了专题调研。\n一、基本情况\n全县建成供水工程312处。\n二、存在的问题\n"
                + "管护责任落实不到位。\n三、意见建议\n明确管护主体。\n");
        assertTrue(series.metadata().title().endsWith("调研报告之二"), series.metadata().title());
        assertFalse(series.metadata().incomplete());
        Report preview = Copies.ingest(HEAD + "一、围绕中心，服务大局\n常委会听取和审议县政府的报告。\n"
                + "常委会组织部分代表视察农村饮水安全工程，要求县政府及有关部门\n还剩4页未读，继续阅读\n2下载券  1人已下载\n");
        assertTrue(preview.metadata().incomplete());
        assertTrue(preview.headings().stream().noneMatch(h -> h.text().contains("下载券")), preview.headings().toString());
        // a whole report that only speaks of a half year, or of parts, is whole
        Report whole = Copies.ingest("佛山市人大常委会2003年上半年工作情况报告\n各位代表：\n上半年，常委会依法履职。\n");
        assertFalse(whole.metadata().incomplete());
    }

    @Test
    void sectionsWhoseTextWasLeftOutAreHeadingsAndMarkTheTextIncomplete() throws Exception {
        Report r = Copies.ingest(HEAD + "一、认真开展执法检查，促进依法行政\n常委会对5部法律法规的实施情况进行了检查。\n"
                + "二、关于财政预算监督工作（略）\n三、关于人事任免工作（略）\n四、加强代表工作，发挥代表作用\n常委会组织代表视察4次。\n");
        assertEquals(List.of("一、认真开展执法检查，促进依法行政", "二、关于财政预算监督工作（略）", "三、关于人事任免工作（略）",
                "四、加强代表工作，发挥代表作用"), r.headings().stream().map(Heading::text).toList());
        assertTrue(r.metadata().incomplete());
        // an attachment the document itself leaves out is no omission of the copy, its list's items neither
        Report list = Copies.ingest(HEAD + "一、加强监督\n常委会听取报告12个。\n二、加强代表工作\n代表建议全部办结。\n"
                + "附件：1．2023年代表建议交办清单（略）\n2．2023年监督工作计划（略）\n3．2023年立法计划（略）\n");
        assertFalse(list.metadata().incomplete());
        assertEquals(2, list.headings().size(), list.headings().toString());
        // an attachment the document itself leaves out is no omission of the copy
        Report attached = Copies.ingest(HEAD + "一、加强监督\n常委会听取报告12个。\n二、加强代表工作\n代表建议全部办结。\n"
                + "附：2019年常委会会议主要议题安排（略）\n");
        assertFalse(attached.metadata().incomplete());
        // a word that ends in 略 is no omission: 发展战略
        assertFalse(EditorsNotes.endsInOmission("三、实施乡村振兴战略"));
    }


    @Test
    void theEditorsNotesUnderTheTextAreThePublicationsAndSayWhetherItIsAbridged() throws Exception {
        String text = "常委会组织代表开展专题调研23次。\n2010年，常委会将继续依法履职。\n";
        // in traditional characters: the abridged note and the editor's own note under it
        Report r = Copies.ingest(HEAD + text + "（有刪節）\n編者注：本文根據大會印發文本整理。\n");
        assertEquals("2010年，常委会将继续依法履职。", Copies.texts(r).get(Copies.texts(r).size() - 1));
        assertEquals(List.of(6, 7), r.removals().stream().filter(x -> x.reason() == RemovalReason.EDITOR_NOTE)
                .map(Removal::line).toList());
        assertTrue(r.metadata().incomplete());
        // an editor's note alone is the publication's too, and says nothing of the text's completeness
        Report own = Copies.ingest(HEAD + text + "（编者注：报告中的数据截至2009年12月底。）\n");
        assertEquals(1, Copies.count(own, RemovalReason.EDITOR_NOTE));
        assertFalse(own.metadata().incomplete());
        // where the whole text is, and how it was taken down
        Report taken = Copies.ingest(HEAD + text + "（根据录音整理，未经本人审阅）\n（全文详见市人大常委会门户网站）\n");
        assertEquals(2, Copies.count(taken, RemovalReason.EDITOR_NOTE));
        // a note inside the text, and the text's own bracketed last line, stay the text's
        Report inside = Copies.ingest(HEAD + "（有删节）\n" + text + "（2010年1月8日）\n");
        assertEquals(0, Copies.count(inside, RemovalReason.EDITOR_NOTE));
        assertTrue(ClosingNotes.isClosingNote("【编者按】以上为报告摘要。"));
        assertFalse(ClosingNotes.isClosingNote("（此项工作由市人大常委会办公室负责整理）"));
        assertFalse(ClosingNotes.isClosingNote("（全文完）"));
    }

    @Test
    void aReferenceMarksNoteUnderAParagraphIsReadInACopyWithNotesAtItsPagesFeet() throws Exception {
        Report r = Copies.ingest("关于全市人大代表“家站点”建设情况的调研报告\n宜昌市人大常委会代表工作委员会\n"
                + "市人大常委会代表工委对全市人大代表“家站点”※建设和运行情况进行了专题调研。现将调研情况报告如下。\n"
                + "※家站点：指人大代表之家、人大代表联络站和人大代表联络点。\n一、基本情况\n"
                + "各“家站点”普遍实行“周四接待日”①制度，一年来共接待群众1.2万人次。\n——————————\n"
                + "①周四接待日：指每周四由人大代表轮流到“家站点”接待群众。\n- 1 -\n二、主要做法\n"
                + "各地积极探索“双联系”②机制，全市常委会组成人员共联系代表860名。\n——————————\n"
                + "①周四接待日：指每周四由人大代表轮流到“家站点”接待群众。\n②“双联系”：指常委会组成人员联系人大代表、人大代表联系人民群众。\n"
                + "- 2 -\n");
        assertEquals(List.of("1", "2", "3"), r.footnotes().stream().map(f -> f.label()).toList());
        assertEquals("家站点", r.footnotes().get(2).term());
        assertEquals(List.of("3"), r.paragraphs().get(0).footnoteRefs().stream().map(FootnoteRef::label).toList());
        assertTrue(Copies.texts(r).stream().noneMatch(t -> t.startsWith("※")), Copies.texts(r).toString());
        assertTrue(r.warnings().stream().noneMatch(w -> w.contains("used twice")), r.warnings().toString());
    }

    @Test
    void aCopyThatBreaksOffInASentenceOrPointsToTheWholeIsIncomplete() throws Exception {
        String text = "一年来，常委会依法履职，各项工作取得新进展。\n";
        Report cut = Copies.ingest(HEAD + text + "（三）加强代表工作。深化代表联络站建设，健全常委会组成人员联系代表、代表联系人民群众制度，完善代表建议\n"
                + "【打印】【关闭】\n");
        assertTrue(cut.metadata().incomplete());
        assertTrue(cut.metadata().incompleteReason().contains("句子中间"), cut.metadata().incompleteReason());
        Report elsewhere = Copies.ingest(HEAD + text + "（全文见海门人大网“会议文件”专栏）\n");
        assertTrue(elsewhere.metadata().incomplete());
        assertTrue(elsewhere.metadata().incompleteReason().contains("全文见"), elsewhere.metadata().incompleteReason());
        // a report's own ends without a stop: a request, thanks, a signature's day
        for (String end : List.of("以上报告，请予审议", "各位代表，让我们携手奋进，谢谢大家", "市人大常委会办公室，2024年1月9日")) {
            assertFalse(Copies.ingest(HEAD + text + end + "\n").metadata().incomplete(), end);
        }
        // a short line without a stop, or a heading, is no sentence cut short
        assertFalse(Copies.ingest(HEAD + text + "附件：全市代表建议办理情况统计表\n").metadata().incomplete());
    }

    @Test
    void aSessionsDocumentPresentedInWritingNamesItsSession() throws Exception {
        Report r = Copies.ingest("柳州市第十六届人民代表大会第四次会议文件（书面）\n柳州市人民代表大会常务委员会工作报告\n（书面报告）\n"
                + "各位代表：\n一年来，常委会依法履职，各项工作取得新进展。\n");
        assertEquals(16, r.metadata().congress());
        assertEquals(4, r.metadata().session());
    }

    @Test
    void boxesOfOneDefinitionUnderTheirParagraphsAndABackgroundLinksDefinitionsAreNotes() throws Exception {
        Report boxes = Copies.ingest(HEAD + "常委会以“四个机关”建设为统领，全面推进各项工作。\n"
                + "【小知识】“四个机关”：政治机关、国家权力机关、工作机关、代表机关。\n常委会加强备案审查，做到有件必备、有备必审。\n"
                + "【小知識】備案審查：對規範性文件依法接受備案並進行審查的制度。\n各位代表，让我们凝心聚力、砥砺前行！\n");
        assertEquals(List.of("“四个机关”", "備案審查"), boxes.footnotes().stream().map(f -> f.term()).toList());
        assertTrue(Copies.texts(boxes).stream().noneMatch(t -> t.startsWith("【小知")), Copies.texts(boxes).toString());
        Report linked = Copies.ingest(HEAD + "常委会推进“一点一库一基地”建设，代表联络站实现全覆盖。\n背景链接\n"
                + "“一点一库一基地”：即基层立法联系点、立法专家库、立法研究基地。\n代表联络站：指供人大代表开展闭会期间活动的工作站。\n");
        assertEquals(2, linked.footnotes().size(), linked.footnotes().toString());
        // beside a box of definitions in the text
        Report both = Copies.ingest(HEAD + "常委会依托基层立法联系点广泛收集意见。\n【名词解释】\n基层立法联系点：听取基层群众对立法意见的工作平台。\n"
                + "常委会全面推行民生实事项目人大代表票决制，全年票决项目72个。\n【小知识】民生实事项目人大代表票决制：指由代表投票确定实施项目的制度。\n"
                + "各位代表，让我们团结奋进！\n");
        assertEquals(2, both.footnotes().size(), both.footnotes().toString());
        assertTrue(Copies.texts(both).stream().noneMatch(t -> t.startsWith("【小知识】")), Copies.texts(both).toString());
        // a box of background that defines nothing stays the text's
        Report background = Copies.ingest(HEAD + "常委会依法履职。\n背景链接\n2023年，全市人大代表共提出建议356件，已全部办结。\n");
        assertEquals(0, background.footnotes().size());
        assertTrue(Copies.texts(background).contains("2023年，全市人大代表共提出建议356件，已全部办结。"));
    }

    @Test
    void aLeadSayingWhoWasEntrustedToDeliverTheReportWithoutToTheSessionNamesTheSpeaker() throws Exception {
        Report r = Copies.ingest("石嘴山日报\n2024年01月10日　第02版　要闻\n石嘴山市人民代表大会常务委员会工作报告\n"
                + "1月8日上午，石嘴山市第十三届人民代表大会第四次会议举行第二次全体会议，市人大常委会主任马立新受市人大常委会委托作石嘴山市"
                + "人民代表大会常务委员会工作报告。现将报告全文刊发如下：\n各位代表：\n一年来，常委会依法履职。\n");
        assertEquals("马立新", r.metadata().speaker());
        assertEquals(LocalDate.of(2024, 1, 8), r.metadata().date());
        assertEquals(13, r.metadata().congress());
        assertEquals("2024-01-10", r.metadata().publication().date());
    }

    @Test
    void aLeadSayingTheSessionOpenedOnADayOfTheMonthAndWhoGaveTheReportGivesTheSpeakerSessionAndYear() throws Exception {
        String lead = "【大公報訊】記者李昌鴻深圳報道：深圳市第七屆人民代表大會第四次會議17日開幕，市人大常委會主任駱文智作常委會工作報告。"
                + "以下為報告摘要。\n";
        String page = "深圳市人大常委會工作報告（摘要）\n2023-01-18 08:30 大公報\n" + lead + "各位代表：\n"
                + "過去一年，常委會制定修改法規二十件。\n";
        Report r = Copies.ingest(page);
        assertEquals("駱文智", r.metadata().speaker());
        assertEquals("市人大常委會主任", r.metadata().office());
        assertEquals(7, r.metadata().congress());
        assertEquals(4, r.metadata().session());
        // the day the session opened is not said to be the report's: its year is, the 17th before the day it was posted
        assertNull(r.metadata().date());
        assertEquals(2023, r.metadata().year());
        // posted early in the next month, the 30th is the month before's; posted more than a week later, the day says no year
        Report early = Copies.ingest(page.replace("17日", "30日").replace("2023-01-18", "2023-02-02"));
        assertEquals(2023, early.metadata().year());
        Report late = Copies.ingest(page.replace("2023-01-18", "2023-01-28"));
        assertNull(late.metadata().year());
        // another body's report named so is not the committee's
        Report government = Copies.ingest(page.replace("市人大常委會主任駱文智作常委會工作報告", "市長覃偉中作政府工作報告"));
        assertNull(government.metadata().speaker());
    }

    @Test
    void notesNumbered注WithoutBracketsAfterTheirTermsAreReadOverTheirWrappedLines() throws Exception {
        Report r = Copies.ingest(HEAD + "一年来，常委会推动落实洱源县“三线一单”注1，全县水质稳定向好。\n"
                + "各级人大代表参与“挂包帮”注2工作2300余人次。\n"
                + "注1：“三线一单”：指生态保护红线、环境质量底线、资源利用上线\n和生态环境准入清单，是推进生态环境保护精细化管理\n的重要举措。\n"
                + "注2：“挂包帮”：指领导挂点、部门包村、干部帮户的定点挂钩\n扶贫工作机制。\n");
        assertEquals(2, r.footnotes().size(), r.footnotes().toString());
        assertTrue(r.footnotes().get(0).text().endsWith("的重要举措。"), r.footnotes().get(0).text());
        assertEquals(List.of("一年来，常委会推动落实洱源县“三线一单”，全县水质稳定向好。", "各级人大代表参与“挂包帮”工作2300余人次。"),
                Copies.texts(r).subList(1, 3));
        // 注 and a number in the text's own words, with no note of its term, stay
        Report own = Copies.ingest(HEAD + "表中数据来源见附注1所列文件。\n全年听取专项工作报告十二个。\n");
        assertTrue(Copies.texts(own).contains("表中数据来源见附注1所列文件。"), Copies.texts(own).toString());
    }

    @Test
    void aDefinitionLedByAnAsteriskAndASpaceBeforeItsQuotedTermIsANote() throws Exception {
        Report r = Copies.ingest(HEAD + "一年来，常委会围绕“两个率先”*依法履职。\n全年听取专项工作报告十二个。\n"
                + "* “两个率先”：指率先全面建成小康社会、率先基本实现现代化。\n");
        assertEquals(1, r.footnotes().size(), r.footnotes().toString());
        assertFalse(Copies.texts(r).stream().anyMatch(t -> t.contains("*")), Copies.texts(r).toString());
        assertEquals("全年听取专项工作报告十二个。", Copies.texts(r).get(Copies.texts(r).size() - 1));
    }

    @Test
    void aDefinitionLedByAnAsteriskAndASpaceBeforeAnUnquotedTermIsANoteWhereTheTextStarsTheTerm() throws Exception {
        Report r = Copies.ingest(HEAD + "一年来，常委会围绕“两个率先”*依法履职，持续推进双联系*工作。\n全年听取专项工作报告十二个。\n"
                + "* 两个率先：指率先全面建成小康社会、率先基本实现现代化。\n* 双联系：指常委会组成人员联系代表、代表联系群众。\n");
        assertEquals(List.of("两个率先", "双联系"), r.footnotes().stream().map(f -> f.term()).toList(), r.footnotes().toString());
        assertFalse(Copies.texts(r).stream().anyMatch(t -> t.contains("*")), Copies.texts(r).toString());
        // a list under the text whose items name words the text uses without a star is the text's own
        Report list = Copies.ingest(HEAD + "一年来，常委会围绕两个率先依法履职，持续推进双联系工作。\n今年重点抓好两项工作：\n"
                + "* 两个率先：继续推动各项任务落实。\n* 双联系：完善联系代表制度。\n");
        assertEquals(List.of(), list.footnotes());
        assertEquals("* 双联系：完善联系代表制度。", Copies.texts(list).get(Copies.texts(list).size() - 1));
        Report unstarred = Copies.ingest(HEAD + "一年来，常委会围绕两个率先依法履职，持续推进双联系工作。\n全年听取专项工作报告十二个。\n"
                + "* 两个率先：继续推动各项任务落实。\n* 双联系：完善联系代表制度。\n");
        assertEquals(List.of(), unstarred.footnotes());
    }

    @Test
    void aClosingNoteThatSaysWhenTheMeetingOfTheSpeechWasHeldDatesIt() throws Exception {
        String text = "做好乡镇人大工作\n各位领导、同志们：\n我就全区乡镇人大工作谈几点体会。\n让我们守正创新、担当作为！\n";
        Report r = Copies.ingest(text + "（本文系作者在全县乡镇人大工作座谈会上的发言，有删节，会议于2023年4月12日在县人大常委会召开）\n");
        assertEquals(java.time.LocalDate.of(2023, 4, 12), r.metadata().date());
        assertEquals(Kind.SPEECH, r.metadata().kind());
        Report held = Copies.ingest(text + "（本文系作者在全州乡镇人大工作座谈会上的讲话，座谈会于2019年8月29日举行）\n");
        assertEquals(java.time.LocalDate.of(2019, 8, 29), held.metadata().date());
        // a day in the note that is not when its meeting was held dates nothing
        Report printed = Copies.ingest(text + "（本文系作者在全县乡镇人大工作座谈会上的发言，有删节，会议材料于2023年4月1日印发）\n");
        assertNull(printed.metadata().date());
        // nor is the day another meeting the clause names was held
        Report other = Copies.ingest(text + "（本文系作者在纪念泾县人民代表大会成立70周年座谈会上的讲话，有删节，泾县第一届人民代表大会于"
                + "1954年7月21日在城关召开）\n");
        assertNull(other.metadata().date());
    }

    @Test
    void aLeadThatPrintsASpeechInFullNamesItsSpeakerAndDay() throws Exception {
        Report r = Copies.ingest("在遂宁市第八届人民代表大会第三次会议闭幕会上的讲话\n"
                + "1月19日下午，遂宁市第八届人民代表大会第三次会议胜利闭幕。市委书记王建出席闭幕会并讲话。以下为讲话全文：\n"
                + "各位代表，同志们：\n大会圆满完成了各项议程，就要闭幕了。\n");
        assertEquals("王建", r.metadata().speaker());
        assertEquals("市委书记", r.metadata().office());
        assertEquals(3, r.metadata().session());
        assertEquals(List.of("各位代表，同志们：", "大会圆满完成了各项议程，就要闭幕了。"), Copies.texts(r));
    }

    @Test
    void notesSetUnderTheirSectionsAfter注AreTheReportsNotes() throws Exception {
        Report r = Copies.ingest(HEAD + "一、基本情况\n全区建成区级“一点一库一基地”①平台1个。\n"
                + "注：①“一点一库一基地”：即基层立法联系点、立法咨询专家库、立法研究基地。\n二、主要做法\n全区均建成代表联络站②。\n"
                + "注：②代表联络站：在乡镇（街道）设立的供人大代表开展活动的工作站。\n三、意见建议\n推动站点长效运行。\n");
        assertEquals(2, r.footnotes().size(), r.footnotes().toString());
        assertEquals(List.of("1"), r.paragraphs().get(1).footnoteRefs().stream().map(FootnoteRef::label).toList());
        assertTrue(Copies.texts(r).stream().noneMatch(t -> t.startsWith("注：")), Copies.texts(r).toString());
        // two notes under one section, the second on a line of its own, and the last section's note over numbered lines
        Report two = Copies.ingest(HEAD + "一、基本情况\n各地坚持“一村一品”①发展思路，“两茶”②融合发展。\n"
                + "注：①“一村一品”：指以村为单位发展特色产业。\n②“两茶”：指茶叶产业和茶旅融合产业。\n二、主要做法\n"
                + "深入开展“四在农家·美丽乡村”③创建。\n注：③“四在农家·美丽乡村”：指新农村建设活动。\n三、意见建议\n"
                + "（一）延伸产业链条。引进加工企业。\n（二）做强区域品牌。加大宣传推介力度。\n");
        assertEquals(3, two.footnotes().size(), two.footnotes().toString());
        assertTrue(Copies.texts(two).contains("（二）做强区域品牌。加大宣传推介力度。"), Copies.texts(two).toString());
        // a note whose number no line above it marks is the text's, and so are the others
        Report unmarked = Copies.ingest(HEAD + "全区建成平台1个。\n注：①以上数据截至2023年6月底。\n推动站点长效运行。\n");
        assertTrue(Copies.texts(unmarked).contains("注：①以上数据截至2023年6月底。"), Copies.texts(unmarked).toString());
    }

    @Test
    void aJournalsSpeechIsReadFromItsClosingNoteAndItsPagesHeadsAndCallsAreTheJournals() throws Exception {
        Report r = Copies.ingest("《人民之声》2024年第5期　　　　　　　　履职实践\n以高质量监督助推高质量发展\n各位委员，同志们：\n"
                + "本次常委会会议听取和审议了市人民政府关于全市先进制造业发展情况的报告，会议开得很成功。\n"
                + "一是要紧扣中心大局谋划监督工作。\n48　人民之声　2024.5\n人民之声　2024.5　49\n二是要坚持问题导向增强监督刚性。\n"
                + "同志们，让我们奋发有为、担当实干！\n（本文系保定市人大常委会主任赵文军2024年3月28日在市十六届人大常委会第十二次会议闭会时的讲话，有删节）\n"
                + "欢迎订阅2024年《人民之声》杂志　邮发代号：18-45\n");
        assertEquals(Kind.SPEECH, r.metadata().kind());
        assertEquals("赵文军", r.metadata().speaker());
        assertEquals(LocalDate.of(2024, 3, 28), r.metadata().date());
        assertEquals("人民之声", r.metadata().publication().source());
        assertTrue(r.metadata().incomplete());
        assertEquals("同志们，让我们奋发有为、担当实干！", Copies.texts(r).get(Copies.texts(r).size() - 1));
        assertEquals(2, Copies.count(r, RemovalReason.RUNNING_HEAD));
        assertEquals("保定市", r.metadata().placeName());
        // a journal's headline right under its line, over the text without a salutation, is the title too
        Report essay = Copies.ingest("《吉林人大》2023年第5期　　　　　　理论\n以担当作为推动县级人大工作提质增效\n"
                + "今年以来，延吉市人大常委会认真学习贯彻州人大常委会的部署。\n一、把握政治方向是根本\n县级人大必须始终坚持党的全面领导。\n");
        assertEquals("以担当作为推动县级人大工作提质增效", essay.metadata().title());
        assertTrue(essay.headings().stream().noneMatch(h -> h.text().startsWith("以担当")), essay.headings().toString());
        // the headline alone over the salutation is the title; the note's meeting is the meeting
        assertEquals("以高质量监督助推高质量发展", r.metadata().title());
        assertEquals(16, r.metadata().congress());
        assertEquals(12, r.metadata().session());
        assertEquals(ReportMetadata.STANDING_COMMITTEE, r.metadata().meeting());
    }

    @Test
    void aJournalsBylineWithItsMarkNamesTheSpeakerUnderTheHeadline() throws Exception {
        String speech = "《楚天主人》2024年第3期　　　　　　　　履职视点\n聚焦中心大局　做实人大监督\n□ 李国强\n各位委员，同志们：\n"
                + "本次常委会会议听取和审议了市人民政府关于全市优化营商环境工作情况的报告，会议开得很成功。\n"
                + "同志们，让我们在市委的坚强领导下，担当实干，奋发有为！\n"
                + "（本文系荆州市人大常委会主任李国强2024年2月27日在市七届人大常委会第十五次会议闭会时的讲话，有删节）\n";
        for (String mark : List.of("□ ", "■", "◎", "")) {
            Report r = Copies.ingest(speech.replace("□ ", mark));
            assertEquals("聚焦中心大局　做实人大监督", r.metadata().title(), mark);
            assertEquals("李国强", r.metadata().speaker(), mark);
            assertEquals("荆州市人大常委会主任", r.metadata().office(), mark); // the note's office of the same name
            assertEquals(7, r.metadata().congress(), mark);
            assertEquals(15, r.metadata().session(), mark);
            assertEquals("各位委员，同志们：", Copies.texts(r).get(0), mark);
            // the byline is shown as the page printed it, mark and all
            assertTrue(r.metadata().headerLines().contains(mark + "李国强"), r.metadata().headerLines().toString());
        }
        // a note of another year does not give this text its meeting
        Report other = Copies.ingest(speech.replace("□ 李国强\n", "（2024年2月27日）\n□ 李国强\n").replace("2024年2月27日在",
                "2022年2月27日在"));
        assertEquals(LocalDate.of(2024, 2, 27), other.metadata().date());
        assertNull(other.metadata().session());
    }

    @Test
    void closingNotesWithAClauseAfterTheirWordAboutTheAuthorOrWithoutADay() throws Exception {
        String speech = "在全州乡镇人大工作座谈会上的讲话\n同志们：\n今天召开座谈会，主要任务是总结交流经验。\n"
                + "同志们，让我们奋力开创乡镇人大工作新局面！\n";
        for (String note : List.of("（本文系作者在全州乡镇人大工作座谈会上的讲话，有删节，会议于2019年8月29日在雷山县召开）",
                "（本文系作者在全州乡镇人大工作座谈会上的讲话，有删节。作者系州人大常委会主任）")) {
            Report r = Copies.ingest(speech.replace("在全州乡镇人大工作座谈会上的讲话", "做好新时代乡镇人大工作") + note + "\n");
            assertEquals(1, Copies.count(r, RemovalReason.EDITOR_NOTE), note);
            assertTrue(r.metadata().incomplete(), note);
            assertEquals(Kind.SPEECH, r.metadata().kind(), "an undated note that says it is a speech: " + note);
            assertEquals("同志们，让我们奋力开创乡镇人大工作新局面！", Copies.texts(r).get(Copies.texts(r).size() - 1));
        }
        // a note on who the author is is the editor's, and says nothing of the text's completeness
        Report author = Copies.ingest(speech + "（作者系沙河口区春柳街道春柳社区党委书记）\n");
        assertEquals(1, Copies.count(author, RemovalReason.EDITOR_NOTE));
        assertFalse(author.metadata().incomplete());
        // a note about a text on a speech says it is no speech; nor does a meeting named as a time make the text's meeting
        Report essay = Copies.ingest("践行全过程人民民主的几点体会\n一年来，我认真学习，深刻领会乡镇人大工作的新要求。\n"
                + "（本文系作者学习州委书记在全州人大工作会议上的讲话精神的心得体会）\n");
        assertEquals(Kind.OTHER, essay.metadata().kind());
        Report later = Copies.ingest(speech + "（本文系州人大常委会主任李明2023年6月2日在州五届人大常委会第九次会议闭会后召开的座谈会上的讲话，有删节）\n");
        assertNull(later.metadata().session());
        assertEquals(LocalDate.of(2023, 6, 2), later.metadata().date());
        // a bracketed sentence of the text's own is no note
        Report own = Copies.ingest(speech + "（会议于2019年8月29日在雷山县召开，各县市人大常委会分管负责同志参加）\n");
        assertEquals(0, Copies.count(own, RemovalReason.EDITOR_NOTE), own.removals().toString());
    }

    @Test
    void numberedNotesUnderTheTextWithoutAHeadingAreNotesWhenTheTextMarksThem() throws Exception {
        String text = "大理白族自治州人民代表大会常务委员会工作报告\n各位代表：\n常委会围绕民族团结进步示范区（注1）建设，依法履行职责。\n"
                + "完善“一湖之治”（注2）法规体系。\n各位代表，让我们为建设美丽大理而努力奋斗！\n";
        String notes = "注1：民族团结进步示范区：2013年州委提出建设全国民族团结进步示\n范州的目标。\n注2：“一湖之治”：以洱海保护为核心的流域综合治理。\n";
        Report r = Copies.ingest(text + notes);
        assertEquals(2, r.footnotes().size(), r.footnotes().toString());
        assertEquals("各位代表，让我们为建设美丽大理而努力奋斗！", Copies.texts(r).get(Copies.texts(r).size() - 1));
        assertTrue(r.warnings().stream().noneMatch(w -> w.contains("marker")), r.warnings().toString());
        // without markers in the text, such lines are the text's
        Report unmarked = Copies.ingest(text.replace("（注1）", "").replace("（注2）", "") + notes);
        assertTrue(unmarked.footnotes().isEmpty(), unmarked.footnotes().toString());
        assertTrue(Copies.texts(unmarked).contains("注2：“一湖之治”：以洱海保护为核心的流域综合治理。"), Copies.texts(unmarked).toString());
    }

    @Test
    void limitsOfTheClosingAndEndingRules() throws Exception {
        String text = "一年来，常委会依法履职，各项工作取得新进展。\n";
        // a table's own note of its source under its last row is the text's
        Report table = Copies.ingest(HEAD + text + "附件：代表建议办理情况统计表\n承办单位　　件数　　已解决\n合计　　436件　　218件\n"
                + "（据各承办单位办理记录整理）\n【打印本页】　【关闭窗口】\n");
        assertTrue(Copies.texts(table).contains("（据各承办单位办理记录整理）"), Copies.texts(table).toString());
        // a document's own endings without a stop, and a list under its label, are whole
        for (String end : List.of("以上报告，请予评议", "以上报告，请予审查", "最后，谢谢各位", "列席：县人大常委会办公室主任王平、副主任李明、张强")) {
            assertFalse(Copies.ingest(HEAD + text + end + "\n").metadata().incomplete(), end);
        }
        assertFalse(Copies.ingest(HEAD + text + "以上报告，请予审议，并请各位委员对我们的工作提出宝贵意见\n").metadata().incomplete());
        // a sentence cut after 人大常委会, or short after a comma, is cut
        assertTrue(Copies.ingest(HEAD + text + "请市人民政府认真研究处理审议意见，并在六个月内将研究处理情况书面报告市人大常委会\n").metadata().incomplete());
        assertTrue(Copies.ingest(HEAD + text + "2024年，区政府将持续深化改革，\n").metadata().incomplete());
        // abridged in other words, and a summary that says where the whole is
        assertTrue(Copies.ingest(HEAD + text + "（本文有删减）\n").metadata().incomplete());
        Report summary = Copies.ingest(HEAD + text + "（以上为报告摘要，全文详见嘉兴人大网）\n");
        assertEquals(1, Copies.count(summary, RemovalReason.EDITOR_NOTE));
        assertTrue(summary.metadata().incomplete());
    }

    @Test
    void leadsThatSayWhoWasEntrustedBeforeOrAfterNameTheSpeaker() throws Exception {
        String body = "常德市人民代表大会常务委员会工作报告\n各位代表：\n一年来，常委会依法履职。\n";
        Report before = Copies.ingest("本报讯　1月6日上午，常德市第八届人民代表大会第四次会议举行第二次全体会议。市人大常委会主任谭建华受市人大常委会"
                + "委托，向大会报告工作。现将报告摘要刊发如下：\n" + body);
        assertEquals("谭建华", before.metadata().speaker());
        Report after = Copies.ingest("2月19日上午，嘉兴市第九届人民代表大会第四次会议举行第二次全体会议。受市人大常委会主任徐立新委托，"
                + "市人大常委会副主任陆伟明作市人大常委会工作报告。以下为报告摘要：\n" + body);
        assertEquals("陆伟明", after.metadata().speaker());
        assertEquals("市人大常委会副主任", after.metadata().office());
        // a lead that only says who gave the report, without introducing the text in words
        String title = "常德市人民代表大会常务委员会工作报告\n";
        for (String lead : List.of("1月6日上午，市八届人大四次会议举行第一次全体会议。市人大常委会主任谭建华受市人大常委会委托，向大会报告工作。",
                "1月6日上午，市八届人大四次会议举行第一次全体会议。受市人大常委会委托，市人大常委会主任谭建华作市人大常委会工作报告。")) {
            Report r = Copies.ingest(title + lead + "\n一年来，常委会依法履职。\n");
            assertEquals("谭建华", r.metadata().speaker(), lead);
            assertEquals(8, r.metadata().congress(), lead);
            assertEquals(4, r.metadata().session(), lead);
            assertEquals(List.of("一年来，常委会依法履职。"), Copies.texts(r), lead);
        }
        // a news item's own first paragraph, left in its text, names no speaker of the item
        Report news = Copies.ingest("市八届人大四次会议举行第一次全体会议\n2024-01-06 09:20　来源：常德市人大常委会办公室\n"
                + "1月6日上午，市八届人大四次会议举行第一次全体会议。市人大常委会主任谭建华受市人大常委会委托，向大会报告工作。\n"
                + "报告指出，2023年，市人大常委会依法履职，各项工作取得新进展。\n");
        assertNull(news.metadata().speaker());
        assertEquals(2, Copies.texts(news).size(), Copies.texts(news).toString());
        assertEquals(LocalDate.of(2024, 1, 6), news.metadata().date(), "the session's day, as its first paragraph gives it");
        // the report's own first sentence, with its year, stays the text's
        Report own = Copies.ingest(title + "2024年1月6日上午，市八届人大四次会议举行第一次全体会议。市人大常委会主任谭建华受市人大常委会委托，向大会报告工作。\n");
        assertEquals(1, Copies.texts(own).size(), Copies.texts(own).toString());
        // a lead on its own line and the words that introduce the text on the next are both the editor's
        Report two = Copies.ingest("1月6日上午，常德市第八届人民代表大会第四次会议举行第二次全体会议，市人大常委会主任谭建华代表市人大常委会向大会作工作报告。\n"
                + "以下是报告全文：\n" + body);
        assertEquals(List.of("各位代表：", "一年来，常委会依法履职。"), Copies.texts(two));
        assertEquals(0, Copies.count(two, RemovalReason.ADVERTISING), two.removals().toString());
    }
}
