package org.schemashift.model.sql;

import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An Oracle format model as the canonical format operators hold it ({@code 'YYYY-MM-DD HH24:MI:SS'}):
 * elements, and literal text in double quotes that no rewrite may touch.
 */
public final class FormatModel {
    private static final Pattern QUOTED_OR_ELEMENTS = Pattern.compile("\"[^\"]*\"|[^\"]+");

    private FormatModel() {
    }

    /** {@code model} with {@code rewrite} applied to each stretch of elements outside double quotes. */
    public static String rewriteElements(String model, UnaryOperator<String> rewrite) {
        StringBuilder out = new StringBuilder();
        Matcher part = QUOTED_OR_ELEMENTS.matcher(model);
        while (part.find()) {
            String text = part.group();
            out.append(text.startsWith("\"") ? text : rewrite.apply(text));
        }
        return out.toString();
    }

    /** {@code model} without its double-quoted literal text. */
    public static String elements(String model) {
        return model.replaceAll("\"[^\"]*\"", "");
    }
}
