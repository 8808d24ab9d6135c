package org.reportarchive.ingest;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.reportarchive.model.Kind;

/** What kind of document a title or an opening sentence (in simplified characters) names. */
final class DocumentKinds {

    /** 我受……委托，向大会报告 (a standing committee's work report). */
    private static final Pattern REPORTS_TO_CONGRESS = Pattern.compile(
            "^((现在|下面|今天|这次会议上)[，,]?)?我(受.{0,40}?(人民代表大会常务委员会|人大常委会|常务委员会|常委会)委托"
                    + "|代表.{0,40}?(人民代表大会常务委员会|人大常委会|常务委员会|常委会)).{0,6}向(大会|本次会议)"
                    // its work (报告工作, 报告常委会一年来依法履职情况, 作工作报告), not another matter it reports on, how the
                    // deputies' proposals were handled (报告……代表建议、批评和意见办理情况), a budget, a plan's execution
                    + "(报告|作报告|作[^，。；,]{0,10}?工作报告)(?![^，。；,]{0,30}?(代表建议|代表议案|议案|建议、批评和意见"
                    + "|办理情况|审查结果|预算|决算|计划执行))");
    /**
     * Deputies' proposals (代表建议, 代表在县十八届人大三次会议期间提出的建议, 代表议案, 议案), not the public's
     * (群众诉求和意见建议, 人大代表联络站收集的群众意见建议).
     */
    private static final String DEPUTIES_PROPOSALS = "(代表((?!群众|市民|网民|公众|社会)[^，。；,]){0,24}?(建议|议案)|议案)";
    /**
     * An opening that reports how deputies' proposals were handled: 向大会报告……代表建议、批评和意见办理情况,
     * 现将……代表建议、批评和意见办理情况报告如下.
     */
    private static final Pattern REPORTS_PROPOSALS = Pattern.compile(
            "^[^。]{0,60}(向(大会|本次会议|会议)(报告|汇报)|现将)[^，。；,]{0,30}?" + DEPUTIES_PROPOSALS
                    + "[^，。；,]{0,20}(办理|处理)(工作)?情况");
    /** 受主任会议委托，现就……作说明 (an explanation of a draft). */
    private static final Pattern EXPLAINS = Pattern.compile("^(我)?受.{0,40}?委托.{0,6}(现|现在)?(就|对|将).{2,80}(作|做)(如下)?说明");

    /**
     * Kinds a title names in its last words, tried in this order: the opinions on a report (……情况报告的审议意见, whatever
     * the report was), a law's inspection (……执法检查报告, 关于检查《……》实施情况的报告), a study or a visit, the handling of
     * deputies' proposals (代表建议、批评和意见办理情况的报告, 议案处理意见的报告), a committee's review (审查结果报告, 资格的审查报告),
     * a deputy's account (履职报告, 述职报告).
     */
    private static final Map<Kind, Pattern> NAMED_KINDS = namedKinds();

    private static Map<Kind, Pattern> namedKinds() {
        Map<Kind, Pattern> m = new LinkedHashMap<>();
        m.put(Kind.OPINION, Pattern.compile("审议意见$"));
        m.put(Kind.INSPECTION, Pattern.compile("执法检查(工作)?(开展|进展)?(工作)?(情况)?的?报告$"
                // (the law's name, not what the report after it did: ……实施情况报告审议意见执行情况的报告 is the follow-up's)
                + "|关于检查(《[^》]+》[和、及与]?)+((?!报告)[^，。；《》]){0,6}(实施|执行)情况的?报告$"
                + "|关于检查[^，。；《》]{2,30}?法[^，。；《》]{0,6}(实施|执行)情况的?报告$"
                + "|《[^》]+》[^，。；]{0,8}(实施|执行)情况的?检查报告$|(实施|执行)《[^》]+》情况的?检查报告$"));
        // (and a study tour's: ……考察报告, 关于赴……学习考察……工作的报告)
        m.put(Kind.SURVEY, Pattern.compile("(调研|视察|调查|考察)报告$|^关于赴[^，。；]{2,40}(学习)?考察[^，。；]{0,30}的?报告$"));
        m.put(Kind.PROPOSALS, Pattern.compile(DEPUTIES_PROPOSALS + "[^。；]{0,20}(办理|处理|审议结果)[^，。；]{0,10}(报告|汇报)$"));
        m.put(Kind.REVIEW, Pattern.compile("审查(结果)?的?报告$|审议结果的?报告$"));
        m.put(Kind.DUTY, Pattern.compile("(履职|述职)(情况)?的?报告$"));
        return Collections.unmodifiableMap(m);
    }

    /** A headline that says a meeting heard a report: 听取审议市人大常委会工作报告, 审议通过……工作报告. */
    private static final Pattern NEWS_OF_A_HEARING = Pattern.compile("(听取|审议|听取和审议|听取审议)(并?通过)?了?"
            + "(省|市|县|区|州|旗|自治区|自治州|自治县)?(人民代表大会常务委员会|人大常委会|人民政府|政府|法院|检察院|“一府[一两]委?两院”)"
            + "[^，。]{0,8}报告$");

    /**
     * The kind a title names: a resolution, an explanation, a speech, a work report, or one of the kinds named in its
     * last words (a 审议意见, an inspection's report, ...).
     */
    static Kind ofTitle(String written) {
        String title = FrontMatter.withoutYearAfter(written); // ……工作报告（1996年）
        if (title.matches(".*(决议|决定)$")) {
            return Kind.RESOLUTION;
        }
        if (title.matches("^关于.+的说明$") || title.endsWith("说明")) {
            return Kind.EXPLANATION;
        }
        if (title.matches(".*(讲话|致辞|发言|主持词|开幕词|闭幕词|开幕辞|闭幕辞)$")) {
            return Kind.SPEECH;
        }
        if (NEWS_OF_A_HEARING.matcher(title).find()) {
            return Kind.OTHER; // a news item on the session that heard the report: ……会议开幕　听取审议市人大常委会工作报告
        }
        if (title.matches(".*(人民代表大会常务委员会|人大常委会|人民代表大会主席团|人大主席团)(.{0,10}|.{2,14}(工作委员会|工委)([0-9]{4}年度?)?)工作报告$")
                || title.matches(".*(人大工委|人大工作委员会).{0,10}工作报告$")) { // ……人大工委2023年工作报告
            return Kind.REPORT;
        }
        for (Map.Entry<Kind, Pattern> named : NAMED_KINDS.entrySet()) {
            if (named.getValue().matcher(title).find()) {
                return named.getKey();
            }
        }
        return null;
    }

    /**
     * The kind an opening sentence names: a work report delivered to the congress (我受……委托，向大会报告工作), an
     * explanation of a draft, a report on how deputies' proposals were handled.
     */
    static Kind ofOpening(String sentence) {
        if (REPORTS_TO_CONGRESS.matcher(sentence).find()) {
            return Kind.REPORT;
        }
        if (EXPLAINS.matcher(sentence).find()) {
            return Kind.EXPLANATION;
        }
        if (REPORTS_PROPOSALS.matcher(sentence).find()) {
            return Kind.PROPOSALS;
        }
        return null;
    }

    private DocumentKinds() {
    }
}
