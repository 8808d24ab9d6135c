package org.reportarchive.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportarchive.places.PlaceFinder;

/**
 * The congresses a report names as those its own worked with, visited, learnt from or received: not its own, which a
 * report that speaks for it by its level alone (县人大常委会) does not name.
 */
final class Partners {

    /**
     * Where a level word stands alone, not as the end of a name (省人大常委会, 省、市人大常委会, 今年5月省人大常委会; not
     * 长沙市人大常委会).
     */
    private static final String LEVEL_WORD_START = "(^|[^\\p{IsHan}]|[、月日年和与及])";

    /**
     * Words before a congress that the report's own worked with, visited, received or learnt from (see {@link
     * #named}), maybe with 了, the neighbours' word and the other names of a list between: 与毗邻的织金县人大常委会,
     * 与鄂托克旗人大常委会、乌审旗人大常委会, 会同沛县、丰县和睢宁县人大常委会, 接待了淳安县人大常委会; after 与, and after 同 and 和
     * when they open a clause (，同芦山县人大常委会建立……), a phrase that describes it too (与同为成都西部片区的郫都区人大常委会).
     * (和, 及 and 到 inside a clause join the county's own bodies as often: 县委和赫章县人大常委会, 县政协领导以及……,
     * 省人大常委会副主任到会泽县人大常委会调研; 参与 and 与会 are no 与; 参加赴乡镇专题调研的……人大常委会组成人员 is its own.)
     */
    private static final Pattern PARTNER_BEFORE = Pattern.compile("((联合|会同|协同|携手|配合|邀请|接待|陪同|赴|借鉴)了?"
            + "((毗邻|相邻|邻近|周边|兄弟)的?)?"
            + "|((?<!参)与(?!会)|(^|[，。；：:])(同|和))((毗邻|相邻|邻近|周边|兄弟)的?|[^，。；：:\\s与和]{1,20}的)?)"
            + "([^，。；：:、\\s]{1,10}[省市州盟县区旗](人大常委会|人民代表大会常务委员会)?(考察组|调研组|视察组|代表团)?[、和及与])*$");
    /**
     * Words after a congress, in its sentence, that bring it to the report's own: 纳雍县人大常委会考察组来我县交流,
     * ……副主任王建华带领……一行20余人来我县考察, ……一行莅临我区, ……共组织代表30余人，到我县考察 (not ……设立以来我县……,
     * nor the report's own inviting others: ……人大常委会邀请市人大代表到我县视察).
     */
    private static final Pattern VISITS_US = Pattern.compile("^((?!邀请)[^。；]){0,100}?(?<![以直])(来|莅临|到)我[省市州盟县区旗]"
            + "|^[^，。；]{0,30}?与我[省市州盟县区旗]");
    /**
     * Words after a congress, in its sentence, by which the report's own place takes part in what the congress holds:
     * 桐梓县人大常委会召开……联席会议，我县作为成员单位参加.
     */
    private static final Pattern HOSTS_US = Pattern.compile(
            "^[^。；！？]{0,60}?我[省市州盟县区旗][^，。；]{0,16}?(参加|参与|出席|参会|与会)");
    /**
     * Words after a congress, in its sentence, by which the report's own place follows what the congress did:
     * 咸宁市人大常委会出台《……指导意见》，我市迅速跟进 (its superior, whose guidance the report's carries out).
     */
    private static final Pattern WE_FOLLOW = Pattern.compile("^[^。；！？]{0,80}?[，,]我[省市州盟县区旗](人大常委会|人大|常委会)?"
            + "(迅速|及时|积极|认真|主动|随即|立即|第一时间)?(跟进|贯彻|落实|响应|对标|对照)");
    /**
     * Words after a congress that make it a visiting delegation (……人大常委会考察组, ……考察团, ……机关党支部一行到……) or
     * the one that guides the report's own (在……人大常委会的精心指导下, ……人大常委会依法加强指导): another's, whatever the
     * words before it.
     */
    private static final Pattern DELEGATION_OR_GUIDE = Pattern.compile(
            "^(人民代表大会常务委员会|人大常委会)?((考察组|考察团|学习考察团)|[^，。；]{0,12}?一行[^，。；]{0,4}(到|赴|来|莅临)"
                    + "|的?[^，。；]{0,6}(指导|帮助|关心|支持)([和、][^，。；]{0,6})?下|[^，。；]{0,6}(加强|给予|精心|具体|悉心)指导"
                    + "|的?(统一)?(部署|安排|委托))");
    /** Words before a congress whose plan or deployment the report's follows: 按照, 根据, 依照. */
    private static final Pattern FOLLOWING = Pattern.compile("按照|根据|依照|遵照|落实");
    /** The plan or deployment after it, in its clause: ……2019年工作要点安排, ……的统一部署. */
    private static final Pattern ARRANGED = Pattern.compile("^[^，。；]{0,16}?(安排|部署|要求|精神)");

