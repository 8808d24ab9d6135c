package org.reportarchive.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WordBreaksTest {

    @Test
    void aHeadingStopsOpenOnAVerbAloneInItsClauseOrAfterAPrepositionsWords() {
        assertTrue(WordBreaks.endsOpen("（一）加强对经济工作的监督，促进"));
        assertTrue(WordBreaks.endsOpen("二、聚焦生态保护，以法治力量促进"));
        assertTrue(WordBreaks.endsOpen("二、坚持代表主体地位，全面推进人大代表之家和"));
        // a verb with its object before it, and a noun, close their clause
        assertFalse(WordBreaks.endsOpen("三、深化代表工作，让代表作用发挥"));
        assertFalse(WordBreaks.endsOpen("三、突出项目为王，扩大有效投资额"));
    }

    @Test
    void aBreakInsideAWordIsTold() {
        assertTrue(WordBreaks.insideAWord("三、发挥作用，努力为全市发", "展多作贡献"));
        assertFalse(WordBreaks.insideAWord("二、突出项目为王，扩大有效投资额", "项目建设提速增效"));
    }
}
