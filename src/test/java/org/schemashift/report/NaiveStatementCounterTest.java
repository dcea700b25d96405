package org.schemashift.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NaiveStatementCounterTest {

    @Test
    void countsStatementsEndedByTheDelimiterOutsideQuotesAndComments() {
        assertThat(NaiveStatementCounter.count("""
                -- header; not a statement
                /* also; not */
                /*!40101 SET NAMES utf8 */;
                CREATE TABLE a (s VARCHAR(5) DEFAULT ';', `x;y` INT); # trailing; comment
                INSERT INTO a VALUES ('it\\'s; fine');
                DELIMITER //
                CREATE PROCEDURE p() BEGIN SELECT 1; SELECT 2; END//
                DELIMITER ;
                SELECT 1""")).isEqualTo(5);
    }
}
