package org.schemashift.convert;

import java.util.List;
import org.schemashift.model.ActionCode;
import org.schemashift.model.CanonicalType;

/**
 * How one source type is written in the target, and by which rules: {@code spelling} is the target
 * type; {@code canonical} what it means (null when a direct rule spelled the source type at once);
 * {@code ruleId} the rule, or the read and write rules joined by "+" ("ORA-T003+PG-T012");
 * {@code check} a member check the target needs (enum, set) or null; {@code declare} a type the
 * column needs of its own (enum, {@link TypeRule#DECLARE_ENUM}) or null; {@code actions} the action
 * codes the rules raise, the source's first.
 */
public record TypeResolution(String spelling, CanonicalType canonical, String ruleId, String check, String declare,
                             List<ActionCode> actions) {

    public TypeResolution {
        actions = List.copyOf(actions);
    }
}
