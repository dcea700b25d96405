package org.schemashift.convert.proc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schemashift.convert.proc.OracleCodeOnPostgres.oracle;
import static org.schemashift.testing.ProcIr.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.schemashift.convert.ActionItems;
import org.schemashift.convert.CatalogAssembler;
import org.schemashift.emit.EmittedObject;
import org.schemashift.emit.TargetOptions;
import org.schemashift.emit.mysql.MySqlTargetCode;
import org.schemashift.model.Catalog;
import org.schemashift.model.Disposition;
import org.schemashift.model.GeneralCode;
import org.schemashift.model.NameCase;
import org.schemashift.model.ObjectKind;
import org.schemashift.model.ObjectName;
import org.schemashift.model.PackageDef;
import org.schemashift.model.Routine;
import org.schemashift.model.SchemaChange;
import org.schemashift.model.SourceSpan;
import org.schemashift.model.SourceStatement;
import org.schemashift.model.proc.Declaration;
import org.schemashift.pipeline.Dialects;

/** How code is assembled into the catalog, and what a target without a stored-program writer does with it. */
class CodeInTheCatalogTest {
    private static final SourceSpan SPEC_AT = new SourceSpan("pkg.sql", 1, 1);
    private static final SourceSpan BODY_AT = new SourceSpan("pkg.sql", 20, 1);
    private static final Routine PING = function("PING", oracle("NUMBER"), List.of(), block(returnValue("1")));

    private static Catalog assemble(ActionItems items, SchemaChange... changes) {
        List<SourceStatement> statements = java.util.Arrays.stream(changes)
                .map(c -> new SourceStatement(AT, "", ObjectKind.PACKAGE, "", Disposition.PARSED, List.of(c), List.of())).toList();
        return new CatalogAssembler(items).assemble(statements);
    }

    private static SchemaChange spec() {
        return new SchemaChange.CreatePackage(new PackageDef(ObjectName.of("P"), List.of(header(PING)), List.of(), null, SPEC_AT));
    }

    private static SchemaChange body() {
        Declaration.Subprogram ping = new Declaration.Subprogram("PING", PING.signature(), PING.body(), BODY_AT);
        return new SchemaChange.CreatePackage(new PackageDef(ObjectName.of("P"), List.of(), List.of(ping),
                block(nothing()).build(), BODY_AT));
    }

    @Test
    void aPackagesSpecificationAndBodyMergeInEitherOrder() {
        for (List<SchemaChange> order : List.of(List.of(spec(), body()), List.of(body(), spec()))) {
            ActionItems items = new ActionItems();
            Catalog catalog = assemble(items, order.toArray(SchemaChange[]::new));

            assertThat(catalog.packages()).hasSize(1);
            PackageDef pkg = catalog.packages().get(0);
            assertThat(pkg.specification()).hasSize(1);
            assertThat(pkg.body()).hasSize(1);
            assertThat(pkg.initialization()).isNotNull();
            assertThat(items.all()).isEmpty();
        }
    }

    @Test
    void aPartGivenTwiceIsADuplicateAndEitherMayComeAlone() {
        ActionItems items = new ActionItems();
        assertThat(assemble(items, body()).packages().get(0).specification()).isEmpty();
        assertThat(assemble(items, spec(), spec()).packages()).hasSize(1);
        assertThat(items.all()).extracting(i -> i.code()).containsExactly(GeneralCode.DUPLICATE_OBJECT);
    }

    @Test
    void aDroppedRoutineTakesEveryOverload() {
        ActionItems items = new ActionItems();
        Catalog catalog = assemble(items, new SchemaChange.CreateRoutine(function("F", oracle("NUMBER"), List.of(), block(returnValue("1")))),
                new SchemaChange.CreateRoutine(function("F", oracle("NUMBER"), List.of(in("X", oracle("NUMBER"))), block(returnValue("X")))),
                new SchemaChange.DropObject(ObjectKind.FUNCTION, ObjectName.of("F"), null, false, AT));

        assertThat(catalog.routines()).isEmpty();
    }

    @Test
    void aPackagesRoutinesLandOnTheirOwnSubprogramsInTheReport() {
        OracleCodeOnPostgres code = new OracleCodeOnPostgres().code(spec(), body());

        assertThat(code.emitted()).filteredOn(o -> o.kind() == ObjectKind.FUNCTION).extracting(EmittedObject::origin)
                .containsExactly(BODY_AT);
    }

    @Test
    void mySqlKeepsCodeCommentedOutWithAnItem() {
        OracleCodeOnPostgres source = new OracleCodeOnPostgres().code(spec(), body(),
                new SchemaChange.CreateRoutine(function("PONG", oracle("NUMBER"), List.of(), block(returnValue("2")))));
        ActionItems items = new ActionItems();
        List<EmittedObject> objects = Dialects.target("mysql").emit(source.converted(), NameCase.UPPER_CANONICAL, items,
                TargetOptions.DEFAULTS);

        List<EmittedObject> code = objects.stream().filter(o -> o.kind() == ObjectKind.FUNCTION || o.kind() == ObjectKind.PROCEDURE).toList();
        assertThat(code).extracting(EmittedObject::name).containsExactly("PONG", "P.PING", "P.PACKAGE__INIT");
        assertThat(code).allSatisfy(o -> assertThat(o.sql()).startsWith("-- [SS-MYSQL-0780]"));
        assertThat(items.all()).filteredOn(i -> i.code() == MySqlTargetCode.STORED_PROGRAM_NOT_WRITTEN).hasSize(3);
    }
}
