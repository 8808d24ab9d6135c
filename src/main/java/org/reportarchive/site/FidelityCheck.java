package org.reportarchive.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;
import org.reportarchive.ingest.FootnoteMarkers;
import org.reportarchive.ingest.FrontMatter;
import org.reportarchive.ingest.HtmlSource;
import org.reportarchive.ingest.HtmlTags;
import org.reportarchive.ingest.IngestException;
import org.reportarchive.ingest.MarkdownCopy;
import org.reportarchive.ingest.SourceDecoder;
import org.reportarchive.ingest.SourceLine;
import org.reportarchive.model.Removal;
import org.reportarchive.model.RemovalReason;

/**
 * Checks a baked report page against its source: every line of the source that the archive did not strip must
 * appear in the page's text, in order (the title block's lines in any order, as the page puts the title first).
 * Footnote markers, note marks, permalinks and tooltips are set aside;
 * whitespace is ignored (it is layout, and column breaks are joined).
 */
public final class FidelityCheck {

    /** Elements the archive adds to the text: they are not report text. */
    public static final String ADDED = ".fn-ref, .ed-mark, .pilcrow, .fn-back, .ed-back, .fn-entry, [role=tooltip], .tip";
    private static final Evaluator ADDED_ELEMENTS = QueryParser.parse(ADDED);

    private FidelityCheck() {
    }

    /**
     * @return the first source text missing from the page, with its line number, or empty if the page holds it all
     */
    public static Optional<String> check(Path source, List<Removal> removals, Path page)
            throws IOException, IngestException {
        return check(source, removals, Files.readString(page, StandardCharsets.UTF_8));
    }

    /** The same check against a page's HTML. */
    public static Optional<String> check(Path source, List<Removal> removals, String pageHtml)
            throws IOException, IngestException {
        String text = SourceDecoder.decode(Files.readAllBytes(source), source.getFileName().toString()).text();
        Document doc = Jsoup.parse(pageHtml);
        StringBuilder header = new StringBuilder();
        StringBuilder sourceHeader = new StringBuilder();
        String pageText = pageText(doc, header, sourceHeader);
        String headerText = normalise(FootnoteMarkers.strip(header.toString()));
        // the title block's lines under the title (a delivery line, a speaker line), wherever the source set them
        String underTitle = normalise(FootnoteMarkers.strip(sourceHeader.toString()));
        // the report's notes and their heading, which the page sets under the text wherever the source had them (at
        // each page's foot, in a box set in the text)
        String notes = normalise(FootnoteMarkers.strip(doc.select(".footnotes-title, .footnote").text()));
        HtmlSource.Prepared page = HtmlSource.prepare(text.split("\n", -1)); // as the reading read them
        String[] lines = page.lines();
        boolean tagged = page.tagged();
        boolean markdown = MarkdownCopy.isMarkdown(lines); // a Markdown copy's marks are layout; elsewhere text
        // what each line reads as: a copy's HTML tags are its layout, and a paragraph's tags end its line
        List<List<String>> parts = new ArrayList<>();
        for (String line : lines) {
            parts.add(tagged ? HtmlTags.read(line).parts() : List.of(line));
        }
        Map<Integer, List<String>> taken = new HashMap<>();
        for (Removal r : removals) {
            if (r.reason() != RemovalReason.HTML_TAG) {
                taken.computeIfAbsent(r.line(), k -> new ArrayList<>()).add(r.text());
            }
        }
        int from = 0;
        for (int i = 0; i < lines.length; i++) {
            int no = i + 1;
            List<String> gone = taken.getOrDefault(no, List.of());
            for (String part : parts.get(i)) {
                String line = markdown ? MarkdownCopy.strip(SourceLine.trim(part)) : SourceLine.trim(part);
                if (line.startsWith("#")) {
                    line = FrontMatter.stripMarkdownHeading(line); // ## 一、…… ## as its heading reads: without either's marks
                }
                // whitespace aside, as everywhere here (a table's cells the reading set apart by a tab)
                line = withoutRemoved(normalise(line), gone);
                // (markers as the page's text reads them: a line may go on from the one above it, blank lines aside,
                // 会议文件 / （8）)
                int a = i - 1;
                while (a >= 0 && lines[a].isBlank()) {
                    a--;
                }
                String above = a >= 0 ? SourceLine.trim(lines[a]) : "";
                String context = above.isEmpty() ? "" : above.substring(above.length() - 1);
                line = normalise(FootnoteMarkers.strip(context + line).substring(context.length()));
                if (line.isEmpty()) {
                    continue;
                }
                if (from <= headerText.length() && headerText.contains(line)) {
                    // the title block: the title stands first, whatever line of the source it was, and its lines are
                    // found there, not further on (工作报告, the second line of a title over two, is in the text too)
                    continue;
                }
                if (!notes.isEmpty() && notes.contains(line)) {
                    continue; // a note's line: found among the notes, whatever comes before or after it in the source
                }
                int at = pageText.indexOf(line, from);
                if (at < 0 && underTitle.contains(line)) {
                    continue; // a line of the title block set elsewhere in the source (a delivery line under the text)
                }
                if (at < 0) {
                    return Optional.of("line " + no + ": " + abbreviate(SourceLine.trim(lines[i])));
                }
                from = at + line.length();
            }
        }
        return Optional.empty();
    }

