package org.reportarchive.figures;


/**
 * The time a figure covers, as a report says it: one year (一年来, 过去一年, 今年, 全年), five years (五年来, 过去
 * 五年, 近五年) or the congress's term (本届以来, 本届任期内, 第X届人大一次会议以来).
 */
public enum Period {
    YEAR("year", "一年"),
    FIVE_YEARS("five-years", "五年"),
    TERM("term", "本届");

    /** The markers of each period, longest first where one contains another. */
    private static final String[][] MARKERS = {
        {"过去的一年", "过去一年", "一年来", "今年", "全年", "本年度", "这一年"},
        {"过去的五年", "过去五年", "五年来", "近五年", "五年间", "这五年", "五年中"},
        {"届人大一次会议以来", "届一次会议以来", "本届常委会任期", "本届以来", "本届任期", "换届以来", "任期内", "届内"},
    };

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
        java.util.List<Period> all = scan(text, true);
        return all.isEmpty() ? null : all.get(0);
    }

    /** Every period a text names, in order. */
    public static java.util.List<Period> all(CharSequence text) {
        return scan(text, false);
    }

    /**
     * The markers a text holds, left to right, found from the characters every marker holds (年, 届, 任) rather
     * than by trying each marker at each place.
     */
    private static java.util.List<Period> scan(CharSequence text, boolean first) {
        java.util.List<Period> out = new java.util.ArrayList<>();
        String s = text.toString();
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '年' && c != '届' && c != '任') {
                continue;
            }
            for (Period p : values()) {
                for (String marker : MARKERS[p.ordinal()]) {
                    int at = marker.indexOf(c);
                    int start = i - at;
                    if (at >= 0 && start >= from && s.startsWith(marker, start)) {
                        out.add(p);
                        if (first) {
                            return out;
                        }
                        from = start + marker.length();
                        i = from - 1;
                        break;
                    }
                }
                if (from > i) {
                    break;
                }
            }
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
