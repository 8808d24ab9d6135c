package org.reportarchive.search;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.reportarchive.concurrent.Parallel;
import org.reportarchive.model.PageSink;

/**
 * Writes the search index as static files under {@code search/}, from the documents' parts in a
 * {@link SearchDocStore}:
 * <ul>
 * <li>{@code index.json}: the numbers a query needs (documents, shards, units per text file);</li>
 * <li>{@code fold.json}: the characters the browser folds by table ({@link SearchText#table()});</li>
 * <li>{@code s/N.bin}: shard N, the keys whose hash falls in it, each with the documents it occurs in, where and
 * how often (small lists inline, large ones in {@code x/N-M.bin}, fetched only when a query needs them);</li>
 * <li>{@code t/D-P.json}: the text of document D's units, {@value #PART} to a file, for snippets;</li>
 * <li>{@code f/FACET-VALUE.bin}: the documents of a place, year, kind or theme, for filters.</li>
 * </ul>
 * Keys are merged one group of shards at a time, so that memory holds at most {@value #PASS_BYTES} bytes of
 * postings whatever the size of the archive.
 */
public final class SearchIndexWriter {

    /** Units a text file holds. */
    public static final int PART = 16;
    /** What a shard's inline lists weigh, about; a key's list longer than two thirds of it is a file of its own. */
    static final int SHARD_BYTES = 24 * 1024;
    /** Postings held in memory in one pass over the documents. */
    static final long PASS_BYTES = 64L * 1024 * 1024;
    public static final int VERSION = 1;

    private static final JsonFactory JSON = new JsonFactory();

    /**
     * A document as a search result shows it.
     *
     * @param url    its page, relative to the site root
     * @param facets what the filters know it by: {@code place-leshan}, {@code year-2021}, {@code kind-report},
     *               {@code theme-li-fa}
     */
    public record DocMeta(String url, String title, String place, String when, String kind, List<String> facets) {
    }

    /**
     * The previous build's index, for a rebuild: what it was made from, and the postings a document key stood for
     * then (null when they are no longer at hand).
     */
    public record Previous(IndexState state, Function<String, byte[]> postings) {
    }

    /**
     * What was written, for the build's report, with what the next build may start from.
     *
     * @param merged how many shards were merged (the others were kept as the previous build left them)
     */
    public record Written(int documents, int keys, int shards, int ownFiles, long bytes, int passes, int merged,
                          IndexState state) {

        /** {@code 1,234 documents, 56,789 keys in 1,024 shards (12 lists of their own), 12.3 MB} */
        public String describe() {
            return String.format(java.util.Locale.ROOT, "%,d documents, %,d keys in %,d shards (%,d lists of their"
                    + " own%s), %.1f MB", documents, keys, shards, ownFiles,
                    merged < shards ? String.format(java.util.Locale.ROOT, "; %,d merged again", merged) : "",
                    bytes / 1e6);
        }
    }

    private SearchIndexWriter() {
    }

    /**
     * @param docs    every document in the order of the index (reports newest first, then the glossary's entries)
     * @param reports how many of the documents are reports (the rest are glossary entries)
     * @param numbers the number each document's part was kept under in the store
     * @param store   their parts of the index
     * @param threads how many threads merge and write
     * @param textKeys for each document, a fingerprint of its text and its {@link DocMeta} (or null): a document
     *                 whose text files the previous build made from the same fingerprint keeps them
     * @param docKeys  for each document, the key its postings are known by across builds, or null to merge every
     *                 shard
     * @param previous the previous build's index, or null: only the shards where some document's postings differ
     *                 from it are merged again
     */
    public static Written write(PageSink out, List<DocMeta> docs, int reports, List<Integer> numbers,
                                SearchDocStore store, int threads, List<String> textKeys, List<String> docKeys,
                                Previous previous) throws IOException {
        return write(out, docs, reports, numbers, store, SHARD_BYTES, PASS_BYTES, threads, textKeys, docKeys,
                previous);
    }

