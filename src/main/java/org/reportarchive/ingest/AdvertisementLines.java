package org.reportarchive.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.reportarchive.model.RemovalReason;

/**
 * An advertisement a page sets into the text under its label ({@code 广告} / {@code 湘潭·万达广场　旺铺火热招商中} /
 * {@code 招商热线：0731-58888888}): the few short lines under the label, none of them a sentence, a heading or a
 * paragraph's indented first line, one of them selling (a telephone, a sale), are the advertisement's. The text goes
 * on at the first line that is none of them.
 */
final class AdvertisementLines {

    /** An advertisement's label on a line of its own. */
    private static final Pattern LABEL = Pattern.compile("^(广告|推广|赞助)$");
    /** What an advertisement says and a report does not: a telephone, an address on the web, a sale. */
    private static final Pattern SELLS = Pattern.compile(
            "热线|电话|招商|咨询|优惠|特价|折扣|开盘|旺铺|火热|抢购|扫码|www\\.|https?://|(?<![0-9])(400|0[0-9]{2,3})-?[0-9]{7,8}");
    /** The most lines an advertisement takes under its label. */
    private static final int MOST = 4;
    /** The longest line of an advertisement. */
    private static final int LONGEST = 30;

    private AdvertisementLines() {
    }

    static void mark(List<SourceLine> lines, RemovalReason[] reasons) {
        for (int i = 0; i < lines.size(); i++) {
            if (reasons[i] != RemovalReason.ADVERTISING || !LABEL.matcher(lines.get(i).text().strip()).matches()) {
                continue;
            }
            List<Integer> taken = new ArrayList<>();
            boolean selling = false;
            for (int j = i + 1; j < lines.size() && taken.size() < MOST; j++) {
                if (reasons[j] != null) {
                    continue; // (a line of the page's that a rule named)
                }
                if (!isAdvertisementLine(lines.get(j).text())) {
                    break;
                }
                taken.add(j);
                selling |= SELLS.matcher(lines.get(j).text()).find();
            }
            if (selling) { // (a heading of the text's own under a label alone is no advertisement's)
                taken.forEach(j -> reasons[j] = RemovalReason.ADVERTISING);
            }
        }
    }

    private static boolean isAdvertisementLine(String line) {
        String t = line.strip();
        return !t.isEmpty() && t.length() <= LONGEST && !Character.isWhitespace(line.charAt(0))
                && !Prose.isProse(t) && HeadingRecognizer.numbering(t).isEmpty() && !HeadingRecognizer.endsSentence(t)
                && !FrontMatter.isSalutation(t);
    }
}
