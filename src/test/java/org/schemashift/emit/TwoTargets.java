package org.schemashift.emit;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.dialect.MysqlSqlDialect;
import org.schemashift.convert.ActionItems;
import org.schemashift.convert.ExpressionConverter;
import org.schemashift.convert.MappingRules;
import org.schemashift.emit.mysql.MySqlSpellingRules;
import org.schemashift.emit.postgresql.CompatFunctions;
import org.schemashift.emit.postgresql.PostgresqlExpressions;
import org.schemashift.emit.postgresql.PostgresqlIdentifiers;
import org.schemashift.model.ActionItem;
import org.schemashift.model.Decision;
import org.schemashift.model.Expr;
import org.schemashift.model.NameCase;
import org.schemashift.model.SourceSpan;
import org.schemashift.pipeline.Dialects;
import org.schemashift.testing.SourceExpressions;

/**
 * Test support: a source expression read by SchemaShift's own builder ({@link SourceExpressions}),
 * converted once to a canonical tree, and spelled
 * for both targets: PostgreSQL by its expression writer, MySQL by {@link CanonicalSpelling} with
 * the MySQL write rules, unparsed by Calcite's MySQL dialect (the MySQL target's own dialect
 * replaces it once it lands).
 */
final class TwoTargets {
    static final CanonicalSpelling MYSQL = new CanonicalSpelling("mysql", MySqlSpellingRules.all());
    static final SourceSpan WHERE = new SourceSpan("test.sql", 1, 1);

    private TwoTargets() {
    }

    /** What one conversion produced: the canonical tree (null when unconvertible), its items and decisions. */
    record Converted(SqlNode canonical, List<ActionItem> items, List<Decision> decisions) {

        /** The PostgreSQL text, and the CREATE statements of the helper functions it calls. */
        Written postgresql() {
            PostgresqlExpressions writer = new PostgresqlExpressions(new PostgresqlIdentifiers(NameCase.UPPER_CANONICAL));
            String sql = writer.write(canonical);
            return new Written(sql, writer.helpersUsed().isEmpty() ? "" : CompatFunctions.script(writer.helpersUsed()), List.of());
        }

        /** The MySQL text, or null with the action items saying why it cannot be written. */
        Written mysql() {
            ActionItems items = new ActionItems();
            SqlNode spelled = MYSQL.spell(canonical, WHERE, items);
            String sql = spelled == null ? null : spelled.toSqlString(c -> c.withDialect(MysqlSqlDialect.DEFAULT)
                    .withQuoteAllIdentifiers(false).withAlwaysUseParentheses(false).withIndentation(0)).getSql().replace('\n', ' ');
            return new Written(sql, "", items.all());
        }
    }

    /** A target's text (null when it cannot be written), the helper functions it needs, and the items raised. */
    record Written(String sql, String helpers, List<ActionItem> items) {}

    /** The value of {@code pg}'s expression on {@code db}, after creating the helper functions it calls. */
    static String valueOnPostgresql(Connection db, Written pg) throws SQLException {
        try (Statement s = db.createStatement()) {
            if (!pg.helpers().isEmpty()) s.execute(pg.helpers());
            try (ResultSet rs = s.executeQuery("SELECT " + pg.sql())) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    static Converted convert(String source, String expression) {
        Expr expr = SourceExpressions.read(source, expression);
        ActionItems items = new ActionItems();
        ExpressionConverter converter = new ExpressionConverter(MappingRules.load(source, "postgresql", null).functions(),
                Dialects.expressionRules(source, "postgresql"), items);
        Expr converted = converter.convert(expr, WHERE, "test");
        return new Converted(converted.node(), items.all(), items.decisions());
    }
}
