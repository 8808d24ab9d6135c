package org.reportarchive.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The link check finds what is broken: it cannot pass without looking. */
class LinkCheckTest {

    @Test
    void findsMissingFilesMissingIdsAndAbsoluteLinks(@TempDir Path dir) throws Exception {
        Files.copy(Path.of("src/test/resources/broken/broken-link.html"), dir.resolve("broken-link.html"));
        Files.writeString(dir.resolve("ok.html"), "<p id=\"a\"><a href=\"broken-link.html\">x</a><a href=\"#a\">y</a>"
                + "<a href=\"/root.html\">z</a></p>");
        assertEquals(List.of("broken-link.html: missing file no-such-page.html", "broken-link.html: missing id #no-such-id",
                "ok.html: not relative: /root.html"), new LinkCheck(dir).problems());
    }
}
