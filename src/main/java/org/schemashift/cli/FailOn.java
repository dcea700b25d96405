package org.schemashift.cli;

import java.io.PrintWriter;
import org.schemashift.model.Severity;
import org.schemashift.report.Report;
import org.schemashift.report.TextSummary;

/** {@code --fail-on}: exit 1 when an item at the threshold or above exists, saying on stderr which ones. */
final class FailOn {
    private FailOn() {
    }

    static int check(Report report, Severity threshold, PrintWriter err) {
        if (threshold == null || !report.hasItemAtOrAbove(threshold)) return ExitCodes.OK;
        err.print(TextSummary.failOnLines(report, threshold));
        err.flush();
        return ExitCodes.FAILED_ON_SEVERITY;
    }
}
