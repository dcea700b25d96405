package org.schemashift.convert.proc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Collection types of the schema (CREATE TYPE ... AS TABLE OF / VARRAY, domains over arrays in
 * PostgreSQL) used by code that names them bare, as Oracle resolves them across files: variables,
 * parameters and results of the type, its constructor, the collection methods, element reads and
 * writes, MEMBER OF, and TABLE(collection) in a query (one row per element; COLUMN_VALUE for a
 * collection of scalars, the attributes for one of objects).
 */
class SchemaCollectionTypesOnPostgresTest {
    private static final String TYPES = """
            CREATE TYPE t_str_array AS TABLE OF VARCHAR2(4000);
            /
            CREATE TYPE t_num_varray AS VARRAY(5) OF NUMBER;
            /
            CREATE TYPE t_pair AS OBJECT (name VARCHAR2(30), amount NUMBER);
            /
            CREATE TYPE t_pairs AS TABLE OF t_pair;
            /
            """;

    @Test
    void constructorMethodsAndElementsOfASchemaTypeWorkInParametersVariablesAndResults() throws Exception {
        try (OracleCodeOnPostgres db = new OracleCodeOnPostgres().ddl(TYPES + """
                CREATE OR REPLACE FUNCTION three_words(p_middle VARCHAR2) RETURN t_str_array IS
                  l_words t_str_array := t_str_array();
                BEGIN
                  l_words.EXTEND;
                  l_words(l_words.LAST) := 'first';
                  l_words.EXTEND(2);
                  l_words(2) := p_middle;
                  l_words(3) := 'last';
                  RETURN l_words;
                END;
                /
                CREATE OR REPLACE FUNCTION joined(p_words t_str_array) RETURN VARCHAR2 IS
                  l_result VARCHAR2(4000);
                BEGIN
                  FOR i IN p_words.FIRST .. p_words.LAST LOOP
                    l_result := l_result || p_words(i) || ';';
                  END LOOP;
                  IF p_words.EXISTS(4) THEN
                    l_result := l_result || '4th;';
                  END IF;
                  RETURN l_result || p_words.COUNT;
                END;
                /
                CREATE OR REPLACE FUNCTION has_word(p_word VARCHAR2) RETURN VARCHAR2 IS
                BEGIN
                  RETURN CASE WHEN p_word MEMBER OF t_str_array('a', 'b') THEN 'yes' ELSE 'no' END;
                END;
                /
                """).apply()) {
            assertThat(db.one("SELECT joined(three_words('middle'))")).isEqualTo("first;middle;last;3");
            assertThat(db.one("SELECT joined(ARRAY['x']::t_str_array)")).as("a caller in SQL passes the domain").isEqualTo("x;1");
            assertThat(db.one("SELECT has_word('b') || has_word('c')")).isEqualTo("yesno");
            assertThat(db.one("SELECT pg_get_function_result('three_words'::regproc)")).isEqualTo("t_str_array");
            assertThat(db.codes()).doesNotContain("SS-GEN-0018", "SS-GEN-0008");
        }
    }

    @Test
    void tableOfACollectionGivesColumnValueForScalarsAndTheAttributesForObjects() throws Exception {
        try (OracleCodeOnPostgres db = new OracleCodeOnPostgres().ddl(TYPES + """
                CREATE OR REPLACE FUNCTION sorted_words(p_words t_str_array) RETURN VARCHAR2 IS
                  l_result VARCHAR2(4000);
                BEGIN
                  FOR r IN (SELECT column_value AS w FROM TABLE(p_words) ORDER BY 1) LOOP
                    l_result := l_result || r.w;
                  END LOOP;
                  SELECT l_result || '/' || COUNT(*) INTO l_result FROM TABLE(t_str_array('p', 'q')) t WHERE t.column_value > 'p';
                  RETURN l_result;
                END;
                /
                CREATE OR REPLACE FUNCTION total(p_pairs t_pairs) RETURN NUMBER IS
                  l_total NUMBER;
                BEGIN
                  SELECT SUM(p.amount) INTO l_total FROM TABLE(p_pairs) p WHERE p.name <> 'skip';
                  RETURN l_total;
                END;
                /
                """).apply()) {
            assertThat(db.one("SELECT sorted_words(ARRAY['c', 'a', 'b']::t_str_array)")).isEqualTo("abc/1");
            assertThat(db.one("SELECT total(ARRAY[ROW('a', 2), ROW('skip', 5), ROW('b', 3)]::t_pair[]::t_pairs)")).isEqualTo("5");
            assertThat(db.codes()).doesNotContain("SS-GEN-0018", "SS-GEN-0008");
        }
    }
}
