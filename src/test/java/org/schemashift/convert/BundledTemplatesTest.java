package org.schemashift.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.schemashift.convert.proc.CallRule;
import org.schemashift.model.sql.SqlTemplate;

/**
 * The bundled rules' canonical templates are parsed on first use, not when a run loads them, so
 * this checks every one of them: each parses and names only canonical operators.
 */
class BundledTemplatesTest {

    @ParameterizedTest
    @ValueSource(strings = {"oracle", "sqlserver", "mysql"})
    void everyCanonicalTemplateOfASourceDialectParses(String dialect) {
        List<String[]> templates = new ArrayList<>();
        for (FunctionRule rule : FunctionRules.bundledList(dialect, "read", FunctionRule.class)) {
            if (rule.to() != null) templates.add(new String[] {rule.id(), rule.to()});
        }
        for (CallRule rule : FunctionRules.bundledList(dialect, "calls", CallRule.class)) {
            Stream.of(rule.to(), rule.perform(), rule.output()).filter(t -> t != null)
                    .forEach(t -> templates.add(new String[] {rule.id(), t}));
        }
        assertThat(templates).isNotEmpty();
        for (String[] template : templates) {
            assertThatCode(() -> SqlTemplate.canonical(template[1]).parsed()).as(dialect + " rule " + template[0]).doesNotThrowAnyException();
        }
    }
}
