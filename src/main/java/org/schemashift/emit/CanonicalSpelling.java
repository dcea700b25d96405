package org.schemashift.emit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.calcite.sql.SqlBasicTypeNameSpec;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.util.SqlShuttle;
import org.schemashift.convert.ActionItems;
import org.schemashift.convert.MappingRules;
import org.schemashift.model.ActionCatalogue;
import org.schemashift.model.ActionCode;
import org.schemashift.model.GeneralCode;
import org.schemashift.model.SourceSpan;
import org.schemashift.model.sql.CanonicalOperators;
import org.schemashift.model.sql.SqlTemplate;

/**
 * Spells a converted (canonical) tree in one target's SQL before it is unparsed: every call of a
 * canonical operator, bottom-up, through the target's write rules ({@code write:} of
 * {@code mappings/functions/<target>.yaml}) and the Java spelling rules they name; casts to
 * canonical types through its cast rules. An operator without a write rule is left to the
 * target's Calcite dialect, except the project's own operators ({@link CanonicalOperators}),
 * which no Calcite dialect knows. A node the target cannot express is never passed through: the
 * result lists it, with its position, and {@link #spell(SqlNode, SourceSpan, ActionItems)} raises
 * an action item for it and returns null so the writer comments the clause out.
 */
public final class CanonicalSpelling {
    private final String target;
    private final WriteRules rules;
    private final Map<String, SpellingRule> javaRules = new HashMap<>();

    /** The spelling of {@code target} by its bundled write rules and the Java rules they name. */
    public CanonicalSpelling(String target, List<SpellingRule> javaRules) {
        this.target = target;
        this.rules = WriteRules.of(target);
        javaRules.forEach(r -> this.javaRules.put(r.id(), r));
        for (String id : rules.javaRuleIds()) {
            if (!this.javaRules.containsKey(id)) throw new MappingRules.RulesException(target + " write rules name Java rule " + id + ", which is not registered", null);
        }
    }

    /** A canonical node the target cannot express: the operator's rule-file name, where it is, and why. */
    public record Unspellable(String operator, SqlParserPos position, String reason) {}

    /** An action item a write rule asks for where it applies. */
    public record Note(ActionCode code, SqlParserPos position, String message) {}

    /** The spelled tree; when {@code unspellable} is not empty it must not be written. */
    public record Spelled(SqlNode node, List<Unspellable> unspellable, List<Note> notes) {
        public boolean complete() {
            return unspellable.isEmpty();
        }
    }

    /** True when a write rule of the target names {@code op} (to spell it, or to say it cannot). */
    public boolean hasRuleFor(SqlOperator op) {
        return rules.covers(op);
    }

    /** {@code node} spelled for the target, with every node it could not spell. */
    public Spelled spell(SqlNode node) {
        Speller speller = new Speller();
        SqlNode spelled = node.accept(speller);
        return new Spelled(spelled, List.copyOf(speller.unspellable), List.copyOf(speller.notes));
    }

    /**
     * {@code node} spelled for the target; null when some node cannot be spelled, after one action
     * item per such node (in {@code where}'s file, at the node's line when it has one). Notes of the
     * write rules become action items too.
     */
    public SqlNode spell(SqlNode node, SourceSpan where, ActionItems items) {
        Spelled spelled = spell(node);
        for (Note note : spelled.notes()) items.add(note.code(), at(where, note.position()), note.message());
        for (Unspellable u : spelled.unspellable()) {
            items.add(GeneralCode.UNMAPPED_FUNCTION, at(where, u.position()), target + " cannot express " + u.operator() + ": " + u.reason());
        }
        return spelled.complete() ? spelled.node() : null;
    }

    private static SourceSpan at(SourceSpan where, SqlParserPos pos) {
        return pos.getLineNum() > 0 && pos.getLineNum() >= where.line() ? new SourceSpan(where.file(), pos.getLineNum(), pos.getColumnNum()) : where;
    }

