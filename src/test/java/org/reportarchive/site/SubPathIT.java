package org.reportarchive.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.reportarchive.cli.PreviewServer;

/** The built site served from a sub-path on 127.0.0.1: every internal link, followed, resolves. */
class SubPathIT {

    private static final Path SITE = Path.of(System.getProperty("archive.site", "target/site"));
    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(URI uri) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everyInternalLinkResolvesUnderASubPath() throws Exception {
        try (PreviewServer server = PreviewServer.start(SITE, "/archive/", 0)) {
            URI start = URI.create(server.url());
            Deque<URI> queue = new ArrayDeque<>(List.of(start));
            Set<URI> seen = new HashSet<>(queue);
            Map<URI, Document> pages = new HashMap<>();
            int links = 0;
            while (!queue.isEmpty()) {
                URI page = queue.poll();
                HttpResponse<String> response = get(page);
                assertEquals(200, response.statusCode(), page.toString());
                if (!response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                    continue;
                }
                Document doc = Jsoup.parse(response.body(), page.toString());
                pages.put(page, doc);
                for (Element e : doc.select("a[href], link[href]:not([rel=canonical]), script[src], img[src]")) {
                    String raw = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                    if (raw.matches("^[a-z]+:.*")) {
                        continue; // absolute addresses are the host's (canonical, og), checked elsewhere
                    }
                    links++;
                    URI target = page.resolve(raw);
                    assertTrue(target.getPath().startsWith("/archive/"), page + " leaves the sub-path with " + raw);
                    URI file = new URI(target.getScheme(), target.getAuthority(), target.getPath(), null, null);
                    if (target.getFragment() != null) {
                        Document d = pages.containsKey(file) ? pages.get(file)
                                : Jsoup.parse(get(file).body(), file.toString());
                        assertNotNull(d.getElementById(target.getFragment()), page + " links to missing " + raw);
                    }
                    if (seen.add(file)) {
                        queue.add(file);
                    }
                }
            }
            long htmlFiles;
            try (Stream<Path> s = Files.walk(SITE)) {
                htmlFiles = s.filter(p -> p.toString().endsWith(".html") && !p.toString().contains("/project/")).count();
            }
            assertTrue(links > 1000, "links followed: " + links);
            assertTrue(pages.size() >= htmlFiles / 2, pages.size() + " of " + htmlFiles + " pages reached");
            for (String report : List.of("2021-leshan-report", "2022-luzhou-report", "2023-chengdu-report",
                    "2024-chongqing-report", "2022-anonymous-speech")) {
                assertTrue(pages.containsKey(start.resolve("reports/" + report + ".html")), report);
            }
            HttpResponse<String> missing = get(start.resolve("reports/no/such/page.html"));
            assertEquals(404, missing.statusCode());
            Document notFound = Jsoup.parse(missing.body());
            assertEquals("/archive/css/archive.css", notFound.selectFirst("link[rel=stylesheet]").attr("href"),
                    "the 404 page works at any depth");
            assertEquals(200, get(start.resolve(notFound.selectFirst("link[rel=stylesheet]").attr("href"))).statusCode());
        }
    }
}
