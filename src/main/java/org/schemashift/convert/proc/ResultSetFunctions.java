package org.schemashift.convert.proc;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.schemashift.convert.ActionItems;
import org.schemashift.emit.postgresql.PostgresqlCode;
import org.schemashift.model.ObjectKind;
import org.schemashift.model.ObjectName;
import org.schemashift.model.ObjectReference;
import org.schemashift.model.ObjectReferences;
import org.schemashift.model.Routine;
import org.schemashift.model.proc.Block;
import org.schemashift.model.proc.Declaration;
import org.schemashift.model.proc.NameConflict;
import org.schemashift.model.proc.ParameterMode;
import org.schemashift.model.proc.ProcRewriter;
import org.schemashift.model.proc.ProcType;
import org.schemashift.model.proc.Returns;
import org.schemashift.model.proc.RoutineBody;
import org.schemashift.model.proc.RoutineSignature;
import org.schemashift.model.proc.QueryColumns;
import org.schemashift.model.proc.Statement;

/**
 * Option {@code result-set-procedures: setof} (mappings/options.yaml): a procedure whose one result
 * set (a bare SELECT, or one per IF branch, each of the same columns) is all it sends back becomes a function RETURNS TABLE, its SELECT a RETURN
 * QUERY, so a caller reads the rows with {@code SELECT * FROM p(...)}. The columns are typed as the
 * table columns the SELECT names ({@link QueryColumns}). A procedure that may return several result sets in one run,
 * OUTPUT parameters, columns of unseen types, or variables that hide columns stays a procedure whose
 * result sets are refcursors (the default), with an item saying why.
 *
 * <p>The function resolves a name that is both a column and a variable as the column (its RETURNS TABLE
 * columns are variables too). T-SQL's {@code @} variables never clash; MySQL's take precedence over columns,
 * so a MySQL procedure qualifies only when no parameter or variable is named like a column of a table or
 * view its code reads, or like one of its result columns: then no name has two meanings.
 */
public final class ResultSetFunctions {
    public static final String OPTION = "result-set-procedures";
    public static final String SETOF = "setof";

    private ResultSetFunctions() {
    }

    /** {@code routine} as a function RETURNS TABLE when the option applies to it, else itself. */
    static Routine of(Routine routine, ActionItems items, Function<List<String>, Map<String, ?>> columnsOf) {
        if (routine.kind() != ObjectKind.PROCEDURE || routine.body() == null) return routine;
        List<Statement.ResultSet> sets = resultSets(routine);
        if (sets.isEmpty()) return routine;
        List<ProcType.Field> columns = QueryColumns.of(sets.get(0).query());
        boolean oneAtATime = onAnyPath(routine.body().block().statements()) == 1;
        String kept = !oneAtATime ? (sets.size() > 1 ? "it returns " + sets.size() + " result sets"
                : "its result set is inside a loop or a TRY ... CATCH, so one run may return it again or fail midway")
                : sets.stream().anyMatch(set -> !java.util.Objects.equals(QueryColumns.of(set.query()), columns))
                ? "the SELECTs of its IF branches return different columns"
                : routine.signature().parameters().stream().anyMatch(p -> p.mode() != ParameterMode.IN)
                ? "it also passes parameters back (OUTPUT or its RETURN status)"
                : columns == null ? "the type of a result column cannot be seen (each must be a column of a table the SELECT names)"
                : routine.body().nameConflict() == NameConflict.CANNOT_CLASH ? null
                : nameClash(routine, columns, columnsOf);
        if (kept != null) {
            items.add(PostgresqlCode.RESULT_SET_KEPT_AS_CURSOR, routine.span(), "procedure " + routine.name()
                    + " keeps its result sets in refcursors although " + OPTION + " is " + SETOF + ": " + kept);
            return routine;
        }
        items.decided(routine.span(), OPTION + "=" + SETOF, "procedure " + routine.name() + " becomes a function RETURNS TABLE"
                + " (option " + OPTION + ": " + SETOF + ")");
        items.add(PostgresqlCode.RESULT_SET_AS_TABLE_FUNCTION, routine.span(), "procedure " + routine.name()
                + " is a function RETURNS TABLE: its callers SELECT * FROM it instead of EXEC");
        RoutineBody body = new ProcRewriter() {
            @Override
            public Statement visitResultSet(Statement.ResultSet statement) {
                return new Statement.ReturnQuery(statement.source(), statement.span());
            }
        }.body(routine.body());
        // T-SQL's variables start with @, so a bare name in the query is a column, never a RETURNS TABLE column
        return new Routine(routine.name(), ObjectKind.FUNCTION, new RoutineSignature(routine.signature().parameters(),
                new Returns(new ProcType.Row(columns), true)), new RoutineBody(body.block(), NameConflict.COLUMN),
                routine.sourceText(), routine.span(), routine.traits());
    }

