package org.reportarchive.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportarchive.model.Removal;
import org.reportarchive.model.RemovalReason;
import org.reportarchive.model.Report;
import org.reportarchive.model.ReportMetadata;
import org.reportarchive.places.DivisionHistory;
import org.reportarchive.places.Divisions;
import org.reportarchive.text.Simplified;

/**
 * Reads one seed file (and its optional sidecar) into a {@link Report}: decode, strip what is not the report,
 * read the title block, structure the text (noting the repairs made), resolve metadata. What the archive
 * sees in the words of the text is noted later, from the text's analysis ({@code analysis.notes}).
 * The report's id is provisional (the file's base name) until {@link ReportIds} assigns the final ones.
 */
public final class ReportIngester {

    /** The longest line read; the longest paragraphs of reports are a few thousand characters. */
    public static final int MAX_LINE = 100_000;
    /** A page's number set between wide spaces inside a line of text, as a scan of two columns has it: ·12·, - 12 -. */
    private static final Pattern INLINE_PAGE_NUMBER = Pattern.compile(
            "(?<=\\S)[ \\u3000]{4,}([·•\\-－—]\\s?[0-9０-９]{1,3}\\s?[·•\\-－—])[ \\u3000]{4,}(?=\\S)");

    /**
     * A text table's box-drawing frame at a line's start or end (│, ┌──┐, └──┘): a run with a side or a corner in it;
     * a line's ── alone is a dash (──2021年1月19日在……).
     */
    private static final Pattern TABLE_FRAME = Pattern.compile(
            "^[\\u2500-\\u257F]*[\\u2502\\u2503\\u250C-\\u254B\\u2551-\\u256C][\\u2500-\\u257F]*"
                    + "|[\\u2500-\\u257F]*[\\u2502\\u2503\\u250C-\\u254B\\u2551-\\u256C][\\u2500-\\u257F]*$");

    /** A rule between two cells of a box-drawn table's row, with the spaces around it. */
    private static final Pattern CELL_RULE = Pattern.compile("[\\s\\u3000]*[\\u2502\\u2503\\u2551][\\s\\u3000]*");

    private static boolean isBoxDrawing(char c) {
        return c >= '\u2500' && c <= '\u257F';
    }

    /** Two or more ideographic spaces between words: a paragraph's indent, where a copy lost its line breaks. */
    private static final Pattern INDENT = Pattern.compile("(?<=\\S)\\u3000{2,}(?=\\S)");
    /** The shortest line read as paragraphs run together, and the fewest indents in it. */
    private static final int RUN_TOGETHER = 300;
    private static final int INDENTS = 3;

    private final SourceCleaner cleaner;
    private final BodyBuilder bodyBuilder;
    private final MetadataResolver metadata;

    public ReportIngester(BoilerplateRules rules, Divisions divisions) {
        this(rules, divisions, DivisionHistory.defaults());
    }

    /** @param history what the division names meant in past years, for a report filed under its place then */
    public ReportIngester(BoilerplateRules rules, Divisions divisions, DivisionHistory history) {
        this.cleaner = new SourceCleaner(rules);
        this.bodyBuilder = new BodyBuilder();
        this.metadata = new MetadataResolver(divisions, history);
    }

    /** The ingester with the shipped rules and division table. */
    public static ReportIngester defaults() {
        return new ReportIngester(BoilerplateRules.defaults(), Divisions.defaults());
    }

