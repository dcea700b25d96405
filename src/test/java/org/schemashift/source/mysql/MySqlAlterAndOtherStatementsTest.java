package org.schemashift.source.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schemashift.source.mysql.MySqlTestSupport.FILE;
import static org.schemashift.source.mysql.MySqlTestSupport.alter;
import static org.schemashift.source.mysql.MySqlTestSupport.parsed;
import static org.schemashift.source.mysql.MySqlTestSupport.read;
import static org.schemashift.source.mysql.MySqlTestSupport.single;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.schemashift.model.Disposition;
import org.schemashift.model.GeneralCode;
import org.schemashift.model.Index;
import org.schemashift.model.IndexMethod;
import org.schemashift.model.ObjectKind;
import org.schemashift.model.ObjectName;
import org.schemashift.model.SchemaChange;
import org.schemashift.model.SourceSpan;
import org.schemashift.model.SourceStatement;
import org.schemashift.model.TableChange;

/** ALTER TABLE clauses, CREATE INDEX, DROP, databases and session statements. */
class MySqlAlterAndOtherStatementsTest {

    @Test
    void alterTableClausesInOrder() {
        SchemaChange.AlterTable a = alter("""
                ALTER TABLE db.film
                  ADD COLUMN rating_code CHAR(2) NOT NULL DEFAULT 'G' AFTER title,
                  ADD first_col INT FIRST,
                  ADD (x INT, y INT UNIQUE),
                  DROP COLUMN old_col,
                  MODIFY description TEXT NULL,
                  CHANGE COLUMN len length SMALLINT UNSIGNED,
                  RENAME COLUMN a TO b,
                  ALTER COLUMN rating SET DEFAULT 'PG',
                  ALTER rating2 DROP DEFAULT,
                  ADD CONSTRAINT fk_lang FOREIGN KEY (language_id) REFERENCES language (language_id) ON DELETE CASCADE,
                  ADD CONSTRAINT pk PRIMARY KEY (film_id),
                  ADD UNIQUE KEY uq_title (title),
                  ADD CONSTRAINT chk CHECK (length > 0),
                  ADD FULLTEXT INDEX ft (description),
                  ADD INDEX idx_len (length),
                  DROP PRIMARY KEY,
                  DROP FOREIGN KEY fk_old,
                  DROP INDEX idx_old,
                  DROP KEY key_old,
                  DROP CHECK chk_old,
                  DROP CONSTRAINT c_old,
                  ENGINE=InnoDB COMMENT 'films',
                  ALGORITHM=INPLACE,
                  RENAME TO db.movie""");
        assertThat(a.table()).isEqualTo(new ObjectName("db", "film"));
        List<TableChange> c = a.changes();
        assertThat(c).extracting(change -> change.getClass().getSimpleName()).containsExactly(
                "AddColumn", "AddColumn", "AddColumn", "AddColumn", "AddUnique", "DropColumn", "ReplaceColumn",
                "ReplaceColumn", "RenameColumn", "SetColumnDefault", "SetColumnDefault", "AddForeignKey",
                "AddPrimaryKey", "AddUnique", "AddCheck", "AddIndex", "AddIndex", "DropPrimaryKey", "DropConstraint",
                "DropConstraint", "DropConstraint", "DropConstraint", "DropConstraint", "SetOptions", "SetComment",
                "RenameTable");
        TableChange.AddColumn added = (TableChange.AddColumn) c.get(0);
        assertThat(added.column().name()).isEqualTo("rating_code");
        assertThat(added.after()).isEqualTo("title");
        assertThat(added.column().span()).isEqualTo(new SourceSpan(FILE, 2, 14));
        assertThat(((TableChange.AddColumn) c.get(1)).after()).isEqualTo("");
        assertThat(((TableChange.AddColumn) c.get(2)).after()).isNull();
        assertThat(c.get(5)).isEqualTo(new TableChange.DropColumn("old_col"));
        assertThat(((TableChange.ReplaceColumn) c.get(6)).oldName()).isEqualTo("description");
        TableChange.ReplaceColumn changed = (TableChange.ReplaceColumn) c.get(7);
        assertThat(changed.oldName()).isEqualTo("len");
        assertThat(changed.column().name()).isEqualTo("length");
        assertThat(c.get(8)).isEqualTo(new TableChange.RenameColumn("a", "b"));
        assertThat(((TableChange.SetColumnDefault) c.get(9)).defaultValue().sourceText()).isEqualTo("'PG'");
        assertThat(((TableChange.SetColumnDefault) c.get(10)).defaultValue()).isNull();
        assertThat(((TableChange.AddForeignKey) c.get(11)).foreignKey().name()).isEqualTo("fk_lang");
        assertThat(((TableChange.AddIndex) c.get(15)).index().method()).isEqualTo(IndexMethod.FULLTEXT);
        assertThat(c.get(18)).isEqualTo(new TableChange.DropConstraint("fk_old"));
        assertThat(((TableChange.SetOptions) c.get(23)).options()).containsEntry("ENGINE", "InnoDB").containsEntry("COMMENT", "films");
        assertThat(c.get(24)).isEqualTo(new TableChange.SetComment("films"));
        assertThat(c.get(25)).isEqualTo(new TableChange.RenameTable(new ObjectName("db", "movie")));
    }

