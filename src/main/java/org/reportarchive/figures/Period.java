package org.reportarchive.figures;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time a figure covers, as a report says it: one year (一年来, 过去一年, 今年, 全年), five years (五年来, 过去
 * 五年, 近五年) or the congress's term (本届以来, 本届任期内, 第X届人大一次会议以来).
 */
public enum Period {
    YEAR("year", "一年"),
    FIVE_YEARS("five-years", "五年"),
    TERM("term", "本届");

    private static final Pattern MARKER = Pattern.compile(
            "(一年来|过去一年|过去的一年|今年|全年|本年度|这一年)"
                    + "|(五年来|过去五年|过去的五年|近五年|五年间|这五年|五年中)"
                    + "|(本届以来|本届任期|本届常委会任期|届内|任期内|换届以来|届人大一次会议以来|届一次会议以来)");

    private final String code;
    private final String label;

    Period(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    /** Its name on the pages. */
    public String label() {
        return label;
    }

    /** The first period a text names (in simplified characters), or null. */
    public static Period in(CharSequence text) {
        Matcher m = MARKER.matcher(text);
        if (!m.find()) {
            return null;
        }
        return m.group(1) != null ? YEAR : m.group(2) != null ? FIVE_YEARS : TERM;
    }

    /** Every period a text names, in order. */
    public static java.util.List<Period> all(CharSequence text) {
        java.util.List<Period> out = new java.util.ArrayList<>();
        Matcher m = MARKER.matcher(text);
        while (m.find()) {
            out.add(m.group(1) != null ? YEAR : m.group(2) != null ? FIVE_YEARS : TERM);
        }
        return out;
    }

    public static Period byCode(String code) {
        for (Period p : values()) {
            if (p.code.equals(code)) {
                return p;
            }
        }
        return null;
    }
}
