package org.schemashift.convert;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.schemashift.model.ActionCode;
import org.schemashift.model.ActionItem;
import org.schemashift.model.BuiltinCall;
import org.schemashift.model.Decision;
import org.schemashift.model.RenamedName;
import org.schemashift.model.SourceSpan;
import org.schemashift.model.UnconvertedObject;

/**
 * Collects the action items the convert and emit stages raise, the automated decisions they make
 * (which rule converted what), the calls of source built-ins they met and the names rename rules
 * gave, and the objects the convert stage failed on, each in the order raised.
 */
public final class ActionItems {
    private final List<ActionItem> items = new ArrayList<>();
    private final List<Decision> decisions = new ArrayList<>();
    private final List<BuiltinCall> builtinCalls = new ArrayList<>();
    private final List<RenamedName> renamed = new ArrayList<>();
    private final List<UnconvertedObject> unconverted = new ArrayList<>();
    /** The items {@link #addOnce} raised: where each is in {@link #items} and how many times it was raised. */
    private final Map<String, int[]> once = new HashMap<>();

    public void add(ActionCode code, SourceSpan span, String message) {
        items.add(code.at(span, message));
    }

    /**
     * An item about a declaration that every routine using it repeats (a package's type, declared
     * again in each routine of the package): raised once at the declaration, its message counting the
     * routines that met it when more than one did.
     */
    public void addOnce(ActionCode code, SourceSpan span, String message) {
        String key = code.code() + "|" + span + "|" + message;
        int[] seen = once.get(key);
        if (seen == null) {
            once.put(key, new int[] {items.size(), 1});
            items.add(code.at(span, message));
            return;
        }
        seen[1]++;
        items.set(seen[0], code.at(span, message + " (met in " + seen[1] + " routines)"));
    }

    /** Records that rule {@code ruleId} converted what {@code message} says, at {@code span}. */
    public void decided(SourceSpan span, String ruleId, String message) {
        decisions.add(new Decision(ruleId, message, span));
    }

    /** Records a call of the source built-in {@code name}: converted by rule {@code by}, or not, for the reason code {@code by}. */
    public void calledBuiltin(SourceSpan span, String name, boolean converted, String by) {
        builtinCalls.add(new BuiltinCall(name, converted, by, span));
    }

    /** Records a name a user's rename rule decided (plan stage), for the stages that map source to target names. */
    public void renamed(RenamedName name) {
        renamed.add(name);
    }

    /** Records an object the convert stage failed on, for the emit stage to leave its place and dependents commented out. */
    public void notConverted(UnconvertedObject object) {
        unconverted.add(object);
    }

    public List<UnconvertedObject> unconverted() {
        return List.copyOf(unconverted);
    }

    public List<RenamedName> renamed() {
        return List.copyOf(renamed);
    }

    public List<BuiltinCall> builtinCalls() {
        return List.copyOf(builtinCalls);
    }

    public List<Decision> decisions() {
        return List.copyOf(decisions);
    }

    public List<ActionItem> all() {
        return List.copyOf(items);
    }
}
