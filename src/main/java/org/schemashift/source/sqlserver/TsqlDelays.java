package org.schemashift.source.sqlserver;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The length of a WAITFOR DELAY given as text: {@code hh:mm[:ss[.fff]]}, a time of day's form read as
 * a duration (https://learn.microsoft.com/sql/t-sql/language-elements/waitfor-transact-sql).
 */
final class TsqlDelays {
    private static final Pattern DELAY = Pattern.compile("\\s*(\\d{1,2}):(\\d{1,2})(?::(\\d{1,2})(\\.\\d{1,7})?)?\\s*");

    private TsqlDelays() {
    }

    /** The delay in seconds; a text of another form is not converted. */
    static BigDecimal seconds(String delay) {
        Matcher m = DELAY.matcher(delay);
        if (!m.matches()) throw new TsqlExpressions.NotConverted("WAITFOR DELAY '" + delay + "' is not of the form hh:mm[:ss[.fff]]");
        BigDecimal seconds = BigDecimal.valueOf(Long.parseLong(m.group(1)) * 3600 + Long.parseLong(m.group(2)) * 60
                + (m.group(3) == null ? 0 : Long.parseLong(m.group(3))));
        return m.group(4) == null ? seconds : seconds.add(new BigDecimal("0" + m.group(4)));
    }
}
