package org.reportarchive.ingest;

/** Reads numbers written with Chinese numerals (十八, 二〇二三) or Arabic digits. */
public final class ChineseNumbers {
    private static final String DIGITS = "〇一二三四五六七八九";

    private ChineseNumbers() {
    }

    /**
     * Parses a cardinal number such as {@code 十八}, {@code 二十一}, {@code 一百零五} or {@code 18}.
     *
     * @return the value, or -1 if the text is not a number
     */
    public static int parse(String text) {
        if (text == null || text.isEmpty()) {
            return -1;
        }
        String s = toHalfWidthDigits(text);
        if (s.equals("元")) {
            return 1; // the first: 元月, January
        }
        if (s.chars().allMatch(Character::isDigit)) {
            return s.length() > 9 ? -1 : Integer.parseInt(s);
        }
        int total = 0;
        int current = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = digit(c);
            if (d >= 0) {
                current = d;
            } else if (c == '十' || c == '百' || c == '千') {
                int unit = c == '十' ? 10 : c == '百' ? 100 : 1000;
                total += (current == 0 ? 1 : current) * unit;
                current = 0;
            } else {
                return -1;
            }
        }
        return total + current;
    }

    /** Reads a year written digit by digit: {@code 二〇二三} or {@code 2023}; -1 if it is not one. */
    public static int parseYear(String text) {
        String s = toHalfWidthDigits(text);
        if (s.length() != 4) {
            return -1;
        }
        int year = 0;
        for (int i = 0; i < 4; i++) {
            char c = s.charAt(i);
            int d = Character.isDigit(c) ? c - '0' : digit(c);
            if (d < 0) {
                return -1;
            }
            year = year * 10 + d;
        }
        return year;
    }

    private static int digit(char c) {
        if (c == '零' || c == 'Ｏ' || c == 'O' || c == '○') {
            return 0;
        }
        if (c == '两') {
            return 2;
        }
        return DIGITS.indexOf(c);
    }

    /** Replaces full-width digits (０-９) with ASCII digits. */
    public static String toHalfWidthDigits(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c);
        }
        return sb.toString();
    }
}
