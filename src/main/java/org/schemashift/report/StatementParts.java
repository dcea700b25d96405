package org.schemashift.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.schemashift.emit.EmittedObject;
import org.schemashift.model.Index;
import org.schemashift.model.ObjectKind;
import org.schemashift.model.ObjectName;
import org.schemashift.model.ObjectReference;
import org.schemashift.model.ObjectReferences;
import org.schemashift.model.PackageDef;
import org.schemashift.model.SchemaChange;
import org.schemashift.model.SourceSpan;
import org.schemashift.model.SourceStatement;
import org.schemashift.model.Trigger;
import org.schemashift.model.TableChange;
import org.schemashift.model.proc.Declaration;
import org.schemashift.model.proc.NameConflict;
import org.schemashift.model.proc.RoutineBody;

/**
 * What objects one statement creates or changes, read from its schema changes: a CREATE makes
 * the object, an ALTER, COMMENT or absorbed index folds into the object it names, DROP and USE
 * make none. An anonymous block that runs several CREATEs has one part per object it creates.
 */
final class StatementParts {

    /**
     * One object a statement makes ({@code creates}) or folds into: the kinds it may have (a
     * comment names a table or a view), its name, where in the statement its part starts, a note
     * for the object (an index absorbed by a key), and the objects it depends on.
     */
    record Part(List<ObjectKind> kinds, ObjectName name, boolean creates, SourceSpan start, String note,
                List<ObjectReference> dependsOn, boolean takesItems) {
        Part(List<ObjectKind> kinds, ObjectName name, boolean creates, SourceSpan start, String note, List<ObjectReference> dependsOn) {
            this(kinds, name, creates, start, note, dependsOn, true);
        }
    }

    private StatementParts() {
    }

    /** The parts of a statement, given the target objects emitted from it (to tell an absorbed index). */
    static List<Part> of(SourceStatement statement, List<EmittedObject> emitted) {
        List<Part> parts = new ArrayList<>();
        SourceSpan at = statement.span();
        Set<SourceSpan> indexes = emitted.stream().filter(o -> o.kind() == ObjectKind.INDEX).map(EmittedObject::origin)
                .collect(Collectors.toSet());
        for (SchemaChange change : statement.changes()) {
            if (change instanceof SchemaChange.CreateTable c) {
                parts.add(creates(ObjectKind.TABLE, c.table().name(), span(c.table().span(), at),
                        c.table().foreignKeys().stream().map(fk -> new ObjectReference(ObjectKind.TABLE, fk.refTable())).toList()));
                inlineIndexes(c.table().indexes(), indexes, parts);
            } else if (change instanceof SchemaChange.CreateTableLike c) {
                parts.add(creates(ObjectKind.TABLE, c.table(), span(c.span(), at),
                        List.of(new ObjectReference(ObjectKind.TABLE, c.like()))));
            } else if (change instanceof SchemaChange.AlterTable c) {
                parts.add(new Part(List.of(ObjectKind.TABLE), c.table(), false, span(c.span(), at),
                        null, alterReferences(c)));
            } else if (change instanceof SchemaChange.CreateIndex c) {
                parts.add(index(c.index(), indexes, at));
            } else if (change instanceof SchemaChange.CreateView c) {
                parts.add(creates(c.view().objectKind(), c.view().name(), span(c.view().span(), at),
                        ObjectReferences.of(c.view().query() == null ? null : c.view().query().node())));
            } else if (change instanceof SchemaChange.CreateSequence c) {
                parts.add(creates(ObjectKind.SEQUENCE, c.sequence().name(), span(c.sequence().span(), at), List.of()));
            } else if (change instanceof SchemaChange.CreateRoutine c && statement.kind() != ObjectKind.TYPE) {
                parts.add(creates(c.routine().kind(), c.routine().name(),
                        span(c.routine().span(), at), ObjectReferences.of(c.routine().body())));
            } else if (change instanceof SchemaChange.CreatePackage c) {
                parts.add(creates(ObjectKind.PACKAGE, c.pkg().name(), span(c.pkg().span(), at), packageReferences(c.pkg())));
            } else if (change instanceof SchemaChange.CreateTrigger c) {
                parts.add(creates(ObjectKind.TRIGGER, c.trigger().name(), span(c.trigger().span(), at),
                        triggerReferences(c.trigger())));
            } else if (change instanceof SchemaChange.SwitchTrigger c) {
                parts.add(folds(List.of(ObjectKind.TRIGGER), c.trigger(), span(c.span(), at)));
            } else if (change instanceof SchemaChange.CreateType c) {
                parts.add(creates(ObjectKind.TYPE, c.type().name(), span(c.type().span(), at), List.of()));
            } else if (change instanceof SchemaChange.AddDomainCheck c) {
                parts.add(folds(List.of(ObjectKind.TYPE), c.type(), at));
            } else if (change instanceof SchemaChange.CreateSynonym c) {
                parts.add(creates(ObjectKind.SYNONYM, c.synonym().name(),
                        span(c.synonym().span(), at), List.of()));
            } else if (change instanceof SchemaChange.SetComment c) {
                parts.add(folds(List.of(ObjectKind.TABLE, ObjectKind.VIEW), c.table(), span(c.span(), at)));
            } else if (change instanceof SchemaChange.CreateSchema c) {
                parts.add(creates(ObjectKind.SCHEMA, ObjectName.of(c.name()), span(c.span(), at),
                        List.of()));
            } else if (change instanceof SchemaChange.GrantPrivileges c) {
                parts.add(new Part(List.of(ObjectKind.GRANT), null, true,
                        span(c.grant().span(), at), null, List.of()));
            }
        }
        return parts;
    }

