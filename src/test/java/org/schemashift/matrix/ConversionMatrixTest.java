package org.schemashift.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.schemashift.emit.EmittedObject;
import org.schemashift.model.ObjectKind;
import org.schemashift.pipeline.ConversionPipeline;
import org.schemashift.pipeline.ConversionResult;
import org.schemashift.source.SourceFile;

/**
 * The conversion matrix: every case of {@code src/test/resources/matrix} is converted from its
 * source to each target it names, through the whole pipeline (fixture tables and the case's view
 * in one input file, as a user's script would be), the written text is compared, the view is
 * created on that target's test server over the converted fixture and its rows are checked.
 */
class ConversionMatrixTest {
    private static final Path ROOT = Path.of("src/test/resources/matrix");
    /** One converted, loaded fixture database per (file, target), shared by the file's cases. */
    private static final Map<String, Fixture> FIXTURES = new HashMap<>();

    @TestFactory
    Stream<DynamicNode> matrix() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(ROOT)) {
            files = walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(files).as("matrix files under " + ROOT).isNotEmpty();
        List<DynamicNode> nodes = new ArrayList<>();
        for (Path file : files) {
            MatrixFile matrix = MatrixFile.read(file);
            String fileName = ROOT.relativize(file).toString();
            List<DynamicNode> cases = new ArrayList<>();
            for (int i = 0; i < matrix.cases().size(); i++) {
                MatrixFile.Case c = matrix.cases().get(i);
                int number = i;
                for (String target : c.targets()) {
                    cases.add(DynamicTest.dynamicTest(c.name() + " [" + matrix.source() + " → " + target + "]",
                            () -> check(fileName, matrix, number, MatrixTarget.of(target))));
                }
            }
            nodes.add(DynamicContainer.dynamicContainer(fileName, cases));
        }
        return nodes.stream();
    }

    @AfterAll
    static void closeDatabases() throws SQLException {
        for (Fixture fixture : FIXTURES.values()) fixture.db.close();
        FIXTURES.clear();
    }

    private static void check(String fileName, MatrixFile matrix, int number, MatrixTarget target) throws Exception {
        Fixture fixture = fixture(fileName, matrix, target);
        MatrixFile.Case c = matrix.cases().get(number);
        EmittedObject view = fixture.views.get(viewName(number));
        assertThat(view).as("view for case %s in the %s output", c.name(), target.id()).isNotNull();
        String unconvertible = c.unconvertible().get(target.id());
        if (unconvertible != null) {
            assertThat(view.sql()).as("unconvertible view is commented out").startsWith("-- ");
            assertThat(fixture.result.conversionItems()).as("action items")
                    .anySatisfy(item -> assertThat(item.message()).contains(unconvertible));
            return;
        }
        assertThat(queryOf(view.sql())).as("%s text of: %s", target.id(), c.query()).isEqualTo(c.write().get(target.id()));
        target.runScript(fixture.db, view.sql());
        assertThat(MatrixTarget.rows(fixture.db, "SELECT * FROM " + view.name()))
                .as("rows of %s on %s", c.query(), target.id()).containsExactlyElementsOf(c.expectedRows(target.id()));
    }

    /** The fixture converted with the file's views, its tables created and loaded; views are created per case. */
    private static synchronized Fixture fixture(String fileName, MatrixFile matrix, MatrixTarget target) throws Exception {
        String key = fileName + "→" + target.id();
        Fixture existing = FIXTURES.get(key);
        if (existing != null) return existing;
        StringBuilder input = new StringBuilder(matrix.fixture().strip()).append('\n');
        for (int i = 0; i < matrix.cases().size(); i++) {
            input.append("CREATE VIEW ").append(viewName(i)).append(" AS ").append(matrix.cases().get(i).query().strip())
                    .append(";\n");
        }
        ConversionResult result = new ConversionPipeline(matrix.source(), target.id(), null)
                .run(List.of(new SourceFile(fileName, input.toString())));
        Connection db = target.freshDatabase("matrix_" + target.id().substring(0, 2));
        Map<String, EmittedObject> views = new HashMap<>();
        for (EmittedObject object : result.objects()) {
            if (object.kind() == ObjectKind.VIEW) views.put(object.name().toLowerCase(Locale.ROOT), object);
            else target.runScript(db, object.sql());
        }
        for (String row : matrix.rows()) target.runScript(db, row);
        Fixture fixture = new Fixture(db, result, views);
        FIXTURES.put(key, fixture);
        return fixture;
    }

    private static String viewName(int number) {
        return "matrix_case_" + (number + 1);
    }

    /** The query of {@code CREATE VIEW name AS\n<query>;}, as one line. */
    private static String queryOf(String createView) {
        String query = createView.substring(createView.indexOf(" AS\n") + 4).strip();
        return query.endsWith(";") ? query.substring(0, query.length() - 1) : query;
    }

    private record Fixture(Connection db, ConversionResult result, Map<String, EmittedObject> views) {
    }
}
