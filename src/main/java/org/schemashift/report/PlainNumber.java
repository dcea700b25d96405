package org.schemashift.report;

import java.math.BigDecimal;

/** Hours and percentages as people write them: 2, 0.25, 87.5 (no trailing zeros, no exponent), on every locale. */
final class PlainNumber {
    private PlainNumber() {
    }

    static String format(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
