package org.schemashift.source.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schemashift.source.mysql.MySqlTestSupport.FILE;
import static org.schemashift.source.mysql.MySqlTestSupport.table;

import java.util.List;
import org.apache.calcite.sql.SqlBasicCall;
import org.apache.calcite.sql.SqlCharStringLiteral;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.junit.jupiter.api.Test;
import org.schemashift.model.CheckConstraint;
import org.schemashift.model.Column;
import org.schemashift.model.ForeignKey;
import org.schemashift.model.Identity;
import org.schemashift.model.Index;
import org.schemashift.model.IndexMethod;
import org.schemashift.model.IndexPart;
import org.schemashift.model.ObjectName;
import org.schemashift.model.ReferentialAction;
import org.schemashift.model.SourceSpan;
import org.schemashift.model.Table;

/** CREATE TABLE: what each piece of MySQL syntax becomes in the model. */
class MySqlCreateTableTest {

    @Test
    void columnsKeepNameTypeNullabilityDefaultAndPosition() {
        Table t = table("""
                CREATE TABLE `shop`.`actor` (
                  actor_id SMALLINT UNSIGNED NOT NULL AUTO_INCREMENT,
                  `First Name` VARCHAR(45) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL COMMENT 'given name',
                  created DATETIME NOT NULL DEFAULT '0000-00-00 00:00:00',
                  last_update TIMESTAMP(3) NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
                  PRIMARY KEY (actor_id)
                ) ENGINE=InnoDB AUTO_INCREMENT=201 DEFAULT CHARSET=utf8mb4 COMMENT='film actors'""");

        assertThat(t.name()).isEqualTo(new ObjectName("shop", "actor"));
        assertThat(t.span()).isEqualTo(new SourceSpan(FILE, 1, 1));
        Column id = t.column("actor_id");
        assertThat(id.type().name()).isEqualTo("smallint");
        assertThat(id.type().has("unsigned")).isTrue();
        assertThat(id.nullable()).isFalse();
        assertThat(id.identity()).isEqualTo(Identity.byDefault(201L));
        assertThat(id.span()).isEqualTo(new SourceSpan(FILE, 2, 3));

        Column name = t.column("First Name");
        assertThat(name.type().name()).isEqualTo("varchar");
        assertThat(name.type().length()).isEqualTo(45);
        assertThat(name.type().charset()).isEqualTo("utf8mb4");
        assertThat(name.type().collation()).isEqualTo("utf8mb4_bin");
        assertThat(name.comment()).isEqualTo("given name");

        Column created = t.column("created");
        assertThat(created.defaultValue().sourceText()).isEqualTo("'0000-00-00 00:00:00'");
        assertThat(((SqlCharStringLiteral) created.defaultValue().node()).getValueAs(String.class))
                .isEqualTo("0000-00-00 00:00:00");

        Column lastUpdate = t.column("last_update");
        assertThat(lastUpdate.nullable()).isTrue();
        assertThat(lastUpdate.type().length()).isEqualTo(3);
        SqlBasicCall defaultCall = (SqlBasicCall) lastUpdate.defaultValue().node();
        assertThat(defaultCall.getOperator()).isSameAs(SqlStdOperatorTable.CURRENT_TIMESTAMP);
        assertThat(defaultCall.operand(0).toString()).isEqualTo("3");
        assertThat(((SqlBasicCall) lastUpdate.onUpdate().node()).getOperator()).isSameAs(SqlStdOperatorTable.CURRENT_TIMESTAMP);
        assertThat(lastUpdate.onUpdate().sourceText()).isEqualTo("CURRENT_TIMESTAMP(3)");

        assertThat(t.primaryKey().columns()).containsExactly("actor_id");
        assertThat(t.options()).containsEntry("ENGINE", "InnoDB").containsEntry("AUTO_INCREMENT", "201")
                .containsEntry("CHARSET", "utf8mb4").containsEntry("COMMENT", "film actors");
        assertThat(t.comment()).isEqualTo("film actors");
    }

