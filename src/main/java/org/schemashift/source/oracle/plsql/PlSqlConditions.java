package org.schemashift.source.oracle.plsql;

import java.util.ArrayList;
import java.util.List;
import org.schemashift.model.proc.Condition;
import org.schemashift.model.proc.Handler;
import org.schemashift.source.oracle.OracleNames;
import org.schemashift.source.oracle.grammar.OracleParser.ExceptionHandlerContext;
import org.schemashift.source.oracle.grammar.OracleParser.ExceptionNameContext;
import org.schemashift.source.oracle.grammar.OracleParser.ExceptionSectionContext;

/**
 * Exception names and handlers: OTHERS is {@link Condition.Standard#ANY_ERROR}, a predefined
 * exception its condition from mappings/conditions/oracle.yaml ({@link PredefinedExceptions}),
 * anything else a {@link Condition.Named} as written ({@code E}, {@code PKG.E}) for the convert stage
 * to find. Every Oracle handler is an EXIT handler.
 */
final class PlSqlConditions {
    private final UnitReading reading;

    PlSqlConditions(UnitReading reading) {
        this.reading = reading;
    }

    Condition condition(ExceptionNameContext ctx) {
        List<String> parts = ctx.identifier().stream().map(OracleNames::identifier).toList();
        String name = String.join(".", parts);
        if (name.equals("OTHERS")) return Condition.Standard.ANY_ERROR;
        // STANDARD.ZERO_DIVIDE is the predefined exception too
        String last = parts.size() == 2 && parts.get(0).equals("STANDARD") ? parts.get(1) : name;
        Condition predefined = PredefinedExceptions.instance().byName(last);
        return predefined != null ? predefined : new Condition.Named(name);
    }

    List<Handler> handlers(ExceptionSectionContext ctx) {
        List<Handler> handlers = new ArrayList<>();
        if (ctx == null) return handlers;
        for (ExceptionHandlerContext h : ctx.exceptionHandler()) {
            List<Condition> conditions = h.exceptionName().stream().map(this::condition).toList();
            handlers.add(new Handler(conditions, Handler.Kind.EXIT, reading.statements.sequence(h.statementSequence()),
                    reading.span(h)));
        }
        return handlers;
    }
}
