package org.reportarchive.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SvgNumbersTest {

    private static void same(double v) {
        assertEquals(String.format(Locale.ROOT, "%.1f", v), SvgNumbers.oneDecimal(v), "for " + v);
    }

    @Test
    void writesWhatTheFormatterWrites() {
        for (double v : new double[] {0, 1, 0.05, 0.15, 0.25, 1.45, 2.55, 9.95, 99.95, 123.449999, 123.45, -0.05,
            -1.45, -3.0, -0.04, -1e-5, 1e-9, 12345678.95, 1e17, Double.MIN_VALUE, -0.0, Double.NaN}) {
            same(v);
        }
        Random random = new Random(7);
        for (int i = 0; i < 100_000; i++) {
            same(random.nextDouble() * 1000);
            same(Math.round(random.nextDouble() * 100_000) / 100.0); // two decimals: halves are common
            same((random.nextInt(3000) + 0.5) / 10 * (random.nextBoolean() ? 1 : -1));
        }
    }
}
