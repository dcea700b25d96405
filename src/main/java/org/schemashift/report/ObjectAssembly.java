package org.schemashift.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.schemashift.emit.EmittedObject;
import org.schemashift.pipeline.LoadPhases;
import org.schemashift.model.ActionItem;
import org.schemashift.model.Disposition;
import org.schemashift.model.GeneralCode;
import org.schemashift.model.NameCase;
import org.schemashift.model.ObjectKind;
import org.schemashift.model.ObjectName;
import org.schemashift.model.ObjectReference;
import org.schemashift.model.Severity;
import org.schemashift.model.SourceSpan;
import org.schemashift.model.SourceStatement;

/**
 * Turns statements into objects: each statement goes to the objects its {@link StatementParts}
 * name (the one it creates, or the table an ALTER changes), its action items, decisions and
 * emitted SQL to the part they stand in; a statement without changes that names an object of
 * the input folds into it; any other statement that names no object is its own object unless it
 * only sets the session or drops, in which case it is counted per kind with the ignored lines
 * (a DROP keeps its action items there). Objects are keyed by kind and the source's name key
 * ({@link NameCase}), the key the target names are decided by: Oracle {@code "orders"} and
 * {@code ORDERS} are two objects (two tables on the target), {@code "ORDERS"} and {@code orders}
 * one; unqualified names fall back on the same name in any schema (an ALTER TABLE hr.t folds into
 * CREATE TABLE t).
 */
final class ObjectAssembly {
    private static final Comparator<ActionItem> BY_POSITION = Comparator
            .comparingInt((ActionItem a) -> a.span().line()).thenComparingInt(a -> a.span().column());

    /** What one statement carries from the later stages. */
    record Pieces(List<ActionItem> items, List<Report.Decision> decisions, List<EmittedObject> emitted) {}

    record Result(List<Report.Entry> entries, List<Report.IgnoredKind> ignored, int ignoredStatements) {}

    private final Map<String, Building> byKey = new HashMap<>();
    private final Map<String, Building> byBareName = new HashMap<>();
    private final List<Building> ordered = new ArrayList<>();
    /** The statement of each package subprogram with code: an object of its own, found by its statement, not its name (overloads). */
    private final Map<SourceStatement, Building> members = new IdentityHashMap<>();

    private final NameCase nameCase;

    private ObjectAssembly(NameCase nameCase) {
        this.nameCase = nameCase;
    }

    static Result assemble(List<SourceStatement> statements, List<Pieces> pieces, LoadPhases phases, NameCase nameCase) {
        ObjectAssembly assembly = new ObjectAssembly(nameCase);
        List<List<StatementParts.Part>> parts = new ArrayList<>(statements.size());
        Map<SourceSpan, List<ObjectReference>> subprograms = new HashMap<>();
        for (int i = 0; i < statements.size(); i++) {
            List<StatementParts.Part> these = StatementParts.of(statements.get(i), pieces.get(i).emitted());
            parts.add(these);
            for (StatementParts.Part part : these) {
                if (part.creates() && part.name() != null) assembly.register(part.kinds().get(0), part.name());
            }
            subprograms.putAll(StatementParts.members(statements.get(i)));
        }
        for (int i = 0; i < statements.size(); i++) {
            List<ObjectReference> uses = subprograms.get(statements.get(i).span());
            if (uses != null && parts.get(i).isEmpty()) assembly.registerMember(statements.get(i), uses);
        }
        Map<String, Ignored> ignored = new TreeMap<>();
        int ignoredStatements = 0;
        for (int i = 0; i < statements.size(); i++) {
            SourceStatement statement = statements.get(i);
            Pieces p = pieces.get(i);
            Building member = assembly.members.get(statement);
            List<Owner> owners = member != null ? List.of(new Owner(member, statement.span(), true, null))
                    : assembly.owners(statement, parts.get(i));
            if (owners.isEmpty()) {
                String kind = IgnoredLines.kindOf(statement.text());
                if (p.emitted().isEmpty() && (kind.startsWith("DROP ") || p.items().isEmpty()
                        && (statement.disposition() == Disposition.IGNORED || StatementParts.changesNoObject(statement)))) {
                    ignoredStatements++;
                    ignored.computeIfAbsent(kind, k -> new Ignored()).add(statement, p.items());
                    continue;
                }
                owners = List.of(new Owner(assembly.namedOrOwn(statement), statement.span(), true, null));
            }
            assembly.attach(statement, p, owners);
        }
        List<Report.IgnoredKind> kinds = new ArrayList<>();
        ignored.forEach((kind, lines) -> kinds.add(lines.kind(kind)));
        return new Result(assembly.entries(phases), kinds, ignoredStatements);
    }

