package org.schemashift.emit;

import java.util.Set;
import org.schemashift.model.ActionCode;

/**
 * What a target database can express, as data the DDL planner ({@code org.schemashift.plan}) reads
 * to decide names, order and what must be commented out or reported. A target declares one
 * instance; its emitter then writes only spelling. {@code displayName} is the product name used in
 * action item messages ("PostgreSQL", "MySQL").
 */
public record TargetCapabilities(String displayName, Identifiers identifiers, Containers containers,
                                 Constraints constraints, Indexes indexes, Columns columns,
                                 CommentSyntax comments, boolean transactionalDdl, boolean sequences,
                                 boolean userDefinedTypes, Gaps gaps) {

    /** Every feature the target lacks has the target's code for reporting it. */
    public TargetCapabilities {
        requireCode(!virtual(columns), gaps.virtualColumn(), "virtual columns");
        requireCode(!columns.invisible(), gaps.invisibleColumn(), "invisible columns");
        requireCode(true, gaps.unenforcedCheck(), "NOT ENFORCED checks");
        requireCode(!constraints.deferrable(), gaps.deferrable(), "deferrable constraints");
        requireCode(!indexes.expressions(), gaps.expressionIndex(), "expression indexes");
        requireCode(!indexes.partial(), gaps.partialIndex(), "partial indexes");
        requireCode(!userDefinedTypes, gaps.userType(), "user-defined types");
        requireCode(!constraints.timeDependentChecks(), gaps.timeDependentCheck(), "checks on the current time");
        requireCode(columns.autoNumbering() == AutoNumbering.AUTO_INCREMENT, gaps.unkeyedAutoNumber(),
                "AUTO_INCREMENT, which must lead a key,");
    }

    private static void requireCode(boolean lacking, ActionCode code, String feature) {
        if (lacking && code == null) throw new IllegalArgumentException("a target without " + feature + " needs a code to report them");
    }

    private static boolean virtual(Columns columns) {
        return columns.generated().contains(GeneratedStorage.VIRTUAL);
    }

    /**
     * The target's own action codes (SS-PG-..., SS-MYSQL-...) for what it lacks, which the planner
     * raises on its behalf where it decides what to do instead; null where the target has the
     * feature. No target here takes a check that is declared but NOT ENFORCED (MariaDB has none),
     * so every target names that code. {@code unkeyedAutoNumber}: an AUTO_INCREMENT column must lead
     * a key, so one is added where the source's identity column leads none.
     */
    public record Gaps(ActionCode virtualColumn, ActionCode invisibleColumn, ActionCode unenforcedCheck,
                       ActionCode deferrable, ActionCode expressionIndex, ActionCode partialIndex, ActionCode userType,
                       ActionCode unkeyedAutoNumber, ActionCode timeDependentCheck) {
    }

    /**
     * How names are written: the length limit and its unit, how the target folds unquoted names,
     * whether names differing only in case are distinct, the quote character, the keyword list
     * (a resource, one or more words a line, {@code #} comments) and the plain-name pattern (a name
     * outside it, or a keyword, is quoted).
     */
    public record Identifiers(int maxLength, LengthUnit unit, UnquotedCase unquotedCase, boolean caseSensitive,
                              char quote, String keywordResource, String plainPattern) {
    }

    /** How identifier length is counted: PostgreSQL counts UTF-8 bytes, MySQL characters. */
    public enum LengthUnit { BYTES, CHARACTERS }

    /** What the target does with an unquoted name: PostgreSQL folds it to lower case, MySQL keeps it. */
    public enum UnquotedCase { LOWER, PRESERVE }

    /** What holds tables: schemas (CREATE SCHEMA) or databases (MySQL: CREATE DATABASE, `db`.`t`). */
    public enum Containers {
        SCHEMAS("add the target's schema to search_path"),
        DATABASES("qualify the name with the target's database where it is used");

        private final String unqualifiedAdvice;

        Containers(String unqualifiedAdvice) {
            this.unqualifiedAdvice = unqualifiedAdvice;
        }

        /** What to do so an unqualified name finds an object in another container (for synonyms left out). */
        public String unqualifiedAdvice() {
            return unqualifiedAdvice;
        }
    }

    /**
     * Constraints: DEFERRABLE support; whether the primary key's name is kept (MySQL always names it
     * PRIMARY); what a foreign key may reference; where foreign key and check names must be unique;
     * whether a check may call functions of the current time or randomness (MySQL refuses them);
     * whether a check or foreign key can be added without checking the rows already there
     * (PostgreSQL NOT VALID; MySQL and MariaDB check them).
     */
    public record Constraints(boolean deferrable, boolean namedPrimaryKey, ForeignKeyTarget foreignKeyTarget,
                              NameScope constraintNames, boolean timeDependentChecks, boolean notValid) {
    }

    /**
     * What a foreign key may reference: a primary key or unique constraint (PostgreSQL, the SQL
     * standard), or the leading columns of any index (InnoDB in MySQL and MariaDB).
     */
    public enum ForeignKeyTarget { UNIQUE_KEY, INDEXED_COLUMNS }

    /** Where a kind of name must be unique: in its schema (database) or only in its table. */
    public enum NameScope { SCHEMA, TABLE }

    /**
     * Indexes: partial (WHERE) and expression key parts, MySQL-style column prefixes, and where
     * index names (and the names of the indexes behind primary and unique keys) must be unique:
     * PostgreSQL indexes are relations, unique among the schema's tables; MySQL's are per table.
     */
    public record Indexes(boolean partial, boolean expressions, boolean prefixes, NameScope names) {
    }

    /**
     * Columns: how auto-numbering is declared, which generated-column storages exist, INVISIBLE
     * columns, a native ON UPDATE clause (else a trigger), and the boolean type.
     */
    public record Columns(AutoNumbering autoNumbering, Set<GeneratedStorage> generated, boolean invisible,
                          boolean onUpdate, BooleanType booleanType) {
        public Columns {
            generated = Set.copyOf(generated);
        }
    }

    /** GENERATED ... AS IDENTITY (SQL standard) or MySQL's AUTO_INCREMENT column attribute. */
    public enum AutoNumbering { IDENTITY, AUTO_INCREMENT }

    public enum GeneratedStorage { STORED, VIRTUAL }

    /** A real boolean type, or MySQL's BOOLEAN, a synonym of TINYINT(1). */
    public enum BooleanType { NATIVE, TINYINT }

    /** COMMENT ON statements after the tables, or COMMENT clauses inside CREATE TABLE (MySQL). */
    public enum CommentSyntax { COMMENT_ON, INLINE }

    public boolean virtualColumns() {
        return virtual(columns);
    }
}
