package org.reportarchive.ingest;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportarchive.model.Block;
import org.reportarchive.model.Heading;
import org.reportarchive.model.Place;
import org.reportarchive.text.Simplified;

/**
 * How a report speaks for its own congress when it gives no name: {@code 我受县人民代表大会常务委员会委托},
 * {@code 我代表市人大常委会}. The level it names (县, 市, 区, 省 …) is the only thing such a report says of its
 * place, and a place found elsewhere in its text must be of that level: a county's report that names the
 * province's congress it worked with (配合湖北省人大常委会开展执法检查), or the national congress's anniversary
 * (全国人民代表大会成立六十周年), does not become the province's or the nation's.
 *
 * @param phrase the words that name the congress, as the report has them in its simplified view
 * @param level  the level word (镇, 乡, 县, 自治县, 旗, 区, 林区, 特区, 市, 州, 盟, 省, 自治区)
 */
record OwnCongress(String phrase, String level) {

    private static final Pattern SPEAKS_FOR = Pattern.compile(
            "我(?:受|代表)本?(自治区|自治县|自治州|自治旗|地区|林区|特区|省|市|州|盟|县|区|旗|镇|乡|苏木)"
                    + "(?:第?[0-9０-９〇零○一二三四五六七八九十百两]+届)?(?:人民代表大会常务委员会|人大常委会"
                    + "|人民代表大会主席团|人大主席团)");

    /**
     * A title, delivery line or office that names the congress by its level alone: 在区八届人大常委会第二十四次会议上的讲话,
     * 区人大常委会主任.
     */
    private static final Pattern NAMES_BY_LEVEL = Pattern.compile(
            "^在?(自治区|自治县|自治州|自治旗|地区|林区|特区|省|市|州|盟|县|区|旗|镇|乡|苏木)"
                    + "(?:第?[0-9０-９〇零○一二三四五六七八九十百两]+届)?(?:人民代表大会常务委员会|人大常委会|人民代表大会|人大)");

    /** The paragraphs before the first heading where a report introduces itself, at most. */
    private static final int OPENING_PARAGRAPHS = 3;

    /**
     * The congress the report speaks for in its opening paragraphs (before its first heading), if it names it
     * by its level alone.
     */
    static Optional<OwnCongress> of(List<Block> body) {
        int paragraphs = 0;
        for (Block b : body) {
            if (b instanceof Heading || paragraphs++ == OPENING_PARAGRAPHS) {
                break;
            }
            Matcher m = SPEAKS_FOR.matcher(Simplified.of(b.text()));
            if (m.find()) {
                return Optional.of(new OwnCongress(m.group().substring(m.start(1) - m.start()), m.group(1)));
            }
        }
        return Optional.empty();
    }

    /** The congress a line of the title block names by its level alone, if it does. */
    static Optional<OwnCongress> named(String line) {
        if (line == null) {
            return Optional.empty();
        }
        Matcher m = NAMES_BY_LEVEL.matcher(Simplified.of(line.strip()));
        return m.find() ? Optional.of(new OwnCongress(m.group().substring(m.start(1) - m.start()), m.group(1)))
                : Optional.empty();
    }

    /** Whether a place is of the level the report names: a 县's report is a county's, a 市's a city's. */
    boolean allows(Place place) {
        // (a 区's report is a district's, or a new area's the table files as a county: 浦东新区, not 南丹县)
        return allowsLevel(place.level()) && !(level.equals("区") && place.level().equals("county")
                && !place.name().endsWith("区"));
    }

    /** Whether a place of this level (prefecture, county-city …) is of the level the report names. */
    boolean allowsLevel(String placeLevel) {
        return levels().contains(placeLevel);
    }

    private Set<String> levels() {
        return switch (level) {
            case "县", "自治县", "旗", "自治旗" -> Set.of("county");
            case "区" -> Set.of("district", "county"); // (新区 are filed as districts or counties)
            case "林区", "特区" -> Set.of("county");
            case "市" -> Set.of("prefecture", "municipality", "county-city");
            case "州", "自治州", "盟", "地区" -> Set.of("prefecture");
            case "镇", "乡", "苏木" -> Set.of(Township.LEVEL); // a township's presidium: no unit of the table
            default -> Set.of("province"); // 省, 自治区
        };
    }
}
