package org.reportarchive.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * The shards a rebuild must merge again: those holding a key whose postings changed in some document. Found by
 * comparing each changed document's postings with its previous ones, key by key; an edited paragraph changes the
 * keys of that paragraph only (positions are counted within a paragraph), so most shards stay as they were.
 */
final class ChangedShards {

    private ChangedShards() {
    }

    /**
     * @return the shards to merge, or null when every shard must be merged: no previous index, another number of
     *         shards or of documents, a document whose previous postings are not at hand, or changes in most shards
     */
    static BitSet of(SearchIndexWriter.Previous previous, int shards, List<String> docKeys, List<Integer> numbers,
                     SearchDocStore store) throws IOException {
        IndexState state = previous == null ? null : previous.state();
        if (state == null || state.shards() != shards || state.docs().size() != docKeys.size()) {
            return null;
        }
        BitSet changed = new BitSet(shards);
        for (int d = 0; d < docKeys.size(); d++) {
            String now = docKeys.get(d);
            String before = state.docs().get(d);
            if (now != null && now.equals(before)) {
                continue;
            }
            byte[] old = now == null || before.isEmpty() ? null : previous.postings().apply(before);
            if (old == null) {
                return null;
            }
            diff(old, store.postings(numbers.get(d)), shards, changed);
            if (changed.cardinality() > shards / 2) {
                return null;
            }
        }
        return changed;
    }

    /** Marks the shards of the keys whose postings differ between two documents' postings. */
    static void diff(byte[] a, byte[] b, int shards, BitSet out) {
        Cursor x = new Cursor(a);
        Cursor y = new Cursor(b);
        while (x.valid || y.valid) {
            if (x.valid && y.valid && x.key == y.key) {
                if (!Arrays.equals(a, x.at, x.at + x.length, b, y.at, y.at + y.length)) {
                    out.set(SearchIndexWriter.shard((int) x.key, shards));
                }
                x.next();
                y.next();
            } else if (!y.valid || x.valid && x.key < y.key) {
                out.set(SearchIndexWriter.shard((int) x.key, shards));
                x.next();
            } else {
                out.set(SearchIndexWriter.shard((int) y.key, shards));
                y.next();
            }
        }
    }

    /** A walk over a document's postings: its keys in increasing order, each with where its payload is. */
    private static final class Cursor {
        private final Bytes.Reader r;
        private long left;
        boolean valid;
        long key;
        int at;
        int length;

        Cursor(byte[] postings) {
            r = new Bytes.Reader(postings);
            left = r.varint();
            next();
        }

        void next() {
            valid = left-- > 0;
            if (valid) {
                key += r.varint();
                length = (int) r.varint();
                at = r.position();
                r.skip(length);
            }
        }
    }
}
