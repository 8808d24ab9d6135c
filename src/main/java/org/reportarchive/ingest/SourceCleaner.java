package org.reportarchive.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportarchive.model.Removal;
import org.reportarchive.model.RemovalReason;
import org.reportarchive.text.Simplified;

/**
 * Separates a seed's lines into what is not the report (stripped, with the reason), the title block and the
 * report text. Rules, in order:
 * <ol>
 *   <li>lines that the boilerplate rules recognise anywhere (page markers, footers, breadcrumbs, publishing
 *       lines, phone numbers) and lines duplicated by the copying are stripped;</li>
 *   <li>everything before the report's first recognisable line (title, delivery line, salutation, heading or
 *       a sentence) is the hosting page, and is stripped;</li>
 *   <li>between the title and the first line of text, lines that are advertising are stripped, the rest is
 *       the title block;</li>
 *   <li>after the last line of text, a footer that starts with a copyright line is stripped whole.</li>
 * </ol>
 */
final class SourceCleaner {

    private static final Pattern CONTINUED_FROM = Pattern.compile("(上接|接|续|承)");
    /** A newspaper's page: 第3版, 第三版, A3版, 第Ａ３版. */
    private static final String PAGE = "第?\\s*[A-Za-zＡ-Ｚａ-ｚ]?\\s*[0-9０-９一二三四五六七八九十]+\\s*(版|页)";
    private static final Pattern INLINE_MARKER_START = Pattern.compile(
            "^[（(〔【]\\s*(紧接|上接|接|续|承)\\s*" + PAGE + "\\s*[)）〕】]");
    private static final Pattern INLINE_MARKER_END = Pattern.compile(
            "[（(〔【]\\s*(紧转|转|下转|转至|转见|续见)\\s*" + PAGE + "\\s*[)）〕】]$");

    private final BoilerplateRules rules;

    SourceCleaner(BoilerplateRules rules) {
        this.rules = rules;
    }

    /** The result: title block, text lines and removals, in source order. */
    record Cleaned(List<SourceLine> header, List<SourceLine> body, List<Removal> removals,
                   boolean startsMidText, boolean endsMidText) {
    }

