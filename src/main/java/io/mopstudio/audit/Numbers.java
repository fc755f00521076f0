package io.mopstudio.audit;

import java.math.BigDecimal;

/** Numbers as a reviewer reads them: no trailing ".0", at most three decimals. */
final class Numbers {

    private Numbers() {
    }

    static String plain(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return String.valueOf(value);
        }
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(3, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
    }
}
