package org.reportarchive.site;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import com.google.common.hash.Hasher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.reportarchive.model.PageSink;

/**
 * Writes the site's files into the output folder and remembers what it wrote. A file whose bytes are those of
 * the previous build is left alone (its modification time too); files of the previous build that this build
 * does not make are removed at the end. Without a previous manifest the files of an earlier build in the output
 * folder are written over in place and those not made again are removed at the end, so the folder always holds
 * exactly what the build makes.
 */
final class SiteWriter {

    private final Path out;
    private final Manifest previous;
    private final boolean track;
    private final Map<String, Manifest.Entry> written = new ConcurrentHashMap<>();
    private int unchanged;
    /** What an earlier build left in the output folder, when there is no manifest of it. */
    private final SiteFiles.EarlierBuild onDisk;

    /**
     * @param track whether to remember each file's hash, size and time for the next build (with a cache); a
     *              build from scratch only writes
     */
    SiteWriter(Path out, Manifest previous, boolean track) throws IOException {
        this.out = out;
        this.previous = previous;
        this.track = track;
        if (previous.files().isEmpty()) {
            onDisk = SiteFiles.previousBuild(out);
        } else {
            Files.createDirectories(out);
            onDisk = SiteFiles.EarlierBuild.none();
        }
    }

    /** Whether the writer remembers what it wrote for the next build. */
    boolean tracking() {
        return track;
    }

    /**
     * Whether the file at {@code path} was made by the previous build from {@code key} and is still there as it
     * was written; if so it is kept as part of this build.
     */
    boolean keep(String path, String key) {
        Manifest.Entry e = previous.files().get(path);
        return e != null && keep(path, key, e.stage(), e.template());
    }

    /** The same, for a file that this build makes in the given stage with the given template. */
    boolean keep(String path, String key, String stage, String template) {
        Manifest.Entry e = previous.files().get(path);
        if (e == null || key == null || !key.equals(e.key()) || !intact(path, e)) {
            return false;
        }
        written.put(path, new Manifest.Entry(e.hash(), e.size(), e.modified(), key, stage, template, e.problems()));
        synchronized (this) {
            unchanged++;
        }
        return true;
    }

    /** The fingerprint of what a file this build made or kept was made from, or null. */
    String key(String path) {
        Manifest.Entry e = written.get(path);
        return e == null ? null : e.key();
    }

    /** The size of a file this build made or kept, in bytes. */
    long size(String path) {
        Manifest.Entry e = written.get(path);
        return e == null ? -1 : e.size();
    }

    /** The problems recorded for a kept file. */
    List<String> problems(String path) {
        Manifest.Entry e = written.get(path);
        return e == null ? List.of() : e.problems();
    }

    /** What the writer is told of a file besides its bytes. */
    record Meta(String key, String stage, String template, List<String> problems) {
        static Meta of(String stage) {
            return new Meta(null, stage, null, List.of());
        }
    }

    /** The folders made so far: each is made once, not looked up again for every file in it. */
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();

    /**
     * Whether an earlier build left something else where this file goes: a folder at its path, or a file where one
     * of its folders is to be.
     */
    private boolean inTheWay(String path) {
        NavigableSet<String> files = onDisk.files();
        if (files.isEmpty()) {
            return false;
        }
        if (onDisk.folders().contains(path)) {
            return true;
        }
        String below = files.ceiling(path + "/");
        if (below != null && below.startsWith(path + "/")) {
            return true;
        }
        for (int i = path.indexOf('/'); i > 0; i = path.indexOf('/', i + 1)) {
            if (files.contains(path.substring(0, i))) {
                return true;
            }
        }
        return false;
    }

    private void folderOf(String path, Path file) throws IOException {
        if (inTheWay(path)) {
            synchronized (onDisk) {
                SiteFiles.makeWay(out, file);
            }
        }
        Path folder = file.getParent();
        if (!folders.contains(folder)) {
            Files.createDirectories(folder);
            folders.add(folder);
        }
    }

    void write(String path, byte[] bytes, Meta meta) throws IOException {
        if (!track) {
            Path file = out.resolve(path);
            folderOf(path, file);
            Files.write(file, bytes);
            written.put(path, new Manifest.Entry(null, bytes.length, 0, meta.key(), meta.stage(), meta.template(),
                    meta.problems()));
            return;
        }
        String hash = hash(bytes);
        if (unchanged(path, hash, meta)) {
            return;
        }
        Path file = out.resolve(path);
        folderOf(path, file);
        Files.write(file, bytes);
        record(path, file, hash, meta);
    }

