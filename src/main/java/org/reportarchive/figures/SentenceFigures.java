package org.reportarchive.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportarchive.ingest.ChineseNumbers;

/**
 * Reads the counts one sentence states for each {@link Measure}. The sentence is read in its matching view
 * (simplified characters, half-width digits and punctuation, the same length as the text): each number followed
 * by a measure word is taken for the measure that the words just before it name ({@code 召开常委会会议8次}),
 * or, for a few wordings, the words just after it ({@code 1192件建议全部办理完毕}). A list shares its object
 * ({@code 制定地方性法规21件、修改28件、废止5件}).
 *
 * <p>A number is never taken when it is an ordinal ({@code 第3次}, {@code 人大三次会议}), approximate
 * ({@code 十余次}, {@code 30多件}, {@code 近百件}), a decimal, a year, a percentage, or a count of something
 * else in the same sentence ({@code 审议议题42项}); nor when one number stands for several measures
 * ({@code 制定、修改、废止地方性法规142件次}), for a part of a total ({@code 重点督办建议15件}), or for what
 * other bodies did ({@code 批准设区的市法规265件}, {@code 指导…修改9件单行条例}).
 */
public final class SentenceFigures {

    /** A count read from a sentence: where its number is in the sentence, and what it counts. */
    public record Found(Measure measure, int value, int start, int end, String unit) {
    }

    private static final Pattern NUMBER = Pattern.compile(
            "([0-9]+(?:\\.[0-9]+)?|[零〇一二两三四五六七八九十百千]+)(余|多|来)?(人次|件次|名|人|次|件|项|部|个|份|场)");
    private static final String CLAUSE_ENDS = ",;:!?。，；：";
    private static final String ITEM_ENDS = CLAUSE_ENDS + "、";

    private static final Pattern SESSIONS = Pattern.compile(
            "((常委会|常务委员会)(全体)?会议|(常委会|常务委员会)(共|先后|累计)?(召开|举行)(全体)?会议)(共|累计|总计)?$");
    private static final Pattern DIRECTOR = Pattern.compile("主任会议(共|累计|总计)?$");
    private static final Pattern INQUIRIES = Pattern.compile("专题询问(共|累计|总计)?$");
    private static final Pattern INSPECTIONS = Pattern.compile("执法检查(共|累计|总计)?$");
    private static final Pattern APPOINTMENTS = Pattern.compile(
            "任免(了)?(地方)?(国家机关)?(工作)?(人员|干部)?(共|累计|总计)?$");
    private static final Pattern DECISIONS = Pattern.compile(
            "(决议决定|决议、决定|决定、决议|决议和决定|决定重大事项|重大事项决定)(共|累计|总计)?$");
    private static final Pattern DOCUMENTS = Pattern.compile(
            "((备案审查|审查|接受报备|审查备案)(各类|各种)?规范性文件|规范性文件备案审查)(共|累计|总计)?$");
    private static final Pattern SUGGESTIONS = Pattern.compile(
            "(建议|建议、批评和意见|建议批评和意见|建议、批评、意见|建议和意见)(共|累计|总计)?$");
    private static final Pattern LAW_VERB = Pattern.compile(
            "(制定颁布|制定出台|新制定|制定|出台|颁布|修改|修订|修正|废止)");
    private static final Pattern LAW_ITEM = Pattern.compile(
            "(制定颁布|制定出台|新制定|制定|出台|颁布|修改|修订|修正|废止)(了)?"
                    + "((实体性|省级|市级|地方)?(地方性)?(法规|地方法规|条例|法规案))?(共|累计|总计)?$");
    private static final Pattern LAW_OBJECT = Pattern.compile("法规|条例|法律");
    private static final Pattern OTHER_BODIES = Pattern.compile("批准|指导|配合|协助|清理|参与");
    /** What is done with deputies' suggestions that makes them counted as handled (not 公开, 收集). */
    private static final Pattern HANDLED = Pattern.compile("办理|交办|办复|答复|收到|提出|承办|转交|督办|办结|交由");
    /** After the number: 1192件建议全部办理完毕. */
    private static final Pattern SUGGESTIONS_AFTER = Pattern.compile(
            "^(代表)?(建议|建议、批评和意见)[^,;:。]{0,16}?(办理完毕|办结|办复|答复|交办|办理)");
    /** After the number: 作出关于…的决议等五项决议决定. */
    private static final Pattern DECISIONS_NAMED_AFTER = Pattern.compile("^(决议决定|决议、决定|决定、决议|决议和决定)");
    /** Documents filed for the record, in a sentence about reviewing normative documents: 接收报备文件二十七件. */
    private static final Pattern FILED = Pattern.compile("(接收|接受|审查)报备(的)?(规范性)?文件(共|累计)?$");
    /** After the number: 3次就市级预算调整方案作出决议. */
    private static final Pattern DECISIONS_AFTER = Pattern.compile("^就.{2,40}?(作出|做出)(决议|决定)");
    /** After the number: 对208件…规范性文件…开展备案审查. */
    private static final Pattern DOCUMENTS_AFTER = Pattern.compile("^.{0,40}?规范性文件.{0,40}?(开展|进行)备案审查");
    /** After the number: 修改9件单行条例, 对8部法律法规实施情况开展执法检查, 检查29部法律和法规实施情况. */
    private static final Pattern LAWS_AFTER = Pattern.compile("^(地方性法规|法规|条例|单行条例)");
    private static final Pattern INSPECTED_LAWS_AFTER = Pattern.compile(
            "^(法律法规|法律和法规|法律、法规|地方性法规|法规)(的)?(实施情况)?(开展|进行)?执法检查|^(法律法规|法律和法规|法律、法规)(的)?实施情况");

