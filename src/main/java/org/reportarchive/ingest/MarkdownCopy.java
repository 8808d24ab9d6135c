package org.reportarchive.ingest;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportarchive.model.RemovalReason;

/**
 * The marks of a report copied as Markdown: the metadata block a note-taking tool or a blog puts above it
 * ({@code ---} / {@code title: …} / {@code ---}), quotation marks at the start of a line ({@code > ——2021年1月6日在……}),
 * a list item's mark ({@code - 一是……}), a table's bars ({@code | 监督事项 | 方式 |}, read as cells apart by tabs), bold inside a line ({@code **编者按：** ……}) and a line set in bold or italics ({@code **各位代表：**}, {@code ## **一、2020年主要工作**}, {@code *来源：海淀报*}). They are layout, like the
 * {@code #} of a heading: the text is read, and checked against the page, without them.
 */
public final class MarkdownCopy {

    /** A line in bold, as Markdown sets it: no space just inside the marks (**市人大常委会主任 ** is a placeholder). */
    private static final Pattern BOLD_LINE = Pattern.compile("^(#{1,6}\\s+)?(\\*\\*|__|\\*|_)([^\\s\\u3000*_](?:.*?[^\\s\\u3000*_])?)\\2$");
    private static final Pattern METADATA = Pattern.compile("^[A-Za-z_][A-Za-z0-9_-]*\\s*:.*$");
    /** A key of a metadata block in TOML, between {@code +++} fences, as Hugo's copies have it: {@code title = "……"}. */
    private static final Pattern TOML_METADATA = Pattern.compile("^[A-Za-z_][A-Za-z0-9_-]*\\s*=\\s*\\S.*$");
    /** The most lines a metadata block is looked for in. */
    private static final int MAX_METADATA = 30;

    private MarkdownCopy() {
    }

    /** A list item's mark ({@code - 一是……}), which a page number set between dashes ({@code - 3 -}) is not. */
    private static final Pattern LIST_ITEM = Pattern.compile("^[-+*][ \\u3000]+(?=\\S)(?!.*[ \\u3000]-$)");
    /** Bold inside a line ({@code **编者按：** 1月5日上午……}): the words are kept, the marks are layout. */
    private static final Pattern INLINE_BOLD = Pattern.compile("(\\*\\*|__)([^\\s\\u3000*_](?:[^*_]*?[^\\s\\u3000*_])?)\\1");

    /**
     * A line's text without its marks, whether it was quoted or a list item, the bold or italic mark around it (or
     * null), and whether bold was taken off inside it.
     */
    private record Marked(String text, boolean quoted, boolean listItem, String emphasis, boolean inlineBold,
                          boolean row, List<String> inline) {

        Marked(String text, boolean quoted, boolean listItem, String emphasis, boolean inlineBold, boolean row) {
            this(text, quoted, listItem, emphasis, inlineBold, row, List.of());
        }
    }

    /**
     * Marks that converters and note apps set inside a line, each with what it stands for and its name in the list of
     * marks: pandoc's spans and anchors ({@code [周朝晖]{.underline}}, {@code []{#_Toc12 .anchor}}), a picture set in a
     * line ({@code ![二维码](…)}), a link's address
     * ({@code [阅读原文](http://…)}), a note app's link and highlight ({@code [[监利县]]}, {@code ==97.4%==}), a
     * callout's type ({@code [!info] 会议}), a note's marker and its definition ({@code [^1]}, {@code [^1]: ……}, read
     * as the marker {@code ^[1]} and the note {@code [1] ……} a plain copy has), a table's caption ({@code : 表1 ……}) and
     * a hard line break ({@code \} at the line's end).
     */
    private static final List<Object[]> INLINE = List.of(
            new Object[] {Pattern.compile("^\\[\\^([0-9]{1,3})\\]:\\s*"), "[$1] ", "[^…]:"},
            new Object[] {Pattern.compile("\\[\\^([0-9]{1,3})\\]"), "^[$1]", "[^…]"},
            // a word processor's note links, as a converter keeps them: [[1]](#_ftn1) in the text, [[1]](#_ftnref1) …
            new Object[] {Pattern.compile("^\\[\\[([0-9]{1,3})\\]\\]\\(#[^()\\s]*\\)\\s*"), "[$1] ", "[[…]](#…)"},
            new Object[] {Pattern.compile("\\[\\[([0-9]{1,3})\\]\\]\\(#[^()\\s]*\\)"), "^[$1]", "[[…]](#…)"},
            new Object[] {Pattern.compile("\\[([^\\[\\]]*)\\]\\{[#.][^{}]*\\}"), "$1", "[…]{…}"},
            new Object[] {Pattern.compile("\\[\\[([^\\[\\]|]+)\\|([^\\[\\]]+)\\]\\]"), "$2", "[[…]]"},
            new Object[] {Pattern.compile("\\[\\[([^\\[\\]|]+)\\]\\]"), "$1", "[[…]]"},
            new Object[] {Pattern.compile("[ \\u3000]*!\\[[^\\[\\]]*\\]\\([^()\\s]*\\)"), "", "![…](…)"},
            new Object[] {Pattern.compile("(?<!!)\\[([^\\[\\]]+)\\]\\((https?://|/|\\.{0,2}/|#)[^()\\s]*\\)"), "$1", "[…](…)"},
            new Object[] {Pattern.compile("==([^=\\s](?:[^=]*[^=\\s])?)=="), "$1", "==…=="},
            new Object[] {Pattern.compile("^\\[![A-Za-z]+\\][-+]?\\s*"), "", "[!…]"},
            new Object[] {Pattern.compile("^:[ \\u3000]+(?=\\S)"), "", ": …"},
            new Object[] {Pattern.compile("^([^\\\\]*[^\\\\\\s])\\\\$"), "$1", "\\"}); // (not a folder's: \\\\rdoa\\2020\\)

