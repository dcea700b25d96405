package org.schemashift.convert.proc;

import java.util.List;
import java.util.Locale;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlUnresolvedFunction;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.schemashift.convert.ExpressionRule;
import org.schemashift.convert.RuleContext;
import org.schemashift.model.proc.Declaration;
import org.schemashift.model.proc.ProcOperators;
import org.schemashift.model.proc.ProcOperators.CollectionMethod;
import org.schemashift.model.proc.ProcType;
import org.schemashift.model.sql.PseudoFunctions;
import org.schemashift.source.oracle.OracleCode;

/**
 * Names that read a collection variable, which the builder writes as PL/SQL does: {@code V.COUNT}
 * (and FIRST, LAST, LIMIT) and {@code V.EXISTS(i)}, {@code V.NEXT(i)}, ... become
 * {@link ProcOperators#collection} calls; {@code V(i)} becomes the element access ({@code ITEM}). A
 * constructor, a call named after a collection type in scope ({@code T(a, b)}), stays as it is for
 * the writer, which knows the element type.
 */
final class CollectionMethodRule implements ExpressionRule {
    private final ProcScope scope;

    CollectionMethodRule(ProcScope scope) {
        this.scope = scope;
    }

    @Override
    public String id() {
        return "PROC-R002";
    }

    @Override
    public SqlNode rewrite(SqlNode node, RuleContext context) {
        if (node instanceof SqlCall dot && dot.getKind() == SqlKind.DOT && PseudoFunctions.name(dot.operand(1)) != null) {
            // v(i).f(j): no object method took it (ObjectMethodRule comes first), so f is a collection field of a value
            // whose type only the writer could know; "(v[i]).f(j)" would not parse
            context.unsupported(OracleCode.ELEMENT_OF_FIELD_OF_EXPRESSION, dot.toString(), dot + ": element or method of collection"
                    + " field " + PseudoFunctions.name(dot.operand(1)) + " of an expression's value");
            return null;
        }
        if (node instanceof SqlIdentifier id && id.names.size() >= 2) return method(id.names, id, List.of());
        if (!(node instanceof SqlCall call) || !(call.getOperator() instanceof SqlUnresolvedFunction f)
                || f.getSqlIdentifier() == null) {
            return null;
        }
        List<String> names = names(f.getSqlIdentifier());
        if (names.size() <= 2 && scope.type(new ProcType.Named(names)) instanceof Declaration.CollectionType) {
            // a new call: a constructor is no unknown function, and the writer builds the collection from it (T or PKG.T)
            return PseudoFunctions.function(new SqlIdentifier(names, f.getSqlIdentifier().getParserPosition()))
                    .createCall(call.getParserPosition(), call.getOperandList().toArray(SqlNode[]::new));
        }
        Symbol collection = collection(names);
        if (collection != null && call.operandCount() == 1) {
            return SqlStdOperatorTable.ITEM.createCall(call.getParserPosition(), scope.reference(collection, names, call), call.operand(0));
        }
        return names.size() >= 2 ? method(names, call, call.getOperandList()) : null;
    }

    /** The parts of a called name: the SQL reader writes {@code v.EXISTS(i)} as the one name "V.EXISTS", as it does {@code PKG.F(x)}. */
    static List<String> names(SqlIdentifier function) {
        return function.isSimple() && function.getSimple().indexOf('.') > 0 ? List.of(function.getSimple().split("\\."))
                : function.names;
    }

    /** {@code prefix.METHOD(arguments)} when the prefix is a collection and METHOD one of its methods, else null. */
    private SqlNode method(List<String> names, SqlNode at, List<SqlNode> arguments) {
        List<String> prefix = names.subList(0, names.size() - 1);
        Symbol collection = collection(prefix);
        CollectionMethod method = methodNamed(names.get(names.size() - 1));
        if (collection == null || method == null) return null;
        if (method == CollectionMethod.LIMIT && collection.isState()) return limit(collection, at);
        return ProcOperators.collection(method, scope.reference(collection, prefix, at), at.getParserPosition(),
                arguments.toArray(SqlNode[]::new));
    }

    /**
     * LIMIT of a package variable, which the writer sees only as its getter's value: the VARRAY's
     * declared size, NULL for any other collection (PL/SQL Language Reference, "LIMIT Collection Method").
     */
    private SqlNode limit(Symbol collection, SqlNode at) {
        Declaration.CollectionType type = scope.collectionType(collection);
        return type == null || type.maxSize() == null ? SqlLiteral.createNull(at.getParserPosition())
                : SqlLiteral.createExactNumeric(String.valueOf(type.maxSize()), at.getParserPosition());
    }

    private Symbol collection(List<String> names) {
        Symbol symbol = scope.resolve(names);
        return symbol != null && symbol.kind() == Symbol.Kind.COLLECTION ? symbol : null;
    }

    static CollectionMethod methodNamed(String name) {
        for (CollectionMethod method : CollectionMethod.values()) {
            if (method.name().equals(name.toUpperCase(Locale.ROOT))) return method;
        }
        return null;
    }
}
