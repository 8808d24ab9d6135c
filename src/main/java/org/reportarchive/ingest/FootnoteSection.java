package org.reportarchive.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportarchive.model.Footnote;
import org.reportarchive.text.Simplified;

/**
 * Reads a report's own glossary section: a heading such as {@code 名词解释} followed by numbered entries
 * ({@code 1.“一点一库一基地”:基层立法联系点,…}, {@code 【2】…}, {@code ③…}). Each entry becomes a footnote, its text
 * kept verbatim.
 */
public final class FootnoteSection {

    private static final Pattern HEADING = Pattern.compile(
            "^(#{1,6}\\s*)?(附[:：]?[\\s\\u3000]*)?[【\\[■□◆●]?[\\s\\u3000]*(名词解释|名词注释|相关名词解释|相关名词|名词解读|名词释义|术语解释|知识链接|背景链接|小知识|注释|附注|注)[】\\]]?[:：]?$");
    /**
     * An entry: its number in brackets ([1], 【2】, （3）, 〔4〕, 【注1】), or followed by a stop, a colon or a space (1., 2、,
     * 注1：), or circled (①), or a Chinese number as a list sets it (一、, （二）), or a superscript (¹); a number that runs
     * on into the text
     * (2023年……) is no entry's.
     */
    private static final Pattern ENTRY = Pattern.compile(
            "^(?:注[:：][\\s\\u3000]*(?=[\u2460-\u2473]))?(?:[\\[【［(（〔]注?\\s*([0-9０-９]{1,3})[\\]】］)）〕][.．、:：]?|注?([0-9０-９]{1,3})(?:[.．、:：]|(?=\\s))|([\u2460-\u2473])"
                    + "|[(（]?([一二三四五六七八九十]{1,3})(?:[)）]|、)|([" + FootnoteMarkers.SUPERSCRIPTS + "]{1,3}))\\s*(.+)$");

    private FootnoteSection() {
    }

    /**
     * An entry without a number, as a section of a term's definitions sets it: the term (in quotation marks or
     * not), a colon, its definition ({@code “一府一委两院”：指市人民政府、……}).
     */
    private static final Pattern TERM_ENTRY = Pattern.compile("^[“\"「《]?[^，。：:；;\\s]{2,20}[”\"」》]?[:：][\\s\\u3000]*\\S.{3,}$"
            + "|^【[^】]{2,30}】[:：]?[\\s\\u3000]*\\S.{3,}$|^[“\"「《]?[^，。：:；;\\s—]{2,20}[”\"」》]?[\\s\\u3000]*——[\\s\\u3000]*\\S.{3,}$");
    /** A term in square brackets before its definition: 【“家、站、点”】指人大代表之家、…… */
    private static final Pattern BRACKETED_TERM = Pattern.compile("^【([^】]{2,30})】[:：]?[\\s\\u3000]*(\\S.*)$", Pattern.DOTALL);
    /**
     * A term set apart from its definition by a dash ({@code “三变”改革——指……}), by a wide space ({@code 立法“双组长”制
     * 指……}), or by the comma of {@code ……，是指……}.
     */
    private static final Pattern SET_APART_TERM = Pattern.compile(
            "^([“\"「《]?[^，。：:；;\\s\\u3000—]{2,20}[”\"」》]?)(?:[\\s\\u3000]*——[\\s\\u3000]*|\\u3000+|\\s{2,}|[，,](?=是指|系指|指))(\\S.*)$",
            Pattern.DOTALL);
    /** The label of a box of one definition, in either script: 【小知识】, 【名词解释】, 【背景链接】. */
    private static final String BOX_LABEL = "【(?:小知识|小知識|名词解释|名詞解釋|知识链接|知識鏈接|背景链接|背景鏈接|名词链接|名詞鏈接)】[:：]?";
    /** A quoted term right before 是指 or 系指, without a comma: “三线一单”是指…… */
    private static final Pattern QUOTED_TERM_IS = Pattern.compile("^([“\"「《][^”\"」》，。]{2,20}[”\"」》])((?:是指|系指).*)$",
            Pattern.DOTALL);
    /**
     * The reference mark that leads each of a page's definitions set under the text or under a note's heading:
     * {@code ※“双报到”：……}, {@code *“两型社会”：……}, {@code **“四化两型”：……}, and with a space before a term,
     * {@code * “三年决战”：……}, {@code * 三个林州：……} (see {@link #isListLikeMark}), or
     * the label of a box of one definition set under a paragraph: {@code 【小知识】“四个机关”：……}.
     */
    private static final Pattern REFERENCE_MARK = Pattern.compile("^(※{1,3}|＊{1,3}|\\*{1,3}(?=[^\\s*])|\\*{1,3}[ \\u3000](?=[^\\s*])|"
            + BOX_LABEL
            + ")[\\s\\u3000]*(?=\\S)");

