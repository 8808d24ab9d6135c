package org.reportarchive.site;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.reportarchive.model.ReportMetadata;
import org.reportarchive.model.ReportSummary;

/**
 * The files a hosted site needs besides its pages: an Atom feed of the reports, a sitemap, robots.txt. They are
 * the only place (with canonical links and JSON-LD) where the site's absolute address is used; nothing in them
 * depends on the time of the build.
 */
final class HostFiles {

    private final String host;

    /** @param host the site's absolute address, e.g. {@code https://example.org/archive} */
    HostFiles(String host) {
        this.host = host.endsWith("/") ? host.substring(0, host.length() - 1) : host;
    }

    void write(Path out, List<ReportSummary> newestFirst) throws IOException {
        writeFeed(out.resolve("feed.xml"), newestFirst);
        writeSitemap(out);
        Files.writeString(out.resolve("robots.txt"), "User-agent: *\nAllow: /\n\nSitemap: " + host + "/sitemap.xml\n",
                StandardCharsets.UTF_8);
    }

    private void writeFeed(Path file, List<ReportSummary> reports) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
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

    /** Every page except the 404 page and the alias pages (which lead elsewhere), in path order. */
    private void writeSitemap(Path out) throws IOException {
        List<String> pages;
        try (Stream<Path> walk = Files.walk(out)) {
            pages = walk.filter(p -> p.toString().endsWith(".html"))
                    .map(p -> out.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.equals("404.html"))
                    .filter(p -> !isRedirect(out.resolve(p)))
                    .sorted().toList();
        }
        try (Writer w = Files.newBufferedWriter(out.resolve("sitemap.xml"), StandardCharsets.UTF_8)) {
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

    private static boolean isRedirect(Path page) {
        try {
            return Files.readString(page, StandardCharsets.UTF_8).contains("http-equiv=\"refresh\"");
        } catch (IOException e) {
            return false;
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
