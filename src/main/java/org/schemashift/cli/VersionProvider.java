package org.schemashift.cli;

import org.schemashift.report.ToolVersion;
import picocli.CommandLine;

/** The version the build wrote, the same one report.json names. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {ToolVersion.NAME + " " + ToolVersion.version()};
    }
}
