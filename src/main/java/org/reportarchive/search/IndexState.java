package org.reportarchive.search;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What a search index was made from, kept for the next build: the number of shards, each document's key (what its
 * postings were made from, in the index's order) and, for each shard, its keys, its lists in files of their own
 * and its bytes. A rebuild whose documents are those of the previous build at the same places merges again only
 * the shards where a document's postings changed.
 *
 * @param docs each document's key; empty where it had none (such a document is never taken as unchanged)
 */
public record IndexState(int shards, List<String> docs, int[] keys, int[] own, long[] bytes) {

    public IndexState {
        docs = List.copyOf(docs);
        if (keys.length != shards || own.length != shards || bytes.length != shards) {
            throw new IllegalArgumentException("one count of each kind per shard");
        }
    }

    public void write(DataOutputStream out) throws IOException {
        out.writeInt(SearchIndexWriter.VERSION);
        out.writeInt(shards);
        out.writeInt(docs.size());
        for (String d : docs) {
            out.writeUTF(d);
        }
        for (int s = 0; s < shards; s++) {
            out.writeInt(keys[s]);
            out.writeInt(own[s]);
            out.writeLong(bytes[s]);
        }
    }

    /** The state {@link #write} wrote, or null if it was written for another version of the index. */
    public static IndexState read(DataInputStream in) throws IOException {
        if (in.readInt() != SearchIndexWriter.VERSION) {
            return null;
        }
        int shards = in.readInt();
        int n = in.readInt();
        List<String> docs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            docs.add(in.readUTF());
        }
        int[] keys = new int[shards];
        int[] own = new int[shards];
        long[] bytes = new long[shards];
        for (int s = 0; s < shards; s++) {
            keys[s] = in.readInt();
            own[s] = in.readInt();
            bytes[s] = in.readLong();
        }
        return new IndexState(shards, docs, keys, own, bytes);
    }
}
