package org.schemashift.emit.mysql;

import java.util.Set;
import org.schemashift.convert.ActionItems;
import org.schemashift.convert.DefaultLiterals;
import org.schemashift.emit.EmitContext;
import org.schemashift.emit.GrantStatement;
import org.schemashift.emit.PlannedTargetDialect;
import org.schemashift.emit.StepSpelling;
import org.schemashift.emit.SynonymViews;
import org.schemashift.emit.TableAlteration;
import org.schemashift.emit.TargetCapabilities;
import org.schemashift.emit.TargetCapabilities.AutoNumbering;
import org.schemashift.emit.TargetCapabilities.BooleanType;
import org.schemashift.emit.TargetCapabilities.CommentSyntax;
import org.schemashift.emit.TargetCapabilities.Containers;
import org.schemashift.emit.TargetCapabilities.ForeignKeyTarget;
import org.schemashift.emit.TargetCapabilities.GeneratedStorage;
import org.schemashift.emit.TargetCapabilities.LengthUnit;
import org.schemashift.emit.TargetCapabilities.NameScope;
import org.schemashift.emit.TargetCapabilities.UnquotedCase;
import org.schemashift.plan.DdlPlan;

/**
 * MySQL 8.0 as a target, written in the syntax MariaDB 10.11 and later also accepts; where the two
 * differ the output takes the common form or raises an item (SS-MYSQL-…).
 */
public final class MySqlTargetDialect extends PlannedTargetDialect {
    /**
     * 64-character names, kept as written and compared without case (index and column names always,
     * table names on Windows and macOS), quoted with backticks when not plain or reserved in MySQL or
     * MariaDB. Unquoted names may hold {@code $}; a leading digit is quoted to stay clear of numbers.
     */
    static final TargetCapabilities.Identifiers IDENTIFIERS = new TargetCapabilities.Identifiers(64,
            LengthUnit.CHARACTERS, UnquotedCase.PRESERVE, false, '`', "/org/schemashift/emit/mysql/keywords.txt",
            "[A-Za-z_][A-Za-z0-9_$]*");

    /**
     * Databases for schemas; no DEFERRABLE, unnamed primary keys (always PRIMARY), foreign keys to the
     * leading columns of any index (InnoDB), foreign key and check names unique per database
     * (MySQL 8.0; MariaDB only per table); index names per table, column prefixes but no partial
     * or (in MariaDB) expression indexes; AUTO_INCREMENT, stored and virtual generated columns,
     * INVISIBLE, native ON UPDATE, BOOLEAN as TINYINT(1); inline COMMENT clauses; DDL commits at
     * once; no CREATE SEQUENCE in MySQL 8.0 (emulated); no user-defined types.
     */
    static final TargetCapabilities CAPABILITIES = new TargetCapabilities("MySQL", IDENTIFIERS, Containers.DATABASES,
            new TargetCapabilities.Constraints(false, false, ForeignKeyTarget.INDEXED_COLUMNS, NameScope.SCHEMA, false, false),
            new TargetCapabilities.Indexes(false, false, true, NameScope.TABLE),
            new TargetCapabilities.Columns(AutoNumbering.AUTO_INCREMENT, Set.of(GeneratedStorage.STORED, GeneratedStorage.VIRTUAL),
                    true, true, BooleanType.TINYINT),
            CommentSyntax.INLINE, false, false, false,
            new TargetCapabilities.Gaps(null, null, MySqlTargetCode.CHECK_NOT_ENFORCED, MySqlTargetCode.NOT_DEFERRABLE,
                    MySqlTargetCode.EXPRESSION_INDEX, MySqlTargetCode.PARTIAL_INDEX, MySqlTargetCode.USER_TYPE,
                    MySqlTargetCode.AUTO_INCREMENT_KEY, MySqlTargetCode.TIME_DEPENDENT_CHECK));

    public MySqlTargetDialect() {
        super("mysql", "MySQL 8.0 and MariaDB 10.11+", CAPABILITIES);
    }

    /** MySQL changes a column by writing it again (MODIFY COLUMN), as its CREATE TABLE writes it. */
    @Override
    public TableAlteration.Spelling tableAlteration() {
        return (table, name, element) -> "ALTER TABLE " + table + " MODIFY COLUMN " + element + ";";
    }

    @Override
    public DefaultLiterals defaultLiterals() {
        return new MySqlDefaultLiterals();
    }

    /**
     * The plan never holds user types (MySQL has none), separate comments (they are COMMENT clauses)
     * or ON UPDATE triggers (MySQL has the clause), and MySQL needs no helper library.
     */
    @Override
    protected StepSpelling spelling(DdlPlan plan, ActionItems items) {
        EmitContext context = new EmitContext(plan, new MySqlExpressions(plan.naming(), plan.names()::renamed), items);
        MySqlTableLayouts layouts = new MySqlTableLayouts(plan.naming());
        MySqlSchemaObjectWriter objects = new MySqlSchemaObjectWriter(context);
        MySqlTableWriter tables = new MySqlTableWriter(context, layouts, new MySqlPartitionWriter(plan));
        MySqlCodeWriter code = new MySqlCodeWriter(context);
        return new StepSpelling(objects::createDatabase, StepSpelling.notPlanned(), objects::createSequence,
                step -> tables.createTable(step.table()), new MySqlIndexWriter(context, layouts)::createIndex,
                tables::addForeignKey, StepSpelling.notPlanned(), StepSpelling.notPlanned(),
                new MySqlDefaultOnNullTrigger(context)::create,
                new MySqlViewWriter(context)::createView, new SynonymViews(context)::create,
                step -> GrantStatement.of(step, "", context), () -> null,
                new StepSpelling.Code(code::routine, code::packageState, code::trigger));
    }
}
