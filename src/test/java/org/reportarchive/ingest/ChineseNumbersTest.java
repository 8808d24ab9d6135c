package org.reportarchive.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ChineseNumbersTest {
    @Test
    void readsCardinals() {
        assertEquals(8, ChineseNumbers.parse("八"));
        assertEquals(10, ChineseNumbers.parse("十"));
        assertEquals(18, ChineseNumbers.parse("十八"));
        assertEquals(21, ChineseNumbers.parse("二十一"));
        assertEquals(105, ChineseNumbers.parse("一百零五"));
        assertEquals(14, ChineseNumbers.parse("14"));
        assertEquals(14, ChineseNumbers.parse("１４"));
        assertEquals(-1, ChineseNumbers.parse("届"));
    }

    @Test
    void readsYearsDigitByDigit() {
        assertEquals(2023, ChineseNumbers.parseYear("二〇二三"));
        assertEquals(2021, ChineseNumbers.parseYear("二零二一"));
        assertEquals(2022, ChineseNumbers.parseYear("2022"));
        assertEquals(-1, ChineseNumbers.parseYear("二〇"));
    }
}
