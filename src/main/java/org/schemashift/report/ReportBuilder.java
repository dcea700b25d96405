package org.schemashift.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.schemashift.emit.EmittedObject;
import org.schemashift.model.ActionItem;
import org.schemashift.model.BuiltinCall;
import org.schemashift.model.Decision;
import org.schemashift.model.SourceSpan;
import org.schemashift.model.SourceStatement;
import org.schemashift.emit.TargetDialect;
import org.schemashift.pipeline.ConversionResult;
import org.schemashift.pipeline.Dialects;
import org.schemashift.pipeline.LoadPhases;
import org.schemashift.source.SourceDialect;
import org.schemashift.source.SourceFile;

/**
 * Builds the report from a conversion: items, decisions and emitted objects of later stages are
 * attached to the statement whose text contains their source position (statements of a file are
 * contiguous, so the last one starting at or before the position is it), then the statements
 * become objects ({@link ObjectAssembly}); the built-in calls met in code objects make the
 * summary's inventory.
 */
public final class ReportBuilder {

    private ReportBuilder() {
    }

    public static Report build(ConversionResult result) {
        return build(result, List.of());
    }

    /** The report of a conversion of {@code inputs}, which it names with their sizes and digests. */
    public static Report build(ConversionResult result, List<SourceFile> inputs) {
        return withInputs(result, inputs(inputs));
    }

    /** The report of a conversion of the inputs {@link #inputs} described, so their text need not be kept. */
    public static Report withInputs(ConversionResult result, List<Report.Input> inputs) {
        List<SourceStatement> statements = result.statements();
        StatementLocator locator = new StatementLocator(statements);
        List<ObjectAssembly.Pieces> pieces = new ArrayList<>(statements.size());
        for (SourceStatement s : statements) {
            pieces.add(new ObjectAssembly.Pieces(new ArrayList<>(s.actionItems()), new ArrayList<>(), new ArrayList<>()));
        }
        for (ActionItem item : result.conversionItems()) {
            int i = locator.find(item.span());
            if (i >= 0) pieces.get(i).items().add(item);
        }
        for (Decision decision : result.decisions()) {
            int i = locator.find(decision.span());
            if (i >= 0) pieces.get(i).decisions().add(new Report.Decision(decision.ruleId(), decision.message(), decision.span().line()));
        }
        for (EmittedObject object : result.objects()) {
            int i = locator.find(object.origin());
            if (i >= 0) pieces.get(i).emitted().add(object);
        }
        ObjectAssembly.Result objects = ObjectAssembly.assemble(statements, pieces, LoadPhases.of(result.objects()), result.nameCase());
        List<BuiltinCall> codeCalls = result.builtinCalls().stream().filter(call -> {
            int i = locator.find(call.span());
            return i >= 0 && (LinesOfCode.CODE_KINDS.contains(statements.get(i).kind()) || statements.get(i).unconvertedCode() != null);
        }).toList();
        Report.Summary summary = ReportSummary.of(statements.size(), objects.ignoredStatements(), objects.entries(),
                BuiltinInventory.of(codeCalls));
        return new Report(Report.VERSION, ToolVersion.tool(), result.source(), result.target(), versions(result), inputs, summary,
                objects.entries(), objects.ignored(), null);
    }

    private static Report.Versions versions(ConversionResult result) {
        SourceDialect source = Dialects.source(result.source());
        TargetDialect target = Dialects.target(result.target());
        return new Report.Versions(source == null ? null : source.versions(), target == null ? null : target.version());
    }

    /** Each file's name, size in bytes (UTF-8) and SHA-256, as the report lists its inputs. */
    public static List<Report.Input> inputs(List<SourceFile> files) {
        List<Report.Input> inputs = new ArrayList<>(files.size());
        for (SourceFile f : files) {
            byte[] bytes = f.content().getBytes(StandardCharsets.UTF_8);
            inputs.add(new Report.Input(f.name(), bytes.length, sha256(bytes)));
        }
        return inputs;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
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
