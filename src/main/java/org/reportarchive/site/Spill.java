package org.reportarchive.site;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInput;
import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reportarchive.model.TermOccurrence;
import org.reportarchive.model.ThemePassage;

/**
 * Records grouped by a key (a glossary term, a theme) on disk while reports are processed in any order, read
 * back one key at a time in a fixed order: memory holds one key's records, never the whole archive's. Each
 * record carries the rank of its report, which with the record's own order makes the order total.
 *
 * @param <T> the record type, written with its codec after the report's rank
 */
final class Spill<T> implements AutoCloseable {

    /** A record and the rank of the report it belongs to (0 for the newest report). */
    record Ranked<T>(int rank, T value) {
    }

    /** How a record is written and read. */
    interface Codec<T> {
        void write(DataOutput out, T value) throws IOException;

        T read(DataInput in) throws IOException;
    }

    /** A glossary term's occurrence. */
    static final Codec<TermOccurrence> OCCURRENCES = new Codec<>() {
        @Override
        public void write(DataOutput out, TermOccurrence o) throws IOException {
            out.writeUTF(o.slug());
            out.writeUTF(o.reportId());
            out.writeUTF(o.paragraphId());
            out.writeInt(o.block());
            out.writeInt(o.offset());
            out.writeUTF(o.surface());
            out.writeUTF(o.before());
            out.writeUTF(o.after());
            out.writeBoolean(o.linked());
        }

        @Override
        public TermOccurrence read(DataInput in) throws IOException {
            return new TermOccurrence(in.readUTF(), in.readUTF(), in.readUTF(), in.readInt(), in.readInt(),
                    in.readUTF(), in.readUTF(), in.readUTF(), in.readBoolean());
        }
    };

    /** A theme's passage. */
    static final Codec<ThemePassage> PASSAGES = new Codec<>() {
        @Override
        public void write(DataOutput out, ThemePassage p) throws IOException {
            out.writeUTF(p.theme());
            out.writeUTF(p.reportId());
            out.writeUTF(p.paragraphId());
            out.writeUTF(p.snippet());
        }

        @Override
        public ThemePassage read(DataInput in) throws IOException {
            return new ThemePassage(in.readUTF(), in.readUTF(), in.readUTF(), in.readUTF());
        }
    };

    private final Path dir;
    private final Codec<T> codec;
    private final Map<String, DataOutputStream> open = new HashMap<>();
    private final Map<String, Sections> sections = new HashMap<>();

    Spill(Path dir, Codec<T> codec) {
        this.dir = dir;
        this.codec = codec;
    }

    /** Adds the records of one report under their keys. */
    void add(int rank, Map<String, List<T>> byKey) {
        addEncoded(rank, encode(byKey));
    }

    /**
     * One report's records as {@link #addEncoded} takes them, so that a rebuild adds them without reading them:
     * the number of keys, then for each its name, the number of its records and each record's bytes.
     */
    byte[] encode(Map<String, List<T>> byKey) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            ByteArrayOutputStream one = new ByteArrayOutputStream();
            DataOutputStream record = new DataOutputStream(one);
            out.writeInt(byKey.size());
            for (Map.Entry<String, List<T>> e : byKey.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeInt(e.getValue().size());
                for (T v : e.getValue()) {
                    one.reset();
                    codec.write(record, v);
                    record.flush();
                    out.writeInt(one.size());
                    one.writeTo(out);
                }
            }
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds the records of one report, encoded by {@link #encode}: the same as {@link #add} of them. */
    synchronized void addEncoded(int rank, byte[] encoded) {
        try {
            ByteArrayInputStream bytes = new ByteArrayInputStream(encoded);
            DataInputStream in = new DataInputStream(bytes);
            int keys = in.readInt();
            for (int k = 0; k < keys; k++) {
                String key = in.readUTF();
                DataOutputStream w = writer(key);
                int records = in.readInt();
                int from = encoded.length - bytes.available();
                for (int r = 0; r < records; r++) {
                    byte[] record = new byte[in.readInt()];
                    in.readFully(record);
                    w.writeInt(rank);
                    w.write(record);
                }
                int to = encoded.length - bytes.available();
                sections.computeIfAbsent(key, x -> new Sections())
                        .add(rank, Fingerprint.HASH.hashBytes(encoded, from, to - from).asLong());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A report's records under a key, as one hash of their bytes. */
    record Section(int rank, long hash) {
    }

    /**
     * What a key's records are, without reading them: each report's records under the key as one hash, by rank.
     * Two builds in which a key's records are the same, report by report in the same order, give the same list.
     */
    synchronized List<Section> sections(String key) {
        Sections s = sections.get(key);
        return s == null ? List.of() : s.byRank();
    }

    /** A key's sections in the order reports added them. */
    private static final class Sections {
        private long[] pairs = new long[8];
        private int size;

        void add(int rank, long hash) {
            if (size * 2 == pairs.length) {
                pairs = Arrays.copyOf(pairs, pairs.length * 2);
            }
            pairs[size * 2] = rank;
            pairs[size * 2 + 1] = hash;
            size++;
        }

        List<Section> byRank() {
            List<Section> out = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                out.add(new Section((int) pairs[i * 2], pairs[i * 2 + 1]));
            }
            out.sort(Comparator.comparingInt(Section::rank));
            return out;
        }
    }

    private DataOutputStream writer(String key) throws IOException {
        DataOutputStream w = open.get(key);
        if (w == null) {
            w = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file(key),
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND)));
            open.put(key, w);
        }
        return w;
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
                out.add(new Ranked<>(rank, codec.read(r)));
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
