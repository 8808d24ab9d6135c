package org.reportarchive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchDocTest {

    /** A key's payload decoded: unit to "kind:hits" or "kind:offset*,offset" (* when a word starts there). */
    static Map<Integer, String> decode(byte[] postings, long wanted) {
        Bytes.Reader r = new Bytes.Reader(postings);
        long n = r.varint();
        long key = 0;
        for (long k = 0; k < n; k++) {
            key += r.varint();
            int length = (int) r.varint();
            if (key == wanted) {
                return payload(new Bytes.Reader(r.data(), r.position(), r.position() + length), key >= 0x10000);
            }
            r.skip(length);
        }
        return Map.of();
    }

    static Map<Integer, String> payload(Bytes.Reader r, boolean pair) {
        Map<Integer, String> out = new LinkedHashMap<>();
        long units = r.varint();
        int unit = 0;
        for (long u = 0; u < units; u++) {
            long head = r.varint();
            unit += (int) (head >> 2);
            int hits = (int) r.varint();
            StringBuilder sb = new StringBuilder().append(head & 3).append(':');
            if (!pair) {
                sb.append(hits);
            }
            int p = 0;
            for (int h = 0; pair && h < hits; h++) {
                long v = r.varint();
                p += (int) (v >> 1);
                sb.append(h == 0 ? "" : ",").append(p).append((v & 1) == 1 ? "*" : "");
            }
            out.put(unit, sb.toString());
        }
        return out;
    }

    static long pair(String two) {
        return (long) two.charAt(0) << 16 | two.charAt(1);
    }

    @Test
    void everyCharacterAndPairIsKeyedWithWhereItOccurs() {
        BitSet words = new BitSet();
        words.set(0);
        words.set(2);
        words.set(4);
        SearchDoc doc = SearchDoc.of(List.of(
                new SearchUnit("report-title", SearchUnit.HEADING, "人大報告"),
                new SearchUnit("p1", SearchUnit.BODY, "人大代表 人大"),
                new SearchUnit("p2", SearchUnit.BODY, "")),
                Arrays.asList(null, words, null));
        assertEquals(Map.of(0, "1:0", 1, "0:0*,5"), decode(doc.postings(), pair("人大")));
        assertEquals(Map.of(0, "1:2"), decode(doc.postings(), pair("报告")), "traditional text is keyed simplified");
        assertEquals(Map.of(0, "1:1", 1, "0:2"), decode(doc.postings(), '大'));
        assertEquals(Map.of(), decode(doc.postings(), pair("表人")), "no pair across a space");
        assertEquals(Map.of(), decode(doc.postings(), ' '), "spaces are not keys");
    }

    @Test
    void keysAreInIncreasingUnsignedOrder() {
        SearchDoc doc = SearchDoc.of(List.of(new SearchUnit("p1", SearchUnit.BODY, "要求ab监督（一）2021年")),
                java.util.Collections.singletonList(null));
        Bytes.Reader r = new Bytes.Reader(doc.postings());
        long n = r.varint();
        long key = -1;
        List<Long> keys = new ArrayList<>();
        for (long k = 0; k < n; k++) {
            long next = (key < 0 ? 0 : key) + r.varint();
            assertTrue(next > key, "increasing");
            key = next;
            keys.add(key);
            r.skip((int) r.varint());
        }
        assertTrue(keys.contains(pair("要求")), "pairs above 0x8000 (要) are keyed too");
        assertTrue(keys.contains((long) 'a'));
        assertFalse(keys.contains(pair("ab") + 1));
    }
}
