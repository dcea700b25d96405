package org.schemashift.emit.postgresql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.schemashift.model.ObjectName;
import org.schemashift.model.Trigger;
import org.schemashift.model.proc.Block;
import org.schemashift.model.proc.RelationReplacer;

/**
 * The bodies of a statement-level trigger that reads transition tables, by event. PostgreSQL gives a
 * trigger the transition tables of its one event only (NEW TABLE on INSERT and UPDATE, OLD TABLE on
 * UPDATE and DELETE: https://www.postgresql.org/docs/current/sql-createtrigger.html), where the source's
 * trigger on several events reads both, the one its event lacks being empty (T-SQL's {@code deleted} in
 * an INSERT, {@code inserted} in a DELETE). So the body of an event that lacks a table it reads reads
 * {@code (SELECT * FROM t WHERE FALSE)} under that name, an empty relation of the table's row type;
 * events whose bodies are then the same share one function.
 */
final class PlPgSqlTransitionBodies {
    /** Events that share a body; {@code emptied}: the tables the body reads that these events lack, read empty. */
    record EventBody(List<String> events, Block block, Set<String> emptied) {
    }

    private final List<EventBody> bodies;
    private final Set<String> reads;

    PlPgSqlTransitionBodies(Trigger trigger, Block block) {
        Trigger.TransitionTables tables = trigger.transitions();
        RelationReplacer reading = new RelationReplacer(name -> isTable(tables, name) ? new SqlIdentifier(name, SqlParserPos.ZERO)
                : null);
        block.accept(reading);
        reads = reading.replaced();
        Map<Set<String>, EventBody> byEmptied = new LinkedHashMap<>();
        for (String event : trigger.events()) {
            RelationReplacer emptying = new RelationReplacer(name -> isTable(tables, name) && !has(event, tables, name)
                    ? empty(trigger.table()) : null);
            Block body = (Block) block.accept(emptying);
            EventBody shared = byEmptied.computeIfAbsent(emptying.replaced(), emptied -> new EventBody(new ArrayList<>(), body, emptied));
            shared.events().add(event);
        }
        bodies = List.copyOf(byEmptied.values());
    }

    List<EventBody> bodies() {
        return bodies;
    }

    /** The transition tables of {@code event} that the body reads: REFERENCING names these only. */
    boolean references(String event, Trigger.TransitionTables tables, String name) {
        return name != null && reads.contains(name.toLowerCase(Locale.ROOT)) && has(event, tables, name);
    }

    private static boolean isTable(Trigger.TransitionTables tables, String name) {
        return name.equalsIgnoreCase(tables.newRows()) || name.equalsIgnoreCase(tables.oldRows());
    }

    /** INSERT has the new rows, DELETE the old ones, UPDATE both. */
    private static boolean has(String event, Trigger.TransitionTables tables, String name) {
        String spelled = event.toUpperCase(Locale.ROOT);
        return name.equalsIgnoreCase(tables.newRows()) ? !spelled.equals("DELETE") : !spelled.equals("INSERT");
    }

    private static SqlNode empty(ObjectName table) {
        SqlParserPos pos = SqlParserPos.ZERO;
        List<String> parts = table.parts();
        return new SqlSelect(pos, null, SqlNodeList.of(SqlIdentifier.star(pos)), new SqlIdentifier(parts, pos),
                SqlLiteral.createBoolean(false, pos), null, null, null, null, null, null, null);
    }
}
