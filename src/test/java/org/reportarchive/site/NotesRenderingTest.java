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
}
