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
 * The units below the county whose congress work has reports of its own. A township's people's congress (镇人民代表大会,
 * 乡人民代表大会, 苏木人民代表大会), the lowest level, whose presidium reports to it between sessions
 * ({@code 荷叶镇人民代表大会主席团工作报告}): the division table stops at the county, so a township is its own place,
 * named as its title names it, and put in the city and province of the one county the title or the page's owner
 * names (in the title, {@code 双峰县荷叶镇……}, or in the footer, {@code 主办：双峰县人民政府办公室}); a page that names no
 * county, or several, leaves them empty. A subdistrict has no congress: its congress working committee (街道人大工委,
 * {@code 五马街道人大工委工作报告}, which reports to a meeting of the subdistrict's voters' representatives) is the body of
 * its district's standing committee there, and its report is the district congress's, the district found the same way.
 */
final class Township {

    /**
     * The township a title or delivery line names: its congress's presidium, a session of its congress, or its
     * congress's work report (not a report on the townships' congresses, 关于加强镇人大建设情况的调研报告).
     */
    private static final Pattern CONGRESS = Pattern.compile(
            "^(?:在)?([\\u4e00-\\u9fff]{2,12}[县市区旗])?([\\u4e00-\\u9fff]{2,6}?(?:民族乡|镇|乡|苏木)|[\\u4e00-\\u9fff]苏木)"
                    + "(?:第[0-9０-９〇零一二三四五六七八九十]{1,4}届)?(?:人民代表大会|人大)(?=主席团|第|.{0,6}工作报告)");

    /**
     * Who runs the page, as its footer says (主办：双峰县人民政府办公室): a site of the township's county. An address
     * alone may be another site's, one that reposts the report (湖南人大网, 地址：湖南省长沙市开福区……).
     */
    private static final Pattern OWNER = Pattern.compile("(主办|承办|版权所有)(单位)?[:：]?[\\s\\u3000]*([^\\s\\u3000]{2,30})"
            + "|(?:^|[\\s\\u3000])([^\\s\\u3000:：]{2,30}?)(?:主办|承办)(?=$|[\\s\\u3000])"); // (or before it: 黟县人民政府办公室主办)
    /** A county's own body named as a page's source: 来源：南安市人大常委会, 来源：中共南安市委宣传部. */
    private static final Pattern COUNTY_SOURCE = Pattern.compile("(?:来源|稿源|信息来源|文章来源)[:：][\\s\\u3000]*(?:中共)?"
            + "(\\p{IsHan}{2,12}?(?:县|市|区|旗)(?:人民代表大会常务委员会|人大常委会|人民政府|融媒体中心|委宣传部))");

    /**
     * The congress that guides a township's presidium: 在义乌市人大常委会的精心指导下, 在乡党委的坚强领导和淳安县人大常委会的精心指导下,
     * 在镇党委的坚强领导下和奉化区人大常委会的有力指导下, 在郧县人大常委会的指导下.
     */
    private static final Pattern GUIDED_BY = Pattern.compile(
            "(?<=在|领导和|领导与|领导下和|领导下与)((?![本我该全各此其][县市区旗])[^，。；、和与在的\\s\\u3000]{1,12}?(?:县|市|区|旗))(?:人民代表大会常务委员会|人大常委会)的?"
                    + "[^，。；]{0,6}指导([和与及][^，。；]{0,8})?下");

    /**
     * A prefecture's congress that a township's presidium works with or under, named in its text: 配合长治市人大常委会和县人大常委会,
     * 在长治市人大常委会的指导下, 认真落实乐山市人大常委会……的部署, 在锡林郭勒盟人大工委和旗人大常委会的指导下 (a league's
     * working committee of the region's congress) (not 赴湖州市人大常委会学习考察, a visit to another's).
     */
    private static final Pattern PREFECTURE_ALONGSIDE = Pattern.compile(
            "(?<=在|配合|协助|按照|根据|接受|支持|落实|执行|贯彻|领导和|领导与|指导和|和)([^，。；、和与在的\\s\\u3000]{2,12}?(?:市|州|盟|地区))"
                    + "(?:人民代表大会常务委员会|人大常委会|人大工委|人大工作委员会)");
    /** A province-level unit's name in a text, with its suffix: 山西省, 内蒙古自治区. */
    private static final Pattern PROVINCE_NAME = Pattern.compile("\\p{IsHan}{2,8}?(?:省|自治区)");

    /** The level a township's place has. */
    static final String LEVEL = "township";
    /** The level a subdistrict's place has. */
    static final String SUBDISTRICT = "subdistrict";

