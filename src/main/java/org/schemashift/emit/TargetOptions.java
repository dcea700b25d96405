package org.schemashift.emit;

import java.util.List;
import org.schemashift.convert.RenameRule;

/**
 * What the user asks of a target beyond the defaults. {@code grants}: write the source's GRANT
 * statements ({@code convert --grants}); by default they are only reported, because the grantee
 * roles must exist before a GRANT runs. {@code renames}: the rename rules of the user's rules file,
 * applied by the planner's naming policy.
 */
public record TargetOptions(boolean grants, List<RenameRule> renames) {
    public static final TargetOptions DEFAULTS = new TargetOptions(false);

    public TargetOptions {
        renames = List.copyOf(renames);
    }

    /** Options without renames. */
    public TargetOptions(boolean grants) {
        this(grants, List.of());
    }

    public TargetOptions withRenames(List<RenameRule> r) {
        return new TargetOptions(grants, r);
    }
}
