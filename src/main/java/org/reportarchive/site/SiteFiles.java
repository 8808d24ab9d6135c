package org.reportarchive.site;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableSet;
import java.util.Set;
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
     * What an earlier build left in the output folder: its files (and any symbolic links) and its folders, as paths
     * relative to the folder ({@code reports/a.html}).
     */
    record EarlierBuild(NavigableSet<String> files, Set<String> folders) {
        static EarlierBuild none() {
            return new EarlierBuild(Collections.emptyNavigableSet(), Set.of());
        }
    }

    /**
     * The earlier build in the output folder. A build without a manifest of it writes over its files in place and,
     * at its end, removes those it did not make again, so that pages of removed reports do not linger; nothing is
     * deleted and made anew, which on some file systems (ext4 just after many files were removed) costs more than
     * the writing. Refuses a folder that holds files but no earlier build of the archive, so a wrong --out cannot
     * wipe anything else. An output folder given as a symbolic link is read where it leads.
     */
    static EarlierBuild previousBuild(Path out) throws IOException {
        String aside = "." + out.getFileName() + ".old-";
        if (out.getParent() != null && Files.isDirectory(out.getParent())) {
            try (Stream<Path> s = Files.list(out.getParent())) {
                for (Path stale : s.filter(p -> p.getFileName().toString().startsWith(aside)).sorted().toList()) {
                    deleteTree(stale); // set aside by a build of an earlier version that was stopped
                }
            }
        }
        NavigableSet<String> files = new TreeSet<>();
        Set<String> folders = new TreeSet<>();
        if (Files.isDirectory(out)) {
            Path root = out.toRealPath();
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> !p.equals(root)).forEach(p -> {
                    String path = root.relativize(p).toString().replace(File.separatorChar, '/');
                    (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? folders : files).add(path);
                });
            }
            if (!files.isEmpty() && !files.contains("data/reports.json")) {
                throw new IOException(out + " holds files that are not an archive build; choose an empty"
                        + " folder for --out");
            }
        }
        Files.createDirectories(out);
        return new EarlierBuild(files, folders);
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
