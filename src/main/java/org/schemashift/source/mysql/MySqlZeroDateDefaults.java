package org.schemashift.source.mysql;

import java.util.regex.Pattern;
import org.schemashift.convert.ActionItems;
import org.schemashift.convert.DefaultLiterals;
import org.schemashift.model.DataType;
import org.schemashift.model.Expr;
import org.schemashift.model.SourceSpan;

/**
 * A MySQL fact about defaults: '0000-00-00' (with or without a time) is MySQL's zero date, a
 * placeholder for "no date" that is no valid date anywhere else (and not in MySQL 8.0 either under
 * its default NO_ZERO_DATE mode). The default is left out with an action item, never replaced by a
 * made-up date.
 */
final class MySqlZeroDateDefaults implements DefaultLiterals {
    private static final Pattern ZERO_DATE = Pattern.compile("^'?0000-00-00.*");

    @Override
    public Expr adapt(Expr value, DataType targetType, SourceSpan span, String where, ActionItems items) {
        if (!ZERO_DATE.matcher(value.sourceText().trim()).matches()) return value;
        items.add(MySqlCode.ZERO_DATE_DEFAULT, span, where + ": DEFAULT " + value.sourceText() + " left out");
        return null;
    }
}
