package org.schemashift.emit;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.util.List;
import java.util.Map;

/**
 * One rule of a target's {@code write:} section ({@code mappings/functions/<target>.yaml}): how
 * the target spells calls of the canonical operators {@code op} (names resolved by
 * {@code CanonicalOperators.named}), or casts to the canonical type {@code cast}. Optional
 * conditions: {@code args} (the call has this many operands) and {@code when} (operand n is the
 * literal given, case-insensitively). Then exactly one of: {@code to}, the target's SQL with
 * {0}, {1}, ... for the operands and {*} for all of them (for {@code cast}: the target type, with
 * {precision} and {scale} when the cast has them, or an expression of the cast's operand {0}); {@code java}, the id of the target's Java
 * spelling rule; {@code unsupported}, why the target cannot express it (an action item is raised
 * where it occurs). With none of them, the target's Calcite dialect spells the operator as it is.
 * {@code action} names an action-item code raised where the rule applies, with {@code note}.
 */
public record WriteRule(String id,
                        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> op,
                        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> cast, Integer args, Map<Integer, String> when, String to, String java,
                        String unsupported, String action, String note) {

    /** The target's spelling rules, {@code mappings/functions/<target>.yaml}'s {@code write:} section, in the order they are tried. */
    public static List<WriteRule> of(String target) {
        return WriteRules.bundled(target);
    }
}
