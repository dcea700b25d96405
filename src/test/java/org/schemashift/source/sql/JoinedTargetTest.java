package org.schemashift.source.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apache.calcite.sql.SqlBasicCall;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.parser.SqlParseException;
import org.apache.calcite.sql.parser.SqlParser;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.util.SqlBasicVisitor;
import org.junit.jupiter.api.Test;

/** The canonical forms of UPDATE and DELETE whose target is joined to other tables. */
class JoinedTargetTest {

    /**
     * {@code UPDATE a LEFT JOIN b ON b.id = a.id SET a.x = b.x, a.y = b.y WHERE b.z > 0}: the joined
     * rows and the condition are written three times (in each value's subquery and in the EXISTS),
     * each its own tree, so a rule that rewrites one in place leaves the others as they were.
     */
    @Test
    void anOuterJoinedUpdateWritesTheRowsAndTheConditionAsSeparateTrees() throws SqlParseException {
        SqlSelect query = (SqlSelect) SqlParser.create("SELECT b.x, b.y FROM a LEFT JOIN b ON b.id = a.id WHERE b.z > 0").parseQuery();
        JoinedTarget.Update update = JoinedTarget.ofUpdate(new SqlIdentifier("A", SqlParserPos.ZERO), null, query.getFrom(),
                query.getSelectList(), query.getWhere(), SqlParserPos.ZERO, IllegalStateException::new);

        SqlSelect exists = (SqlSelect) ((SqlCall) update.target().condition()).operand(0);
        SqlSelect first = (SqlSelect) ((SqlBasicCall) update.values().get(0)).operand(0);
        SqlSelect second = (SqlSelect) ((SqlBasicCall) update.values().get(1)).operand(0);
        assertThat(first.getFrom()).hasToString(exists.getFrom().toString());
        assertThat(first.getWhere()).hasToString(exists.getWhere().toString());
        List<Set<SqlNode>> places = List.of(nodes(exists.getFrom(), exists.getWhere()), nodes(first.getFrom(), first.getWhere()),
                nodes(second.getFrom(), second.getWhere()));
        for (int i = 0; i < places.size(); i++) {
            for (int j = i + 1; j < places.size(); j++) {
                Set<SqlNode> shared = Collections.newSetFromMap(new IdentityHashMap<>());
                shared.addAll(places.get(i));
                shared.retainAll(places.get(j));
                assertThat(shared).as("nodes shared by places %d and %d", i, j).isEmpty();
            }
        }

        ((SqlIdentifier) ((SqlCall) first.getWhere()).operand(0)).setNames(List.of("B", "CHANGED"), null);
        assertThat(exists.getWhere()).hasToString("`B`.`Z` > 0");
        assertThat(second.getWhere()).hasToString("`B`.`Z` > 0");
    }

    /** The calls, lists and identifiers of the trees, by identity (a SqlNodeList equals any list of equal nodes; literals, never changed, may be shared). */
    private static Set<SqlNode> nodes(SqlNode... trees) {
        Set<SqlNode> nodes = Collections.newSetFromMap(new IdentityHashMap<>());
        for (SqlNode tree : trees) {
            tree.accept(new SqlBasicVisitor<Void>() {
                @Override
                public Void visit(SqlCall call) {
                    nodes.add(call);
                    return super.visit(call);
                }

                @Override
                public Void visit(SqlNodeList list) {
                    nodes.add(list);
                    return super.visit(list);
                }

                @Override
                public Void visit(SqlIdentifier id) {
                    nodes.add(id);
                    return null;
                }
            });
        }
        return nodes;
    }
}
