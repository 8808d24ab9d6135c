package org.reportarchive.site;

import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Records grouped by a key (a glossary term, a theme) on disk while reports are processed in any order, read
 * back one key at a time in a fixed order: memory holds one key's records, never the whole archive's. Each
 * record carries the rank of its report, which with the record's own order makes the order total.
 *
 * @param <T> the record type, written as the report's rank, the record's length and the record in Smile
 */
final class Spill<T> implements AutoCloseable {

    /** A record and the rank of the report it belongs to (0 for the newest report). */
    record Ranked<T>(int rank, T value) {
    }

    private final Path dir;
    private final ObjectWriter writer;
    private final ObjectReader reader;
    private final Map<String, DataOutputStream> open = new HashMap<>();

    Spill(Path dir, Class<T> type) {
        this.dir = dir;
        this.writer = BuildCache.BINARY.writerFor(type);
        this.reader = BuildCache.BINARY.readerFor(type);
    }

    /** Adds the records of one report under their keys. */
    synchronized void add(int rank, Map<String, List<T>> byKey) {
        try {
            for (Map.Entry<String, List<T>> e : byKey.entrySet()) {
                DataOutputStream w = open.get(e.getKey());
                if (w == null) {
                    w = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file(e.getKey()),
                            StandardOpenOption.CREATE, StandardOpenOption.APPEND)));
                    open.put(e.getKey(), w);
                }
                for (T v : e.getValue()) {
                    byte[] bytes = writer.writeValueAsBytes(v);
                    w.writeInt(rank);
                    w.writeInt(bytes.length);
                    w.write(bytes);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The records of a key: by rank, and within a report in the order they were added. */
    synchronized List<Ranked<T>> read(String key) throws IOException {
        DataOutputStream w = open.remove(key);
        if (w != null) {
            w.close();
        }
        Path f = file(key);
        List<Ranked<T>> out = new ArrayList<>();
        if (!Files.exists(f)) {
            return out;
        }
        try (DataInputStream r = new DataInputStream(new BufferedInputStream(Files.newInputStream(f)))) {
            while (true) {
                int rank;
                try {
                    rank = r.readInt();
                } catch (EOFException end) {
                    break;
                }
                byte[] bytes = new byte[r.readInt()];
                r.readFully(bytes);
                out.add(new Ranked<>(rank, reader.readValue(bytes)));
            }
        }
        out.sort(Comparator.comparingInt(Ranked::rank)); // stable: a report's records keep their order
        return out;
    }

    private Path file(String key) {
        String name = key.matches("[a-z0-9][a-z0-9-]{0,80}") ? key
                : java.util.HexFormat.of().formatHex(key.getBytes(StandardCharsets.UTF_8));
        return dir.resolve(name + ".spill");
    }

    @Override
    public synchronized void close() throws IOException {
        for (DataOutputStream w : open.values()) {
            w.close();
        }
        open.clear();
    }
}
