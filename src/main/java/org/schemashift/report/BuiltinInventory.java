package org.schemashift.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.schemashift.model.BuiltinCall;

/**
 * The built-ins the code calls, for the report's summary: per name (sorted), the number of calls,
 * how many were converted, and the rules or item codes behind them.
 */
final class BuiltinInventory {
    private BuiltinInventory() {
    }

    static Map<String, Report.BuiltinUse> of(List<BuiltinCall> calls) {
        Map<String, List<BuiltinCall>> byName = calls.stream()
                .collect(Collectors.groupingBy(BuiltinCall::name, TreeMap::new, Collectors.toList()));
        Map<String, Report.BuiltinUse> out = new LinkedHashMap<>();
        byName.forEach((name, these) -> out.put(name, new Report.BuiltinUse(these.size(),
                (int) these.stream().filter(BuiltinCall::converted).count(),
                List.copyOf(these.stream().map(BuiltinCall::by).collect(Collectors.toCollection(TreeSet::new))))));
        return out;
    }

    /** The package of a supplied package's member ({@code DBMS_LOB} of {@code DBMS_LOB.SUBSTR}); null for a plain function. */
    static String packageOf(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? null : name.substring(0, dot);
    }
}
