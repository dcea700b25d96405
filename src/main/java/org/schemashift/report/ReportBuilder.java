package org.schemashift.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.schemashift.model.ActionItem;
import org.schemashift.model.BuiltinCall;
import org.schemashift.model.Decision;
import org.schemashift.model.Severity;
import org.schemashift.model.SourceSpan;
import org.schemashift.model.SourceStatement;
import org.schemashift.pipeline.ConversionResult;
import org.schemashift.pipeline.LoadPhases;
import org.schemashift.emit.EmittedObject;

/**
 * Builds the report from a conversion: every statement becomes one entry; items, decisions and
 * emitted objects of later stages are attached to the statement whose text contains their
 * source position, and the built-in calls met in code objects make the summary's inventory (statements of a file are contiguous, so the last one starting at or before
 * the position is it).
 */
public final class ReportBuilder {

    private static final java.util.Comparator<ActionItem> BY_POSITION = java.util.Comparator
            .comparingInt((ActionItem a) -> a.span().line()).thenComparingInt(a -> a.span().column());

    private ReportBuilder() {
    }

    public static Report build(ConversionResult result) {
        List<SourceStatement> statements = result.statements();
        StatementLocator locator = new StatementLocator(statements);
        List<List<ActionItem>> items = new ArrayList<>(statements.size());
        List<List<EmittedObject>> emitted = new ArrayList<>(statements.size());
        List<List<Report.Decision>> decisions = new ArrayList<>(statements.size());
        for (SourceStatement s : statements) {
            items.add(new ArrayList<>(s.actionItems()));
            emitted.add(new ArrayList<>());
            decisions.add(new ArrayList<>());
        }
        for (ActionItem item : result.conversionItems()) {
            int i = locator.find(item.span());
            if (i >= 0) items.get(i).add(item);
        }
        for (Decision decision : result.decisions()) {
            int i = locator.find(decision.span());
            if (i >= 0) decisions.get(i).add(new Report.Decision(decision.ruleId(), decision.message(), decision.span().line()));
        }
        for (EmittedObject object : result.objects()) {
            int i = locator.find(object.origin());
            if (i >= 0) emitted.get(i).add(object);
        }
        List<BuiltinCall> codeCalls = result.builtinCalls().stream().filter(call -> {
            int i = locator.find(call.span());
            return i >= 0 && LinesOfCode.CODE_KINDS.contains(statements.get(i).kind());
        }).toList();
        LoadPhases phases = LoadPhases.of(result.objects());
        List<Report.Entry> entries = new ArrayList<>(statements.size());
        for (int i = 0; i < statements.size(); i++) {
            entries.add(entry(i + 1, statements.get(i), items.get(i), emitted.get(i), decisions.get(i), phases));
        }
        return new Report(Report.VERSION, result.source(), result.target(), ReportSummary.of(entries, BuiltinInventory.of(codeCalls)),
                entries);
    }

    private static Report.Entry entry(int id, SourceStatement statement, List<ActionItem> items, List<EmittedObject> emitted,
                                      List<Report.Decision> decisions, LoadPhases phases) {
        SourceSpan span = statement.span();
        ObjectStatus status = status(statement, items);
        Integer linesOfCode = LinesOfCode.of(statement.kind(), statement.text());
        List<Report.Item> reportItems = items.stream().sorted(BY_POSITION).map(a -> new Report.Item(a.code().code(),
                a.severity().id(), a.message(), a.span().line(), a.span().column(), a.recommendation(),
                a.code().effortHours())).toList();
        List<String> targets = emitted.stream().map(EmittedObject::name).distinct().toList();
        String converted = emitted.isEmpty() ? null
                : Snippets.of(String.join("\n\n", emitted.stream().map(EmittedObject::sql).toList()));
        return new Report.Entry(id, statement.kind().id(), statement.name(), status.id(),
                new Report.Location(span.file(), span.line(), span.column()), targets, Snippets.of(statement.text()),
                converted, linesOfCode, EffortEstimate.of(status, linesOfCode, items), reportItems, List.copyOf(decisions), null,
                emitted.stream().flatMap(o -> phases.of(o).stream()).map(p -> new Report.Phase(p.object().kind().id() + " "
                        + p.object().name(), p.phase().id(), p.reason())).toList());
    }

    static ObjectStatus status(SourceStatement statement, List<ActionItem> items) {
        switch (statement.disposition()) {
            case IGNORED:
                return ObjectStatus.IGNORED;
            case UNSUPPORTED:
                return ObjectStatus.UNSUPPORTED;
            case ERROR:
                return ObjectStatus.MANUAL;
            default:
                Severity worst = items.stream().map(ActionItem::severity).max(Enum::compareTo).orElse(null);
                if (worst == null) return ObjectStatus.CONVERTED;
                return worst.compareTo(Severity.LOW) <= 0 ? ObjectStatus.CONVERTED_WITH_WARNINGS : ObjectStatus.MANUAL;
        }
    }

    /** Finds the statement containing a position: per file, statements by start position. */
    private static final class StatementLocator {
        private final Map<String, TreeMap<Long, Integer>> byFile = new HashMap<>();

        StatementLocator(List<SourceStatement> statements) {
            for (int i = 0; i < statements.size(); i++) {
                SourceSpan s = statements.get(i).span();
                byFile.computeIfAbsent(s.file(), f -> new TreeMap<>()).put(position(s), i);
            }
        }

        int find(SourceSpan span) {
            TreeMap<Long, Integer> starts = byFile.get(span.file());
            if (starts == null) return -1;
            Map.Entry<Long, Integer> e = starts.floorEntry(position(span));
            return e == null ? -1 : e.getValue();
        }

        private static long position(SourceSpan s) {
            return ((long) s.line() << 32) | (s.column() & 0xffffffffL);
        }
    }
}
