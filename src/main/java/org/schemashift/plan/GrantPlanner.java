package org.schemashift.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.schemashift.model.GeneralCode;
import org.schemashift.model.Catalog;
import org.schemashift.model.Grant;
import org.schemashift.plan.PlannedStep.WriteGrant;

/**
 * Grants: reported by default, because the grantee roles must exist before a GRANT runs; with
 * {@code convert --grants}, a GRANT on a table, view or sequence of the input with the privileges
 * the target has for it. System privileges, other objects and other privileges are reported.
 */
record GrantPlanner(Planning planning, Catalog catalog) {
    private static final Set<String> TABLE_PRIVILEGES = Set.of("SELECT", "INSERT", "UPDATE", "DELETE", "REFERENCES", "TRIGGER");
    private static final Set<String> SEQUENCE_PRIVILEGES = Set.of("SELECT");

    void plan(boolean write, List<PlannedStep> steps) {
        for (Grant grant : catalog.grants()) {
            if (!write) {
                planning.items().add(GeneralCode.GRANT_NOT_EMITTED, grant.span(), "GRANT " + String.join(", ", grant.privileges())
                        + (grant.object() == null ? "" : " ON " + grant.object()) + " TO " + String.join(", ", grant.grantees()));
                continue;
            }
            WriteGrant planned = grant(grant);
            if (planned != null) steps.add(planned);
        }
    }

    private WriteGrant grant(Grant grant) {
        String what = "GRANT " + String.join(", ", grant.privileges()) + (grant.object() == null ? "" : " ON " + grant.object());
        if (grant.object() == null) {
            planning.items().add(GeneralCode.GRANT_NOT_EMITTED, grant.span(), what + ": system privileges are not converted");
            return null;
        }
        String key = grant.object().name().toLowerCase(Locale.ROOT);
        boolean sequence = catalog.sequences().stream().anyMatch(s -> s.name().name().toLowerCase(Locale.ROOT).equals(key));
        boolean relation = catalog.tables().stream().anyMatch(t -> t.name().name().toLowerCase(Locale.ROOT).equals(key))
                || catalog.views().stream().anyMatch(v -> v.name().name().toLowerCase(Locale.ROOT).equals(key));
        List<String> privileges = new ArrayList<>();
        for (String privilege : grant.privileges()) {
            String word = privilege.split("[\\s(]")[0];
            Set<String> known = sequence ? SEQUENCE_PRIVILEGES : TABLE_PRIVILEGES;
            if ((relation || sequence) && (known.contains(word) || privilege.startsWith("ALL"))) {
                privileges.add(privilege.startsWith("ALL") ? "ALL" : privilege);
            } else {
                planning.items().add(GeneralCode.GRANT_NOT_EMITTED, grant.span(), what + ": " + privilege + " has no " + planning.target() + " equivalent here");
            }
        }
        if (privileges.isEmpty()) return null;
        TargetName object = sequence ? new TargetName(planning.names().schema(grant.object()), planning.naming().name(grant.object().name()))
                : planning.names().of(grant.object());
        return new WriteGrant(grant, object, sequence, privileges);
    }
}
