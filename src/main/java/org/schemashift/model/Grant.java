package org.schemashift.model;

import java.util.List;

/** A privilege grant on an object (null for system privileges) to one or more grantees. */
public record Grant(List<String> privileges, ObjectName object, List<String> grantees, boolean withGrantOption,
                    SourceSpan span) {
    public Grant {
        privileges = List.copyOf(privileges);
        grantees = List.copyOf(grantees);
    }
}