    @Test
    void alterTablePartitionBy() {
        SchemaChange.AlterTable a = alter("ALTER TABLE titles PARTITION BY RANGE (to_days(from_date)) "
                + "(PARTITION p01 VALUES LESS THAN (to_days('1985-12-31')), PARTITION p02 VALUES LESS THAN MAXVALUE)");
        TableChange.SetPartitioning p = (TableChange.SetPartitioning) a.changes().get(0);
        assertThat(p.partitioning().method()).isEqualTo("RANGE");
        assertThat(p.partitioning().key()).isEqualTo("to_days(from_date)");
        assertThat(alter("ALTER TABLE titles REMOVE PARTITIONING").changes())
                .containsExactly(new TableChange.SetPartitioning(null));
    }

    @Test
    void createIndexVariants() {
        SourceStatement s = parsed("CREATE UNIQUE INDEX idx_email USING BTREE ON customer (email(50), store_id DESC)");
        assertThat(s.kind()).isEqualTo(ObjectKind.INDEX);
        assertThat(s.name()).isEqualTo("idx_email");
        Index i = ((SchemaChange.CreateIndex) s.changes().get(0)).index();
        assertThat(i.table()).isEqualTo(ObjectName.of("customer"));
        assertThat(i.unique()).isTrue();
        assertThat(i.method()).isEqualTo(IndexMethod.BTREE);
        assertThat(i.parts()).extracting(p -> p.column() + "/" + p.prefixLength() + "/" + p.descending())
                .containsExactly("email/50/false", "store_id/null/true");
        Index ft = ((SchemaChange.CreateIndex) parsed("CREATE FULLTEXT INDEX ft ON film (title, description)").changes().get(0)).index();
        assertThat(ft.method()).isEqualTo(IndexMethod.FULLTEXT);
        Index sp = ((SchemaChange.CreateIndex) parsed("create spatial index sp on address (location)").changes().get(0)).index();
        assertThat(sp.method()).isEqualTo(IndexMethod.SPATIAL);
    }

