package org.reportarchive.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
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
 * {@code <entry>}, an Evernote note), a portal's table of one row (CSV, TSV), or a word processor's document XML. The
 * article's fields are read as the page would show them: its publishing line from the source,
 * date, author and editor fields ({@code 来源：……　发布时间：……}), its title and subtitle, then its text (HTML or
 * plain, its escapes undone), one line to a line of the text. Every other field is listed as the export's
 * ({@code 网站导出数据的其他字段}), and line numbers count the lines of the text so read.
 */
final class DataExport {

    /** The text read from an export, the fields not read as text, and what the export was. */
    record Unwrapped(String text, List<Removal> fields, String form) {
    }

    private static final Set<String> TITLE = Set.of("title", "articletitle", "headline", "doctitle", "name", "标题",
            "题名", "名称", "文章标题");
    private static final Set<String> SUBTITLE = Set.of("subtitle", "subhead", "subheading", "vicetitle", "introtitle",
            "副标题", "引题");
    /** The keys of an article's text, the likeliest first. */
    private static final List<String> CONTENT = List.of("content", "contenthtml", "htmlcontent", "articlecontent",
            "body", "text", "article", "detail", "maintext", "html", "正文", "内容", "文章内容", "全文", "description",
            "summary");
    private static final Set<String> SOURCE = Set.of("source", "from", "origin", "sourcename", "media", "copyfrom",
            "来源", "发布机构", "来源单位", "信息来源", "文章来源");
    private static final Set<String> DATE = Set.of("pubdate", "publishtime", "publishdate", "releasetime",
            "releasedate", "date", "createtime", "publishedat", "pubtime", "published", "updated", "time", "dcdate",
            "发布日期", "发布时间", "日期", "成文日期", "时间");
    private static final Set<String> AUTHOR = Set.of("author", "writer", "reporter", "creator", "dccreator", "作者");
    private static final Set<String> EDITOR = Set.of("editor", "responsibleeditor", "chargeeditor", "责任编辑", "编辑");
    /** The fewest characters of an article's text field. */
    private static final int MIN_TEXT = 50;
    private static final int MAX_DEPTH = 4;
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private DataExport() {
    }

    /** The export's article read as text, or empty when the text is no export. */
    static Optional<Unwrapped> unwrap(String text, String file) throws IngestException {
        int first = 0;
        while (first < text.length() && Character.isWhitespace(text.charAt(first))) {
            first++;
        }
        if (first == text.length() || "{[<".indexOf(text.charAt(first)) < 0 && !startsAsATable(text, first)) {
            return Optional.empty(); // (the common case: text, decided from its first character and line)
        }
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
        if (t.startsWith("<?xml") || t.startsWith("<rss") || t.startsWith("<feed") || t.startsWith("<en-export")) {
            return feed(t, file);
        }
        return table(t, file);
    }

    /** Whether the text's first line may be a table's header: it has a comma or a tab. */
    private static boolean startsAsATable(String text, int from) {
        int end = text.indexOf('\n', from);
        String line = text.substring(from, end < 0 ? text.length() : end);
        return line.indexOf(',') >= 0 || line.indexOf('\t') >= 0;
    }

    /** The separators a table's row is set with: a comma (CSV) or a tab (TSV). */
    private static final String SEPARATORS = ",\t";