    /**
     * The subprograms with code of the packages a statement creates, and the members of a type
     * body (the routines of a TYPE statement), each by its span (that of its own statement): what
     * that subprogram depends on, its package or type first.
     */
    static Map<SourceSpan, List<ObjectReference>> members(SourceStatement statement) {
        Map<SourceSpan, List<ObjectReference>> members = new HashMap<>();
        for (SchemaChange change : statement.changes()) {
            if (change instanceof SchemaChange.CreateRoutine c && statement.kind() == ObjectKind.TYPE && c.routine().span() != null) {
                List<ObjectReference> references = new ArrayList<>();
                references.add(new ObjectReference(ObjectKind.TYPE, ObjectAssembly.parseName(statement.name())));
                if (c.routine().body() != null) references.addAll(ObjectReferences.of(c.routine().body()));
                members.put(c.routine().span(), references);
            }
            if (!(change instanceof SchemaChange.CreatePackage c)) continue;
            Set<String> names = subprogramNames(c.pkg());
            for (Declaration d : c.pkg().body()) {
                if (d instanceof Declaration.Subprogram sub && sub.body() != null && sub.span() != null) {
                    List<ObjectReference> references = new ArrayList<>();
                    references.add(new ObjectReference(ObjectKind.PACKAGE, c.pkg().name()));
                    references.addAll(inPackage(ObjectReferences.of(sub.body()), c.pkg().name(), names));
                    members.put(sub.span(), references);
                }
            }
        }
        return members;
    }

    /**
     * A package depends on what its initialisation and its subprograms use, other than its own
     * subprograms (which are objects of their own, depending on it).
     */
    private static List<ObjectReference> packageReferences(PackageDef pkg) {
        Set<String> names = subprogramNames(pkg);
        List<ObjectReference> uses = new ArrayList<>();
        if (pkg.initialization() != null) {
            uses.addAll(ObjectReferences.of(new RoutineBody(pkg.initialization(), NameConflict.CANNOT_CLASH)));
        }
        for (Declaration d : pkg.body()) {
            if (d instanceof Declaration.Subprogram sub && sub.body() != null) uses.addAll(ObjectReferences.of(sub.body()));
        }
        String own = pkg.name().name().toUpperCase(Locale.ROOT);
        return uses.stream().filter(r -> !(r.name().schema() == null ? names.contains(r.name().name().toUpperCase(Locale.ROOT))
                : r.name().schema().toUpperCase(Locale.ROOT).equals(own))).toList();
    }