    /**
     * A congress of another level, named by its level alone, in the clause before a congress (省人大常委会副主任李建平一行赴……,
     * 省、市人大常委会领导……赴……, 今年5月省人大常委会……): its visit or its work with the congress after it, which may be the
     * report's own.
     */
    private static final Pattern LED_BY_LEVEL = Pattern.compile(LEVEL_WORD_START + "(全国|自治区|自治州|省|市|州|盟|地区)"
            + "(人大常委会|人民代表大会常务委员会|人大)");

    /**
     * A body of the report's own place, named by its level, in the clause before a congress (县监委与顺平县人大常委会……): the
     * congress is the report's own, which works with its place's bodies, when the level is the report's.
     */
    private static final Pattern OWN_BODY = Pattern.compile(LEVEL_WORD_START
            + "(自治区|自治县|自治州|自治旗|地区|林区|特区|省|市|州|盟|县|区|旗|镇|乡)"
            + "(委|政府|人民政府|监委|纪委|政协|法院|人民法院|检察院|人民检察院)");

    /**
     * Whether a text (the body, or a line of the title block) names the congress as one the report's own worked with,
     * visited, learnt from or received (联合纳雍县人大常委会开展协同监督, 赴遵义市人大常委会考察, 学习借鉴成都市人大常委会的经验,
     * 纳雍县人大常委会考察组来我县交流): another's congress, beside the one the report names by its level alone.
     *
     * @param ownLevel the level word by which the report names its own congress (县, 市 …), or null
     */
    static boolean named(String text, PlaceFinder.Named n, String ownLevel) {
        int start = n.chain().get(0).start();
        int end = n.place().end();
        if (DELEGATION_OR_GUIDE.matcher(text.substring(end)).lookingAt()) {
            return true; // (县委、县政府主要领导与绥阳县人大常委会考察组座谈; 在曲靖市人大常委会的精心指导下)
        }
        String clause = clauseBefore(text, start);
        if (FOLLOWING.matcher(clause).find() && ARRANGED.matcher(text.substring(end)).lookingAt()) {
            return true; // (按照鞍山市人大常委会2019年工作要点安排: the one whose plan the report's follows)
        }
        Matcher led = LED_BY_LEVEL.matcher(clause);
        while (led.find()) {
            if (!led.group(2).equals(ownLevel)) {
                return false; // a higher congress's visit to the report's own, or its work with it (or, of a report that
                // does not say its level, maybe its own's work with another: no partner either way)
            }
        }
        Matcher body = OWN_BODY.matcher(clause);
        while (body.find()) {
            if (body.group(2).equals(ownLevel)) {
                return false;
            }
        }
        String after = text.substring(end, Math.min(text.length(), end + 80));
        return PARTNER_BEFORE.matcher(text.substring(Math.max(0, start - 80), start)).find()
                || VISITS_US.matcher(after).find() || HOSTS_US.matcher(after).find()
                || WE_FOLLOW.matcher(after).find() && !sameCountyLevel(n, ownLevel);
    }

    /**
     * Whether the congress is a county's, district's or banner's and the report's own is named by that level: no
     * superior of the report's, whose document it follows (普定县人大常委会作出《……》，我县迅速贯彻落实 is its own).
     */
    private static boolean sameCountyLevel(PlaceFinder.Named n, String ownLevel) {
        String name = n.place().name();
        return ownLevel != null && ("县".equals(ownLevel) || "区".equals(ownLevel) || "旗".equals(ownLevel))
                && name.endsWith(ownLevel);
    }

    /**
     * Whether the clause joins the congress to bodies of the report's own place named by its level (县委和赫章县人大常委会联合召开,
     * 县委、县政府、县政协领导以及赫章县人大常委会组成人员): a place's party committee and government work with their own
     * congress.
     *
     * @param ownLevel the level word by which the report names its own congress (县, 市 …), or null
     */
    static boolean joinsOwnBody(String text, PlaceFinder.Named n, String ownLevel) {
        int start = n.chain().get(0).start();
        String clause = clauseBefore(text, start);
        Matcher body = OWN_BODY.matcher(clause);
        int after = -1;
        while (body.find()) {
            after = body.group(2).equals(ownLevel) ? body.end() : -1;
        }
        return after >= 0 && OWN_BODY_JOINED.matcher(clause.substring(after)).matches();
    }

    /** What may stand between the last of a place's bodies and the congress joined to them: 和, 、, 领导以及. */
    private static final Pattern OWN_BODY_JOINED = Pattern.compile("(领导|主要领导|负责同志)?(和|与|及|以及|、)");

    /** The words of a clause before a position. */
    static String clauseBefore(String text, int at) {
        int clause = at;
        while (clause > 0 && "，。；：:".indexOf(text.charAt(clause - 1)) < 0) {
            clause--;
        }
        return text.substring(clause, at);
    }

    private Partners() {
    }
}