    /**
     * A portal's or a spreadsheet's export of a report as a table's row: a header of columns (标题, 发布日期, 来源,
     * 正文 …; their names in English too) over one row, in CSV or TSV (a cell quoted, its quotes doubled, where it holds a
     * separator or a line's end). Read by jackson-dataformat-csv. A table of several rows is a table the text starts
     * with, not an export.
     */
    private static Optional<Unwrapped> table(String text, String file) throws IngestException {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        for (char separator : SEPARATORS.toCharArray()) {
            List<String> names = java.util.Arrays.stream(header.split(separator == '\t' ? "\t" : ",", -1))
                    .map(n -> key(n.strip().replaceAll("^\"|\"$", ""))).toList(); // ("标题","正文": a header quoted)
            if (names.size() < 2 || names.stream().noneMatch(CONTENT::contains) || names.stream().noneMatch(TITLE::contains)) {
                continue;
            }
            List<Map<String, String>> rows = new ArrayList<>();
            CsvMapper mapper = new CsvMapper();
            CsvSchema schema = CsvSchema.emptySchema().withHeader().withColumnSeparator(separator).withQuoteChar('"');
            try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class).with(schema)
                    .readValues(text)) {
                while (it.hasNext()) {
                    rows.add(it.next());
                }
            } catch (java.io.IOException | RuntimeException e) {
                throw new IngestException(file, 0, "the file reads as a table's export (a header of columns, one of"
                        + " them the text) but its rows cannot be read (" + e.getMessage().lines().findFirst().orElse("")
                        + "); save the report as plain text (.txt)");
            }
            rows.removeIf(r -> r.values().stream().allMatch(v -> v == null || v.isBlank()));
            if (rows.size() != 1) {
                return Optional.empty(); // a table the text starts with (序号　名称　内容……), not an article's row
            }
            Map<String, String> fields = new LinkedHashMap<>();
            rows.get(0).forEach((k, v) -> fields.put(k.strip(), v == null ? "" : v));
            // the article's text: the longest of the columns that may hold it (body, not its description)
            String content = fields.keySet().stream().filter(k -> CONTENT.contains(key(k)))
                    .max(java.util.Comparator.comparingInt((String k) -> fields.get(k).strip().length())).orElseThrow();
            if (fields.get(content).strip().length() < MIN_TEXT) {
                return Optional.empty();
            }
            return Optional.of(compose(fields, content, separator == ',' ? "CSV" : "TSV"));
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
        items.addAll(doc.select("en-export > note")); // an Evernote export's notes
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
            fields.merge(e.tagName(), value.strip(), (a, b) -> a + "、" + b); // (a note's tags, one to an element)
        }
        Element channel = item.parent();
        if (channel != null) {
            for (Element e : channel.children()) {
                if (!e.tagName().equals("item") && !e.tagName().equals("entry") && e.children().isEmpty()) {
                    fields.putIfAbsent("channel " + e.tagName(), e.text().strip());
                }
            }
        }
        String form = item.tagName().equals("entry") ? "Atom" : item.tagName().equals("note") ? "Evernote" : "RSS";
        String contentKey = feedContent(item).tagName();
        if (form.equals("Evernote")) { // the days a note was made and changed are the note's, not the page's
            for (String day : List.of("created", "updated")) {
                String v = fields.remove(day);
                if (v != null) {
                    fields.put("note " + day, v);
                }
            }
        }
        // an Evernote note's text is XHTML in <en-note>, its pictures <en-media>: a page's division, and nothing
        fields.computeIfPresent(contentKey, (k, v) -> EVERNOTE.matcher(v).replaceAll(m -> m.group().startsWith("</")
                ? "</div>" : m.group(1).equals("en-note") ? "<div>" : ""));
        return Optional.of(compose(fields, contentKey, form));
    }

    /** An Evernote note's own elements in its XHTML. */
    private static final java.util.regex.Pattern EVERNOTE = java.util.regex.Pattern.compile(
            "</?(en-note|en-media|en-todo|en-crypt)\\b[^<>]*>");

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
        List<String> opening = firstLines(content);
        String export = title;
        boolean same = export != null && opening.stream().anyMatch(l -> words(l).startsWith(words(export)));
        if (title != null && !same && opening.stream().noneMatch(FrontMatter::isTitle)) {
            lines.add(title);
        } else if (title != null && !same) {
            left.add(0, "title: " + title); // the site's headline (a note's own name) over the text's own title
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

    /** The lines a text starts with: its first few with words, without their tags. */
    private static List<String> firstLines(String content) {
        List<String> out = new ArrayList<>();
        if (content.indexOf('<') >= 0) {
            Element body = Jsoup.parse(content).body();
            for (Element e : body.getAllElements()) {
                if (e != body && !e.ownText().isBlank() && out.size() < OPENING_LINES) {
                    out.add(e.text().strip());
                }
            }
            return out;
        }
        for (String line : content.split("\\n")) {
            if (!line.isBlank() && out.size() < OPENING_LINES) {
                out.add(line.strip());
            }
        }
        return out;
    }

    /** How many of a text's first lines are looked through for its own title. */
    private static final int OPENING_LINES = 5;

    private static String words(String s) {
        return s.replaceAll("[\\s\\u3000]+", "");
    }

    /** A field's key as compared: lower case, without separators (pub_date, pubDate, dc:date). */
    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[_\\-:]", "");
    }
}
