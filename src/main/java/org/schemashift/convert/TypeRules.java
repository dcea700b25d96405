package org.schemashift.convert;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.schemashift.model.ActionCode;
import org.schemashift.model.CanonicalType;
import org.schemashift.model.DataType;

/**
 * The type rules of one conversion, source to target, N + M instead of N × M: the source's
 * {@code read} rules say what a source type means (a {@link CanonicalType}), the target's
 * {@code write} rules spell that meaning. Direct rules (a user's {@code types:}, then the pair
 * file) spell a source type at once and are tried first. Within each list the user's rules come
 * first and the first match wins.
 */
public final class TypeRules {
    private final TypeRuleIndex<TypeRule> direct;
    private final TypeRuleIndex<TypeReadRule> read;
    private final TypeRuleIndex<TypeRule> write;
    /**
     * Each question answered once: a schema repeats a few types (and column names) in every table,
     * and the rules are values, so the answer depends on the question alone. Bounded, like
     * {@code Shared}'s types: past the bound the rest are resolved every time. Concurrent: one
     * pipeline may convert on several threads.
     */
    private final Map<Question, Optional<TypeResolution>> resolved = new ConcurrentHashMap<>();
    private final Map<Question, TypeFamily> families = new ConcurrentHashMap<>();
    private static final int MAX_ANSWERS = 10_000;

    private record Question(DataType source, ColumnFacts column) {}

    TypeRules(List<TypeRule> direct, List<TypeReadRule> read, List<TypeRule> write) {
        this.direct = new TypeRuleIndex<>(direct, TypeRule::match);
        this.read = new TypeRuleIndex<>(read, TypeReadRule::match);
        this.write = new TypeRuleIndex<>(write, TypeRule::match);
    }

    /** A source type read by a rule. */
    private record Reading(TypeReadRule rule, CanonicalType type) {}

    /**
     * How a column of source type {@code source} is written in the target, or null when no direct
     * rule matches and the source has no read rule or the target no write rule for it.
     * {@code autoIncrement}: the column is an identity / AUTO_INCREMENT column.
     */
    public TypeResolution resolve(DataType source, boolean autoIncrement) {
        return resolve(source, ColumnFacts.notAColumn(autoIncrement));
    }

    /** How a column's type is written: as {@link #resolve(DataType, boolean)}, rules may also ask about the column. */
    public TypeResolution resolve(DataType source, ColumnFacts column) {
        Question question = new Question(source, column);
        Optional<TypeResolution> known = resolved.get(question);
        if (known != null) return known.orElse(null);
        TypeResolution answer = resolveOnce(source, column);
        if (resolved.size() < MAX_ANSWERS) resolved.put(question, Optional.ofNullable(answer));
        return answer;
    }

    private TypeResolution resolveOnce(DataType source, ColumnFacts column) {
        TypeFacts facts = TypeFacts.of(source);
        TypeRule pair = direct.first(facts.names(), rule -> rule.matches(facts, column) ? rule : null);
        if (pair != null) {
            return new TypeResolution(pair.spell(facts), null, pair.id(), pair.check(), pair.declare(), actions(pair.actionCode()));
        }
        Reading reading = reading(facts, column);
        if (reading == null) return null;
        TypeFacts canonical = TypeFacts.of(reading.type());
        TypeRule spelling = writeRule(canonical, column);
        if (spelling == null) return null;
        return new TypeResolution(spelling.spell(canonical), reading.type(), reading.rule().id() + "+" + spelling.id(),
                spelling.check(), spelling.declare(), actions(reading.rule().actionCode(), spelling.actionCode()));
    }

    /** What source type {@code source} means (its read rule), or null when no read rule covers it. */
    public CanonicalType read(DataType source, boolean autoIncrement) {
        Reading reading = reading(TypeFacts.of(source), ColumnFacts.notAColumn(autoIncrement));
        return reading == null ? null : reading.type();
    }

    /** The target spelling of {@code type} (its write rule), or null when the target has none. */
    public String spell(CanonicalType type, boolean autoIncrement) {
        TypeFacts facts = TypeFacts.of(type);
        TypeRule rule = writeRule(facts, ColumnFacts.notAColumn(autoIncrement));
        return rule == null ? null : rule.spell(facts);
    }

    /** The family of source type {@code source} for type-aware expression rules: from its read rule, UNKNOWN without one. */
    public TypeFamily family(DataType source, boolean autoIncrement) {
        if (source == null) return TypeFamily.UNKNOWN;
        Question question = new Question(source, ColumnFacts.notAColumn(autoIncrement));
        TypeFamily known = families.get(question);
        if (known != null) return known;
        Reading reading = reading(TypeFacts.of(source), question.column());
        TypeFamily family = reading == null ? TypeFamily.UNKNOWN : reading.rule().familyOf(reading.type());
        if (families.size() < MAX_ANSWERS) families.put(question, family);
        return family;
    }

    private Reading reading(TypeFacts facts, ColumnFacts column) {
        return read.first(facts.names(), rule -> {
            CanonicalType type = rule.read(facts, column);
            return type == null ? null : new Reading(rule, type);
        });
    }

    private TypeRule writeRule(TypeFacts facts, ColumnFacts column) {
        return write.first(facts.names(), rule -> rule.matches(facts, column) ? rule : null);
    }

    private static List<ActionCode> actions(ActionCode... codes) {
        return Stream.of(codes).filter(Objects::nonNull).toList();
    }
}