    /**
     * A note app's comment in a line, which its reader does not see: %%以下数字待核对%%; not a percent sign typed twice
     * after a figure (增长5.5%%，……).
     */
    private static final Pattern COMMENT = Pattern.compile("(?<![0-9０-９.%])%%(?![%，。,.])(.*?)(?<![0-9０-９.%])%%");

    /** The comments a note app keeps in a line (%%……%%): the copier's, not the report's. */
    static List<String> comments(String line) {
        return line.indexOf("%%") < 0 ? List.of() : COMMENT.matcher(line).results().map(r -> r.group()).toList();
    }

    /** The line without a note app's comments. */
    static String withoutComments(String line) {
        return line.indexOf("%%") < 0 ? line : SourceLine.trim(COMMENT.matcher(line).replaceAll(""));
    }

    private static String inlineMarks(String s, List<String> found) {
        String out = s;
        for (Object[] mark : INLINE) {
            Matcher m = ((Pattern) mark[0]).matcher(out);
            if (m.find()) {
                out = m.replaceAll((String) mark[1]);
                found.add((String) mark[2]);
            }
        }
        return out;
    }

    /** A table's row as Markdown sets it: | 监督事项 | 方式 | 时间 |, two cells at least. */
    private static final Pattern ROW = Pattern.compile("^\\|([^|]*\\|){2,}$");

    private static Marked read(String line) {
        String s = withoutComments(line);
        List<String> inline = new java.util.ArrayList<>();
        if (s.indexOf('[') >= 0 || s.indexOf('=') >= 0 || s.endsWith("\\") || s.startsWith(":")) {
            s = inlineMarks(s, inline);
        }
        if (ROW.matcher(s.strip()).matches() && !LAYOUT.matcher(s.strip()).matches()) {
            // its cells apart by tabs, as a table copied as text has them
            String[] cells = s.strip().substring(1, s.strip().length() - 1).split("\\|", -1);
            List<String> text = new java.util.ArrayList<>();
            for (String cell : cells) {
                text.add(inlineBold(SourceLine.trim(cell)));
            }
            return new Marked(String.join("\t", text), false, false, null, false, true, inline);
        }
        boolean quoted = s.startsWith(">")
                && (s.length() == 1 || s.charAt(1) == ' ' || s.charAt(1) == '\u3000' || s.charAt(1) == '>');
        if (quoted) {
            s = SourceLine.trim(s.replaceFirst("^(>[ \u3000]?)+", ""));
        }
        Matcher item = LIST_ITEM.matcher(s);
        boolean listItem = item.find();
        if (listItem) {
            s = SourceLine.trim(s.substring(item.end()));
        }
        String emphasis = null;
        Matcher bold = BOLD_LINE.matcher(s);
        if (bold.matches()) {
            s = (bold.group(1) == null ? "" : bold.group(1)) + SourceLine.trim(bold.group(3));
            emphasis = bold.group(2);
        }
        if (quoted && s.startsWith("[!")) {
            s = inlineMarks(s, inline); // a callout's type under its quotation mark: > [!info] 会议
        }
        String bolded = inlineBold(s);
        return new Marked(bolded, quoted, listItem, emphasis, !bolded.equals(s), false, inline);
    }

