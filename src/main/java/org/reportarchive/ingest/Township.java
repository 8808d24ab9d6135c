package org.reportarchive.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportarchive.model.Place;
import org.reportarchive.places.Division;
import org.reportarchive.places.PlaceFinder;
import org.reportarchive.text.Simplified;

/**
 * A township's people's congress (镇人民代表大会, 乡人民代表大会, 苏木人民代表大会), the lowest level, whose presidium
 * reports to it between sessions ({@code 荷叶镇人民代表大会主席团工作报告}). The division table stops at the county,
 * so a township is its own place, named as its title or delivery line names it, and put in the city and province of
 * the one county the report or its page names (in the title, {@code 双峰县荷叶镇……}, or in the page's lines,
 * {@code 地址：湖南省娄底市双峰县永丰镇}). A page that names no county, or several, leaves them empty.
 */
final class Township {

    /** The township a title or delivery line names: its congress, or its congress's presidium. */
    private static final Pattern CONGRESS = Pattern.compile(
            "^(?:在)?([\\u4e00-\\u9fff]{2,12}?[县市区旗])?([\\u4e00-\\u9fff]{1,6}?(?:民族乡|镇|乡|苏木))"
                    + "(?:第[0-9０-９〇零一二三四五六七八九十]{1,4}届)?(?:人民代表大会|人大)");

    /** The level a township's place has. */
    static final String LEVEL = "township";

    private Township() {
    }

    /** The township and the county before it, as a line names them: {@code 双峰县荷叶镇人民代表大会……}. */
    record Named(String county, String name) {
    }

    static Optional<Named> named(String line) {
        if (line == null) {
            return Optional.empty();
        }
        Matcher m = CONGRESS.matcher(Simplified.of(line.strip()));
        if (!m.find() || m.group(2).startsWith("各") || m.group(2).equals("乡镇")) {
            return Optional.empty(); // (各乡镇人民代表大会: the townships of a county's report)
        }
        int start = m.start(2);
        return Optional.of(new Named(m.group(1), line.strip().substring(start, start + m.group(2).length())));
    }

    /**
     * The township's place: the city and province of the one county-level unit named before it or in the page's
     * lines, if there is one.
     */
    static Place place(Named township, List<String> pageLines, PlaceFinder places) {
        List<String> texts = new ArrayList<>();
        if (township.county() != null) {
            texts.add(township.county());
        }
        texts.addAll(pageLines);
        Division county = null;
        for (String text : texts) {
            for (Division d : counties(Simplified.of(text), places)) {
                if (county != null && !county.code().equals(d.code())) {
                    return new Place(township.name(), null, LEVEL, null, null); // two counties: none is said
                }
                county = d;
            }
            if (county != null && text.equals(township.county())) {
                break; // the title's county settles it
            }
        }
        return county == null ? new Place(township.name(), null, LEVEL, null, null)
                : new Place(township.name(), null, LEVEL, county.prefecture(), county.province());
    }

    /** The county-level units a text names: by a name only one has, or after the city that is its parent. */
    private static List<Division> counties(String text, PlaceFinder places) {
        List<Division> out = new ArrayList<>();
        List<PlaceFinder.Mention> mentions = places.mentions(text);
        for (int i = 0; i < mentions.size(); i++) {
            List<Division> candidates = new ArrayList<>();
            for (Division d : mentions.get(i).candidates()) {
                if (d.isCountyLevel()) {
                    candidates.add(d);
                }
            }
            if (candidates.size() > 1 && i > 0) {
                String parent = mentions.get(i - 1).name();
                candidates.removeIf(d -> !parent.equals(d.prefecture()));
            }
            if (candidates.size() == 1) {
                out.add(candidates.get(0));
            }
        }
        return out;
    }
}
