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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The documents' parts of the index on disk while reports are processed in any order, read back by number: memory
 * holds one document at a time. Units and postings are kept apart, so that a pass over the postings does not read
 * the text.
 */
public final class SearchDocStore implements AutoCloseable {

    private record Where(long units, int unitsLength, long postings, int postingsLength) {
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
                where.put(number, new Where(at + 4, units, at + 4 + units, postings));
                postingBytes += postings;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
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
        return read(w.postings(), w.postingsLength());
    }

    public List<SearchUnit> units(int number) throws IOException {
        Where w = where(number);
        DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(read(w.units(), w.unitsLength())));
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

    private byte[] read(long at, int length) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(length);
        while (b.hasRemaining()) {
            if (file.read(b, at + b.position()) < 0) {
                throw new IOException("the search store ends early");
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