    /** A statement's part resolved to its object. */
    private record Owner(Building object, SourceSpan start, boolean takesItems, String note) {}

    private void register(ObjectKind kind, ObjectName name) {
        String key = key(kind, name);
        if (byKey.containsKey(key)) return;
        Building b = new Building(kind, name.toString());
        byKey.put(key, b);
        byBareName.putIfAbsent(bareKey(kind, name), b);
    }

    /**
     * A package's subprogram, named PKG.SUB: found by calls under that name (the first overload
     * stands for all: calls are not resolved by their arguments).
     */
    private void registerMember(SourceStatement statement, List<ObjectReference> uses) {
        Building b = new Building(statement.kind(), statement.name());
        b.references.addAll(uses);
        b.ownPackage = parseName(statement.name()).schema();
        members.put(statement, b);
        byKey.putIfAbsent(key(statement.kind(), parseName(statement.name())), b);
    }

    /** The object a reference names; a call of a package's subprogram not in the input depends on the package. */
    private Building resolve(ObjectReference r) {
        Building b = lookup(r.kinds(), r.name());
        if (b == null && r.name().schema() != null && StatementParts.isRoutine(r)) {
            b = lookup(List.of(ObjectKind.PACKAGE), ObjectName.of(r.name().schema()));
        }
        return b;
    }

    private Building lookup(List<ObjectKind> kinds, ObjectName name) {
        for (ObjectKind kind : kinds) {
            Building b = byKey.get(key(kind, name));
            if (b == null) b = byBareName.get(bareKey(kind, name));
            if (b != null) return b;
        }
        return null;
    }

    private List<Owner> owners(SourceStatement statement, List<StatementParts.Part> parts) {
        List<Owner> owners = new ArrayList<>();
        for (StatementParts.Part part : parts) {
            Building b = part.name() == null ? own(statement, part.kinds().get(0)) : lookup(part.kinds(), part.name());
            if (b == null) continue;
            owners.add(new Owner(b, part.start(), part.takesItems(), part.note()));
            for (ObjectReference r : part.dependsOn()) b.references.add(r);
        }
        return owners;
    }

    /** A statement without changes that names an object of the input (ALTER PACKAGE p COMPILE) folds into it. */
    private Building namedOrOwn(SourceStatement statement) {
        if (statement.name() != null && statement.kind() != ObjectKind.OTHER) {
            Building named = lookup(List.of(statement.kind()), parseName(statement.name()));
            if (named != null) return named;
        }
        return own(statement, statement.kind());
    }

    static ObjectName parseName(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? ObjectName.of(name) : new ObjectName(name.substring(0, dot), name.substring(dot + 1));
    }

    /** An object made of this statement alone (a grant, an unsupported or unparsed statement). */
    private Building own(SourceStatement statement, ObjectKind kind) {
        return new Building(kind, statement.name());
    }

    private void attach(SourceStatement statement, Pieces p, List<Owner> owners) {
        for (Owner o : owners) {
            Building b = o.object();
            if (b.statements.isEmpty()) ordered.add(b);
            if (b.statements.isEmpty() || b.statements.get(b.statements.size() - 1) != statement) b.statements.add(statement);
            if (o.note() != null) b.notes.add(o.note());
        }
        for (ActionItem item : p.items()) pick(owners, item.span()).items.add(item);
        for (Report.Decision d : p.decisions()) pick(owners, new SourceSpan(statement.span().file(), d.line(), 0)).decisions.add(d);
        for (EmittedObject e : p.emitted()) {
            Building owner = emittedOwner(owners, e.origin());
            Building b = isImplicitIndex(e, owner) ? implicitIndex(statement, e) : owner;
            b.emitted.add(e);
            b.emittedFrom.add(statement);
        }
    }

    /**
     * A plain index written for a table statement that declares none (a unique key written as a
     * unique index stays with its table): one the source creates implicitly.
     */
    private static boolean isImplicitIndex(EmittedObject e, Building owner) {
        return e.kind() == ObjectKind.INDEX && owner.kind == ObjectKind.TABLE && e.sql().startsWith("CREATE INDEX ");
    }

