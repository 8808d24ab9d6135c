package org.reportarchive.search;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * One document's part of the search index: its units and, for every character and every pair of adjacent
 * characters of their folded text ({@link SearchText}), where they occur. Made once per report, from the same
 * analysis as everything else (the words HanLP found mark which hits start a word), kept in the build cache, and
 * merged with the other documents' into the index.
 *
 * <p>{@code postings}: the number of keys, then for each key in increasing order (a character {@code c} is the
 * key {@code c}; a pair {@code c1 c2} is {@code c1 × 65536 + c2}): the key's difference from the previous one,
 * the length of its payload, and the payload. A payload lists the units the key occurs in: the number of units,
 * then for each the difference from the previous unit's number times four plus its kind, the number of hits,
 * and, for a pair, each hit's offset in the unit as the difference from the previous one times two plus one when
 * a word starts there.
 *
 * @param units    the document's units, in page order
 * @param postings the encoded keys
 */
public record SearchDoc(List<SearchUnit> units, byte[] postings) {

    public SearchDoc {
        units = List.copyOf(units);
    }

    /**
     * Indexes units.
     *
     * @param wordStarts for each unit, the offsets where a word starts, or null when the unit was not segmented
     */
    public static SearchDoc of(List<SearchUnit> units, List<BitSet> wordStarts) {
        if (units.size() != wordStarts.size()) {
            throw new IllegalArgumentException("one set of word starts per unit");
        }
        String[] folded = new String[units.size()];
        int[] starts = new int[units.size() + 1];
        int events = 0;
        for (int u = 0; u < folded.length; u++) {
            folded[u] = SearchText.fold(units.get(u).text());
            starts[u + 1] = starts[u] + folded[u].length();
            events += 2 * folded[u].length();
        }
        // each event: the key with its sign bit flipped (so that signed order is the keys' unsigned order), then
        // the offset in the document; placed in key order by counting (a document's events come in offset order)
        IntCounts counts = new IntCounts(events / 4);
        int n = 0;
        for (String f : folded) {
            for (int i = 0; i < f.length(); i++) {
                char c = f.charAt(i);
                if (isSpace(c)) {
                    continue;
                }
                counts.add(c, 1);
                n++;
                if (i + 1 < f.length() && !isSpace(f.charAt(i + 1))) {
                    counts.add(c << 16 | f.charAt(i + 1), 1);
                    n++;
                }
            }
        }
        int cursor = 0;
        for (int key : counts.sortedKeys()) {
            int count = counts.get(key);
            counts.set(key, cursor);
            cursor += count;
        }
        long[] ev = new long[n];
        int[] unitAt = new int[starts[folded.length] + 1]; // the unit of each offset in the document
        for (int u = 0; u < folded.length; u++) {
            String f = folded[u];
            Arrays.fill(unitAt, starts[u], starts[u + 1], u);
            for (int i = 0; i < f.length(); i++) {
                char c = f.charAt(i);
                if (isSpace(c)) {
                    continue;
                }
                long at = starts[u] + i;
                ev[counts.next(c)] = ((long) (c ^ 0x80000000)) << 32 | at;
                if (i + 1 < f.length() && !isSpace(f.charAt(i + 1))) {
                    int pair = c << 16 | f.charAt(i + 1);
                    ev[counts.next(pair)] = ((long) (pair ^ 0x80000000)) << 32 | at;
                }
            }
        }
        Bytes out = new Bytes(n * 2 + 16);
        int keys = 0;
        for (int i = 0; i < n; ) {
            int j = i;
            while (j < n && ev[j] >>> 32 == ev[i] >>> 32) {
                j++;
            }
            keys++;
            i = j;
        }
        out.varint(keys);
        long previousKey = 0;
        Bytes payload = new Bytes(256);
        for (int i = 0; i < n; ) {
            long key = ((ev[i] >> 32) ^ 0x80000000L) & 0xFFFFFFFFL;
            int j = i;
            while (j < n && ev[j] >>> 32 == ev[i] >>> 32) {
                j++;
            }
            payload.clear();
            payload(ev, i, j, key >= 0x10000, starts, unitAt, units, wordStarts, payload);
            out.varint(key - previousKey).varint(payload.size()).bytes(payload);
            previousKey = key;
            i = j;
        }
        return new SearchDoc(units, out.toArray());
    }

    /** One key's payload: its events (offsets in the document, increasing) by unit. */
    private static void payload(long[] ev, int from, int to, boolean pair, int[] starts, int[] unitAt,
                                List<SearchUnit> units, List<BitSet> wordStarts, Bytes out) {
        int unitCount = 0;
        int unit = -1;
        for (int k = from; k < to; k++) {
            int u = unitAt[(int) ev[k]];
            if (u != unit) {
                unit = u;
                unitCount++;
            }
        }
        out.varint(unitCount);
        int previousUnit = 0;
        for (int k = from; k < to; ) {
            unit = unitAt[(int) ev[k]];
            int end = k;
            int limit = starts[unit + 1];
            while (end < to && (int) ev[end] < limit) {
                end++;
            }
            out.varint((long) (unit - previousUnit) << 2 | units.get(unit).kind()).varint(end - k);
            if (pair) {
                BitSet words = wordStarts.get(unit);
                int previous = 0;
                for (int h = k; h < end; h++) {
                    int offset = (int) ev[h] - starts[unit];
                    out.varint((long) (offset - previous) << 1 | (words != null && words.get(offset) ? 1 : 0));
                    previous = offset;
                }
            }
            previousUnit = unit;
            k = end;
        }
    }

    static boolean isSpace(char c) {
        return c <= ' ' || c == '\u00A0' || Character.isWhitespace(c);
    }
}
