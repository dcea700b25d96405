package org.schemashift.source.oracle;

import java.math.BigDecimal;
import org.schemashift.source.oracle.grammar.OracleParser.SignedNumberContext;

/** Sequence and identity numbers: Oracle allows 28 digits, the model (and PostgreSQL) a bigint. */
final class OracleNumbers {
    private static final BigDecimal MAX = BigDecimal.valueOf(Long.MAX_VALUE);
    private static final BigDecimal MIN = BigDecimal.valueOf(Long.MIN_VALUE);

    private OracleNumbers() {
    }

    /** The value, or null when it does not fit a bigint: the target's own limit then applies. */
    static Long bigint(SignedNumberContext ctx) {
        BigDecimal value = new BigDecimal(ctx.getText());
        if (value.compareTo(MAX) > 0 || value.compareTo(MIN) < 0) return null;
        return value.longValue();
    }
}
