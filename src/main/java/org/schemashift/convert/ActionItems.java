package org.schemashift.convert;

import java.util.ArrayList;
import java.util.List;
import org.schemashift.model.ActionCode;
import org.schemashift.model.ActionItem;
import org.schemashift.model.SourceSpan;

/** Collects the action items the convert and target stages raise, in the order raised. */
public final class ActionItems {
    private final List<ActionItem> items = new ArrayList<>();

    public void add(ActionCode code, SourceSpan span, String message) {
        items.add(code.at(span, message));
    }

    public List<ActionItem> all() {
        return List.copyOf(items);
    }
}
