package org.schemashift.model.proc;

import java.util.List;
import java.util.Objects;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlNode;
import org.schemashift.model.proc.Statement.*;

/**
 * Rebuilds procedural code with every expression and embedded SQL tree passed through
 * {@link #expression(SqlNode)}: the one place that knows where the IR holds Calcite trees. The
 * convert stage subclasses it to run the expression rules over a routine body, as it does for a
 * view's query; a target writer subclasses it to look at every node once before writing. Subclasses
 * that only observe may override a visit method and call {@code super}.
 */
public class ProcRewriter implements Statement.Visitor<Statement>, Declaration.Visitor<Declaration> {

    /** The replacement of one expression or SQL tree (never called with null); the identity by default. */
    protected SqlNode expression(SqlNode node) {
        return node;
    }

    /** The replacement of a condition (IF, searched CASE, WHILE, UNTIL, EXIT WHEN); {@link #expression} by default. */
    protected SqlNode condition(SqlNode node) {
        return expression(node);
    }

    public RoutineBody body(RoutineBody body) {
        return new RoutineBody((Block) body.block().accept(this), body.nameConflict());
    }

    public RoutineSignature signature(RoutineSignature signature) {
        return new RoutineSignature(parameters(signature.parameters()), signature.returns());
    }

    private SqlNode maybe(SqlNode node) {
        return node == null ? null : expression(node);
    }

    private List<SqlNode> all(List<SqlNode> nodes) {
        return nodes.stream().map(this::expression).toList();
    }

    protected List<Statement> statements(List<Statement> statements) {
        return statements == null ? null : statements.stream().map(s -> s.accept(this)).toList();
    }

    private List<Parameter> parameters(List<Parameter> parameters) {
        return parameters.stream()
                .map(p -> new Parameter(p.name(), p.mode(), p.type(), maybe(p.defaultValue()), p.span())).toList();
    }

    /** {@code conditions}: whether the branches' WHEN are conditions (IF, searched CASE) rather than values. */
    private List<Branch> branches(List<Branch> branches, boolean conditions) {
        return branches.stream()
                .map(b -> new Branch(conditions ? condition(b.when()) : expression(b.when()), statements(b.body()))).toList();
    }

    private QuerySource source(QuerySource source) {
        if (source instanceof QuerySource.Static s) return new QuerySource.Static(expression(s.query()));
        if (source instanceof QuerySource.Dynamic d) return new QuerySource.Dynamic(maybe(d.text()), all(d.arguments()), maybe(d.query()));
        return null;
    }

    @Override
    public Statement visitBlock(Block block) {
        // a declaration rewritten to null is gone from the block (a record type made a type of the schema)
        List<Declaration> declarations = block.declarations().stream().map(d -> d.accept(this)).filter(Objects::nonNull).toList();
        List<Statement> statements = statements(block.statements());
        List<Handler> handlers = block.handlers().stream()
                .map(h -> new Handler(h.conditions(), h.kind(), statements(h.body()), h.span())).toList();
        return new Block(block.label(), declarations, statements, handlers, block.span());
    }

    @Override
    public Statement visitAssign(Assign assign) {
        return new Assign(expression(assign.target()), expression(assign.value()), assign.span());
    }

    @Override
    public Statement visitIf(If statement) {
        return new If(branches(statement.branches(), true), statements(statement.otherwise()), statement.span());
    }

    @Override
    public Statement visitCase(Case statement) {
        return new Case(maybe(statement.selector()), branches(statement.branches(), statement.selector() == null),
                statements(statement.otherwise()), statement.span());
    }

    @Override
    public Statement visitLoop(Loop loop) {
        return new Loop(loop.label(), statements(loop.body()), loop.span());
    }

    @Override
    public Statement visitWhile(While loop) {
        return new While(loop.label(), condition(loop.condition()), statements(loop.body()), loop.span());
    }

    @Override
    public Statement visitRepeat(Repeat loop) {
        return new Repeat(loop.label(), statements(loop.body()), condition(loop.until()), loop.span());
    }

    @Override
    public Statement visitNumericFor(NumericFor loop) {
        return new NumericFor(loop.label(), loop.variable(), expression(loop.lower()), expression(loop.upper()),
                maybe(loop.step()), loop.reverse(), statements(loop.body()), loop.span());
    }

    @Override
    public Statement visitBulkChange(BulkChange loop) {
        return new BulkChange(loop.variable(), bounds(loop.bounds()), loop.change().accept(this), loop.collectErrors(), loop.span());
    }

    protected BulkChange.Bounds bounds(BulkChange.Bounds bounds) {
        if (bounds instanceof BulkChange.Range r) return new BulkChange.Range(expression(r.lower()), expression(r.upper()));
        if (bounds instanceof BulkChange.IndicesOf i) {
            return new BulkChange.IndicesOf(expression(i.collection()), maybe(i.lower()), maybe(i.upper()));
        }
        return new BulkChange.ValuesOf(expression(((BulkChange.ValuesOf) bounds).collection()));
    }

    @Override
    public Statement visitCursorFor(CursorFor loop) {
        return new CursorFor(loop.label(), loop.record(), loop.cursor(), all(loop.arguments()), statements(loop.body()),
                loop.span());
    }

