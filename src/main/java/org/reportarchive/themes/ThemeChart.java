package org.reportarchive.themes;

import java.util.List;
import java.util.Map;
import org.reportarchive.charts.SvgNumbers;
import org.reportarchive.model.Theme;
import org.reportarchive.model.ThemeShare;

/**
 * A report's theme profile as a small horizontal bar chart in SVG, drawn at build time (no script): one bar per
 * theme, its length the theme's share of the report's text.
 */
public final class ThemeChart {

    private static final int WIDTH = 640;
    private static final int LABEL = 190;
    private static final int ROW = 26;
    private static final int BAR = 16;

    private ThemeChart() {
    }

    /** The SVG element, or an empty string for a report without themes. */
    public static String svg(String id, List<ThemeShare> shares, Map<String, Theme> themes) {
        if (shares.isEmpty()) {
            return "";
        }
        double max = shares.stream().mapToDouble(ThemeShare::share).max().orElse(1);
        int height = shares.size() * ROW + 8;
        StringBuilder sb = new StringBuilder();
        sb.append("<svg class=\"theme-chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH)
                .append(' ').append(height).append("\" role=\"img\" aria-labelledby=\"").append(id).append("\">")
                .append("<title id=\"").append(id).append("\">各主题在本文中所占篇幅</title>");
        int y = 4;
        for (ThemeShare e : shares) {
            Theme t = themes.get(e.slug());
            String name = t == null ? e.slug() : t.name();
            double length = (WIDTH - LABEL - 60) * e.share() / max;
            sb.append("<text x=\"").append(LABEL - 8).append("\" y=\"").append(y + BAR - 3)
                    .append("\" text-anchor=\"end\" class=\"label\">").append(escape(name)).append("</text>")
                    .append("<rect x=\"").append(LABEL).append("\" y=\"").append(y).append("\" width=\"")
                    .append(SvgNumbers.oneDecimal(Math.max(1, length))).append("\" height=\"").append(BAR)
                    .append("\" class=\"bar\"/>")
                    .append("<text x=\"").append(SvgNumbers.oneDecimal(LABEL + length + 6)).append("\" y=\"")
                    .append(y + BAR - 3).append("\" class=\"value\">").append(percent(e.share())).append("</text>");
            y += ROW;
        }
        return sb.append("</svg>").toString();
    }

    public static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
