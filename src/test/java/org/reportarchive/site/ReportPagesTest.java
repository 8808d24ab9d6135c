package org.reportarchive.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportarchive.model.Removal;
import org.reportarchive.model.RemovalReason;

/** What a report page shows of the lines the archive stripped. */
class ReportPagesTest {

    @Test
    void eachStrippedPartIsListedOnceUnderItsReasonWithItsLine() {
        List<ReportPage.RemovalGroup> groups = ReportPages.removed(List.of(
                new Removal(1, RemovalReason.NAVIGATION, "长阳新闻网 > 长阳两会"),
                new Removal(4, RemovalReason.PUBLICATION, "发布时间：2014-01-14　　来源：长阳新闻网　　浏览次数：326"),
                new Removal(4, RemovalReason.SITE_UI, "浏览次数：326"),
                new Removal(44, RemovalReason.PUBLICATION, "责任编辑：田晓梅")));
        assertEquals(List.of("网站导航", "发布信息", "网页界面文字"), groups.stream().map(g -> g.label()).toList());
        assertEquals(List.of(new ReportPage.RemovedText(4, "发布时间：2014-01-14　　来源：长阳新闻网"),
                new ReportPage.RemovedText(44, "责任编辑：田晓梅")), groups.get(1).items());
        assertEquals(List.of(4, 44), groups.get(1).lines());
        assertEquals(List.of(new ReportPage.RemovedText(4, "浏览次数：326")), groups.get(2).items());
    }
}