    /** Writes a file from a stream, through a temporary file beside it, so that no more than a buffer is held. */
    void write(String path, PageSink.Content content, Meta meta) throws IOException {
        Path file = out.resolve(path);
        folderOf(path, file);
        if (!track) {
            // a build from scratch: straight into the file, nothing to compare it with
            long[] size = {0};
            try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(file))) {
                content.writeTo(body(os, size));
            }
            written.put(path, new Manifest.Entry(null, size[0], 0, meta.key(), meta.stage(), meta.template(),
                    meta.problems()));
            return;
        }
        // most files are small: held in memory and compared there, so an unchanged one costs no file at all; a
        // large one goes through a temporary file beside it, so that no more than a buffer is held
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp" + Thread.currentThread().getId());
        Hasher digest = Fingerprint.HASH.newHasher();
        Held held = new Held(tmp, digest);
        try (held) {
            content.writeTo(body(held, new long[1]));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp); // a file that could not be written leaves nothing half-made behind
            throw e;
        }
        if (held.inMemory()) {
            write(path, held.bytes(), meta);
            return;
        }
        String hash = digest.hash().toString();
        if (unchanged(path, hash, meta)) {
            Files.delete(tmp);
            return;
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        record(path, file, hash, meta);
    }

    /** Files up to this size are held in memory while they are written. */
    static final int HELD_BYTES = 256 * 1024;

    /**
     * Holds what is written in memory up to {@link #HELD_BYTES}, then goes on in a temporary file, digesting what
     * goes there.
     */
    private static final class Held extends OutputStream {
        private final Path tmp;
        private final Hasher digest;
        private ByteArrayOutputStream memory = new ByteArrayOutputStream(8192);
        private OutputStream file;

        Held(Path tmp, Hasher digest) {
            this.tmp = tmp;
            this.digest = digest;
        }

        boolean inMemory() {
            return file == null;
        }

        byte[] bytes() {
            return memory.toByteArray();
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (file == null && memory.size() + len > HELD_BYTES) {
                file = new BufferedOutputStream(Files.newOutputStream(tmp));
                byte[] held = memory.toByteArray();
                memory = null;
                write(held, 0, held.length);
            }
            if (file == null) {
                memory.write(b, off, len);
            } else {
                digest.putBytes(b, off, len);
                file.write(b, off, len);
            }
        }

        @Override
        public void close() throws IOException {
            if (file != null) {
                file.close();
            }
        }
    }

    /** The stream a file's content is written to: it counts the bytes, and the caller's close does not end the file. */
    private static OutputStream body(OutputStream os, long[] size) {
        return new FilterOutputStream(os) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
                size[0] += len;
            }

            @Override
            public void write(int b) throws IOException {
                out.write(b);
                size[0]++;
            }

            @Override
            public void close() throws IOException {
                flush(); // the writer ends the file
            }
        };
    }

    private boolean unchanged(String path, String hash, Meta meta) {
        Manifest.Entry before = previous.files().get(path);
        if (before != null && hash.equals(before.hash()) && intact(path, before)) {
            written.put(path, new Manifest.Entry(hash, before.size(), before.modified(), meta.key(), meta.stage(),
                    meta.template(), meta.problems()));
            synchronized (this) {
                unchanged++;
            }
            return true;
        }
        return false;
    }

    private void record(String path, Path file, String hash, Meta meta) throws IOException {
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
        written.put(path, new Manifest.Entry(hash, a.size(), a.lastModifiedTime().toMillis(), meta.key(),
                meta.stage(), meta.template(), meta.problems()));
    }

    /** The pages written so far with their templates, in path order. */
    Map<String, String> templates() {
        Map<String, String> out = new TreeMap<>();
        written.forEach((path, e) -> {
            if (e.template() != null) {
                out.put(path, e.template());
            }
        });
        return out;
    }

    /** Keeps every file the previous build's stage wrote (the stage is not run again). */
    void keepStage(String stage) {
        for (Map.Entry<String, Manifest.Entry> e : previous.files().entrySet()) {
            if (stage.equals(e.getValue().stage())) {
                written.put(e.getKey(), e.getValue());
            }
        }
    }

    /** Whether every file the previous build's stage wrote is still there as it was written. */
    boolean stageIntact(String stage) {
        for (Map.Entry<String, Manifest.Entry> e : previous.files().entrySet()) {
            if (stage.equals(e.getValue().stage()) && !intact(e.getKey(), e.getValue())) {
                return false;
            }
        }
        return true;
    }

    int unchanged() {
        return unchanged;
    }

    /** Removes the previous build's files that this build did not make, and returns the new manifest. */
    Manifest finish(String indexKey, List<String> messages) throws IOException {
        Map<String, String> madeFolded = null;
        for (String path : previous.files().isEmpty() ? onDisk.files() : previous.files().keySet()) {
            if (written.containsKey(path)) {
                continue;
            }
            if (madeFolded == null) {
                madeFolded = new HashMap<>();
                for (String made : written.keySet()) {
                    madeFolded.put(made.toLowerCase(Locale.ROOT), made);
                }
            }
            Path file = out.resolve(path);
            String sameButCase = madeFolded.get(path.toLowerCase(Locale.ROOT));
            if (sameButCase != null && sameFile(file, out.resolve(sameButCase))) {
                continue; // renamed in case only, on a file system that does not tell case apart: this build's file
            }
            if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                Files.delete(file); // a folder there is what this build made in its place
                deleteEmptyParents(file.getParent());
            }
        }
        return new Manifest(out.toString(), indexKey, written, messages);
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    private void deleteEmptyParents(Path dir) throws IOException {
        while (dir != null && !dir.equals(out) && dir.startsWith(out)) {
            try (var s = Files.list(dir)) {
                if (s.findAny().isPresent()) {
                    return;
                }
            }
            Files.delete(dir);
            dir = dir.getParent();
        }
    }

    private boolean intact(String path, Manifest.Entry e) {
        try {
            BasicFileAttributes a = Files.readAttributes(out.resolve(path), BasicFileAttributes.class);
            return a.isRegularFile() && a.size() == e.size() && a.lastModifiedTime().toMillis() == e.modified();
        } catch (IOException x) {
            return false;
        }
    }

    /** The digest of a file's bytes, as the manifest keeps it. */
    static String hash(byte[] bytes) {
        return Fingerprint.HASH.hashBytes(bytes).toString();
    }
}
