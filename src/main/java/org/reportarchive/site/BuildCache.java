package org.reportarchive.site;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.smile.SmileFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A content-addressed store of what the build computed: an entry's name is the fingerprint of everything it was
 * computed from (the program included), so an entry is either right for this build or never looked up. With
 * {@code build --cache DIR} it persists between builds; otherwise the build uses a fresh folder and removes it.
 * Entries a build did not use are removed when it ends, so the cache holds one build's worth.
 */
final class BuildCache implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    /** Entries are kept in Smile, Jackson's binary JSON: smaller and faster to read than text. */
    static final ObjectMapper BINARY = new ObjectMapper(new SmileFactory()).registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /**
     * Every kind of entry the cache keeps, each in a folder of its own: a report as read (its summary and its
     * text), its analysis, the digest of it a build with nothing changed reads, its part of the search index, its
     * occurrences and passages for the indexes, and the memo of the glossary's and the themes' pages. A build
     * removes the entries of these kinds it did not use, and nothing else.
     */
    static final List<String> KINDS = List.of("ingest", "summary", "analysis", "digest", "search", "occurrences",
            "passages", IndexStage.GLOSSARY_MEMO, IndexStage.THEME_MEMO);

    private final Path dir;
    private final boolean persistent;
    private final String program;
    private final Set<String> used = ConcurrentHashMap.newKeySet();
    private final Set<String> retainedKinds = ConcurrentHashMap.newKeySet();

    private BuildCache(Path dir, boolean persistent, String program) {
        this.dir = dir;
        this.persistent = persistent;
        this.program = program;
    }

    /**
     * @param dir the cache folder, or null for a build without a cache (a temporary folder next to {@code work})
     */
    static BuildCache open(Path dir, Path work) throws IOException {
        if (dir == null) {
            Path tmp = work.resolveSibling(work.getFileName() + ".work");
            SiteFiles.deleteTree(tmp);
            // nothing outlives the build: no need to tell this program from another
            return new BuildCache(Files.createDirectories(tmp), false, "this build only");
        }
        Path folder = Files.createDirectories(dir);
        return new BuildCache(folder, true, programFingerprint(folder));
    }

    boolean persistent() {
        return persistent;
    }

    /** The fingerprint of the running program: its jar, or the classes it runs from. */
    String program() {
        return program;
    }

    /** A folder of this build's own scratch files (spilled index data), emptied when the build ends. */
    Path scratch(String name) throws IOException {
        Path p = dir.resolve("scratch").resolve(name);
        SiteFiles.deleteTree(p);
        return Files.createDirectories(p);
    }

    <T> Optional<T> read(String kind, String key, Class<T> type) {
        Path f = file(kind, key);
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        try {
            T value = BINARY.readValue(f.toFile(), type);
            used.add(kind + "/" + key);
            return Optional.of(value);
        } catch (IOException e) {
            return Optional.empty(); // a damaged entry is computed again
        }
    }

    /** Whether an entry is there (it is then kept for this build). */
    boolean contains(String kind, String key) {
        if (Files.isRegularFile(file(kind, key)) || Files.isRegularFile(file(kind, key, ".bin"))) {
            used.add(kind + "/" + key);
            return true;
        }
        return false;
    }

    /** Keeps an entry for the next build, if it is there, without looking at it. */
    void retain(String kind, String key) {
        used.add(kind + "/" + key);
    }

    /** Keeps every entry of a kind for the next build, used or not. */
    void retainKind(String kind) {
        retainedKinds.add(kind);
    }

    void write(String kind, String key, Object value) {
        Path f = file(kind, key);
        try {
            Files.createDirectories(f.getParent());
            replace(f, BINARY.writeValueAsBytes(value));
            used.add(kind + "/" + key);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Bytes kept as they are, if there. */
    Optional<byte[]> readBytes(String kind, String key) {
        Optional<byte[]> b = peekBytes(kind, key);
        b.ifPresent(x -> used.add(kind + "/" + key));
        return b;
    }

    /** Bytes kept as they are, if there, without keeping them for the next build (what the previous build used). */
    Optional<byte[]> peekBytes(String kind, String key) {
        try {
            return Optional.of(Files.readAllBytes(file(kind, key, ".bin")));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The file that holds bytes kept as they are (a report's part of the search index), to be read where it is. */
    Optional<Path> bytesFile(String kind, String key) {
        Path f = file(kind, key, ".bin");
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        used.add(kind + "/" + key);
        return Optional.of(f);
    }

    void writeBytes(String kind, String key, byte[] bytes) {
        Path f = file(kind, key, ".bin");
        try {
            Files.createDirectories(f.getParent());
            replace(f, bytes);
            used.add(kind + "/" + key);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a file of the cache whole or not at all: through a temporary file beside it, moved into its place, so
     * that a build stopped halfway (or another writing the same entry) never leaves part of one.
     */
    static void replace(Path f, byte[] bytes) throws IOException {
        Path tmp = f.resolveSibling(f.getFileName() + "." + ProcessHandle.current().pid() + "-"
                + Thread.currentThread().getId() + ".tmp");
        Files.write(tmp, bytes);
        Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The path of a small file the cache keeps as it is (the output manifest). */
    Path fixedFile(String name) {
        return dir.resolve(name);
    }

    private Path file(String kind, String key) {
        return file(kind, key, ".smile");
    }

    private Path file(String kind, String key, String extension) {
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException("the cache keeps no entries of kind " + kind);
        }
        return dir.resolve(kind).resolve(key.substring(0, 2)).resolve(key + extension);
    }

    /** Removes what this build did not use (or the whole folder of a build without a cache). */
    @Override
    public void close() throws IOException {
        if (!persistent) {
            SiteFiles.deleteTree(dir);
            return;
        }
        SiteFiles.deleteTree(dir.resolve("scratch"));
        // only the cache's own folders: the cache folder may hold other things (the output, say)
        for (String kind : KINDS) {
            Path k = dir.resolve(kind);
            if (retainedKinds.contains(kind) || !Files.isDirectory(k)) {
                continue;
            }
            List<Path> files;
            try (Stream<Path> walk = Files.walk(k)) {
                files = walk.filter(Files::isRegularFile).toList();
            }
            for (Path f : files) {
                String name = f.getFileName().toString();
                if (!used.contains(kind + "/" + name.replaceFirst("\\.(smile|bin)$", ""))) {
                    Files.delete(f);
                }
            }
        }
    }

    /**
     * What the first line of {@code program.txt} says of the jar its fingerprint was made from: its path, size,
     * modification time (in nanoseconds) and file key, separated by tabs. The launcher ({@code bin/report-archive})
     * reads the size and the time to tell whether the cache's earlier build was made by the jar it runs.
     */
    static String stamp(Path jar) throws IOException {
        BasicFileAttributes a = Files.readAttributes(jar, BasicFileAttributes.class);
        return jar.toAbsolutePath() + "\t" + a.size() + "\t" + a.lastModifiedTime().to(TimeUnit.NANOSECONDS) + "\t"
                + a.fileKey();
    }

    /**
     * The fingerprint of the program's jar (or of the classes it runs from). A jar's is kept in the cache with its
     * size and modification time, and worked out again only when these change: a build does not read the jar of
     * more than 40 MB to hash it.
     */
    private static String programFingerprint(Path cacheDir) {
        try {
            Path code = Path.of(BuildCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isRegularFile(code)) {
                return new Fingerprint("program").addTree(code).hex();
            }
            String stamp = stamp(code);
            Path kept = cacheDir.resolve("program.txt");
            if (Files.isRegularFile(kept)) {
                String[] line = Files.readString(kept).split("\n", -1);
                if (line.length >= 2 && line[0].equals(stamp)) {
                    return line[1];
                }
            }
            String hex = new Fingerprint("program").addTree(code).hex();
            replace(kept, (stamp + "\n" + hex + "\n").getBytes(StandardCharsets.UTF_8));
            return hex;
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return "unknown-" + System.nanoTime(); // no stable fingerprint: nothing is reused
        }
    }
}
