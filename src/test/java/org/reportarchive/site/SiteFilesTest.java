package org.reportarchive.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Set;
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

    private Path earlierBuild() throws IOException {
        Path out = dir.resolve("site");
        Files.createDirectories(out.resolve("data"));
        Files.writeString(out.resolve("data/reports.json"), "[]");
        for (int i = 0; i < 20; i++) {
            Files.createDirectories(out.resolve("reports/" + i % 7));
            Files.writeString(out.resolve("reports/" + i % 7 + "/" + i + ".html"), "<p>" + i);
        }
        return out;
    }

    @Test
    void theFilesOfAnEarlierBuildAreListedAndLeftInPlace() throws IOException {
        Path out = earlierBuild();
        Set<String> files = SiteFiles.previousBuild(out).files();
        assertEquals(21, files.size());
        assertTrue(files.contains("data/reports.json") && files.contains("reports/6/13.html"), files.toString());
        assertTrue(Files.exists(out.resolve("reports/6/13.html")), "nothing is removed before the build writes");
    }

    @Test
    void aBuildWithoutManifestWritesOverAnEarlierOneAndRemovesWhatItDoesNotMakeAgain() throws IOException {
        Path out = earlierBuild();
        Files.createDirectories(out.resolve("glossary/old"));
        Files.writeString(out.resolve("glossary/old/a.html"), "a folder where a file goes now");
        Files.writeString(out.resolve("themes"), "a file where a folder goes now");
        Object inode = Files.readAttributes(out.resolve("reports/1/1.html"), BasicFileAttributes.class).fileKey();
        SiteWriter writer = new SiteWriter(out, Manifest.empty(out.toString()), false);
        SiteWriter.Meta meta = SiteWriter.Meta.of("report");
        writer.write("data/reports.json", "[1]".getBytes(StandardCharsets.UTF_8), meta);
        writer.write("reports/1/1.html", "<p>new".getBytes(StandardCharsets.UTF_8), meta);
        writer.write("glossary/old", "now a file".getBytes(StandardCharsets.UTF_8), meta);
        writer.write("themes/li-fa.html", stream -> stream.write("<p>theme".getBytes(StandardCharsets.UTF_8)),
                meta);
        writer.finish(null, List.of());
        assertEquals("<p>new", Files.readString(out.resolve("reports/1/1.html")));
        assertEquals(inode, Files.readAttributes(out.resolve("reports/1/1.html"), BasicFileAttributes.class)
                .fileKey(), "the file is written over, not removed and made anew");
        assertEquals("now a file", Files.readString(out.resolve("glossary/old")));
        assertEquals("<p>theme", Files.readString(out.resolve("themes/li-fa.html")));
        assertEquals(List.of("data", "glossary", "reports", "themes"), names(out));
        assertEquals(List.of("1"), names(out.resolve("reports")), "folders left empty are removed");
        assertEquals(List.of("1.html"), names(out.resolve("reports/1")));
    }

    @Test
    void anEmptyFolderWhereAFileGoesAndAnOutputFolderGivenAsALinkAreHandled() throws IOException {
        Path real = earlierBuild();
        Files.createDirectories(real.resolve("about.html"));
        Path link = Files.createSymbolicLink(dir.resolve("link"), real);
        Files.createDirectories(dir.resolve(".link.old-4242/reports"));
        SiteWriter writer = new SiteWriter(link, Manifest.empty(link.toString()), false);
        writer.write("data/reports.json", "[]".getBytes(StandardCharsets.UTF_8), SiteWriter.Meta.of("index"));
        writer.write("about.html", "<p>about".getBytes(StandardCharsets.UTF_8), SiteWriter.Meta.of("index"));
        writer.finish(null, List.of());
        assertEquals("<p>about", Files.readString(real.resolve("about.html")));
        assertEquals(List.of("about.html", "data"), names(real), "the earlier build's other files are removed");
        assertEquals(List.of("link", "site"), names(dir), "and what an older build set aside");
    }

    @Test
    void aFolderThatIsNoBuildOfTheArchiveIsNeverEmptied() throws IOException {
        Path out = dir.resolve("mine");
        Files.createDirectories(out);
        Files.writeString(out.resolve("thesis.docx"), "keep me");
        IOException e = assertThrows(IOException.class, () -> SiteFiles.previousBuild(out));
        assertTrue(e.getMessage().contains("choose an empty folder"), e.getMessage());
        assertTrue(Files.exists(out.resolve("thesis.docx")));
    }
}
