package org.schemashift.source.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schemashift.source.mysql.MySqlTestSupport.FILE;
import static org.schemashift.source.mysql.MySqlTestSupport.read;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.schemashift.model.ActionItem;
import org.schemashift.model.Disposition;
import org.schemashift.model.GeneralCode;
import org.schemashift.model.ObjectKind;
import org.schemashift.model.SourceSpan;
import org.schemashift.model.SourceStatement;

/** A statement that does not parse is one ERROR with file:line:column and what was expected; reading goes on. */
class MySqlSyntaxErrorTest {

    @Test
    void errorNamesPositionAndExpectedTokensAndTheNextStatementStillParses() {
        List<SourceStatement> statements = read("""
                CREATE TABLE ok1 (id INT);

                CREATE TABLE broken (
                  id INT NOT NULL,
                  name VARCHAR(10) NOT NULL DEFAULT,
                  other INT
                );
                CREATE TABLE ok2 (id INT);
                """);
        assertThat(statements).extracting(SourceStatement::disposition)
                .containsExactly(Disposition.PARSED, Disposition.ERROR, Disposition.PARSED);
        SourceStatement broken = statements.get(1);
        assertThat(broken.kind()).isEqualTo(ObjectKind.TABLE);
        assertThat(broken.name()).isEqualTo("broken");
        assertThat(broken.changes()).isEmpty();
        ActionItem error = broken.actionItems().get(0);
        assertThat(error.code()).isEqualTo(GeneralCode.PARSE_ERROR);
        assertThat(error.span()).isEqualTo(new SourceSpan(FILE, 5, 36));
        assertThat(error.message()).isEqualTo("expected a default value, found `,`");
        assertThat(statements.get(2).name()).isEqualTo("ok2");
    }

    @Test
    void errorOnTheStatementsFirstLineCountsFromItsColumn() {
        List<SourceStatement> statements = read("SET a = 1;  ALTER TABLE t ADD COLUMN;");
        ActionItem error = statements.get(1).actionItems().get(0);
        assertThat(error.span()).isEqualTo(new SourceSpan(FILE, 1, 37));
        assertThat(error.message()).isEqualTo("unexpected end of statement after `ADD COLUMN`");
    }
}