    private final class Speller extends SqlShuttle {
        private final List<Unspellable> unspellable = new ArrayList<>();
        private final List<Note> notes = new ArrayList<>();

        @Override
        public SqlNode visit(SqlCall call) {
            SqlNode visited = super.visit(call);
            if (!(visited instanceof SqlCall c)) return visited;
            if (c.getKind() == SqlKind.CAST && c.operandCount() == 2 && c.operand(1) instanceof SqlDataTypeSpec type) return cast(c, type);
            SqlOperator op = c.getOperator();
            WriteRules.Compiled rule = rules.find(c);
            if (rule == null) {
                if (CanonicalOperators.isProjectOperator(op) || rules.covers(op)) {
                    return cannot(c, "no write rule in mappings/functions/" + target + ".yaml for this call");
                }
                return c;
            }
            WriteRule r = rule.rule();
            if (r.action() != null) note(r, c.getParserPosition());
            if (r.unsupported() != null) return cannot(c, r.unsupported() + " (" + r.id() + ")");
            if (r.java() != null) {
                int before = unspellable.size();
                SqlNode spelled = javaRules.get(r.java()).spell(c, reason -> {
                    cannot(c, reason + " (" + r.java() + ")");
                    return null;
                });
                if (spelled != null) return spelled;
                return unspellable.size() > before ? c : cannot(c, r.java() + " gave no spelling");
            }
            return rule.template() == null ? c : rule.template().applyTo(c.getOperandList());
        }

        /** CAST to a type the cast rules spell: the first rule whose {precision}/{scale} the cast has. */
        private SqlNode cast(SqlCall call, SqlDataTypeSpec type) {
            String name = typeName(type);
            Integer precision = type.getTypeNameSpec() instanceof SqlBasicTypeNameSpec b && b.getPrecision() >= 0 ? b.getPrecision() : null;
            Integer scale = type.getTypeNameSpec() instanceof SqlBasicTypeNameSpec b && b.getScale() >= 0 ? b.getScale() : null;
            for (WriteRule rule : rules.casts(name)) {
                if (rule.unsupported() != null) return cannot(call, rule.unsupported() + " (" + rule.id() + ")");
                if (rule.to() == null) return call;
                if (rule.to().contains("{precision}") && precision == null || rule.to().contains("{scale}") && scale == null) continue;
                String spelled = rule.to().replace("{precision}", String.valueOf(precision)).replace("{scale}", String.valueOf(scale));
                String expression = spelled.contains("{0}") ? spelled : "CAST({0} AS " + spelled + ")";
                return SqlTemplate.target(expression).apply(call.operand(0));
            }
            return call;
        }

        /** Records that {@code call} cannot be spelled; it stays in the tree as it is, which must then not be written. */
        private SqlNode cannot(SqlCall call, String reason) {
            unspellable.add(new Unspellable(CanonicalOperators.nameOf(call.getOperator()), call.getParserPosition(), reason));
            return call;
        }

        private void note(WriteRule rule, SqlParserPos pos) {
            ActionCode code = ActionCatalogue.byCode(rule.action());
            if (code == null) throw new MappingRules.RulesException(target + " write rule " + rule.id() + " names unknown action " + rule.action(), null);
            notes.add(new Note(code, pos, target + ": " + (rule.note() == null ? rule.id() : rule.note())));
        }
    }

    /**
     * The canonical type a cast names: Calcite's type name, or the written name of a type Calcite
     * lacks (CLOB, BLOB, JSON); a qualified name (a composite type of a package's schema) as written.
     */
    private static String typeName(SqlDataTypeSpec type) {
        if (type.getTypeNameSpec() instanceof SqlBasicTypeNameSpec basic) return basic.getTypeName().getSimple();
        return type.getTypeName().isSimple() ? type.getTypeName().getSimple() : type.getTypeName().toString();
    }
}
