package org.reportarchive.search;

import java.util.Arrays;

/**
 * A growable byte array with unsigned LEB128 variable-length integers (seven bits a byte, low bits first), the
 * encoding of every number in the index files.
 */
final class Bytes {
    private byte[] data;
    private int size;

    Bytes() {
        this(64);
    }

    Bytes(int capacity) {
        data = new byte[Math.max(8, capacity)];
    }

    /** Appends a non-negative number (up to 2<sup>35</sup>). */
    Bytes varint(long v) {
        if (v < 0) {
            throw new IllegalArgumentException("negative varint " + v);
        }
        ensure(6);
        byte[] d = data;
        int n = size;
        while (v >= 0x80) {
            d[n++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        d[n++] = (byte) v;
        size = n;
        return this;
    }

    Bytes bytes(byte[] src, int from, int length) {
        ensure(length);
        System.arraycopy(src, from, data, size, length);
        size += length;
        return this;
    }

    Bytes bytes(Bytes other) {
        return bytes(other.data, 0, other.size);
    }

    private void ensure(int more) {
        if (size + more > data.length) {
            data = Arrays.copyOf(data, Math.max(data.length * 2, size + more));
        }
    }

    /** Empties the array, keeping its room. */
    void clear() {
        size = 0;
    }

    int size() {
        return size;
    }

    byte[] array() {
        return data;
    }

    byte[] toArray() {
        return Arrays.copyOf(data, size);
    }

    /** A reader over a byte array. */
    static final class Reader {
        private final byte[] data;
        private int pos;
        private final int end;

        Reader(byte[] data) {
            this(data, 0, data.length);
        }

        Reader(byte[] data, int from, int end) {
            this.data = data;
            this.pos = from;
            this.end = end;
        }

        long varint() {
            long v = 0;
            int shift = 0;
            while (true) {
                byte b = data[pos++];
                v |= (long) (b & 0x7F) << shift;
                if (b >= 0) {
                    return v;
                }
                shift += 7;
            }
        }

        int position() {
            return pos;
        }

        void skip(int n) {
            pos += n;
        }

        boolean more() {
            return pos < end;
        }

        byte[] data() {
            return data;
        }
    }
}
