package org.schemashift.emit.postgresql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.schemashift.model.proc.ProcOperators.CollectionMethod.*;
import static org.schemashift.model.proc.Condition.Standard.NOT_FOUND;
import static org.schemashift.testing.ProcIr.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.schemashift.model.proc.Declaration;
import org.schemashift.model.proc.IntoRows;
import org.schemashift.model.proc.ProcType;

/** Nested tables and VARRAYs as PostgreSQL arrays: constructors, element access and every collection method, run. */
class PlPgSqlCollectionsTest extends PlPgSqlTestBase {
    private static final List<String> ASSOCIATIVE_ARRAY_HELPERS = List.of("oracle_compat.assoc_element", "oracle_compat.assoc_key");

    /** An uninitialised collection has no element (EXISTS false; its COUNT raises COLLECTION_IS_NULL: CollectionIsNullOnPostgresTest). */
    @Test
    void anUninitialisedCollectionHasNoElementAndAnEmptyOneCountsZeroAndHasNoFirstOrLast() throws Exception {
        create(function("EMPTY_FACTS", "text", List.of(),
                block(assign(expr("BEFORE_INIT"), method(EXISTS, "V", "1")),
                        assign("V", "NUMS()"),
                        assign(expr("AFTER_INIT"), method(COUNT, "V")),
                        assign(expr("LO"), method(FIRST, "V")),
                        assign(expr("HI"), method(LAST, "V")),
                        assign(expr("HAS_ONE"), method(EXISTS, "V", "1")),
                        returnValue("CAST(BEFORE_INIT AS VARCHAR(5)) || ',' || AFTER_INIT || ',' || coalesce(CAST(LO AS VARCHAR(5)), 'null') || ','"
                                + " || coalesce(CAST(HI AS VARCHAR(5)), 'null') || ',' || CAST(HAS_ONE AS VARCHAR(5))"))
                        .declare(tableOf("NUMS", "integer"), variableOf("V", "NUMS"), variable("BEFORE_INIT", "boolean"),
                                variable("AFTER_INIT", "integer"), variable("LO", "integer"), variable("HI", "integer"),
                                variable("HAS_ONE", "boolean"))));

        assertThat(one("SELECT empty_facts()")).isEqualTo("false,0,null,null,false");
    }

    @Test
    void constructorElementAccessExtendTrimAndDeleteChangeTheArrayAsOracleDoes() throws Exception {
        create(function("COLLECTION_STEPS", "text", List.of(),
                block(assign("V", "WORDS('a', 'b', 'c')"),
                        assign("V[2]", "'B'"),
                        change(EXTEND, "V", "2"),
                        assign("STEPS", "cardinality(V) || ':' || array_to_string(V, ',', '*')"),
                        change(EXTEND, "V", "1", "1"),
                        assign("STEPS", "STEPS || ' ' || array_to_string(V, ',', '*')"),
                        change(TRIM, "V", "3"),
                        assign("STEPS", "STEPS || ' ' || array_to_string(V, ',', '*')"),
                        change(TRIM, "V"),
                        assign("STEPS", "STEPS || ' ' || array_to_string(V, ',', '*')"),
                        change(DELETE, "V"),
                        returnValue("STEPS || ' ' || cardinality(V)"))
                        .declare(tableOf("WORDS", "varchar(5)"), variableOf("V", "WORDS"), variable("STEPS", "text"))));

        assertThat(one("SELECT collection_steps()")).isEqualTo("5:a,B,c,*,* a,B,c,*,*,a a,B,c a,B 0");
    }

    @Test
    void nextPriorExistsAndLimitWalkTheIndexes() throws Exception {
        create(function("WALK", "text", List.of(),
                block(assign("V", "TRIO(10, 20, 30)"),
                        assign(expr("I"), method(FIRST, "V")),
                        whileLoop("I IS NOT NULL", assign("PATH", "PATH || V[I] || ' '"), assign(expr("I"), method(NEXT, "V", "I"))),
                        assign(expr("I"), method(LAST, "V")),
                        whileLoop("I IS NOT NULL", assign("PATH", "PATH || I || ' '"), assign(expr("I"), method(PRIOR, "V", "I"))),
                        assign(expr("MAX_SIZE"), method(LIMIT, "V")),
                        assign(expr("HAS_THREE"), method(EXISTS, "V", "3")),
                        assign(expr("HAS_FOUR"), method(EXISTS, "V", "4")),
                        returnValue("PATH || MAX_SIZE || ' ' || CAST(HAS_THREE AS VARCHAR(5)) || ' ' || CAST(HAS_FOUR AS VARCHAR(5))"))
                        .declare(varrayOf("TRIO", 3, "integer"), variableOf("V", "TRIO"), variable("I", "integer"),
                                variable("PATH", "text", "''"), variable("MAX_SIZE", "integer"),
                                variable("HAS_THREE", "boolean"), variable("HAS_FOUR", "boolean"))));

        assertThat(one("SELECT walk()")).isEqualTo("10 20 30 3 2 1 3 true false");
    }

