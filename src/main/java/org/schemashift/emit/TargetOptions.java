package org.schemashift.emit;

/**
 * What the user asks of a target beyond the defaults. {@code grants}: write the source's GRANT
 * statements ({@code convert --grants}); by default they are only reported, because the grantee
 * roles must exist before a GRANT runs.
 */
public record TargetOptions(boolean grants) {
    public static final TargetOptions DEFAULTS = new TargetOptions(false);
}
