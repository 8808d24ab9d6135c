package org.reportarchive.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A SHA-256 digest of what a build step reads, used as a cache key: the same inputs give the same key in every
 * process. Each part is length-prefixed, so that ("ab", "c") and ("a", "bc") differ.
 */
final class Fingerprint {

    private final MessageDigest digest;

    Fingerprint(String purpose) {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        add(purpose);
    }

    Fingerprint add(byte[] bytes) {
        int n = bytes.length;
        digest.update(new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n});
        digest.update(bytes);
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
        return HexFormat.of().formatHex(digest.digest());
    }
}
