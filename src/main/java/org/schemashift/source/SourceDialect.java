package org.schemashift.source;

import java.util.List;
import org.schemashift.convert.ActionItems;
import org.schemashift.convert.DefaultLiterals;
import org.schemashift.model.ActionCode;
import org.schemashift.model.Catalog;
import org.schemashift.model.NameCase;
import org.schemashift.model.SourceStatement;

/**
 * A source dialect: splits a file into statements and parses each into model changes.
 *
 * <p>Contract: every statement in the file yields exactly one {@link SourceStatement}, in input
 * order; a statement that does not parse yields one with disposition ERROR and a PARSE_ERROR
 * action item naming line, column and what was expected, and reading continues with the next
 * statement. Implementations never throw on bad input.
 *
 * <p>Expressions are Calcite {@code SqlNode}s: columns as {@code SqlIdentifier}, operators from
 * {@code SqlStdOperatorTable}, literals as {@code SqlLiteral}, and functions without a standard
 * operator as {@code SqlUnresolvedFunction} calls named in upper case as the source spells them.
 */
public interface SourceDialect {

    String id();

    /** The versions whose scripts this dialect reads, as the report names them ("Oracle Database 11g-23ai"). */
    String versions();

    /** How this dialect treats the case of names, given the server's settings; the catalog keys and targets fold names accordingly. */
    NameCase nameCase(SourceOptions options);

    List<SourceStatement> read(SourceFile file);

    /**
     * The item raised where code converts a date to text or text to a date implicitly, when the
     * source does so by a session setting (Oracle's NLS_DATE_FORMAT) and the target by its own
     * format; null when the source's implicit conversion has a fixed format.
     */
    default ActionCode sessionDateFormat() {
        return null;
    }

    /**
     * Whether text compares without case where no collation is declared, given the server's
     * settings: true under SQL Server's and MySQL's default collations ({@code _CI_}, {@code _ci}).
     */
    default boolean caselessText(SourceOptions options) {
        return false;
    }

    /**
     * The schema unqualified names live in whatever the connection (SQL Server: {@code dbo}); null
     * where it is the connection's (Oracle: the user's schema; MySQL: the database in use).
     */
    default String defaultSchema() {
        return null;
    }

    /** What this language's default literals mean where that differs from their text (MySQL's zero dates). */
    default DefaultLiterals defaultLiterals() {
        return DefaultLiterals.UNCHANGED;
    }

    /**
     * The assembled catalog with what the source's engine adds on its own made explicit (InnoDB's
     * foreign-key indexes), for targets that would not add it; items say what was added.
     */
    default Catalog withImplicitObjects(Catalog catalog, ActionItems items) {
        return catalog;
    }

    /**
     * Reads every input of one run, in order. Dialects whose scripts refer to each other (SQL*Plus
     * {@code @file} includes) or take options override this; the default reads file by file.
     */
    default List<SourceStatement> read(List<SourceFile> files, SourceOptions options) {
        List<SourceStatement> statements = new java.util.ArrayList<>();
        for (SourceFile file : files) {
            statements.addAll(read(file));
        }
        return statements;
    }
}