    /**
     * The line without bold marks inside it: a pair around words that do not start with a sentence's punctuation
     * (增长3.4%**，…… marks a figure, as a note says); for __, not between letters (第__次 is a blank to fill in).
     */
    private static String inlineBold(String s) {
        if (s.indexOf("**") < 0 && s.indexOf("__") < 0) {
            return s;
        }
        Matcher m = INLINE_BOLD.matcher(s);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            boolean punctuated = "，。、；：！？,.;:!?".indexOf(m.group(2).charAt(0)) >= 0;
            boolean blank = m.group(1).equals("__") && (m.start() > 0 && Character.isLetterOrDigit(s.charAt(m.start() - 1))
                    || m.end() < s.length() && Character.isLetterOrDigit(s.charAt(m.end())));
            if (punctuated || blank) {
                continue;
            }
            out.append(s, last, m.start()).append(m.group(2));
            last = m.end();
        }
        return out.append(s.substring(last)).toString();
    }

    /** A trimmed line without a quotation mark at its start or bold around it. */
    public static String strip(String line) {
        return read(line).text();
    }

    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+\\S.*");

    /** A line only Markdown writes: set in bold between double marks, quoted, or a rule. */
    private static final Pattern MARKED_LINE = Pattern.compile("^(\\*\\*[^*\\s].*[^*\\s]\\*\\*|>[ \\u3000]\\S.*|-{3,}|\\*{3,})$");
    /** The fewest such lines that make a copy without a # heading a Markdown copy. */
    private static final int MARKED_LINES = 3;

    /**
     * Whether a text is a Markdown copy: it starts with a metadata block, has a heading marked with #, has lines
     * only Markdown writes (bold lines, quoted lines, rules), three at least, or is an outline whose lines with text
     * are nearly all list items.
     */
    public static boolean isMarkdown(String[] lines) {
        boolean first = true;
        int marked = 0;
        int text = 0;
        int items = 0;
        for (String raw : lines) {
            String t = SourceLine.trim(raw);
            if (t.isEmpty()) {
                continue;
            }
            if (first && (t.equals("---") || t.equals("+++")) || HEADING.matcher(t).matches()) {
                return true;
            }
            first = false;
            text++;
            if ("*>-+".indexOf(t.charAt(0)) < 0) {
                continue;
            }
            if (MARKED_LINE.matcher(t).matches() && ++marked >= MARKED_LINES) {
                return true;
            }
            items += LIST_ITEM.matcher(t).find() ? 1 : 0;
        }
        // an outline app's export (幕布, a note app's outline): nearly every line an item of a list, nested by indents
        return items >= OUTLINE_ITEMS && items * 4 >= text * 3;
    }

    /** The fewest list items that make a copy of list items only (a few lines of the app's around them) an outline. */
    private static final int OUTLINE_ITEMS = 8;

    /**
     * The marks {@link #strip} takes off a line ({@code Markdown：> **…**}), or the empty string; named so that the
     * page check, which removes what a line lost, finds nothing of the text in them.
     */
    static String marks(String line) {
        Marked m = read(line);
        List<String> marks = new java.util.ArrayList<>();
        if (m.quoted()) {
            marks.add(">");
        }
        if (m.listItem()) {
            marks.add("-");
        }
        if (m.emphasis() != null) {
            marks.add(m.emphasis() + "…" + m.emphasis());
        }
        if (m.inlineBold()) {
            marks.add("**…**");
        }
        if (m.row()) {
            marks.add("|…|");
        }
        marks.addAll(m.inline());
        return marks.isEmpty() ? "" : "Markdown：" + String.join(" ", marks);
    }

    /**
     * A line of a Markdown copy that only lays out the page: a rule ({@code ---}), an HTML comment
     * ({@code <!-- more -->}), the rule under a table's head ({@code |---|:---:|}), or pandoc's fence of a division
     * ({@code ::: {custom-style="Title"}}, {@code :::}).
     */
    private static final Pattern LAYOUT = Pattern.compile(
            "^(-{3,}|\\*{3,}|_{3,}|<!--.*-->|\\|?(\\s*:?-{3,}:?\\s*\\|)+(\\s*:?-{3,}:?\\s*)?|:{3,}(\\s*\\{[^{}]*\\}|\\s*[\\w-]+)?)$");

    /** Marks the rules and comments of a Markdown copy that its metadata block does not hold. */
    static void markLayout(List<SourceLine> lines, RemovalReason[] reasons) {
        for (int i = 0; i < lines.size(); i++) {
            if (reasons[i] == null && LAYOUT.matcher(lines.get(i).text().strip()).matches()) {
                reasons[i] = RemovalReason.MARKDOWN;
            }
        }
    }

    /**
     * Marks the metadata block a copy starts with, if it has one, or that a page showing a Markdown file prints over it
     * (a code-hosting site's file view: its header, then the file's own block, {@code --- / title: …… / ---}, or in
     * TOML, {@code +++ / title = "……" / +++}).
     */
    static void markMetadata(List<SourceLine> lines, RemovalReason[] reasons) {
        for (int start = 0; start < Math.min(lines.size(), MAX_METADATA); start++) {
            String fence = lines.get(start).text();
            if (!fence.equals("---") && !fence.equals("+++")) {
                continue;
            }
            Pattern key = fence.equals("---") ? METADATA : TOML_METADATA;
            int keys = 0;
            for (int j = start + 1; j < Math.min(lines.size(), start + MAX_METADATA); j++) {
                String t = lines.get(j).text();
                // (a block of keys, one at least at the copy's top, two further down, where a rule may part lines)
                if (t.equals(fence) && keys >= (start == 0 ? 1 : 2)) {
                    for (int i = start; i <= j; i++) {
                        reasons[i] = RemovalReason.COPY_METADATA;
                    }
                    return;
                }
                if (!key.matcher(t).matches()) {
                    break; // not a metadata block
                }
                keys++;
            }
        }
    }
}
