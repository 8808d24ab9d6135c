package org.reportarchive.model;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Where the stages put what they make: a page is a template and the typed record it shows, at a path of the
 * site ({@code glossary/si-ge-ji-guan.html}); a file is data ({@code data/reports.json}), written as a stream so
 * that a large export is never held in memory whole.
 */
public interface PageSink {

    /** Renders {@code content} with {@code template} to the page at {@code path}. */
    void page(String path, String template, Object content) throws IOException;

    /** Writes a data file. */
    void file(String path, Content content) throws IOException;

    /**
     * Writes a data file made from what {@code key} fingerprints (a build with a cache keeps the previous build's
     * file of the same key instead, see {@link #keep}).
     */
    default void file(String path, String key, Content content) throws IOException {
        file(path, content);
    }

    /**
     * If the previous build made the file at {@code path} from what {@code key} fingerprints and it is still there
     * as it was written, it is part of this build as it is: its size in bytes. Otherwise (always without a
     * cache) -1.
     */
    default long keep(String path, String key) {
        return -1;
    }

    /** The bytes of a data file, written to a stream. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }
}
