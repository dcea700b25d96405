package org.schemashift.apply;

import java.io.PrintWriter;

/**
 * One line per object on the terminal, "[12/240] table shop.orders ... created", started before
 * the object runs so a long index build shows which object is running.
 */
public final class ApplyProgress {
    private final PrintWriter out;
    private final boolean dryRun;
    private boolean lineOpen;

    public ApplyProgress(PrintWriter out, boolean dryRun) {
        this.out = out;
        this.dryRun = dryRun;
    }

    /** No output (for callers that print their own summary). */
    public static ApplyProgress silent() {
        return new ApplyProgress(new PrintWriter(java.io.Writer.nullWriter()), false);
    }

    void starting(int index, int total, ScriptObject object) {
        out.print(prefix(index, total, object) + " ...");
        out.flush();
        lineOpen = true;
    }

    void finished(int index, int total, ObjectResult result) {
        if (!lineOpen) out.print(prefix(index, total, result.object()) + " ...");
        lineOpen = false;
        out.println(" " + word(result.outcome()) + (result.message() == null ? "" : ": " + result.message()));
        if (dryRun && result.outcome() == ObjectResult.Outcome.CREATED) {
            result.object().statements().forEach(sql -> out.println("    " + sql.replace("\n", "\n    ")));
        }
        out.flush();
    }

    private static String prefix(int index, int total, ScriptObject object) {
        return "[" + index + "/" + total + "] " + object.describe();
    }

    private String word(ObjectResult.Outcome outcome) {
        if (!dryRun) return outcome.id().replace('_', ' ');
        switch (outcome) {
            case CREATED:
                return "would be created";
            case FAILED:
                return "would fail";
            case REFUSED:
                return "would be refused";
            default:
                return outcome.id().replace('_', ' ');
        }
    }
}
