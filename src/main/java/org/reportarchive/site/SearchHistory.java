package org.reportarchive.site;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.reportarchive.search.IndexState;
import org.reportarchive.search.SearchDocStore;
import org.reportarchive.search.SearchIndexWriter;

/**
 * The search index a build with a cache leaves for the next: what it was made from ({@link IndexState}), and the
 * reports' postings it stood for, which the cache still holds, so that a rebuild merges again only the shards an
 * edit changed. A build without a cache has no history.
 */
final class SearchHistory {

    private static final String FILE = "search-state.bin";
    /** A report's document key: its analysis key, under which the cache keeps its part of the index. */
    private static final String REPORT = "report:";

    private final BuildCache cache;
    private final String program;
    private final SearchIndexWriter.Previous previous;

    private SearchHistory(BuildCache cache) {
        this.cache = cache;
        this.program = cache.program();
        this.previous = read();
    }

    /**
     * The previous build's index, taken from the cache: the cache no longer holds it until {@link #save}, so that a
     * build that fails after writing part of the index leaves no description of files it changed.
     */
    static SearchHistory take(BuildCache cache) throws IOException {
        SearchHistory history = new SearchHistory(cache);
        if (cache.persistent()) {
            Files.deleteIfExists(cache.fixedFile(FILE));
        }
        return history;
    }

    static String reportKey(String analysisKey) {
        return REPORT + analysisKey;
    }

    /** The previous build's index, or null. */
    SearchIndexWriter.Previous previous() {
        return previous;
    }

    private SearchIndexWriter.Previous read() {
        if (!cache.persistent()) {
            return null;
        }
        Path f = cache.fixedFile(FILE);
        if (!Files.isRegularFile(f)) {
            return null;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(f)))) {
            if (!in.readUTF().equals(program)) {
                return null; // made by another version of the program
            }
            IndexState state = IndexState.read(in);
            return state == null ? null : new SearchIndexWriter.Previous(state, key -> key.startsWith(REPORT)
                    ? cache.peekBytes("search", key.substring(REPORT.length())).map(SearchDocStore::postingsOf)
                    .orElse(null) : null);
        } catch (IOException | RuntimeException e) {
            return null; // unreadable: every shard is merged
        }
    }

    /** Keeps what this build's index was made from for the next. */
    void save(IndexState state) throws IOException {
        if (!cache.persistent() || state == null) {
            return;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(program);
            state.write(out);
        }
        BuildCache.replace(cache.fixedFile(FILE), bytes.toByteArray());
    }
}
