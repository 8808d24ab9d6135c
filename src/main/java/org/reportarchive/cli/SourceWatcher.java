package org.reportarchive.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Tells whether any file under the watched paths was added, removed or changed since it last looked. */
public final class SourceWatcher {

    private final List<Path> paths;
    private long fingerprint;

    public SourceWatcher(List<Path> paths) throws IOException {
        this.paths = List.copyOf(paths);
        this.fingerprint = fingerprint();
    }

    /** True once for each change seen. */
    public boolean changed() throws IOException {
        long now = fingerprint();
        if (now == fingerprint) {
            return false;
        }
        fingerprint = now;
        return true;
    }

    private long fingerprint() throws IOException {
        long h = 17;
        for (Path dir : paths) {
            if (!Files.exists(dir)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted().toList()) {
                    h = h * 31 + p.toString().hashCode();
                    if (Files.isRegularFile(p)) {
                        h = h * 31 + Files.getLastModifiedTime(p).toMillis();
                        h = h * 31 + Files.size(p);
                    }
                }
            }
        }
        return h;
    }
}