    /**
     * The subdistrict a title names, with its congress working committee: {@code 鹿城区五马街道人大工委}, {@code
     * 五马街道人大工作委员会}, or the district's standing committee's committee there, {@code 武侯区人大常委会玉林街道工作委员会}.
     */
    private static final Pattern WORKING_COMMITTEE = Pattern.compile(
            "^(?:在)?([\\u4e00-\\u9fff]{2,12}[县市区旗])?(?:人民代表大会常务委员会|人大常委会)?驻?([\\u4e00-\\u9fff]{2,6}?街道)"
                    + "(?:人大工委|人大工作委员会|人民代表大会工作委员会|工作委员会|工委)(?=.{0,12}报告|.{0,12}讲话|$)");

    private Township() {
    }

    /** The township and the county before it, as a line names them: {@code 双峰县荷叶镇人民代表大会……}. */
    record Named(String county, String name, String level) {
    }

    /**
     * Words that make a name the townships or subdistricts of a larger unit: 各乡镇, 全省乡镇, 全市县乡, 全旗苏木乡镇,
     * 鹿城区各街道.
     */
    private static final Pattern MANY = Pattern.compile("^([各全本该在]|关于)|乡镇|镇乡|县乡|苏木乡|加强|推进|做好"
            + "|(各|所属|全[区市县]?)街道$");

    /** The township whose congress's session a delivery line names: ——2023年2月16日在华埠镇第十八届人民代表大会第三次会议上. */
    static Optional<Named> inDelivery(String line, PlaceFinder places) {
        int at = line.indexOf('在');
        return at < 0 ? Optional.empty() : named(line.substring(at), places);
    }

    /**
     * The township a title names, if it is one: not the townships of a larger unit (全省乡镇人大工作座谈会), and not a
     * unit of the division table whose name ends as a town's does (景德镇, 萍乡, 清镇).
     */
    static Optional<Named> named(String line, PlaceFinder places) {
        if (line == null) {
            return Optional.empty();
        }
        String view = Simplified.of(line.strip());
        Matcher m = CONGRESS.matcher(view);
        String level = LEVEL;
        if (!m.find()) {
            m = WORKING_COMMITTEE.matcher(view);
            level = SUBDISTRICT;
            if (!m.find()) {
                return Optional.empty();
            }
        }
        if (MANY.matcher(m.group(2)).find() || isDivision(m.group(2), places)) {
            return Optional.empty();
        }
        int start = m.start(2);
        return Optional.of(new Named(m.group(1), line.strip().substring(start, start + m.group(2).length()), level));
    }

    /**
     * The level of a place a sidecar names, when it is a unit below the county (荷叶镇, 五马街道), or null: a name the
     * division table does not know, ending as a township's or a subdistrict's does.
     */
    static String levelOf(String name, PlaceFinder places) {
        String view = Simplified.of(name.strip());
        if (view.length() < 3 || MANY.matcher(view).find() || isDivision(view, places)) {
            return null;
        }
        return view.endsWith("街道") ? SUBDISTRICT
                : view.endsWith("镇") || view.endsWith("乡") || view.endsWith("苏木") ? LEVEL : null;
    }

    /** Whether the division table names a unit by these words, or by them and a level (景德镇市, 萍乡市, 宁乡县). */
    private static boolean isDivision(String name, PlaceFinder places) {
        for (String form : new String[] {name, name + "市", name + "县", name + "区", name + "旗"}) {
            List<PlaceFinder.Mention> found = places.mentions(form);
            if (!found.isEmpty() && found.get(0).start() == 0 && found.get(0).end() >= name.length()) {
                return true;
            }
        }
        return false;
    }

    /** The most characters of a county's name (and its city's) read before a township's name. */
    private static final int FULL_NAME = 10;

    /** Whether names of places, one after the other, make up the whole of a text of a length (福州市鼓楼区). */
    private static boolean namesOnlyPlaces(List<PlaceFinder.Mention> named, int length) {
        int end = 0;
        for (PlaceFinder.Mention m : named) {
            if (m.start() != end || named.size() > 2) {
                return false;
            }
            end = m.end();
        }
        return end == length && end > 0;
    }

