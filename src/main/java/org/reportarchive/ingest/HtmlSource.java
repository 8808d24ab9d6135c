package org.reportarchive.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportarchive.model.Removal;
import org.reportarchive.model.RemovalReason;

/**
 * A web page's source copied whole (a saved page, a word processor's HTML), before its lines are read: what the page
 * never shows is taken off (its {@code <head>}, styles, scripts, comments, a word processor's {@code <xml>}
 * settings, the {@code <!DOCTYPE>}, an XML declaration), each line's part listed as the page's tags, and a tag that the source breaks
 * over lines ({@code <p class=MsoNormal style='……;} / {@code mso-line-height-rule:exactly'>}) is read on the line
 * where it starts, with the words after it. The copy keeps its number of lines, so that every other line keeps its
 * number; the reading and the page check read the same lines.
 */
public final class HtmlSource {

    /** Parts of a page that it never shows, and comments; a comment's words are no text of the page. */
    private static final Pattern UNSHOWN = Pattern.compile(
            "<!--.*?-->|<!DOCTYPE[^<>]*>|<\\?xml[^<>]*\\?>|<(head|style|script|noscript|xml|template)\\b[^<>]*>.*?</\\1\\s*>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    /** The start of a tag of the page's elements, to the line's end: {@code <p class=MsoNormal style='……;}. */
    private static final Pattern OPEN_TAG = Pattern.compile("</?(?:" + HtmlTags.NAMES + ")(?:\\s[^<>]*)?",
            Pattern.CASE_INSENSITIVE);

    /**
     * The lines as read, and what was taken off them.
     *
     * @param lines    the copy's lines, as many as it had
     * @param removals the parts of lines the page does not show, as the page's tags
     * @param tagged   whether the lines carry a page's tags (see {@link HtmlTags#isTagged})
     */
    public record Prepared(String[] lines, List<Removal> removals, boolean tagged) {
    }

    private HtmlSource() {
    }

    /** Prepares a copy's lines (a copy without a page's tags is returned as it is). */
    public static Prepared prepare(String[] lines) {
        if (!HtmlTags.isTagged(lines)) {
            return new Prepared(lines, List.of(), false);
        }
        String text = String.join("\n", lines);
        List<Removal> removals = new ArrayList<>();
        text = takeOffUnshown(text, removals);
        text = joinBrokenTags(text);
        String[] out = text.split("\n", -1);
        if (out.length != lines.length) {
            throw new IllegalStateException("the copy must keep its number of lines");
        }
        return new Prepared(out, List.copyOf(removals), HtmlTags.isTagged(out));
    }

    private static String takeOffUnshown(String text, List<Removal> removals) {
        Matcher m = UNSHOWN.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        int last = 0;
        do {
            sb.append(text, last, m.start());
            int line = lineOf(text, m.start());
            for (String part : m.group().split("\n", -1)) {
                String shown = SourceLine.trim(part);
                if (!shown.isEmpty()) {
                    removals.add(new Removal(line, RemovalReason.HTML_TAG, shown));
                }
                line++;
            }
            m.group().chars().filter(c -> c == '\n').forEach(c -> sb.append('\n'));
            last = m.end();
        } while (m.find());
        return sb.append(text, last, text.length()).toString();
    }

    /** The most lines a tag of the page's source goes on over. */
    private static final int TAG_LINES = 8;

    private static String joinBrokenTags(String text) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!opensTag(lines[i])) {
                continue;
            }
            StringBuilder whole = new StringBuilder(lines[i]);
            int last = i;
            while (last + 1 < lines.length && last - i < TAG_LINES && opensTag(whole.toString())) {
                whole.append(' ').append(lines[++last]);
            }
            if (opensTag(whole.toString()) || !isTag(whole.substring(lines[i].lastIndexOf('<')))) {
                continue; // no tag closes: a < of the text's own (当增幅<b / 且降幅大于10%时……)
            }
            lines[i] = whole.toString();
            for (int k = i + 1; k <= last; k++) {
                lines[k] = ""; // (the line keeps its place, empty)
            }
            i = last;
        }
        return String.join("\n", lines);
    }

    /** Whether a line ends inside a tag of the page's elements: its last {@code <} starts one, with no {@code >} after. */
    private static boolean opensTag(String line) {
        int open = line.lastIndexOf('<');
        return open >= 0 && line.indexOf('>', open) < 0 && OPEN_TAG.matcher(line).region(open, line.length()).matches();
    }

    /** Whether the text from a {@code <} to the first {@code >} is a tag: outside quoted values, no word of Chinese. */
    private static boolean isTag(String from) {
        int end = from.indexOf('>');
        String unquoted = from.substring(0, end).replaceAll("'[^']*'|\"[^\"]*\"", "");
        return !HAN.matcher(unquoted).find();
    }

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    /** The 1-based number of the line an offset of the text stands on. */
    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
