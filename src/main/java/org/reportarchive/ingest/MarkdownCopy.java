package org.reportarchive.ingest;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportarchive.model.RemovalReason;

/**
 * The marks of a report copied as Markdown: the metadata block a note-taking tool or a blog puts above it
 * ({@code ---} / {@code title: …} / {@code ---}), quotation marks at the start of a line ({@code > ——2021年1月6日在……})
 * and a line set in bold or italics ({@code **各位代表：**}, {@code ## **一、2020年主要工作**}, {@code *来源：海淀报*}). They are layout, like the
 * {@code #} of a heading: the text is read, and checked against the page, without them.
 */
public final class MarkdownCopy {

    /** A line in bold, as Markdown sets it: no space just inside the marks (**市人大常委会主任 ** is a placeholder). */
    private static final Pattern BOLD_LINE = Pattern.compile("^(#{1,6}\\s+)?(\\*\\*|__|\\*|_)([^\\s\\u3000*_](?:.*?[^\\s\\u3000*_])?)\\2$");
    private static final Pattern METADATA = Pattern.compile("^[A-Za-z_][A-Za-z0-9_-]*\\s*:.*$");
    /** The most lines a metadata block is looked for in. */
    private static final int MAX_METADATA = 30;

    private MarkdownCopy() {
    }

    /** A line's text without its marks, whether it was quoted, and the bold or italic mark around it (or null). */
    private record Marked(String text, boolean quoted, String emphasis) {
    }

    private static Marked read(String line) {
        String s = line;
        boolean quoted = s.startsWith(">")
                && (s.length() == 1 || s.charAt(1) == ' ' || s.charAt(1) == '\u3000' || s.charAt(1) == '>');
        if (quoted) {
            s = SourceLine.trim(s.replaceFirst("^(>[ \u3000]?)+", ""));
        }
        Matcher bold = BOLD_LINE.matcher(s);
        if (bold.matches()) {
            return new Marked((bold.group(1) == null ? "" : bold.group(1)) + SourceLine.trim(bold.group(3)), quoted,
                    bold.group(2));
        }
        return new Marked(s, quoted, null);
    }

    /** A trimmed line without a quotation mark at its start or bold around it. */
    public static String strip(String line) {
        return read(line).text();
    }

    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+\\S.*");

    /** Whether a text is a Markdown copy: it starts with a metadata block or has a heading marked with #. */
    static boolean isMarkdown(String[] lines) {
        boolean first = true;
        for (String raw : lines) {
            String t = SourceLine.trim(raw);
            if (t.isEmpty()) {
                continue;
            }
            if (first && t.equals("---") || HEADING.matcher(t).matches()) {
                return true;
            }
            first = false;
        }
        return false;
    }

    /**
     * The marks {@link #strip} takes off a line ({@code Markdown：> **…**}), or the empty string; named so that the
     * page check, which removes what a line lost, finds nothing of the text in them.
     */
    static String marks(String line) {
        Marked m = read(line);
        if (!m.quoted() && m.emphasis() == null) {
            return "";
        }
        return "Markdown：" + (m.quoted() ? ">" : "") + (m.quoted() && m.emphasis() != null ? " " : "")
                + (m.emphasis() == null ? "" : m.emphasis() + "…" + m.emphasis());
    }

    /** A line of a Markdown copy that only lays out the page: a rule ({@code ---}) or an HTML comment ({@code <!-- more -->}). */
    private static final Pattern LAYOUT = Pattern.compile("^(-{3,}|\\*{3,}|_{3,}|<!--.*-->)$");

    /** Marks the rules and comments of a Markdown copy that its metadata block does not hold. */
    static void markLayout(List<SourceLine> lines, RemovalReason[] reasons) {
        for (int i = 0; i < lines.size(); i++) {
            if (reasons[i] == null && LAYOUT.matcher(lines.get(i).text().strip()).matches()) {
                reasons[i] = RemovalReason.MARKDOWN;
            }
        }
    }

    /** Marks the metadata block a copy starts with, if it has one. */
    static void markMetadata(List<SourceLine> lines, RemovalReason[] reasons) {
        if (lines.isEmpty() || !lines.get(0).text().equals("---")) {
            return;
        }
        for (int j = 1; j < Math.min(lines.size(), MAX_METADATA); j++) {
            String t = lines.get(j).text();
            if (t.equals("---")) {
                for (int i = 0; i <= j; i++) {
                    reasons[i] = RemovalReason.COPY_METADATA;
                }
                return;
            }
            if (!METADATA.matcher(t).matches()) {
                return; // not a metadata block
            }
        }
    }
}