    /** A term that is no term: an attachment's, a table's or a figure's label (附件：……, 数据来源：……). */
    private static final Pattern NOT_A_TERM = Pattern.compile("^(附件|附表|附录|附图|数据来源|资料来源|来源|统计口径|说明|备注|注)[:：]");
    /** The headings of a section of definitions: 名词解释 and its like, not a note's 注 or 附注. */
    private static final Pattern DEFINITIONS = Pattern.compile("名词解释|名词注释|相关名词|名词解读|名词释义|术语解释|知识链接|背景链接|小知识");

    /**
     * Whether every line is an entry without a number (term, colon, definition), but for remarks under the last one
     * (说明：以上名词解释由编者整理。).
     */
    static boolean allTermEntries(List<SourceLine> lines) {
        int entries = beforeRemarks(lines);
        return entries > 0 && lines.subList(0, entries).stream().allMatch(l -> isTermEntry(withoutMark(l.text().strip())));
    }

    /** How many lines stand before the remarks that end a section of definitions (说明：……, 备注：……, 资料来源：……). */
    private static int beforeRemarks(List<SourceLine> lines) {
        int end = lines.size();
        while (end > 0 && NOT_A_TERM.matcher(Simplified.of(lines.get(end - 1).text().strip())).find()
                && !FrontMatter.opensAttachment(lines.get(end - 1).text())) {
            end--;
        }
        return end;
    }

    /** Whether every line is a definition led by a reference mark: ※“双报到”：……, *“两型社会”：……. */
    static boolean allMarkedTerms(List<SourceLine> lines) {
        return !lines.isEmpty() && lines.stream().allMatch(l -> markedTerm(l.text()).isPresent());
    }

    /** Whether a line is an entry that defines a term, numbered or not: 1.代表联络站：指……, “四个全面”：……. */
    static boolean definesATerm(String line) {
        return definedTerm(line).isPresent();
    }

    /** The term an entry defines, numbered or not, without its quotation marks; empty when the line defines none. */
    static Optional<String> definedTerm(String line) {
        String t = withoutMark(line.strip());
        Matcher m = ENTRY.matcher(t);
        String term = isTermEntry(t) ? termAndDefinition(t)[0] : m.matches() ? termAndDefinition(m.group(6))[0] : "";
        term = term.replaceAll("[“”\"「」《》【】]", "").strip();
        return term.length() < 2 ? Optional.empty() : Optional.of(term);
    }

    /** Whether a line starts with an entry's number: 1.……, [2]……, ③……, 一、……. */
    static boolean isNumberedEntry(String line) {
        return ENTRY.matcher(line.strip()).matches();
    }

    private static boolean isTermEntry(String t) {
        return TERM_ENTRY.matcher(t).matches() && !isEntry(t) && !ENTRY.matcher(t).matches()
                && !NOT_A_TERM.matcher(Simplified.of(t)).find(); // (說明： too)
    }

