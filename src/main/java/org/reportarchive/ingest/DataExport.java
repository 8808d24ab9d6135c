package org.reportarchive.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.reportarchive.model.Removal;
import org.reportarchive.model.RemovalReason;

/**
 * A report saved as a site's data rather than its page: a content system's JSON ({@code {"title": …, "source": …,
 * "content": "<p>…</p>"}}, under {@code data} or in a list of one), or a feed's item (RSS's {@code <item>}, Atom's
 * {@code <entry>}), or a word processor's document XML. The article's fields are read as the page would show them: its publishing line from the source,
 * date, author and editor fields ({@code 来源：……　发布时间：……}), its title and subtitle, then its text (HTML or
 * plain, its escapes undone), one line to a line of the text. Every other field is listed as the export's
 * ({@code 网站导出数据的其他字段}), and line numbers count the lines of the text so read.
 */
final class DataExport {

    /** The text read from an export, the fields not read as text, and what the export was. */
    record Unwrapped(String text, List<Removal> fields, String form) {
    }

    private static final Set<String> TITLE = Set.of("title", "articletitle", "headline", "doctitle", "name");
    private static final Set<String> SUBTITLE = Set.of("subtitle", "subhead", "subheading", "vicetitle", "introtitle");
    /** The keys of an article's text, the likeliest first. */
    private static final List<String> CONTENT = List.of("content", "contenthtml", "htmlcontent", "articlecontent",
            "body", "text", "article", "detail", "maintext", "html", "description", "summary");
    private static final Set<String> SOURCE = Set.of("source", "from", "origin", "sourcename", "media", "copyfrom");
    private static final Set<String> DATE = Set.of("pubdate", "publishtime", "publishdate", "releasetime",
            "releasedate", "date", "createtime", "publishedat", "pubtime", "published", "updated", "time", "dcdate");
    private static final Set<String> AUTHOR = Set.of("author", "writer", "reporter", "creator", "dccreator");
    private static final Set<String> EDITOR = Set.of("editor", "responsibleeditor", "chargeeditor");
    /** The fewest characters of an article's text field. */
    private static final int MIN_TEXT = 50;
    private static final int MAX_DEPTH = 4;
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private DataExport() {
    }

    /** The export's article read as text, or empty when the text is no export. */
    static Optional<Unwrapped> unwrap(String text, String file) throws IngestException {
        String t = text.strip();
        if (t.startsWith("{\\rtf")) {
            throw new IngestException(file, 1, "this is an RTF document, not text; open it in a word processor and save"
                    + " it as plain text (.txt)");
        }
        if (t.startsWith("{") && t.endsWith("}") || t.startsWith("[") && t.endsWith("]")) {
            return json(t, file);
        }
        if (t.startsWith("<?xml") && t.contains("<w:document")) {
            return Optional.of(wordXml(t));
        }
        if (t.startsWith("<?xml") || t.startsWith("<rss") || t.startsWith("<feed")) {
            return feed(t, file);
        }
        return Optional.empty();
    }

    /**
     * A word processor's document XML (a .docx file's {@code word/document.xml}): each paragraph ({@code <w:p>}) a
     * line of its runs' text ({@code <w:t>}), a tab ({@code <w:tab/>}) a tab and a line break ({@code <w:br/>}) a
     * line's end; the rest is the document's layout.
     */
    private static Unwrapped wordXml(String text) {
        Document doc = Jsoup.parse(text, "", Parser.xmlParser());
        List<String> lines = new ArrayList<>();
        for (Element p : doc.getElementsByTag("w:p")) {
            StringBuilder line = new StringBuilder();
            for (Element e : p.getAllElements()) {
                switch (e.tagName()) {
                    case "w:t" -> line.append(e.wholeText());
                    case "w:tab" -> line.append('\t');
                    case "w:br", "w:cr" -> line.append('\n');
                    default -> {
                        // layout
                    }
                }
            }
            lines.add(line.toString());
        }
        return new Unwrapped(String.join("\n", lines), List.of(), "Word XML");
    }

