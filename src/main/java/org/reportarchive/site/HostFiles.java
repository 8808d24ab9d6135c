package org.reportarchive.site;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
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
 */
final class HostFiles {

    static final int FEED_ENTRIES = 50;

    private final String host;

    /** @param host the site's absolute address, e.g. {@code https://example.org/archive} */
    HostFiles(String host) {
        this.host = host.endsWith("/") ? host.substring(0, host.length() - 1) : host;
    }

    /**
     * @param newestFirst the reports
     * @param pages       the site's pages for the sitemap: every page but the 404 page and those that only
     *                    lead elsewhere, in path order
     */
    void write(PageSink sink, List<ReportSummary> newestFirst, List<String> pages) throws IOException {
        sink.file("feed.xml", out -> writeFeed(out, newestFirst.subList(0, Math.min(FEED_ENTRIES,
                newestFirst.size()))));
        sink.file("sitemap.xml", out -> writeSitemap(out, pages));
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

    private void writeSitemap(OutputStream stream, List<String> pages) throws IOException {
        try (Writer w = new OutputStreamWriter(stream, StandardCharsets.UTF_8)) {
            XMLStreamWriter x = XMLOutputFactory.newInstance().createXMLStreamWriter(w);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("urlset");
            x.writeDefaultNamespace("http://www.sitemaps.org/schemas/sitemap/0.9");
            for (String p : pages) {
                x.writeCharacters("\n");
                x.writeStartElement("url");
                element(x, "loc", host + "/" + p);
                x.writeEndElement();
            }
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the sitemap", e);
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
