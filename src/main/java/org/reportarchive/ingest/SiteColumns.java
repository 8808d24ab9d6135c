package org.reportarchive.ingest;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.reportarchive.model.Removal;
import org.reportarchive.model.RemovalReason;
import org.reportarchive.text.Simplified;

/**
 * The column of its site a page is filed in, as the page's trail says ({@code 当前位置：首页 > 上级精神 > 正文}), when
 * that column holds other congresses' documents: a superior's (上级精神), a peer's (兄弟人大, 他山之石) or those of
 * the congresses below the site's owner (县市区人大 > 赤水市). A page there is not the owner's own document, whatever
 * its footer says of the site.
 */
final class SiteColumns {

    /** A trail's steps: 首页 > 上级精神 > 正文, 首页 » 县市区人大 » 赤水市. */
    private static final Pattern STEP = Pattern.compile("[\\s\\u3000]*(?:>|＞|»|›|→)[\\s\\u3000]*");

    /** What a trail may start with: 当前位置：, 您现在的位置是：. */
    private static final Pattern WHERE = Pattern.compile("^.{0,8}(?:位置|所在)\\p{IsHan}{0,2}[:：][\\s\\u3000]*");

    /**
     * A column of others' documents: a superior's (上级精神, 上级文件), a peer's (兄弟人大, 各地人大, 外地动态, 他山之石)
     * or those of the congresses below (县市区人大, 区县动态, 县（市、区）人大, 基层人大, 乡镇人大).
     */
    private static final Pattern OTHERS = Pattern.compile(
            "(?:上级|兄弟|各地|外地|友邻)\\p{IsHan}{0,4}|他山之石"
                    + "|(?:[县市区旗][、（(]?){2,4}[)）]?(?:人大|动态|传真|风采|之窗|链接|工作|信息)\\p{IsHan}{0,2}"
                    + "|(?:基层|乡镇|乡镇街道)人大\\p{IsHan}{0,2}");

    /** A step naming the place the column is for: 赤水市, 张湾区. */
    private static final Pattern UNIT = Pattern.compile("\\p{IsHan}{2,12}(?:市|县|区|旗|州|盟)");

    /**
     * The column a page's trail files it in.
     *
     * @param name  the column's name as the trail has it (上级精神)
     * @param place the step after it when it is a place's name (赤水市 in 县市区人大 > 赤水市), else null
     */
    record Column(String name, String place) {
    }

    private SiteColumns() {
    }

    /** The column of others' documents that the page's trail files it in, if any. */
    static Optional<Column> others(List<Removal> pageLines) {
        return pageLines.stream().map(SiteColumns::column).flatMap(Optional::stream).findFirst();
    }

    /** Whether a line taken off the page is a trail that files it in a column of others' documents. */
    static boolean filesInOthers(Removal line) {
        return column(line).isPresent();
    }

    private static Optional<Column> column(Removal r) {
        if (r.reason() != RemovalReason.NAVIGATION) {
            return Optional.empty();
        }
        String[] steps = STEP.split(WHERE.matcher(Simplified.of(r.text().strip())).replaceFirst(""));
        for (int i = 1; i < steps.length; i++) { // (the first step is the site or its home page)
            if (OTHERS.matcher(steps[i]).matches()) {
                String next = i + 1 < steps.length && UNIT.matcher(steps[i + 1]).matches() ? steps[i + 1] : null;
                return Optional.of(new Column(steps[i], next));
            }
        }
        return Optional.empty();
    }
}