    @Test
    void everyTypeFamilyHasItsCanonicalName() {
        Table t = table("""
                CREATE TABLE types (
                  a INTEGER(11) ZEROFILL, b BIGINT UNSIGNED, c DECIMAL(10,2), d NUMERIC, e FLOAT(7,3), f FLOAT(30),
                  g DOUBLE PRECISION, h REAL, i BIT(8), j BOOLEAN, k BOOL, l NATIONAL CHAR(3), m LONG VARCHAR,
                  n CHAR(10) BINARY, o VARBINARY(16), p MEDIUMTEXT, q LONGBLOB, r ENUM('a','it''s') NOT NULL,
                  s SET('x','y'), t YEAR, u TIME(6), v JSON, w POINT SRID 4326, x GEOMCOLLECTION, y NCHAR VARCHAR(5),
                  z TINYINT(1) SIGNED)""");
        assertThat(t.columns()).extracting(c -> c.type().name()).containsExactly(
                "int", "bigint", "decimal", "decimal", "float", "double", "double", "double", "bit", "boolean",
                "boolean", "char", "mediumtext", "char", "varbinary", "mediumtext", "longblob", "enum", "set",
                "year", "time", "json", "point", "geometrycollection", "varchar", "tinyint");
        assertThat(t.column("a").type().modifiers()).containsExactlyInAnyOrder("zerofill", "unsigned");
        assertThat(t.column("a").type().sourceText()).isEqualTo("INTEGER(11) ZEROFILL");
        assertThat(t.column("c").type().length()).isEqualTo(10);
        assertThat(t.column("c").type().scale()).isEqualTo(2);
        assertThat(t.column("e").type().scale()).isEqualTo(3);
        assertThat(t.column("f").type().length()).isNull();
        assertThat(t.column("l").type().charset()).isEqualTo("utf8mb3");
        assertThat(t.column("n").type().has("binary")).isTrue();
        assertThat(t.column("r").type().values()).containsExactly("a", "it's");
        assertThat(t.column("s").type().values()).containsExactly("x", "y");
        assertThat(t.column("u").type().length()).isEqualTo(6);
    }

    @Test
    void serialIsBigintUnsignedNotNullAutoIncrementUnique() {
        Table t = table("CREATE TABLE s (id SERIAL, v INT)");
        Column id = t.column("id");
        assertThat(id.type().name()).isEqualTo("bigint");
        assertThat(id.type().has("unsigned")).isTrue();
        assertThat(id.nullable()).isFalse();
        assertThat(id.identity()).isEqualTo(Identity.byDefault(null));
        assertThat(t.uniques()).singleElement().satisfies(u -> assertThat(u.columns()).containsExactly("id"));
    }

    @Test
    void keysBecomeConstraintsOrIndexes() {
        Table t = table("""
                CREATE TABLE k (
                  id INT PRIMARY KEY,
                  email VARCHAR(100) UNIQUE,
                  code CHAR(8), title TEXT, body TEXT, location GEOMETRY NOT NULL,
                  CONSTRAINT uq_code UNIQUE KEY (code),
                  UNIQUE KEY uq_title (title(20)),
                  UNIQUE INDEX uq_expr ((lower(code))),
                  KEY idx_code_title (code DESC, title(10)) USING BTREE COMMENT 'lookup',
                  INDEX USING HASH (code),
                  FULLTEXT KEY ft_body (body),
                  SPATIAL INDEX sp_loc (location)
                )""");
        assertThat(t.primaryKey().columns()).containsExactly("id");
        assertThat(t.column("id").nullable()).isFalse();
        assertThat(t.uniques()).extracting(u -> u.name() + ":" + u.columns()).containsExactly("null:[email]", "uq_code:[code]");
        assertThat(t.indexes()).extracting(Index::name)
                .containsExactly("uq_title", "uq_expr", "idx_code_title", null, "ft_body", "sp_loc");
        Index prefix = t.indexes().get(0);
        assertThat(prefix.unique()).isTrue();
        assertThat(prefix.parts()).containsExactly(new IndexPart("title", null, 20, false));
        Index functional = t.indexes().get(1);
        assertThat(functional.parts().get(0).expression().sourceText()).isEqualTo("lower(code)");
        Index plain = t.indexes().get(2);
        assertThat(plain.method()).isEqualTo(IndexMethod.BTREE);
        assertThat(plain.comment()).isEqualTo("lookup");
        assertThat(plain.table()).isEqualTo(ObjectName.of("k"));
        assertThat(plain.parts()).containsExactly(new IndexPart("code", null, null, true), new IndexPart("title", null, 10, false));
        assertThat(t.indexes().get(3).method()).isEqualTo(IndexMethod.HASH);
        assertThat(t.indexes().get(4).method()).isEqualTo(IndexMethod.FULLTEXT);
        assertThat(t.indexes().get(5).method()).isEqualTo(IndexMethod.SPATIAL);
        assertThat(plain.span().line()).isEqualTo(8);
    }