    @Test
    void deletingElementsOfANestedTableOfScalarsCutsItsEndAndAnInnerOneFails() throws Exception {
        run(CompatFunctions.script(List.of("oracle_compat.collection_delete")));
        create(function("DROP_AT", "integer", List.of(in("P", "integer")),
                block(assign("V", "NUMS(1, 2, 3)"), change(DELETE, "V", "P"), returnValue("cardinality(V)"))
                        .declare(tableOf("NUMS", "integer"), variableOf("V", "NUMS"))));

        assertThat(one("SELECT drop_at(3)")).isEqualTo("2");
        assertThatThrownBy(() -> one("SELECT drop_at(2)")).hasMessageContaining("would leave a gap");
        assertThat(items.all()).anySatisfy(i -> assertThat(i.code().code()).isEqualTo("SS-PG-0610"));
    }

    @Test
    void aRecordVariableOfALocalRecordTypeTakesTheRowASelectPutsInIt() throws Exception {
        run("CREATE TABLE people (id integer, name text); INSERT INTO people VALUES (1, 'Ada')");
        create(function("PERSON_NAME", "text", List.of(in("P_ID", "integer")),
                block(selectInto("SELECT ID, NAME FROM PEOPLE WHERE ID = P_ID", IntoRows.EXACTLY_ONE, "R"), returnValue("R.NAME"))
                        .declare(new Declaration.RecordType("PERSON", List.of(new ProcType.Field("ID", type("integer")),
                                new ProcType.Field("NAME", type("text"))), AT), variableOf("R", "PERSON"))));

        assertThat(one("SELECT person_name(1)")).isEqualTo("Ada");
        assertThat(items.all()).anySatisfy(i -> assertThat(i.message()).contains("PERSON"));
    }

    @Test
    void anAssociativeArrayByStringKeysIsAJsonbObjectWalkedInKeyOrder() throws Exception {
        run(CompatFunctions.script(ASSOCIATIVE_ARRAY_HELPERS));
        String sql = create(function("CAPITALS", "text", List.of(in("MISSING_KEY", "text")),
                block(assign("CAPITAL['nl']", "'Amsterdam'"), assign("CAPITAL['de']", "'Berlin'"), assign("CAPITAL['fr']", "'Paris'"),
                        assign("CAPITAL['de']", "'Bonn'"), change(DELETE, "CAPITAL", "'nl'"), assign("CAPITAL['at']", "'Wien'"),
                        assign(expr("K"), method(FIRST, "CAPITAL")),
                        whileLoop("K IS NOT NULL", assign("WALK", "WALK || K || '=' || CAPITAL[K] || ' '"),
                                assign(expr("K"), method(NEXT, "CAPITAL", "K"))),
                        assign(expr("N"), method(COUNT, "CAPITAL")),
                        assign(expr("HAS_NL"), method(EXISTS, "CAPITAL", "'nl'")),
                        assign("WALK", "WALK || N || ' ' || CAST(HAS_NL AS VARCHAR(5)) || ' ' || CAPITAL[MISSING_KEY]"),
                        returnValue("WALK"))
                        .declare(new Declaration.CollectionType("BY_COUNTRY", type("varchar(20)"), type("varchar(2)"), null, AT),
                                variableOf("CAPITAL", "BY_COUNTRY"), variable("K", "varchar(2)"),
                                variable("WALK", "text", "''"), variable("N", "integer"), variable("HAS_NL", "boolean"))
                        .onError(NOT_FOUND, returnValue("'no data found'"))));

        assertThat(sql).contains("capital jsonb := '{}';");
        assertThat(one("SELECT capitals('de')")).isEqualTo("at=Wien de=Bonn fr=Paris 3 false Bonn");
        assertThat(one("SELECT capitals('nl')")).as("reading a missing key raises NO_DATA_FOUND").isEqualTo("no data found");
    }

    @Test
    void anAssociativeArrayByIntegerKeysIsSparseAndOrderedByNumber() throws Exception {
        run(CompatFunctions.script(ASSOCIATIVE_ARRAY_HELPERS));
        create(function("SPARSE_SUM", "text", List.of(),
                block(assign("V[100]", "1"), assign("V[9]", "2"), assign("V[-5]", "3"), assign("V[20]", "V[9] * 10"),
                        assign(expr("I"), method(LAST, "V")),
                        whileLoop("I IS NOT NULL", assign("PATH", "PATH || I || ':' || V[I] || ' '"), assign(expr("I"), method(PRIOR, "V", "I"))),
                        returnValue("PATH || " + "'count '" + " || CAST(V_COUNT AS VARCHAR(5))"))
                        .declare(new Declaration.CollectionType("BY_NUMBER", type("integer"), type("integer"), null, AT),
                                variableOf("V", "BY_NUMBER"), variable("I", "integer"), variable("PATH", "text", "''"),
                                variable("V_COUNT", "integer", "4"))));

        assertThat(one("SELECT sparse_sum()")).isEqualTo("100:1 20:20 9:2 -5:3 count 4");
    }
}