    /**
     * The township's place: the city and province of the one county-level unit named before it or in the page's
     * lines, if there is one.
     *
     * @param body the report's text: a county's body named as the page's source is the township's county's only when
     *             the text names no other county (a report reposted by a neighbour's congress names its own county)
     */
    static Place place(Named township, List<String> pageLines, String body, PlaceFinder places) {
        Division county = county(township, pageLines, body, places);
        if (SUBDISTRICT.equals(township.level())) {
            return county == null ? null : county.place(); // the district's congress
        }
        return county == null ? new Place(township.name(), null, LEVEL, null, null)
                : new Place(township.name(), null, LEVEL, county.prefecture(), county.province());
    }

    /**
     * The prefecture a township's text names as the one whose congress its presidium works with or under, when no county
     * is named: the township's city, its county unsaid. Only when the text names one such prefecture, and every province
     * it names (a law's, 《山西省……条例》) is the prefecture's.
     */
    static Optional<Division> prefectureAlongside(String body, PlaceFinder places) {
        String view = Simplified.of(body);
        Division found = null;
        Matcher m = PREFECTURE_ALONGSIDE.matcher(view);
        while (m.find()) {
            List<PlaceFinder.Mention> named = places.mentions(m.group(1));
            if (!namesOnlyPlaces(named, m.group(1).length())) {
                continue;
            }
            List<Division> cities = named.get(named.size() - 1).candidates().stream()
                    .filter(Division::isCityLike).toList();
            if (cities.size() != 1 || found != null && !found.code().equals(cities.get(0).code())) {
                return Optional.empty(); // none, or several: none is said
            }
            found = cities.get(0);
        }
        if (found == null) {
            return Optional.empty();
        }
        Matcher province = PROVINCE_NAME.matcher(view);
        while (province.find()) {
            for (PlaceFinder.Mention named : places.mentions(province.group())) {
                for (Division d : named.candidates()) {
                    if (d.isProvinceLevel() && !d.name().equals(found.province())) {
                        return Optional.empty();
                    }
                }
            }
        }
        return Optional.of(found);
    }

    /**
     * The one name of a county's congress that guides the township's presidium in its text (在富阳市人大常委会的指导下),
     * in simplified characters, or empty when the text names none or several: read for a name the county has no longer.
     */
    static Optional<String> guide(String body) {
        Matcher guide = GUIDED_BY.matcher(Simplified.of(body));
        String found = null;
        while (guide.find()) {
            if (found != null && !found.equals(guide.group(1))) {
                return Optional.empty();
            }
            found = guide.group(1);
        }
        return Optional.ofNullable(found);
    }

    /** The one county-level unit the unit's title names before it, or its page's lines, or null. */
    private static Division county(Named township, List<String> pageLines, String body, PlaceFinder places) {
        List<String> texts = new ArrayList<>();
        if (township.county() != null) {
            texts.add(township.county());
        }
        for (String line : pageLines) {
            String s = Simplified.of(line);
            Matcher owner = OWNER.matcher(s);
            while (owner.find()) {
                // who runs the page: a county's portal is the township's county's
                texts.add(owner.group(3) != null ? owner.group(3) : owner.group(4));
            }
            Matcher source = COUNTY_SOURCE.matcher(s);
            while (source.find()) {
                // the county's body that posted it: the township's county's, unless the text names another county
                // (a county of two characters, 和县 of 领导和县人大常委会, is no evidence in running text)
                List<Division> posted = counties(source.group(1), places);
                if (counties(Simplified.of(body), places).stream().allMatch(d -> posted.contains(d) || d.name().length() < 3)) {
                    texts.add(source.group(1));
                }
            }
            // the township named in full on the page, its county before it: 昆山市周庄镇人大官方公众号
            for (int at = s.indexOf(township.name()); at > 0; at = s.indexOf(township.name(), at + 1)) {
                texts.add(s.substring(Math.max(0, at - FULL_NAME), at));
            }
        }
        // the county's congress that guides the township's presidium, by its name alone: 在义乌市人大常委会的指导下 (not
        // 在镇党委领导和县人大常委会的指导下, where 和县 is no county)
        // (or by its city's name and its own: 在福州市鼓楼区人大常委会的精心指导下)
        Matcher guide = GUIDED_BY.matcher(Simplified.of(body));
        while (guide.find()) {
            if (namesOnlyPlaces(places.mentions(guide.group(1)), guide.group(1).length())) {
                texts.add(guide.group(1));
            }
        }
        Division county = null;
        for (String text : texts) {
            for (Division d : counties(Simplified.of(text), places)) {
                if (county != null && !county.code().equals(d.code())) {
                    return null; // two counties: none is said
                }
                county = d;
            }
            if (county != null && text.equals(township.county())) {
                break; // the title's county settles it
            }
        }
        return county;
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
