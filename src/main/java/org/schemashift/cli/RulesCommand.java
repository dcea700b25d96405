package org.schemashift.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.schemashift.convert.MappingRules;
import org.schemashift.emit.WriteRule;
import org.schemashift.pipeline.Dialects;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code rules}: prints the effective rules of a conversion in the order they are tried, one line
 * each: section, origin (the bundled file under {@code mappings/}, or the user's {@code FILE:LINE}),
 * the rule as JSON. Options with the value in effect come first; the target's spellings of the
 * canonical functions ({@code write.functions}) last, as the emit stage applies them after the rest.
 */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "Prints the effective mapping rules (yours, then the bundled ones) in the order they are tried.")
final class RulesCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "DIALECT", description = "Source dialect id.")
    String from;

    @Option(names = "--to", required = true, paramLabel = "DIALECT", description = "Target dialect id.")
    String to;

    @Option(names = {"--rules", "--mappings"}, paramLabel = "FILE",
            description = "Your rules file; default: " + MappingRules.DEFAULT_FILE + " in the working directory when present.")
    Path rules;

    @Override
    public Integer call() throws JsonProcessingException {
        PrintWriter err = spec.commandLine().getErr();
        if (Dialects.source(from) == null || Dialects.target(to) == null) {
            err.println("schemashift: unknown dialect pair " + from + " -> " + to + " (see `schemashift dialects`)");
            return ExitCodes.USAGE;
        }
        MappingRules loaded;
        try {
            loaded = MappingRules.load(from, to, MappingRules.userFile(rules));
        } catch (MappingRules.RulesException | IllegalArgumentException e) {
            err.println("schemashift: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        PrintWriter out = spec.commandLine().getOut();
        for (MappingRules.ListedRule rule : loaded.effective()) {
            out.println(rule.section() + "\t" + rule.origin() + "\t" + JSON.writeValueAsString(rule.rule()));
        }
        for (WriteRule spelling : WriteRule.of(to)) {
            out.println("write.functions\tmappings/functions/" + to + ".yaml\t" + JSON.writeValueAsString(spelling));
        }
        out.flush();
        return ExitCodes.OK;
    }
}
