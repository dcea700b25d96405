package org.schemashift.convert.proc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schemashift.testing.ProcIr.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.schemashift.convert.ActionItems;
import org.schemashift.convert.MappingRules;
import org.schemashift.model.ActionItem;
import org.schemashift.model.BuiltinCall;
import org.schemashift.model.proc.Argument;
import org.schemashift.model.proc.Statement;
import org.schemashift.model.proc.Unsupported;

/** What each kind of built-in procedure call becomes, and what it leaves in the report. */
class BuiltinCallsTest {
    private final BuiltinCalls builtins = BuiltinCalls.load("oracle", MappingRules.load("oracle", "postgresql", null).functions());
    private final ActionItems items = new ActionItems();

    @Test
    void anInOutLobArgumentIsAssigned() {
        Statement s = builtins.rewrite(call("DBMS_LOB.APPEND", "V_DOC", "P_TEXT"), items);

        assertThat(s).isInstanceOfSatisfying(Statement.Assign.class, a -> {
            assertThat(a.target()).hasToString("V_DOC");
            assertThat(a.value()).hasToString("`V_DOC` || `P_TEXT`");
        });
        assertThat(items.decisions()).singleElement().satisfies(d -> assertThat(d.ruleId()).isEqualTo("ORA-C001"));
        assertThat(items.builtinCalls()).containsExactly(new BuiltinCall("DBMS_LOB.APPEND", true, "ORA-C001", AT));
        assertThat(items.all()).isEmpty();
    }

    @Test
    void namedArgumentsFindTheirParameters() {
        Statement.Call call = new Statement.Call(name("DBMS_APPLICATION_INFO.SET_MODULE"),
                List.of(new Argument("ACTION_NAME", expr("NULL")), new Argument("MODULE_NAME", expr("'load'"))), AT);

        Statement s = builtins.rewrite(call, items);

        assertThat(s).isInstanceOfSatisfying(Statement.SqlStatement.class, q -> {
            assertThat(q.into()).isEmpty();
            assertThat(q.statement().toString()).contains("SET_APPLICATION_NAME('load')");
        });
        assertThat(items.all()).extracting(i -> i.code().code()).containsExactly("SS-ORA-0356");
    }

    @Test
    void putIsAnOutputLineAndEnableANullStatement() {
        assertThat(builtins.rewrite(call("DBMS_OUTPUT.PUT", "'a'"), items)).isInstanceOf(Statement.Output.class);
        assertThat(builtins.rewrite(call("DBMS_OUTPUT.ENABLE"), items)).isInstanceOf(Statement.Null.class);
        assertThat(builtins.rewrite(call("DBMS_OUTPUT.NEW_LINE"), items)).isInstanceOf(Statement.Null.class);

        assertThat(items.all()).extracting(i -> i.code().code()).containsExactly("SS-ORA-0360", "SS-ORA-0355", "SS-ORA-0355");
    }

    @Test
    void aPackageNoTargetHasIsKeptCommentedOutWithItsItem() {
        Statement s = builtins.rewrite(call("DBMS_SQL.PARSE", "C", "V_SQL", "DBMS_SQL.NATIVE"), items);

        assertThat(s).isInstanceOfSatisfying(Unsupported.class, u -> {
            assertThat(u.rawText()).isEqualTo("DBMS_SQL.PARSE(C, V_SQL, DBMS_SQL.NATIVE);");
            assertThat(u.reason()).startsWith("DBMS_SQL.PARSE: ");
        });
        assertThat(items.all()).singleElement().extracting(ActionItem::code).extracting(c -> c.code()).isEqualTo("SS-ORA-0354");
        assertThat(items.builtinCalls()).containsExactly(new BuiltinCall("DBMS_SQL.PARSE", false, "SS-ORA-0354", AT));
    }

    @Test
    void anUnknownMemberOfASuppliedPackageIsReportedAndAUsersCallKept() {
        assertThat(builtins.rewrite(call("DBMS_LOB.ERASE", "V", "N", "1"), items)).isInstanceOf(Unsupported.class);
        Statement.Call mine = call("LOGGER.LOG", "'x'");
        assertThat(builtins.rewrite(mine, items)).isSameAs(mine);
        Statement.Call badlyNamed = new Statement.Call(name("DBMS_LOCK.SLEEP"), List.of(new Argument("NAPTIME", expr("1"))), AT);
        assertThat(builtins.rewrite(badlyNamed, items)).isInstanceOf(Unsupported.class);

        assertThat(items.all()).extracting(i -> i.code().code()).containsExactly("SS-ORA-0350", "SS-ORA-0350");
    }
}
