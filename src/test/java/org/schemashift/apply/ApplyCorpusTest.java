package org.schemashift.apply;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.schemashift.pipeline.ConversionPipeline;
import org.schemashift.pipeline.InputFiles;
import org.schemashift.pipeline.SchemaScript;
import org.schemashift.testing.Corpora;

/**
 * Every corpus schema, converted, applies in one transaction through apply's own reader and
 * splitter (routine bodies, comments and quotes of real schemas), and a second apply is a no-op.
 */
class ApplyCorpusTest {
    private static final Map<String, List<String>> CASES = new LinkedHashMap<>();

    static {
        CASES.put("sakila", List.of("mysql-sakila/sakila-mv-schema.sql"));
        CASES.put("employees", List.of("mysql-employees/employees.sql"));
        CASES.put("chinook", List.of("chinook/Chinook_MySql.sql"));
        CASES.put("quartz", List.of("quartz/tables_mysql_innodb.sql"));
        CASES.put("flowable", List.of("flowable/flowable.mysql.all.create.sql"));
        CASES.put("guacamole", List.of("guacamole/guacamole-auth-jdbc-mysql/schema/001-create-schema.sql"));
        CASES.put("spring-batch", List.of("spring-batch/schema-mysql.sql"));
        CASES.put("alfresco", List.of("alfresco/org.alfresco.repo.domain.dialect.MySQLInnoDBDialect"));
    }

    @TestFactory
    Stream<DynamicTest> corpusSchemasApplyAndReapplyAsANoOp() {
        return CASES.entrySet().stream().map(c -> DynamicTest.dynamicTest(c.getKey(), () -> check(c.getKey(), c.getValue())));
    }

    private static void check(String name, List<String> relativePaths) {
        List<Path> paths = relativePaths.stream().map(Corpora::path).toList();
        String script = SchemaScript.render(new ConversionPipeline("mysql", "postgresql", null).run(InputFiles.read(paths)));
        TargetDatabase target = TargetDatabases.forDialect("postgresql");
        List<ScriptObject> objects = SchemaScriptReader.read(script, target.splitter());
        ConnectionSettings database = target.embeddedServer().freshDatabase("apply_corpus_" + name);
        SchemaApply apply = new SchemaApply(target, new SchemaApply.Options(null, false, false, false), ApplyProgress.silent());

        ApplyResult first = apply.apply(objects, database);
        assertThat(first.firstFailure()).as(name + ": first failure").isEmpty();
        long commentedOut = objects.stream().filter(o -> o.statements().isEmpty()).count();
        assertThat(first.count(ObjectResult.Outcome.COMMENTED_OUT)).isEqualTo(commentedOut);
        assertThat(first.count(ObjectResult.Outcome.CREATED)).isEqualTo(objects.size() - commentedOut);

        ApplyResult second = apply.apply(objects, database);
        assertThat(second.count(ObjectResult.Outcome.UNCHANGED)).as(name + ": re-run").isEqualTo(objects.size() - commentedOut);
    }
}
