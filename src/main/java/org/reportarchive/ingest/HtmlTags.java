package org.reportarchive.ingest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A web page's HTML tags left in a copy of its text ({@code <p>……</p>}, {@code <br/>}, {@code <strong>……</strong>}):
 * they are the page's layout, not its words. A tag that starts or ends a paragraph ({@code p}, {@code div}, a heading,
 * a list item, a table's row, and a {@code br} after a sentence's end or a heading) ends a line where it stands
 * between words, and a row's cells are set apart by tabs; every other tag of a page's text ({@code strong}, {@code span}, {@code a}, {@code font} …) is taken off and the words inside
 * it are kept. A copy is read so only when its lines carry such tags: a report quoting one {@code <p>} in its text,
 * or the sign {@code <} between numbers, is read as written.
 */
public final class HtmlTags {

    /** The element names a page's text is set with; anything else between angle brackets stays as written. */
    private static final String BLOCK = "p|br|div|h[1-6]|li|ul|ol|dl|dt|dd|tr|table|tbody|thead|blockquote"
            + "|center|section|article|hr|html|body|aside|nav|header|footer|main|figure|figcaption";
    /** A table's cell: its row's cells stay on one line, a tab between them, as a table copied as text has them. */
    private static final String CELL = "td|th";
    private static final String INLINE = "strong|b|em|i|u|span|font|a|sup|sub|small|big|strike|s|ins|del|label|img"
            + "|nobr";
    /**
     * A tag's attributes, as HTML writes them (name="value", a quoted value with a > of its own, onload="if(this.width>600)…"):
     * words of a sentence between < and > are none.
     */
    private static final String ATTRIBUTES =
            "(?:\\s+[A-Za-z_:][-A-Za-z0-9_:.]*(?:\\s*=\\s*(?:\"[^\"<]{0,300}\"|'[^'<]{0,300}'|[^\\s\"'<>]{1,100}))?){0,12}";
    /** A word processor's namespaced tag (<st1:chsdate …>, <o:p>) or its conditional comment (<![if !supportLists]>). */
    private static final String WORD = "[A-Za-z][A-Za-z0-9]*:[A-Za-z][A-Za-z0-9]*";
    /** The names of the elements a page's text is set with (see {@link HtmlSource}). */
    static final String NAMES = BLOCK + "|" + CELL + "|" + INLINE + "|" + WORD;
    private static final Pattern TAG = Pattern.compile("</?(" + NAMES + ")" + ATTRIBUTES
            + "\\s*/?>|<!\\[(?:if[^\\]<>]{0,60}|endif)\\]>", Pattern.CASE_INSENSITIVE);
    /** An element the page does not show (display:none, a hidden class): its words are not the page's text either. */
    private static final Pattern HIDDEN = Pattern.compile(
            "display\\s*:\\s*none|visibility\\s*:\\s*hidden|class\\s*=\\s*[\"']?(?:[^\"'>]*\\s)?hidden(?=[\"'\\s>])|color\\s*=\\s*[\"']?#?(?:fff|ffffff)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BLOCK_NAME = Pattern.compile(BLOCK, Pattern.CASE_INSENSITIVE);

    /** The fewest lines with tags that make a copy one whose tags are layout. */
    private static final int LINES = 2;

    /**
     * A note's number set as a superscript after a word ({@code 监督法》<sup>1</sup>}, {@code <sup>[2]</sup>}): read as
     * the marker {@code ^1}, {@code ^[2]} that a copy in plain text has. After a letter or a digit
     * ({@code m<sup>2</sup>}, {@code 10<sup>8</sup>}) it is an exponent, set as a superscript digit (m², 10⁸).
     */
    private static final Pattern NOTE_NUMBER = Pattern.compile(
            "\\s*([0-9]{1,3}|[\\[［【][0-9]{1,3}[\\]］】])\\s*(</sup\\s*>)", Pattern.CASE_INSENSITIVE);

    /**
     * A line read without its tags: its parts (more than one where a block tag stood between words), the tags, and
     * how the line stands in the page's elements.
     *
     * @param continues  the line's first words go on from the line before: no block tag stands before them
     * @param paragraph  the element open at the line's end holds one paragraph ({@code p}, {@code li}, a cell, a
     *                   heading): a newline in it is a space wherever it stands
     * @param inside     the line ends inside an element it or a line before opened ({@code <p>……} without its
     *                   {@code </p>})
     * @param goesOn     the line ends inside an element, in the middle of a clause: the page's source broke the
     *                   line where the page shows none (a newline in HTML is a space), or where a {@code <br>} broke
     *                   a clause; the text goes on in the next line
     */
    public record Read(List<String> parts, List<String> tags, boolean continues, boolean inside, boolean paragraph,
                       boolean goesOn) {
    }

    private HtmlTags() {
    }

    /** The fewest tags on one line that make a copy one whose tags are layout: a page saved on one line. */
    private static final int ONE_LINE = 4;

    /** Whether the copy carries a page's tags: on two lines at least, or four on one line. */
    public static boolean isTagged(String[] lines) {
        int tagged = 0;
        for (String line : lines) {
            if (line.indexOf('<') < 0) {
                continue;
            }
            Matcher m = TAG.matcher(line);
            int onLine = 0;
            while (m.find() && ++onLine < ONE_LINE) {
                // (counting stops at four)
            }
            if (onLine > 0 && ++tagged >= LINES || onLine >= ONE_LINE) {
                return true;
            }
        }
        return false;
    }

    /** An image's text for those who cannot see it: {@code alt="一、2020年工作回顾"}. */
    private static final Pattern ALT = Pattern.compile("^<img\\b[^>]*?\\salt\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')",
            Pattern.CASE_INSENSITIVE);

    /**
     * A numbered heading that a page sets as an image, alone on its line ({@code <p><img src="h1.png"
     * alt="一、2020年工作回顾" /></p>}): its {@code alt} text, which is the report's heading. An image of anything else
     * (a photograph, a banner whose text names the meeting) is no text of the report's.
     */
    static Optional<String> headingImage(Read read) {
        if (read.parts().stream().anyMatch(p -> !SourceLine.trim(p).isEmpty())) {
            return Optional.empty();
        }
        String heading = null;
        for (String tag : read.tags()) {
            Matcher alt = ALT.matcher(tag);
            if (alt.find()) {
                if (heading != null) {
                    return Optional.empty(); // two images: no heading of one line
                }
                heading = SourceLine.trim(alt.group(1) != null ? alt.group(1) : alt.group(2));
            }
        }
        return heading == null || HeadingRecognizer.numbering(heading).isEmpty()
                || HeadingRecognizer.standalone(heading).isEmpty() ? Optional.empty() : Optional.of(heading);
    }

    /** The superscript digits, 0 to 9. */
    private static final String SUPERSCRIPT = "\u2070\u00B9\u00B2\u00B3\u2074\u2075\u2076\u2077\u2078\u2079";
    /** An element that holds one paragraph: a newline or a <br> inside a clause in it does not end the paragraph. */
    private static final Pattern PARAGRAPH = Pattern.compile("p|li|td|th|dd|dt|h[1-6]|blockquote");
    /** The end of a bold run. */
    private static final Pattern BOLD_END = Pattern.compile("</(strong|b)\\s*>", Pattern.CASE_INSENSITIVE);
    /** The signs a sentence, a quotation or a label ends with. */
    private static final String SENTENCE_END = "。！？!?；;：:”’）)】";

    /** The longest line a <br> ends that neither ends a sentence nor has a heading's number: a short heading. */
    private static final int SHORT_LINE = 30;

    /**
     * Whether a {@code <br>} after these words ends a line: after a sentence's end, a heading, or a short line. Inside
     * a sentence (……清潩河、<br>小洪河综合治理工程) it is a break of the page's layout, and the sentence goes on.
     */
    private static boolean endsLine(String words) {
        String t = words.strip();
        if (!t.isEmpty() && "、，,（(“‘《".indexOf(t.charAt(t.length() - 1)) >= 0) {
            return false; // a clause that goes on
        }
        return t.isEmpty() || SENTENCE_END.indexOf(t.charAt(t.length() - 1)) >= 0
                || HeadingRecognizer.numbering(t).isPresent()
                || t.length() <= SHORT_LINE && !FrontMatter.containsSentencePunctuation(t)
                || isDeliveryLine(t);
    }

    /** A title block's delivery line (——2024年1月11日在……第四次会议上), which a <br> ends however long it is. */
    private static boolean isDeliveryLine(String t) {
        return (t.startsWith("—") || t.startsWith("（") || t.startsWith("(")) && FrontMatter.parseDelivery(t).isPresent();
    }

    /** The line without its tags, in parts, and the tags taken off (each once, in order), read by itself. */
    public static Read read(String line) {
        return read(line, false, false, false);
    }

    /**
     * The line without its tags, in parts, and the tags taken off (each once, in order).
     *
     * @param inside  whether the lines before left an element open (see {@link Read#inside()})
     * @param paragraph whether that element holds one paragraph (see {@link Read#paragraph()})
     * @param running whether the line before went on in this one: its words are a paragraph's, not a heading's
     */
    public static Read read(String line, boolean inside, boolean paragraph, boolean running) {
        if (line.indexOf('<') < 0) {
            return new Read(List.of(line), List.of(), !indented(line), inside, paragraph,
                    inside && goesOn(line, running || paragraph) && (running || paragraph || wrapped(line)));
        }
        Matcher m = TAG.matcher(line);
        List<String> parts = new ArrayList<>();
        Set<String> tags = new LinkedHashSet<>();
        StringBuilder part = new StringBuilder();
        int last = 0;
        boolean continues = true;
        boolean open = inside;
        boolean brInClause = false; // the line's last tag is a <br> inside a clause
        boolean inParagraph = paragraph; // the element open at the line's end holds one paragraph
        boolean item = false; // that element is a list's item or a table's cell, which a heading never stands in
        boolean afterBold = false; // the words before a <br> end with a bold run (a heading's: <strong>……</strong><br>)
        int lastBr = -1; // where the last tag ended, when it was a <br>
        int cellFrom = -1; // where the words of a cell this line opened start in the part, while it is open
        List<Integer> cellBreaks = new ArrayList<>(); // where that cell's paragraphs meet in the part
        while (m.find()) {
            if (m.start() < last) {
                continue; // inside a hidden element, taken off whole
            }
            part.append(line, last, m.start());
            last = m.end();
            tags.add(m.group());
            String name = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
            boolean closing = m.group().startsWith("</");
            if (name.equals("sup") && !closing) {
                Matcher note = NOTE_NUMBER.matcher(line).region(last, line.length());
                String words = part.toString().stripTrailing();
                char before = words.isEmpty() ? ' ' : words.charAt(words.length() - 1);
                // after a letter or a digit, half- or full-width (ｍ<sup>2</sup>, km <sup>2</sup>), an exponent
                boolean marker = !words.isEmpty() && !Character.isLetterOrDigit(before) || Character.isIdeographic(before);
                if (note.lookingAt() && (marker || note.group(1).chars().allMatch(Character::isDigit))) {
                    if (marker) {
                        part.append('^').append(note.group(1)); // 监督法》<sup>1</sup>: the note's marker ^1
                    } else {
                        // an exponent keeps its place above the line: 10<sup>4</sup> is 10⁴, not 104; m<sup>2</sup>, m²
                        note.group(1).chars().forEach(d -> part.append(SUPERSCRIPT.charAt(d - '0')));
                    }
                    tags.add(note.group(2));
                    last = note.end();
                    m.region(last, line.length());
                    continue;
                }
            }
            boolean cell = name.equals("td") || name.equals("th");
            if (cellFrom >= 0 && (cell || name.equals("tr") || name.equals("table"))) {
                splitCell(part, cellFrom, cellBreaks, parts); // the cell ends
                cellFrom = -1;
            }
            if (cell || !name.isEmpty() && BLOCK_NAME.matcher(name).matches()) {
                continues &= !part.toString().isBlank() && !indented(part.toString()) || !parts.isEmpty();
                if (!name.equals("br") && !name.equals("hr")) {
                    open = !closing;
                    inParagraph = !closing && PARAGRAPH.matcher(name).matches();
                    item = !closing && ITEM_ELEMENT.matcher(name).matches();
                }
            }
            if (!name.isEmpty() && !m.group().startsWith("</") && HIDDEN.matcher(m.group()).find()) {
                int close = line.toLowerCase(Locale.ROOT).indexOf("</" + name + ">", last);
                if (close >= 0) { // <span style="display:none">fqxww.com.cn</span>: not shown, not text
                    tags.add(line.substring(last, close + name.length() + 3));
                    last = close + name.length() + 3;
                    continue;
                }
            }
            if (cell && !closing && !part.toString().isBlank()) {
                part.append('\t'); // the next cell of the row
                cellFrom = part.length();
                continue;
            }
            if (cell && !closing) {
                cellFrom = part.length();
                continue;
            }
            // a <br> right after a <br> (a blank line on the page) ends the line wherever it stands
            boolean blankLine = name.equals("br") && lastBr >= 0 && line.substring(lastBr, m.start()).isBlank();
            lastBr = name.equals("br") ? m.end() : -1;
            brInClause = name.equals("br") && !part.toString().isBlank() && !endsLine(part.toString()) && !afterBold
                    && !blankLine;
            afterBold = BOLD_END.matcher(m.group()).matches() && m.start() > 0 && line.substring(m.end()).stripLeading()
                    .toLowerCase(Locale.ROOT).startsWith("<br");
            if (!name.isEmpty() && BLOCK_NAME.matcher(name).matches() && !part.toString().isBlank()
                    && (!name.equals("br") || endsLine(part.toString()) || !brInClause)) {
                if (cellFrom >= 0) {
                    if (part.length() > cellFrom && !cellBreaks.contains(part.length())) {
                        cellBreaks.add(part.length()); // a paragraph of the open cell: whether it ends a line is told
                    }
                    continue; // when the cell ends
                }
                parts.add(part.toString());
                part.setLength(0);
            }
        }
        brInClause &= line.substring(last).isBlank();
        part.append(line, last, line.length());
        if (cellFrom >= 0) {
            splitCell(part, cellFrom, cellBreaks, parts);
        }
        if (!part.toString().isBlank() || parts.isEmpty()) {
            parts.add(part.toString());
        }
        // in an element of one paragraph, a line goes on; the element's first line only when it reads as part of a
        // paragraph, not a heading set on a line of its own (<p>加强监督 / 常委会……</p>)
        boolean opened = inParagraph && !(paragraph && continues && parts.size() == 1);
        boolean midParagraph = running && continues && parts.size() == 1
                || inParagraph && (!opened || item || firstLineOfParagraph(part.toString())
                        || line.length() >= RAW_LINE && !part.toString().isBlank());
        return new Read(parts, List.copyOf(tags), continues, open, open && inParagraph,
                open && goesOn(part.toString(), midParagraph) && (brInClause || midParagraph || wrapped(part.toString())));
    }

    /** The most characters of a table's cell whose paragraphs are read as one phrase of the row. */
    private static final int CELL_PHRASE = 60;

    /**
     * The end of a table's cell whose words stand between {@code from} and the part's end, with the places where its
     * paragraphs meet ({@code <td><p>关于加快湘湖三期</p><p>配套道路建设的建议</p></td>}, as a word processor breaks a
     * cell's words). A short cell of phrases is one phrase of its row, its paragraphs joined as the cell shows them; a
     * cell that holds sentences, a numbered heading or a long text (a page laid out in a table) keeps its paragraphs:
     * the part ends at each.
     */
    private static void splitCell(StringBuilder part, int from, List<Integer> breaks, List<String> parts) {
        if (breaks.isEmpty()) {
            return;
        }
        String cell = part.substring(Math.min(from, part.length()));
        boolean phrase = cell.strip().length() <= CELL_PHRASE;
        int start = from;
        for (int b : breaks) {
            String piece = part.substring(start, b).strip();
            if (piece.isEmpty() || SENTENCE_END.indexOf(piece.charAt(piece.length() - 1)) >= 0
                    || HeadingRecognizer.numbering(piece).isPresent()) {
                phrase = false;
            }
            start = b;
        }
        if (!phrase) {
            int cut = 0;
            for (int b : breaks) {
                parts.add(part.substring(cut, b));
                cut = b;
            }
            part.delete(0, cut);
        }
        breaks.clear();
    }

    /**
     * Whether words at the end of an open element stop in the middle of a clause: they do not end a sentence and,
     * unless they go on from the line before, are not a heading's or a short line's; nor are they a row of names set
     * apart by wide spaces (张　三　　李　四).
     */
    private static boolean goesOn(String words, boolean running) {
        String t = words.strip();
        return !t.isEmpty() && !t.matches(".*\\S[\\s\\u3000]{2,}\\S.*")
                && (running ? SENTENCE_END.indexOf(t.charAt(t.length() - 1)) < 0 : !endsLine(t));
    }

    /** The shortest line a page's source wraps at, when its newline is not after a clause's mark. */
    private static final int WRAP = 30;

    /**
     * Whether words before a newline in an element read as a line the source wrapped: long, or ending in a clause's
     * mark (a short line without one, 坚持党的领导，把牢人大工作正确方向, may be a heading set on a line of its own).
     */
    private static boolean wrapped(String words) {
        String t = words.strip();
        return t.length() >= WRAP || !t.isEmpty() && "，、,；;（(《“".indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    /**
     * A table's rows whose cells the page's source sets on lines of their own ({@code <tr>} / {@code <td>项目</td>} /
     * {@code <td>预算数</td>} / {@code </tr>}): read line by line, it tells which lines' first words are a next cell
     * of the row the lines before started, so that the row stays one line, its cells apart by tabs, as a row set on
     * one line is; and which lines' first words go on in a cell that has words already (a cell of two paragraphs,
     * {@code <td><p>关于……的建议</p>} / {@code <p>（领衔代表：刘建国）</p></td>}), when a cell before it in the row
     * has words, or the cell is the first of a row of a table of data and short: a page's layout may set its whole
     * text in a table's first cell, paragraph under paragraph.
     */
    public static final class Rows {

        /** Where a line's first words stand in a table whose cells stand on lines of their own. */
        public enum Place {
            /** Not in such a row, or the row's first words. */
            NONE,
            /** A next cell of the open row. */
            NEXT_CELL,
            /** The open cell, which has words already on an earlier line. */
            SAME_CELL
        }

        private boolean inRow; // a row is open
        private boolean words; // and has words already
        private boolean cell; // a cell opened after its last words
        private boolean open; // a cell is open (its end tag not read yet)
        private int filled; // the row's cells with words, the open one included
        private boolean openHasWords; // the open cell has words
        private final StringBuilder openWords = new StringBuilder(); // and these
        private boolean dataTable; // a row of the table before this one had words in two cells or more

        /**
         * Whether the open cell, the first of its row, reads so far as a phrase of a table of data: a row before had
         * words in two cells or more, and the cell's words are short, end no sentence and are no numbered heading.
         */
        private boolean phraseSoFar() {
            String t = openWords.toString();
            return dataTable && t.length() <= CELL_PHRASE / 2 && SENTENCE_END.indexOf(t.charAt(t.length() - 1)) < 0
                    && HeadingRecognizer.numbering(t).isEmpty();
        }

        /** Reads the next line of the page; whether its first words are a next cell of the open row. */
        public boolean nextCell(String line) {
            return next(line) == Place.NEXT_CELL;
        }

        /** Reads the next line of the page; where its first words stand. */
        public Place next(String line) {
            if (line.indexOf('<') < 0 && !inRow) {
                return Place.NONE;
            }
            Matcher m = TAG.matcher(line);
            boolean first = true;
            Place place = Place.NONE;
            int last = 0;
            while (true) {
                boolean found = m.find();
                String text = SourceLine.trim(line.substring(last, found ? m.start() : line.length()));
                if (!text.isEmpty()) {
                    if (first) {
                        place = !inRow || !words ? Place.NONE
                                : cell ? Place.NEXT_CELL : open && openHasWords && (filled >= 2 || phraseSoFar())
                                ? Place.SAME_CELL : Place.NONE;
                        first = false;
                    }
                    words |= inRow;
                    cell = false;
                    if (open && !openHasWords) {
                        openHasWords = true;
                        filled++;
                    }
                    if (open) {
                        openWords.append(text);
                    }
                }
                if (!found) {
                    return place;
                }
                last = m.end();
                String name = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
                boolean closing = m.group().startsWith("</");
                if (name.equals("tr") || name.equals("table") || name.equals("tbody") || name.equals("thead")) {
                    dataTable = !name.equals("table") && (dataTable || filled >= 2);
                    inRow = name.equals("tr") && !closing;
                    words = false;
                    cell = false;
                    open = false;
                    filled = 0;
                } else if (name.equals("td") || name.equals("th")) {
                    cell = !closing;
                    open = !closing;
                    openHasWords = false;
                    openWords.setLength(0);
                }
            }
        }
    }

    /** An element that is a list's item or a table's cell. */
    private static final Pattern ITEM_ELEMENT = Pattern.compile("li|td|th|dd|dt");
    /** The length of a line of a page's source, tags and all, at which it reads as wrapped by the source's width. */
    private static final int RAW_LINE = 60;
    /** The fewest characters of an element's first line that make it a paragraph's, without a clause's mark in it. */
    private static final int FIRST_LINE = 16;

    private static boolean firstLineOfParagraph(String words) {
        String t = words.strip();
        return t.length() >= FIRST_LINE || t.matches(".*[，、,；;].*");
    }

    /** Words set in with a paragraph's indent (　　现在，……): a paragraph of their own, whatever the line before. */
    static boolean indented(String words) {
        return words.startsWith("\u3000\u3000") || words.startsWith("    ") || words.startsWith("\u00A0\u00A0");
    }
}
