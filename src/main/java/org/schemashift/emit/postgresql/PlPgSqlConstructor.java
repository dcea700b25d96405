package org.schemashift.emit.postgresql;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.schemashift.model.Routine;
import org.schemashift.model.proc.Block;
import org.schemashift.model.proc.Declaration;
import org.schemashift.model.proc.Parameter;
import org.schemashift.model.proc.ProcRewriter;
import org.schemashift.model.proc.ProcType;
import org.schemashift.model.proc.RoutineBody;
import org.schemashift.model.proc.RoutineSignature;
import org.schemashift.model.proc.Statement;

/**
 * A user-defined constructor of an object type (Oracle {@code CONSTRUCTOR FUNCTION t(...) RETURN SELF
 * AS RESULT}), which the builder hands over as the function {@code <TYPE>_<TYPE>} returning the type.
 * Oracle gives the body a SELF whose attributes start NULL and returns it at a bare RETURN; in PL/pgSQL
 * SELF is a local variable of the composite type (NULL attributes too) and every bare RETURN returns it.
 * A SELF parameter, if the builder passed one, is that local instead.
 */
final class PlPgSqlConstructor {
    private static final String SELF = "SELF";

    private PlPgSqlConstructor() {
    }

    /** True for the function {@code T_T} returning the type T. */
    static boolean is(Routine routine) {
        return routine.constructedType() != null;
    }

    /** The constructor with SELF declared in its body and returned by its bare RETURNs. */
    static Routine withSelf(Routine constructor) {
        ProcType type = constructor.signature().returns().type();
        List<Parameter> parameters = constructor.signature().parameters().stream()
                .filter(p -> !p.name().equalsIgnoreCase(SELF)).toList();
        Block block = (Block) new ReturnsSelf().visitBlock(constructor.body().block());
        List<Declaration> declarations = new ArrayList<>();
        declarations.add(new Declaration.Variable(SELF, type, null, false, false, block.span()));
        declarations.addAll(block.declarations());
        Block declared = new Block(block.label(), declarations, block.statements(), block.handlers(), block.span());
        return new Routine(constructor.name(), constructor.kind(), new RoutineSignature(parameters, constructor.signature().returns()),
                new RoutineBody(declared, constructor.body().nameConflict()), constructor.sourceText(), constructor.span(),
                constructor.traits());
    }

    private static final class ReturnsSelf extends ProcRewriter {
        @Override
        public Statement visitReturn(Statement.Return statement) {
            if (statement.value() != null) return statement;
            return new Statement.Return(new SqlIdentifier(SELF, SqlParserPos.ZERO), statement.span());
        }
    }
}