    /**
     * An index the source creates without a statement of its own (InnoDB indexes a foreign key's
     * columns): an object of the target, so counted as one, made by its table's statement.
     */
    private Building implicitIndex(SourceStatement statement, EmittedObject index) {
        Building b = new Building(ObjectKind.INDEX, index.name());
        b.statements.add(statement);
        b.notes.add("created implicitly by the source for its table's statement");
        ordered.add(b);
        return b;
    }

    /**
     * The part starting exactly at the position (an item on an index declared inside its table is
     * that index's); else the last item-taking part starting at or before it; the first one when none does.
     */
    private static Building pick(List<Owner> owners, SourceSpan at) {
        Owner first = null;
        Owner best = null;
        for (Owner o : owners) {
            if (o.start().equals(at)) return o.object();
            if (!o.takesItems()) continue;
            if (first == null) first = o;
            if (o.start().compareTo(at) <= 0 && (best == null || o.start().compareTo(best.start()) >= 0)) best = o;
        }
        Owner chosen = best != null ? best : first;
        return (chosen == null ? owners.get(0) : chosen).object();
    }

    private static Building emittedOwner(List<Owner> owners, SourceSpan origin) {
        for (Owner o : owners) {
            if (o.start().equals(origin)) return o.object();
        }
        return pick(owners, origin);
    }

    private List<Report.Entry> entries(LoadPhases phases) {
        for (Building member : members.values()) {
            Building pkg = member.ownPackage == null ? null : lookup(List.of(ObjectKind.PACKAGE), ObjectName.of(member.ownPackage));
            if (pkg != null) pkg.subprogramCodeLines += member.ownCodeLines();
        }
        Map<Building, Integer> ids = new HashMap<>();
        for (int i = 0; i < ordered.size(); i++) ids.put(ordered.get(i), i + 1);
        Map<Building, TreeSet<Integer>> dependedOnBy = new HashMap<>();
        Map<Building, List<Integer>> dependsOn = new HashMap<>();
        for (Building b : ordered) {
            TreeSet<Integer> on = new TreeSet<>();
            for (ObjectReference r : b.references) {
                Building target = resolve(r);
                if (target != null && target != b && ids.containsKey(target)) {
                    on.add(ids.get(target));
                    dependedOnBy.computeIfAbsent(target, t -> new TreeSet<>()).add(ids.get(b));
                }
            }
            dependsOn.put(b, List.copyOf(on));
        }
        for (Building b : ordered) {
            if (b.status() == ObjectStatus.IGNORED) continue;
            for (Integer on : dependsOn.get(b)) {
                Building target = ordered.get(on - 1);
                if (target.status() == ObjectStatus.IGNORED) {
                    b.items.add(new ActionItem(GeneralCode.DEPENDS_ON_IGNORED, b.kind.id() + " " + b.name + " reads "
                            + target.kind.id() + " " + target.name + ", which your rules ignore; it fails on the target until that"
                            + " exists", b.statements.get(0).span()));
                }
            }
        }
        List<Report.Entry> entries = new ArrayList<>(ordered.size());
        for (Building b : ordered) {
            entries.add(b.entry(ids.get(b), dependsOn.get(b), List.copyOf(dependedOnBy.getOrDefault(b, new TreeSet<>())), phases));
        }
        return entries;
    }

    /** Statements of one ignored kind: where they are and the items any of them carries (a DROP not converted). */
    private static final class Ignored {
        private final List<String> at = new ArrayList<>();
        private final List<Report.Item> items = new ArrayList<>();

        void add(SourceStatement statement, List<ActionItem> found) {
            at.add(statement.span().file() + ":" + statement.span().line());
            found.stream().sorted(BY_POSITION).forEach(a -> items.add(item(a)));
        }

        Report.IgnoredKind kind(String kind) {
            return new Report.IgnoredKind(kind, at.size(), List.copyOf(at), List.copyOf(items));
        }
    }

    static Report.Item item(ActionItem a) {
        return new Report.Item(a.code().code(), a.severity().id(), a.message(), a.span().file(), a.span().line(), a.span().column(),
                a.recommendation(), a.code().effortHours());
    }

    private String key(ObjectKind kind, ObjectName name) {
        return kind.id() + " " + nameCase.key(name);
    }

    private String bareKey(ObjectKind kind, ObjectName name) {
        return key(kind, ObjectName.of(name.name()));
    }

