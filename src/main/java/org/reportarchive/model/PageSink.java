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

    /** The bytes of a data file, written to a stream. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }
}
