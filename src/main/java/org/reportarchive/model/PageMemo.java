package org.reportarchive.model;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Remembers what the pages of one part of an index (a glossary entry, a theme) made, under the fingerprint of
 * everything they are made from, so that a later build in which that part's inputs are the same keeps its pages as
 * they are instead of reading its occurrences and making its pages again.
 */
public interface PageMemo {

    /**
     * What a part's pages made.
     *
     * @param pages     the pages, by path
     * @param data      the part's entry in the data export (JSON)
     * @param count     what its pages count: occurrences of a term, passages on a theme
     * @param reports   the reports those are in
     * @param firstYear the year of the oldest dated report among them, or null
     */
    record Made(List<String> pages, String data, int count, int reports, Integer firstYear) {
        public Made {
            pages = List.copyOf(pages);
        }
    }

    /**
     * What an earlier build made of the part from the same inputs, when every one of its pages is still as it was
     * written (they are then part of this build as they are).
     */
    Optional<Made> recall(String part);

    /** Keeps what this build made of the part for the next. */
    void remember(String part, Made made);

    /** Remembers nothing: every part is made. */
    PageMemo NONE = new PageMemo() {
        @Override
        public Optional<Made> recall(String part) {
            return Optional.empty();
        }

        @Override
        public void remember(String part, Made made) {
        }
    };

    /** A sink that notes the paths of the pages it is given, in order, before handing them on. */
    final class Recorder implements PageSink {
        private final PageSink sink;
        private final List<String> pages = new ArrayList<>();

        public Recorder(PageSink sink) {
            this.sink = sink;
        }

        @Override
        public void page(String path, String template, Object content) throws IOException {
            pages.add(path);
            sink.page(path, template, content);
        }

        @Override
        public void file(String path, Content content) throws IOException {
            sink.file(path, content);
        }

        @Override
        public void file(String path, String key, Content content) throws IOException {
            sink.file(path, key, content);
        }

        @Override
        public long keep(String path, String key) {
            return sink.keep(path, key);
        }

        public List<String> pages() {
            return List.copyOf(pages);
        }
    }
}