    @Override
    public Statement visitQueryFor(QueryFor loop) {
        return new QueryFor(loop.label(), loop.record(), source(loop.source()), statements(loop.body()), loop.span());
    }

    @Override
    public Statement visitExit(Exit exit) {
        return new Exit(exit.label(), exit.when() == null ? null : condition(exit.when()), exit.span());
    }

    @Override
    public Statement visitContinue(Continue next) {
        return new Continue(next.label(), next.when() == null ? null : condition(next.when()), next.span());
    }

    @Override
    public Statement visitOpen(Open open) {
        return new Open(open.cursor(), all(open.arguments()), source(open.source()), open.span());
    }

    @Override
    public Statement visitFetch(Fetch fetch) {
        return new Fetch(fetch.cursor(), fetch.direction(), maybe(fetch.count()), all(fetch.into()), fetch.signalsNotFound(),
                fetch.span());
    }

    @Override
    public Statement visitClose(Close close) {
        return close;
    }

    @Override
    public Statement visitSqlStatement(SqlStatement statement) {
        return new SqlStatement(expression(statement.statement()), all(statement.returning()), all(statement.into()),
                statement.rows(), maybe(statement.appendTo()), statement.span());
    }

    @Override
    public Statement visitDynamicSql(DynamicSql statement) {
        return new DynamicSql(expression(statement.text()), all(statement.arguments()), all(statement.into()),
                statement.rows(), statement.span(), statement.converted(), maybe(statement.statement()));
    }

    @Override
    public Statement visitCreateTable(CreateTable statement) {
        List<TableColumn> columns = statement.columns().stream().map(c -> new TableColumn(c.name(), c.type(), c.notNull(),
                maybe(c.defaultValue()), c.identityStart(), c.identityIncrement())).toList();
        return new CreateTable(statement.name(), statement.temporary(), columns, statement.keys(), maybe(statement.query()),
                statement.span(), statement.keepExisting());
    }

    @Override
    public Statement visitDropTable(DropTable statement) {
        return statement;
    }

    @Override
    public Statement visitCall(Call call) {
        List<Argument> arguments = call.arguments().stream().map(a -> new Argument(a.name(), expression(a.value()), a.byValue())).toList();
        return new Call((SqlIdentifier) expression(call.routine()), arguments, call.span());
    }

    @Override
    public Statement visitReturn(Return statement) {
        return new Return(maybe(statement.value()), statement.span());
    }

    @Override
    public Statement visitReturnQuery(ReturnQuery statement) {
        return new ReturnQuery(source(statement.source()), statement.span());
    }

    @Override
    public Statement visitReturnNext(ReturnNext statement) {
        return new ReturnNext(maybe(statement.value()), statement.span());
    }

    @Override
    public Statement visitResultSet(ResultSet statement) {
        return new ResultSet(expression(statement.query()), statement.dynamicArguments() == null ? null : all(statement.dynamicArguments()),
                statement.span());
    }

    @Override
    public Statement visitInsertExec(InsertExec statement) {
        return new InsertExec(expression(statement.insert()), statement.routine(), visitUnsupported(statement.otherwise()),
                statement.span());
    }

    @Override
    public Statement visitOutput(Output statement) {
        return new Output(expression(statement.message()), statement.span());
    }

    @Override
    public Statement visitRaise(Raise raise) {
        return new Raise(raise.condition(), maybe(raise.message()), raise.builtin(), raise.span());
    }

    @Override
    public Statement visitReraise(Reraise reraise) {
        return reraise;
    }

    @Override
    public Statement visitGetDiagnostics(GetDiagnostics statement) {
        return new GetDiagnostics(statement.items().stream()
                .map(i -> new DiagnosticItem(expression(i.target()), i.item())).toList(), statement.span());
    }

    @Override
    public Statement visitTransaction(Transaction statement) {
        return statement;
    }

    @Override
    public Statement visitNull(Null statement) {
        return statement;
    }

    @Override
    public Statement visitComment(Statement.Comment comment) {
        return comment;
    }

    @Override
    public Unsupported visitUnsupported(Unsupported unsupported) {
        return unsupported;
    }

    @Override
    public Declaration visitVariable(Declaration.Variable variable) {
        return new Declaration.Variable(variable.name(), variable.type(), maybe(variable.initialValue()), variable.constant(),
                variable.notNull(), variable.span());
    }

    @Override
    public Declaration visitCursor(Declaration.Cursor cursor) {
        return new Declaration.Cursor(cursor.name(), parameters(cursor.parameters()), expression(cursor.query()),
                cursor.scroll(), cursor.span());
    }

    @Override
    public Declaration visitNamedCondition(Declaration.NamedCondition condition) {
        return condition;
    }

    @Override
    public Declaration visitRecordType(Declaration.RecordType type) {
        return type;
    }

    @Override
    public Declaration visitCollectionType(Declaration.CollectionType type) {
        return type;
    }

    @Override
    public Declaration visitSubprogram(Declaration.Subprogram subprogram) {
        return new Declaration.Subprogram(subprogram.name(), signature(subprogram.signature()),
                subprogram.body() == null ? null : body(subprogram.body()), subprogram.span(), subprogram.traits());
    }
}
