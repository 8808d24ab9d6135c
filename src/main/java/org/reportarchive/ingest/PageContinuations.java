package org.reportarchive.ingest;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportarchive.model.RemovalReason;

/**
 * A newspaper's text that goes on on another page: which page marker says where it comes from, and what the copy holds
 * between a marker and its pair (the other page's top, not the report's).
 */
final class PageContinuations {

    private PageContinuations() {
    }

    private static final Pattern CONTINUED_FROM = Pattern.compile("(上接|接|续|承)");
    /**
     * A text that goes on on another page ((下转第5版) … (上接第4版)): what the copy holds between the two markers is
     * the other page's top (its masthead, its staff, the start of another article), not the report's. When the page
     * the text was on is known (from the masthead above the first marker), the second must name it; when it is not,
     * the gap must hold no heading of the report (a copy that set the continuation before its marker). A line of
     * text that starts with the second marker ((上接第4版)人畜饮水工程……) ends the gap too.
     */
    private static boolean endsInBracket(String text) {
        String t = text.stripTrailing();
        return !t.isEmpty() && "）)〕】".indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    static void markBetweenPages(List<SourceLine> lines, RemovalReason[] reasons) {
        String page = null;
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).text();
            Matcher onPage = PAGE_OF_MASTHEAD.matcher(text);
            if (reasons[i] == RemovalReason.PUBLICATION && onPage.find()) {
                page = pageNumber(onPage.group(1) != null ? onPage.group(1) : onPage.group(2)); // the page a masthead heads
                continue;
            }
            // ……加快工程（下转第三版）: (looked for only in a line that ends in a closing bracket)
            boolean runsOn = reasons[i] == null && endsInBracket(text) && SourceCleaner.INLINE_MARKER_END.matcher(text).find();
            if (!runsOn && (reasons[i] != RemovalReason.PAGE_MARKER || continuesFrom(text))) {
                continue; // (not a 下转 marker)
            }
            for (int j = i + 1; j < lines.size(); j++) {
                String t = lines.get(j).text();
                Matcher from = SourceCleaner.INLINE_MARKER_START.matcher(t);
                boolean marker = reasons[j] == RemovalReason.PAGE_MARKER;
                if (!marker && !(reasons[j] == null && from.find())) {
                    continue;
                }
                Matcher named = MARKER_PAGE.matcher(t);
                boolean pairs = page != null ? named.find() && page.equals(pageNumber(named.group(1)))
                        : noReportHeading(lines, reasons, i + 1, j) && holdsAPagesTop(lines, reasons, i + 1, j);
                if (continuesFrom(t) && pairs) {
                    for (int k = i + 1; k < j; k++) {
                        reasons[k] = reasons[k] == null ? RemovalReason.OTHER_ARTICLE : reasons[k];
                    }
                    i = j;
                }
                break;
            }
        }
    }
    /**
     * Whether the lines between two indices hold a page's top: its masthead or staff, another article's byline, or a
     * line the copy's first lines hold too (the masthead over every page: 海南日报数字报 / 2019年02月02日　第A05版：……).
     */
    private static boolean holdsAPagesTop(List<SourceLine> lines, RemovalReason[] reasons, int from, int to) {
        for (int k = from; k < to; k++) {
            if (reasons[k] == RemovalReason.PUBLICATION
                    || reasons[k] == null && lines.get(k).text().matches("^(本报讯|本报记者|新华社|据新华社|本报通讯员).*")
                    || reasons[k] == null && atTheTop(lines, k)) {
                return true;
            }
        }
        return false;
    }

    /** How many of a copy's first lines a page's masthead may stand in. */
    private static final int TOP_LINES = 4;

    /** Whether a line's words (those of a page's masthead, at least) stand in the copy's first lines too. */
    private static boolean atTheTop(List<SourceLine> lines, int k) {
        String t = lines.get(k).text().strip();
        if (t.length() < 4 || k < TOP_LINES) {
            return false;
        }
        for (int i = 0; i < TOP_LINES; i++) {
            if (lines.get(i).text().strip().equals(t)) {
                return true;
            }
        }
        return false;
    }
    /** Whether no line between two indices (unclassified) is a numbered heading of the report. */
    private static boolean noReportHeading(List<SourceLine> lines, RemovalReason[] reasons, int from, int to) {
        for (int k = from; k < to; k++) {
            if (reasons[k] == null && HeadingRecognizer.numbering(lines.get(k).text()).isPresent()) {
                return false;
            }
        }
        return true;
    }
    /** Whether a page marker says where the text comes from ((上接第4版), (续第二版)), not where it goes ((下转…), (续见…)). */
    static boolean continuesFrom(String marker) {
        return CONTINUED_FROM.matcher(marker).find() && !marker.contains("转") && !marker.contains("见");
    }
    /** A masthead's page: 第4版：两会专刊, 第A03版, 04版：特刊. */
    private static final Pattern PAGE_OF_MASTHEAD = Pattern.compile("第[\\s\\u3000]*([A-Za-zＡ-Ｚ]?[0-9０-９一二三四五六七八九十]{1,3})[\\s\\u3000]*版"
            + "|^[\\s\\u3000]*([A-Za-zＡ-Ｚ]?[0-9０-９]{1,3})[\\s\\u3000]*版[\\s\\u3000]*[:：]");
    /** The page a marker names: (上接第4版), (上接A3版). */
    private static final Pattern MARKER_PAGE = Pattern.compile("第?[\\s\\u3000]*([A-Za-zＡ-Ｚ]?[0-9０-９一二三四五六七八九十]{1,3})[\\s\\u3000]*(版|页|面)");
    /** A page's number as compared: 第04版, 第四版 and 第4版 are one page; A3 and A03 too. */
    private static String pageNumber(String written) {
        String s = ChineseNumbers.toHalfWidthDigits(written).toUpperCase(java.util.Locale.ROOT);
        String letter = s.isEmpty() || Character.isDigit(s.charAt(0)) || "一二三四五六七八九十".indexOf(s.charAt(0)) >= 0 ? ""
                : s.substring(0, 1);
        String number = s.substring(letter.length());
        int n = number.chars().allMatch(Character::isDigit) ? Integer.parseInt(number) : ChineseNumbers.parse(number);
        return letter + n;
    }
}
