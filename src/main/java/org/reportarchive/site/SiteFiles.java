package org.reportarchive.site;

import java.io.IOException;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;
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
     * The files of an earlier build in the output folder, as paths relative to it ({@code reports/a.html}). A build
     * without a manifest of the earlier one writes over them in place and, at its end, removes those it did not
     * make again, so that pages of removed reports do not linger; nothing is deleted and made anew, which on some
     * file systems (ext4 just after many files were removed) costs more than the writing. Refuses a folder that
     * holds files but no earlier build of the archive, so a wrong --out cannot wipe anything else.
     */
    static NavigableSet<String> previousBuild(Path out) throws IOException {
        NavigableSet<String> files = new TreeSet<>();
        if (Files.isDirectory(out)) {
            try (Stream<Path> walk = Files.walk(out)) {
                walk.filter(Files::isRegularFile)
                        .forEach(p -> files.add(out.relativize(p).toString().replace(File.separatorChar, '/')));
            }
            if (!files.isEmpty() && !files.contains("data/reports.json")) {
                throw new IOException(out + " holds files that are not an archive build; choose an empty"
                        + " folder for --out");
            }
        }
        Files.createDirectories(out);
        return files;
    }

    /**
     * Makes way for a file at {@code file} inside {@code root}: removes a folder where the file is to be, or a file
     * where one of its folders is to be (what an earlier build made at a path this one uses otherwise).
     */
    static void makeWay(Path root, Path file) throws IOException {
        if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
            deleteTree(file);
        }
        for (Path dir = file.getParent(); dir != null && dir.startsWith(root) && !dir.equals(root);
             dir = dir.getParent()) {
            if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                Files.delete(dir);
            }
        }
        Files.createDirectories(file.getParent());
    }
}
