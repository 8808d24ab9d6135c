package org.reportarchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreviewServerTest {

    private static HttpResponse<String> get(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesByDefaultUnderThePathOfTheSitesAddress(@TempDir Path dir) throws Exception {
        Path properties = dir.resolve("jbake.properties");
        Files.writeString(properties, "site.host=https://example.org/archive\n");
        assertEquals("/archive/", ServeCommand.hostPath(properties));
        Files.writeString(properties, "site.host=https://reports.example.org\n");
        assertEquals("/", ServeCommand.hostPath(properties));
        Files.writeString(properties, "site.host=https://example.org/a/b/\n");
        assertEquals("/a/b/", ServeCommand.hostPath(properties));
    }

    @Test
    void servesTheSiteUnderASubPath(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("index.html"), "<p>首页</p>");
        Files.createDirectories(dir.resolve("reports"));
        Files.writeString(dir.resolve("reports/a.html"), "<p>报告</p>");
        Files.writeString(dir.resolve("404.html"), "<p>没有这一页</p>");
        Files.writeString(dir.getParent().resolve("secret.txt"), "outside");
        try (PreviewServer server = PreviewServer.start(dir, "archive", 0)) {
            assertTrue(server.url().endsWith("/archive/"));
            HttpResponse<String> home = get(server.url());
            assertEquals(200, home.statusCode());
            assertEquals("<p>首页</p>", home.body());
            assertEquals("default-src 'self'", home.headers().firstValue("Content-Security-Policy").orElseThrow());
            assertEquals(200, get(server.url() + "reports/a.html").statusCode());
            assertEquals("text/html; charset=utf-8", get(server.url() + "reports/a.html").headers()
                    .firstValue("Content-Type").orElseThrow());
            HttpResponse<String> missing = get(server.url() + "reports/none.html");
            assertEquals(404, missing.statusCode());
            assertEquals("<p>没有这一页</p>", missing.body());
            String root = server.url().replace("/archive/", "/");
            assertEquals(404, get(root + "index.html").statusCode(), "nothing outside the sub-path");
            assertEquals(404, get(server.url() + "..%2Fsecret.txt").statusCode());
        }
    }

    @Test
    void theWatcherSeesAddedAndChangedFiles(@TempDir Path dir) throws Exception {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        Files.writeString(seeds.resolve("a.txt"), "一");
        SourceWatcher watcher = new SourceWatcher(List.of(seeds, dir.resolve("templates")));
        assertFalse(watcher.changed());
        Files.writeString(seeds.resolve("b.txt"), "二");
        assertTrue(watcher.changed());
        assertFalse(watcher.changed());
        Files.writeString(seeds.resolve("a.txt"), "一二三");
        assertTrue(watcher.changed());
        Files.createDirectories(dir.resolve("templates"));
        Files.writeString(dir.resolve("templates/x.ftl"), "x");
        assertTrue(watcher.changed());
    }
}