    /** Reads a seed file and its sidecar. */
    public Report ingest(Path seed) throws IngestException {
        String name = seed.getFileName().toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(seed);
        } catch (IOException e) {
            throw new IngestException(name, 0, "cannot read the file (" + e.getMessage() + ")");
        }
        java.util.Optional<Path> sidecarFile = Sidecar.locate(seed);
        Sidecar sidecar = sidecarFile.isPresent() ? Sidecar.read(sidecarFile.get()) : Sidecar.empty();
        return ingest(name, bytes, sidecar);
    }

    /** A caption's time at the start of its line, as a video's subtitles are exported: 00:11 各位代表. */
    private static final Pattern CAPTION_TIME = Pattern.compile("^[0-9]{1,2}:[0-9]{2}(:[0-9]{2})?[\\s\\u3000]+(?=\\S)");
    /** The fewest lines of captions that make a copy a video's. */
    private static final int CAPTIONS = 5;

    /** Whether most lines of a copy start with a caption's time: a video's subtitles. */
    private static boolean isCaptioned(String[] raw) {
        int timed = 0;
        int lines = 0;
        for (String line : raw) {
            String t = SourceLine.trim(line);
            if (!t.isEmpty()) {
                lines++;
                timed += CAPTION_TIME.matcher(t).lookingAt() ? 1 : 0;
            }
        }
        return timed >= CAPTIONS && timed * 2 >= lines;
    }

    /** The id a report has until {@link ReportIds} assigns its final one: the file name without extension. */
    public static String provisionalId(String fileName) {
        return fileName.replaceFirst("\\.[^.]*$", "");
    }

    /** The fewest lines a copy sets apart by blank lines, four in five of them, to read its blank lines as paragraphs'. */
    private static final int BLANK_SEPARATED = 6;

    /**
     * In a copy that sets its paragraphs apart by blank lines (four line breaks in five at least), the lines (numbered
     * from 1) after a blank line; in any other copy, none.
     */
    static Set<Integer> afterBlankLines(String[] raw) {
        int breaks = 0;
        int previous = -1;
        Set<Integer> apart = new HashSet<>();
        boolean sawBlank = false;
        for (int i = 0; i < raw.length; i++) {
            if (SourceLine.trim(raw[i]).isEmpty()) {
                sawBlank = previous >= 0;
                continue;
            }
            if (previous >= 0) {
                breaks++;
                if (sawBlank) {
                    apart.add(i + 1);
                }
            }
            previous = i;
            sawBlank = false;
        }
        return breaks >= BLANK_SEPARATED && apart.size() * 5 >= breaks * 4 ? apart : Set.of();
    }

    /** Whether a line has four spaces or more in a row, as a page number set between two columns has on each side. */
    private static boolean hasWideGap(String line) {
        int run = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            run = c == ' ' || c == '\u3000' ? run + 1 : 0;
            if (run >= 4) {
                return true;
            }
        }
        return false;
    }

    /**
     * The paragraphs of a long line whose breaks a copy lost and whose paragraphs' indents it kept (three at least,
     * each between words, and two in five of the parts ending as a paragraph ends), or an empty list.
     */
    static List<String> indentedParagraphs(String line) {
        if (line.length() < RUN_TOGETHER || line.indexOf("\u3000\u3000") < 0) {
            return List.of();
        }
        List<String> parts = new ArrayList<>();
        Matcher m = INDENT.matcher(line);
        int last = 0;
        while (m.find()) {
            parts.add(line.substring(last, m.start()));
            last = m.end();
        }
        parts.add(line.substring(last));
        // the parts are paragraphs when most end as a paragraph does (a sentence, a salutation's colon), not a list's
        // names or a row's cells set apart by wide spaces (丁　力　　王　红　　……, 财经代表小组　　组长　王海涛……)
        long ending = parts.stream().map(String::strip)
                .filter(p -> !p.isEmpty() && "。！？：”".indexOf(p.charAt(p.length() - 1)) >= 0).count();
        return parts.size() > INDENTS && ending >= INDENTS && ending * 5 >= parts.size() * 2 ? parts : List.of();
    }

    /** Reads a seed from memory. */
    public Report ingest(String name, byte[] bytes, Sidecar sidecar) throws IngestException {
        SourceDecoder.Decoded decoded = SourceDecoder.decode(bytes, name);
        String text = decoded.text();
        List<SourceLine> lines = new ArrayList<>();
        HtmlSource.Prepared page = HtmlSource.prepare(text.split("\n", -1)); // a saved page's head, comments ...
        String[] raw = page.lines();
        boolean markdown = MarkdownCopy.isMarkdown(raw);
        LineNumbers numbering = LineNumbers.of(raw);
        boolean captioned = isCaptioned(raw);
        boolean tagged = page.tagged();
        List<Removal> marks = new ArrayList<>(page.removals());
        Map<Integer, Integer> goingOn = new HashMap<>(); // a line whose last words the page's markup continues: in which line
        boolean inside = false;
        boolean paragraph = false; // the open element holds one paragraph (<p>, <li>, a cell)
        Set<Integer> fresh = new HashSet<>(); // lines whose words start an element of the page
        int open = -1; // the line whose element is open in the middle of a clause, if it is the last with text
        HtmlTags.Rows rows = new HtmlTags.Rows();
        Set<Integer> apart = tagged ? Set.of() : afterBlankLines(raw); // 请坐下 / (blank) / 下面，请…
        Set<Integer> startsIndented = new HashSet<>(); // lines that start with an indent
        for (int i = 0; i < raw.length; i++) {
            if (raw[i].length() > MAX_LINE) {
                throw new IngestException(name, i + 1, "the line has " + raw[i].length() + " characters; no paragraph"
                        + " of a report is that long: put each paragraph on a line of its own");
            }
            List<String> parts = List.of(raw[i]);
            List<String> indented = tagged ? List.of() : indentedParagraphs(raw[i]);
            if (!indented.isEmpty()) {
                // a copy that lost its line breaks and kept its paragraphs' indents: 工作报告　　——2016年……　　各位代表：
                marks.add(new Removal(i + 1, RemovalReason.PARAGRAPH_INDENT, indented.size() + " paragraphs"));
                parts = indented;
            }
            Matcher pageNumber = tagged || !indented.isEmpty() || !hasWideGap(raw[i]) ? null
                    : INLINE_PAGE_NUMBER.matcher(raw[i]);
            if (pageNumber != null && pageNumber.find()) {
                // a scan's page number between two columns' lines (……防沙治沙工程。　　　·12·　　　二、加强代表工作……)
                marks.add(new Removal(i + 1, RemovalReason.PAGE_NUMBER, pageNumber.group(1)));
                parts = List.of(raw[i].substring(0, pageNumber.start()), raw[i].substring(pageNumber.end()));
            }
            // the line's first words are a next cell of a row whose cells stand on lines of their own: the row's line
            HtmlTags.Rows.Place cell = tagged ? rows.next(raw[i]) : HtmlTags.Rows.Place.NONE;
            boolean nextCell = cell == HtmlTags.Rows.Place.NEXT_CELL && !lines.isEmpty();
            if (cell == HtmlTags.Rows.Place.SAME_CELL && !lines.isEmpty()) {
                // a cell's next paragraph (<td><p>……</p> / <p>……</p></td>): its words go on in the row's line
                goingOn.put(lines.get(lines.size() - 1).last(), i + 1);
            }
            if (tagged) {
                HtmlTags.Read read = HtmlTags.read(raw[i], inside, paragraph, open >= 0);
                if (!read.tags().isEmpty()) {
                    marks.add(new Removal(i + 1, RemovalReason.HTML_TAG, String.join(" ", read.tags()))); // <p>……</p>
                    parts = HtmlTags.headingImage(read).map(List::of).orElse(read.parts());
                }
                if (!raw[i].isBlank()) {
                    if (!read.continues() && HtmlTags.indented(read.parts().get(0))) {
                        fresh.add(i + 1); // <p>　　2021年，……: a paragraph of its own, whatever the line before
                    }
                    if (open >= 0 && read.continues()) {
                        goingOn.put(open, i + 1); // <p>……督促关停沿江化工企业<br/> / 12家，……</p>
                    }
                    open = read.goesOn() ? i + 1 : -1;
                }
                inside = read.inside();
                paragraph = read.paragraph();
            }
            for (String part : parts) {
                // (after a page's form feed, as a PDF's text sets it before a page's first line: \f　　《条例……)
                String indent = part.startsWith("\f") ? part.replaceFirst("^\f+", "") : part;
                if (!indent.isEmpty() && (indent.charAt(0) == '\u3000' || indent.startsWith("  "))) {
                    startsIndented.add(i + 1); // a paragraph's first line, where a copy indents them
                }
                String t = SourceLine.trim(part);
                String number = numbering == null || t.isEmpty() ? "" : numbering.next(t);
                if (!number.isEmpty()) {
                    marks.add(new Removal(i + 1, RemovalReason.LINE_NUMBER, number.strip())); // 12  现行《……》
                    t = SourceLine.trim(t.substring(number.length()));
                }
                Matcher frame = t.isEmpty() || tagged || !isBoxDrawing(t.charAt(0)) && !isBoxDrawing(t.charAt(t.length() - 1))
                        ? null : TABLE_FRAME.matcher(t);
                boolean framedRow = frame != null && isBoxDrawing(t.charAt(0)) && isBoxDrawing(t.charAt(t.length() - 1));
                if (frame != null && frame.find()) {
                    // a text table's box-drawn frame (┌────┐, │索引号：……│): layout, its words read without it (each
                    // side listed, at the line's start and at its end)
                    do {
                        marks.add(new Removal(i + 1, RemovalReason.TABLE_FRAME, frame.group().strip()));
                    } while (frame.find());
                    t = SourceLine.trim(frame.replaceAll(""));
                    // and, in a row framed on both sides, the rules between its cells (│发布机构：│瑞安市人大常委会办公室│),
                    // each listed as the sides are: cells apart by a tab, as a copied table's are
                    Matcher inner = CELL_RULE.matcher(t);
                    if (framedRow && inner.find()) {
                        do {
                            marks.add(new Removal(i + 1, RemovalReason.TABLE_FRAME, inner.group().strip()));
                        } while (inner.find());
                        t = CELL_RULE.matcher(t).replaceAll("\t");
                    }
                }
                Matcher time = captioned ? CAPTION_TIME.matcher(t) : null;
                if (time != null && time.lookingAt()) {
                    marks.add(new Removal(i + 1, RemovalReason.TRANSCRIPT, time.group().strip())); // 00:11 各位代表
                    t = SourceLine.trim(t.substring(time.end()));
                }
                int line = i + 1;
                List<String> comments = markdown ? MarkdownCopy.comments(t) : List.of();
                if (!comments.isEmpty()) {
                    comments.forEach(c -> marks.add(new Removal(line, RemovalReason.COMMENTS, c))); // %%待核实%%
                    t = MarkdownCopy.withoutComments(t);
                }
                String mark = markdown ? MarkdownCopy.marks(t) : "";
                if (!mark.isEmpty()) {
                    marks.add(new Removal(i + 1, RemovalReason.MARKDOWN, mark)); // > ——……, **各位代表：**
                    t = MarkdownCopy.strip(t);
                }
                if (nextCell && !t.isEmpty()) {
                    SourceLine row = lines.get(lines.size() - 1);
                    lines.set(lines.size() - 1, new SourceLine(row.number(), row.text() + "\t" + t, i + 1));
                } else if (!t.isEmpty()) {
                    lines.add(new SourceLine(i + 1, t));
                }
                nextCell = false;
            }
        }
        if (lines.isEmpty()) {
            throw new IngestException(name, 0, "the file has no text; put the report's text in it or remove it");
        }
        SourceCleaner.Cleaned cleaned = cleaner.clean(lines, markdown, startsIndented);
        if (cleaned.body().isEmpty() && !cleaned.header().isEmpty()) {
            throw new IngestException(name, cleaned.header().get(0).number(), "the file has a title but no report text"
                    + " under it; check that the whole report was copied");
        }
        if (cleaned.body().isEmpty()) {
            throw new IngestException(name, lines.get(0).number(), "no report text found (every line looks like"
                    + " navigation, advertising or a footer); check that the file holds the report");
        }
        Set<Integer> pageBreaks = new HashSet<>(); // (a printed page's number and head, taken off)
        Set<String> heads = new HashSet<>();
        Set<Integer> resumed = new HashSet<>(); // (text under or after a marker of the page it goes on from)
        for (Removal r : cleaned.removals()) {
            if (r.reason() == RemovalReason.PAGE_NUMBER || r.reason() == RemovalReason.RUNNING_HEAD) {
                pageBreaks.add(r.line());
                if (r.reason() == RemovalReason.RUNNING_HEAD) {
                    heads.add(r.text().strip());
                }
            } else if (r.reason() == RemovalReason.PAGE_MARKER && PageContinuations.continuesFrom(Simplified.of(r.text()))) {
                resumed.add(r.line()); // (上接第三版)对群众……
                resumed.add(r.line() + 1); // (上接第三版) / 对群众……
            }
        }
        BodyBuilder.Body body = bodyBuilder.build(cleaned.body(),
                new CopyLayout(goingOn, fresh, apart, startsIndented, pageBreaks, resumed));
        List<String> warnings = new ArrayList<>(body.warnings());
        if (!decoded.encoding().startsWith("UTF-8") && !decoded.encoding().equals("MIME")) {
            warnings.add("read as " + decoded.encoding() + "; saving the file as UTF-8 is safer");
        }
        if (decoded.container() != null) {
            warnings.add("read from a " + decoded.container() + "; line numbers count the lines of the text read from it");
        }
        SideBySideColumns.find(raw).ifPresent(span -> warnings.add("lines " + span[0] + "-" + span[1] + ": the copy sets"
                + " two columns side by side, and their sentences are read across both; copy each column on its own"));
        // (and the site's owner in its header, ……人大常委会　主办, a trail to a column of others' documents, and a reposter's
        // words naming the paper the text was copied from)
        List<Removal> pageLines = cleaned.removals().stream()
                .filter(r -> PublicationLine.namesThePublication(r) || r.reason() == RemovalReason.COPYRIGHT
                        || r.reason() == RemovalReason.EDITOR_NOTE
                        || (r.reason() == RemovalReason.SITE_UI || r.reason() == RemovalReason.CONTACT) && r.text().contains("主办")
                        || SiteColumns.filesInOthers(r))
                .toList();
        MetadataResolver.Resolved resolved = metadata.resolve(cleaned.header(), new PrintedPages(pageBreaks, heads),
                body.blocks(), pageLines,
                cleaned.startsMidText(), cleaned.endsMidText(), cleaned.cutShort(), cleaned.allParts(), sidecar, warnings);
        List<Removal> removals = new ArrayList<>(cleaned.removals());
        removals.addAll(resolved.removals());
        removals.addAll(body.removals());
        removals.addAll(decoded.references()); // &nbsp;, &ldquo; left in the copy, read as their characters
        removals.addAll(marks);
        removals.sort(Comparator.comparingInt(Removal::line));
        String id = sidecar.id() != null ? sidecar.id() : provisionalId(name);
        return new Report(id, name, resolved.metadata(), body.blocks(), body.footnoteTitle(), body.footnotes(),
                body.notes(), removals, warnings);
    }
}
