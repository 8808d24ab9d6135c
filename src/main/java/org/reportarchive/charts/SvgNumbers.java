package org.reportarchive.charts;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Numbers as the charts write them into SVG attributes. */
public final class SvgNumbers {

    private SvgNumbers() {
    }

    /**
     * A number with one decimal ({@code 12.3}), rounded half up from its shortest decimal form: what
     * {@code String.format(Locale.ROOT, "%.1f", v)} writes, without a formatter for every coordinate.
     */
    public static String oneDecimal(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v) || v < 0 || v == 0 && 1 / v < 0) {
            return String.format(java.util.Locale.ROOT, "%.1f", v); // not a coordinate the charts make (-0.04: -0.0)
        }
        return BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }
}