    /** The page's report text: title, the title block and the body, without what the archive added. */
    static String pageText(Path page) throws IOException {
        return pageText(Jsoup.parse(page.toFile(), StandardCharsets.UTF_8.name()), new StringBuilder(),
                new StringBuilder());
    }

    /**
     * @param header       gets the text of the page's title block: its title and the lines above and around it that
     *                     the source has
     * @param sourceHeader gets the text of the title block's lines but the title
     */
    private static String pageText(Document doc, StringBuilder header, StringBuilder sourceHeader) {
        StringBuilder sb = new StringBuilder();
        for (Element e : doc.select("[data-source-text]")) {
            int start = sb.length();
            NodeTraversor.filter(new NodeFilter() {
                @Override
                public FilterResult head(Node node, int depth) {
                    if (node instanceof Element el && el.is(ADDED_ELEMENTS)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (node instanceof TextNode t) {
                        sb.append(t.getWholeText());
                    }
                    return FilterResult.CONTINUE;
                }
            }, e);
            if (e.closest("header") != null) {
                header.append(sb, start, sb.length());
            }
            if (e.closest(".source-header") != null) {
                sourceHeader.append(sb, start, sb.length());
            }
        }
        // a marker with no footnote stays in the text as written; markers are set aside on both sides, as the source's
        // lines are, once white space is off (評論 (0) reads as 評論(0) there)
        return FootnoteMarkers.strip(normalise(sb.toString()));
    }

    /**
     * A line without what was taken off it, each piece once: the whole line, or part of it (a page marker, a label, a
     * line number, a table's frame at its start or end or between its cells). A piece may be found only once others
     * are off (a framed row's cells, read as a page's line once its rules were taken off), so the pieces are tried
     * again while one comes off.
     */
    private static String withoutRemoved(String line, List<String> removed) {
        List<String> pieces = new ArrayList<>();
        for (String r : removed) {
            String piece = normalise(r);
            if (!piece.isEmpty()) {
                pieces.add(piece);
            }
        }
        boolean found = true;
        while (found && !pieces.isEmpty()) {
            found = false;
            for (int k = 0; k < pieces.size(); k++) {
                String piece = pieces.get(k);
                int at = line.startsWith(piece) ? 0
                        : line.endsWith(piece) ? line.length() - piece.length() : line.indexOf(piece);
                if (at >= 0) {
                    line = line.substring(0, at) + line.substring(at + piece.length());
                    pieces.remove(k--);
                    found = true;
                }
            }
        }
        return line;
    }

    /** The text without white space of any kind (it is layout; column breaks are joined). */
    private static String normalise(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u3000' && c != '\u00A0' && c != '\uFEFF' && c != '\u200B') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