    Cleaned clean(List<SourceLine> input) {
        List<SourceLine> lines = new ArrayList<>(input);
        List<Removal> inlineRemovals = new ArrayList<>();
        RemovalReason[] reasons = new RemovalReason[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            reasons[i] = rules.classify(lines.get(i).text(), true).orElse(null);
        }
        DuplicateFinder.mark(lines, reasons);
        ForumReplies.mark(lines, reasons);
        MarkdownCopy.markMetadata(lines, reasons);
        MailAttachment.mark(lines, reasons);

        int strong = findStrongAnchor(lines, reasons);
        if (strong > 0 && lines.get(strong).text().strip().matches("^(——|—|--|－－).+")) {
            // a subtitle (——在……会议上的讲话) under its headline: the title block starts at the headline
            int j = previousLine(lines, strong);
            if (j >= 0 && reasons[j] == null && isShortLine(lines.get(j).text())) {
                strong = j;
            }
        }
        if (strong > 0 && FrontMatter.isSalutation(lines.get(strong).text())) {
            // a speech headed by a headline and the speaker's name alone, then 各位代表：: they start the title block
            int name = previousLine(lines, strong);
            if (name >= 0 && reasons[name] == null && FrontMatter.parseNameLine(lines.get(name).text()).isPresent()) {
                strong = name;
                int headline = previousLine(lines, name);
                if (headline >= 0 && reasons[headline] == null && isShortLine(lines.get(headline).text())) {
                    strong = headline;
                }
            }
        }
        int anchor = strong >= 0 ? strong : findWeakAnchor(lines, reasons);
        List<SourceLine> notes = new ArrayList<>();
        for (int i = 0; i < anchor; i++) {
            if (strong >= 0 && reasons[i] == null
                    && FrontMatter.isEditorsNote(Simplified.of(lines.get(i).text()))) {
                notes.add(lines.get(i)); // an editor's note above the title introduces the report: it stays with it
                continue;
            }
            if (reasons[i] == null) {
                // before a recognised title the page is the host's; before mere text it may be an unknown title
                RemovalReason r = rules.classify(lines.get(i).text(), false).orElse(null);
                if (r == null && i + 1 < lines.size() && isAccountAboveByline(lines, reasons, i)) {
                    r = RemovalReason.PUBLICATION; // a post's account, above the post's title
                }
                reasons[i] = r != null || strong < 0 ? r : RemovalReason.ADVERTISING;
            }
        }
        if (strong < 0) {
            for (int i = 0; i < anchor; i++) {
                if (reasons[i] == null) {
                    anchor = i; // kept in the title block rather than lost
                    break;
                }
            }
        }
        int bodyStart = findBodyStart(lines, reasons, anchor);
        List<SourceLine> header = new ArrayList<>(notes);
        for (int i = anchor; i < bodyStart; i++) {
            if (reasons[i] == null) {
                reasons[i] = rules.classify(lines.get(i).text(), false).orElse(null);
            }
            if (reasons[i] == null && i + 1 < bodyStart && isAccountAboveByline(lines, reasons, i)) {
                reasons[i] = RemovalReason.PUBLICATION;
            }
            if (reasons[i] == null) {
                header.add(lines.get(i));
            }
        }
        // bare section titles just before the text belong to the text, not to the title block
        while (!header.isEmpty() && bodyStart > anchor && isMovableTitle(header.get(header.size() - 1))) {
            SourceLine moved = header.remove(header.size() - 1);
            bodyStart = lines.indexOf(moved);
        }
        stripFooter(lines, reasons, bodyStart);
        int firstText = -1;
        int lastText = -1;
        for (int i = bodyStart; i < lines.size(); i++) {
            if (reasons[i] == null) {
                firstText = firstText < 0 ? i : firstText;
                lastText = i;
            }
        }
        boolean startsMid = false;
        boolean endsMid = false;
        for (int i = firstText; i >= 0 && i <= lastText; i++) {
            // a line of text that runs on to another page, or goes on from one: the article continues there, and the
            // lines on either side of the markers are one text (their sentence is joined like a column break)
            if (reasons[i] == null) {
                boolean from = splitInlineMarker(lines, i, INLINE_MARKER_START, true, inlineRemovals);
                boolean to = splitInlineMarker(lines, i, INLINE_MARKER_END, false, inlineRemovals);
                startsMid |= from && i == firstText;
                endsMid |= to && i == lastText;
            }
        }
        List<SourceLine> body = new ArrayList<>();
        List<Removal> removals = new ArrayList<>(inlineRemovals);
        for (int i = 0; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            if (reasons[i] != null) {
                removals.add(new Removal(line.number(), reasons[i], line.text()));
                if (reasons[i] == RemovalReason.PAGE_MARKER) {
                    boolean continuedFrom = CONTINUED_FROM.matcher(line.text()).find()
                            && !line.text().contains("转");
                    if (continuedFrom && (firstText < 0 || i < firstText)) {
                        startsMid = true;
                    } else if (!continuedFrom && (lastText < 0 || i > lastText)) {
                        endsMid = true;
                    }
                }
            } else if (i >= bodyStart) {
                body.add(line);
            }
        }
        removals.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return new Cleaned(header, body, removals, startsMid, endsMid);
    }

    /** The index of the last non-blank line before {@code i}, or -1. */
    private static int previousLine(List<SourceLine> lines, int i) {
        int j = i - 1;
        while (j >= 0 && lines.get(j).text().isBlank()) {
            j--;
        }
        return j;
    }

    /** A line short enough to be a headline, without the punctuation of a sentence. */
    private static boolean isShortLine(String line) {
        String t = SourceLine.trim(line);
        return t.length() >= 4 && t.length() <= 40 && !FrontMatter.containsSentencePunctuation(t)
                && !FrontMatter.isEditorsNote(Simplified.of(t));
    }

    /** A post's account name, on the line above a byline that gives only the time it was posted. */
    private boolean isAccountAboveByline(List<SourceLine> lines, RemovalReason[] reasons, int i) {
        String t = lines.get(i).text();
        String next = lines.get(i + 1).text();
        RemovalReason r = reasons[i + 1] != null ? reasons[i + 1] : rules.classify(next, false).orElse(null);
        return r == RemovalReason.PUBLICATION && PublicationLine.isBylineWithoutAccount(next)
                && PublicationLine.isAccountName(t) && !FrontMatter.isTitle(t) && FrontMatter.parseSpeaker(t).isEmpty();
    }

    private static boolean isMovableTitle(SourceLine line) {
        String t = line.text();
        return HeadingRecognizer.isBareTitle(t) && !FrontMatter.isTitle(t) && FrontMatter.parseSpeaker(t).isEmpty()
                && FrontMatter.parseDelivery(t).isEmpty() && FrontMatter.parseNameLine(t).isEmpty();
    }

