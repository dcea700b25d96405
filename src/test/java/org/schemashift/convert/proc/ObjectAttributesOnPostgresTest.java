package org.schemashift.convert.proc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A method of an object type names the object's attributes bare, as Oracle resolves them after the
 * method's locals and parameters and before anything else: they become SELF's (constructors included),
 * while a column of a query's table, a local or a parameter of that name keeps its meaning and a
 * STATIC method, which has no SELF, gets none.
 */
class ObjectAttributesOnPostgresTest {

    @Test
    void bareAttributesAreSelfsInMemberFunctionsProceduresAndConstructors() throws Exception {
        try (OracleCodeOnPostgres db = new OracleCodeOnPostgres().ddl("""
                CREATE TABLE hit_log (label VARCHAR2(30));
                CREATE OR REPLACE TYPE t_counter AS OBJECT (
                  label VARCHAR2(30),
                  hits NUMBER,
                  CONSTRUCTOR FUNCTION t_counter(p_label VARCHAR2) RETURN SELF AS RESULT,
                  MEMBER FUNCTION describe(p_prefix VARCHAR2) RETURN VARCHAR2,
                  MEMBER FUNCTION hidden RETURN VARCHAR2,
                  MEMBER PROCEDURE hit(p_times NUMBER),
                  STATIC FUNCTION label_of(label VARCHAR2) RETURN VARCHAR2
                );
                /
                CREATE OR REPLACE TYPE BODY t_counter AS
                  CONSTRUCTOR FUNCTION t_counter(p_label VARCHAR2) RETURN SELF AS RESULT IS
                  BEGIN
                    label := p_label;
                    hits := 0;
                    RETURN;
                  END;

                  MEMBER FUNCTION describe(p_prefix VARCHAR2) RETURN VARCHAR2 IS
                    l_logged NUMBER;
                  BEGIN
                    SELECT COUNT(*) INTO l_logged FROM hit_log WHERE label LIKE 'a%' AND hits >= 0;
                    RETURN p_prefix || label || '/' || hits || '/' || l_logged;
                  END;

                  MEMBER FUNCTION hidden RETURN VARCHAR2 IS
                    hits VARCHAR2(10) := 'local';
                  BEGIN
                    RETURN hits || '/' || SELF.hits;
                  END;

                  MEMBER PROCEDURE hit(p_times NUMBER) IS
                  BEGIN
                    hits := hits + p_times;
                  END;

                  STATIC FUNCTION label_of(label VARCHAR2) RETURN VARCHAR2 IS
                  BEGIN
                    RETURN 'static ' || label;
                  END;
                END;
                /
                """).apply()) {
            db.run("INSERT INTO hit_log VALUES ('apple'), ('avocado'), ('banana')");
            assertThat(db.one("SELECT t_counter_describe(t_counter_t_counter('pear'), '>')")).isEqualTo(">pear/0/2");
            assertThat(db.one("SELECT t_counter_hidden(t_counter_t_counter('pear'))")).isEqualTo("local/0");
            assertThat(db.one("CALL t_counter_hit(t_counter_t_counter('pear'), 3)")).isEqualTo("(pear,3)");
            assertThat(db.one("SELECT t_counter_label_of('plum')")).isEqualTo("static plum");
            assertThat(db.codes()).doesNotContain("SS-GEN-0018", "SS-GEN-0008", "SS-GEN-0055");
        }
    }

    @Test
    void bareCallsOfMemberMethodsPassSelfAndCollectionAttributesAreReadAndChangedBare() throws Exception {
        try (OracleCodeOnPostgres db = new OracleCodeOnPostgres().ddl("""
                CREATE TYPE t_words AS TABLE OF VARCHAR2(20);
                /
                CREATE OR REPLACE TYPE t_sentence AS OBJECT (
                  words t_words,
                  text VARCHAR2(400),
                  CONSTRUCTOR FUNCTION t_sentence(p_first VARCHAR2) RETURN SELF AS RESULT,
                  MEMBER PROCEDURE add_word(p_word VARCHAR2),
                  MEMBER PROCEDURE build_text,
                  MEMBER FUNCTION word_count RETURN NUMBER,
                  MEMBER FUNCTION word_at(p_index NUMBER) RETURN VARCHAR2,
                  MEMBER FUNCTION summary RETURN VARCHAR2
                );
                /
                CREATE OR REPLACE TYPE BODY t_sentence AS
                  CONSTRUCTOR FUNCTION t_sentence(p_first VARCHAR2) RETURN SELF AS RESULT IS
                  BEGIN
                    words := t_words();
                    add_word(p_first);
                    RETURN;
                  END;

                  MEMBER PROCEDURE add_word(p_word VARCHAR2) IS
                  BEGIN
                    words.EXTEND;
                    words(words.COUNT) := p_word;
                    build_text;
                  END;

                  MEMBER PROCEDURE build_text IS
                  BEGIN
                    text := NULL;
                    FOR i IN 1 .. words.COUNT LOOP
                      text := text || words(i) || ' ';
                    END LOOP;
                  END;

                  MEMBER FUNCTION word_count RETURN NUMBER IS
                  BEGIN
                    RETURN words.COUNT;
                  END;

                  MEMBER FUNCTION word_at(p_index NUMBER) RETURN VARCHAR2 IS
                  BEGIN
                    RETURN words(p_index);
                  END;

                  MEMBER FUNCTION summary RETURN VARCHAR2 IS
                  BEGIN
                    RETURN word_count || ':' || word_at(word_count) || ':' || text;
                  END;
                END;
                /
                """).apply()) {
            assertThat(db.one("SELECT t_sentence_summary(t_sentence_t_sentence('hello'))")).isEqualTo("1:hello:hello ");
            db.run("""
                    CREATE FUNCTION two_words() RETURNS text LANGUAGE plpgsql AS $$
                    DECLARE
                      s t_sentence := t_sentence_t_sentence('hello');
                    BEGIN
                      CALL t_sentence_add_word(s, 'world');
                      RETURN t_sentence_summary(s);
                    END $$""");
            assertThat(db.one("SELECT two_words()")).isEqualTo("2:world:hello world ");
            assertThat(db.codes()).doesNotContain("SS-GEN-0018", "SS-GEN-0008", "SS-GEN-0055");
        }
    }
}
