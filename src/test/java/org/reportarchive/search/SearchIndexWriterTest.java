package org.reportarchive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportarchive.model.PageSink;
import org.reportarchive.model.RecordingSink;

class SearchIndexWriterTest {

    private static List<SearchIndexWriter.DocMeta> metas(int n) {
        List<SearchIndexWriter.DocMeta> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new SearchIndexWriter.DocMeta("reports/r" + i + ".html", "报告" + i, "乐山市", "2021年", "工作报告",
                    List.of("year-" + (2020 + i % 3), "kind-report")));
        }
        return out;
    }

    private static RecordingSink build(Path dir, int docs, int shardBytes, long passBytes, int threads)
            throws Exception {
        RecordingSink sink = new RecordingSink();
        try (SearchDocStore store = new SearchDocStore(dir.resolve("docs-" + passBytes + ".bin"))) {
            List<Integer> numbers = new ArrayList<>();
            for (int d = docs - 1; d >= 0; d--) { // stored in any order, under any number
                List<SearchUnit> units = new ArrayList<>();
                units.add(new SearchUnit("report-title", SearchUnit.HEADING, "第" + d + "号报告"));
                for (int p = 1; p <= 20; p++) {
                    units.add(new SearchUnit("p" + p, SearchUnit.BODY, "常委会依法履职，听取审议报告" + (d * 31 + p)
                            + (p % 5 == 0 ? "，备案审查规范性文件" : "") + "。"));
                }
                store.add(100 + d, SearchDoc.of(units, Collections.nCopies(units.size(), null)));
            }
            for (int d = 0; d < docs; d++) {
                numbers.add(100 + d);
            }
            SearchIndexWriter.write(sink, metas(docs), docs, numbers, store, shardBytes, passBytes, threads, null, null,
                    null);
        }
        return sink;
    }

    /** The documents a key's list names, decoded from the shard (or its own file). */
    private static List<Integer> documents(RecordingSink sink, long key, int shards) {
        int s = SearchIndexWriter.shard((int) key, shards);
        byte[] shard = sink.bytes.get("search/s/" + s + ".bin");
        Bytes.Reader r = new Bytes.Reader(shard);
        long n = r.varint();
        long k = 0;
        long offset = 0;
        List<long[]> table = new ArrayList<>();
        for (long i = 0; i < n; i++) {
            k += r.varint();
            table.add(new long[] {k, r.varint(), r.varint(), r.varint()});
        }
        offset = r.position();
        for (long[] e : table) {
            if (e[0] == key) {
                byte[] data = e[3] == 0 ? shard : sink.bytes.get("search/x/" + s + "-" + e[3] + ".bin");
                Bytes.Reader list = new Bytes.Reader(data, e[3] == 0 ? (int) offset : 0, data.length);
                List<Integer> docs = new ArrayList<>();
                int doc = 0;
                for (int d = 0; d < e[1]; d++) {
                    doc = d == 0 ? (int) list.varint() : doc + (int) list.varint();
                    docs.add(doc);
                    SearchDocTest.payload(list, key >= 0x10000);
                }
                return docs;
            }
            if (e[3] == 0) {
                offset += e[2];
            }
        }
        return List.of();
    }

    @Test
    void aKeysListNamesEveryDocumentItOccursIn(@TempDir Path dir) throws Exception {
        RecordingSink sink = build(dir, 40, 2048, Long.MAX_VALUE, 1);
        String manifest = sink.files.get("search/index.json");
        int shards = Integer.parseInt(manifest.replaceAll(".*\"shards\":(\\d+).*\\s*", "$1"));
        assertTrue(shards >= 16 && Integer.bitCount(shards) == 1, manifest);
        List<Integer> all = new ArrayList<>();
        for (int d = 0; d < 40; d++) {
            all.add(d);
        }
        assertEquals(all, documents(sink, SearchDocTest.pair("备案"), shards));
        assertEquals(List.of(7), documents(sink, SearchDocTest.pair("第7"), shards));
        assertTrue(sink.bytes.keySet().stream().anyMatch(p -> p.startsWith("search/x/")),
                "a long list is a file of its own");
        assertTrue(sink.files.get("search/t/3-0.json").contains("\"url\":\"reports/r3.html\""));
        assertTrue(sink.files.get("search/t/3-1.json").contains("\"first\":16"));
        assertEquals(List.of(1, 4, 7, 10, 13, 16, 19, 22, 25, 28, 31, 34, 37), facet(sink, "year-2021"));
        assertTrue(sink.files.get("search/fold.json").contains("\"from\""));
    }

    private static List<Integer> facet(RecordingSink sink, String name) {
        Bytes.Reader r = new Bytes.Reader(sink.bytes.get("search/f/" + name + ".bin"));
        long n = r.varint();
        List<Integer> out = new ArrayList<>();
        int d = 0;
        for (int i = 0; i < n; i++) {
            d += (int) r.varint();
            out.add(d);
        }
        return out;
    }

    @Test
    void theIndexIsTheSameWhetherItIsMergedInOnePassOrInSeveralAtATime(@TempDir Path dir) throws Exception {
        Map<String, String> one = hex(build(dir, 30, 2048, Long.MAX_VALUE, 1));
        assertEquals(one, hex(build(dir, 30, 2048, 4096, 1)));
        assertEquals(one, hex(build(dir, 30, 2048, 4096, 3)), "in several threads");
    }

    /** A document of the corpus below, with its fifth paragraph edited or not. */
    private static SearchDoc doc(int d, boolean edited) {
        List<SearchUnit> units = new ArrayList<>();
        units.add(new SearchUnit("report-title", SearchUnit.HEADING, "第" + d + "号报告"));
        for (int p = 1; p <= 20; p++) {
            String text = "常委会依法履职，听取审议报告" + (d * 31 + p) + (p % 5 == 0 ? "，备案审查规范性文件" : "") + "。";
            units.add(new SearchUnit("p" + p, SearchUnit.BODY, edited && p == 5 ? text + "新增乡村振兴促进条例。" : text));
        }
        return SearchDoc.of(units, Collections.nCopies(units.size(), null));
    }

    /** A sink that remembers each file's key and keeps the files of a previous sink made from the same key. */
    private static final class KeepingSink implements PageSink {
        final Map<String, byte[]> bytes = new TreeMap<>();
        final Map<String, String> keys = new TreeMap<>();
        private final KeepingSink previous;

        KeepingSink(KeepingSink previous) {
            this.previous = previous;
        }

        @Override
        public void page(String path, String template, Object content) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void file(String path, Content content) throws IOException {
            file(path, null, content);
        }

        @Override
        public synchronized void file(String path, String key, Content content) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            content.writeTo(out);
            bytes.put(path, out.toByteArray());
            keys.put(path, key);
        }

        @Override
        public synchronized long keep(String path, String key) {
            if (previous == null || key == null || !key.equals(previous.keys.get(path))) {
                return -1;
            }
            bytes.put(path, previous.bytes.get(path));
            keys.put(path, key);
            return bytes.get(path).length;
        }
    }

    private static SearchIndexWriter.Written index(Path dir, String name, KeepingSink sink, int edited,
                                                   SearchIndexWriter.Previous previous) throws Exception {
        int n = 30;
        try (SearchDocStore store = new SearchDocStore(dir.resolve(name + ".bin"))) {
            List<Integer> numbers = new ArrayList<>();
            List<String> keys = new ArrayList<>();
            for (int d = 0; d < n; d++) {
                store.add(d, doc(d, d == edited));
                numbers.add(d);
                keys.add("d" + d + (d == edited ? "-edited" : ""));
            }
            return SearchIndexWriter.write(sink, metas(n), n, numbers, store, 2048, Long.MAX_VALUE, 2, null, keys,
                    previous);
        }
    }

    @Test
    void aRebuildMergesOnlyTheShardsAnEditedParagraphChangesAndWritesWhatABuildFromScratchWrites(@TempDir Path dir)
            throws Exception {
        KeepingSink first = new KeepingSink(null);
        SearchIndexWriter.Written before = index(dir, "first", first, -1, null);
        assertEquals(before.shards(), before.merged(), "the first build merges every shard");
        byte[] oldPostings = doc(7, false).postings();
        KeepingSink rebuilt = new KeepingSink(first);
        SearchIndexWriter.Written after = index(dir, "rebuilt", rebuilt, 7,
                new SearchIndexWriter.Previous(before.state(), key -> key.equals("d7") ? oldPostings : null));
        KeepingSink scratch = new KeepingSink(null);
        SearchIndexWriter.Written cold = index(dir, "scratch", scratch, 7, null);
        assertEquals(hex(scratch.bytes), hex(rebuilt.bytes));
        assertEquals(cold.keys(), after.keys());
        assertEquals(cold.bytes(), after.bytes());
        assertTrue(after.merged() > 0 && after.merged() < after.shards() / 4,
                after.merged() + " of " + after.shards() + " shards merged again");

        KeepingSink unknown = new KeepingSink(first);
        SearchIndexWriter.Written without = index(dir, "unknown", unknown, 7,
                new SearchIndexWriter.Previous(before.state(), key -> null));
        assertEquals(without.shards(), without.merged(), "the old postings not at hand: every shard is merged");
        assertEquals(hex(scratch.bytes), hex(unknown.bytes));
    }

    @Test
    void twoDocumentsDifferInTheShardsOfTheKeysWhosePostingsDiffer() {
        byte[] a = doc(3, false).postings();
        byte[] b = doc(3, true).postings();
        java.util.BitSet none = new java.util.BitSet();
        ChangedShards.diff(a, a, 64, none);
        assertTrue(none.isEmpty());
        java.util.BitSet some = new java.util.BitSet();
        ChangedShards.diff(a, b, 64, some);
        assertTrue(some.get(SearchIndexWriter.shard((int) SearchDocTest.pair("振兴"), 64)), "a key only the edit has");
        assertTrue(some.cardinality() < 64, some.toString());
    }

    private static Map<String, String> hex(Map<String, byte[]> files) {
        Map<String, String> out = new TreeMap<>();
        files.forEach((k, v) -> out.put(k, java.util.HexFormat.of().formatHex(v)));
        return out;
    }

    private static Map<String, String> hex(RecordingSink sink) {
        Map<String, String> out = new TreeMap<>();
        sink.bytes.forEach((k, v) -> out.put(k, java.util.HexFormat.of().formatHex(v)));
        return out;
    }
}