    @Test
    void dropStatements() {
        SourceStatement tables = parsed("DROP TABLE IF EXISTS dept_emp, `db`.`titles` CASCADE");
        assertThat(tables.kind()).isEqualTo(ObjectKind.TABLE);
        assertThat(tables.changes()).containsExactly(
                new SchemaChange.DropObject(ObjectKind.TABLE, ObjectName.of("dept_emp"), null, true, new SourceSpan(FILE, 1, 1)),
                new SchemaChange.DropObject(ObjectKind.TABLE, new ObjectName("db", "titles"), null, true, new SourceSpan(FILE, 1, 1)));
        SourceStatement index = parsed("DROP INDEX idx_a ON t1");
        assertThat(index.changes()).containsExactly(new SchemaChange.DropObject(ObjectKind.INDEX, ObjectName.of("idx_a"),
                ObjectName.of("t1"), false, new SourceSpan(FILE, 1, 1)));
        assertThat(parsed("DROP DATABASE IF EXISTS employees").kind()).isEqualTo(ObjectKind.SCHEMA);
        assertThat(parsed("DROP SCHEMA sakila").name()).isEqualTo("sakila");
        assertThat(parsed("DROP VIEW IF EXISTS v1").kind()).isEqualTo(ObjectKind.VIEW);
        assertThat(parsed("DROP PROCEDURE IF EXISTS p1").kind()).isEqualTo(ObjectKind.PROCEDURE);
        assertThat(parsed("DROP FUNCTION f1").kind()).isEqualTo(ObjectKind.FUNCTION);
        assertThat(parsed("DROP TRIGGER IF EXISTS tr").kind()).isEqualTo(ObjectKind.TRIGGER);
        assertThat(parsed("DROP EVENT ev").kind()).isEqualTo(ObjectKind.EVENT);
    }

    @Test
    void databasesAndUse() {
        SourceStatement create = parsed("CREATE DATABASE IF NOT EXISTS `shop` DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci");
        assertThat(create.kind()).isEqualTo(ObjectKind.SCHEMA);
        assertThat(create.changes()).containsExactly(new SchemaChange.CreateSchema("shop", new SourceSpan(FILE, 1, 1)));
        SourceStatement use = parsed("USE shop");
        assertThat(use.changes()).containsExactly(new SchemaChange.UseSchema("shop", new SourceSpan(FILE, 1, 1)));
        SourceStatement rename = parsed("RENAME TABLE a TO b, c TO d");
        assertThat(rename.changes()).hasSize(2);
    }

    @Test
    void sessionStatementsAreIgnoredAndDataIsIgnoredButCounted() {
        List<SourceStatement> statements = read("""
                SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0;
                SET NAMES utf8mb4;
                LOCK TABLES `actor` WRITE;
                INSERT INTO `actor` VALUES (1,'PENELOPE','GUINESS','2006-02-15 04:34:33');
                REPLACE INTO actor VALUES (2, 'a', 'b', NOW());
                UNLOCK TABLES;
                START TRANSACTION;
                COMMIT;
                """);
        assertThat(statements).hasSize(8).allMatch(s -> s.disposition() == Disposition.IGNORED && s.kind() == ObjectKind.OTHER);
        assertThat(statements.get(3).name()).isEqualTo("actor");
    }

    @Test
    void createTableLikeCopiesTheOriginalWhenTheCatalogIsAssembled() {
        SourceStatement statement = single("CREATE TABLE copy LIKE shop.original");
        assertThat(statement.disposition()).isEqualTo(Disposition.PARSED);
        assertThat(statement.changes()).singleElement().isInstanceOfSatisfying(SchemaChange.CreateTableLike.class, like -> {
            assertThat(like.table()).isEqualTo(ObjectName.of("copy"));
            assertThat(like.like()).isEqualTo(new ObjectName("shop", "original"));
        });
    }

    @Test
    void unknownStatementsAreUnsupportedNeverDropped() {
        List<SourceStatement> statements = read("""
                GRANT SELECT ON shop.* TO 'app'@'%';
                UPDATE t SET a = 1;
                CREATE SEQUENCE s1 START WITH 1;
                """);
        assertThat(statements).extracting(SourceStatement::kind)
                .containsExactly(ObjectKind.GRANT, ObjectKind.OTHER, ObjectKind.SEQUENCE);
        assertThat(statements).allSatisfy(s -> {
            assertThat(s.disposition()).isEqualTo(Disposition.UNSUPPORTED);
            assertThat(s.actionItems()).extracting(i -> i.code()).containsExactly(GeneralCode.UNSUPPORTED_STATEMENT);
        });
        assertThat(statements.get(2).name()).isEqualTo("s1");
        assertThat(single("GRANT ALL ON *.* TO root").actionItems().get(0).span()).isEqualTo(new SourceSpan(FILE, 1, 1));
    }
}
