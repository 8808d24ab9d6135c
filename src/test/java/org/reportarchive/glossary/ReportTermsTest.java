package org.reportarchive.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.reportarchive.model.Footnote;

/** The term a report's own note defines, as the glossary files it. */
class ReportTermsTest {

    private static String key(String term) {
        return ReportTerms.keyTerm(new Footnote("fn-1", "1", term, "指……", term + "：指……", 1));
    }

    @Test
    void theQuotedWordsAreTheTermUnlessTheyAreANumberAlone() {
        assertEquals("四个机关", key("“四个机关”建设"));
        assertEquals("四个一", key("“四个一”工作格局"));
        assertEquals("1+7+N", key("“1+7+N”视训新模式"));
        assertEquals("三个延邊", key("「三个延邊」"));
        assertEquals("议案", key("议案"));
        // a number names nothing by itself: 十五 and 七一 are the plan's and the speech's only with their words
        assertEquals("“十五”计划", key("“十五”计划"));
        assertEquals("“七一”重要讲话", key("“七一”重要讲话"));
        assertEquals("十五", key("“十五”"));
    }
}
