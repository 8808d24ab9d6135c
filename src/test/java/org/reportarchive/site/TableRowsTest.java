package org.reportarchive.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.reportarchive.markdown.MarkdownEscaper;

class TableRowsTest {

    private static final ArchiveMarkdownEngine ENGINE = new ArchiveMarkdownEngine();

    private static Document render(String markdown) {
        return Jsoup.parseBodyFragment(ENGINE.render(markdown));
    }

    @Test
    void aRunOfRowsIsOneTableWhoseRowsKeepTheirIdsAndPermalinks() {
        Document doc = render("现将决算情况报告如下。 {#p1}\n\n项目\t预算数（万元）\t决算数（万元） {#p2}\n\n"
                + MarkdownEscaper.escape("一般公共预算收入<b>\t125000\t128600") + "[编注1](#n1){#ref-n1 .ed-mark} {#p3}\n\n"
                + "政府性基金预算收入\t60000\t57300 {#p4}\n\n以上报告，请予审议。 {#p5}\n");
        assertEquals(1, doc.select("table").size());
        assertEquals(1, doc.select("div.cells > table").size());
        assertEquals(List.of("p2", "p3", "p4"), doc.select("tr").eachAttr("id"));
        assertEquals(List.of("项目", "预算数（万元）", "决算数（万元）"), doc.select("tr#p2 th[scope=col]").eachText()
                .stream().map(t -> t.replace("¶", "").strip()).toList(), "the first row names the columns");
        assertEquals(List.of("一般公共预算收入<b>", "125000", "128600编注1¶"), doc.select("tr#p3 td").eachText());
        assertEquals("ref-n1", doc.selectFirst("tr#p3 a.ed-mark").id(), "a note's mark keeps its own id");
        assertEquals("#p4", doc.selectFirst("tr#p4 td:last-child a.pilcrow").attr("href"));
        assertEquals(List.of("p1", "p5"), doc.select("p").eachAttr("id"), "paragraphs around the table stay paragraphs");
    }

    @Test
    void rowsOfFiguresOnlyAndALoneRowHaveNoHeader() {
        Document figures = render("一般公共预算收入\t125000 {#p1}\n\n政府性基金预算收入\t60000 {#p2}\n");
        assertEquals(0, figures.select("th").size());
        assertEquals(2, figures.select("tr").size());
        Document lone = render("序号\t建议内容 {#p1}\n\n以上报告。 {#p2}\n");
        assertEquals(0, lone.select("th").size(), "one row alone names nothing");
        assertEquals(2, lone.select("tr#p1 td").size());
    }
}
