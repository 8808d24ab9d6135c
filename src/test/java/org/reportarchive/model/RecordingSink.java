package org.reportarchive.model;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** A sink that keeps what a stage makes: each page's template and model, each file's text. */
public final class RecordingSink implements PageSink {

    /** A page as a stage handed it over. */
    public record Page(String template, Object content) {
    }

    public final Map<String, Page> pages = new LinkedHashMap<>();
    public final Map<String, String> files = new LinkedHashMap<>();
    /** Each file's bytes, for binary files. */
    public final Map<String, byte[]> bytes = new LinkedHashMap<>();

    @Override
    public synchronized void page(String path, String template, Object content) {
        if (pages.put(path, new Page(template, content)) != null) {
            throw new IllegalStateException(path + " was made twice");
        }
    }

    @Override
    public synchronized void file(String path, Content content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        content.writeTo(out);
        files.put(path, out.toString(StandardCharsets.UTF_8));
        bytes.put(path, out.toByteArray());
    }

    @SuppressWarnings("unchecked")
    public <T> T model(String path, Class<T> type) {
        Page p = pages.get(path);
        if (p == null) {
            throw new AssertionError("no page " + path + " among " + pages.keySet());
        }
        return (T) type.cast(p.content());
    }
}