    /**
     * @param shardBytes what a shard should weigh, about
     * @param passBytes  the postings one pass may hold in memory
     * @param threads    how many groups of shards are merged at a time (each holding its postings)
     */
    static Written write(PageSink out, List<DocMeta> docs, int reports, List<Integer> numbers, SearchDocStore store,
                         int shardBytes, long passBytes, int threads, List<String> textKeys, List<String> docKeys,
                         Previous previous) throws IOException {
        long total = store.postingBytes();
        int shards = Integer.highestOneBit((int) Math.max(16, Math.min(1 << 20, total / shardBytes)) * 2 - 1);
        int passes = (int) Math.max(1, (total + passBytes - 1) / passBytes);
        BitSet merge = docKeys == null ? null : ChangedShards.of(previous, shards, docKeys, numbers, store);
        long[] bytes = {0};
        Shards made = new Shards(shards);
        if (merge != null) {
            // a shard no document changed is the previous build's, if its files are still as that build left them
            IndexState before = previous.state();
            for (int s = merge.nextClearBit(0); s < shards; s = merge.nextClearBit(s + 1)) {
                if (keptShard(out, s, before.own()[s])) {
                    made.set(s, before.keys()[s], before.own()[s], before.bytes()[s]);
                } else {
                    merge.set(s);
                }
            }
        }
        // groups of shards, each merged in one pass over the documents; as many at a time as there are threads, or,
        // when a few shards are merged again, as few as their postings allow
        int groups = merge == null ? Math.max(passes, threads) : merge.isEmpty() ? 0 // nothing to merge again
                : Math.max(1, (int) Math.ceil((double) passes * merge.cardinality() / shards));
        List<Parallel.Task<Integer, Void>> tasks = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            int group = g;
            tasks.add(task -> {
                mergeGroup(out, docs, numbers, store, shards, group, groups, merge, shardBytes, made);
                return null;
            });
        }
        for (int t = 0; t < threads; t++) {
            int first = t;
            tasks.add(task -> {
                for (int d = first; d < docs.size(); d += threads) {
                    String key = textKeys == null || textKeys.get(d) == null ? null
                            : textKeys.get(d) + " " + VERSION + " " + PART + " " + d;
                    if (key == null || !keptText(out, d, key, bytes)) {
                        writeText(out, d, docs.get(d), store.units(numbers.get(d)), key, bytes);
                    }
                }
                return null;
            });
        }
        Parallel.run(tasks, threads);
        int keys = 0;
        int own = 0;
        for (int s = 0; s < shards; s++) {
            keys += made.keys[s];
            own += made.own[s];
            bytes[0] += made.bytes[s];
        }
        writeFacets(out, docs, bytes);
        writeFold(out, bytes);
        int keyCount = keys;
        out.file("search/index.json", stream -> {
            try (JsonGenerator g = JSON.createGenerator(stream, JsonEncoding.UTF8)) {
                g.writeStartObject();
                g.writeNumberField("version", VERSION);
                g.writeNumberField("documents", docs.size());
                g.writeNumberField("reports", reports);
                g.writeNumberField("shards", shards);
                g.writeNumberField("part", PART);
                g.writeNumberField("keys", keyCount);
                g.writeEndObject();
            }
            stream.write('\n');
        });
        List<String> stateDocs = new ArrayList<>();
        for (int d = 0; d < docs.size(); d++) {
            String k = docKeys == null ? null : docKeys.get(d);
            stateDocs.add(k == null ? "" : k);
        }
        return new Written(docs.size(), keys, shards, own, bytes[0], passes,
                merge == null ? shards : merge.cardinality(),
                new IndexState(shards, stateDocs, made.keys, made.own, made.bytes));
    }

    /** The key under which shard files are written: a rebuild keeps them by {@link ChangedShards}. */
    private static final String SHARD_KEY = "search-shard " + VERSION;

    /** Whether the previous build's files of a shard are all kept. */
    private static boolean keptShard(PageSink out, int shard, int own) {
        if (out.keep(shardPath(shard), SHARD_KEY) < 0) {
            return false;
        }
        for (int m = 1; m <= own; m++) {
            if (out.keep(ownPath(shard, m), SHARD_KEY) < 0) {
                return false; // merged again: the same lists, written again under the same names
            }
        }
        return true;
    }

    private static String shardPath(int shard) {
        return "search/s/" + shard + ".bin";
    }

    private static String ownPath(int shard, int where) {
        return "search/x/" + shard + "-" + where + ".bin";
    }

    /** Each shard's keys, lists of their own and bytes, as the shards are merged or kept. */
    private static final class Shards {
        final int[] keys;
        final int[] own;
        final long[] bytes;

        Shards(int shards) {
            keys = new int[shards];
            own = new int[shards];
            bytes = new long[shards];
        }

        synchronized void set(int shard, int keyCount, int ownCount, long byteCount) {
            keys[shard] = keyCount;
            own[shard] = ownCount;
            bytes[shard] = byteCount;
        }
    }

    /**
     * Merges the keys of one group of shards (those of {@code merge} only, unless it is null) from every document
     * and writes the group's shards.
     */
    private static void mergeGroup(PageSink out, List<DocMeta> docs, List<Integer> numbers, SearchDocStore store,
                                   int shards, int group, int groups, BitSet merge, int shardBytes, Shards made)
            throws IOException {
        Merged merged = new Merged();
        for (int d = 0; d < docs.size(); d++) {
            byte[] p = store.postings(numbers.get(d));
            Bytes.Reader r = new Bytes.Reader(p);
            long n = r.varint();
            long key = 0;
            for (long k = 0; k < n; k++) {
                key += r.varint();
                int length = (int) r.varint();
                int s = groups == 1 && merge == null ? 0 : shard((int) key, shards);
                if ((groups == 1 || s % groups == group) && (merge == null || merge.get(s))) {
                    merged.add((int) key, d, p, r.position(), length);
                }
                r.skip(length);
            }
        }
        Map<Integer, List<Integer>> byShard = new TreeMap<>();
        for (int key : merged.keys()) {
            byShard.computeIfAbsent(shard(key, shards), s -> new ArrayList<>()).add(key);
        }
        for (int s = group; s < shards; s += groups) {
            if (merge != null && !merge.get(s)) {
                continue;
            }
            List<Integer> list = byShard.getOrDefault(s, new ArrayList<>());
            list.sort(Integer::compareUnsigned);
            writeShard(out, s, list, merged, shardBytes * 2 / 3, made);
        }
    }

    /** The shard of a key: its bits mixed (MurmurHash3's finaliser), modulo the number of shards. */
    public static int shard(int key, int shards) {
        return (mix(key) & 0x7FFFFFFF) % shards;
    }

    private static int mix(int key) {
        int h = key;
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        h ^= h >>> 16;
        return h;
    }

    /** A key's documents as they are merged: each document's number (as a difference) and its payload. */
    private static final class Postings {
        final Bytes data = new Bytes(16);
        int documents;
        int last = -1;

        void add(int doc, byte[] src, int from, int length) {
            data.varint(last < 0 ? doc : doc - last).bytes(src, from, length);
            last = doc;
            documents++;
        }
    }

    /** The keys' postings as they are merged, in an open-addressing table (no boxing: millions of additions). */
    private static final class Merged {
        private int[] keys = new int[1 << 14];
        private Postings[] values = new Postings[1 << 14];
        private int size;

        void add(int key, int doc, byte[] src, int from, int length) {
            int mask = keys.length - 1;
            int i = mix(key) & mask;
            while (values[i] != null && keys[i] != key) {
                i = (i + 1) & mask;
            }
            if (values[i] == null) {
                keys[i] = key;
                values[i] = new Postings();
                if (++size * 2 > keys.length) {
                    grow();
                    add(key, doc, src, from, length);
                    return;
                }
            }
            values[i].add(doc, src, from, length);
        }

        Postings get(int key) {
            int mask = keys.length - 1;
            for (int i = mix(key) & mask; values[i] != null; i = (i + 1) & mask) {
                if (keys[i] == key) {
                    return values[i];
                }
            }
            return null;
        }

        int[] keys() {
            int[] out = new int[size];
            int n = 0;
            for (int i = 0; i < keys.length; i++) {
                if (values[i] != null) {
                    out[n++] = keys[i];
                }
            }
            return out;
        }

        private void grow() {
            int[] oldKeys = keys;
            Postings[] oldValues = values;
            keys = new int[oldKeys.length * 2];
            values = new Postings[oldKeys.length * 2];
            int mask = keys.length - 1;
            for (int j = 0; j < oldKeys.length; j++) {
                if (oldValues[j] != null) {
                    int i = mix(oldKeys[j]) & mask;
                    while (values[i] != null) {
                        i = (i + 1) & mask;
                    }
                    keys[i] = oldKeys[j];
                    values[i] = oldValues[j];
                }
            }
        }
    }

    /**
     * A shard: the number of keys, then for each its difference from the previous key, the number of documents,
     * the length of its list and where the list is (0: in this file, after the table; M: in {@code x/N-M.bin});
     * then the lists kept in this file, in the table's order.
     */
    private static void writeShard(PageSink out, int shard, List<Integer> keys, Merged merged,
                                   int ownFileBytes, Shards made) throws IOException {
        long bytes = 0;
        Bytes table = new Bytes(keys.size() * 6 + 8);
        Bytes inline = new Bytes(1024);
        table.varint(keys.size());
        long previous = 0;
        int own = 0;
        for (Integer key : keys) {
            Postings p = merged.get(key);
            long k = Integer.toUnsignedLong(key);
            int where = 0;
            if (p.data.size() > ownFileBytes) {
                where = ++own;
                byte[] list = p.data.toArray();
                bytes += list.length;
                out.file(ownPath(shard, where), SHARD_KEY, stream -> stream.write(list));
            } else {
                inline.bytes(p.data);
            }
            table.varint(k - previous).varint(p.documents).varint(p.data.size()).varint(where);
            previous = k;
        }
        table.bytes(inline);
        byte[] file = table.toArray();
        bytes += file.length;
        out.file(shardPath(shard), SHARD_KEY, stream -> stream.write(file));
        made.set(shard, keys.size(), own, bytes);
    }

    private static String textPath(int doc, int part) {
        return "search/t/" + doc + "-" + part + ".json";
    }

    /** Whether the previous build's text files of a document, made from the same key, are all kept. */
    private static boolean keptText(PageSink out, int doc, String key, long[] bytes) {
        long size = out.keep(textPath(doc, 0), key);
        if (size < 0) {
            return false;
        }
        // the same key, the same text: as many files as before, each made from it
        for (int part = 1; size >= 0; part++) {
            synchronized (bytes) {
                bytes[0] += size;
            }
            size = out.keep(textPath(doc, part), key);
        }
        return true;
    }

    private static void writeText(PageSink out, int doc, DocMeta meta, List<SearchUnit> units, String key,
                                  long[] bytes) throws IOException {
        for (int first = 0, part = 0; first < units.size() || part == 0; first += PART, part++) {
            int from = first;
            out.file(textPath(doc, part), key, stream -> {
                CountingStream counted = new CountingStream(stream);
                try (JsonGenerator g = JSON.createGenerator(counted, JsonEncoding.UTF8)) {
                    g.writeStartObject();
                    g.writeStringField("url", meta.url());
                    g.writeStringField("title", meta.title());
                    g.writeStringField("place", meta.place());
                    g.writeStringField("when", meta.when());
                    g.writeStringField("kind", meta.kind());
                    g.writeNumberField("first", from);
                    g.writeArrayFieldStart("units");
                    for (int u = from; u < Math.min(units.size(), from + PART); u++) {
                        SearchUnit unit = units.get(u);
                        g.writeStartArray();
                        g.writeString(unit.anchor());
                        g.writeNumber(unit.kind());
                        g.writeString(unit.text());
                        g.writeEndArray();
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                }
                synchronized (bytes) {
                    bytes[0] += counted.count;
                }
            });
        }
    }

    /** Each facet value's documents: their number, then each as the difference from the previous one. */
    private static void writeFacets(PageSink out, List<DocMeta> docs, long[] bytes) throws IOException {
        Map<String, List<Integer>> byValue = new TreeMap<>();
        for (int d = 0; d < docs.size(); d++) {
            for (String f : docs.get(d).facets()) {
                byValue.computeIfAbsent(f, x -> new ArrayList<>()).add(d);
            }
        }
        for (Map.Entry<String, List<Integer>> e : byValue.entrySet()) {
            Bytes b = new Bytes(e.getValue().size() * 2 + 4);
            b.varint(e.getValue().size());
            int last = 0;
            for (int d : e.getValue()) {
                b.varint(d - last);
                last = d;
            }
            byte[] file = b.toArray();
            bytes[0] += file.length;
            out.file("search/f/" + e.getKey() + ".bin", stream -> stream.write(file));
        }
    }

    private static void writeFold(PageSink out, long[] bytes) throws IOException {
        SearchText.Table table = SearchText.table();
        out.file("search/fold.json", stream -> {
            CountingStream counted = new CountingStream(stream);
            try (JsonGenerator g = JSON.createGenerator(counted, JsonEncoding.UTF8)) {
                g.writeStartObject();
                g.writeStringField("from", table.from());
                g.writeStringField("to", table.to());
                g.writeEndObject();
            }
            bytes[0] += counted.count;
        });
    }

    private static final class CountingStream extends OutputStream {
        private final OutputStream out;
        long count;

        CountingStream(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }
    }
}
