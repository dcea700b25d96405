package org.schemashift.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.schemashift.convert.ActionItems;
import org.schemashift.convert.CatalogAssembler;
import org.schemashift.convert.MappingRules;
import org.schemashift.convert.ObjectFilter;
import org.schemashift.convert.SchemaConverter;
import org.schemashift.convert.proc.UnconvertedCodeCalls;
import org.schemashift.model.Catalog;
import org.schemashift.model.NameCase;
import org.schemashift.model.SourceStatement;
import org.schemashift.source.SourceDialect;
import org.schemashift.source.SourceFile;
import org.schemashift.source.SourceOptions;
import org.schemashift.emit.EmittedObject;
import org.schemashift.emit.TargetDialect;
import org.schemashift.emit.TargetOptions;

/** files → statements → catalog → converted catalog → target DDL. One direction, no stage looks back. */
public final class ConversionPipeline {
    private final SourceDialect source;
    private final TargetDialect target;
    private final MappingRules rules;

    /** {@code userMappings}: the user's rules file, may be null. Throws IllegalArgumentException for unknown dialects. */
    public ConversionPipeline(String sourceId, String targetId, Path userMappings) {
        this.source = Dialects.source(sourceId);
        this.target = Dialects.target(targetId);
        if (source == null) throw new IllegalArgumentException("unknown source dialect '" + sourceId + "' (known: " + String.join(", ", Dialects.sourceIds()) + ")");
        if (target == null) throw new IllegalArgumentException("unknown target dialect '" + targetId + "' (known: " + String.join(", ", Dialects.targetIds()) + ")");
        this.rules = MappingRules.load(sourceId, targetId, userMappings);
    }

    public ConversionResult run(List<SourceFile> files) {
        return run(files, SourceOptions.NONE);
    }

    public ConversionResult run(List<SourceFile> files, SourceOptions options) {
        return run(files, options, TargetOptions.DEFAULTS);
    }

    /** {@code sourceOptions} go to the source dialect (substitution variables), {@code targetOptions} to the target. */
    public ConversionResult run(List<SourceFile> files, SourceOptions options, TargetOptions targetOptions) {
        return convert(read(files, options), options, targetOptions);
    }

    /**
     * The first stage alone: the files' statements. With {@link #convert} it lets a caller drop the
     * input's text before converting (statements keep their own), which {@link #run} holds to the end.
     */
    public List<SourceStatement> read(List<SourceFile> files, SourceOptions options) {
        return DeepStack.call(() -> source.read(files, options));
    }

    /** The stages after reading, on the statements {@link #read} gave with the same {@code options}. */
    public ConversionResult convert(List<SourceStatement> read, SourceOptions options, TargetOptions targetOptions) {
        return DeepStack.call(() -> convertStatements(read, options, targetOptions));
    }

    private ConversionResult convertStatements(List<SourceStatement> read, SourceOptions options, TargetOptions targetOptions) {
        List<SourceStatement> statements = new ArrayList<>(new EmbeddedDdl(source, options, read,
                ddl -> emitted(ddl, new ActionItems(), options, targetOptions), target.tableAlteration()).convert(read));
        ActionItems items = new ActionItems();
        new UnconvertedCodeCalls(rules.functions(), rules.calls(), items).record(statements);
        Emitted emitted = emitted(statements, items, options, targetOptions);
        return new ConversionResult(source.id(), target.id(), statements, emitted.objects(), items.all(), items.decisions(),
                items.builtinCalls(), items.renamed(), emitted.catalog(), source.nameCase(options), options.schema());
    }

    /** What the stages make of {@code statements}: the source catalog and the target's objects, their items in {@code items}. */
    record Emitted(Catalog catalog, List<EmittedObject> objects, ActionItems items) {
    }

    private Emitted emitted(List<SourceStatement> statements, ActionItems items, SourceOptions options, TargetOptions targetOptions) {
        NameCase nameCase = source.nameCase(options);
        Catalog catalog = new ObjectFilter(rules.exclude(), rules.include(), items)
                .apply(source.withImplicitObjects(new CatalogAssembler(items, nameCase).assemble(statements), items));
        Catalog converted = new SchemaConverter(rules, Dialects.expressionRules(source.id(), target.id()), items,
                source.defaultLiterals().then(target.defaultLiterals()), nameCase)
                .withSessionDateFormat(source.sessionDateFormat()).withCaselessText(source.caselessText(options)).convert(catalog);
        return new Emitted(catalog, target.emit(converted, nameCase, items, targetOptions.withRenames(rules.renames())), items);
    }
}
