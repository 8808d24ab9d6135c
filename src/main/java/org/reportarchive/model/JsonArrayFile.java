package org.reportarchive.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A data export that is a JSON array, written item by item: each item's JSON is made on its own ({@link #item}),
 * where the page it belongs with is made (and perhaps kept for the next build), and added to the file in order
 * ({@link #add}). Items are indented as the file indents them and made by the same UTF-8 generator, which
 * escapes what the file escapes (characters beyond the BMP), so the file is what one generator would write.
 */
public final class JsonArrayFile implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonGenerator out;

    /** What an item writes: one JSON value. */
    @FunctionalInterface
    public interface Item {
        void writeTo(JsonGenerator out) throws IOException;
    }

    public JsonArrayFile(OutputStream stream) throws IOException {
        this.out = JSON.getFactory().createGenerator(stream);
        out.useDefaultPrettyPrinter();
        out.writeStartArray();
    }

    /** An item's JSON text. The generator writes records and other values with {@code writeObject}. */
    public static String item(Item item) throws IOException {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        try (JsonGenerator out = JSON.getFactory().createGenerator(text)) {
            out.useDefaultPrettyPrinter();
            item.writeTo(out);
        }
        return text.toString(StandardCharsets.UTF_8);
    }

    /** Adds an item's JSON, as {@link #item} made it. */
    public void add(String item) throws IOException {
        out.writeRawValue(item);
    }

    @Override
    public void close() throws IOException {
        out.writeEndArray();
        out.writeRaw('\n');
        out.close();
    }
}
