package org.schemashift.model.proc;

import java.util.List;
import org.schemashift.model.SourceSpan;

/**
 * A block: declarations, statements, and the handlers that catch conditions raised by those
 * statements. The body of every routine and trigger is one; Oracle's nested BEGIN ... END, MySQL's
 * BEGIN ... END with DECLARE ... HANDLER, and T-SQL's BEGIN TRY ... END TRY BEGIN CATCH ... END CATCH
 * (an {@link Handler.Kind#EXIT} handler for {@link Condition.Standard#ANY_ERROR}) are others.
 * {@code label} is null when the block has none.
 */
public record Block(String label, List<Declaration> declarations, List<Statement> statements, List<Handler> handlers,
                    SourceSpan span) implements Statement {
    public Block {
        declarations = List.copyOf(declarations);
        statements = List.copyOf(statements);
        handlers = List.copyOf(handlers);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitBlock(this);
    }
}