    private SentenceFigures() {
    }

    /** The counts a sentence (in its matching view) states, left to right. */
    public static List<Found> read(String view) {
        List<Found> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(view);
        Measure parent = null; // the measure of the total a 其中 splits
        int parentEnd = -1;
        int from = 0;
        while (findNumber(m, view, from)) {
            from = m.end();
            int start = m.start();
            String digits = m.group(1);
            String unit = m.group(3);
            if (digits.contains(".") || m.group(2) != null || isOrdinal(view, start, m.end(), digits)
                    || isApproximate(view, start)) {
                continue;
            }
            int value = ChineseNumbers.parse(digits);
            if (value <= 0) {
                continue;
            }
            String item = item(view, start);
            String clause = clause(view, start);
            String after = view.substring(m.end(), Math.min(view.length(), m.end() + 60));
            Measure measure = measure(item, clause, view.substring(0, start), after, unit);
            if (measure == null) {
                continue;
            }
            int split = view.lastIndexOf("其中", start);
            boolean part = parent != null && split >= 0 && split > parentEnd;
            if (part && parent == measure) {
                continue; // a part of the total just given
            }
            if (isPart(item)) {
                continue;
            }
            out.add(new Found(measure, value, start, m.end(), unit));
            if (!part) {
                parent = measure;
                parentEnd = m.end();
            }
        }
        return out;
    }

