package org.schemashift.convert;

import java.util.Optional;
import java.util.function.Supplier;
import org.schemashift.model.GeneralCode;
import org.schemashift.model.ObjectKind;
import org.schemashift.model.ObjectName;
import org.schemashift.model.SourceSpan;
import org.schemashift.model.UnconvertedObject;

/**
 * Runs the conversion of one object so that a failure inside SchemaShift (a bug, or a tree nested
 * deeper than the stack allows) costs that object only: it becomes an SS-GEN-0055 item naming the
 * error and where it happened, the object is left out, and the run goes on. So does one whose
 * work outlasts its {@link ObjectBudget}.
 */
public final class ObjectGuard {
    private final ActionItems items;

    public ObjectGuard(ActionItems items) {
        this.items = items;
    }

    /** {@code work}'s result, or empty after reporting its failure on {@code what} at {@code span}. */
    public <T> Optional<T> run(String what, SourceSpan span, Supplier<T> work) {
        return run(what, span, work, () -> { });
    }

    /**
     * {@code work}'s conversion of the model object {@code kind name}, or empty after reporting its
     * failure and recording the object as not converted ({@link ActionItems#unconverted}).
     */
    public <T> Optional<T> run(ObjectKind kind, ObjectName name, SourceSpan span, Supplier<T> work) {
        String what = kind.id() + " " + name;
        return run(what, span, work, () -> items.notConverted(new UnconvertedObject(kind, name, what, span)));
    }

    private <T> Optional<T> run(String what, SourceSpan span, Supplier<T> work, Runnable failed) {
        boolean clocked = ObjectBudget.start();
        try {
            return Optional.ofNullable(work.get());
        } catch (RuntimeException | StackOverflowError e) {
            String why = e instanceof ObjectBudget.Exceeded ? e.getMessage() : "internal error " + diagnostic(e);
            items.add(GeneralCode.INTERNAL_FAILURE, span, what + ": " + why + "; left out of the output");
            failed.run();
            return Optional.empty();
        } finally {
            if (clocked) ObjectBudget.stop();
        }
    }

    /** "NullPointerException at TypeResolver.java:42": the error and its innermost SchemaShift frame. */
    static String diagnostic(Throwable e) {
        String where = "";
        for (StackTraceElement frame : e.getStackTrace()) {
            if (frame.getClassName().startsWith("org.schemashift.")) {
                where = " at " + frame.getFileName() + ":" + frame.getLineNumber();
                break;
            }
        }
        String message = e instanceof StackOverflowError ? "(nested too deeply)" : e.getMessage() == null ? "" : "(" + e.getMessage() + ")";
        String text = e.getClass().getSimpleName() + (message.isEmpty() ? "" : " " + message) + where;
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }
}