    /**
     * The report's title, delivery line, salutation or a Markdown heading, whichever comes first; -1 if none. A
     * short line that names a people's congress counts as a title even in a form the rules do not know: what
     * comes before the anchor is stripped as the hosting page's, and a title must never be.
     */
    private static int findStrongAnchor(List<SourceLine> lines, RemovalReason[] reasons) {
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).text();
            if (reasons[i] == null && (FrontMatter.isTitle(t) || FrontMatter.parseDelivery(t).isPresent()
                    || FrontMatter.isSalutation(t) || FrontMatter.isMarkdownHeading(t) || namesACongress(t))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean namesACongress(String line) {
        String s = Simplified.of(line);
        return s.length() <= 80 && !FrontMatter.containsSentencePunctuation(s)
                && (s.contains("人民代表大会") || s.contains("人大常委会"));
    }

    /** Failing a title: the first heading or sentence that is not the hosting site's advertising. */
    private int findWeakAnchor(List<SourceLine> lines, RemovalReason[] reasons) {
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).text();
            if (reasons[i] == null && rules.classify(t, false).isEmpty()
                    && (HeadingRecognizer.numbering(t).isPresent() || Prose.isProse(t))) {
                return i;
            }
        }
        return lines.size();
    }

    /** The first line of report text after the title block. */
    private int findBodyStart(List<SourceLine> lines, RemovalReason[] reasons, int anchor) {
        boolean titleSeen = false;
        for (int i = anchor; i < lines.size(); i++) {
            String t = lines.get(i).text();
            if (reasons[i] != null || rules.classify(t, false).filter(r -> r == RemovalReason.NAVIGATION).isPresent()) {
                continue; // (a page's own line above the text, 点击上方“恩施人大”可以订阅哦！, does not start it)
            }
            if (!titleSeen && FrontMatter.isTitle(t)) {
                titleSeen = true;
                continue;
            }
            if (FrontMatter.parseDelivery(t).isPresent() || FrontMatter.parseSpeaker(t).isPresent()) {
                continue;
            }
            if (FrontMatter.isSalutation(t) || FrontMatter.isMarkdownHeading(t)
                    || HeadingRecognizer.numbering(t).isPresent() || Prose.isProse(t)) {
                return i;
            }
        }
        return lines.size();
    }

    /** From a copyright line after the text on, a footer of short lines is stripped whole. */
    private void stripFooter(List<SourceLine> lines, RemovalReason[] reasons, int bodyStart) {
        int footer = -1;
        for (int i = bodyStart; i < lines.size(); i++) {
            if (reasons[i] == RemovalReason.COPYRIGHT) {
                footer = i;
                break;
            }
        }
        int lastProse = -1;
        for (int i = bodyStart; i < lines.size(); i++) {
            // a sentence of the page's own (“在看”我吗？) does not extend the text
            if (reasons[i] == null && Prose.isProse(lines.get(i).text())
                    && rules.classify(lines.get(i).text(), false).isEmpty()) {
                lastProse = i;
            }
        }
        boolean related = false;
        for (int i = Math.max(lastProse + 1, bodyStart); i < lines.size(); i++) {
            if (reasons[i] == null) {
                // under 相关新闻 or after a post's END, a page lists other articles' titles
                reasons[i] = rules.classify(lines.get(i).text(), false).orElse(related ? RemovalReason.NAVIGATION : null);
            }
            related |= reasons[i] == RemovalReason.NAVIGATION && rules.endsText(lines.get(i).text());
        }
        if (footer < 0 || footer < lastProse) {
            return;
        }
        for (int i = footer + 1; i < lines.size(); i++) {
            if (reasons[i] == null) {
                reasons[i] = RemovalReason.COPYRIGHT;
            }
        }
    }

    private static boolean isBracket(char c) {
        return "（(〔【）)〕】".indexOf(c) >= 0;
    }

    /** Takes a page-continuation marker off the start or end of a line of text. */
    private static boolean splitInlineMarker(List<SourceLine> lines, int index, Pattern marker, boolean atStart,
                                             List<Removal> removals) {
        SourceLine line = lines.get(index);
        String text = line.text();
        if (text.isEmpty() || !isBracket(atStart ? text.charAt(0) : text.charAt(text.length() - 1))) {
            return false; // most lines: no bracket where a marker would stand
        }
        Matcher m = marker.matcher(text);
        if (!m.find()) {
            return false;
        }
        String rest = SourceLine.trim(atStart ? line.text().substring(m.end()) : line.text().substring(0, m.start()));
        if (rest.isEmpty()) {
            return false;
        }
        removals.add(new Removal(line.number(), RemovalReason.PAGE_MARKER, m.group()));
        lines.set(index, new SourceLine(line.number(), rest));
        return true;
    }
}