    /** The package's subprogram names, upper-case (PL/SQL names are case-insensitive unless quoted). */
    private static Set<String> subprogramNames(PackageDef pkg) {
        Set<String> names = new HashSet<>();
        for (List<Declaration> declarations : List.of(pkg.specification(), pkg.body())) {
            for (Declaration d : declarations) {
                if (d instanceof Declaration.Subprogram) names.add(d.name().toUpperCase(Locale.ROOT));
            }
        }
        return names;
    }

    /** A call of a subprogram by its bare name inside its package names that package's subprogram. */
    private static List<ObjectReference> inPackage(List<ObjectReference> references, ObjectName pkg, Set<String> names) {
        return references.stream().map(r -> r.name().schema() == null && isRoutine(r)
                && names.contains(r.name().name().toUpperCase(Locale.ROOT))
                ? new ObjectReference(r.kinds(), new ObjectName(pkg.name(), r.name().name())) : r).toList();
    }

    /** True when the reference names a routine: a call, or a function in an expression. */
    static boolean isRoutine(ObjectReference r) {
        return r.kinds().contains(ObjectKind.FUNCTION) || r.kinds().contains(ObjectKind.PROCEDURE);
    }

    /** True when the statement only sets the session or drops: nothing on the target comes of it. */
    static boolean changesNoObject(SourceStatement statement) {
        return statement.changes().stream().allMatch(c -> c instanceof SchemaChange.UseSchema || c instanceof SchemaChange.DropObject);
    }

    /** An index the target has no index for (its columns are a primary or unique key's) folds into its table, noted there. */
    private static Part index(Index index, Set<SourceSpan> written, SourceSpan at) {
        SourceSpan start = span(index.span(), at);
        List<ObjectReference> table = List.of(new ObjectReference(ObjectKind.TABLE, index.table()));
        if (written.contains(start)) {
            return creates(ObjectKind.INDEX, indexName(index), start, table);
        }
        return new Part(List.of(ObjectKind.TABLE), index.table(), false, start,
                "index " + index.name() + " is the index of a key: no index of its own on the target", List.of());
    }

    /** Indexes declared inside CREATE TABLE that the target writes as indexes: objects of their own, without the table's items. */
    private static void inlineIndexes(List<Index> indexes, Set<SourceSpan> written, List<Part> parts) {
        for (Index index : indexes) {
            if (index.span() != null && index.name() != null && written.contains(index.span())) {
                parts.add(new Part(List.of(ObjectKind.INDEX), indexName(index), true,
                        index.span(), null, List.of(new ObjectReference(ObjectKind.TABLE, index.table())), false));
            }
        }
    }

    /** An index by its table and name: MySQL and SQL Server index names are unique per table only. */
    private static ObjectName indexName(Index index) {
        return new ObjectName(index.table().toString(), index.name());
    }

    /** A trigger depends on its table and on what its code uses. */
    private static List<ObjectReference> triggerReferences(Trigger trigger) {
        List<ObjectReference> references = new ArrayList<>();
        if (trigger.table() != null) references.add(new ObjectReference(ObjectKind.TABLE, trigger.table()));
        references.addAll(ObjectReferences.of(trigger.body()));
        return references;
    }

    private static List<ObjectReference> alterReferences(SchemaChange.AlterTable alter) {
        List<ObjectReference> references = new ArrayList<>();
        for (TableChange change : alter.changes()) {
            if (change instanceof TableChange.AddForeignKey fk) references.add(new ObjectReference(ObjectKind.TABLE, fk.foreignKey().refTable()));
        }
        return references;
    }

    private static Part creates(ObjectKind kind, ObjectName name, SourceSpan start, List<ObjectReference> dependsOn) {
        return new Part(List.of(kind), name, true, start, null, dependsOn);
    }

    private static Part folds(List<ObjectKind> kinds, ObjectName name, SourceSpan start) {
        return new Part(kinds, name, false, start, null, List.of());
    }

    private static SourceSpan span(SourceSpan own, SourceSpan statement) {
        return own == null ? statement : own;
    }
}