    @Test
    void foreignKeysKeepNamesColumnsAndActions() {
        Table t = table("""
                CREATE TABLE payment (
                  id INT, customer_id INT, store_id INT, staff_id INT REFERENCES staff (staff_id),
                  CONSTRAINT `fk_payment_customer` FOREIGN KEY (customer_id) REFERENCES sakila.customer (customer_id)
                    ON DELETE RESTRICT ON UPDATE CASCADE,
                  FOREIGN KEY fk_store (store_id) REFERENCES store (store_id) MATCH FULL ON DELETE SET NULL,
                  FOREIGN KEY (id, store_id) REFERENCES other (a, b) ON UPDATE NO ACTION ON DELETE SET DEFAULT
                )""");
        assertThat(t.foreignKeys()).hasSize(4);
        ForeignKey inline = t.foreignKeys().get(0);
        assertThat(inline.columns()).containsExactly("staff_id");
        assertThat(inline.refTable()).isEqualTo(ObjectName.of("staff"));
        ForeignKey named = t.foreignKeys().get(1);
        assertThat(named.name()).isEqualTo("fk_payment_customer");
        assertThat(named.refTable()).isEqualTo(new ObjectName("sakila", "customer"));
        assertThat(named.refColumns()).containsExactly("customer_id");
        assertThat(named.onDelete()).isEqualTo(ReferentialAction.RESTRICT);
        assertThat(named.onUpdate()).isEqualTo(ReferentialAction.CASCADE);
        assertThat(named.span()).isEqualTo(new SourceSpan(FILE, 3, 3));
        assertThat(t.foreignKeys().get(2).name()).isEqualTo("fk_store");
        assertThat(t.foreignKeys().get(2).onDelete()).isEqualTo(ReferentialAction.SET_NULL);
        assertThat(t.foreignKeys().get(2).onUpdate()).isNull();
        assertThat(t.foreignKeys().get(3).columns()).containsExactly("id", "store_id");
        assertThat(t.foreignKeys().get(3).onDelete()).isEqualTo(ReferentialAction.SET_DEFAULT);
        assertThat(t.foreignKeys().get(3).onUpdate()).isEqualTo(ReferentialAction.NO_ACTION);
        assertThat(t.indexes()).isEmpty();
    }

    @Test
    void checksAtColumnAndTableLevel() {
        Table t = table("""
                CREATE TABLE c (
                  qty INT CHECK (qty >= 0),
                  price DECIMAL(8,2) CONSTRAINT price_positive CHECK (price > 0) NOT ENFORCED,
                  CONSTRAINT qty_price CHECK (qty < 100 OR price IS NULL) ENFORCED,
                  CHECK (price BETWEEN 0 AND 1000)
                )""");
        assertThat(t.checks()).extracting(CheckConstraint::name).containsExactly(null, "price_positive", "qty_price", null);
        assertThat(t.checks()).extracting(CheckConstraint::enforced).containsExactly(true, false, true, true);
        assertThat(t.checks().get(0).condition().sourceText()).isEqualTo("qty >= 0");
        assertThat(t.checks().get(0).condition().node().getKind()).isEqualTo(SqlKind.GREATER_THAN_OR_EQUAL);
        assertThat(t.checks().get(2).condition().node().getKind()).isEqualTo(SqlKind.OR);
        assertThat(t.checks().get(3).condition().node().getKind()).isEqualTo(SqlKind.BETWEEN);
    }