    /** An object being put together from its statements. */
    private static final class Building {
        private final ObjectKind kind;
        private final String name;
        private final List<SourceStatement> statements = new ArrayList<>();
        private final List<ActionItem> items = new ArrayList<>();
        private final List<Report.Decision> decisions = new ArrayList<>();
        private final List<EmittedObject> emitted = new ArrayList<>();
        /** The statement each of {@link #emitted} came from, at the same index. */
        private final List<SourceStatement> emittedFrom = new ArrayList<>();
        private final LinkedHashSet<String> notes = new LinkedHashSet<>();
        private final LinkedHashSet<ObjectReference> references = new LinkedHashSet<>();
        /** A package subprogram's package (its name's qualifier); null for any other object. */
        private String ownPackage;
        /** A package's lines of code inside its subprograms, which are objects of their own and count them. */
        private int subprogramCodeLines;

        Building(ObjectKind kind, String name) {
            this.kind = kind;
            this.name = name;
        }

        Report.Entry entry(int id, List<Integer> dependsOn, List<Integer> dependedOnBy, LoadPhases phases) {
            SourceSpan first = statements.get(0).span();
            ObjectStatus status = status();
            Integer linesOfCode = LinesOfCode.CODE_KINDS.contains(kind) ? Math.max(0, ownCodeLines() - subprogramCodeLines) : null;
            List<Report.Item> reportItems = items.stream().sorted(BY_POSITION).map(ObjectAssembly::item).toList();
            Map<SourceStatement, List<Report.LineRange>> fromStatement = convertedLines();
            List<Report.Statement> refs = statements.stream().map(s -> new Report.Statement(s.span().file(), s.span().line(),
                    IgnoredLines.kindOf(s.text()), Snippets.of(s.text()), fromStatement.getOrDefault(s, List.of()))).toList();
            List<String> targets = emitted.stream().map(EmittedObject::name).distinct().toList();
            // most objects emit one piece: its SQL is the snippet, shared rather than copied
            String converted = emitted.isEmpty() ? null : Snippets.of(emitted.size() == 1 ? emitted.get(0).sql()
                    : String.join("\n\n", emitted.stream().map(EmittedObject::sql).toList()));
            return new Report.Entry(id, kind.id(), name, status.id(), new Report.Location(first.file(), first.line(), first.column()),
                    refs, targets, List.copyOf(notes), converted, linesOfCode, EffortEstimate.of(status, linesOfCode, reportItems),
                    reportItems, decisions.stream().sorted(Comparator.comparingInt(Report.Decision::line)).toList(), dependsOn,
                    dependedOnBy, null, emitted.stream().flatMap(o -> phases.of(o).stream())
                    .map(p -> new Report.Phase(p.object().kind().id() + " " + p.object().name(), p.phase().id(), p.reason())).toList());
        }

        private int ownCodeLines() {
            return statements.stream().mapToInt(s -> LinesOfCode.count(s.text())).sum();
        }

        /** Per statement, the lines of the converted snippet (its emitted SQL joined by blank lines) that came from it. */
        private Map<SourceStatement, List<Report.LineRange>> convertedLines() {
            Map<SourceStatement, List<Report.LineRange>> lines = new IdentityHashMap<>();
            int from = 1;
            for (int i = 0; i < emitted.size(); i++) {
                int count = (int) emitted.get(i).sql().chars().filter(c -> c == '\n').count() + 1;
                lines.computeIfAbsent(emittedFrom.get(i), s -> new ArrayList<>()).add(new Report.LineRange(from, from + count - 1));
                from += count + 1;
            }
            return lines;
        }

        /** The worst of its statements: one not converted makes the object not converted. */
        private ObjectStatus status() {
            boolean unsupported = false;
            boolean error = false;
            for (SourceStatement s : statements) {
                unsupported |= s.disposition() == Disposition.UNSUPPORTED;
                error |= s.disposition() == Disposition.ERROR;
            }
            if (unsupported) return ObjectStatus.UNSUPPORTED;
            if (emitted.isEmpty() && items.stream().anyMatch(i -> i.code() == GeneralCode.OBJECT_EXCLUDED)) return ObjectStatus.IGNORED;
            if (error) return ObjectStatus.MANUAL;
            Severity worst = items.stream().map(ActionItem::severity).max(Enum::compareTo).orElse(null);
            if (worst == null) return ObjectStatus.CONVERTED;
            return worst.compareTo(Severity.LOW) <= 0 ? ObjectStatus.CONVERTED_WITH_WARNINGS : ObjectStatus.MANUAL;
        }
    }
}
