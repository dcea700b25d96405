package org.schemashift.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemashift.emit.postgresql.PostgresqlExpressions;
import org.schemashift.emit.postgresql.PostgresqlIdentifiers;
import org.schemashift.model.ActionCode;
import org.schemashift.model.GeneralCode;
import org.schemashift.model.Expr;
import org.schemashift.model.NameCase;
import org.schemashift.model.SourceSpan;
import org.schemashift.pipeline.Dialects;
import org.schemashift.testing.SourceExpressions;

/**
 * Function rules: a dialect's read rules turn source calls into canonical ones, a user's rules are
 * tried first (today's direct format: the target's own SQL; or read rules like a dialect's), and
 * every rule that converts something is recorded as a decision with its id, once per clause.
 */
class FunctionRulesTest {
    private static final SourceSpan CLAUSE = new SourceSpan("test.sql", 1, 1);

    @TempDir
    Path dir;

    @Test
    void aUserRuleInTheDirectFormatIsTriedFirstAndWrittenAsGiven() throws IOException {
        Path mine = rulesFile("""
                functions:
                  - id: SHOP-1
                    name: ADD_MONTHS
                    to: shop.add_months({0}, {1})
                """);
        assertThat(postgresql("oracle", "ADD_MONTHS(SYSDATE, 1)", mine)).isEqualTo("shop.add_months(LOCALTIMESTAMP(0), 1)");
    }

    @Test
    void aUserReadRuleMapsASourceFunctionToACanonicalExpressionThatEveryTargetSpells() throws IOException {
        Path mine = rulesFile("""
                read:
                  functions:
                    - id: SHOP-2
                      name: NEXT_QUARTER
                      args: 1
                      to: ADD_MONTHS({0}, 3)
                """);
        assertThat(postgresql("oracle", "NEXT_QUARTER(SYSDATE)", mine)).isEqualTo("oracle_compat.add_months(LOCALTIMESTAMP(0), 3)");
    }

    @Test
    void aReadRuleMayOnlyNameCanonicalOperators() throws IOException {
        Path mine = rulesFile("""
                read:
                  functions:
                    - id: SHOP-3
                      name: NEXT_QUARTER
                      to: add_quarters({0}, 1)
                """);
        assertThatThrownBy(() -> MappingRules.load("oracle", "postgresql", mine))
                .isInstanceOf(MappingRules.RulesException.class)
                .hasMessageContaining("SHOP-3").hasMessageContaining("add_quarters, which is not a canonical operator");
    }

    @Test
    void aCallTheNamedJavaRuleRefusesIsReportedNotPassedThrough() {
        ActionItems items = new ActionItems();
        Expr converted = converter("oracle", null, items).convert(SourceExpressions.read("oracle", "NVL(1, 2, 3)"), CLAUSE, "test");
        assertThat(converted.node()).isNull();
        assertThat(items.all()).singleElement().satisfies(item -> {
            assertThat(item.code()).isEqualTo(GeneralCode.UNMAPPED_FUNCTION);
            assertThat(item.message()).contains("no target equivalent for NVL");
        });
    }

    @Test
    void everyRuleThatConvertedSomethingIsADecisionOncePerClause() {
        ActionItems items = new ActionItems();
        converter("oracle", null, items).convert(
                SourceExpressions.read("oracle", "NVL(NVL(NULL, 1), 2) + ADD_MONTHS(SYSDATE, 1) - SYSDATE"), CLAUSE, "default of T.C");
        assertThat(items.decisions()).extracting(d -> d.ruleId() + " " + d.message()).containsExactly(
                "ORA-J024 default of T.C: NVL",
                "ORA-F010 default of T.C: SYSDATE",
                "ORA-F014 default of T.C: ADD_MONTHS",
                "ORA-J008 default of T.C: -");
    }

    private Path rulesFile(String yaml) throws IOException {
        return Files.writeString(dir.resolve("mine.yaml"), yaml);
    }

    private static ExpressionConverter converter(String source, Path userRules, ActionItems items) {
        return new ExpressionConverter(MappingRules.load(source, "postgresql", userRules).functions(),
                Dialects.expressionRules(source, "postgresql"), items);
    }

    private static String postgresql(String source, String expression, Path userRules) {
        ActionItems items = new ActionItems();
        Expr converted = converter(source, userRules, items).convert(SourceExpressions.read(source, expression), CLAUSE, "test");
        assertThat(converted.node()).as("converted (items %s)", items.all()).isNotNull();
        return new PostgresqlExpressions(new PostgresqlIdentifiers(NameCase.UPPER_CANONICAL)).write(converted.node());
    }
}
