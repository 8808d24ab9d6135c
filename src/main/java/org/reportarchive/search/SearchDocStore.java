package org.reportarchive.search;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The documents' parts of the index on disk while reports are processed in any order, read back by number: memory
 * holds one document at a time. Units and postings are kept apart, so that a pass over the postings does not read
 * the text.
 */
public final class SearchDocStore implements AutoCloseable {

    /** Where a document's parts are: in the store's own file, or in a file of their own ({@code source}). */
    private record Where(Path source, long units, int unitsLength, long postings, int postingsLength) {
    }

    private final FileChannel file;
    private final Map<Integer, Where> where = new HashMap<>();
    private long end;
    private long postingBytes;

    public SearchDocStore(Path file) throws IOException {
        this.file = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.READ, StandardOpenOption.WRITE);
    }

    /** Keeps a document under its number. */
    public void add(int number, SearchDoc doc) {
        addEncoded(number, encode(doc));
    }

    /**
     * A document as the store keeps it (and the build cache, which hands it back as it is): the length of its
     * units, its units, its postings.
     */
    public static byte[] encode(SearchDoc doc) {
        byte[] units = units(doc.units());
        return ByteBuffer.allocate(4 + units.length + doc.postings().length).putInt(units.length).put(units)
                .put(doc.postings()).array();
    }

    /** The postings of a document encoded by {@link #encode}. */
    public static byte[] postingsOf(byte[] encoded) {
        int units = ByteBuffer.wrap(encoded).getInt();
        return Arrays.copyOfRange(encoded, 4 + units, encoded.length);
    }

    /** Keeps a document, encoded by {@link #encode}, under its number. */
    public void addEncoded(int number, byte[] encoded) {
        int units = ByteBuffer.wrap(encoded).getInt();
        int postings = encoded.length - 4 - units;
        if (units < 0 || postings < 0) {
            throw new IllegalArgumentException("not an encoded search document");
        }
        synchronized (this) {
            try {
                long at = end;
                file.write(ByteBuffer.wrap(encoded), at);
                end = at + encoded.length;
                where.put(number, new Where(null, at + 4, units, at + 4 + units, postings));
                postingBytes += postings;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Keeps a document, encoded by {@link #encode} in a file of its own (the build cache's), under its number: it is
     * read from there, not copied. The file must stay until the store is closed.
     */
    public void addFile(int number, Path encoded) throws IOException {
        int units;
        long size;
        try (FileChannel in = FileChannel.open(encoded, StandardOpenOption.READ)) {
            ByteBuffer head = ByteBuffer.allocate(4);
            while (head.hasRemaining() && in.read(head) >= 0) {
                continue;
            }
            size = in.size();
            units = head.flip().remaining() == 4 ? head.getInt() : -1;
        }
        long postings = size - 4 - units;
        if (units < 0 || postings < 0) {
            throw new IOException(encoded + " is not an encoded search document");
        }
        synchronized (this) {
            where.put(number, new Where(encoded, 4, units, 4 + units, (int) postings));
            postingBytes += postings;
        }
    }

    /** Whether a document was kept under the number. */
    public synchronized boolean contains(int number) {
        return where.containsKey(number);
    }

    /** The size of all documents' postings: what the index will weigh, about. */
    public synchronized long postingBytes() {
        return postingBytes;
    }

    public byte[] postings(int number) throws IOException {
        Where w = where(number);
        return read(w.source(), w.postings(), w.postingsLength());
    }

    public List<SearchUnit> units(int number) throws IOException {
        Where w = where(number);
        DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(
                read(w.source(), w.units(), w.unitsLength())));
        int n = in.readInt();
        List<SearchUnit> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new SearchUnit(string(in), in.readByte(), string(in)));
        }
        return out;
    }

    private synchronized Where where(int number) {
        Where w = where.get(number);
        if (w == null) {
            throw new IllegalArgumentException("no document " + number);
        }
        return w;
    }

    private byte[] read(Path source, long at, int length) throws IOException {
        if (source == null) {
            return read(file, at, length);
        }
        try (FileChannel in = FileChannel.open(source, StandardOpenOption.READ)) {
            return read(in, at, length);
        }
    }

    private static byte[] read(FileChannel channel, long at, int length) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(length);
        while (b.hasRemaining()) {
            if (channel.read(b, at + b.position()) < 0) {
                throw new IOException("a search document ends early");
            }
        }
        return b.array();
    }

    private static byte[] units(List<SearchUnit> units) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeInt(units.size());
            for (SearchUnit u : units) {
                string(out, u.anchor());
                out.writeByte(u.kind());
                string(out, u.text());
            }
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void string(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String string(DataInputStream in) throws IOException {
        byte[] b = new byte[in.readInt()];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        file.close();
    }
}
