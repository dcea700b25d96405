package org.schemashift.source.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.antlr.v4.runtime.ParserRuleContext;
import org.schemashift.model.ObjectName;

/**
 * Names from the core grammar's {@code identifierList} and {@code tableName} nodes, each name as
 * the dialect reads it: {@code fold} is the dialect's rule (Oracle folds unquoted names to upper
 * case, MySQL keeps them; both remove quotes).
 */
public final class SourceNames {
    private SourceNames() {
    }

    /** The names an identifierList spells, in order; none when there is no list. */
    public static List<String> names(ParserRuleContext identifierList, Function<String, String> fold) {
        List<String> names = new ArrayList<>();
        if (identifierList != null) {
            for (ParserRuleContext id : identifierList.getRuleContexts(ParserRuleContext.class)) names.add(fold.apply(id.getText()));
        }
        return names;
    }

    /** {@code s.t} is ObjectName("s", "t"); {@code t} has a null schema. */
    public static ObjectName objectName(ParserRuleContext tableName, Function<String, String> fold) {
        List<String> parts = names(tableName, fold);
        return parts.size() == 1 ? ObjectName.of(parts.get(0)) : new ObjectName(parts.get(0), parts.get(1));
    }
}