    @Test
    void generatedInvisibleAndPhysicalColumnOptions() {
        Table t = table("""
                CREATE TABLE g (
                  a INT, b INT,
                  s INT GENERATED ALWAYS AS (a + b) STORED,
                  v INT AS (a * b) VIRTUAL INVISIBLE,
                  d INT AS (a DIV b),
                  f VARCHAR(10) COLUMN_FORMAT DYNAMIC STORAGE DISK
                )""");
        assertThat(t.column("s").generated().stored()).isTrue();
        assertThat(t.column("s").generated().expression().sourceText()).isEqualTo("a + b");
        assertThat(t.column("s").generated().expression().node().getKind()).isEqualTo(SqlKind.PLUS);
        assertThat(t.column("v").generated().stored()).isFalse();
        assertThat(t.column("v").invisible()).isTrue();
        assertThat(t.column("d").generated().stored()).isFalse();
        assertThat(t.column("f").type().name()).isEqualTo("varchar");
    }

    @Test
    void partitionClauseIsKeptAsWritten() {
        Table t = table("""
                CREATE TABLE salaries (emp_no INT NOT NULL, from_date DATE NOT NULL, PRIMARY KEY (emp_no, from_date))
                ENGINE=InnoDB
                PARTITION BY RANGE COLUMNS (from_date) (
                  PARTITION p01 VALUES LESS THAN ('1985-12-31') ENGINE = InnoDB,
                  PARTITION p02 VALUES LESS THAN (MAXVALUE)
                )""");
        assertThat(t.partitioning().method()).isEqualTo("RANGE COLUMNS");
        assertThat(t.partitioning().key()).isEqualTo("from_date");
        assertThat(t.partitioning().sourceText()).startsWith("PARTITION BY RANGE COLUMNS (from_date) (").endsWith(")");
        assertThat(t.partitioning().span()).isEqualTo(new SourceSpan(FILE, 3, 1));

        Table hashed = table("CREATE TABLE h (id INT) PARTITION BY LINEAR HASH (id % 4) PARTITIONS 4");
        assertThat(hashed.partitioning().method()).isEqualTo("LINEAR HASH");
        assertThat(hashed.partitioning().key()).isEqualTo("id % 4");

        Table listed = table("""
                CREATE TABLE l (region INT, d DATE) PARTITION BY LIST (region)
                SUBPARTITION BY HASH (YEAR(d)) SUBPARTITIONS 2
                (PARTITION pn VALUES IN (1, 2, 3), PARTITION ps VALUES IN (4, 5))""");
        assertThat(listed.partitioning().method()).isEqualTo("LIST");
        assertThat(listed.partitioning().sourceText()).contains("SUBPARTITION BY HASH (YEAR(d))");
    }

    @Test
    void tableOptionsWithOrWithoutEqualsAndCommas() {
        Table t = table("""
                CREATE TEMPORARY TABLE IF NOT EXISTS o (id INT)
                ENGINE MyISAM, ROW_FORMAT = COMPRESSED KEY_BLOCK_SIZE=8 STATS_PERSISTENT=0 PACK_KEYS=DEFAULT
                MAX_ROWS=1000 AVG_ROW_LENGTH 50 CHARACTER SET = latin1 COLLATE latin1_swedish_ci""");
        assertThat(t.temporary()).isTrue();
        assertThat(t.options()).containsEntry("ENGINE", "MyISAM").containsEntry("ROW_FORMAT", "COMPRESSED")
                .containsEntry("KEY_BLOCK_SIZE", "8").containsEntry("STATS_PERSISTENT", "0")
                .containsEntry("PACK_KEYS", "DEFAULT").containsEntry("MAX_ROWS", "1000")
                .containsEntry("AVG_ROW_LENGTH", "50").containsEntry("CHARSET", "latin1")
                .containsEntry("COLLATE", "latin1_swedish_ci");
        assertThat(t.comment()).isNull();
        assertThat(t.columns()).extracting(Column::name).isEqualTo(List.of("id"));
    }
}
