package org.schemashift.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.schemashift.pipeline.ConversionResult;
import org.schemashift.pipeline.SchemaScript;
import org.schemashift.testing.JdbcRows;
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

    /**
     * JSON_VALID, JSON_MERGE_PATCH (RFC 7396), JSON_MERGE_PRESERVE and JSON_MERGE of two and three documents,
     * JSON_DEPTH and JSON_SEARCH (one, all, an escape character, paths) run on PostgreSQL through the mysql_compat
     * helpers, with NULL documents, null members and documents that are no objects. The strings searched are lower
     * case and no number is searched for: MariaDB compares without case and matches numbers too, MySQL (whose
     * semantics the helper has, {@link #searchAndPrettyFollowTheMySqlManual}) does neither; MariaDB's '%' also finds
     * numbers and nulls.
     */
    @Test
    void validMergeDepthAndSearchGiveTheSameValues() throws Exception {
        String source = """
                CREATE TABLE doc (id INT PRIMARY KEY, body TEXT, patch TEXT);
                CREATE VIEW v_valid AS SELECT id, JSON_VALID(body) AS v, JSON_VALID(body) + 0 AS n,
                  CASE WHEN JSON_VALID(patch) THEN 'yes' ELSE 'no' END AS p FROM doc;
                CREATE VIEW v_merge AS SELECT id, JSON_MERGE_PATCH(body, patch) AS p2, JSON_MERGE_PATCH(body, patch, '{"z": 0}') AS p3,
                  JSON_MERGE_PATCH(body, '{"b": null}') AS pnull, JSON_MERGE_PRESERVE(body, patch) AS m2,
                  JSON_MERGE_PRESERVE(body, patch, '[9]') AS m3, JSON_MERGE(body, '1') AS old FROM doc WHERE JSON_VALID(body) OR body IS NULL;
                CREATE VIEW v_depth AS SELECT id, JSON_DEPTH(body) AS d, JSON_DEPTH(patch) AS dp, JSON_DEPTH('[]') AS e FROM doc
                  WHERE JSON_VALID(body) OR body IS NULL;
                CREATE VIEW v_search AS SELECT id, JSON_SEARCH(body, 'one', 'ab%') AS one, JSON_SEARCH(body, 'all', 'ab%') AS alls,
                  JSON_SEARCH(body, 'all', 'x') AS none, JSON_SEARCH(body, 'all', 'a|%c', '|') AS esc,
                  JSON_SEARCH(body, 'all', 'a%', NULL, '$.b') AS under, JSON_SEARCH(body, 'all', 'abc', NULL, '$.b[0]', '$.a') AS two,
                  JSON_SEARCH(body, 'all', 'a%', NULL, '$') AS whole, JSON_SEARCH(body, 'one', NULL) AS nopattern FROM doc
                  WHERE JSON_VALID(body) OR body IS NULL;
                """;
        String rows = """
                INSERT INTO doc VALUES (1, '{"a": "abc", "b": ["abc", {"c": "abd", "k": 12}], "d": "a%c"}', '{"b": null, "e": {"x": 1}}');
                INSERT INTO doc VALUES (2, '{"a": {"b": {"c": 1}}, "n": null}', '{"a": {"b": {"c": null, "d": [1]}}}');
                INSERT INTO doc VALUES (3, '[1, [2, []]]', '{"a": 1}');
                INSERT INTO doc VALUES (4, '"abc"', '[true]');
                INSERT INTO doc VALUES (5, NULL, '{"a": 1}');
                INSERT INTO doc VALUES (6, '{"a": 1', NULL);
                INSERT INTO doc VALUES (7, '{}', '{}');
                """;
        try (Connection maria = SharedMariaDb.freshDatabase("views_json");
             Connection pg = SharedPostgres.freshDatabase("views_json")) {
            SharedMariaDb.runScript(maria, source + rows);
            SharedPostgres.runScript(pg, SchemaScript.render(MySqlCorpusOnBoth.convert(source)) + rows);
            for (String view : List.of("v_valid", "v_merge", "v_depth", "v_search")) {
                assertThat(rows(pg, view)).as(view).isEqualTo(rows(maria, view));
            }
        }
    }

    /**
     * JSON_TABLE as the LATERAL query over the values its row path finds: ordinality, typed and JSON columns, EXISTS
     * PATH, DEFAULT ON EMPTY; no row for an empty array or a NULL document, as on MariaDB. MySQL's NULL ON ERROR for a
     * value that does not convert to its column's type is not kept (docs/mysql-to-postgresql.md#json).
     */
    @Test
    void jsonTableGivesTheSameRows() throws Exception {
        String query = """
                SELECT d.id, jt.rn, jt.k, jt.n, jt.tags, jt.has_n, jt.q
                  FROM doc d, JSON_TABLE(d.body, '$.items[*]' COLUMNS (rn FOR ORDINALITY, k INT PATH '$.k', n VARCHAR(10) PATH '$.n',
                    tags JSON PATH '$.tags', has_n INT EXISTS PATH '$.n', q INT PATH '$.q' DEFAULT '0' ON EMPTY)) AS jt""";
        String source = "CREATE TABLE doc (id INT PRIMARY KEY, body JSON);\nCREATE VIEW v_items AS " + query + ";\n";
        String rows = """
                INSERT INTO doc VALUES (1, '{"items": [{"k": 1, "n": "a", "tags": [1, 2]}, {"k": 2, "q": 5}]}');
                INSERT INTO doc VALUES (2, '{"items": []}');
                INSERT INTO doc VALUES (3, NULL);
                INSERT INTO doc VALUES (4, '{"items": [{"k": 3, "n": "x y"}]}');
                """;
        try (Connection maria = SharedMariaDb.freshDatabase("views_json");
             Connection pg = SharedPostgres.freshDatabase("views_json")) {
            SharedMariaDb.runScript(maria, source + rows);
            SharedPostgres.runScript(pg, SchemaScript.render(MySqlCorpusOnBoth.convert(source)) + rows);
            // MariaDB's view of a JSON_TABLE gives NULL for a JSON column holding an array; its query gives the array.
            assertThat(rows(pg, "v_items")).isEqualTo(MySqlCorpusOnBoth.rows(maria, query)).hasSize(3);
        }
    }

    /**
     * What MariaDB does otherwise, as the MySQL 8.0 manual shows it: JSON_SEARCH compares case-sensitively (JSON
     * strings have the utf8mb4_bin collation), matches strings only, and quotes a key that is no identifier;
     * JSON_PRETTY indents by two spaces and writes an empty array or object as [] or {} (MariaDB's JSON_PRETTY is its
     * JSON_DETAILED, laid out otherwise).
     */
    @Test
    void searchAndPrettyFollowTheMySqlManual() throws Exception {
        String source = """
                CREATE VIEW v_manual AS SELECT JSON_SEARCH('["abc", [{"k": "10"}, "def"], {"x":"abc"}, {"y":"bcd"}]', 'all', '%b%') AS b,
                  JSON_SEARCH('["abc", [{"k": "10"}, "def"], {"x":"abc"}, {"y":"bcd"}]', 'all', '10', NULL, '$[1]') AS k,
                  JSON_SEARCH('{"x y": "Abc", "n": 10}', 'all', 'abc') AS lower, JSON_SEARCH('{"x y": "Abc", "n": 10}', 'one', 'Abc') AS quoted,
                  JSON_SEARCH('{"x y": "Abc", "n": 10}', 'one', '10') AS number,
                  JSON_PRETTY('{"a": [1, {}], "b": {}, "c": [], "dd": {"x": [[]]}}') AS pretty, JSON_PRETTY('"x"') AS scalar;
                """;
        try (Connection pg = SharedPostgres.freshDatabase("views_json")) {
            SharedPostgres.runScript(pg, SchemaScript.render(MySqlCorpusOnBoth.convert(source)));
            assertThat(JdbcRows.query(pg, "SELECT * FROM v_manual")).containsExactly(Arrays.asList(
                    "[\"$[0]\", \"$[2].x\", \"$[3].y\"]", "\"$[1][0].k\"", null, "\"$.\\\"x y\\\"\"", null, """
                            {
                              "a": [
                                1,
                                {}
                              ],
                              "b": {},
                              "c": [],
                              "dd": {
                                "x": [
                                  []
                                ]
                              }
                            }""", "\"x\""));
        }
    }

    private static List<String> rows(Connection db, String view) throws Exception {
        return MySqlCorpusOnBoth.rows(db, "SELECT * FROM " + view);
    }

    @Test
    void wildcardsSeveralPathsAndJsonTableAreActionItems() throws Exception {
        ConversionResult result = MySqlCorpusOnBoth.convert("""
                CREATE TABLE doc (id INT PRIMARY KEY, name VARCHAR(3), body JSON);
                CREATE VIEW v_star AS SELECT JSON_EXTRACT(body, '$[*]') AS s FROM doc;
                CREATE VIEW v_deep AS SELECT JSON_EXTRACT(body, '$**.a') AS s FROM doc;
                CREATE VIEW v_two AS SELECT JSON_EXTRACT(body, '$.a', '$.b') AS s FROM doc;
                CREATE VIEW v_pairs AS SELECT JSON_SET(body, '$.a', 1, '$.b', 2) AS s FROM doc;
                CREATE VIEW v_search AS SELECT JSON_SEARCH(body, 'one', 'x', NULL, '$[*]') AS s FROM doc;
                CREATE VIEW v_mode AS SELECT JSON_SEARCH(body, name, 'x') AS s FROM doc;
                CREATE VIEW v_table AS SELECT jt.k FROM doc, JSON_TABLE(body, '$[*]' COLUMNS (k INT PATH '$.k',
                  NESTED PATH '$.in[*]' COLUMNS (i INT PATH '$'))) AS jt;
                """);
        assertThat(result.conversionItems()).filteredOn(i -> i.span().line() == 8).extracting(i -> i.message())
                .anyMatch(m -> m.contains("a NESTED PATH") && m.contains("PostgreSQL 15 has no JSON_TABLE: write LATERAL (SELECT"));
        assertThat(result.conversionItems()).extracting(i -> i.code().code())
                .contains("SS-MY-0179", "SS-MY-0180");
        assertThat(SchemaScript.render(result)).doesNotContain("jsonb_extract_path", "json_search");
    }
}
