package org.schemashift.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.schemashift.model.ActionCatalogue;
import org.schemashift.model.ActionCode;

/**
 * docs/action-items.md, generated from {@link ActionCode} so the catalogue has one source.
 * ActionCatalogueDocTest fails when the checked-in file differs; {@code -Dgolden.update=true}
 * rewrites it.
 */
public final class ActionCatalogueDoc {
    public static final Path FILE = Path.of("docs/action-items.md");

    private ActionCatalogueDoc() {
    }

    public static String render() {
        StringBuilder out = new StringBuilder();
        out.append("# Action items\n\n")
                .append("<!-- Generated from org.schemashift.model.ActionCode by org.schemashift.report.ActionCatalogueDoc.\n")
                .append("     Do not edit: change the enum, then run\n")
                .append("     mvn -B test -Dtest=ActionCatalogueDocTest -Dgolden.update=true -->\n\n")
                .append("Every action item SchemaShift raises has a stable code from this catalogue. Codes are never\n")
                .append("renumbered. Severities, lowest first: info, low, medium, high, critical. The effort is the\n")
                .append("default number of hours one occurrence adds to the report's estimate (method in\n")
                .append("[report-json.md](report-json.md)).\n\n")
                .append("| Code | Severity | Effort (h) | Title |\n|---|---|---|---|\n");
        for (ActionCode c : ActionCatalogue.all()) {
            out.append("| [").append(c.code()).append("](#").append(anchor(c)).append(") | ").append(c.severity().id())
                    .append(" | ").append(PlainNumber.format(c.effortHours())).append(" | ").append(cell(c.title())).append(" |\n");
        }
        for (ActionCode c : ActionCatalogue.all()) {
            out.append("\n<a id=\"").append(anchor(c)).append("\"></a>\n## ").append(c.code()).append(": ").append(c.title())
                    .append("\n\nSeverity **").append(c.severity().id()).append("**, default effort ")
                    .append(PlainNumber.format(c.effortHours())).append(" h.\n\n")
                    .append("**Why.** ").append(c.explanation()).append("\n\n")
                    .append("**Recommended action.** ").append(c.recommendation()).append("\n\n")
                    .append("Before:\n\n```sql\n").append(c.exampleBefore()).append("\n```\n\n")
                    .append("After:\n\n```sql\n").append(c.exampleAfter()).append("\n```\n");
        }
        return out.toString();
    }

    static String anchor(ActionCode code) {
        return code.code().toLowerCase(Locale.ROOT);
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }

    /** Writes the catalogue to {@code args[0]} (default docs/action-items.md). */
    public static void main(String[] args) throws IOException {
        Path file = args.length > 0 ? Path.of(args[0]) : FILE;
        Files.writeString(file, render(), StandardCharsets.UTF_8);
    }
}
