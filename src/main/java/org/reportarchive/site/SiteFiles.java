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

    /**
     * Empties the output folder before a bake, so that pages of removed reports do not linger. Refuses a
     * folder that holds files but no earlier build of the archive, so a wrong --out cannot wipe anything else.
     */
    static void clearOutput(Path out) throws IOException {
        if (Files.isDirectory(out)) {
            boolean empty;
            try (Stream<Path> s = Files.list(out)) {
                empty = s.findAny().isEmpty();
            }
            if (!empty && !Files.exists(out.resolve("data/reports.json"))) {
                throw new IOException(out + " holds files that are not an archive build; choose an empty"
                        + " folder for --out");
            }
            deleteTree(out);
        }
        Files.createDirectories(out);
    }
}
