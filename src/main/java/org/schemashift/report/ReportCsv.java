package org.schemashift.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * report.csv: one row per action-item occurrence, the sheet spreadsheet users filter and assign;
 * report-objects.csv: one row per object (kind, name, status, complexity, effort, source, targets,
 * apply result), whose effort column adds up to the report's total. RFC 4180: CRLF line ends, a header row, fields with a comma, quote or line break quoted, and
 * quotes doubled. UTF-8 without a byte order mark.
 */
public final class ReportCsv {
    static final List<String> HEADER = List.of("object_id", "object", "kind", "status", "code", "severity", "file",
            "line", "column", "message", "recommendation", "effort_hours");
    static final List<String> OBJECT_HEADER = List.of("object_id", "kind", "name", "status", "complexity", "effort_hours",
            "code_rewrite_hours", "action_items", "file", "line", "statements", "targets", "applied");
    private static final String CRLF = "\r\n";

    private ReportCsv() {
    }

    public static String render(Report report) {
        return ReportFormat.CSV.render(report);
    }

    /** The object inventory: one row per object. */
    public static String renderObjects(Report report) {
        return ReportFormat.OBJECTS_CSV.render(report);
    }

    static void write(Report report, Writer out) throws IOException {
        row(out, HEADER);
        for (Report.Entry e : report.objects()) {
            for (Report.Item item : e.actionItems()) {
                row(out, List.of(String.valueOf(e.id()), nullToEmpty(e.name()), e.kind(), e.status(), item.code(),
                        item.severity(), item.file(), String.valueOf(item.line()), String.valueOf(item.column()),
                        item.message(), item.recommendation(), PlainNumber.format(item.effortHours())));
            }
        }
    }

    static void writeObjects(Report report, Writer out) throws IOException {
        row(out, OBJECT_HEADER);
        for (Report.Entry e : report.objects()) {
            String applied = e.applied() == null ? "" : String.join("; ", e.applied().stream()
                    .map(a -> a.object() + " " + a.result()).toList());
            row(out, List.of(String.valueOf(e.id()), e.kind(), nullToEmpty(e.name()), e.status(), e.effort().bucket(),
                    PlainNumber.format(e.effort().hours()), PlainNumber.format(e.effort().codeRewriteHours()),
                    String.valueOf(e.actionItems().size()), e.source().file(), String.valueOf(e.source().line()),
                    String.valueOf(e.statements().size()), String.join("; ", e.target()), applied));
        }
    }

    private static void row(Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) out.write(',');
            out.write(quote(fields.get(i)));
        }
        out.write(CRLF);
    }

    static String quote(String field) {
        boolean needsQuotes = field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
                || field.indexOf('\r') >= 0;
        return needsQuotes ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
