package org.schemashift.model.proc;

import java.util.List;
import org.schemashift.model.SourceSpan;

/**
 * What runs when one of {@code conditions} is raised inside the handler's block: an Oracle
 * {@code EXCEPTION WHEN}, a T-SQL CATCH (an {@link Kind#EXIT} handler for any error) or a MySQL
 * {@code DECLARE CONTINUE|EXIT HANDLER}.
 */
public record Handler(List<Condition> conditions, Kind kind, List<Statement> body, SourceSpan span) {
    public Handler {
        conditions = List.copyOf(conditions);
        body = List.copyOf(body);
    }

    /** After the body: leave the block (EXIT) or go on with the statement after the one that raised (CONTINUE, MySQL only). */
    public enum Kind { EXIT, CONTINUE }

    public boolean catches(Condition condition) {
        return conditions.contains(condition);
    }
}
