package org.schemashift.convert;

import java.util.Map;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlNode;
import org.schemashift.model.ActionCode;

/**
 * What an {@link ExpressionRule} may ask of the conversion in progress: the source type family of
 * an operand, which FROM-clause relation a column belongs to and whether it can be NULL, and a way to report notes and
 * constructs it cannot convert. One context serves one expression or query.
 */
public interface RuleContext {

    /** The source type family of {@code node} (an operand as the rule sees it), UNKNOWN when not known. */
    TypeFamily typeOf(SqlNode node);

    /**
     * The FROM-clause name (alias, or table name when there is no alias) that {@code column}
     * resolves to, upper case as written; null when the column is not found in the catalog.
     */
    String relationOf(SqlIdentifier column);

    /**
     * True when {@code column} is never NULL where it is read: the catalog declares it NOT NULL or
     * in the primary key, and its relation is not the optional side of an outer join.
     */
    boolean notNull(SqlIdentifier column);

    /**
     * The columns of a table or view of the input with their source type families, by lower-case
     * name in declaration order; null when the input has none by that name.
     */
    Map<String, TypeFamily> columnsOf(SqlIdentifier table);

    /**
     * Whether {@code column} of the table {@code table} (null: a relation the input does not
     * define) compares text without case: by its declared collation, else the source's default.
     */
    boolean ignoresCase(SqlIdentifier table, String column);

    /**
     * Whether the column reference {@code column} compares text without case: by the collation
     * declared on the column of the table or view it reads (through the FROM clause's alias), else
     * the source's default.
     */
    boolean ignoresCase(SqlIdentifier column);

    /** Raises an action item about a conversion that succeeded with a caveat. */
    void note(ActionCode code, String message);

    /**
     * Marks the whole expression unconvertible: it is written commented out, with an action item
     * naming {@code construct}. The rule then returns null (or anything: the result is discarded).
     */
    void unconvertible(String construct);

    /**
     * Marks the whole expression unconvertible because of {@code construct}, which the item
     * {@code code} with {@code message} explains (no general SS-GEN-0008 item is added for it).
     */
    void unsupported(ActionCode code, String construct, String message);

    /**
     * Says that {@code node} is a source construct a later rule must replace (Oracle ROWNUM, which
     * only the rule on its SELECT can turn into LIMIT): if it is still in the converted tree, the
     * expression is unconvertible, with an action item naming {@code construct}.
     */
    void requireConsumed(SqlNode node, String construct);
}