    /** Why a variable or parameter of {@code routine} may be read as a column or the reverse; null when none can. */
    private static String nameClash(Routine routine, List<ProcType.Field> result, Function<List<String>, Map<String, ?>> columnsOf) {
        Set<String> variables = new HashSet<>();
        routine.signature().parameters().forEach(p -> variables.add(key(p.name())));
        routine.body().block().accept(new ProcRewriter() {
            @Override
            public Declaration visitVariable(Declaration.Variable variable) {
                variables.add(key(variable.name()));
                return variable;
            }
        });
        if (variables.isEmpty()) return null;
        for (ProcType.Field field : result) {
            if (variables.contains(key(field.name()))) return "its variable " + field.name() + " is also a result column";
        }
        for (ObjectReference reference : ObjectReferences.of(routine.body())) {
            if (!reference.kinds().contains(ObjectKind.TABLE)) continue;
            ObjectName name = reference.name();
            Map<String, ?> columns = columnsOf.apply(name.parts());
            if (columns == null) return "it reads " + name.name() + ", whose columns are not in the input, so its variables may hide them";
            for (String column : columns.keySet()) {
                if (variables.contains(key(column))) return "its variable " + column + " is also a column of " + name.name();
            }
        }
        return null;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /**
     * The most result sets one run of {@code statements} can return: IF and CASE branches are alternatives;
     * a result set in any other compound statement (a loop, a handler) counts as two, since it may repeat.
     */
    private static int onAnyPath(List<Statement> statements) {
        int count = 0;
        for (Statement statement : statements) {
            if (statement instanceof Statement.ResultSet) {
                count++;
            } else if (statement instanceof Block block && block.handlers().isEmpty()) {
                count += onAnyPath(block.statements());
            } else if (statement instanceof Statement.If branching) {
                count += alternatives(branching.branches(), branching.otherwise());
            } else if (statement instanceof Statement.Case branching) {
                count += alternatives(branching.branches(), branching.otherwise());
            } else {
                count += 2 * resultSets(statement).size();
            }
        }
        return count;
    }

    private static int alternatives(List<Statement.Branch> branches, List<Statement> otherwise) {
        int most = otherwise == null ? 0 : onAnyPath(otherwise);
        for (Statement.Branch branch : branches) most = Math.max(most, onAnyPath(branch.body()));
        return most;
    }

    private static List<Statement.ResultSet> resultSets(Statement statement) {
        List<Statement.ResultSet> sets = new ArrayList<>();
        statement.accept(new ProcRewriter() {
            @Override
            public Statement visitResultSet(Statement.ResultSet set) {
                sets.add(set);
                return set;
            }
        });
        return sets;
    }

    /** How many result sets (bare SELECTs) the code of {@code routine} has; 0 for a routine without code. */
    public static int count(Routine routine) {
        return routine.body() == null ? 0 : resultSets(routine).size();
    }

    /**
     * The column names of each result set of {@code routine}, in order: an item's alias or the column it names;
     * null for a result set with another item ({@code *}, an expression without a name), whose names only the
     * target would give.
     */
    static List<List<String>> columnNames(Routine routine) {
        List<List<String>> names = new ArrayList<>();
        for (Statement.ResultSet set : resultSets(routine)) names.add(QueryColumns.names(set.query()));
        return names;
    }

    private static List<Statement.ResultSet> resultSets(Routine routine) {
        return resultSets(routine.body().block());
    }
}