    /**
     * The term a line led by a reference mark defines ({@code ※“双报到”：人大代表到……} defines 双报到), or empty when the
     * line is no such definition.
     */
    static Optional<String> markedTerm(String line) {
        String t = line.strip();
        if (!REFERENCE_MARK.matcher(t).lookingAt()) {
            return Optional.empty();
        }
        return isTermEntry(withoutMark(t)) ? definedTerm(t) : Optional.empty();
    }

    /**
     * Whether a line's mark is a Markdown list's as well, a star and a space before a term without quotation marks
     * ({@code * 三个林州：……}): a definition only where the text marks the term with the same star (“三个林州”*).
     */
    static boolean isListLikeMark(String line) {
        return LIST_LIKE_MARK.matcher(line.strip()).lookingAt();
    }

    private static final Pattern LIST_LIKE_MARK = Pattern.compile("^\\*{1,3}[ \\u3000]+(?![“\"「《\\s*])");

    /** The reference mark a line starts with (※, **), or the empty string. */
    static String referenceMark(String line) {
        Matcher m = REFERENCE_MARK.matcher(line.strip());
        return m.lookingAt() ? m.group(1) : "";
    }

    private static String withoutMark(String t) {
        Matcher m = REFERENCE_MARK.matcher(t);
        return m.lookingAt() ? t.substring(m.end()) : t;
    }

    /** A box's heading that holds definitions or questions, answers and background alike: 知识链接, 背景链接, 小知识. */
    private static final Pattern LOOSE = Pattern.compile("知识链接|背景链接|小知识");

    /** Whether a heading heads definitions only when every line under it is one (知识链接). */
    static boolean headsDefinitionsOnly(String heading) {
        return LOOSE.matcher(heading).find();
    }

    /** Whether a section heading names definitions (名词解释), whose entries may go without numbers. */
    static boolean namesDefinitions(String heading) {
        return DEFINITIONS.matcher(Simplified.of(heading)).find();
    }

    public static boolean isHeading(String line) {
        return line.length() <= HEADING_LONGEST && HEADING.matcher(Simplified.of(line)).matches(); // 名詞解釋 too
    }

    /** The longest line a section's heading takes: ## 附：【相关名词解释】：, with spaces. */
    private static final int HEADING_LONGEST = 30;

    /** A line that starts a numbered entry: 1.…, （1）…, [1]…, ①…. */
    static boolean isEntry(String line) {
        return HeadingRecognizer.numbering(line).isPresent() || BRACKETED.matcher(line).find()
                || !line.isEmpty() && (FootnoteMarkers.isCircled(line.charAt(0))
                || FootnoteMarkers.isSuperscript(line.charAt(0)));
    }

    /** A note's number at the start of a line, in brackets or after 注: [1], 【2】, 注3：. */
    private static final Pattern BRACKETED = Pattern.compile("^([\\[【［(（〔]注?[0-9０-９]{1,3}[\\]】］)）〕]|注[0-9０-９]{1,3}[.．、:：])");
    /** A section's heading that runs on into its first entry: 注：[1]“访民情……”：…, 注释：①…. */
    private static final Pattern RUN_ON = Pattern.compile("^((名词解释|注释|附注|注)[:：])[\\s\\u3000]*(?=\\S)");

