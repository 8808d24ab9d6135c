package org.reportarchive.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SimplifiedTest {

    @Test
    void readsTraditionalCharactersAsSimplifiedOnesAtTheSameOffsets() {
        String traditional = "廣州市人民代表大會常務委員會工作報告";
        String simplified = Simplified.of(traditional);
        assertEquals("广州市人民代表大会常务委员会工作报告", simplified);
        assertEquals(traditional.length(), simplified.length());
        assertEquals("我市堅持“一府兩院”監督", "我市堅持“一府兩院”監督".substring(0, 12));
        assertEquals("第十六届人民代表大会第三次会议", Simplified.of("第十六屆人民代表大會第三次會議"));
    }

    @Test
    void leavesSimplifiedTextLatinAndDigitsAsTheyAre() {
        for (String s : new String[] {"乐山市人大常委会", "APP 2023-01-05 １２３", "", "“四个机关”"}) {
            assertEquals(s, Simplified.of(s));
        }
        assertTrue(Simplified.isTraditional('會'));
        assertFalse(Simplified.isTraditional('会'));
        assertFalse(Simplified.isTraditional('A'));
    }
}
