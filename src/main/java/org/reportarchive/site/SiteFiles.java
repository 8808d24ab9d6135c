package org.reportarchive.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** File operations of the build: copy a folder, delete a generated one. */
final class SiteFiles {
    private SiteFiles() {
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.sorted().toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> all = walk.sorted(Comparator.reverseOrder()).toList();
            for (Path p : all) {
                Files.delete(p);
            }
        }
    }

    /** The removal of a previous build's folder, going on beside the new build. */
    interface Clearing {
        /** Waits until the previous build's files are gone. */
        void await() throws IOException;
    }

    /**
     * Empties the output folder before a bake, so that pages of removed reports do not linger. Refuses a
     * folder that holds files but no earlier build of the archive, so a wrong --out cannot wipe anything else.
     * The previous build is moved aside at once and removed beside the new build (removing thousands of files
     * takes about as long as writing them); {@link Clearing#await} waits for the end of it.
     */
    static Clearing clearOutput(Path out) throws IOException {
        Clearing done = () -> { };
        String aside = "." + out.getFileName() + ".old-";
        if (out.getParent() != null && Files.isDirectory(out.getParent())) {
            try (Stream<Path> s = Files.list(out.getParent())) {
                for (Path stale : s.filter(p -> p.getFileName().toString().startsWith(aside)).sorted().toList()) {
                    deleteTree(stale); // left by a build that was stopped before it had removed it
                }
            }
        }
        if (Files.isDirectory(out)) {
            boolean empty;
            try (Stream<Path> s = Files.list(out)) {
                empty = s.findAny().isEmpty();
            }
            if (!empty && !Files.exists(out.resolve("data/reports.json"))) {
                throw new IOException(out + " holds files that are not an archive build; choose an empty"
                        + " folder for --out");
            }
            if (!empty) {
                done = removeAside(out, out.resolveSibling(aside + ProcessHandle.current().pid()));
            }
        }
        Files.createDirectories(out);
        return done;
    }

    private static Clearing removeAside(Path out, Path old) throws IOException {
        try {
            Files.move(out, old, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteTree(out); // cannot be moved (another file system, a mount point): removed where it is
            return () -> { };
        }
        IOException[] failure = new IOException[1];
        Thread remover = new Thread(() -> {
            try {
                deleteTree(old);
            } catch (IOException e) {
                failure[0] = e;
            }
        }, "remove-previous-build");
        remover.start();
        return () -> {
            try {
                remover.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while removing " + old, e);
            }
            if (failure[0] != null) {
                throw new IOException("could not remove the previous build at " + old + ": "
                        + failure[0].getMessage(), failure[0]);
            }
        };
    }
}
