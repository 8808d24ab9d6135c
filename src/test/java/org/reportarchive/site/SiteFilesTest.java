package org.reportarchive.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteFilesTest {

    @TempDir
    Path dir;

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aPreviousBuildIsMovedAsideAndRemovedBesideTheNewOne() throws IOException {
        Path out = dir.resolve("site");
        Files.createDirectories(out.resolve("data"));
        Files.writeString(out.resolve("data/reports.json"), "[]");
        for (int i = 0; i < 200; i++) {
            Files.createDirectories(out.resolve("reports/" + i % 7));
            Files.writeString(out.resolve("reports/" + i % 7 + "/" + i + ".html"), "<p>" + i);
        }
        SiteFiles.Clearing clearing = SiteFiles.clearOutput(out);
        assertEquals(List.of(), names(out), "the new build starts from an empty folder at once");
        clearing.await();
        assertEquals(List.of("site"), names(dir), "and nothing of the previous build is left beside it");
    }

    @Test
    void whatAStoppedBuildLeftAsideIsRemovedByTheNext() throws IOException {
        Path out = dir.resolve("site");
        Path stale = dir.resolve(".site.old-4242/reports");
        Files.createDirectories(stale);
        Files.writeString(stale.resolve("a.html"), "old");
        SiteFiles.clearOutput(out).await();
        assertEquals(List.of("site"), names(dir));
    }

    @Test
    void aFolderThatIsNoBuildOfTheArchiveIsNeverEmptied() throws IOException {
        Path out = dir.resolve("mine");
        Files.createDirectories(out);
        Files.writeString(out.resolve("thesis.docx"), "keep me");
        IOException e = assertThrows(IOException.class, () -> SiteFiles.clearOutput(out));
        assertTrue(e.getMessage().contains("choose an empty folder"), e.getMessage());
        assertTrue(Files.exists(out.resolve("thesis.docx")));
        assertFalse(Files.exists(dir.resolve(".mine.old-" + ProcessHandle.current().pid())));
    }
}
