package org.reportarchive.site;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.reportarchive.model.PageSink;
import org.reportarchive.model.ReportMetadata;
import org.reportarchive.model.ReportSummary;

/**
 * The files a hosted site needs besides its pages: an Atom feed of the newest {@value #FEED_ENTRIES} reports, a
 * sitemap, robots.txt. They are the only place (with canonical links and JSON-LD) where the site's absolute
 * address is used; nothing in them depends on the time of the build.
 *
 * <p>A sitemap may list at most {@value #SITEMAP_URLS} addresses in at most {@value #SITEMAP_BYTES} bytes
 * (sitemaps.org). An archive with more pages gets a sitemap index at {@code sitemap.xml} that lists the sitemaps
 * {@code sitemap-1.xml}, {@code sitemap-2.xml} ..., each holding the next pages in path order, so that robots.txt
 * and search engines find the index where they found the one sitemap before.
 */
final class HostFiles {

    static final int FEED_ENTRIES = 50;
    static final int SITEMAP_URLS = 50_000;
    static final int SITEMAP_BYTES = 50 * 1024 * 1024;
    /** What a sitemap holds besides its addresses: the XML declaration and the urlset element. */
    private static final int SITEMAP_FRAME = 200;
    /** What an address's entry in a sitemap holds besides the address: a line break and its tags. */
    private static final int ENTRY_TAGS = "\n<url><loc></loc></url>".length();

    private final String host;
    private final int maxUrls;
    private final long maxBytes;

    /** @param host the site's absolute address, e.g. {@code https://example.org/archive} */
    HostFiles(String host) {
        this(host, SITEMAP_URLS, SITEMAP_BYTES);
    }

    /** With other limits for a sitemap: at most {@code maxUrls} addresses, at most {@code maxBytes} bytes. */
    HostFiles(String host, int maxUrls, long maxBytes) {
        this.host = host.endsWith("/") ? host.substring(0, host.length() - 1) : host;
        this.maxUrls = maxUrls;
        this.maxBytes = maxBytes;
    }

    /**
     * @param newestFirst the reports
     * @param pages       the site's pages for the sitemap: every page but the 404 page and those that only
     *                    lead elsewhere, in path order
     */
    void write(PageSink sink, List<ReportSummary> newestFirst, List<String> pages) throws IOException {
        sink.file("feed.xml", out -> writeFeed(out, newestFirst.subList(0, Math.min(FEED_ENTRIES,
                newestFirst.size()))));
        List<List<String>> parts = sitemaps(pages);
        if (parts.size() == 1) {
            sink.file("sitemap.xml", out -> writeSitemap(out, pages));
        } else {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < parts.size(); i++) {
                List<String> part = parts.get(i);
                names.add("sitemap-" + (i + 1) + ".xml");
                sink.file(names.get(i), out -> writeSitemap(out, part));
            }
            sink.file("sitemap.xml", out -> writeSitemapIndex(out, names));
        }
        sink.file("robots.txt", out -> out.write(("User-agent: *\nAllow: /\n\nSitemap: " + host + "/sitemap.xml\n")
                .getBytes(StandardCharsets.UTF_8)));
    }

    private void writeFeed(OutputStream stream, List<ReportSummary> reports) throws IOException {
        try (Writer w = new OutputStreamWriter(stream, StandardCharsets.UTF_8)) {
            XMLStreamWriter x = XMLOutputFactory.newInstance().createXMLStreamWriter(w);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("feed");
            x.writeDefaultNamespace("http://www.w3.org/2005/Atom");
            x.writeAttribute("xml:lang", "zh-CN");
            element(x, "title", "地方人大常委会工作报告注释档案");
            element(x, "id", host + "/");
            link(x, host + "/", "alternate");
            link(x, host + "/feed.xml", "self");
            element(x, "updated", reports.isEmpty() ? "2000-01-01T00:00:00Z" : updated(reports.get(0).metadata()));
            x.writeStartElement("author");
            element(x, "name", "人大报告注释档案");
            x.writeEndElement();
            for (ReportSummary r : reports) {
                ReportMetadata m = r.metadata();
                x.writeStartElement("entry");
                element(x, "title", m.title() == null ? r.source() : m.title());
                element(x, "id", host + "/" + r.url());
                link(x, host + "/" + r.url(), "alternate");
                element(x, "updated", updated(m));
                element(x, "summary", Listings.place(m) + "，" + Listings.when(m) + "，" + m.kind().label()
                        + (m.incomplete() ? "（原文不完整）" : "") + "。");
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the feed", e);
        }
    }

    private static String updated(ReportMetadata m) {
        if (m.date() != null) {
            return m.date() + "T00:00:00Z";
        }
        return (m.year() != null ? m.year() : 2000) + "-01-01T00:00:00Z";
    }

    /**
     * The pages split into sitemaps in order, each within the limits (an address takes its escaped length and
     * its {@code <url><loc>} tags); one sitemap, perhaps empty, when they all fit.
     */
    private List<List<String>> sitemaps(List<String> pages) {
        List<List<String>> parts = new ArrayList<>();
        int from = 0;
        long bytes = SITEMAP_FRAME;
        for (int i = 0; i < pages.size(); i++) {
            long size = urlBytes(pages.get(i));
            if (i > from && (i - from == maxUrls || bytes + size > maxBytes)) {
                parts.add(pages.subList(from, i));
                from = i;
                bytes = SITEMAP_FRAME;
            }
            bytes += size;
        }
        parts.add(pages.subList(from, pages.size()));
        return parts;
    }

    /** The bytes a page's entry takes in a sitemap, at most (escaping {@code & < >} takes four bytes more each). */
    private long urlBytes(String page) {
        String loc = host + "/" + page;
        long bytes = ENTRY_TAGS + loc.getBytes(StandardCharsets.UTF_8).length;
        for (int i = 0; i < loc.length(); i++) {
            char c = loc.charAt(i);
            if (c == '&' || c == '<' || c == '>') {
                bytes += 4;
            }
        }
        return bytes;
    }

    private void writeSitemapIndex(OutputStream stream, List<String> sitemaps) throws IOException {
        writeLocations(stream, "sitemapindex", "sitemap", sitemaps);
    }

    private void writeSitemap(OutputStream stream, List<String> pages) throws IOException {
        writeLocations(stream, "urlset", "url", pages);
    }

    /** A sitemap ({@code urlset} of {@code url}) or a sitemap index ({@code sitemapindex} of {@code sitemap}). */
    private void writeLocations(OutputStream stream, String root, String item, List<String> paths) throws IOException {
        try (Writer w = new OutputStreamWriter(stream, StandardCharsets.UTF_8)) {
            XMLStreamWriter x = XMLOutputFactory.newInstance().createXMLStreamWriter(w);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement(root);
            x.writeDefaultNamespace("http://www.sitemaps.org/schemas/sitemap/0.9");
            for (String p : paths) {
                x.writeCharacters("\n");
                x.writeStartElement(item);
                element(x, "loc", host + "/" + p);
                x.writeEndElement();
            }
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write " + root, e);
        }
    }

    private static void element(XMLStreamWriter x, String name, String text) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(text);
        x.writeEndElement();
    }

    private static void link(XMLStreamWriter x, String href, String rel) throws XMLStreamException {
        x.writeEmptyElement("link");
        x.writeAttribute("rel", rel);
        x.writeAttribute("href", href);
    }
}
