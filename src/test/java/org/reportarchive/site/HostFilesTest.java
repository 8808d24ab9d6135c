package org.reportarchive.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.reportarchive.model.RecordingSink;
import org.w3c.dom.Document;

class HostFilesTest {

    private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static List<String> pages(int n) {
        return IntStream.range(0, n).mapToObj(i -> String.format("reports/r%05d.html", i)).toList();
    }

    private static Document xml(String text) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> locs(Document doc) {
        var nodes = doc.getElementsByTagNameNS(NS, "loc");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }

    @Test
    void anArchiveWithinTheLimitsHasOneSitemap() throws Exception {
        RecordingSink sink = new RecordingSink();
        new HostFiles("https://example.org/archive/", 3, 1 << 20).write(sink, List.of(), pages(3));
        Document doc = xml(sink.files.get("sitemap.xml"));
        assertEquals("urlset", doc.getDocumentElement().getLocalName());
        assertEquals(List.of("https://example.org/archive/reports/r00000.html",
                "https://example.org/archive/reports/r00001.html",
                "https://example.org/archive/reports/r00002.html"), locs(doc));
        assertEquals(List.of("feed.xml", "sitemap.xml", "robots.txt"), List.copyOf(sink.files.keySet()));
    }

    @Test
    void moreAddressesThanASitemapMayHoldGetASitemapIndex() throws Exception {
        RecordingSink sink = new RecordingSink();
        new HostFiles("https://example.org/archive", 3, 1 << 20).write(sink, List.of(), pages(7));
        Document index = xml(sink.files.get("sitemap.xml"));
        assertEquals("sitemapindex", index.getDocumentElement().getLocalName());
        assertEquals(List.of("https://example.org/archive/sitemap-1.xml", "https://example.org/archive/sitemap-2.xml",
                "https://example.org/archive/sitemap-3.xml"), locs(index));
        List<String> all = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            Document part = xml(sink.files.get("sitemap-" + i + ".xml"));
            assertEquals("urlset", part.getDocumentElement().getLocalName());
            assertEquals(i < 3 ? 3 : 1, locs(part).size());
            all.addAll(locs(part));
        }
        assertEquals(pages(7).stream().map(p -> "https://example.org/archive/" + p).toList(), all,
                "every page once, in order");
        assertTrue(sink.files.get("robots.txt").contains("Sitemap: https://example.org/archive/sitemap.xml"));
    }

    @Test
    void aSitemapStaysWithinItsBytes() throws Exception {
        RecordingSink sink = new RecordingSink();
        long limit = 1_000;
        List<String> pages = new ArrayList<>(pages(20));
        pages.set(5, "glossary/a&b<c>.html"); // escaped, each of these takes more bytes than it has
        new HostFiles("https://example.org/archive", 50_000, limit).write(sink, List.of(), pages);
        List<String> all = new ArrayList<>();
        for (int i = 1; sink.files.containsKey("sitemap-" + i + ".xml"); i++) {
            byte[] bytes = sink.bytes.get("sitemap-" + i + ".xml");
            assertTrue(bytes.length <= limit, "sitemap-" + i + ".xml has " + bytes.length + " bytes");
            all.addAll(locs(xml(new String(bytes, StandardCharsets.UTF_8))));
        }
        assertTrue(sink.files.containsKey("sitemap-2.xml"), "twenty addresses take more than 1,000 bytes");
        assertEquals(pages.stream().map(p -> "https://example.org/archive/" + p).toList(), all);
    }

    @Test
    void anEmptyArchiveHasAnEmptySitemap() throws Exception {
        RecordingSink sink = new RecordingSink();
        new HostFiles("https://example.org/archive").write(sink, List.of(), List.of());
        Document doc = xml(sink.files.get("sitemap.xml"));
        assertEquals("urlset", doc.getDocumentElement().getLocalName());
        assertEquals(List.of(), locs(doc));
    }
}