    /**
     * Finds the next number at or after {@code from}, as {@code m.find()} would, but tries the pattern only where
     * a number can start (its class of numerals is slow to test at every character).
     */
    private static boolean findNumber(Matcher m, String view, int from) {
        for (int p = from; p < view.length(); p++) {
            if (canStartNumber(view.charAt(p)) && m.region(p, view.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** The first characters of {@link #NUMBER}. */
    private static boolean canStartNumber(char c) {
        return switch (c) {
            case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '零', '〇', '一', '二', '两', '三', '四', '五', '六',
                 '七', '八', '九', '十', '百', '千' -> true;
            default -> false;
        };
    }

    private static Measure measure(String item, String clause, String before, String after, String unit) {
        String it = item.strip();
        if (SESSIONS.matcher(it).find() && !it.matches(".*(党组|联席|临时|学习|主任).*") && unit.equals("次")) {
            return Measure.STANDING_COMMITTEE_SESSIONS;
        }
        if (DIRECTOR.matcher(it).find() && !it.contains("接待") && unit.equals("次")) {
            return Measure.DIRECTOR_MEETINGS;
        }
        if (INQUIRIES.matcher(it).find() && unit.matches("次|项|场")) {
            return Measure.INQUIRIES;
        }
        if (INSPECTIONS.matcher(it).find() && unit.matches("次|项|部|件")) {
            return Measure.INSPECTIONS;
        }
        if (unit.equals("部") && INSPECTED_LAWS_AFTER.matcher(after).find()
                && it.matches(".*(对|检查|等)$")) {
            return Measure.INSPECTIONS;
        }
        if (APPOINTMENTS.matcher(it).find() && unit.matches("人次|名|人")) {
            return Measure.APPOINTMENTS;
        }
        if (DECISIONS.matcher(it).find() && unit.matches("项|件|个")) {
            return Measure.MAJOR_DECISIONS;
        }
        if (unit.equals("次") && DECISIONS_AFTER.matcher(after).find() && it.isEmpty()) {
            return Measure.MAJOR_DECISIONS;
        }
        if (unit.matches("项|件|个") && DECISIONS_NAMED_AFTER.matcher(after).find() && !it.contains("其中")) {
            return Measure.MAJOR_DECISIONS; // 作出关于…的决议等五项决议决定
        }
        if (unit.matches("件|份") && !it.matches(".*(纠正|撤销|清理|向|报送).*")) {
            if (DOCUMENTS.matcher(it).find() || it.endsWith("对") && DOCUMENTS_AFTER.matcher(after).find()
                    || FILED.matcher(it).find() && (before.contains("规范性文件") || before.contains("备案审查"))) {
                return Measure.NORMATIVE_DOCUMENTS_REVIEWED;
            }
        }
        if (unit.matches("件|条") && !it.contains("重点") && !it.contains("其中")) {
            if (SUGGESTIONS.matcher(it).find() && (it.contains("代表") || clause.contains("代表"))
                    && HANDLED.matcher(clause).find()) {
                return Measure.SUGGESTIONS_HANDLED;
            }
            if (unit.equals("件") && SUGGESTIONS_AFTER.matcher(after).find() && !it.endsWith("重点")
                    && !before.substring(Math.max(0, before.length() - 6)).contains("重点")) {
                return Measure.SUGGESTIONS_HANDLED;
            }
        }
        if (unit.matches("件|部|项") && !OTHER_BODIES.matcher(clause).find()) {
            return law(it, clause, before, after);
        }
        return null;
    }

    /** Enacted, amended or repealed, from the verb before the number and a law named with it. */
    private static Measure law(String item, String clause, String before, String after) {
        Matcher verb = LAW_ITEM.matcher(item);
        boolean objectAfter = false;
        if (!verb.find()) {
            // the verb right before the number, the object after it: 修改9件单行条例
            Matcher v = LAW_VERB.matcher(item);
            String last = null;
            while (v.find()) {
                if (v.end() == item.length()) {
                    last = v.group();
                }
            }
            if (last == null || !LAWS_AFTER.matcher(after).find()) {
                return null;
            }
            objectAfter = true;
            verb = LAW_VERB.matcher(last);
            verb.find();
        }
        String v = verb.group(1);
        int verbs = 0;
        for (Matcher all = LAW_VERB.matcher(item); all.find(); ) {
            verbs++;
        }
        if (verbs > 1) {
            return null; // 制定修改: one number for several actions
        }
        if (!objectAfter && (verb.groupCount() < 3 || verb.group(3) == null)) {
            // a bare verb (修改28件): the law it counts is named earlier in the sentence
            if (!LAW_OBJECT.matcher(before).find()) {
                return null;
            }
        }
        if (bareVerbBefore(clause, item)) {
            return null; // 制定、修改、废止地方性法规142件: one number for the three
        }
        return v.startsWith("修") ? Measure.LAWS_AMENDED : v.equals("废止") ? Measure.LAWS_REPEALED
                : Measure.LAWS_ENACTED;
    }

    /** Whether the clause names a law verb before this item without a number of its own. */
    private static boolean bareVerbBefore(String clause, String item) {
        String earlier = clause.substring(0, clause.length() - item.length());
        Matcher v = LAW_VERB.matcher(earlier);
        while (v.find()) {
            String rest = earlier.substring(v.end());
            if (!NUMBER.matcher(rest).find()) {
                return true;
            }
        }
        return false;
    }

    /** A part of a total, named as one: 重点督办建议15件, 其中重点…, 临时会议. */
    private static boolean isPart(String item) {
        return item.contains("重点") && !item.contains("重点领域");
    }

    private static boolean isOrdinal(String view, int start, int end, String digits) {
        if (start > 0 && view.charAt(start - 1) == '第') {
            return true;
        }
        // 人大三次会议, 十四届二次会议
        if (view.startsWith("会议", end) && start > 0 && "届大".indexOf(view.charAt(start - 1)) >= 0) {
            return true;
        }
        return false;
    }

    private static boolean isApproximate(String view, int start) {
        if (start == 0) {
            return false;
        }
        char c = view.charAt(start - 1);
        return c == '近' || c == '约' || c == '逾' || view.startsWith("超过", Math.max(0, start - 2))
                || view.startsWith("上百", start - 1);
    }

    private static String item(String view, int start) {
        int i = start - 1;
        while (i >= 0 && (ITEM_ENDS.indexOf(view.charAt(i)) < 0 || compoundComma(view, i))) {
            i--;
        }
        return view.substring(i + 1, start);
    }

    private static String clause(String view, int start) {
        int i = start - 1;
        while (i >= 0 && CLAUSE_ENDS.indexOf(view.charAt(i)) < 0) {
            i--;
        }
        return view.substring(i + 1, start);
    }

    /** A 、 inside a compound name (决议、决定; 建议、批评和意见), which does not end a list item. */
    private static boolean compoundComma(String view, int i) {
        if (view.charAt(i) != '、') {
            return false;
        }
        String before = view.substring(Math.max(0, i - 2), i);
        String after = view.substring(i + 1, Math.min(view.length(), i + 6));
        return before.equals("决议") && after.startsWith("决定") || before.equals("决定") && after.startsWith("决议")
                || before.equals("建议") && after.startsWith("批评");
    }
}
