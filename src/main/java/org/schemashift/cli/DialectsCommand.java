package org.schemashift.cli;

import java.util.concurrent.Callable;
import org.schemashift.pipeline.Dialects;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Lists the source and target dialect ids. */
@Command(name = "dialects", mixinStandardHelpOptions = true, description = "Lists the supported source and target dialects.")
final class DialectsCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        out.println("sources: " + String.join(", ", Dialects.sourceIds()));
        out.println("targets: " + String.join(", ", Dialects.targetIds()));
        return ExitCodes.OK;
    }
}
