package org.schemashift.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.schemashift.pipeline.ConversionResult;
import org.schemashift.pipeline.SchemaScript;
import org.schemashift.testing.SharedMariaDb;
import org.schemashift.testing.SharedPostgres;

/**
 * MySQL's JSON functions in views run on MariaDB as written and on PostgreSQL as converted to jsonb give the same
 * documents, compared as text. The documents are written as both servers print them (keys sorted by length, then
 * bytes, as MySQL and jsonb keep them; MariaDB keeps them as written), so the text compares too. A comparison is a
 * JSON boolean on all three; the literal TRUE is true on MySQL 8.0 and PostgreSQL but 1 on MariaDB, so it is not here.
 */
class MySqlJsonOnBothServersTest {
    private static final String ROWS = """
            INSERT INTO doc VALUES (1, 'x y', '{"a": {"b": [10, 20]}, "k": 1, "n": "x y"}');
            INSERT INTO doc VALUES (2, 'two', '{"k": 2, "n": "two"}');
            INSERT INTO doc VALUES (3, 'none', NULL);
            """;

    @Test
    void jsonFunctionsGiveTheSameDocuments() throws Exception {
        String source = """
                CREATE TABLE doc (id INT PRIMARY KEY, name VARCHAR(20), body JSON);
                CREATE VIEW v_extract AS SELECT id, JSON_EXTRACT(body, '$.a.b[1]') AS e1, body->'$.a' AS e2, body->>'$.n' AS t1,
                  JSON_UNQUOTE(JSON_EXTRACT(body, '$."n"')) AS t2, JSON_EXTRACT(body, '$.missing') AS e3,
                  JSON_EXTRACT(body, '$') AS whole, JSON_TYPE(body) AS t, JSON_TYPE(JSON_EXTRACT(body, '$.a')) AS ta,
                  JSON_TYPE(JSON_EXTRACT(body, '$.k')) AS tk, JSON_TYPE(JSON_EXTRACT(body, '$.n')) AS tn,
                  JSON_TYPE(JSON_ARRAY(1.5, TRUE, NULL)) AS tarr, JSON_TYPE(JSON_EXTRACT('[1.5, null, -3]', '$[0]')) AS td,
                  JSON_TYPE(JSON_EXTRACT('[1.5, null, -3]', '$[1]')) AS tnull, JSON_TYPE(JSON_EXTRACT('[1.5, null, -3]', '$[2]')) AS tneg
                  FROM doc;
                CREATE VIEW v_build AS SELECT id, JSON_OBJECT('n', name, 'id', id) AS o, JSON_ARRAY(id, name, NULL) AS a,
                  JSON_QUOTE(name) AS q, JSON_OBJECT('in', JSON_ARRAY(id)) AS nested,
                  JSON_ARRAY(id > 1) AS flags FROM doc;
                CREATE VIEW v_shape AS SELECT id, JSON_LENGTH(body) AS l, JSON_LENGTH(body, '$.a.b') AS lb, JSON_KEYS(body) AS ks,
                  JSON_KEYS(body, '$.a') AS ka, JSON_CONTAINS(body, '1', '$.k') AS c1, JSON_CONTAINS(body, '{"k": 2}') AS c2,
                  JSON_CONTAINS_PATH(body, 'one', '$.zz', '$.k') AS one, JSON_CONTAINS_PATH(body, 'all', '$.zz', '$.k') AS alls,
                  JSON_CONTAINS(body, '{"k": 2}') + 0 AS c2n, JSON_CONTAINS_PATH(body, 'one', '$.k') + 0 AS p1n FROM doc;
                CREATE VIEW v_change AS SELECT id, JSON_SET(body, '$.k', 7) AS s1, JSON_SET(body, '$.z', 'new') AS s2,
                  JSON_REPLACE(body, '$.z', 1) AS r1, JSON_REPLACE(body, '$.n', 'r') AS r2, JSON_INSERT(body, '$.k', 5) AS i1,
                  JSON_INSERT(body, '$.z', 5) AS i2, JSON_REMOVE(body, '$.k') AS rm FROM doc;
                CREATE VIEW v_agg AS SELECT id, JSON_ARRAYAGG(name) AS names, JSON_OBJECTAGG(name, id) AS byname FROM doc GROUP BY id;
                """;
        try (Connection maria = SharedMariaDb.freshDatabase("views_json");
             Connection pg = SharedPostgres.freshDatabase("views_json")) {
            // MariaDB has no -> and ->> (MySQL 5.7's shorthands): it runs what the MySQL manual says they stand for.
            SharedMariaDb.runScript(maria, source.replace("body->>'$.n'", "JSON_UNQUOTE(JSON_EXTRACT(body, '$.n'))")
                    .replace("body->'$.a'", "JSON_EXTRACT(body, '$.a')") + ROWS);
            SharedPostgres.runScript(pg, SchemaScript.render(MySqlCorpusOnBoth.convert(source)) + ROWS);
            for (String view : List.of("v_extract", "v_build", "v_shape", "v_change")) {
                assertThat(rows(pg, view)).as(view).isEqualTo(rows(maria, view));
            }
            // MySQL 8.0 prints the aggregated object as jsonb does, {"x y": 1}; MariaDB without the space after ':'.
            assertThat(rows(pg, "v_agg")).extracting(row -> row.replace("\": ", "\":")).isEqualTo(rows(maria, "v_agg"));
        }
    }

    private static List<String> rows(Connection db, String view) throws Exception {
        return MySqlCorpusOnBoth.rows(db, "SELECT * FROM " + view);
    }

    @Test
    void wildcardsSeveralPathsJsonValidAndMergesAreActionItems() throws Exception {
        ConversionResult result = MySqlCorpusOnBoth.convert("""
                CREATE TABLE doc (id INT PRIMARY KEY, body JSON);
                CREATE VIEW v_star AS SELECT JSON_EXTRACT(body, '$[*]') AS s FROM doc;
                CREATE VIEW v_deep AS SELECT JSON_EXTRACT(body, '$**.a') AS s FROM doc;
                CREATE VIEW v_two AS SELECT JSON_EXTRACT(body, '$.a', '$.b') AS s FROM doc;
                CREATE VIEW v_pairs AS SELECT JSON_SET(body, '$.a', 1, '$.b', 2) AS s FROM doc;
                CREATE VIEW v_valid AS SELECT JSON_VALID(body) AS s FROM doc;
                CREATE VIEW v_merge AS SELECT JSON_MERGE_PATCH(body, '{"a": null}') AS s FROM doc;
                """);
        assertThat(result.conversionItems()).extracting(i -> i.code().code())
                .contains("SS-MY-0179", "SS-MY-0180", "SS-MY-0182", "SS-MY-0183");
        assertThat(SchemaScript.render(result)).doesNotContain("jsonb_extract_path");
    }
}
