package org.schemashift.emit.postgresql;

import java.util.List;
import java.util.stream.Collectors;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.schemashift.model.proc.Block;
import org.schemashift.model.proc.Condition;
import org.schemashift.model.proc.Declaration;
import org.schemashift.model.proc.Unsupported;

/**
 * Writes blocks: label, DECLARE section, statements under the block's handlers, EXCEPTION clause.
 * The body is written before the DECLARE section, because writing it decides which variables the
 * writer itself needs; those are declared in the outermost block.
 */
final class PlPgSqlBlockWriter implements Declaration.Visitor<Void> {
    private final PlPgSqlWriter writer;
    private final PlPgSqlTypes types;

    PlPgSqlBlockWriter(PlPgSqlWriter writer) {
        this.writer = writer;
        this.types = new PlPgSqlTypes(writer.context());
    }

    void block(Block block) {
        write(block, false, List.of(), List.of());
    }

    /**
     * The outermost block of a body; {@code opening} lines come before its statements, {@code closing}
     * lines end them (a trigger's RETURN).
     */
    void outermost(Block block, List<String> opening, List<String> closing) {
        write(block, true, opening, closing);
    }

    private void write(Block block, boolean outermost, List<String> opening, List<String> closing) {
        PlPgSqlText out = writer.out();
        int inner = out.depth() + 1;
        PlPgSqlText[] exceptionClause = new PlPgSqlText[1];
        PlPgSqlText body = writer.render(inner, () -> {
            opening.forEach(writer.out()::line);
            exceptionClause[0] = writer.handlers().writeStatements(block);
            closing.forEach(writer.out()::line);
        });
        PlPgSqlText declarations = writer.render(inner, () -> {
            block.declarations().forEach(d -> d.accept(this));
            if (outermost) writer.context().generatedVariables().forEach((name, type) -> writer.out().line(name + " " + type + ";"));
        });
        String label = block.label() == null ? null : writer.context().name(block.label());
        if (label != null) out.line("<<" + label + ">>");
        if (!declarations.isEmpty()) out.line("DECLARE").append(declarations);
        out.line("BEGIN").append(body);
        if (body.isEmpty()) out.indent().line("NULL;").outdent();
        if (exceptionClause[0] != null) out.line("EXCEPTION").append(exceptionClause[0]);
        out.line(label == null ? "END;" : "END " + label + ";");
    }

    @Override
    public Void visitVariable(Declaration.Variable variable) {
        PlPgSqlContext context = writer.context();
        StringBuilder line = new StringBuilder(context.name(variable.name()));
        if (variable.constant()) line.append(" CONSTANT");
        SqlIdentifier name = new SqlIdentifier(variable.name(), SqlParserPos.ZERO);
        boolean withGaps = context.collections().holdsScalarGaps(name);
        line.append(' ').append(withGaps ? "jsonb[]" : types.spell(variable.type()));
        if (variable.notNull()) line.append(" NOT NULL");
        if (withGaps) {
            context.items.decided(variable.span(), "plpgsql.scalar-collection-with-gaps", "nested table " + variable.name()
                    + " is written as jsonb[] (one JSON value per element, NULL where DELETE(i) left a gap)");
        }
        if (variable.initialValue() != null) {
            line.append(" := ").append(context.expression(context.collections().assigned(name, variable.initialValue())));
        } else if (context.associativeArrays().of(name) != null) {
            line.append(" := '{}'");   // an associative array starts empty, not NULL
        }
        writer.out().line(line + ";");
        return null;
    }

    @Override
    public Void visitCursor(Declaration.Cursor cursor) {
        PlPgSqlContext context = writer.context();
        String parameters = cursor.parameters().isEmpty() ? "" : cursor.parameters().stream()
                .map(p -> context.name(p.name()) + " " + types.spell(p.type())).collect(Collectors.joining(", ", " (", ")"));
        writer.out().line(context.name(cursor.name()) + (cursor.scroll() ? " SCROLL" : "") + " CURSOR" + parameters
                + " FOR " + context.query(cursor.query()) + ";");
        return null;
    }

    @Override
    public Void visitNamedCondition(Declaration.NamedCondition condition) {
        // PL/pgSQL declares no conditions: handlers and RAISE use the SQLSTATE directly
        writer.out().line("-- condition " + condition.name() + ": SQLSTATE '"
                + writer.conditions().sqlState(new Condition.Named(condition.name())) + "'");
        return null;
    }

    @Override
    public Void visitRecordType(Declaration.RecordType type) {
        writer.context().notExpressible(type.span(), "PL/pgSQL declares no types in a block: variables of " + type.name()
                + " are written as record, which takes its fields from the row a SELECT INTO or FETCH puts in it; where a field"
                + " is assigned first, create " + type.name() + " as a composite type (CREATE TYPE ... AS) and declare them with it",
                "TYPE " + type.name() + " IS RECORD ("
                + types.fields(type.fields()) + ");", writer.out());
        return null;
    }

    @Override
    public Void visitCollectionType(Declaration.CollectionType type) {
        if (PlPgSqlAssociativeArrays.isJsonb(type) && writer.context().associativeArrays().readableElement(type) != null) {
            writer.context().items.decided(type.span(), "plpgsql.associative-array-as-jsonb", "associative array type "
                    + type.name() + " is written as jsonb, keyed by " + types.spell(type.indexType()) + " as text");
            writer.out().line("-- type " + type.name() + ": jsonb (" + types.spell(type.indexType()) + " keys)");
            return null;
        }
        if (PlPgSqlAssociativeArrays.isArrayOfRows(type)) {
            // a package's type is declared again in each routine of the package: one item at the type
            writer.context().items.addOnce(PostgresqlCode.ROWS_BY_INTEGER_AS_ARRAY, type.span(), "associative array type " + type.name()
                    + " is written as " + types.asElement(type.element()) + "[]");
            writer.out().line("-- type " + type.name() + ": " + types.asElement(type.element()) + "[] (integer keys)");
            return null;
        }
        if (type.indexType() != null) {
            writer.context().notExpressible(type.span(), "an associative array of " + types.spell(type.element()) + " rows (INDEX BY "
                    + types.spell(type.indexType()) + ") has no PL/pgSQL equivalent when its rows have no composite type (a block's record type, a cursor's"
                    + " row): create one (CREATE TYPE ... AS) for the array's jsonb values to be read back into", "TYPE " + type.name() + " IS TABLE OF "
                    + types.spell(type.element()) + " INDEX BY " + types.spell(type.indexType()) + ";", writer.out());
            return null;
        }
        writer.context().items.decided(type.span(), "plpgsql.collection-as-array",
                "collection type " + type.name() + " is written as " + types.asElement(type.element()) + "[]");
        writer.out().line("-- type " + type.name() + ": " + types.asElement(type.element()) + "[]");
        return null;
    }

    @Override
    public Void visitSubprogram(Declaration.Subprogram subprogram) {
        writer.context().notExpressible(subprogram.span(), "PL/pgSQL has no nested subprograms: create "
                + subprogram.name() + " as a routine of its own", (subprogram.signature().returns() == null ? "PROCEDURE " : "FUNCTION ")
                + subprogram.name() + " ...", writer.out());
        return null;
    }

    @Override
    public Void visitUnsupported(Unsupported unsupported) {
        writer.unsupported(unsupported);
        return null;
    }
}
