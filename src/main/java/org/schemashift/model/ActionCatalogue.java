package org.schemashift.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.schemashift.emit.mysql.MySqlTargetCode;
import org.schemashift.emit.postgresql.PostgresqlCode;
import org.schemashift.source.mysql.MySqlCode;
import org.schemashift.source.oracle.OracleCode;
import org.schemashift.source.sqlserver.SqlServerCode;

/**
 * Every action-item code of every owner, in document order: general codes, then each source's, then
 * each target's. A new dialect adds its enum here (one line); rule files name codes by their string.
 */
public final class ActionCatalogue {
    private static final List<ActionCode> ALL = all(
            GeneralCode.values(),
            OracleCode.values(),
            MySqlCode.values(),
            SqlServerCode.values(),
            PostgresqlCode.values(),
            MySqlTargetCode.values());
    private static final Map<String, ActionCode> BY_CODE = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(ActionCode::code, Function.identity()));

    private ActionCatalogue() {
    }

    public static List<ActionCode> all() {
        return ALL;
    }

    /** The entry with the stable code {@code code} (as written in rule files), or null. */
    public static ActionCode byCode(String code) {
        return BY_CODE.get(code);
    }

    private static List<ActionCode> all(ActionCode[]... owners) {
        List<ActionCode> all = new ArrayList<>();
        for (ActionCode[] owner : owners) all.addAll(Arrays.asList(owner));
        return List.copyOf(all);
    }
}
