package org.reportarchive.charts;

import java.util.Map;
import java.util.SortedMap;

/**
 * Small charts by year in SVG, drawn at build time (no script, no request): one column per year from the first to
 * the last, labelled every few years. Each chart has a title and a description that says in words what it shows,
 * for screen readers and for readers of the page without images.
 */
public final class YearChart {

    private static final int HEIGHT = 180;
    private static final int TOP = 16;
    private static final int BOTTOM = 28;
    private static final int LEFT = 44;
    private static final int RIGHT = 12;
    private static final int WIDTH = 640;
    private static final int MAX_COLUMN = 64;

    /** A year's spread of values: the lowest, the median, the highest, and how many values. */
    public record Spread(int min, double median, int max, int count) {
    }

    private YearChart() {
    }

    /**
     * A column per year, its height the year's count.
     *
     * @param id    the title's id (unique on the page)
     * @param title what the chart shows
     * @param unit  what is counted (篇报告)
     */
    public static String bars(String id, String title, SortedMap<Integer, Integer> counts, String unit) {
        if (counts.isEmpty()) {
            return "";
        }
        int first = counts.firstKey();
        int last = counts.lastKey();
        int max = counts.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        StringBuilder desc = new StringBuilder();
        counts.forEach((y, n) -> desc.append(desc.length() == 0 ? "" : "，").append(y).append("年").append(n)
                .append(unit));
        StringBuilder sb = open(id, title, desc + "。", last - first + 1);
        double column = column(last - first + 1);
        double plot = HEIGHT - TOP - BOTTOM;
        axis(sb, max, plot);
        for (int y = first; y <= last; y++) {
            int n = counts.getOrDefault(y, 0);
            double x = LEFT + (y - first) * column;
            double h = n == 0 ? 0 : Math.max(1, plot * n / max);
            if (n > 0) {
                double bar = Math.min(36, column * 0.7);
                sb.append("<rect class=\"bar\" x=\"").append(f(x + (column - bar) / 2)).append("\" y=\"")
                        .append(f(TOP + plot - h)).append("\" width=\"").append(f(bar)).append("\" height=\"")
                        .append(f(h)).append("\"><title>").append(y).append("年：").append(n).append(unit)
                        .append("</title></rect>");
            }
            yearLabel(sb, y, first, last, x, column);
        }
        return sb.append("</svg>").toString();
    }

    /** A line from the lowest to the highest value of each year, a dot at its median. */
    public static String spreads(String id, String title, SortedMap<Integer, Spread> spreads, String unit) {
        if (spreads.isEmpty()) {
            return "";
        }
        int first = spreads.firstKey();
        int last = spreads.lastKey();
        int max = spreads.values().stream().mapToInt(Spread::max).max().orElse(1);
        StringBuilder desc = new StringBuilder();
        for (Map.Entry<Integer, Spread> e : spreads.entrySet()) {
            Spread s = e.getValue();
            desc.append(desc.length() == 0 ? "" : "；").append(e.getKey()).append("年").append(s.count()).append("篇报告，")
                    .append("中位数").append(number(s.median())).append(unit);
            if (s.count() > 1) {
                desc.append("，最少").append(s.min()).append("，最多").append(s.max());
            }
        }
        StringBuilder sb = open(id, title, desc + "。", last - first + 1);
        double column = column(last - first + 1);
        double plot = HEIGHT - TOP - BOTTOM;
        axis(sb, max, plot);
        for (int y = first; y <= last; y++) {
            Spread s = spreads.get(y);
            double x = LEFT + (y - first) * column + column / 2;
            if (s != null) {
                double top = TOP + plot - plot * s.max() / max;
                double bottom = TOP + plot - plot * s.min() / max;
                double mid = TOP + plot - plot * s.median() / max;
                sb.append("<g><title>").append(y).append("年：").append(s.count()).append("篇报告，中位数")
                        .append(number(s.median())).append(unit).append("，最少").append(s.min()).append("，最多")
                        .append(s.max()).append("</title>");
                sb.append("<line class=\"range\" x1=\"").append(f(x)).append("\" x2=\"").append(f(x)).append("\" y1=\"")
                        .append(f(top)).append("\" y2=\"").append(f(bottom)).append("\"/>");
                sb.append("<circle class=\"median\" cx=\"").append(f(x)).append("\" cy=\"").append(f(mid))
                        .append("\" r=\"").append(f(Math.min(5, column / 3))).append("\"/></g>");
            }
            yearLabel(sb, y, first, last, x - column / 2, column);
        }
        return sb.append("</svg>").toString();
    }

    private static StringBuilder open(String id, String title, String desc, int years) {
        int width = WIDTH;
        StringBuilder sb = new StringBuilder();
        sb.append("<svg class=\"year-chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(width)
                .append(' ').append(HEIGHT).append("\" role=\"img\" aria-labelledby=\"").append(id).append(' ')
                .append(id).append("-desc\"><title id=\"").append(id).append("\">").append(escape(title))
                .append("</title><desc id=\"").append(id).append("-desc\">").append(escape(desc)).append("</desc>");
        return sb;
    }

    private static void axis(StringBuilder sb, int max, double plot) {
        sb.append("<line class=\"axis\" x1=\"").append(LEFT).append("\" x2=\"").append(LEFT).append("\" y1=\"")
                .append(TOP).append("\" y2=\"").append(f(TOP + plot)).append("\"/>");
        sb.append("<text class=\"tick\" x=\"").append(LEFT - 6).append("\" y=\"").append(TOP + 4)
                .append("\" text-anchor=\"end\">").append(max).append("</text>");
        sb.append("<text class=\"tick\" x=\"").append(LEFT - 6).append("\" y=\"").append(f(TOP + plot))
                .append("\" text-anchor=\"end\">0</text>");
    }

    private static void yearLabel(StringBuilder sb, int y, int first, int last, double x, double column) {
        int every = column >= 30 ? 1 : column >= 12 ? 5 : 10;
        if (y == first || y == last || y % every == 0 && y - first >= every / 2 && last - y >= every / 2) {
            sb.append("<text class=\"tick\" x=\"").append(f(x + column / 2)).append("\" y=\"").append(HEIGHT - 8)
                    .append("\" text-anchor=\"middle\">").append(y).append("</text>");
        }
    }

    private static double column(int years) {
        return Math.min(MAX_COLUMN, (double) (WIDTH - LEFT - RIGHT) / years);
    }

    private static String number(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : SvgNumbers.oneDecimal(v);
    }

    private static String f(double v) {
        return SvgNumbers.oneDecimal(v);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
