package org.reportarchive.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.reportarchive.ingest.ReportIngester;
import org.reportarchive.markdown.ReportMarkdown;
import org.reportarchive.model.Report;

/** How a report's notes and the notes on its layout reach the page. */
class NotesRenderingTest {

    private static Document page(String source) throws Exception {
        Report r = ReportIngester.defaults().ingest("a.txt", source.getBytes(StandardCharsets.UTF_8),
                org.reportarchive.ingest.Sidecar.empty());
        return Jsoup.parseBodyFragment(new ArchiveMarkdownEngine().render(new ReportMarkdown().write(r).body()));
    }

    @Test
    void aNoteThatAPageBrokeInAWordIsOneParagraphWithTheNoteOfItsJoin() throws Exception {
        Document doc = page(String.join("\n", "湖州市人民代表大会常务委员会工作报告", "各位代表：",
                "对《湖州市禁止销售燃放烟花爆竹规定》开展立法后评估①，提出意见建议。", "__________",
                "①立法后评估：指法规实施一段时间后，对法规实施效果、存在问题进行调", "查评价，并提出意见的活动。", "",
                "— 3 —", "", "以上报告，请予审议。"));
        assertEquals("#fn-1", doc.selectFirst("a.fn-ref").attr("href"));
        assertEquals(1, doc.select("p.footnote").size(), doc.select(".footnote").outerHtml());
        assertTrue(doc.selectFirst("#fn-1").text().contains("存在问题进行调查评价，并提出意见的活动。"), doc.select(".footnote").outerHtml());
        assertEquals(1, doc.select("#fn-1 a.ed-mark").size(), "the join is noted");
        assertEquals(1, doc.select("p.footnote a.fn-back").size(), "its way back");
    }

    @Test
    void aRunInHeadingWithASpaceBeforeItsStopIsBoldAndItsTextIsOnThePage() throws Exception {
        Document doc = page(String.join("\n", "绥德县人民代表大会常务委员会工作报告", "各位代表：", "一、一九九七年的主要工作",
                "（一）加强法律监督，推进依法治县 。对《农业法》的实施情况进行了执法检查。",
                "（二）加强工作监督，促进经济发展 。听取和审议了县人民政府的报告。"));
        assertEquals(List.of("（一）加强法律监督，推进依法治县", "（二）加强工作监督，促进经济发展"), doc.select("p strong").eachText());
        assertTrue(doc.select("p").stream().noneMatch(p -> p.text().contains("**")), doc.body().html());
        // a scan's text read with a space between every character is read without them, its headings too
        Document spaced = page(String.join("\n", "绥德县人民代表大会常务委员会工作报告", "各 位 代 表 ：", "一 、 一 九 九 七 年 的 主 要 工 作",
                "（ 一 ） 加 强 法 律 监 督 ， 推 进 依 法 治 县 。 对 《 农 业 法 》 的 实 施 情 况 进 行 了 执 法 检 查 。",
                "（ 二 ） 加 强 工 作 监 督 ， 促 进 经 济 发 展 。 听 取 和 审 议 了 县 人 民 政 府 的 报 告 。"));
        assertEquals(List.of("（一）加强法律监督，推进依法治县", "（二）加强工作监督，促进经济发展"), spaced.select("p strong").eachText());
    }

    @Test
    void aHeadingAColumnWrappedCarriesTheNoteThatItsLinesWereJoined() throws Exception {
        Document doc = page(String.join("\n", "南通市人民代表大会常务委员会工作报告", "各位代表：",
                "　　现在，我代表市人民代表大会常务委员会向大会报告", "工作，请予审议。", "（一）坚持立法先行，", "夯实法治根基",
                "　　制定《南通市濠河风景名胜区条例》，修改《南通市", "城市绿化条例》，立法质量不断提高。"));
        List<String> headings = doc.select("h2, h3").eachText();
        assertTrue(headings.stream().anyMatch(h -> h.startsWith("（一）坚持立法先行，夯实法治根基")), headings.toString());
        assertEquals(1, doc.select("h2 a.ed-mark, h3 a.ed-mark").size(), "the join is noted on the heading");
    }

    @Test
    void theMarksOfAGlossaryEntrysJoinedLinesAreInTheParagraphOfTheEntryTheyJoined() throws Exception {
        Document doc = page(Files.readString(
                Path.of("src/test/resources/layouts/pdf-glossary-entries-in-a-column-qimen-2024.txt")));
        Element first = doc.selectFirst("#fn-1");
        assertTrue(first.text().contains("人大代表联系人民群众的制度，由县人大常委会于二〇一九年"), first.text());
        assertEquals(2, first.select("a.ed-mark").size());
        // an entry of two paragraphs: the join is in its first, the second has none
        Element third = doc.selectFirst("#fn-3");
        assertEquals(1, third.select("a.ed-mark").size());
        assertEquals(0, third.nextElementSibling().select("a.ed-mark").size(), third.nextElementSibling().outerHtml());
        for (Element mark : doc.select(".footnote a.ed-mark")) {
            assertTrue(doc.selectFirst(mark.attr("href")).hasClass("ed-note"), mark.outerHtml());
        }
    }

    @Test
    void aNotesMarkerInAHeadingLinksTheNoteAndStaysOutOfTheHeadingsText() throws Exception {
        Document doc = page(String.join("\n", "某省人民代表大会常务委员会工作报告", "各位代表：", "　　一、过去一年的主要工作",
                "　　（一）配合“三打两建”[1]开展监督", "　　常委会开展“两型社会”[2]建设专题询问。", "（二）服务海洋强省³建设",
                "　　常委会听取审议有关报告。", "注释：", "[1]三打两建：指打击欺行霸市、打击制假售假、打击商业贿赂。",
                "[2]两型社会：指资源节约型、环境友好型社会。", "[3]海洋强省：指加快建设海洋强省的部署。"));
        Element heading = doc.selectFirst("h3:contains(三打两建)");
        assertEquals("#fn-1", heading.selectFirst("a.fn-ref").attr("href"));
        Element words = heading.clone();
        words.select("a.fn-ref").remove();
        assertEquals("（一）配合“三打两建”开展监督", words.text(), heading.outerHtml());
        assertEquals(List.of("#fn-1", "#fn-2", "#fn-3"), doc.select("a.fn-ref").eachAttr("href"), "in the order they stand");
        assertEquals("#fnref-1", doc.selectFirst("#fn-1 a.fn-back").attr("href"), "and the note links back to it");
        assertEquals("#fnref-3", doc.selectFirst("#fn-3 a.fn-back").attr("href"));
    }
}