    /**
     * The lines with a section's heading that runs on into its first entry set on a line of its own, as the section
     * reads: the heading, then its entries. Only a line under which every line is an entry counts (a note under a
     * table in the text, 注：1.以上数据均为快报数, is the text's).
     */
    static List<SourceLine> splitHeading(List<SourceLine> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            SourceLine line = lines.get(i);
            if (!isEntry(line.text())) {
                Matcher m = RUN_ON.matcher(line.text());
                if (!m.find() || !isEntry(line.text().substring(m.end()))) {
                    return lines; // text under the last entries: no section of notes at the end
                }
                List<SourceLine> out = new ArrayList<>(lines.subList(0, i));
                out.add(new SourceLine(line.number(), m.group(1)));
                out.add(new SourceLine(line.number(), line.text().substring(m.end())));
                out.addAll(lines.subList(i + 1, lines.size()));
                return out;
            }
        }
        return lines;
    }

    /** The heading text without Markdown marks. */
    public static String headingText(String line) {
        return FrontMatter.stripMarkdownHeading(line);
    }

    /**
     * Where an entry's lines were joined because the column broke them.
     *
     * @param entryLine the entry's first line
     * @param before    the line the column broke
     * @param after     the line it goes on in
     * @param context   the words either side of the break ({@code 芜湖长江大｜桥综合经济})
     * @param offset    the end of the joined line in the entry's text
     */
    record Join(int entryLine, int before, int after, String context, int offset) {
    }

    /**
     * Parses entry lines. A line that does not start with a number continues the previous entry: on the same line
     * where {@code wraps} says the column broke the line before it (it is then recorded in {@code joins}), as a
     * paragraph of the entry's own otherwise. A word processor's notes (under a rule, at a page's foot) are notes,
     * not a glossary's terms: {@code terms} false reads none of them as a term and its definition
     * ({@code ② 数据来源：……} is a note on a figure's source).
     *
     * @return the footnotes; the lines that are neither entries nor continuations (before the first entry, a note of
     *         where the text was taken from after the last, an attachment's title, a delivery line or a section's
     *         heading of the text under them and what follows) are added to {@code strays}
     */
    static List<Footnote> parse(List<SourceLine> lines, List<SourceLine> strays, boolean terms,
                                BiPredicate<SourceLine, SourceLine> wraps, List<Join> joins) {
        List<Footnote> notes = new ArrayList<>();
        if (allTermEntries(lines)) { // entries without numbers: numbered in their order
            int entries = beforeRemarks(lines);
            strays.addAll(lines.subList(entries, lines.size())); // (the remarks under them: the text's)
            for (SourceLine line : lines.subList(0, entries)) {
                String[] split = termAndDefinition(withoutMark(line.text().strip()));
                String label = String.valueOf(notes.size() + 1);
                notes.add(new Footnote("fn-" + label, label, split[0], split[1], line.text(), line.number()));
            }
            return notes;
        }
        SourceLine previous = null;
        boolean ended = false;
        for (SourceLine line : lines) {
            // an attachment's title or a delivery line under the entries ends them: it and what follows are the text's
            ended |= !notes.isEmpty() && (FrontMatter.opensAttachment(line.text())
                    || FrontMatter.parseDelivery(line.text()).isPresent() || isSectionHeading(line.text()));
            Matcher m = ended ? null : ENTRY.matcher(line.text());
            // (a line numbered as a list numbers the text's sections, 一、存在的问题, unless it defines a term)
            if (m != null && m.matches() && (m.group(4) == null || !termAndDefinition(m.group(6))[0].isEmpty())) {
                String number = m.group(1) != null ? m.group(1) : m.group(2);
                String label = number != null ? ChineseNumbers.toHalfWidthDigits(number)
                        : m.group(3) != null ? FootnoteMarkers.circledLabel(m.group(3).charAt(0))
                        : m.group(4) != null ? String.valueOf(ChineseNumbers.parse(m.group(4)))
                        : FootnoteMarkers.superscriptLabel(m.group(5));
                String body = m.group(6);
                String[] split = terms ? termAndDefinition(body) : new String[] {"", body};
                notes.add(new Footnote("fn-" + label, label, split[0], split[1], line.text(), line.number()));
            } else if (ended || !notes.isEmpty() && SOURCE_NOTE.matcher(line.text().strip()).matches()) {
                strays.add(line); // where the whole text was taken from, under the last entry: the text's, not the entry's
            } else if (!notes.isEmpty()) {
                Footnote prev = notes.remove(notes.size() - 1);
                if (terms && prev.term().isEmpty() && prev.text().equals(previous.text()) && isTermAlone(prev.definition())
                        && DEFINITION_START.matcher(line.text().strip()).lookingAt()) {
                    // the term on its entry's line, its definition on the next (③“清单式”监督 / 指对监督事项……)
                    notes.add(new Footnote(prev.id(), prev.label(), prev.definition().strip(), line.text().strip(),
                            prev.text() + "\n" + line.text(), prev.line()));
                    previous = line;
                    continue;
                }
                boolean wrapped = wraps.test(previous, line);
                String glue = wrapped ? "" : "\n";
                Footnote joined = new Footnote(prev.id(), prev.label(), prev.term(), prev.definition() + glue + line.text(),
                        prev.text() + glue + line.text(), prev.line());
                if (wrapped) {
                    joins.add(new Join(prev.line(), previous.number(), line.number(),
                            Column.breakAt(previous.text(), line.text()), joined.text().length()));
                }
                notes.add(joined);
            } else {
                strays.add(line);
            }
            previous = line;
        }
        return notes;
    }

    /**
     * Whether a line under the entries is a section's heading of the text going on (三、存在的问题 under a table's notes
     * 1.…… and 2.……): numbered, whole, and defining no term.
     */
    private static boolean isSectionHeading(String line) {
        String t = line.strip();
        if (HeadingRecognizer.numbering(t).isEmpty() || HeadingRecognizer.standalone(t).isEmpty() || definesATerm(t)) {
            return false;
        }
        Matcher m = ENTRY.matcher(t);
        return !m.matches() || m.group(4) != null; // (not an entry's number, 3.代表联络站 over its definition's line)
    }

    /** A note of where a text was taken from: （本文录自……《人大工作文件汇编（2008）》）, （摘自……）. */
    private static final Pattern SOURCE_NOTE = Pattern.compile(
            "^[（(](本文|全文|原文|以上)?[^，。]{0,4}(录自|摘自|选自|转自|节选自|来源于|来源[:：]|据).+[)）]$");

    /** How a definition under its term's line starts: 指……, 是指……, 即…… */
    private static final Pattern DEFINITION_START = Pattern.compile("^(是指|系指|指|即)");
    /** A term alone on its entry's line: a few words without a mark other than quotation marks. */
    private static final Pattern TERM_ALONE = Pattern.compile("^[“\"「《]?[^，。：:；;！？、\\s\\u3000]{2,20}[”\"」》]?$");

    private static boolean isTermAlone(String text) {
        return TERM_ALONE.matcher(text.strip()).matches();
    }

    /**
     * An entry's term and its definition: the term before a colon ({@code 代表联络站：指……}), in square brackets
     * ({@code 【“家、站、点”】指……}) or set apart by a dash, a wide space or the comma of {@code ，是指}; or no term and
     * the whole entry as its definition.
     */
    static String[] termAndDefinition(String body) {
        Matcher bracketed = BRACKETED_TERM.matcher(body);
        if (bracketed.matches()) {
            return new String[] {bracketed.group(1), bracketed.group(2)};
        }
        int colon = firstColon(body);
        if (colon > 0 && colon <= 60) {
            return new String[] {body.substring(0, colon), body.substring(colon + 1)};
        }
        Matcher apart = SET_APART_TERM.matcher(body);
        if (apart.matches()) {
            return new String[] {apart.group(1), apart.group(2)};
        }
        Matcher quoted = QUOTED_TERM_IS.matcher(body);
        if (quoted.matches()) {
            return new String[] {quoted.group(1), quoted.group(2)};
        }
        return new String[] {"", body};
    }

    private static int firstColon(String s) {
        int quoteDepth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '“' || c == '《' || c == '「') {
                quoteDepth++;
            } else if ((c == '”' || c == '》' || c == '」') && quoteDepth > 0) {
                quoteDepth--;
            } else if ((c == ':' || c == '：') && quoteDepth == 0) {
                return i;
            }
        }
        return -1;
    }
}