    private static Optional<Unwrapped> json(String text, String file) throws IngestException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(text);
        } catch (JsonProcessingException e) {
            return Optional.empty(); // text in braces, not JSON
        }
        List<JsonNode> articles = new ArrayList<>();
        Deque<JsonNode> queue = new ArrayDeque<>(List.of(root));
        Deque<Integer> depths = new ArrayDeque<>(List.of(0));
        while (!queue.isEmpty()) {
            JsonNode node = queue.poll();
            int depth = depths.poll();
            if (node.isObject() && contentField(node) != null) {
                articles.add(node);
                continue; // (an article's own objects are its)
            }
            if (depth < MAX_DEPTH && (node.isObject() || node.isArray())) {
                node.elements().forEachRemaining(child -> {
                    queue.add(child);
                    depths.add(depth + 1);
                });
            }
        }
        if (articles.isEmpty()) {
            return Optional.empty();
        }
        if (articles.size() > 1) {
            throw new IngestException(file, 0, "the JSON export holds " + articles.size() + " articles; put each"
                    + " report in a file of its own");
        }
        JsonNode article = articles.get(0);
        Map<String, String> fields = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = article.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            fields.put(f.getKey(), f.getValue().isValueNode() ? f.getValue().asText() : f.getValue().toString());
        }
        return Optional.of(compose(fields, contentField(article), "JSON"));
    }

    /** The key of an object's article text: a text field's (content before a summary), a string of some length. */
    private static String contentField(JsonNode node) {
        for (String wanted : CONTENT) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                if (key(f.getKey()).equals(wanted) && f.getValue().isTextual()
                        && f.getValue().asText().strip().length() >= MIN_TEXT) {
                    return f.getKey();
                }
            }
        }
        return null;
    }

    private static Optional<Unwrapped> feed(String text, String file) throws IngestException {
        Document doc = Jsoup.parse(text, "", Parser.xmlParser());
        List<Element> items = new ArrayList<>(doc.select("item"));
        items.addAll(doc.select("entry"));
        if (items.isEmpty()) {
            return Optional.empty();
        }
        List<Element> articles = items.stream().filter(i -> feedContent(i) != null).toList();
        if (articles.size() > 1) {
            throw new IngestException(file, 0, "the feed holds " + articles.size() + " items; put each report in a"
                    + " file of its own");
        }
        if (articles.isEmpty()) {
            return Optional.empty();
        }
        Element item = articles.get(0);
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element e : item.children()) {
            String value = e.children().isEmpty() || e == feedContent(item) ? e.wholeText() : e.text();
            fields.putIfAbsent(e.tagName(), value.strip());
        }
        Element channel = item.parent();
        if (channel != null) {
            for (Element e : channel.children()) {
                if (!e.tagName().equals("item") && !e.tagName().equals("entry") && e.children().isEmpty()) {
                    fields.putIfAbsent("channel " + e.tagName(), e.text().strip());
                }
            }
        }
        String form = item.tagName().equals("entry") ? "Atom" : "RSS";
        return Optional.of(compose(fields, feedContent(item).tagName(), form));
    }

    /** A feed item's text: its encoded content, its content, its description or its summary. */
    private static Element feedContent(Element item) {
        for (String name : List.of("content:encoded", "content", "description", "summary")) {
            for (Element e : item.children()) {
                if (e.tagName().equals(name) && e.wholeText().strip().length() >= MIN_TEXT) {
                    return e;
                }
            }
        }
        return null;
    }

    /** The article's lines: its publishing line, title, subtitle and text; and the fields left. */
    private static Unwrapped compose(Map<String, String> fields, String contentKey, String form) {
        String title = null;
        String subtitle = null;
        List<String> publishing = new ArrayList<>();
        List<String> left = new ArrayList<>();
        for (Map.Entry<String, String> f : fields.entrySet()) {
            String k = key(f.getKey().replace("channel ", "channel"));
            String v = f.getValue().strip();
            if (f.getKey().equals(contentKey) || v.isEmpty()) {
                continue;
            }
            if (TITLE.contains(k) && title == null) {
                title = v;
            } else if (SUBTITLE.contains(k) && subtitle == null) {
                subtitle = v;
            } else if (SOURCE.contains(k)) {
                publishing.add("来源：" + v);
            } else if (DATE.contains(k) && publishing.stream().noneMatch(p -> p.startsWith("发布时间"))) {
                publishing.add("发布时间：" + day(v));
            } else if (AUTHOR.contains(k)) {
                publishing.add("作者：" + v);
            } else if (EDITOR.contains(k)) {
                publishing.add("责任编辑：" + v);
            } else {
                left.add(f.getKey() + ": " + (v.length() > 80 ? v.substring(0, 80) + "…" : v));
            }
        }
        String content = fields.get(contentKey).strip();
        List<String> lines = new ArrayList<>();
        if (!publishing.isEmpty()) {
            lines.add(String.join("\u3000", publishing));
        }
        String first = firstLine(content);
        if (title != null && !words(first).startsWith(words(title)) && !FrontMatter.isTitle(first)) {
            lines.add(title);
        } else if (title != null && !words(first).startsWith(words(title))) {
            left.add(0, "title: " + title); // the site's headline over the text's own title
        }
        if (subtitle != null && !content.contains(subtitle)) {
            lines.add(subtitle);
        }
        lines.add(content);
        List<Removal> removals = new ArrayList<>();
        for (String l : left) {
            removals.add(new Removal(1, RemovalReason.EXPORT_FIELD, l));
        }
        return new Unwrapped(String.join("\n", lines), removals, form);
    }

    /** A day as a content system or a feed writes it, as a publishing line does: 2016-01-25 10:08:00. */
    private static String day(String value) {
        for (DateTimeFormatter f : List.of(DateTimeFormatter.RFC_1123_DATE_TIME, DateTimeFormatter.ISO_OFFSET_DATE_TIME)) {
            try {
                return OffsetDateTime.parse(value, f).format(DAY_TIME);
            } catch (DateTimeParseException e) {
                // another form
            }
        }
        return value;
    }

    /** The text's first line with words, without its tags. */
    private static String firstLine(String content) {
        if (content.indexOf('<') >= 0) {
            Element body = Jsoup.parse(content).body();
            for (Element e : body.getAllElements()) {
                if (e != body && e.ownText().strip().length() > 0) {
                    return e.text().strip();
                }
            }
            return body.text().strip();
        }
        for (String line : content.split("\n")) {
            if (!line.isBlank()) {
                return line.strip();
            }
        }
        return "";
    }

    private static String words(String s) {
        return s.replaceAll("[\\s\\u3000]+", "");
    }

    /** A field's key as compared: lower case, without separators (pub_date, pubDate, dc:date). */
    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[_\\-:]", "");
    }
}
