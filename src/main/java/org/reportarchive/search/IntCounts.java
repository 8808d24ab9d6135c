package org.reportarchive.search;

import java.util.Arrays;

/** Counts by int key in an open-addressing table: no boxing, for the tens of thousands of keys of a document. */
final class IntCounts {
    private int[] keys;
    private int[] values;
    private boolean[] used;
    private int size;

    IntCounts(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2) - 1) * 2;
        keys = new int[capacity];
        values = new int[capacity];
        used = new boolean[capacity];
    }

    /** Adds to a key's count and returns the slot that holds it. */
    void add(int key, int n) {
        int i = slot(key);
        if (!used[i]) {
            used[i] = true;
            keys[i] = key;
            if (++size * 2 > keys.length) {
                grow();
                i = slot(key);
            }
        }
        values[i] += n;
    }

    int get(int key) {
        int i = slot(key);
        return used[i] ? values[i] : 0;
    }

    void set(int key, int value) {
        int i = slot(key);
        if (!used[i]) {
            throw new IllegalArgumentException("no key " + key);
        }
        values[i] = value;
    }

    /** Returns a key's count, then adds one to it. */
    int next(int key) {
        int i = slot(key);
        return values[i]++;
    }

    /** The keys in increasing unsigned order. */
    int[] sortedKeys() {
        long[] flipped = new long[size];
        int n = 0;
        for (int i = 0; i < keys.length; i++) {
            if (used[i]) {
                flipped[n++] = Integer.toUnsignedLong(keys[i]);
            }
        }
        Arrays.sort(flipped);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = (int) flipped[i];
        }
        return out;
    }

    private int slot(int key) {
        int h = key * 0x9E3779B9;
        int mask = keys.length - 1;
        int i = (h ^ h >>> 16) & mask;
        while (used[i] && keys[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void grow() {
        int[] oldKeys = keys;
        int[] oldValues = values;
        boolean[] oldUsed = used;
        keys = new int[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        used = new boolean[oldKeys.length * 2];
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldUsed[j]) {
                int i = slot(oldKeys[j]);
                used[i] = true;
                keys[i] = oldKeys[j];
                values[i] = oldValues[j];
            }
        }
    }
}
