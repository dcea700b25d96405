package org.schemashift.source.sqlserver;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.calcite.sql.SqlBasicTypeNameSpec;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlOrderBy;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * T-SQL's string-aggregation idiom: {@code SELECT a + b FROM ... [ORDER BY k] FOR XML PATH('')}
 * writes each row's values one after the other, without elements when a value has no name (an
 * expression without alias, or the alias {@code [text()]}), and skips NULLs; read as text
 * ({@code (...FOR XML PATH(''), TYPE).value('.', 'nvarchar(max)')}, the text of the document) the
 * element names of any PATH form drop out too
 * (https://learn.microsoft.com/sql/relational-databases/xml/use-path-mode-with-for-xml). Both are
 * LISTAGG(value, '') [WITHIN GROUP (ORDER BY k)] over the same rows, each value as text, several
 * values per row joined with their NULLs as empty strings. A query whose rows the aggregate would change (GROUP BY,
 * DISTINCT, TOP) or whose document has other content is not this idiom.
 */
final class TsqlXmlConcatenation {
    /** FOR XML PATH [('name')] [, TYPE], spaces removed, upper case. */
    private static final Pattern PATH = Pattern.compile("FORXMLPATH(?:\\('([^']*)'\\))?(,TYPE)?");

    private TsqlXmlConcatenation() {
    }

    /** True when the FOR clause (its text) is a plain string, not an xml value: SQL Server escaped &, < and > in it. */
    static boolean escapes(String clause) {
        Matcher m = PATH.matcher(normalized(clause));
        return m.matches() && m.group(2) == null;
    }

    /**
     * The aggregate query, or null when {@code query} with this FOR clause is not the idiom;
     * {@code asText}: the document is read by {@code .value('.', ...)}.
     */
    static SqlNode of(SqlNode query, String clause, boolean asText, SqlParserPos p) {
        Matcher m = PATH.matcher(normalized(clause));
        if (!m.matches()) return null;
        boolean unnamedRows = m.group(1) != null && m.group(1).isEmpty();
        if (!asText && (!unnamedRows || m.group(2) != null)) return null;
        SqlNode body = query;
        SqlNodeList order = SqlNodeList.EMPTY;
        if (query instanceof SqlOrderBy sorted) {
            if (sorted.fetch != null || sorted.offset != null) return null;
            body = sorted.query;
            order = sorted.orderList;
        }
        if (!(body instanceof SqlSelect select) || select.getGroup() != null || select.isDistinct() || select.getHaving() != null) {
            return null;
        }
        List<SqlNode> values = new ArrayList<>();
        for (SqlNode item : select.getSelectList()) {
            SqlNode value = value(item, asText);
            if (value == null) return null;
            values.add(value);
        }
        SqlNode joined = values.size() == 1 ? text(values.get(0), p) : null;
        for (int i = 0; values.size() > 1 && i < values.size(); i++) {
            SqlNode text = SqlStdOperatorTable.COALESCE.createCall(p, text(values.get(i), p), SqlLiteral.createCharString("", p));
            joined = joined == null ? text : SqlStdOperatorTable.CONCAT.createCall(p, joined, text);
        }
        SqlNode aggregate = SqlStdOperatorTable.LISTAGG.createCall(p, joined, SqlLiteral.createCharString("", p));
        if (!order.isEmpty()) aggregate = SqlStdOperatorTable.WITHIN_GROUP.createCall(p, aggregate, order);
        SqlSelect aggregated = (SqlSelect) select.clone(select.getParserPosition());
        aggregated.setSelectList(SqlNodeList.of(aggregate));
        return aggregated;
    }

    /** The value an item writes as text; null for an item that is not a plain value (*, a named element outside text). */
    private static SqlNode value(SqlNode item, boolean asText) {
        if (item instanceof SqlIdentifier id) return id.isStar() || !asText ? null : id;
        if (item instanceof SqlCall call && call.getOperator() == SqlStdOperatorTable.AS) {
            String alias = ((SqlIdentifier) call.operand(1)).getSimple();
            return asText || alias.equalsIgnoreCase("text()") ? call.operand(0) : null;
        }
        return item;
    }

    /** The value as text, as the document holds it (a number's digits); text already (a literal, a literal + x) as it is. */
    private static SqlNode text(SqlNode value, SqlParserPos p) {
        if (isText(value) || value instanceof SqlCall call && call.getKind() == SqlKind.PLUS
                && call.getOperandList().stream().anyMatch(TsqlXmlConcatenation::isText)) {
            return value;
        }
        return SqlStdOperatorTable.CAST.createCall(p, value, new SqlDataTypeSpec(new SqlBasicTypeNameSpec(SqlTypeName.VARCHAR, p), p));
    }

    /** A text literal that is no number: T-SQL's + with it joins strings (a number-like one converts to a number). */
    private static boolean isText(SqlNode node) {
        return node instanceof SqlLiteral literal && literal.getTypeName().getFamily() == SqlTypeName.CHAR.getFamily()
                && !literal.getValueAs(String.class).strip().matches("[-+]?[0-9.]+");
    }

    private static String normalized(String clause) {
        return clause.toUpperCase(Locale.ROOT).replaceAll("\\s+", "");
    }
}
