package org.reportarchive.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportarchive.model.Removal;
import org.reportarchive.model.RemovalReason;

class FidelityCheckTest {

    private static final String SOURCE = "首页 > 新闻\n标题工作报告\n\n各位代表：\n\n坚持党的领导^【1】，依法履职。\n\n一年来成效明\n\n显，群众满意。\n";
    private static final List<Removal> REMOVED = List.of(new Removal(1, RemovalReason.NAVIGATION, "首页 > 新闻"));

    private static Path write(Path dir, String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, content);
        return p;
    }

    @Test
    void aPageThatHoldsEveryLinePasses(@TempDir Path dir) throws Exception {
        Path src = write(dir, "a.txt", SOURCE);
        Path page = write(dir, "a.html", "<h1 data-source-text>标题工作报告</h1><div data-source-text><p>各位代表：</p>"
                + "<p>坚持党的领导<a class=\"fn-ref\">1</a>，依法履职。<a class=\"pilcrow\">¶</a></p>"
                + "<p>一年来成效明显，群众满意。<a class=\"ed-mark\">编注1</a></p></div>");
        assertEquals(Optional.empty(), FidelityCheck.check(src, REMOVED, page));
    }

    @Test
    void aMarkdownHeadingClosedByItsMarksReadsAsItsText(@TempDir Path dir) throws Exception {
        Path src = write(dir, "a.txt", "# 标题工作报告\n各位代表：\n## 一、2006年工作回顾 ##\n一年来成效明显。\n");
        Path page = write(dir, "a.html", "<h1 data-source-text>标题工作报告</h1><div data-source-text><p>各位代表：</p>"
                + "<h2>一、2006年工作回顾</h2><p>一年来成效明显。</p></div>");
        assertEquals(Optional.empty(), FidelityCheck.check(src, List.of(), page));
    }

    @Test
    void aBracketedNumberAfterASpaceIsReadAlikeOnBothSides(@TempDir Path dir) throws Exception {
        // the page keeps 評論 (0) as written; with white space off, both sides read 評論(0) and take (0) as a marker alike
        Path src = write(dir, "a.txt", "标题工作报告\n各位代表：\n閱讀(86)┊ 評論 (0)┊ 收藏(0)\n");
        Path page = write(dir, "a.html", "<h1 data-source-text>标题工作报告</h1><div data-source-text><p>各位代表：</p>"
                + "<p>閱讀(86)┊ 評論 (0)┊ 收藏(0)</p></div>");
        assertEquals(Optional.empty(), FidelityCheck.check(src, List.of(), page));
    }

    @Test
    void aMissingLineIsNamed(@TempDir Path dir) throws Exception {
        Path src = write(dir, "a.txt", SOURCE);
        Path page = write(dir, "a.html", "<h1 data-source-text>标题工作报告</h1><div data-source-text><p>各位代表：</p>"
                + "<p>一年来成效明显，群众满意。</p></div>");
        Optional<String> missing = FidelityCheck.check(src, REMOVED, page);
        assertTrue(missing.isPresent());
        assertEquals("line 6: 坚持党的领导^【1】，依法履职。", missing.get());
    }

    @Test
    void textOutOfOrderOrOnlyInAddedElementsFails(@TempDir Path dir) throws Exception {
        Path src = write(dir, "a.txt", SOURCE);
        Path swapped = write(dir, "b.html", "<div data-source-text><p>各位代表：</p><p>一年来成效明显，群众满意。</p>"
                + "<p>坚持党的领导，依法履职。</p><h1>标题工作报告</h1></div>");
        assertTrue(FidelityCheck.check(src, REMOVED, swapped).isPresent());
        Path inTooltip = write(dir, "c.html", "<h1 data-source-text>标题工作报告</h1><div data-source-text><p>各位代表："
                + "<span role=\"tooltip\">坚持党的领导，依法履职。</span></p><p>一年来成效明显，群众满意。</p></div>");
        assertEquals("line 6: 坚持党的领导^【1】，依法履职。", FidelityCheck.check(src, REMOVED, inTooltip).orElseThrow());
    }

    @Test
    void aPagesFootNotesMayStandUnderTheTextAndATablesFrameIsTakenOffBothSides(@TempDir Path dir) throws Exception {
        Path src = write(dir, "a.txt", "标题工作报告\n各位代表：\n立法法赋予设区的市地方立法权①。\n———————————\n"
                + "① 《立法法》第七十二条。\n二、主要内容\n│拟办意见│请主任审阅。│\n");
        List<Removal> frames = List.of(new Removal(7, RemovalReason.TABLE_FRAME, "│"), new Removal(7, RemovalReason.TABLE_FRAME, "│"));
        Path page = write(dir, "a.html", "<h1 data-source-text>标题工作报告</h1><div data-source-text><p>各位代表：</p>"
                + "<p>立法法赋予设区的市地方立法权<a class=\"fn-ref\">1</a>。</p><p>———————————</p><h2>二、主要内容</h2>"
                + "<p>拟办意见│请主任审阅。</p><p class=\"footnote\">① 《立法法》第七十二条。</p></div>");
        assertEquals(Optional.empty(), FidelityCheck.check(src, frames, page));
        Path lost = write(dir, "b.html", "<h1 data-source-text>标题工作报告</h1><div data-source-text><p>各位代表：</p>"
                + "<p>立法法赋予设区的市地方立法权<a class=\"fn-ref\">1</a>。</p><p>———————————</p><h2>二、主要内容</h2>"
                + "<p class=\"footnote\">① 《立法法》第七十二条。</p></div>");
        assertEquals("line 7: │拟办意见│请主任审阅。│", FidelityCheck.check(src, frames, lost).orElseThrow());
        // the rule between the cells taken off too: the cells apart by a tab
        List<Removal> rules = List.of(frames.get(0), frames.get(1), new Removal(7, RemovalReason.TABLE_FRAME, "│"));
        Path cells = write(dir, "c.html", "<h1 data-source-text>标题工作报告</h1><div data-source-text><p>各位代表：</p>"
                + "<p>立法法赋予设区的市地方立法权<a class=\"fn-ref\">1</a>。</p><p>———————————</p><h2>二、主要内容</h2>"
                + "<p>拟办意见\t请主任审阅。</p><p class=\"footnote\">① 《立法法》第七十二条。</p></div>");
        assertEquals(Optional.empty(), FidelityCheck.check(src, rules, cells));
        // a framed row taken off whole, its cells apart by a tab once its rules were off: found whatever the order
        List<Removal> row = List.of(new Removal(7, RemovalReason.PUBLICATION, "拟办意见\t请主任审阅。"), frames.get(0),
                frames.get(1), new Removal(7, RemovalReason.TABLE_FRAME, "│"));
        Path without = write(dir, "d.html", "<h1 data-source-text>标题工作报告</h1><div data-source-text><p>各位代表：</p>"
                + "<p>立法法赋予设区的市地方立法权<a class=\"fn-ref\">1</a>。</p><p>———————————</p><h2>二、主要内容</h2>"
                + "<p class=\"footnote\">① 《立法法》第七十二条。</p></div>");
        assertEquals(Optional.empty(), FidelityCheck.check(src, row, without));
    }

    @Test
    void aBoxOfDefinitionsInTheTextMayStandWithTheNotesUnderIt(@TempDir Path dir) throws Exception {
        Path src = write(dir, "a.txt", "标题工作报告\n各位代表：\n推进“四个全面”。\n■名词解释\n“四个全面”：全面建成小康社会。\n"
                + "常委会依法履职。\n");
        Path page = write(dir, "a.html", "<h1 data-source-text>标题工作报告</h1><div data-source-text><p>各位代表：</p>"
                + "<p>推进“四个全面”。</p><p>常委会依法履职。</p><h2 class=\"footnotes-title\">■名词解释</h2>"
                + "<p class=\"footnote\">“四个全面”：全面建成小康社会。</p></div>");
        assertEquals(Optional.empty(), FidelityCheck.check(src, List.of(), page));
        Path lost = write(dir, "b.html", "<h1 data-source-text>标题工作报告</h1><div data-source-text><p>各位代表：</p>"
                + "<p>推进“四个全面”。</p><h2 class=\"footnotes-title\">■名词解释</h2>"
                + "<p class=\"footnote\">“四个全面”：全面建成小康社会。</p></div>");
        assertEquals("line 6: 常委会依法履职。", FidelityCheck.check(src, List.of(), lost).orElseThrow());
    }

    @Test
    void aMarkerLikeNumberOnALineOfItsOwnIsReadAsThePageReadsItAfterTheLineAbove(@TempDir Path dir) throws Exception {
        Path src = write(dir, "a.txt", "标题工作报告\n海南州第十五届人民代表大会第五次会议文件\n\n（8）\n各位代表：\n");
        Path page = write(dir, "a.html", "<h1 data-source-text>标题工作报告</h1><div data-source-text>"
                + "<p>海南州第十五届人民代表大会第五次会议文件（8）</p><p>各位代表：</p></div>");
        assertEquals(Optional.empty(), FidelityCheck.check(src, List.of(), page));
    }

    @Test
    void theTitleBlocksLinesMayStandInAnyOrderButOnlyThere(@TempDir Path dir) throws Exception {
        // a session document's header above the title: the page puts the title first
        Path src = write(dir, "a.txt", "某某县第十七届人民代表大会第三次会议文件\n标题工作报告\n各位代表：\n一年来成效明显。\n");
        String header = "<header><h1 data-source-text>标题工作报告</h1><div class=\"source-header\" data-source-text>"
                + "<p>某某县第十七届人民代表大会第三次会议文件</p></div></header>";
        Path page = write(dir, "a.html", header + "<div data-source-text><p>各位代表：</p><p>一年来成效明显。</p></div>");
        assertEquals(Optional.empty(), FidelityCheck.check(src, List.of(), page));
        // a body line missing from the body is still missing, even if the title block has it
        Path body = write(dir, "b.txt", "标题工作报告\n各位代表：\n标题工作报告\n一年来成效明显。\n");
        Path short1 = write(dir, "b.html", "<header><h1 data-source-text>标题工作报告</h1></header>"
                + "<div data-source-text><p>各位代表：</p><p>一年来成效明显。</p></div>");
        assertEquals("line 3: 标题工作报告", FidelityCheck.check(body, List.of(), short1).orElseThrow());
        // a title over two lines whose second line the text repeats, and a delivery line over two lines under it
        // under a session document's header
        Path two = write(dir, "c.txt", "某某县第十二届人民代表大会第五次会议文件\n某某县人民代表大会常务委员会\n工作报告\n"
                + "——2017年1月8日在某某县第十二届人民代\n表大会第五次会议上\n各位代表：\n现将工作报告如下。\n");
        Path joined = write(dir, "c.html", "<header><h1 data-source-text>某某县人民代表大会常务委员会工作报告</h1>"
                + "<div class=\"source-header\" data-source-text><p>某某县第十二届人民代表大会第五次会议文件</p>"
                + "<p>——2017年1月8日在某某县第十二届人民代表大会第五次会议上</p>"
                + "</div></header><div data-source-text><p>各位代表：</p><p>现将工作报告如下。</p></div>");
        assertEquals(Optional.empty(), FidelityCheck.check(two, List.of(), joined));
        // a delivery line set under the text: the title block has it
        Path under = write(dir, "d.txt", "标题工作报告\n各位代表：\n一年来成效明显。\n（2020年1月8日在某某县第二届人民代表大会第四次会议上）\n");
        Path moved = write(dir, "d.html", "<header><h1 data-source-text>标题工作报告</h1><div class=\"source-header\" "
                + "data-source-text><p>（2020年1月8日在某某县第二届人民代表大会第四次会议上）</p></div></header>"
                + "<div data-source-text><p>各位代表：</p><p>一年来成效明显。</p></div>");
        assertEquals(Optional.empty(), FidelityCheck.check(under, List.of(), moved));
    }

    @Test
    void aCopysHtmlTagsAreItsLayoutButItsWordsMustBeOnThePage(@TempDir Path dir) throws Exception {
        Path src = write(dir, "a.txt", "<p>标题工作报告</p>\n时间：2010-01-19　【字体：<a href=\"#\">大</a>】\n<p>各位代表：</p>\n"
                + "<p>一年来<strong>成效明显</strong>。</p><p>群众满意。</p>\n");
        List<Removal> removed = List.of(new Removal(1, RemovalReason.HTML_TAG, "<p> </p>"),
                new Removal(2, RemovalReason.HTML_TAG, "<a href=\"#\"> </a>"),
                new Removal(2, RemovalReason.PUBLICATION, "时间：2010-01-19　【字体：大】"),
                new Removal(3, RemovalReason.HTML_TAG, "<p> </p>"),
                new Removal(4, RemovalReason.HTML_TAG, "<p> <strong> </strong> </p>"));
        Path page = write(dir, "a.html", "<h1 data-source-text>标题工作报告</h1><div data-source-text><p>各位代表：</p>"
                + "<p>一年来成效明显。</p><p>群众满意。</p></div>");
        assertEquals(Optional.empty(), FidelityCheck.check(src, removed, page));
        Path lost = write(dir, "b.html", "<h1 data-source-text>标题工作报告</h1><div data-source-text><p>各位代表：</p>"
                + "<p>一年来成效明显。</p></div>");
        assertTrue(FidelityCheck.check(src, removed, lost).orElseThrow().startsWith("line 4: <p>一年来"));
    }

    @Test
    void markdownsMarksInACopyThatIsNoMarkdownCopyAreItsText(@TempDir Path dir) throws Exception {
        Path src = write(dir, "a.txt", "标题工作报告\n各位代表：\n**加粗**、_强调_和- 减号都按原文显示。\n");
        Path page = write(dir, "a.html", "<h1 data-source-text>标题工作报告</h1><div data-source-text><p>各位代表：</p>"
                + "<p>**加粗**、_强调_和- 减号都按原文显示。</p></div>");
        assertEquals(Optional.empty(), FidelityCheck.check(src, List.of(), page));
    }
}
