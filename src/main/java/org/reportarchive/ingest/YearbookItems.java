package org.reportarchive.ingest;

import java.util.List;
import java.util.regex.Pattern;
import org.reportarchive.model.RemovalReason;

/**
 * A report printed in a yearbook (地方年鉴), copied with the pages around it: the yearbook's running heads
 * ({@code ·46·　……　铁岭年鉴·2019}) show what it is. A yearbook's chapter sets its items one after another, each under
 * a heading in 【】 and often closed by its contributor ({@code （市人大常委会办公室　供稿）}): the chapter's headings
 * and the items above the report's title are the yearbook's, and so is what follows the report's contributor line.
 */
final class YearbookItems {

    /** A yearbook's running head: its name and year, beside the page number. */
    private static final Pattern RUNNING_HEAD = Pattern.compile("年鉴[·・•（(]?[0-9]{4}");
    /** The contributor line that closes an item. */
    private static final Pattern CONTRIBUTOR = Pattern.compile("^[（(][^，。（）()]{2,20}供稿[）)]$");

    private YearbookItems() {
    }

    static void mark(List<SourceLine> lines, RemovalReason[] reasons) {
        boolean yearbook = false;
        for (int i = 0; i < lines.size() && !yearbook; i++) {
            yearbook = reasons[i] == RemovalReason.PAGE_NUMBER && RUNNING_HEAD.matcher(lines.get(i).text()).find();
        }
        if (!yearbook) {
            return;
        }
        int title = -1;
        for (int i = 0; i < lines.size() && title < 0; i++) {
            if (reasons[i] == null && FrontMatter.isTitle(lines.get(i).text()) && FrontMatter.titleBlockUnder(lines, i)) {
                title = i;
            }
        }
        if (title < 0) {
            return; // no report's title with its title block: the copy is read as it is
        }
        for (int i = 0; i < title; i++) {
            reasons[i] = reasons[i] == null ? RemovalReason.OTHER_ARTICLE : reasons[i];
        }
        for (int i = title + 1; i < lines.size(); i++) {
            if (CONTRIBUTOR.matcher(lines.get(i).text().strip()).matches()) {
                for (int j = i + 1; j < lines.size(); j++) {
                    reasons[j] = reasons[j] == null ? RemovalReason.OTHER_ARTICLE : reasons[j];
                }
                return;
            }
        }
    }

}
