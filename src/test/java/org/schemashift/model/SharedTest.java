package org.schemashift.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Values every table repeats are held once: 100,000 tables must fit in 2 GB (docs/performance.md). */
class SharedTest {

    @Test
    void columnsOfTwoTablesShareTheirNameAndType() {
        Column first = column(new String("CREATED_AT"), new String("TIMESTAMP(6)"));
        Column second = column(new String("CREATED_AT"), new String("TIMESTAMP(6)"));

        assertNotSame(first, second);
        assertSame(first.name(), second.name());
        assertSame(first.type(), second.type());
        assertSame(first.type().sourceText(), second.type().sourceText());
    }

    @Test
    void keyColumnsAndDefaultsAreShared() {
        PrimaryKey one = new PrimaryKey("T1_PK", List.of(new String("ID")), SourceSpan.UNKNOWN);
        PrimaryKey two = new PrimaryKey("T2_PK", List.of(new String("ID")), SourceSpan.UNKNOWN);
        assertSame(one.columns().get(0), two.columns().get(0));
        assertSame(new Expr(null, new String("SYSDATE")).sourceText(), new Expr(null, new String("SYSDATE")).sourceText());
    }

    @Test
    void longTextsKeepTheirOwnCopy() {
        String query = "SELECT " + "x, ".repeat(30) + "y FROM t";
        Expr one = new Expr(null, new String(query));
        Expr two = new Expr(null, new String(query));
        assertEquals(one.sourceText(), two.sourceText());
        assertNotSame(one.sourceText(), two.sourceText());
    }

    private static Column column(String name, String type) {
        return new Column(name, new DataType(type.substring(0, type.indexOf('(')), 6, null, Set.of(), List.of(), null, null, type),
                true, null, null, null, null, null, false, SourceSpan.UNKNOWN);
    }
}
