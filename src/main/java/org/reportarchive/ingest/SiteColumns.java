package org.reportarchive.ingest;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportarchive.model.Removal;
import org.reportarchive.model.RemovalReason;
import org.reportarchive.text.Simplified;

/**
 * The column of its site a page is filed in, as the page's trail says ({@code 当前位置：首页 > 上级精神 > 正文}), when
 * that column holds other congresses' documents: a superior's (上级精神, 省人大动态), a peer's (兄弟人大, 他山之石) or
 * those of the congresses below the site's owner (县市区人大 > 赤水市, 乡镇人大). A page there is not the owner's own
 * document, whatever its footer says of the site.
 */
final class SiteColumns {

    /** A column's words for news or documents: 上级精神, 省人大动态, 县区传真. */
    private static final String NEWS = "(?:动态|要闻|精神|文件|资讯|信息|传真|风采|之窗|链接|工作|部署|新闻|快讯|简讯|在线|之声)";

    /** A column's name after the level of congress it is for: 人大, 人大动态, 动态. */
    private static final String OF_CONGRESSES = "(?:人大" + NEWS + "?|" + NEWS + ")";

    /** Whose documents a column holds, seen from the site's owner, and the names of such columns. */
    enum Tier {
        /** Congresses above the owner: 上级精神, 全国人大, 省人大动态. */
        SUPERIOR("上级" + OF_CONGRESSES + "|(?:全国|中央|省级|省)" + OF_CONGRESSES),
        /** Congresses above a county's owner, and maybe a city's own: 省市动态. */
        PROVINCE_AND_CITY("省市" + OF_CONGRESSES),
        /** Congresses beside the owner, and what others wrote: 兄弟人大, 各地人大, 他山之石, 学习园地. */
        PEER("(?:兄弟|各地|外地|友邻)\\p{IsHan}{0,4}|他山之石|学习园地|经验交流|学习交流"),
        /**
         * The counties below a city's owner, or beside a county's: 县市区人大, 县区动态, 县域人大 (not 市县动态, which may be
         * the city's own).
         */
        COUNTIES("各?(?:[县区旗][、（(]?(?:[县市区旗][、（(]?){1,3}[)）]?|县域)" + OF_CONGRESSES),
        /** The townships below a county's owner: 乡镇人大, 基层人大. */
        TOWNSHIPS("各?(?:乡镇|乡镇街道|镇街|基层)" + OF_CONGRESSES);

        private final Pattern names;

        Tier(String names) {
            this.names = Pattern.compile(names);
        }
    }

    /**
     * A trail's steps: 首页 > 上级精神 > 正文, 首页 » 县市区人大 » 赤水市, 首页 / 上级精神 / 正文, 首页 - 兄弟人大 - 正文,
     * 县区动态 >> 正文.
     */
    private static final Pattern STEP = Pattern.compile(
            "[\\s\\u3000]*(?:>+|＞+|»|›|→)[\\s\\u3000]*|[\\s\\u3000]+[/\\-－—][\\s\\u3000]+|[\\s\\u3000]*／[\\s\\u3000]*");

    /** A step of a trail that says it is one: a menu's bar too. */
    private static final Pattern SAID_STEP = Pattern.compile(STEP.pattern() + "|[\\s\\u3000]*[|｜][\\s\\u3000]*");

    /** What a trail may start with: 当前位置：, 您现在的位置是：, 您所在的位置：. */
    private static final Pattern WHERE = Pattern.compile("^.{0,8}(?:位置|所在)\\p{IsHan}{0,2}[:：][\\s\\u3000]*");

    /** A step naming the place the column is for: 赤水市, 张湾区. */
    private static final Pattern UNIT = Pattern.compile("\\p{IsHan}{2,12}(?:市|县|区|旗|州|盟)");

    /**
     * The column a page's trail files it in.
     *
     * @param name  the column's name as the trail has it (上级精神)
     * @param tier  whose documents it holds
     * @param place the step after it when it is a place's name (赤水市 in 县市区人大 > 赤水市), else null
     */
    record Column(String name, Tier tier, String place) {

        /**
         * Whether the column holds documents other than those of a site's owner of this level (county, county-city,
         * district, prefecture, municipality, province), or of a site whose owner the page does not name (null).
         */
        boolean holdsOthersThan(String ownerLevel) {
            Set<String> counties = Set.of("county", "county-city", "district");
            return switch (tier) {
                case SUPERIOR, PEER -> true;
                case PROVINCE_AND_CITY -> ownerLevel != null && counties.contains(ownerLevel);
                case COUNTIES -> ownerLevel != null; // (a county's own report is not in the column of the counties' news)
                case TOWNSHIPS -> ownerLevel != null;
            };
        }
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
        String line = Simplified.of(r.text().strip());
        Matcher where = WHERE.matcher(line);
        boolean said = where.lookingAt(); // (a trail that says it is one: its first step may be the column)
        if (!said && r.reason() != RemovalReason.NAVIGATION) {
            return Optional.empty();
        }
        // (a trail that says it is one may set its steps apart as a menu does: 当前位置：首页 | 县区人大 | 正文)
        String[] steps = (said ? SAID_STEP : STEP).split(said ? line.substring(where.end()) : line);
        if (steps.length < 2) {
            return Optional.empty();
        }
        for (int i = said ? 0 : 1; i < steps.length; i++) { // (else the first step is the site or its home page)
            Optional<Tier> tier = tier(steps[i]);
            if (tier.isPresent()) {
                String next = i + 1 < steps.length && UNIT.matcher(steps[i + 1]).matches() ? steps[i + 1] : null;
                return Optional.of(new Column(steps[i], tier.get(), next));
            }
        }
        return Optional.empty();
    }

    private static Optional<Tier> tier(String step) {
        return Arrays.stream(Tier.values()).filter(t -> t.names.matcher(step).matches()).findFirst();
    }
}
