package org.schemashift.source.sql;

/**
 * One family of the core's builders (expressions, literals, queries): each reads the parse tree
 * by the core's names and builds child nodes through the same {@link CoreSqlBuilder}, so the
 * dialect's visitor gets every child first.
 */
abstract class CoreBuilderPart {
    final CoreSqlBuilder core;
    final CoreParseTree tree;

    CoreBuilderPart(CoreSqlBuilder core) {
        this.core = core;
        this.tree = core.tree();
    }
}
