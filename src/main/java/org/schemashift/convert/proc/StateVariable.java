package org.schemashift.convert.proc;

import java.util.List;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.schemashift.model.PackageState;
import org.schemashift.model.proc.ProcType;
import org.schemashift.model.sql.PseudoFunctions;

/**
 * A package variable kept for the session: read through its getter function, written through its
 * setter procedure, both in the package's schema ({@code V__GET()}, {@code V__SET(value)}); {@code pkg}
 * is the package's name.
 */
record StateVariable(String pkg, String schema, String variable, ProcType type) {

    static final String SETTER_SUFFIX = "__SET";

    SqlIdentifier getter() {
        return new SqlIdentifier(List.of(schema, PackageState.getter(variable)), SqlParserPos.ZERO);
    }

    SqlIdentifier setter() {
        return new SqlIdentifier(List.of(schema, variable + SETTER_SUFFIX), SqlParserPos.ZERO);
    }

    /** A read of the variable: a call of its getter. */
    SqlCall read(SqlParserPos pos) {
        return PseudoFunctions.function(getter()).createCall(pos);
    }

    /** The local copy an INTO target or OUT argument reads into before the setter stores it. */
    String localCopy() {
        return schema + "__" + variable;
    }
}
