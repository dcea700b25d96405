package org.schemashift.convert.proc;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.util.List;

/**
 * One rule of a dialect's {@code calls:} section ({@code mappings/functions/<dialect>.yaml}): a
 * built-in procedure called as a statement ({@code name}, with {@code args} arguments when given;
 * {@code params} names them in order, so named arguments find their place) becomes exactly one of:
 * <ul>
 *   <li>{@code assign} (an argument index) {@code :=} the canonical expression {@code to};</li>
 *   <li>{@code perform}: a canonical expression evaluated for its effect, its value discarded;</li>
 *   <li>{@code output}: a canonical expression written as output (like DBMS_OUTPUT.PUT_LINE);</li>
 *   <li>{@code nothing: true}: no statement at all (a NULL statement).</li>
 * </ul>
 * {@code action} names an item raised where the rule applies ({@code note} adds to its message).
 */
public record CallRule(String id, @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> name,
                       Integer args, List<String> params, Integer assign, String to, String perform, String output,
                       Boolean nothing, String action, String note) {

    public CallRule {
        params = params == null ? List.of() : List.copyOf(params);
    }
}
