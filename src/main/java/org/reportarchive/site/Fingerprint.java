package org.reportarchive.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import com.google.common.hash.HashFunction;
import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import java.util.List;
import java.util.stream.Stream;

/**
 * A 128-bit digest of what a build step reads, used as a cache key: the same inputs give the same key in every
 * process. Each part is length-prefixed, so that ("ab", "c") and ("a", "bc") differ.
 *
 * <p>The digest is MurmurHash3 (x64, 128 bits), not a cryptographic hash: the cache and the output folder are
 * the maintainer's own, and what is hashed is not chosen to collide, so 128 well-mixed bits tell apart any two
 * inputs a build meets. It is several times faster than SHA-256 where the JVM does not compile SHA-256 to the
 * processor's own instructions (a rebuild compiles with the quick compiler alone: see the launcher), and a
 * rebuild fingerprints every page model it makes.
 */
final class Fingerprint {

    /** The digest of every fingerprint and of every file the writer compares. */
    static final HashFunction HASH = Hashing.murmur3_128();

    private final Hasher digest = HASH.newHasher();

    Fingerprint(String purpose) {
        add(purpose);
    }

    Fingerprint add(byte[] bytes) {
        digest.putInt(bytes.length).putBytes(bytes);
        return this;
    }

    /** A value as the cache writes it in JSON (records field by field, in their order). */
    Fingerprint addJson(Object value) {
        return add(json(value));
    }

    static byte[] json(Object value) {
        try {
            return BuildCache.JSON.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot be written as JSON: " + value, e);
        }
    }

    Fingerprint addLong(long v) {
        digest.putInt(Long.BYTES).putLong(v);
        return this;
    }

    Fingerprint add(String s) {
        return add(s == null ? new byte[] {0} : ("\u0001" + s).getBytes(StandardCharsets.UTF_8));
    }

    Fingerprint add(Object o) {
        return add(o == null ? null : String.valueOf(o));
    }

    /** Every file below a folder (or the file itself): its path relative to the folder and its bytes, in order. */
    Fingerprint addTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return add("(missing)");
        }
        if (Files.isRegularFile(root)) {
            return add(Files.readAllBytes(root));
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
            add(root.relativize(f).toString().replace('\\', '/'));
            add(Files.readAllBytes(f));
        }
        return this;
    }

    String hex() {
        return digest.hash().toString();
    }
}
