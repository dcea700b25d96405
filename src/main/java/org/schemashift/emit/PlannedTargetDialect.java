package org.schemashift.emit;

import java.util.List;
import org.schemashift.convert.ActionItems;
import org.schemashift.model.Catalog;
import org.schemashift.model.NameCase;
import org.schemashift.plan.DdlPlan;
import org.schemashift.plan.DdlPlanner;

/**
 * A target that works the common way: the {@link DdlPlanner} plans the catalog from the target's
 * capabilities, and the target spells each planned step ({@link #spelling}).
 */
public abstract class PlannedTargetDialect implements TargetDialect {
    private final String id;
    private final String version;
    private final TargetCapabilities capabilities;

    protected PlannedTargetDialect(String id, String version, TargetCapabilities capabilities) {
        this.id = id;
        this.version = version;
        this.capabilities = capabilities;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String version() {
        return version;
    }

    @Override
    public final TargetCapabilities capabilities() {
        return capabilities;
    }

    @Override
    public final List<EmittedObject> emit(Catalog catalog, NameCase sourceNameCase, ActionItems items, TargetOptions options) {
        DdlPlan plan = new DdlPlanner(capabilities, sourceNameCase, items, options).plan(catalog);
        return spelling(plan, items).write(plan, items);
    }

    /** This target's writers for the steps of {@code plan}. */
    protected abstract StepSpelling spelling(DdlPlan plan, ActionItems items);
}
